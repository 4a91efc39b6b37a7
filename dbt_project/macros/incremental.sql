{#- The models keyed by source file are incremental: each night they take the sources read
    since their last run (delete+insert on source_file, so a source read again replaces its
    rows), then drop the rows of sources no reader holds any more. A change of the models'
    own code rebuilds them whole (orchestration/lib/warehouse/transform_version.py). -#}

{# The config every model keyed by source file shares; `hooks` run after the insert. #}
{% macro by_source_file(hooks=[]) -%}
    {{ return({
        'materialized': 'incremental',
        'incremental_strategy': 'delete+insert',
        'unique_key': 'source_file',
        'on_schema_change': 'sync_all_columns',
        'post_hook': ['{{ retire_unread_sources(this) }}'] + hooks,
    }) }}
{%- endmacro %}

{# The reads (path, read_at) a model has not taken yet: all of them on a full build. #}
{% macro reads_since_last_run() -%}
    select path, read_at
    from {{ ref('stg_raw__file_reads') }}
    {% if is_incremental() -%}
        where read_at > (select coalesce(max(read_at), timestamp '1900-01-01') from {{ this }})
    {%- endif %}
{%- endmacro %}

{# The filter of a model's new rows taken from an upstream model that carries read_at. #}
{% macro read_since_last_run(read_at_column='read_at') -%}
    {%- if is_incremental() -%}
        {{ read_at_column }} > (select coalesce(max(read_at), timestamp '1900-01-01') from {{ this }})
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{# Rows of sources no longer read as they are (a file deleted, changed or read again by a
   new reader): their file and read time are not among the current reads. #}
{% macro retire_unread_sources(relation) -%}
    delete from {{ relation }}
    where not exists (
        select 1
        from {{ ref('stg_raw__file_reads') }} as reads
        where reads.path = {{ relation }}.source_file and reads.read_at = {{ relation }}.read_at
    )
{%- endmacro %}

{#- The checks of one source at a time (a fact against itself, or against the facts of its own
    report) keep their rows by source, as the sources a night touches (int_sources_touched)
    say: before the night's rows go in, the rows of those sources go out. Unlike by_source_file
    a model needs no read_at of its own, so one whose rows are few (a check that finds little)
    is not rescanned from the read of its last row. -#}

{# The config of a model kept by touched source. #}
{% macro by_source_touched() -%}
    {{ return({
        'materialized': 'incremental',
        'incremental_strategy': 'append',
        'on_schema_change': 'sync_all_columns',
        'pre_hook': ['{{ retire_touched_sources(this) }}'],
    }) }}
{%- endmacro %}

{# Whether a row's source is touched tonight. Always true on a full build. Given the row's read
   time, rows read before tonight's first read are passed over without a look at their source:
   DuckDB then skips the table's older row groups. #}
{% macro in_touched_sources(source_column='source_file', read_at_column=none) -%}
    {%- set touched = ref('int_sources_touched') -%}
    {%- if is_incremental() -%}
        {{ source_column }} in (select source_file from {{ touched }})
        {%- if read_at_column %}
        and {{ read_at_column }} >= (select min(read_at) from {{ touched }})
        {%- endif %}
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{# Before a night's rows go in: the rows of the sources it touches go out. #}
{% macro retire_touched_sources(relation) -%}
    {%- if is_incremental() -%}
        delete from {{ relation }}
        where {{ in_touched_sources() }}
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}
