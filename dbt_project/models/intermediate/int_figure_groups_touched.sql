-- The figure groups (a region's figures of one period) whose findings tonight's reads can
-- change, and the groups their checks read. A fact read tonight, or one of a source gone or
-- changed since last night (int_sources_touched), of region r and period p touches (r, p) -
-- reach 'own', the checks within a region and period -, (r, p a year later) - 'next_year',
-- growth against history - and (r's parent, p) - 'parent', sub-regions within their parent.
-- Those checks read besides (r, p a year earlier) - 'prior_year' - and the sub-regions of r
-- and of its parent in p - 'sub_region'. A fact summed from a project ledger touches besides
-- the years of r and of its parent - 'ledger', reports against ledgers (read by region and year:
-- the checks that reach across the periods of a year match region_key and period_year only).
-- The models kept by figure group (macros/figure_groups.sql) recompute the groups of the
-- reaches they are changed by.
with

gazetteer as (

    select
        region_code,
        nullif(parent_code, '') as parent_code

    from {{ ref('gazetteer_regions') }}

),

touched_facts as (

    select distinct
        source_kind,
        region_key,
        parent_code,
        period_start,
        period_end

    from {{ ref('int_sources_touched') }}

),

parents_checked as (

    -- the regions whose figures are checked against their sub-regions': r and its parent
    select
        region_key,
        period_start,
        period_end
    from touched_facts
    union
    select
        parent_code as region_key,
        period_start,
        period_end
    from touched_facts
    where parent_code is not null

),

reached as (

    select
        region_key,
        period_start,
        period_end,
        'own' as reach
    from touched_facts
    union all
    select
        region_key,
        cast(period_start + interval 1 year as date) as period_start,
        cast(period_end + interval 1 year as date) as period_end,
        'next_year' as reach
    from touched_facts
    union all
    select
        parent_code as region_key,
        period_start,
        period_end,
        'parent' as reach
    from touched_facts
    where parent_code is not null
    union all
    select
        region_key,
        cast(period_start - interval 1 year as date) as period_start,
        cast(period_end - interval 1 year as date) as period_end,
        'prior_year' as reach
    from touched_facts
    union all
    -- the sub-regions of the region and of its parent (all the parent's sub-regions)
    select
        gazetteer.region_code as region_key,
        parents_checked.period_start,
        parents_checked.period_end,
        'sub_region' as reach
    from parents_checked
    inner join gazetteer
        on parents_checked.region_key = gazetteer.parent_code
    union all
    select
        region_key,
        period_start,
        period_end,
        'ledger' as reach
    from touched_facts
    where source_kind = 'ledger'
    union all
    select
        parent_code as region_key,
        period_start,
        period_end,
        'ledger' as reach
    from touched_facts
    where source_kind = 'ledger' and parent_code is not null

),

groups as (

    select distinct
        region_key,
        year(period_end) as period_year,
        month(period_start) as start_month,
        month(period_end) as end_month,
        reach

    from reached

),

final as (

    select
        region_key || '|' || cast(period_year as varchar) || '|'
        || lpad(cast(start_month as varchar), 2, '0') || '-'
        || lpad(cast(end_month as varchar), 2, '0') as group_key,
        region_key,
        period_year,
        start_month,
        end_month,
        reach

    from groups

)

select * from final
