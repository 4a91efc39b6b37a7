-- Every fact the warehouse keeps, all metrics (scored and unscored), long form. Incremental:
-- each night adds the facts of the sources read since its last run and sets again which
-- statement of each figure is primary (macros/incremental.sql).
{{ config(**by_source_file(hooks=['{{ refresh_primary_figures(this) }}'])) }}

with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}
    where {{ read_since_last_run() }}

),

figures as (

    select * from {{ ref('int_figures_primary') }}

),

final as (

    select
        facts.*,
        figures.is_primary_figure

    from facts
    inner join figures on facts.fact_id = figures.fact_id

)

select * from final
