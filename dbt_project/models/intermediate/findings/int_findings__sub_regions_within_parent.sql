-- Check 4c, sub-regions within their parent: the counties of a prefecture (dim_region
-- parent_code) together are not larger than the prefecture's own figure for the same metric,
-- scope and period, beyond rounding. A county stated by several sources counts once (its
-- smallest statement). Stated figures only; approximate parents (超, 以上) are not judged.
{{ config(**by_figure_group(reach=['own', 'parent'])) }}

with

facts as (

    -- the columns the check compares: most of the facts are in reach (a parent's sub-regions
    -- and their neighbours), and where a figure is stated is joined for the parents exceeded
    select
        fact_id,
        region,
        region_code,
        metric,
        unit,
        scope,
        period_start,
        period_end,
        value,
        approx,
        source_kind

    from {{ ref('int_facts_deduplicated') }}
    where {{ in_touched_figure_groups(reach=['own', 'parent', 'sub_region']) }}

),

statements as (

    select
        fact_id,
        source_file,
        source_sheet,
        source_rows,
        sentence

    from {{ ref('int_facts_deduplicated') }}

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
    -- only the sub-regions of the parents whose findings tonight recomputes
    where
        gazetteer.parent_code is not null
        and {{ in_touched_figure_groups(
            reach=['own', 'parent'], region_expr='gazetteer.parent_code',
            date_expr='stated.period_end', start_expr='stated.period_start'
        ) }}
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
        sum(value_slack) as children_slack

    from children
    group by parent_code, metric, scope, period_start, period_end

),

exceeded as (

    select
        parents.*,
        children_summed.child_count,
        children_summed.children_sum

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

),

children_listed as (

    -- the sub-regions named in a finding: listed only for the parents they exceed
    select
        exceeded.fact_id,
        {{ ordered_string_agg(
            "children.region || ' ' || cast(children.value as varchar)", '; ', 'children.region'
        ) }} as children_listed

    from exceeded
    inner join children
        on
            exceeded.region_code = children.parent_code
            and exceeded.metric = children.metric
            and exceeded.scope = children.scope
            and exceeded.period_start = children.period_start
            and exceeded.period_end = children.period_end
    group by exceeded.fact_id

),

final as (

    select
        'sub_regions_within_parent' as check_name,
        exceeded.fact_id as subject_key,
        exceeded.region,
        exceeded.region_code,
        exceeded.metric,
        exceeded.scope,
        exceeded.period_start,
        exceeded.period_end,
        exceeded.unit as value_unit,
        exceeded.value as stated_value,
        exceeded.children_sum as expected_value,
        'parent ' || cast(exceeded.value as varchar) || '; '
        || cast(exceeded.child_count as varchar) || ' sub-regions: '
        || children_listed.children_listed as figures,
        'its ' || cast(exceeded.child_count as varchar) || ' sub-regions together ('
        || cast(exceeded.children_sum as varchar) || ') exceed the region''s own figure '
        || cast(exceeded.value as varchar) as message,
        exceeded.fact_id,
        exceeded.source_kind,
        statements.source_file,
        statements.source_sheet,
        statements.source_rows,
        statements.sentence,
        children_listed.children_listed as related_sources

    from exceeded
    inner join children_listed
        on exceeded.fact_id = children_listed.fact_id
    inner join statements
        on exceeded.fact_id = statements.fact_id

)

select * from final
