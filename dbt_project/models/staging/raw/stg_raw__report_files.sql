with

source as (

    select * from {{ source('raw', 'report_files') }}

),

final as (

    select
        doc_id,
        path,
        content_hash,
        size_bytes,
        encoding,
        published,
        source as publisher,
        subject_region,
        fact_count as facts_extracted,
        loaded_at

    from source

)

select * from final
