with

source as (

    select * from {{ source('raw', 'spreadsheet_files') }}

),

final as (

    select
        file as source_file,
        path,
        content_hash,
        size_bytes,
        format as file_format,
        row_count as rows_read,
        loaded_at

    from source

)

select * from final
