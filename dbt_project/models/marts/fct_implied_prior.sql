-- The prior-year figures implied by stated growth rates, kept so that next year's history check
-- (and an analyst) has a figure for the year before even where no report states it. A view of
-- int_implied_priors, which is kept by figure group.
{{ config(materialized='view') }}

with

implied_priors as (

    select * from {{ ref('int_implied_priors') }}

),

final as (

    select * from implied_priors

)

select * from final
