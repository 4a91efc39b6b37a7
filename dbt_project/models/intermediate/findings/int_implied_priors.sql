-- The prior-year figure each stated growth implies, kept so that a later check has it: a fact
-- for 2024 with 增长58.59% implies 2024's value / 1.5859 for the same region, metric and scope
-- one year earlier. From yoy_pct where stated (value / (1 + yoy_pct / 100)), else from yoy_abs
-- (value - yoy_abs). has_stated_prior tells whether a report or table states that prior figure.
-- Where the growth is stated (sentence, sheet and row) stays with the fact: a night rewrites a
-- third of these rows, and narrow rows keep that cheap (fct_implied_prior joins it back).
{{ config(**by_figure_group(reach=['own', 'next_year'])) }}

with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}
    where {{ in_touched_figure_groups(reach=['own', 'next_year', 'prior_year']) }}

),

with_growth as (

    select
        *,
        {{ years_before('period_start') }} as prior_period_start,
        {{ years_before('period_end') }} as prior_period_end,
        case
            when yoy_pct is not null and yoy_pct > -100 then value / (1 + yoy_pct / 100)
            when yoy_abs is not null then value - yoy_abs
        end as implied_prior_value,
        case
            when yoy_pct is not null and yoy_pct > -100 then 'yoy_pct'
            when yoy_abs is not null then 'yoy_abs'
        end as implied_from

    from facts
    where
        ((yoy_pct is not null and yoy_pct > -100) or yoy_abs is not null)
        and {{ in_touched_figure_groups(reach=['own', 'next_year']) }}

),

stated_priors as (

    select distinct
        {{ region_key() }} as region_key,
        metric,
        scope,
        period_start,
        period_end

    from facts
    where source_kind in ('report', 'statistics_table')

),

final as (

    select
        {{ hash_key(['with_growth.fact_id']) }} as implied_prior_id,
        with_growth.fact_id,
        with_growth.region,
        with_growth.region_code,
        with_growth.metric,
        with_growth.unit,
        with_growth.scope,
        with_growth.prior_period_start,
        with_growth.prior_period_end,
        {{ period_key('with_growth.prior_period_start', 'with_growth.prior_period_end') }}
            as prior_period_key,
        with_growth.implied_prior_value,
        with_growth.implied_from,
        with_growth.value,
        with_growth.yoy_pct,
        with_growth.yoy_abs,
        with_growth.period_start,
        with_growth.period_end,
        stated_priors.region_key is not null as has_stated_prior,
        with_growth.source_id,
        with_growth.source_file

    from with_growth
    left join stated_priors
        on
            {{ region_key('with_growth') }} = stated_priors.region_key
            and with_growth.metric = stated_priors.metric
            and with_growth.scope = stated_priors.scope
            and with_growth.prior_period_start = stated_priors.period_start
            and with_growth.prior_period_end = stated_priors.period_end

)

select * from final
