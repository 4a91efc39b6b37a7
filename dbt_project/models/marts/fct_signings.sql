-- Signings: the number of projects signed and the amount signed, long form (one row per metric).
-- A slice of fct_facts, incremental like it.
{{ config(**by_source_file(hooks=['{{ refresh_primary_figures(this) }}'])) }}

with

facts as (

    select * from {{ ref('fct_facts') }}
    where {{ read_since_last_run() }}

),

final as (

    select * from facts
    where metric in ('projects_signed', 'amount_signed')

)

select * from final
