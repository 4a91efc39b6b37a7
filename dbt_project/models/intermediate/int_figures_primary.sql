-- Which statement of each figure is its primary one: the same figure (region, metric, period,
-- scope) stated by several sources is one figure, and a sum over regions or sources counts
-- only its primary statement. A figure a report or table states beats one summed from ledger
-- rows, then the first source file by name. Over all facts, every night: a source arriving or
-- going can move a figure's primary statement (the marts take the flag from here).
with

facts as (

    select
        fact_id,
        figure_id,
        source_kind,
        source_file
    from {{ ref('int_facts_deduplicated') }}

),

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
        ) = 1 as is_primary_figure

    from facts

)

select * from final
