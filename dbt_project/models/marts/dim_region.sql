-- Every region of the gazetteer seed (scripts/build_region_seed.py), one row per code.
with

gazetteer as (

    select * from {{ ref('gazetteer_regions') }}

),

final as (

    select
        region_code,
        name,
        level,
        nullif(parent_code, '') as parent_code,
        province_code,
        nullif(aliases, '') as aliases

    from gazetteer

)

select * from final
