with

source as (

    select * from {{ source('raw', 'report_files') }}

),

final as (

    select
        doc_id,
        path,
        nullif(content_hash, '') as content_hash,
        size_bytes,
        encoding,
        published,
        source as publisher,
        subject_region,
        error as read_error,
        scanned_at

    from source

)

select * from final
