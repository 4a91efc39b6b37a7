-- Check 3, rates: a stated rate agrees with the figures it is made of - 开工率 99.03% with 510
-- projects started of 515; a completion rate with the value and the year's target (seed
-- rate_definitions: rate = numerator / denominator * 100). The parts are taken from the same
-- source when it states them, else from any report or table for the same region, period and
-- scope; a part the rate's own source states for the whole region (新引进项目515个, 已开工510个,
-- 开工率99.03%) counts too. Slack: half the rate's last decimal, the rounding of both parts, and
-- 0.01 points.
-- Kept by the region's year, not its period: a completion rate reads the year's target.
{{ config(**by_figure_group(grain='year')) }}

with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}
    where {{ in_touched_figure_groups(grain='year') }}

),

rate_definitions as (

    select * from {{ ref('rate_definitions') }}

),

stated_rates as (

    select
        facts.*,
        {{ region_key('facts') }} as region_key,
        rate_definitions.numerator_metric,
        rate_definitions.denominator_metric,
        rate_definitions.label as rate_label,
        case rate_definitions.denominator_period
            when 'year' then {{ first_day_of_year('facts.period_end') }}
            else facts.period_start
        end as denominator_start,
        case rate_definitions.denominator_period
            when 'year' then {{ last_day_of_year('facts.period_end') }}
            else facts.period_end
        end as denominator_end

    from facts
    inner join rate_definitions
        on facts.metric = rate_definitions.rate_metric

),

parts as (

    select
        *,
        {{ region_key() }} as region_key,
        {{ figure_slack('value', 'unit') }} as value_slack

    from facts
    -- a bound (30余个, 超100亿元) is no figure a rate can be checked against
    where source_kind in ('report', 'statistics_table') and not approx

),

paired as (

    select
        stated_rates.*,
        numerators.value as numerator_value,
        numerators.value_slack as numerator_slack,
        denominators.value as denominator_value,
        denominators.value_slack as denominator_slack,
        numerators.source_file as numerator_source_file,
        denominators.source_file as denominator_source_file,
        case when numerators.source_id = stated_rates.source_id then 0 else 1 end
        + case when denominators.source_id = stated_rates.source_id then 0 else 1 end
        + case when numerators.scope = stated_rates.scope then 0 else 1 end
        + case when denominators.scope = stated_rates.scope then 0 else 1 end as remoteness

    from stated_rates
    inner join parts as numerators
        on
            stated_rates.region_key = numerators.region_key
            and stated_rates.numerator_metric = numerators.metric
            and (
                stated_rates.scope = numerators.scope
                or (numerators.scope = '' and stated_rates.source_id = numerators.source_id)
            )
            and stated_rates.period_start = numerators.period_start
            and stated_rates.period_end = numerators.period_end
    inner join parts as denominators
        on
            stated_rates.region_key = denominators.region_key
            and stated_rates.denominator_metric = denominators.metric
            and (
                stated_rates.scope = denominators.scope
                or (denominators.scope = '' and stated_rates.source_id = denominators.source_id)
            )
            and stated_rates.denominator_start = denominators.period_start
            and stated_rates.denominator_end = denominators.period_end
    where denominators.value > 0

),

rated as (

    select
        *,
        numerator_value / denominator_value * 100 as computed_pct,
        -- relative rounding of a quotient is about the sum of its parts' relative rounding
        numerator_value / denominator_value * 100
        * (
            numerator_slack / nullif(numerator_value, 0)
            + denominator_slack / denominator_value
        )
        + {{ decimal_unit('value') }} / 2 + 0.01 as slack

    from paired

),

computed as (

    -- a rate agrees when any way of making it up agrees (开工率 of the projects implemented or
    -- of those introduced); a disagreeing one is shown with the nearest figures to it
    select
        *,
        row_number() over (
            partition by fact_id
            order by
                abs(computed_pct - value) <= slack desc,
                remoteness asc,
                abs(computed_pct - value) asc,
                numerator_source_file asc,
                denominator_source_file asc
        ) as choice

    from rated

),

final as (

    select
        'stated_rate' as check_name,
        fact_id as subject_key,
        region,
        region_code,
        metric,
        scope,
        period_start,
        period_end,
        'percent' as value_unit,
        value as stated_value,
        computed_pct as expected_value,
        rate_label || ' ' || cast(value as varchar) || '%, ' || numerator_metric || ' '
        || cast(numerator_value as varchar) || ', ' || denominator_metric || ' '
        || cast(denominator_value as varchar) as figures,
        'stated ' || rate_label || ' ' || cast(value as varchar) || '% does not match '
        || numerator_metric || ' / ' || denominator_metric || ' = '
        || cast(round(computed_pct, 2) as varchar) || '%' as message,
        fact_id,
        source_kind,
        source_file,
        source_sheet,
        source_rows,
        sentence,
        case
            when numerator_source_file != source_file or denominator_source_file != source_file
                then numerator_source_file || '; ' || denominator_source_file
        end as related_sources

    from computed
    where choice = 1 and abs(computed_pct - value) > slack

)

select * from final
