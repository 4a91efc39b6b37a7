-- The figure groups (a region's figures of one year) whose findings tonight's reads can change,
-- and the groups their checks read. A fact read tonight, or one of a source gone or changed
-- since last night (int_sources_touched), in region r and year y touches (r, y) - reach 'own',
-- the checks within a region and year -, (r, y + 1) - 'next_year', growth against history -
-- and (r's parent, y) - 'parent', sub-regions within their parent and reports against ledgers.
-- Those checks read besides (r, y - 1) - 'prior_year' - and the sub-regions of r and of its
-- parent in y - 'sub_region'. The models kept by figure group (macros/figure_groups.sql)
-- recompute the groups of the reaches they are changed by.
with

gazetteer as (

    select
        region_code,
        nullif(parent_code, '') as parent_code

    from {{ ref('gazetteer_regions') }}

),

touched_facts as (

    select distinct
        region_key,
        parent_code,
        period_year

    from {{ ref('int_sources_touched') }}

),

parents_checked as (

    -- the regions whose figures are checked against their sub-regions': r and its parent
    select
        region_key,
        period_year
    from touched_facts
    union
    select
        parent_code as region_key,
        period_year
    from touched_facts
    where parent_code is not null

),

reached as (

    select
        region_key,
        period_year,
        'own' as reach
    from touched_facts
    union all
    select
        region_key,
        period_year + 1 as period_year,
        'next_year' as reach
    from touched_facts
    union all
    select
        parent_code as region_key,
        period_year,
        'parent' as reach
    from touched_facts
    where parent_code is not null
    union all
    select
        region_key,
        period_year - 1 as period_year,
        'prior_year' as reach
    from touched_facts
    union all
    -- the sub-regions of the region and of its parent (all the parent's sub-regions)
    select
        gazetteer.region_code as region_key,
        parents_checked.period_year,
        'sub_region' as reach
    from parents_checked
    inner join gazetteer
        on parents_checked.region_key = gazetteer.parent_code

),

final as (

    select distinct
        region_key || '|' || cast(period_year as varchar) as group_key,
        reach

    from reached

)

select * from final
