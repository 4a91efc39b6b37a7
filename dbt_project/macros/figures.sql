{#- Arithmetic on stated figures, shared by the findings models (models/intermediate/int_findings__*). -#}

{#- The largest power of ten `expr` is a whole multiple of: the precision the figure was written
    with. 5427000000 (54.27亿元) -> 1e6; 573 -> 1; 0.5 -> 0.1. Half of it is the rounding slack
    of the figure. Mirrors rounding_unit in orchestration/lib/expectations_custom.py. -#}
{% macro rounding_unit(expr) -%}
    case
        when {{ expr }} is null then null
        {%- for exponent in range(12, -5, -1) %}
        when
            abs(round({{ expr }} / 1e{{ exponent }})) >= 1
            and abs({{ expr }} / 1e{{ exponent }} - round({{ expr }} / 1e{{ exponent }}))
            <= 1e-9 * abs({{ expr }} / 1e{{ exponent }})
            then 1e{{ exponent }}
        {%- endfor %}
        else 1e-4
    end
{%- endmacro %}

{#- The last decimal place of a stated percentage: 58.59 -> 0.01, 59.5 -> 0.1, 50 -> 1. -#}
{% macro decimal_unit(expr) -%}
    case
        when {{ expr }} is null then null
        {%- for exponent in range(0, -5, -1) %}
        when
            abs({{ expr }} / 1e{{ exponent }} - round({{ expr }} / 1e{{ exponent }})) <= 1e-6
            then 1e{{ exponent }}
        {%- endfor %}
        else 1e-5
    end
{%- endmacro %}

{#- Growth in percent from an increase and the figure it ended at: increase / (value - increase).
    A base at or below zero means unbounded growth, written as 1e18. -#}
{% macro growth_pct(increase, value) -%}
    case
        when ({{ value }}) - ({{ increase }}) > 0
            then ({{ increase }}) / (({{ value }}) - ({{ increase }})) * 100
        else 1e18
    end
{%- endmacro %}

{#- The same region across sources: its code when the gazetteer knows it, else its name. -#}
{% macro region_key(relation_alias=none) -%}
    {%- set prefix = relation_alias ~ '.' if relation_alias else '' -%}
    coalesce({{ prefix }}region_code, {{ prefix }}region)
{%- endmacro %}

{#- How far a stated figure may lie from the truth by rounding alone: nothing for a count (a
    count is exact); for an amount half its last written digit, but at most 0.5% of it - trailing
    zeros (30亿元 = 3000000000) say nothing about precision, and a round figure is more often
    exact than rounded to its first digit. -#}
{% macro figure_slack(value_expr, unit_expr) -%}
    case
        when {{ unit_expr }} = 'count' then 0
        else least({{ rounding_unit(value_expr) }} / 2, 0.005 * abs({{ value_expr }}))
    end
{%- endmacro %}
