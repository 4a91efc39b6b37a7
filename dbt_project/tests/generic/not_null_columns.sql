{#- The not_null test of several columns of a model in one test: fails with a row for each column
    that holds nulls, and how many. One scan and one dbt node instead of one per column: every
    test is a node dbt compiles, runs and reports, about 60 ms of one core each even on a tiny
    query, and a night runs them all. -#}
{% test not_null_columns(model, columns) %}

with null_counts as materialized (

    select
        {%- for column in columns %}
        count(*) filter (where {{ column }} is null) as {{ column }}{{ ',' if not loop.last }}
        {%- endfor %}

    from {{ model }}

)

{% for column in columns -%}
select
    '{{ column }}' as column_name,
    {{ column }} as null_rows
from null_counts
where {{ column }} > 0
{% if not loop.last %}union all
{% endif -%}
{%- endfor %}

{% endtest %}
