{#- Text matching, spelled differently across engines. -#}
{#- Whether the whole of `expr` matches the regular expression `pattern` (a SQL string literal). -#}
{% macro regexp_full_match(expr, pattern) -%}
    {{ return(adapter.dispatch('regexp_full_match', 'zhaoshang')(expr, pattern)) }}
{%- endmacro %}

{% macro default__regexp_full_match(expr, pattern) -%}
    regexp_full_match({{ expr }}, {{ pattern }})
{%- endmacro %}

{#- The number stored under `key` of the JSON object in `json_expr` (null when absent). -#}
{% macro json_number(json_expr, key) -%}
    {{ return(adapter.dispatch('json_number', 'zhaoshang')(json_expr, key)) }}
{%- endmacro %}

{% macro default__json_number(json_expr, key) -%}
    try_cast(json_extract_string({{ json_expr }}, '$.{{ key }}') as double)
{%- endmacro %}

{#- The number stored under the key computed by `key_expr` (a SQL text expression) of the JSON
    object in `json_expr`; keys may hold any character (funds_in_place:省外). -#}
{% macro json_number_at(json_expr, key_expr) -%}
    {{ return(adapter.dispatch('json_number_at', 'zhaoshang')(json_expr, key_expr)) }}
{%- endmacro %}

{% macro default__json_number_at(json_expr, key_expr) -%}
    try_cast(json_extract_string({{ json_expr }}, '$."' || {{ key_expr }} || '"') as double)
{%- endmacro %}
