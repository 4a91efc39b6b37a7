with

source as (

    select * from {{ source('raw', 'spreadsheet_files') }}

),

final as (

    select
        file as source_file,
        path,
        nullif(content_hash, '') as content_hash,
        size_bytes,
        format as file_format,
        error as read_error,
        scanned_at

    from source

)

select * from final
