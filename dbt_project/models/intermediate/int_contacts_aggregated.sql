-- Enterprise contact logs counted to one row per file x region x contact year: the number of
-- distinct enterprises contacted. Rows without a region, date or enterprise cannot be counted
-- and are listed in int_rejects_unioned instead.
{{ config(**by_source_file()) }}

with

new_reads as (

    {{ reads_since_last_run() }}

),

contact_rows as (

    select
        rows_read.*,
        new_reads.read_at
    from {{ ref('stg_raw__contact_rows') }} as rows_read
    inner join new_reads on rows_read.source_file = new_reads.path

),

countable as (

    select
        *,
        extract(year from contact_date) as contact_year

    from contact_rows
    where
        region is not null
        and contact_date is not null
        and enterprise is not null

),

sheets_per_group as (

    select
        source_file,
        region,
        contact_year,
        count(distinct source_sheet) as sheet_count

    from countable
    group by source_file, region, contact_year

),

labelled as (

    -- Name each row by its Excel row number, prefixed with the sheet when a group spans sheets.
    select
        countable.*,
        case
            when sheets_per_group.sheet_count > 1
                then countable.source_sheet || '!' || cast(countable.source_row as varchar)
            else cast(countable.source_row as varchar)
        end as row_label

    from countable
    inner join sheets_per_group
        on
            countable.source_file = sheets_per_group.source_file
            and countable.region = sheets_per_group.region
            and countable.contact_year = sheets_per_group.contact_year

),

aggregated as (

    select
        source_file,
        region,
        contact_year,
        max(region_code) as region_code,
        max(content_hash) as content_hash,
        max(read_at) as read_at,
        count(distinct enterprise) as enterprises_contacted,
        count(*) as contacts,
        max(contact_date) as last_contact_date,
        {{ ordered_string_agg('distinct source_sheet', ', ', 'source_sheet') }} as source_sheet,
        {{ ordered_string_agg('row_label', ',', 'source_sheet, source_row') }} as source_rows,
        min(source_row) as source_position

    from labelled
    group by source_file, region, contact_year

),

final as (

    select
        'contact_log' as source_kind,
        {{ source_id('spreadsheet', 'source_file') }} as source_id,
        source_file,
        content_hash,
        source_sheet,
        source_rows,
        source_position,
        region,
        region_code,
        cast(contact_year as integer) as contact_year,
        {{ first_day_of_year('last_contact_date') }} as period_start,
        {{ last_day_of_month('last_contact_date') }} as period_end,
        enterprises_contacted,
        contacts,
        read_at

    from aggregated

)

select * from final
