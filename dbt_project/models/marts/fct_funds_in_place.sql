-- Funds in place (到位资金), one row per region x period x scope x source.
-- A slice of fct_facts, incremental like it.
{{ config(**by_source_file(hooks=['{{ refresh_primary_figures(this) }}'])) }}

with

facts as (

    select * from {{ ref('fct_facts') }}
    where {{ read_since_last_run() }}

),

final as (

    select * from facts
    where metric in ('funds_in_place')

)

select * from final
