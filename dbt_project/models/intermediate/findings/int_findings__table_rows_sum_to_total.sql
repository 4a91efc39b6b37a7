-- Check 4d, a table's rows and its 合计 row: every figure of a statistics table's 合计/总计 row
-- (raw.sheet_totals.values_json: metric[:scope][:prior_year] -> value) equals the sum of the
-- same column over the rows between the previous total row of the sheet and this one; a
-- project ledger's total likewise for amount_signed and funds_in_place. Counts must match
-- exactly; amounts within the total's rounding or 0.1%, whichever is larger (a total written in
-- 亿元 over rows in 万元). 小计 rows close only part of a sheet and are not checked.
with

totals as (

    select * from {{ ref('stg_raw__sheet_totals') }}

),

facts as (

    select * from {{ ref('int_facts_unioned') }}

),

ledger_rows as (

    select * from {{ ref('stg_raw__ledger_rows') }}

),

blocks as (

    select
        *,
        coalesce(
            lag(source_row) over (
                partition by source_file, source_sheet order by source_row
            ),
            0
        ) as block_start_row

    from totals

),

closing_totals as (

    select * from blocks
    where label not like '%小计%'

),

statistics_rows as (

    select
        closing_totals.source_file,
        closing_totals.source_sheet,
        closing_totals.source_row as total_row,
        closing_totals.period_start as total_period_start,
        closing_totals.period_end as total_period_end,
        facts.metric,
        facts.scope,
        facts.unit,
        facts.value,
        facts.source_position,
        facts.period_start,
        facts.period_end,
        max(facts.period_end) over (
            partition by
                closing_totals.source_file,
                closing_totals.source_sheet,
                closing_totals.source_row
        ) as latest_period_end

    from closing_totals
    inner join facts
        on
            closing_totals.source_file = facts.source_file
            and closing_totals.source_sheet = facts.source_sheet
            and closing_totals.block_start_row < facts.source_position
            and closing_totals.source_row > facts.source_position
    where
        closing_totals.table_kind = 'statistics'
        and facts.source_kind = 'statistics_table'
        and facts.value is not null

),

statistics_keyed as (

    -- the key of the figure in values_json: metric, then :scope, then :prior_year for the
    -- year-earlier column of the same table
    select
        *,
        metric
        || case when scope != '' then ':' || scope else '' end
        || case
            when
                coalesce(period_end = total_period_end, period_end = latest_period_end)
                and coalesce(period_start = total_period_start, true)
                then ''
            when
                coalesce(
                    period_end = {{ years_before('total_period_end') }},
                    period_end = {{ years_before('latest_period_end') }}
                )
                and coalesce(period_start = {{ years_before('total_period_start') }}, true)
                then ':prior_year'
        end as total_key

    from statistics_rows

),

ledger_fields as (

    select 'amount_signed' as total_key
    union all
    select 'funds_in_place' as total_key

),

ledger_keyed as (

    select
        closing_totals.source_file,
        closing_totals.source_sheet,
        closing_totals.source_row as total_row,
        ledger_fields.total_key,
        'CNY' as unit,
        case
            when ledger_fields.total_key = 'amount_signed' then ledger_rows.amount_signed
            else ledger_rows.funds_in_place
        end as value,
        ledger_rows.source_row as source_position

    from closing_totals
    inner join ledger_rows
        on
            closing_totals.source_file = ledger_rows.source_file
            and closing_totals.source_sheet = ledger_rows.source_sheet
            and closing_totals.block_start_row < ledger_rows.source_row
            and closing_totals.source_row > ledger_rows.source_row
    cross join ledger_fields
    where closing_totals.table_kind = 'ledger'

),

table_rows as (

    select
        source_file,
        source_sheet,
        total_row,
        total_key,
        unit,
        value,
        source_position
    from statistics_keyed
    where total_key is not null
    union all
    select
        source_file,
        source_sheet,
        total_row,
        total_key,
        unit,
        value,
        source_position
    from ledger_keyed
    where value is not null

),

summed as (

    select
        source_file,
        source_sheet,
        total_row,
        total_key,
        max(unit) as unit,
        count(*) as row_count,
        sum(value) as rows_sum,
        {{ ordered_string_agg(
            "cast(source_position as varchar)", ',', 'source_position'
        ) }} as rows_listed

    from table_rows
    group by source_file, source_sheet, total_row, total_key

),

compared as (

    select
        closing_totals.*,
        summed.total_key,
        summed.unit,
        summed.row_count,
        summed.rows_sum,
        summed.rows_listed,
        {{ json_number_at('closing_totals.values_json', 'summed.total_key') }} as stated_total

    from closing_totals
    inner join summed
        on
            closing_totals.source_file = summed.source_file
            and closing_totals.source_sheet = summed.source_sheet
            and closing_totals.source_row = summed.total_row

),

final as (

    select
        'table_rows_sum_to_total' as check_name,
        source_file || '|' || source_sheet || '|' || cast(source_row as varchar) || '|'
        || total_key as subject_key,
        region,
        region_code,
        split_part(total_key, ':', 1) as metric,
        coalesce(nullif(split_part(total_key, ':', 2), 'prior_year'), '') as scope,
        case
            when total_key like '%:prior_year' then {{ years_before('period_start') }}
            else period_start
        end as period_start,
        case
            when total_key like '%:prior_year' then {{ years_before('period_end') }}
            else period_end
        end as period_end,
        unit as value_unit,
        stated_total as stated_value,
        rows_sum as expected_value,
        label || ' ' || total_key || ' ' || cast(stated_total as varchar) || '; rows '
        || rows_listed || ' sum to ' || cast(rows_sum as varchar) as figures,
        'the ' || label || ' row states ' || total_key || ' ' || cast(stated_total as varchar)
        || ' but its ' || cast(row_count as varchar) || ' rows sum to '
        || cast(rows_sum as varchar) as message,
        cast(null as varchar) as fact_id,
        case
            when table_kind = 'ledger' then 'ledger' else 'statistics_table'
        end as source_kind,
        source_file,
        source_sheet,
        cast(source_row as varchar) as source_rows,
        cast(null as varchar) as sentence,
        'rows ' || rows_listed as related_sources

    from compared
    where
        stated_total is not null
        and abs(rows_sum - stated_total) > greatest(
            {{ figure_slack('stated_total', 'unit') }},
            case when unit = 'count' then 0 else 0.001 * abs(stated_total) end
        )

)

select * from final
