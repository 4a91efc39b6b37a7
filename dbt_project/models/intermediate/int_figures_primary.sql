-- Which statement of each figure is its primary one: the same figure (region, metric, period,
-- scope) stated by several sources is one figure, and a sum over regions or sources counts
-- only its primary statement. A figure a report or table states beats one summed from ledger
-- rows, then the first source file by name. Incremental by figure: a source arriving or going
-- can move a figure's primary statement, so a night decides again the figures of the facts
-- read since the last run and of the facts whose sources are no longer read; every other
-- figure keeps its decision (the marts take the flag from here).
-- depends_on: {{ ref('stg_raw__file_reads') }}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='figure_id',
    on_schema_change='sync_all_columns',
    post_hook=['{{ retire_unread_sources(this) }}'],
) }}

with

facts as (

    select
        fact_id,
        figure_id,
        source_kind,
        source_file,
        read_at
    from {{ ref('int_facts_deduplicated') }}

),

{% if is_incremental() -%}
figures_to_decide as (

    select figure_id from facts
    where {{ read_since_last_run() }}
    union
    select figure_id from {{ this }} as decided
    where not exists (
        select 1
        from {{ ref('stg_raw__file_reads') }} as reads
        where reads.path = decided.source_file and reads.read_at = decided.read_at
    )

),
{%- endif %}

final as (

    select
        fact_id,
        figure_id,
        row_number() over (
            partition by figure_id
            order by
                case when source_kind in ('report', 'statistics_table') then 0 else 1 end,
                source_file,
                fact_id
        ) = 1 as is_primary_figure,
        source_file,
        read_at

    from facts
    {% if is_incremental() -%}
    where figure_id in (select figure_id from figures_to_decide)
    {%- endif %}

)

select * from final
