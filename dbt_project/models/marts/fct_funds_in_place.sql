-- Funds in place (到位资金), one row per region x period x scope x source.
with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}

),

final as (

    select * from facts
    where metric in ('funds_in_place')

)

select * from final
