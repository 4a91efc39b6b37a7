{#- The consistency checks compare a figure only with figures of its own region and year, of
    the year before (growth against history) and of its sub-regions (sub-regions within their
    parent, report against ledger). So a night recomputes the findings of the figure groups -
    one region's figures of one year - that its reads touch (int_figure_groups_touched), from
    the facts of those groups and their neighbours, and keeps every other group's findings as
    they are. A full build computes them all. Reaches of a group touched by a fact of region r
    in year y: 'own' (r, y), 'next_year' (r, y + 1), 'parent' (r's parent, y); read besides:
    'prior_year' (r, y - 1), 'sub_region' (the sub-regions of r and of its parent in y). -#}

{# The config of a model kept by figure group whose rows a touch of the given reaches changes:
   'own' for a check within a region and year; with 'next_year' for growth against history;
   with 'parent' for checks of a region against its sub-regions. #}
{% macro by_figure_group(reach=['own']) -%}
    {{ return({
        'materialized': 'incremental',
        'incremental_strategy': 'append',
        'on_schema_change': 'sync_all_columns',
        'pre_hook': ['{{ retire_touched_figure_groups(this, ' ~ reach ~ ') }}'],
    }) }}
{%- endmacro %}

{# A figure's group: its region (code, else name) and the year its period ends in; or the
   group of another region and date (a ledger row counted for a region, signed on a day). #}
{% macro figure_group_key(relation_alias=none, region_expr=none, date_expr=none) -%}
    {%- set prefix = relation_alias ~ '.' if relation_alias else '' -%}
    {%- set region = region_expr or region_key(relation_alias) -%}
    {%- set date = date_expr or prefix ~ 'period_end' -%}
    {{ region }} || '|' || cast(year({{ date }}) as varchar)
{%- endmacro %}

{# Whether a row's figure group is touched tonight with one of the given reaches. Always true
   on a full build. #}
{% macro in_touched_figure_groups(
    reach=['own'], relation_alias=none, region_expr=none, date_expr=none
) -%}
    {%- set touched = ref('int_figure_groups_touched') -%}
    {%- if is_incremental() -%}
        {{ figure_group_key(relation_alias, region_expr, date_expr) }} in (
            select group_key from {{ touched }}
            where reach in ('{{ reach | join("', '") }}')
        )
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{# Before a night's rows go in: the rows of the groups it recomputes go out. #}
{% macro retire_touched_figure_groups(relation, reach=['own']) -%}
    {%- if is_incremental() -%}
        delete from {{ relation }}
        where {{ in_touched_figure_groups(reach) }}
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}
