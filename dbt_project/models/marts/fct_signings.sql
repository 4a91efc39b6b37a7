-- Signings: the number of projects signed and the amount signed, long form (one row per metric).
-- A slice of fct_facts, as a view: nothing to build or copy each night, and always in step
-- with fct_facts (its rows, its primary flags).
{{ config(materialized='view') }}

with

facts as (

    select * from {{ ref('fct_facts') }}

),

final as (

    select * from facts
    where metric in ('projects_signed', 'amount_signed')

)

select * from final
