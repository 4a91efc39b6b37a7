-- Aggregate facts from report texts and statistics tables in one shape, with provenance.
-- Single-project figures (project set) never feed the fact tables (FACTS.md). A view of the
-- raw facts of the files as they are read now (each row with its file's read_at): the models
-- built from it take what is new since their last run, and it is not stored a second time.
{{ config(materialized='view') }}

with

reads as (

    select
        path,
        read_at
    from {{ ref('stg_raw__file_reads') }}

),

report_facts as (

    select
        facts.*,
        reads.read_at
    from {{ ref('stg_raw__report_facts') }} as facts
    inner join reads on facts.doc_id = reads.path

),

sheet_facts as (

    select
        facts.*,
        reads.read_at
    from {{ ref('stg_raw__sheet_facts') }} as facts
    inner join reads on facts.source_file = reads.path

),

from_reports as (

    select
        'report' as source_kind,
        {{ source_id('report', 'doc_id') }} as source_id,
        doc_id as source_file,
        content_hash,
        cast(null as varchar) as source_sheet,
        cast(null as varchar) as source_rows,
        fact_index as source_position,
        region,
        region_code,
        metric,
        value,
        unit,
        period_start,
        period_end,
        yoy_pct,
        yoy_abs,
        approx,
        scope,
        sentence,
        char_start,
        char_end,
        flags,
        read_at

    from report_facts
    where project is null

),

from_statistics_tables as (

    select
        'statistics_table' as source_kind,
        {{ source_id('spreadsheet', 'source_file') }} as source_id,
        source_file,
        content_hash,
        source_sheet,
        cast(source_row as varchar) as source_rows,
        source_row as source_position,
        region,
        region_code,
        metric,
        value,
        unit,
        period_start,
        period_end,
        yoy_pct,
        yoy_abs,
        approx,
        scope,
        sentence,
        char_start,
        char_end,
        flags,
        read_at

    from sheet_facts
    where project is null

),

final as (

    select * from from_reports
    union all
    select * from from_statistics_tables

)

select * from final
