-- Report versus ledger: each headline a report or statistics table states for a whole region
-- (projects signed, amount signed, funds in place; scope '') against the sum of the rows of each
-- project ledger that covers the same region in the same year - the rows of that region or of
-- its counties (gazetteer parent_code) signed within the stated period, 在谈 rows left out. A
-- ledger covers a region when it lists projects of that region, or when all its projects of the
-- year are of that region's counties (a prefecture's ledger does not cover its province).
-- One row per stated figure x ledger file; flagged when they differ by more than 1%.
-- Kept by figure group: a headline's own, and the whole year of the regions of a ledger read or
-- retired tonight and of their parents (its rows count for any period of the year).
{{ config(**by_figure_group(year_reach=['ledger'])) }}

with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}
    where {{ in_recomputed_figure_groups(year_reach=['ledger']) }}

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

counted_rows_of_all_regions as (

    -- a signed row counts for its own region and for the region above it (one row each, so
    -- that the joins below are on equal keys, not on either of two codes)
    select
        source_file,
        source_sheet,
        source_row,
        signed_date,
        amount_signed,
        funds_in_place,
        region_code as counted_code,
        true as own_region
    from signed_rows
    union all
    select
        source_file,
        source_sheet,
        source_row,
        signed_date,
        amount_signed,
        funds_in_place,
        parent_code as counted_code,
        false as own_region
    from signed_rows
    where parent_code is not null

),

counted_rows as (

    select * from counted_rows_of_all_regions
    where
        {{ in_touched_figure_groups(
            reach=['own', 'ledger'], region_expr='counted_code', date_expr='signed_date',
            grain='year'
        ) }}

),

ledger_years as (

    select
        source_file as ledger_file,
        extract(year from signed_date) as signed_year,
        count(*) as ledger_rows

    from signed_rows
    group by source_file, extract(year from signed_date)

),

covered_regions as (

    -- the regions a ledger covers in a year: those it lists projects of, and the one whose
    -- counties all its projects are of
    select
        counted_rows.source_file as ledger_file,
        counted_rows.counted_code,
        extract(year from counted_rows.signed_date) as signed_year

    from counted_rows
    inner join ledger_years
        on
            counted_rows.source_file = ledger_years.ledger_file
            and extract(year from counted_rows.signed_date) = ledger_years.signed_year
    group by
        counted_rows.source_file,
        counted_rows.counted_code,
        extract(year from counted_rows.signed_date),
        ledger_years.ledger_rows
    having bool_or(counted_rows.own_region) or count(*) = ledger_years.ledger_rows

),

daily as (

    select
        source_file as ledger_file,
        counted_code,
        signed_date,
        count(*) as projects_signed,
        sum(amount_signed) as amount_signed,
        count(amount_signed) as rows_with_amount,
        sum(funds_in_place) as funds_in_place,
        count(funds_in_place) as rows_with_funds

    from counted_rows
    group by source_file, counted_code, signed_date

),

running as (

    -- totals of each ledger and region up to and including each signing day: the sum over a
    -- period is the total at its end less the total before its start (two lookups per
    -- headline, however many rows a prefecture's ledger has)
    select
        ledger_file,
        counted_code,
        signed_date,
        extract(year from signed_date) as signed_year,
        sum(projects_signed) over days as projects_signed,
        sum(amount_signed) over days as amount_signed,
        sum(rows_with_amount) over days as rows_with_amount,
        sum(funds_in_place) over days as funds_in_place,
        sum(rows_with_funds) over days as rows_with_funds

    from daily
    window days as (
        partition by ledger_file, counted_code
        order by signed_date
        rows between unbounded preceding and current row
    )

),

covering_ledgers as (

    -- a ledger covers a headline when it has signed rows of the region in the headline's year
    select distinct
        headlines.fact_id,
        headlines.region_code,
        headlines.period_start,
        headlines.period_end,
        covered_regions.ledger_file

    from headlines
    inner join covered_regions
        on
            headlines.region_code = covered_regions.counted_code
            and extract(year from headlines.period_end) = covered_regions.signed_year

),

summed as (

    select
        covering_ledgers.fact_id,
        covering_ledgers.ledger_file,
        coalesce(at_end.projects_signed, 0) - coalesce(before_start.projects_signed, 0)
            as projects_signed,
        at_end.amount_signed - coalesce(before_start.amount_signed, 0) as amount_signed,
        coalesce(at_end.rows_with_amount, 0) - coalesce(before_start.rows_with_amount, 0)
            as rows_with_amount,
        at_end.funds_in_place - coalesce(before_start.funds_in_place, 0) as funds_in_place,
        coalesce(at_end.rows_with_funds, 0) - coalesce(before_start.rows_with_funds, 0)
            as rows_with_funds

    from covering_ledgers
    asof left join running as at_end
        on
            covering_ledgers.ledger_file = at_end.ledger_file
            and covering_ledgers.region_code = at_end.counted_code
            and covering_ledgers.period_end >= at_end.signed_date
    asof left join running as before_start
        on
            covering_ledgers.ledger_file = before_start.ledger_file
            and covering_ledgers.region_code = before_start.counted_code
            and covering_ledgers.period_start > before_start.signed_date

),

listed as (

    -- the sheet and Excel rows counted, for the reconciliations of up to 100 rows (a
    -- prefecture's year of ledger rows is named by its sheet and count)
    select
        summed.fact_id,
        summed.ledger_file,
        {{ ordered_string_agg(
            'distinct counted_rows.source_sheet', ', ', 'counted_rows.source_sheet'
        ) }} as ledger_sheet,
        {{ ordered_string_agg(
            'cast(counted_rows.source_row as varchar)', ',',
            'counted_rows.source_sheet, counted_rows.source_row'
        ) }} as ledger_rows

    from summed
    inner join covering_ledgers
        on
            summed.fact_id = covering_ledgers.fact_id
            and summed.ledger_file = covering_ledgers.ledger_file
    inner join counted_rows
        on
            summed.ledger_file = counted_rows.source_file
            and covering_ledgers.region_code = counted_rows.counted_code
            and counted_rows.signed_date
            between covering_ledgers.period_start and covering_ledgers.period_end
    where summed.projects_signed between 1 and 100
    group by summed.fact_id, summed.ledger_file

),

compared as (

    select
        headlines.*,
        summed.ledger_file,
        listed.ledger_sheet,
        listed.ledger_rows,
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
    left join listed
        on
            summed.fact_id = listed.fact_id
            and summed.ledger_file = listed.ledger_file

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
