{#- A stable surrogate key: md5 over the given columns, cast to text, nulls as '' and joined
    with '|' (the same idea as dbt_utils.generate_surrogate_key, which we cannot install). -#}
{% macro hash_key(columns) -%}
    {{ return(adapter.dispatch('hash_key', 'zhaoshang')(columns)) }}
{%- endmacro %}

{% macro default__hash_key(columns) -%}
    md5(
        {%- for column in columns %}
        coalesce(cast({{ column }} as varchar), '')
        {%- if not loop.last %} || '|' ||{% endif %}
        {%- endfor %}
    )
{%- endmacro %}
