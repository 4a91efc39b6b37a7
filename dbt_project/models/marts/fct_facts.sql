-- Every fact the warehouse keeps, all metrics (scored and unscored), long form: the facts of
-- int_facts_deduplicated with which statement of each figure is primary (int_figures_primary).
-- A view: a night writes the facts once (int_facts_deduplicated) and decides the flags of the
-- figures it touched; nothing is copied or updated here.
{{ config(materialized='view') }}

with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}

),

figures as (

    select
        fact_id,
        is_primary_figure
    from {{ ref('int_figures_primary') }}

),

final as (

    select
        facts.*,
        figures.is_primary_figure

    from facts
    inner join figures on facts.fact_id = figures.fact_id

)

select * from final
