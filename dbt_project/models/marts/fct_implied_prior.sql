-- The prior-year figures implied by stated growth rates, kept so that next year's history check
-- (and an analyst) has a figure for the year before even where no report states it.
{{ config(**by_figure_group(reach=['own', 'next_year'])) }}

with

implied_priors as (

    select * from {{ ref('int_implied_priors') }}
    where {{ in_touched_figure_groups(reach=['own', 'next_year']) }}

),

final as (

    select * from implied_priors

)

select * from final
