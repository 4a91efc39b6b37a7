-- Everything that did not become a fact, in one list for the clerks: the readers' own
-- rejects, plus what the warehouse could not place. The conditions mirror the filters of
-- int_facts_deduplicated, int_ledger_signings_aggregated and int_contacts_aggregated.
with

reader_rejects as (

    select * from {{ ref('stg_raw__rejects') }}

),

facts as (

    select * from {{ ref('int_facts_unioned') }}

),

ledger_rows as (

    select * from {{ ref('stg_raw__ledger_rows') }}

),

contact_rows as (

    select * from {{ ref('stg_raw__contact_rows') }}

),

from_readers as (

    select
        source_kind,
        source_file,
        content_hash,
        source_sheet,
        source_row,
        reason

    from reader_rejects

),

unplaceable_facts as (

    select
        case when source_kind = 'report' then 'report' else 'spreadsheet' end as source_kind,
        source_file,
        content_hash,
        source_sheet,
        cast(source_rows as integer) as source_row,
        case
            when region is null then 'figure read but its region is unknown; not counted'
            when metric is null or unit is null
                then 'figure read but its metric is unknown; not counted'
            when value is null then 'metric read but it has no value; not counted'
            else 'figure read but its period (year or months) is unknown; not counted'
        end
        || coalesce(': ' || sentence, '') as reason

    from facts
    where
        region is null
        or metric is null
        or value is null
        or unit is null
        or period_start is null
        or period_end is null

),

unplaceable_ledger_rows as (

    select
        'spreadsheet' as source_kind,
        source_file,
        content_hash,
        source_sheet,
        source_row,
        case
            when region is null
                then 'project ledger row has no county or district; not counted in signings'
            else 'project ledger row has no signing date; not counted in signings'
        end as reason

    from ledger_rows
    where
        coalesce(status, '') != '在谈'
        and (region is null or signed_date is null)

),

uncountable_contact_rows as (

    select
        'spreadsheet' as source_kind,
        source_file,
        content_hash,
        source_sheet,
        source_row,
        case
            when region is null
                then 'enterprise contact row has no county or district; not counted'
            when contact_date is null then 'enterprise contact row has no date; not counted'
            else 'enterprise contact row has no enterprise name; not counted'
        end as reason

    from contact_rows
    where
        region is null
        or contact_date is null
        or enterprise is null

),

all_rejects as (

    select * from from_readers
    union all
    select * from unplaceable_facts
    union all
    select * from unplaceable_ledger_rows
    union all
    select * from uncountable_contact_rows

),

final as (

    select distinct
        {{ hash_key(['source_kind', 'source_file', 'source_sheet', 'source_row', 'reason']) }}
            as reject_id,
        source_kind,
        case
            when source_kind = 'report' then {{ source_id('report', 'source_file') }}
            else {{ source_id('spreadsheet', 'source_file') }}
        end as source_id,
        source_file,
        content_hash,
        source_sheet,
        source_row,
        reason

    from all_rejects

)

select * from final
