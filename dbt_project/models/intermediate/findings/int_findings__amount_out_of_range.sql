-- Check 7a, plausibility of size: an amount or a count lies within a sane range for the level of
-- its region (seed plausible_ranges: a county's funds between 10万元 and 2000亿元 ...), so that a
-- unit slip - 万元 read as 元 (10,000 times too small) or as 亿元 (10,000 times too large) - is
-- caught. Regions the gazetteer does not know get the widest range.
{{ config(**by_source_touched()) }}

with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}
    where {{ in_touched_sources(read_at_column='read_at') }}

),

gazetteer as (

    select * from {{ ref('gazetteer_regions') }}

),

ranges as (

    select * from {{ ref('plausible_ranges') }}

),

levelled as (

    select
        facts.*,
        coalesce(gazetteer.level, 'unknown') as region_level

    from facts
    left join gazetteer
        on facts.region_code = gazetteer.region_code

),

final as (

    select
        'amount_out_of_range' as check_name,
        levelled.fact_id as subject_key,
        levelled.region,
        levelled.region_code,
        levelled.metric,
        levelled.scope,
        levelled.period_start,
        levelled.period_end,
        levelled.unit as value_unit,
        levelled.value as stated_value,
        case
            when levelled.value < ranges.min_value then ranges.min_value
            else ranges.max_value
        end as expected_value,
        cast(levelled.value as varchar) || ' ' || levelled.unit || ' for a '
        || levelled.region_level || '; plausible ' || cast(ranges.min_value as varchar) || '..'
        || cast(ranges.max_value as varchar) as figures,
        'the figure is implausibly '
        || case when levelled.value < ranges.min_value then 'small' else 'large' end
        || ' for a ' || levelled.region_level || ' - a unit read wrongly (万元 as 元 or 亿元)?'
            as message,
        levelled.fact_id,
        levelled.source_kind,
        levelled.source_file,
        levelled.source_sheet,
        levelled.source_rows,
        levelled.sentence,
        cast(null as varchar) as related_sources

    from levelled
    inner join ranges
        on
            levelled.region_level = ranges.level
            and levelled.unit = ranges.unit
    where
        levelled.value < ranges.min_value
        or levelled.value > ranges.max_value

)

select * from final
