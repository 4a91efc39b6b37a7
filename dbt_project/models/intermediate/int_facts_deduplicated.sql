-- Every fact the warehouse keeps, from all four kinds of source, once per fact_id: the same
-- figure for the same region, metric, period and scope from the same source counts once
-- (FACTS.md: a figure repeated in abstract and body is one fact). Facts that cannot be
-- placed (no region, metric, value, unit or period) go to int_rejects_unioned instead.
-- Incremental: each night adds the facts of the sources read since its last run; which
-- statement of a figure is primary, across sources, is int_figures_primary.
-- depends_on: {{ ref('stg_raw__file_reads') }}
{{ config(**by_source_file()) }}

with

text_and_table_facts as (

    select * from {{ ref('int_facts_unioned') }}
    where {{ read_since_last_run() }}

),

ledger_signings as (

    select * from {{ ref('int_ledger_signings_aggregated') }}
    where {{ read_since_last_run() }}

),

contacts as (

    select * from {{ ref('int_contacts_aggregated') }}
    where {{ read_since_last_run() }}

),

ledger_metrics as (

    -- One ledger group yields up to three facts (long form).
    select
        'projects_signed' as metric,
        cast(projects_signed as double) as value,
        'count' as unit,
        *
    from ledger_signings
    union all
    select
        'amount_signed' as metric,
        amount_signed as value,
        'CNY' as unit,
        *
    from ledger_signings
    where amount_signed is not null
    union all
    select
        'funds_in_place' as metric,
        funds_in_place as value,
        'CNY' as unit,
        *
    from ledger_signings
    where funds_in_place is not null

),

from_ledgers as (

    select
        source_kind,
        source_id,
        source_file,
        content_hash,
        source_sheet,
        source_rows,
        source_position,
        region,
        region_code,
        metric,
        value,
        unit,
        period_start,
        period_end,
        cast(null as double) as yoy_pct,
        cast(null as double) as yoy_abs,
        false as approx,
        '' as scope,
        cast(null as varchar) as sentence,
        cast(null as integer) as char_start,
        cast(null as integer) as char_end,
        cast(null as varchar) as flags,
        read_at

    from ledger_metrics

),

from_contact_logs as (

    select
        source_kind,
        source_id,
        source_file,
        content_hash,
        source_sheet,
        source_rows,
        source_position,
        region,
        region_code,
        'enterprises_contacted' as metric,
        cast(enterprises_contacted as double) as value,
        'count' as unit,
        period_start,
        period_end,
        cast(null as double) as yoy_pct,
        cast(null as double) as yoy_abs,
        false as approx,
        '' as scope,
        cast(null as varchar) as sentence,
        cast(null as integer) as char_start,
        cast(null as integer) as char_end,
        cast(null as varchar) as flags,
        read_at

    from contacts

),

all_facts as (

    select * from text_and_table_facts
    union all
    select * from from_ledgers
    union all
    select * from from_contact_logs

),

placeable as (

    select
        {{ hash_key([
            'coalesce(region_code, region)', 'metric', 'period_start', 'period_end',
            'scope', 'source_id'
        ]) }} as fact_id,
        *

    from all_facts
    where
        region is not null
        and metric is not null
        and value is not null
        and unit is not null
        and period_start is not null
        and period_end is not null

),

ranked as (

    -- Keep the statement a reader learns most from: a figure a table or text states beats
    -- one summed from ledger rows, a stated growth beats none, then the first in reading order.
    select
        *,
        count(*) over (partition by fact_id) as mentions,
        min(value) over (partition by fact_id)
        != max(value) over (partition by fact_id) as values_disagree,
        row_number() over (
            partition by fact_id
            order by
                case when source_kind in ('report', 'statistics_table') then 0 else 1 end,
                case when yoy_pct is null and yoy_abs is null then 1 else 0 end,
                source_position,
                char_start
        ) as mention_rank

    from placeable

),

kept as (

    select * from ranked
    where mention_rank = 1

),

figures as (

    -- The same figure (region, metric, period, scope) stated by several sources is one figure.
    select
        *,
        {{ hash_key([
            region_key(), 'metric', 'period_start', 'period_end', 'scope'
        ]) }} as figure_id

    from kept

),

final as (

    select
        fact_id,
        region,
        region_code,
        metric,
        value,
        unit,
        period_start,
        period_end,
        {{ period_key('period_start', 'period_end') }} as period_key,
        scope,
        yoy_pct,
        yoy_abs,
        approx,
        source_kind,
        source_id,
        sentence,
        char_start,
        char_end,
        source_file,
        source_sheet,
        source_rows,
        flags,
        mentions,
        values_disagree,
        content_hash,
        figure_id,
        read_at

    from figures

)

select * from final
