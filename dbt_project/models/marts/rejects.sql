-- Everything that did not become a fact and why, for the clerks who fix the inputs.
with

rejects as (

    select * from {{ ref('int_rejects_unioned') }}

),

final as (

    select
        reject_id,
        source_kind,
        source_id,
        source_file as file,
        source_sheet as sheet,
        source_row as row,
        reason,
        content_hash

    from rejects

)

select * from final
