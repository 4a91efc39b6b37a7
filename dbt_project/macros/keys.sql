{#- Keys shared by several models, defined once. -#}

{#- The source a row came from: one id per report (doc_id) or spreadsheet (file name), the
    same in every fact table, dim_source and rejects. `source_kind` is 'report' or 'spreadsheet'. -#}
{% macro source_id(source_kind, source_name) -%}
    {{ hash_key(["'" ~ source_kind ~ "'", source_name]) }}
{%- endmacro %}

{#- Readable key of a period: '2024-01-01..2024-10-31'. -#}
{% macro period_key(period_start, period_end) -%}
    (cast({{ period_start }} as varchar) || '..' || cast({{ period_end }} as varchar))
{%- endmacro %}
