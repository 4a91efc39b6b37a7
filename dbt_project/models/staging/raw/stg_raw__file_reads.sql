with

source as (

    select * from {{ source('raw', 'file_reads') }}

),

final as (

    select
        path,
        source_kind,
        content_hash,
        reader_version,
        row_count,
        read_at

    from source

)

select * from final
