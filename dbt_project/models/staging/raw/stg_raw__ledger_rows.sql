with

source as (

    select * from {{ source('raw', 'ledger_rows') }}

),

final as (

    select
        file as source_file,
        content_hash,
        sheet as source_sheet,
        row as source_row,
        project_name,
        investor,
        investor_origin,
        region,
        region_code,
        industry,
        signed_date,
        cast(amount_signed as double) as amount_signed,
        cast(funds_in_place as double) as funds_in_place,
        status,
        event

    from source

)

select * from final
