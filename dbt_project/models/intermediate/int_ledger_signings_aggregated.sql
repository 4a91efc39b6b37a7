-- Project ledgers summed to one row per file x region x signing year. A row counts as a
-- signing unless its status is 在谈 (still negotiating). Rows without a region or a signing
-- date cannot be placed and are listed in int_rejects_unioned instead.
{{ config(**by_source_file()) }}

with

new_reads as (

    {{ reads_since_last_run() }}

),

ledger_rows as (

    select
        rows_read.*,
        new_reads.read_at
    from {{ ref('stg_raw__ledger_rows') }} as rows_read
    inner join new_reads on rows_read.source_file = new_reads.path

),

signed as (

    select
        *,
        extract(year from signed_date) as signed_year

    from ledger_rows
    where
        coalesce(status, '') != '在谈'
        and region is not null
        and signed_date is not null

),

sheets_per_group as (

    select
        source_file,
        region,
        signed_year,
        count(distinct source_sheet) as sheet_count

    from signed
    group by source_file, region, signed_year

),

labelled as (

    -- Name each row by its Excel row number, prefixed with the sheet when a group spans sheets.
    select
        signed.*,
        case
            when sheets_per_group.sheet_count > 1
                then signed.source_sheet || '!' || cast(signed.source_row as varchar)
            else cast(signed.source_row as varchar)
        end as row_label

    from signed
    inner join sheets_per_group
        on
            signed.source_file = sheets_per_group.source_file
            and signed.region = sheets_per_group.region
            and signed.signed_year = sheets_per_group.signed_year

),

aggregated as (

    select
        source_file,
        region,
        signed_year,
        max(region_code) as region_code,
        max(content_hash) as content_hash,
        max(read_at) as read_at,
        count(*) as projects_signed,
        sum(amount_signed) as amount_signed,
        count(amount_signed) as rows_with_amount,
        sum(funds_in_place) as funds_in_place,
        count(funds_in_place) as rows_with_funds,
        max(signed_date) as last_signed_date,
        {{ ordered_string_agg('distinct source_sheet', ', ', 'source_sheet') }} as source_sheet,
        {{ ordered_string_agg('row_label', ',', 'source_sheet, source_row') }} as source_rows,
        min(source_row) as source_position

    from labelled
    group by source_file, region, signed_year

),

final as (

    select
        'ledger' as source_kind,
        {{ source_id('spreadsheet', 'source_file') }} as source_id,
        source_file,
        content_hash,
        source_sheet,
        source_rows,
        source_position,
        region,
        region_code,
        cast(signed_year as integer) as signed_year,
        {{ first_day_of_year('last_signed_date') }} as period_start,
        {{ last_day_of_month('last_signed_date') }} as period_end,
        projects_signed,
        case when rows_with_amount > 0 then amount_signed end as amount_signed,
        case when rows_with_funds > 0 then funds_in_place end as funds_in_place,
        rows_with_amount,
        rows_with_funds,
        read_at

    from aggregated

)

select * from final
