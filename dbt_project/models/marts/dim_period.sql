-- The periods facts cover, one row per (period_start, period_end), with a Chinese label.
with

facts as (

    select * from {{ ref('int_facts_deduplicated') }}

),

periods as (

    select distinct
        period_key,
        period_start,
        period_end

    from facts

),

parts as (

    select
        *,
        extract(year from period_start) as start_year,
        extract(month from period_start) as start_month,
        extract(day from period_start) as start_day,
        extract(year from period_end) as end_year,
        extract(month from period_end) as end_month,
        extract(day from period_end) as end_day,
        {{ is_month_end('period_end') }} as ends_on_month_end

    from periods

),

labelled as (

    select
        *,
        (end_year - start_year) * 12 + end_month - start_month + 1 as months_covered,
        case
            -- whole months within one year: 2024年, 2024年3月, 2024年1-10月
            when start_day = 1 and ends_on_month_end and start_year = end_year
                then
                    cast(start_year as varchar) || '年'
                    || case
                        when start_month = 1 and end_month = 12 then ''
                        when start_month = end_month then cast(start_month as varchar) || '月'
                        else
                            cast(start_month as varchar) || '-'
                            || cast(end_month as varchar) || '月'
                    end
            -- whole months across years: 2023年7月-2024年6月
            when start_day = 1 and ends_on_month_end
                then
                    cast(start_year as varchar) || '年' || cast(start_month as varchar) || '月-'
                    || cast(end_year as varchar) || '年' || cast(end_month as varchar) || '月'
            -- one day, an event's: 2024年4月8日
            when period_start = period_end
                then
                    cast(start_year as varchar) || '年' || cast(start_month as varchar) || '月'
                    || cast(start_day as varchar) || '日'
            -- to a day within one year: 2024年1月1日-12月16日
            when start_year = end_year
                then
                    cast(start_year as varchar) || '年'
                    || cast(start_month as varchar) || '月' || cast(start_day as varchar) || '日-'
                    || cast(end_month as varchar) || '月' || cast(end_day as varchar) || '日'
            else
                cast(start_year as varchar) || '年'
                || cast(start_month as varchar) || '月' || cast(start_day as varchar) || '日-'
                || cast(end_year as varchar) || '年'
                || cast(end_month as varchar) || '月' || cast(end_day as varchar) || '日'
        end as label

    from parts

),

final as (

    select
        period_key,
        period_start,
        period_end,
        cast(end_year as integer) as year,
        label,
        cast(months_covered as integer) as months_covered,
        -- a running total from 1 January (1-10月累计), as opposed to a single month or a span
        -- starting later in the year
        (start_month = 1 and start_day = 1 and months_covered > 1) as is_cumulative,
        (
            start_month = 1 and start_day = 1 and end_month = 12 and end_day = 31
            and start_year = end_year
        ) as is_full_year

    from labelled

)

select * from final
