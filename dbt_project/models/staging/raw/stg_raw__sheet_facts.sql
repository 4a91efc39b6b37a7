with

source as (

    select * from {{ source('raw', 'sheet_facts') }}

),

final as (

    select
        doc_id as source_file,
        content_hash,
        sheet as source_sheet,
        row as source_row,
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
        nullif(flags, '') as flags

    from source

)

select * from final
