-- Check 4a, listed parts and their total: projects a report lists one by one after a total (三个
-- 项目总投资4.7亿元, 分别是1.4亿元的…、0.8亿元的…、2.5亿元的…) sum to that total, and so do the
-- parts a breakdown lists (引进入园企业12户, 其中投产运营7户, 正在建设5户: the reader links each
-- to its whole, report_facts.part_of). A listed project is a single-project figure of the same
-- metric that follows the total in the same report, before the next total of that metric.
-- Parts summing to more than the total are always flagged; listed projects summing to less
-- only when the list is complete - the report states a count equal to the number of parts
-- listed (三个项目). Approximate totals (约, 超 ...) are not judged.
with

facts as (

    select * from {{ ref('int_facts_unioned') }}

),

project_figures as (

    select * from {{ ref('stg_raw__report_facts') }}
    where project is not null and value is not null

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

owned_parts as (

    -- each listed part belongs to the nearest total of its metric before it
    select
        project_figures.*,
        totals.fact_id as total_fact_id,
        row_number() over (
            partition by project_figures.doc_id, project_figures.fact_index
            order by totals.source_position desc
        ) as nearness

    from project_figures
    inner join totals
        on
            project_figures.doc_id = totals.source_file
            and project_figures.metric = totals.metric
            and project_figures.fact_index > totals.source_position

),

linked_parts as (

    -- the parts of a breakdown, each linked by the reader to the fact of its whole
    select
        report_facts.doc_id,
        report_facts.fact_index,
        report_facts.value,
        report_facts.scope as project,
        totals.fact_id as total_fact_id

    from {{ ref('stg_raw__report_facts') }} as report_facts
    inner join totals
        on
            report_facts.doc_id = totals.source_file
            and report_facts.part_of = totals.source_position
            and report_facts.metric = totals.metric
    where report_facts.project is null and report_facts.value is not null

),

all_parts as (

    select
        doc_id,
        fact_index,
        value,
        project,
        total_fact_id
    from owned_parts
    where nearness = 1
    union all
    select
        doc_id,
        fact_index,
        value,
        project,
        total_fact_id
    from linked_parts

),

summed as (

    select
        total_fact_id,
        count(*) as part_count,
        sum(value) as parts_sum,
        min({{ rounding_unit('value') }}) as parts_precision,
        {{ ordered_string_agg(
            "project || ' ' || cast(value as varchar)", '; ', 'fact_index'
        ) }} as parts_listed

    from all_parts
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
