-- A ledger's 合计/总计 row should equal the sum of the project rows of its sheet. A mismatch is
-- a problem in the source (a row left out of the total, a total typed by hand), not in the
-- warehouse, so it warns. 小计 rows close only part of a sheet and are not checked.
{{ config(severity='warn') }}

with

totals as (

    select * from {{ ref('stg_raw__sheet_totals') }}

),

ledger_rows as (

    select * from {{ ref('stg_raw__ledger_rows') }}

),

stated as (

    select
        source_file,
        source_sheet,
        source_row,
        label,
        {{ json_number('values_json', 'amount_signed') }} as amount_signed,
        {{ json_number('values_json', 'funds_in_place') }} as funds_in_place

    from totals
    where
        table_kind = 'ledger'
        and label not like '%小计%'

),

summed as (

    select
        source_file,
        source_sheet,
        sum(amount_signed) as amount_signed,
        sum(funds_in_place) as funds_in_place

    from ledger_rows
    group by source_file, source_sheet

),

final as (

    select
        stated.source_file,
        stated.source_sheet,
        stated.source_row,
        stated.label,
        stated.amount_signed as stated_amount_signed,
        summed.amount_signed as summed_amount_signed,
        stated.funds_in_place as stated_funds_in_place,
        summed.funds_in_place as summed_funds_in_place

    from stated
    left join summed
        on
            stated.source_file = summed.source_file
            and stated.source_sheet = summed.source_sheet
    -- equal within 0.1%, the rounding of a total written in 万元 or 亿元
    where
        abs(coalesce(summed.amount_signed, 0) - stated.amount_signed)
        > 0.001 * abs(stated.amount_signed)
        or abs(coalesce(summed.funds_in_place, 0) - stated.funds_in_place)
        > 0.001 * abs(stated.funds_in_place)

)

select * from final
