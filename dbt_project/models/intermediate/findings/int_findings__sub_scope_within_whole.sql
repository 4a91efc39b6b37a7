-- Check 4b, a sub-scope within its whole: a figure limited to a scope (省外 funds, 亿元以上
-- projects, 兰洽会 signings) is not larger than the whole region's figure of the same metric and
-- period, beyond the rounding of both. Stated figures only (reports, statistics tables); wholes
-- marked approximate (超, 以上 ...) are lower bounds and not judged.
{{ config(**by_figure_group()) }}

with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}
    where {{ in_touched_figure_groups() }}

),

stated as (

    select
        *,
        {{ region_key() }} as region_key,
        {{ figure_slack('value', 'unit') }} as value_slack

    from facts
    -- a rate of a part may well exceed the whole's (开工率 of the new projects)
    where source_kind in ('report', 'statistics_table') and unit != 'percent'

),

final as (

    select
        'sub_scope_within_whole' as check_name,
        parts.fact_id || '|' || wholes.fact_id as subject_key,
        parts.region,
        parts.region_code,
        parts.metric,
        parts.scope,
        parts.period_start,
        parts.period_end,
        parts.unit as value_unit,
        parts.value as stated_value,
        wholes.value as expected_value,
        parts.scope || ' ' || cast(parts.value as varchar) || ' > whole '
        || cast(wholes.value as varchar) as figures,
        'the ' || parts.scope || ' figure ' || cast(parts.value as varchar)
        || ' is larger than the figure for the whole region, ' || cast(wholes.value as varchar)
            as message,
        parts.fact_id,
        parts.source_kind,
        parts.source_file,
        parts.source_sheet,
        parts.source_rows,
        parts.sentence,
        wholes.source_file || ': '
        || coalesce(wholes.sentence, wholes.source_sheet || ' row ' || wholes.source_rows)
            as related_sources

    from stated as parts
    inner join stated as wholes
        on
            parts.region_key = wholes.region_key
            and parts.metric = wholes.metric
            and parts.period_start = wholes.period_start
            and parts.period_end = wholes.period_end
    where
        parts.scope != ''
        and wholes.scope = ''
        and not wholes.approx
        and parts.value - parts.value_slack > wholes.value + wholes.value_slack

)

select * from final
