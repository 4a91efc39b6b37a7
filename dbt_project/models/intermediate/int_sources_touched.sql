-- The sources whose facts tonight's reads change, with the figure groups (a region's figures of
-- one period) each states figures in: the sources read since last night (new, changed, or read
-- again by a new reader), with the groups of their facts now, and the sources gone or changed
-- since, with the groups int_source_figure_groups kept for them last night (their facts have
-- left int_facts_deduplicated). The checks of one source at a time recompute the findings of
-- these sources (macros/incremental.sql, by_source_touched); int_figure_groups_touched the
-- groups they touch.
{%- set last_night = adapter.get_relation(
    database=this.database, schema=this.schema, identifier='int_source_figure_groups'
) %}

with

gazetteer as (

    select
        region_code,
        nullif(parent_code, '') as parent_code

    from {{ ref('gazetteer_regions') }}

),

last_night as (

    {% if last_night is not none and not flags.FULL_REFRESH -%}
        select
            source_file,
            read_at,
            source_kind,
            region_key,
            parent_code,
            period_start,
            period_end
        from {{ last_night }}
    {%- else -%}
        select
            cast(null as varchar) as source_file,
            cast(null as timestamp) as read_at,
            cast(null as varchar) as source_kind,
            cast(null as varchar) as region_key,
            cast(null as varchar) as parent_code,
            cast(null as date) as period_start,
            cast(null as date) as period_end
        where false
    {%- endif %}

),

read_tonight as (

    select distinct
        facts.source_file,
        facts.read_at,
        facts.source_kind,
        {{ region_key('facts') }} as region_key,
        gazetteer.parent_code,
        facts.period_start,
        facts.period_end

    from {{ ref('int_facts_deduplicated') }} as facts
    left join gazetteer
        on facts.region_code = gazetteer.region_code
    where
        facts.read_at > (
            select coalesce(max(last_night.read_at), timestamp '1900-01-01') from last_night
        )

),

gone as (

    select
        source_file,
        cast(null as timestamp) as read_at,
        source_kind,
        region_key,
        parent_code,
        period_start,
        period_end

    from last_night
    where not exists (
        select 1
        from {{ ref('stg_raw__file_reads') }} as reads
        where reads.path = last_night.source_file and reads.read_at = last_night.read_at
    )

),

final as (

    select * from read_tonight
    union
    select * from gone

)

select * from final
