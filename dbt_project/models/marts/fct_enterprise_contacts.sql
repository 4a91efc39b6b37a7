-- Enterprises contacted (对接企业), one row per region x period x scope x source.
with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}

),

final as (

    select * from facts
    where metric in ('enterprises_contacted')

)

select * from final
