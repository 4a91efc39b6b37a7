-- Enterprises contacted (对接企业), one row per region x period x scope x source.
-- A slice of fct_facts, as a view: nothing to build or copy each night, and always in step
-- with fct_facts (its rows, its primary flags).
{{ config(materialized='view') }}

with

facts as (

    select * from {{ ref('fct_facts') }}

),

final as (

    select * from facts
    where metric in ('enterprises_contacted')

)

select * from final
