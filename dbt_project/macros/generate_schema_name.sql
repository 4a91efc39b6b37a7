{#- Use a node's custom schema exactly as named (staging, intermediate, main, seeds) instead of
    dbt's default <target_schema>_<custom_schema>, so analysts find the marts in `main`. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
