{#- Where each node lands: staging views in `staging`, intermediate tables in `intermediate`,
    seeds in `seeds`, marts in the target schema `main` (so analysts see only the marts there).
    Chosen here by folder rather than by +schema config, because dagster-dbt prefixes the asset
    key of a node with a configured schema and the orchestration expects one-part keys
    (["fct_signings"], ["stg_raw__report_facts"]). An explicit +schema still wins, as named. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is not none -%}
        {{ custom_schema_name | trim }}
    {%- elif node.resource_type == 'seed' -%}
        seeds
    {%- elif node.resource_type == 'model' and node.fqn[1] in ['staging', 'intermediate'] -%}
        {{ node.fqn[1] }}
    {%- else -%}
        {{ target.schema }}
    {%- endif -%}
{%- endmacro %}
