-- Report versus ledger, for every region and period covered by both: the stated headline, the
-- sum of the ledger's rows, the difference and its percentage; flagged beyond 1%.
{{ config(**by_figure_group(reach=['own', 'parent'])) }}

with

reconciled as (

    select * from {{ ref('int_reports_reconciled_with_ledgers') }}
    where {{ in_touched_figure_groups(reach=['own', 'parent']) }}

),

final as (

    select * from reconciled

)

select * from final
