-- Report versus ledger, for every region and period covered by both: the stated headline, the
-- sum of the ledger's rows, the difference and its percentage; flagged beyond 1%. A view of
-- int_reports_reconciled_with_ledgers, which is kept by figure group.
{{ config(materialized='view') }}

with

reconciled as (

    select * from {{ ref('int_reports_reconciled_with_ledgers') }}

),

final as (

    select * from reconciled

)

select * from final
