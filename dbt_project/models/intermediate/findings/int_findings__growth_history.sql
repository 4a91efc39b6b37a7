-- Check 2, growth against history: a stated yoy_pct agrees within 0.5 percentage points with the
-- growth computed from the same region, metric and scope one year earlier - beyond what the
-- rounding of the two figures allows (a bulletin computes its growth from exact figures and
-- writes them rounded: 1.2亿元 may be 1.17 or 1.23亿元; taken as at most 2.5% a figure). The
-- prior figure is a stated one (a report or statistics table for exactly that period) when the
-- warehouse holds one, else a prior implied by another source's stated growth for the same
-- figure (int_implied_priors).
{{ config(**by_figure_group(reach=['own', 'next_year'])) }}

with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}
    where {{ in_touched_figure_groups(reach=['own', 'next_year', 'prior_year']) }}

),

implied_priors as (

    select * from {{ ref('int_implied_priors') }}

),

growths as (

    select
        *,
        {{ region_key() }} as region_key,
        {{ years_before('period_start') }} as prior_period_start,
        {{ years_before('period_end') }} as prior_period_end

    from facts
    where
        yoy_pct is not null
        and source_kind in ('report', 'statistics_table')
        and {{ in_touched_figure_groups(reach=['own', 'next_year']) }}

),

stated_priors as (

    select
        growths.fact_id,
        facts.value as prior_value,
        'stated' as prior_kind,
        facts.source_file as prior_source_file,
        facts.fact_id as prior_fact_id,
        0 as preference

    from growths
    inner join facts
        on
            growths.region_key = {{ region_key('facts') }}
            and growths.metric = facts.metric
            and growths.scope = facts.scope
            and growths.prior_period_start = facts.period_start
            and growths.prior_period_end = facts.period_end
    where facts.source_kind in ('report', 'statistics_table')

),

other_sources_priors as (

    select
        growths.fact_id,
        implied_priors.implied_prior_value as prior_value,
        'implied' as prior_kind,
        implied_priors.source_file as prior_source_file,
        implied_priors.fact_id as prior_fact_id,
        1 as preference

    from growths
    inner join implied_priors
        on
            growths.region_key = {{ region_key('implied_priors') }}
            and growths.metric = implied_priors.metric
            and growths.scope = implied_priors.scope
            and growths.prior_period_start = implied_priors.prior_period_start
            and growths.prior_period_end = implied_priors.prior_period_end
            and growths.source_id != implied_priors.source_id

),

candidates as (

    select * from stated_priors
    union all
    select * from other_sources_priors

),

chosen as (

    select
        *,
        row_number() over (
            partition by fact_id
            order by preference, prior_source_file, prior_value
        ) as choice

    from candidates
    where prior_value > 0

),

compared as (

    select
        growths.*,
        chosen.prior_value,
        chosen.prior_kind,
        chosen.prior_source_file,
        chosen.prior_fact_id,
        (growths.value / chosen.prior_value - 1) * 100 as computed_pct,
        -- each figure off by half its last digit, at most 2.5% (10亿元 may well be exact)
        growths.value / chosen.prior_value * 100
        * (
            least({{ rounding_unit('growths.value') }} / 2 / abs(growths.value), 0.025)
            -- an implied prior is computed, not written: no digit of it was rounded
            + case
                when chosen.prior_kind = 'stated'
                    then least(
                        {{ rounding_unit('chosen.prior_value') }} / 2 / chosen.prior_value, 0.025
                    )
                else 0
            end
        ) as rounding_pct

    from growths
    inner join chosen
        on
            growths.fact_id = chosen.fact_id
            and chosen.choice = 1

),

failed as (

    select * from compared
    where abs(computed_pct - yoy_pct) > 0.5 + rounding_pct

),

final as (

    select
        'growth_history' as check_name,
        failed.fact_id as subject_key,
        failed.region,
        failed.region_code,
        failed.metric,
        failed.scope,
        failed.period_start,
        failed.period_end,
        'percent' as value_unit,
        failed.yoy_pct as stated_value,
        failed.computed_pct as expected_value,
        'value ' || cast(failed.value as varchar) || ', stated growth '
        || cast(failed.yoy_pct as varchar) || '%, ' || failed.prior_kind || ' prior '
        || cast(round(failed.prior_value, 2) as varchar) || ' for '
        || {{ period_key('failed.prior_period_start', 'failed.prior_period_end') }} as figures,
        'stated growth ' || cast(failed.yoy_pct as varchar) || '% differs by more than 0.5 '
        || 'points (and the rounding of the figures) from the '
        || cast(round(failed.computed_pct, 2) as varchar) || '% computed against the '
        || failed.prior_kind || ' figure of a year earlier' as message,
        failed.fact_id,
        failed.source_kind,
        failed.source_file,
        failed.source_sheet,
        failed.source_rows,
        failed.sentence,
        failed.prior_source_file || ': ' || coalesce(
            prior_facts.sentence, prior_facts.source_sheet || ' row ' || prior_facts.source_rows, ''
        ) as related_sources

    from failed
    -- the prior's statement, from its fact: a stated prior's of the year before, an implied
    -- prior's of the same year, both among the groups read here
    left join facts as prior_facts
        on failed.prior_fact_id = prior_facts.fact_id

)

select * from final
