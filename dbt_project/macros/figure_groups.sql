{#- The consistency checks compare a figure only with figures of its own region and period, of
    the same period a year before (growth against history) and of its sub-regions (sub-regions
    within their parent). So a night recomputes the findings of the figure groups - one
    region's figures of one period - that its reads touch (int_figure_groups_touched), from the
    facts of those groups and their neighbours, and keeps every other group's findings as they
    are. A full build computes them all. Reaches of a group touched by a fact of region r and
    period p: 'own' (r, p), 'next_year' (r, p a year later), 'parent' (r's parent, p); read
    besides: 'prior_year' (r, p a year earlier), 'sub_region' (the sub-regions of r and of its
    parent in p); and, for a fact summed from a project ledger, 'ledger' (r and r's parent).
    Two checks reach across periods and take the year's groups instead (region and year, the
    grain 'year'): a completion rate against the year's target, a headline against the ledger
    rows of its year. -#}

{# The config of a model kept by figure group whose rows a touch of the given reaches changes:
   'own' for a check within a region and period; with 'next_year' for growth against history;
   with 'parent' for checks of a region against its sub-regions. `year_reach` retires besides
   the rows of the year groups touched with those reaches. #}
{% macro by_figure_group(reach=['own'], grain='period', year_reach=[]) -%}
    {{ return({
        'materialized': 'incremental',
        'incremental_strategy': 'append',
        'on_schema_change': 'sync_all_columns',
        'pre_hook': [
            '{{ retire_touched_figure_groups(this, ' ~ reach ~ ', "' ~ grain ~ '", '
            ~ year_reach ~ ') }}'
        ],
    }) }}
{%- endmacro %}

{# A figure's group: its region (code, else name), the year its period ends in and, at the grain
   'period', the months the period starts and ends in - as a row (region_key, year, start month,
   end month), which DuckDB matches faster than a text key; or the group of another region and
   period (a parent's), or of a date (a ledger row signed on a day, grain 'year'). A year earlier
   or later keeps the months: the groups of growth against history. #}
{% macro figure_group(
    relation_alias=none, region_expr=none, date_expr=none, start_expr=none, grain='period'
) -%}
    {%- set prefix = relation_alias ~ '.' if relation_alias else '' -%}
    {%- set region = region_expr or region_key(relation_alias) -%}
    {%- set end = date_expr or prefix ~ 'period_end' -%}
    {%- set start = start_expr or prefix ~ 'period_start' -%}
    {%- if grain == 'year' -%}
        ({{ region }}, year({{ end }}))
    {%- else -%}
        ({{ region }}, year({{ end }}), month({{ start }}), month({{ end }}))
    {%- endif -%}
{%- endmacro %}

{# Whether a row's figure group is touched tonight with one of the given reaches. Always true
   on a full build. #}
{% macro in_touched_figure_groups(
    reach=['own'], relation_alias=none, region_expr=none, date_expr=none, start_expr=none,
    grain='period'
) -%}
    {%- set touched = ref('int_figure_groups_touched') -%}
    {%- set columns = 'region_key, period_year' if grain == 'year'
        else 'region_key, period_year, start_month, end_month' -%}
    {%- if is_incremental() -%}
        {{ figure_group(relation_alias, region_expr, date_expr, start_expr, grain) }} in (
            select ({{ columns }}) from {{ touched }}
            where reach in ('{{ reach | join("', '") }}')
        )
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{# Whether a row is of the groups a model recomputes tonight: touched with one of `reach` at
   its grain, or (`year_reach`) in a year touched with one of those. The rows the model's
   pre-hook retires and the ones it computes anew. #}
{% macro in_recomputed_figure_groups(reach=['own'], grain='period', year_reach=[]) -%}
    {{ in_touched_figure_groups(reach, grain=grain) }}
    {%- if year_reach %}
    or {{ in_touched_figure_groups(year_reach, grain='year') }}
    {%- endif %}
{%- endmacro %}

{# Before a night's rows go in: the rows of the groups it recomputes go out. #}
{% macro retire_touched_figure_groups(relation, reach=['own'], grain='period', year_reach=[]) -%}
    {%- if is_incremental() -%}
        delete from {{ relation }}
        where {{ in_recomputed_figure_groups(reach, grain, year_reach) }}
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}
