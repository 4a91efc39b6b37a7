-- Report versus ledger: each headline a report or statistics table states for a whole region
-- (projects signed, amount signed, funds in place; scope '') against the sum of the rows of each
-- project ledger that covers the same region in the same year - the rows of that region or of
-- its counties (gazetteer parent_code) signed within the stated period, 在谈 rows left out.
-- One row per stated figure x ledger file; flagged when they differ by more than 1%.
with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}

),

ledger_rows as (

    select * from {{ ref('stg_raw__ledger_rows') }}

),

gazetteer as (

    select
        region_code,
        nullif(parent_code, '') as parent_code

    from {{ ref('gazetteer_regions') }}

),

headlines as (

    select * from facts
    where
        source_kind in ('report', 'statistics_table')
        and scope = ''
        and region_code is not null
        and metric in ('projects_signed', 'amount_signed', 'funds_in_place')

),

signed_rows as (

    select
        ledger_rows.*,
        gazetteer.parent_code

    from ledger_rows
    left join gazetteer
        on ledger_rows.region_code = gazetteer.region_code
    where
        coalesce(ledger_rows.status, '') != '在谈'
        and ledger_rows.region_code is not null
        and ledger_rows.signed_date is not null

),

covering_ledgers as (

    -- a ledger covers a headline when it has signed rows of the region in the headline's year
    select distinct
        headlines.fact_id,
        signed_rows.source_file as ledger_file

    from headlines
    inner join signed_rows
        on
            headlines.region_code in (signed_rows.region_code, signed_rows.parent_code)
            and extract(year from signed_rows.signed_date) = extract(year from headlines.period_end)

),

summed as (

    select
        covering_ledgers.fact_id,
        covering_ledgers.ledger_file,
        count(signed_rows.source_row) as projects_signed,
        sum(signed_rows.amount_signed) as amount_signed,
        count(signed_rows.amount_signed) as rows_with_amount,
        sum(signed_rows.funds_in_place) as funds_in_place,
        count(signed_rows.funds_in_place) as rows_with_funds,
        {{ ordered_string_agg(
            'distinct signed_rows.source_sheet', ', ', 'signed_rows.source_sheet'
        ) }} as ledger_sheet,
        {{ ordered_string_agg(
            'cast(signed_rows.source_row as varchar)', ',',
            'signed_rows.source_sheet, signed_rows.source_row'
        ) }} as ledger_rows

    from covering_ledgers
    inner join headlines
        on covering_ledgers.fact_id = headlines.fact_id
    left join signed_rows
        on
            covering_ledgers.ledger_file = signed_rows.source_file
            and headlines.region_code in (signed_rows.region_code, signed_rows.parent_code)
            and signed_rows.signed_date between headlines.period_start and headlines.period_end
    group by covering_ledgers.fact_id, covering_ledgers.ledger_file

),

compared as (

    select
        headlines.*,
        summed.ledger_file,
        summed.ledger_sheet,
        summed.ledger_rows,
        summed.projects_signed as ledger_rows_counted,
        case headlines.metric
            when 'projects_signed' then cast(summed.projects_signed as double)
            when 'amount_signed'
                then case when summed.rows_with_amount > 0 then summed.amount_signed end
            when 'funds_in_place'
                then case when summed.rows_with_funds > 0 then summed.funds_in_place end
        end as ledger_value

    from headlines
    inner join summed
        on headlines.fact_id = summed.fact_id

),

final as (

    select
        {{ hash_key(['fact_id', 'ledger_file']) }} as reconciliation_id,
        region,
        region_code,
        metric,
        unit,
        period_start,
        period_end,
        period_key,
        cast(extract(year from period_end) as integer) as year,
        value as stated_value,
        ledger_value,
        value - ledger_value as difference,
        (value - ledger_value) / nullif(ledger_value, 0) * 100 as difference_pct,
        coalesce(
            abs(value - ledger_value) > 0.01 * abs(ledger_value),
            false
        ) as flagged,
        ledger_rows_counted,
        fact_id as stated_fact_id,
        source_kind as stated_source_kind,
        source_file as stated_source_file,
        source_sheet as stated_source_sheet,
        source_rows as stated_source_rows,
        sentence as stated_sentence,
        ledger_file,
        ledger_sheet,
        ledger_rows

    from compared
    where ledger_value is not null

)

select * from final
