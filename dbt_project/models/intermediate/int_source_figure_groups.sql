-- The figure groups (a region's figures of one period) each source read states figures in, with
-- the region's parent and the kind of source: what int_figure_groups_touched needs to know, on a
-- later night, of a source that is gone or changed (its facts have left int_facts_deduplicated
-- by then).
-- Incremental by source file; built after int_sources_touched has read last night's rows.
-- depends_on: {{ ref('int_sources_touched') }}
-- depends_on: {{ ref('stg_raw__file_reads') }}
{{ config(**by_source_file()) }}

with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}
    where {{ read_since_last_run() }}

),

gazetteer as (

    select
        region_code,
        nullif(parent_code, '') as parent_code

    from {{ ref('gazetteer_regions') }}

),

final as (

    select distinct
        facts.source_file,
        facts.read_at,
        facts.source_kind,
        {{ region_key('facts') }} as region_key,
        gazetteer.parent_code,
        facts.period_start,
        facts.period_end

    from facts
    left join gazetteer
        on facts.region_code = gazetteer.region_code

)

select * from final
