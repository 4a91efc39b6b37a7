-- Signings: the number of projects signed and the amount signed, long form (one row per metric).
with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}

),

final as (

    select * from facts
    where metric in ('projects_signed', 'amount_signed')

)

select * from final
