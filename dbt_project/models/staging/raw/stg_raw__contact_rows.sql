with

source as (

    select * from {{ source('raw', 'contact_rows') }}

),

final as (

    select
        file as source_file,
        content_hash,
        sheet as source_sheet,
        row as source_row,
        contact_date,
        enterprise,
        enterprise_origin,
        region,
        region_code,
        industry,
        mode as contact_mode,
        lead as contact_lead,
        outcome

    from source

)

select * from final
