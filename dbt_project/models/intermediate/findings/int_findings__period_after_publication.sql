-- Check 7c, periods not in the future: a report cannot state a figure for a period that starts
-- after it was published, or for a later year than its publication. (A period that runs to the
-- end of the publication year is normal: 2024年 in a report of 16 December 2024.)
{{ config(**by_source_touched()) }}

with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}
    where {{ in_touched_sources(read_at_column='read_at') }}

),

report_files as (

    select * from {{ ref('stg_raw__report_files') }}

),

final as (

    select
        'period_after_publication' as check_name,
        facts.fact_id as subject_key,
        facts.region,
        facts.region_code,
        facts.metric,
        facts.scope,
        facts.period_start,
        facts.period_end,
        facts.unit as value_unit,
        facts.value as stated_value,
        cast(null as double) as expected_value,
        'period ' || facts.period_key || ', published '
        || cast(report_files.published as varchar) as figures,
        'the figure is for a period after the report''s publication date '
        || cast(report_files.published as varchar) as message,
        facts.fact_id,
        facts.source_kind,
        facts.source_file,
        facts.source_sheet,
        facts.source_rows,
        facts.sentence,
        cast(null as varchar) as related_sources

    from facts
    inner join report_files
        on facts.source_file = report_files.doc_id
    where
        facts.source_kind = 'report'
        and report_files.published is not null
        and (
            facts.period_start > report_files.published
            or extract(year from facts.period_end) > extract(year from report_files.published)
        )

)

select * from final
