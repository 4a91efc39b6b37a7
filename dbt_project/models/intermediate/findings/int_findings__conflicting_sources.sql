-- Check 6, conflicts: two sources (reports or statistics tables) giving different values for
-- the same region, metric, scope and period, beyond the rounding of both. The same value from
-- two documents is no conflict: it is one figure, counted once (fct_facts.is_primary_figure).
-- Approximate statements (余, 超, 约 ...) are not judged. One finding per pair of sources.
{{ config(**by_figure_group()) }}

with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}
    where {{ in_touched_figure_groups() }}

),

stated as (

    select
        *,
        {{ figure_slack('value', 'unit') }} as value_slack

    from facts
    where source_kind in ('report', 'statistics_table') and not approx

),

final as (

    select
        'conflicting_sources' as check_name,
        first_source.fact_id || '|' || second_source.fact_id as subject_key,
        first_source.region,
        first_source.region_code,
        first_source.metric,
        first_source.scope,
        first_source.period_start,
        first_source.period_end,
        first_source.unit as value_unit,
        first_source.value as stated_value,
        second_source.value as expected_value,
        cast(first_source.value as varchar) || ' in ' || first_source.source_file || ' vs '
        || cast(second_source.value as varchar) || ' in ' || second_source.source_file
            as figures,
        'two sources give different values for the same figure: '
        || cast(first_source.value as varchar) || ' and ' || cast(second_source.value as varchar)
            as message,
        first_source.fact_id,
        first_source.source_kind,
        first_source.source_file,
        first_source.source_sheet,
        first_source.source_rows,
        first_source.sentence,
        second_source.source_file || ': '
        || coalesce(
            second_source.sentence,
            second_source.source_sheet || ' row ' || second_source.source_rows
        ) as related_sources

    from stated as first_source
    inner join stated as second_source
        on
            first_source.figure_id = second_source.figure_id
            and first_source.fact_id < second_source.fact_id
    where
        abs(first_source.value - second_source.value)
        > first_source.value_slack + second_source.value_slack

)

select * from final
