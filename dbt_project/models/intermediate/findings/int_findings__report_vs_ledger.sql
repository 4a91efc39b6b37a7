-- Check 5, report versus ledger: a headline that differs by more than 1% from the sum of the
-- ledger rows for the same region and period (int_reports_reconciled_with_ledgers, published
-- as rpt_reconciliation).
-- Kept by figure group as int_reports_reconciled_with_ledgers is.
{{ config(**by_figure_group(year_reach=['ledger'])) }}

with

reconciled as (

    select * from {{ ref('int_reports_reconciled_with_ledgers') }}
    where {{ in_recomputed_figure_groups(year_reach=['ledger']) }}

),

final as (

    select
        'report_vs_ledger' as check_name,
        reconciliation_id as subject_key,
        region,
        region_code,
        metric,
        '' as scope,
        period_start,
        period_end,
        unit as value_unit,
        stated_value,
        ledger_value as expected_value,
        'stated ' || cast(stated_value as varchar) || ', ledger rows sum to '
        || cast(ledger_value as varchar) || ' (' || cast(ledger_rows_counted as varchar)
        || ' projects signed in the period)' as figures,
        'the stated figure differs from the ledger''s by '
        || coalesce(cast(round(difference_pct, 2) as varchar) || '%', 'all of it') as message,
        stated_fact_id as fact_id,
        stated_source_kind as source_kind,
        stated_source_file as source_file,
        stated_source_sheet as source_sheet,
        stated_source_rows as source_rows,
        stated_sentence as sentence,
        ledger_file || ' ' || coalesce(ledger_sheet, '') || ' rows ' || coalesce(ledger_rows, '')
            as related_sources

    from reconciled
    where flagged

)

select * from final
