{#- Ordered string aggregation, spelled differently across engines. -#}
{% macro ordered_string_agg(expr, delimiter, order_by) -%}
    {{ return(adapter.dispatch('ordered_string_agg', 'zhaoshang')(expr, delimiter, order_by)) }}
{%- endmacro %}

{% macro default__ordered_string_agg(expr, delimiter, order_by) -%}
    string_agg({{ expr }}, '{{ delimiter }}' order by {{ order_by }})
{%- endmacro %}
