with

source as (

    select * from {{ source('raw', 'report_facts') }}

),

final as (

    select
        doc_id,
        content_hash,
        fact_index,
        region,
        region_code,
        metric,
        cast(value as double) as value,
        unit,
        period_start,
        period_end,
        cast(yoy_pct as double) as yoy_pct,
        cast(yoy_abs as double) as yoy_abs,
        coalesce(approx, false) as approx,
        coalesce(scope, '') as scope,
        project,
        sentence,
        char_start,
        char_end,
        nullif(flags, '') as flags,
        part_of

    from source

)

select * from final
