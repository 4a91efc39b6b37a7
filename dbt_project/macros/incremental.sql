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
