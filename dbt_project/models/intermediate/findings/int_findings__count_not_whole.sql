-- Check 7b, counts are whole numbers: a figure in unit count (projects, enterprises) with a
-- fraction is a misread figure - an amount taken for a count, or a decimal point read wrongly.
{{ config(**by_source_touched()) }}

with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}
    where {{ in_touched_sources(read_at_column='read_at') }}

),

final as (

    select
        'count_not_whole' as check_name,
        fact_id as subject_key,
        region,
        region_code,
        metric,
        scope,
        period_start,
        period_end,
        unit as value_unit,
        value as stated_value,
        round(value) as expected_value,
        cast(value as varchar) || ' ' || unit as figures,
        'a count that is not a whole number' as message,
        fact_id,
        source_kind,
        source_file,
        source_sheet,
        source_rows,
        sentence,
        cast(null as varchar) as related_sources

    from facts
    where unit = 'count' and value != round(value)

)

select * from final
