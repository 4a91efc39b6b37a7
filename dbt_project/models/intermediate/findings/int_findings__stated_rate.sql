-- Check 3, rates: a stated rate agrees with the figures it is made of - 开工率 99.03% with 510
-- projects started of 515; a completion rate with the value and its target (seed
-- rate_definitions: rate = numerator / denominator * 100). The parts are taken from the same
-- source when it states them, else from any report or table for the same region, period and
-- scope. Slack: half the rate's last decimal, the rounding of both parts, and 0.01 points.
with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}

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
        rate_definitions.label as rate_label

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
    where source_kind in ('report', 'statistics_table')

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
        row_number() over (
            partition by stated_rates.fact_id
            order by
                case when numerators.source_id = stated_rates.source_id then 0 else 1 end
                + case when denominators.source_id = stated_rates.source_id then 0 else 1 end,
                numerators.source_file,
                denominators.source_file
        ) as choice

    from stated_rates
    inner join parts as numerators
        on
            stated_rates.region_key = numerators.region_key
            and stated_rates.numerator_metric = numerators.metric
            and stated_rates.scope = numerators.scope
            and stated_rates.period_start = numerators.period_start
            and stated_rates.period_end = numerators.period_end
    inner join parts as denominators
        on
            stated_rates.region_key = denominators.region_key
            and stated_rates.denominator_metric = denominators.metric
            and stated_rates.scope = denominators.scope
            and stated_rates.period_start = denominators.period_start
            and stated_rates.period_end = denominators.period_end
    where denominators.value > 0

),

computed as (

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
    where choice = 1

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
    where abs(computed_pct - value) > slack

)

select * from final
