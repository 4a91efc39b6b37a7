-- Check 4c, sub-regions within their parent: the counties of a prefecture (dim_region
-- parent_code) together are not larger than the prefecture's own figure for the same metric,
-- scope and period, beyond rounding. A county stated by several sources counts once (its
-- smallest statement). Stated figures only; approximate parents (超, 以上) are not judged.
{{ config(**by_figure_group(reach=['own', 'parent'])) }}

with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}
    where {{ in_touched_figure_groups(reach=['own', 'parent', 'sub_region']) }}

),

gazetteer as (

    select
        region_code,
        nullif(parent_code, '') as parent_code

    from {{ ref('gazetteer_regions') }}

),

stated as (

    select
        *,
        {{ figure_slack('value', 'unit') }} as value_slack

    from facts
    -- rates (percent) do not add up over regions
    where
        source_kind in ('report', 'statistics_table')
        and region_code is not null
        and unit != 'percent'

),

children as (

    select
        gazetteer.parent_code,
        stated.region,
        stated.metric,
        stated.scope,
        stated.period_start,
        stated.period_end,
        min(stated.value) as value,
        max(stated.value_slack) as value_slack

    from stated
    inner join gazetteer
        on stated.region_code = gazetteer.region_code
    where gazetteer.parent_code is not null
    group by
        gazetteer.parent_code, stated.region, stated.metric, stated.scope,
        stated.period_start, stated.period_end

),

children_summed as (

    select
        parent_code,
        metric,
        scope,
        period_start,
        period_end,
        count(*) as child_count,
        sum(value) as children_sum,
        sum(value_slack) as children_slack,
        {{ ordered_string_agg(
            "region || ' ' || cast(value as varchar)", '; ', 'region'
        ) }} as children_listed

    from children
    group by parent_code, metric, scope, period_start, period_end

),

final as (

    select
        'sub_regions_within_parent' as check_name,
        parents.fact_id as subject_key,
        parents.region,
        parents.region_code,
        parents.metric,
        parents.scope,
        parents.period_start,
        parents.period_end,
        parents.unit as value_unit,
        parents.value as stated_value,
        children_summed.children_sum as expected_value,
        'parent ' || cast(parents.value as varchar) || '; '
        || cast(children_summed.child_count as varchar) || ' sub-regions: '
        || children_summed.children_listed as figures,
        'its ' || cast(children_summed.child_count as varchar) || ' sub-regions together ('
        || cast(children_summed.children_sum as varchar) || ') exceed the region''s own figure '
        || cast(parents.value as varchar) as message,
        parents.fact_id,
        parents.source_kind,
        parents.source_file,
        parents.source_sheet,
        parents.source_rows,
        parents.sentence,
        children_summed.children_listed as related_sources

    from stated as parents
    inner join children_summed
        on
            parents.region_code = children_summed.parent_code
            and parents.metric = children_summed.metric
            and parents.scope = children_summed.scope
            and parents.period_start = children_summed.period_start
            and parents.period_end = children_summed.period_end
    where
        not parents.approx
        and {{ in_touched_figure_groups(reach=['own', 'parent'], relation_alias='parents') }}
        and children_summed.children_sum - children_summed.children_slack
        > parents.value + parents.value_slack

)

select * from final
