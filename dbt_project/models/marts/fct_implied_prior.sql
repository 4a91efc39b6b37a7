-- The prior-year figures implied by stated growth rates, kept so that next year's history check
-- (and an analyst) has a figure for the year before even where no report states it. A view of
-- int_implied_priors, which is kept by figure group, with where each growth is stated (from
-- its fact: the implied priors are kept narrow).
{{ config(materialized='view') }}

with

implied_priors as (

    select * from {{ ref('int_implied_priors') }}

),

facts as (

    select
        fact_id,
        source_kind,
        source_sheet,
        source_rows,
        sentence

    from {{ ref('int_facts_deduplicated') }}

),

final as (

    select
        implied_priors.implied_prior_id,
        implied_priors.fact_id,
        implied_priors.region,
        implied_priors.region_code,
        implied_priors.metric,
        implied_priors.unit,
        implied_priors.scope,
        implied_priors.prior_period_start,
        implied_priors.prior_period_end,
        implied_priors.prior_period_key,
        implied_priors.implied_prior_value,
        implied_priors.implied_from,
        implied_priors.value,
        implied_priors.yoy_pct,
        implied_priors.yoy_abs,
        implied_priors.period_start,
        implied_priors.period_end,
        implied_priors.has_stated_prior,
        facts.source_kind,
        implied_priors.source_id,
        implied_priors.source_file,
        facts.source_sheet,
        facts.source_rows,
        facts.sentence

    from implied_priors
    inner join facts
        on implied_priors.fact_id = facts.fact_id

)

select * from final
