-- Every source file the readers saw: reports and spreadsheets, one row per source_id.
with

report_files as (

    select * from {{ ref('stg_raw__report_files') }}

),

spreadsheet_files as (

    select * from {{ ref('stg_raw__spreadsheet_files') }}

),

facts as (

    select * from {{ ref('int_facts_deduplicated') }}

),

rejects as (

    select * from {{ ref('int_rejects_unioned') }}

),

facts_per_source as (

    select
        source_id,
        count(*) as fact_count

    from facts
    group by source_id

),

rejects_per_source as (

    select
        source_id,
        count(*) as reject_count

    from rejects
    group by source_id

),

sources as (

    select
        {{ source_id('report', 'doc_id') }} as source_id,
        'report' as source_kind,
        doc_id as source_name,
        path,
        content_hash,
        size_bytes,
        published,
        publisher,
        subject_region,
        encoding,
        cast(null as varchar) as file_format,
        read_error,
        scanned_at

    from report_files

    union all

    select
        {{ source_id('spreadsheet', 'source_file') }} as source_id,
        'spreadsheet' as source_kind,
        source_file as source_name,
        path,
        content_hash,
        size_bytes,
        cast(null as date) as published,
        cast(null as varchar) as publisher,
        cast(null as varchar) as subject_region,
        cast(null as varchar) as encoding,
        file_format,
        read_error,
        scanned_at

    from spreadsheet_files

),

final as (

    select
        sources.*,
        coalesce(facts_per_source.fact_count, 0) as fact_count,
        coalesce(rejects_per_source.reject_count, 0) as reject_count

    from sources
    left join facts_per_source
        on sources.source_id = facts_per_source.source_id
    left join rejects_per_source
        on sources.source_id = rejects_per_source.source_id

)

select * from final
