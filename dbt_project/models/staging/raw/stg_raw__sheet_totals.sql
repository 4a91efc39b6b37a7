with

source as (

    select * from {{ source('raw', 'sheet_totals') }}

),

final as (

    select
        file as source_file,
        content_hash,
        sheet as source_sheet,
        row as source_row,
        table_kind,
        label,
        region,
        region_code,
        period_start,
        period_end,
        values_json

    from source

)

select * from final
