with

source as (

    select * from {{ source('raw', 'rejects') }}

),

final as (

    select
        source_kind,
        file as source_file,
        content_hash,
        sheet as source_sheet,
        row as source_row,
        reason

    from source

)

select * from final
