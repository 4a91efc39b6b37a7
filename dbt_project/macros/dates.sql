{#- Date arithmetic whose spelling differs between engines; the DuckDB forms live here. -#}

{#- The last day of the month that `date_expr` falls in. -#}
{% macro last_day_of_month(date_expr) -%}
    {{ return(adapter.dispatch('last_day_of_month', 'zhaoshang')(date_expr)) }}
{%- endmacro %}

{% macro default__last_day_of_month(date_expr) -%}
    last_day({{ date_expr }})
{%- endmacro %}

{#- 1 January of the year that `date_expr` falls in. -#}
{% macro first_day_of_year(date_expr) -%}
    {{ return(adapter.dispatch('first_day_of_year', 'zhaoshang')(date_expr)) }}
{%- endmacro %}

{% macro default__first_day_of_year(date_expr) -%}
    make_date(year({{ date_expr }}), 1, 1)
{%- endmacro %}

{# 31 December of the year of a date. #}
{% macro last_day_of_year(date_expr) -%}
    {{ return(adapter.dispatch('last_day_of_year', 'zhaoshang')(date_expr)) }}
{%- endmacro %}

{% macro default__last_day_of_year(date_expr) -%}
    make_date(year({{ date_expr }}), 12, 31)
{%- endmacro %}

{#- Whether `date_expr` is the last day of its month. -#}
{% macro is_month_end(date_expr) -%}
    ({{ date_expr }} = {{ last_day_of_month(date_expr) }})
{%- endmacro %}

{#- The same calendar day `years` years earlier (29 February -> 28 February). -#}
{% macro years_before(date_expr, years=1) -%}
    {{ return(adapter.dispatch('years_before', 'zhaoshang')(date_expr, years)) }}
{%- endmacro %}

{% macro default__years_before(date_expr, years) -%}
    {#- a month's last day stays its month's last day: 2021-02-28 -> 2020-02-29 -#}
    case
        when {{ is_month_end(date_expr) }}
            then {{ last_day_of_month("cast(" ~ date_expr ~ " - interval '" ~ years ~ " year' as date)") }}
        else cast({{ date_expr }} - interval '{{ years }} year' as date)
    end
{%- endmacro %}
