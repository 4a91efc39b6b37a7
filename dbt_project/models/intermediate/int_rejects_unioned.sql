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
        source_kind,
        source_file,
        content_hash,
        source_sheet,
        cast(source_rows as integer) as source_row,
        case
            when region is null then '数字已读出，但不知道属于哪个地区，未计入事实表'
            when metric is null or unit is null then '数字已读出，但不知道是哪项指标，未计入事实表'
            when value is null then '指标已读出，但没有数值，未计入事实表'
            else '数字已读出，但无法确定统计时段，未计入事实表'
        end
        || coalesce('（' || sentence || '）', '') as reason

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
        'ledger' as source_kind,
        source_file,
        content_hash,
        source_sheet,
        source_row,
        case
            when region is null then '项目台账行缺少所在县区，未计入签约汇总'
            else '项目台账行缺少签约日期，未计入签约汇总'
        end as reason

    from ledger_rows
    where
        coalesce(status, '') != '在谈'
        and (region is null or signed_date is null)

),

uncountable_contact_rows as (

    select
        'contact_log' as source_kind,
        source_file,
        content_hash,
        source_sheet,
        source_row,
        case
            when region is null then '对接企业台账行缺少地区，未计入对接企业数'
            when contact_date is null then '对接企业台账行缺少对接日期，未计入对接企业数'
            else '对接企业台账行缺少企业名称，未计入对接企业数'
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
