-- Check 4a, listed parts and their total: the projects a report lists one by one after a total
-- (三个项目总投资4.7亿元, 分别是1.4亿元的…、0.8亿元的…、2.5亿元的…) sum to that total, and so do
-- the parts a breakdown lists (引进入园企业12户, 其中投产运营7户, 正在建设5户). The reader links
-- each listed part to its whole (report_facts.part_of); a project named elsewhere in the report
-- is no part of a list. Parts summing to more than the total are always flagged; to less only
-- when the list is complete - the report states a count equal to the number of parts listed
-- (三个项目). Approximate totals (约, 超 ...) are not judged.
{{ config(**by_source_touched()) }}

with

facts as (

    select * from {{ ref('int_facts_unioned') }}
    where {{ in_touched_sources() }}

),

totals as (

    select
        *,
        {{ hash_key([
            region_key(), 'metric', 'period_start', 'period_end', 'scope', 'source_id'
        ]) }} as fact_id,
        {{ rounding_unit('value') }} as value_precision

    from facts
    where
        source_kind = 'report'
        and region is not null
        and metric is not null
        and value is not null
        and period_start is not null
        and period_end is not null
        and not approx

),

stated_counts as (

    select
        source_file,
        region,
        scope,
        period_start,
        period_end,
        value

    from facts
    where source_kind = 'report' and unit = 'count'

),

listed_parts as (

    -- the parts of a total the reader links to it (report_facts.part_of): the projects a
    -- report lists after it, the parts of a breakdown
    select
        parts.doc_id,
        parts.fact_index,
        parts.value,
        coalesce(parts.project, parts.scope) as part_label,
        totals.fact_id as total_fact_id

    from {{ ref('stg_raw__report_facts') }} as parts
    inner join totals
        on
            parts.doc_id = totals.source_file
            and parts.part_of = totals.source_position
            and parts.metric = totals.metric
    where parts.value is not null and {{ in_touched_sources('parts.doc_id') }}

),

summed as (

    select
        total_fact_id,
        count(*) as part_count,
        sum(value) as parts_sum,
        min({{ rounding_unit('value') }}) as parts_precision,
        {{ ordered_string_agg(
            "part_label || ' ' || cast(value as varchar)", '; ', 'fact_index'
        ) }} as parts_listed

    from listed_parts
    group by total_fact_id

),

compared as (

    select
        totals.*,
        summed.part_count,
        summed.parts_sum,
        -- a list is written to one precision: each figure may be off by half the finest
        -- digit any of them shows (1.4, 0.8 and 2.0亿元 are all to 0.1亿元); counts are exact
        case
            when totals.unit = 'count' then 0
            else least(totals.value_precision, summed.parts_precision) / 2 * (summed.part_count + 1)
        end as slack,
        summed.parts_listed,
        exists(
            select 1
            from stated_counts
            where
                stated_counts.source_file = totals.source_file
                and stated_counts.region = totals.region
                and stated_counts.scope = totals.scope
                and stated_counts.period_start = totals.period_start
                and stated_counts.period_end = totals.period_end
                and stated_counts.value = summed.part_count
        ) as list_is_complete

    from totals
    inner join summed
        on totals.fact_id = summed.total_fact_id
    where summed.part_count >= 2

),

final as (

    select
        'parts_sum_to_total' as check_name,
        fact_id || '|' || cast(source_position as varchar) as subject_key,
        region,
        region_code,
        metric,
        scope,
        period_start,
        period_end,
        unit as value_unit,
        value as stated_value,
        parts_sum as expected_value,
        'total ' || cast(value as varchar) || '; ' || cast(part_count as varchar)
        || ' listed parts: ' || parts_listed as figures,
        'the ' || cast(part_count as varchar) || ' parts listed sum to '
        || cast(parts_sum as varchar) || ', not to the stated total ' || cast(value as varchar)
            as message,
        fact_id,
        source_kind,
        source_file,
        source_sheet,
        source_rows,
        sentence,
        cast(null as varchar) as related_sources

    from compared
    where
        parts_sum > value + slack
        or (list_is_complete and parts_sum < value - slack)

)

select * from final
