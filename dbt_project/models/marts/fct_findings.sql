-- The figures that do not add up: one row per failed figure of every consistency check
-- (models/intermediate/findings/int_findings__<check>.sql; the checks are listed in seed
-- finding_checks), with the figures involved, what was stated and what was expected, and where
-- to find the statement (sentence, or file, sheet and row). A view: the findings are kept by
-- the check models, and a night need not copy all of them into a table of their union.
{{ config(materialized='view') }}

with

checks as (

    select * from {{ ref('finding_checks') }}

),

findings as (

    select * from {{ ref('int_findings__growth_arithmetic') }}
    union all
    select * from {{ ref('int_findings__growth_history') }}
    union all
    select * from {{ ref('int_findings__stated_rate') }}
    union all
    select * from {{ ref('int_findings__parts_sum_to_total') }}
    union all
    select * from {{ ref('int_findings__sub_scope_within_whole') }}
    union all
    select * from {{ ref('int_findings__sub_regions_within_parent') }}
    union all
    select * from {{ ref('int_findings__table_rows_sum_to_total') }}
    union all
    select * from {{ ref('int_findings__report_vs_ledger') }}
    union all
    select * from {{ ref('int_findings__conflicting_sources') }}
    union all
    select * from {{ ref('int_findings__amount_out_of_range') }}
    union all
    select * from {{ ref('int_findings__count_not_whole') }}
    union all
    select * from {{ ref('int_findings__period_after_publication') }}

),

final as (

    select
        {{ hash_key(['findings.check_name', 'findings.subject_key']) }} as finding_id,
        findings.check_name,
        checks.severity,
        checks.description as check_description,
        findings.region,
        findings.region_code,
        findings.metric,
        findings.scope,
        findings.period_start,
        findings.period_end,
        {{ period_key('findings.period_start', 'findings.period_end') }} as period_key,
        findings.value_unit,
        findings.stated_value,
        findings.expected_value,
        findings.stated_value - findings.expected_value as difference,
        findings.figures,
        findings.message,
        coalesce(findings.region, '?') || ' ' || coalesce(findings.metric, '?')
        || case when findings.scope != '' then ' (' || findings.scope || ')' else '' end
        || ' ' || coalesce(
            {{ period_key('findings.period_start', 'findings.period_end') }}, '?'
        )
        || ': ' || findings.message || ' [' || findings.source_file
        || coalesce(' ' || findings.source_sheet, '')
        || coalesce(' row ' || findings.source_rows, '') || ']' as finding_summary,
        findings.fact_id,
        findings.source_kind,
        findings.source_file,
        findings.source_sheet,
        findings.source_rows,
        findings.sentence,
        findings.related_sources

    from findings
    inner join checks
        on findings.check_name = checks.check_name

)

select * from final
