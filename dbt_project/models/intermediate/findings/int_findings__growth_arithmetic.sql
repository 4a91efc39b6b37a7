-- Check 1, growth stated three ways: where a fact states its value, its absolute increase and
-- its growth rate, value / (value - yoy_abs) - 1 = yoy_pct / 100 within the rounding the text
-- used (54.27亿元, +20.05亿元 -> 58.56..58.62%; 58.59% passes). Each figure is taken as an
-- interval of half its last written digit; the implied growth over the corners of that box must
-- meet the stated rate widened by half its last decimal and 0.01 percentage points. The same
-- rule as the GX expectation expect_growth_to_match_value_and_increase.
{{ config(**by_source_touched()) }}

with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}
    where {{ in_touched_sources(read_at_column='read_at') }}

),

stated as (

    select
        *,
        {{ rounding_unit('value') }} / 2 as value_slack,
        {{ rounding_unit('yoy_abs') }} / 2 as increase_slack,
        {{ decimal_unit('yoy_pct') }} / 2 + 0.01 as pct_slack

    from facts
    where yoy_pct is not null and yoy_abs is not null

),

bounded as (

    select
        *,
        least(
            {{ growth_pct('yoy_abs - increase_slack', 'value - value_slack') }},
            {{ growth_pct('yoy_abs - increase_slack', 'value + value_slack') }},
            {{ growth_pct('yoy_abs + increase_slack', 'value - value_slack') }},
            {{ growth_pct('yoy_abs + increase_slack', 'value + value_slack') }}
        ) as implied_low,
        greatest(
            {{ growth_pct('yoy_abs - increase_slack', 'value - value_slack') }},
            {{ growth_pct('yoy_abs - increase_slack', 'value + value_slack') }},
            {{ growth_pct('yoy_abs + increase_slack', 'value - value_slack') }},
            {{ growth_pct('yoy_abs + increase_slack', 'value + value_slack') }}
        ) as implied_high,
        case when value - yoy_abs > 0 then yoy_abs / (value - yoy_abs) * 100 end as implied_pct

    from stated

),

final as (

    select
        'growth_arithmetic' as check_name,
        fact_id as subject_key,
        region,
        region_code,
        metric,
        scope,
        period_start,
        period_end,
        'percent' as value_unit,
        yoy_pct as stated_value,
        implied_pct as expected_value,
        'value ' || cast(value as varchar) || ', increase ' || cast(yoy_abs as varchar)
        || ', growth ' || cast(yoy_pct as varchar) || '%' as figures,
        'stated growth ' || cast(yoy_pct as varchar) || '% does not follow from the value and '
        || 'its stated increase, which imply '
        || coalesce(cast(round(implied_pct, 2) as varchar) || '%', 'unbounded growth')
            as message,
        fact_id,
        source_kind,
        source_file,
        source_sheet,
        source_rows,
        sentence,
        cast(null as varchar) as related_sources

    from bounded
    where
        implied_high < yoy_pct - pct_slack
        or implied_low > yoy_pct + pct_slack

)

select * from final
