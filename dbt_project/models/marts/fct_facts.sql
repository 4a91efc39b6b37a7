-- Every fact the warehouse keeps, all metrics (scored and unscored), long form.
with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}

),

final as (

    select * from facts

)

select * from final
