"""The `raw` schema: the tables Python writes and dbt reads (dbt_project/models/staging/raw/_raw__sources.yml).

Every row carries the content hash of the file it came from, so a changed file's rows can be
replaced and a deleted file's rows retired without touching the others.
"""

from __future__ import annotations

FACT_COLUMNS_SQL = """
    region varchar, region_code varchar, metric varchar, value double, unit varchar,
    period_start date, period_end date, yoy_pct double, yoy_abs double, approx boolean,
    scope varchar, project varchar, sentence varchar, char_start integer, char_end integer,
    flags varchar
"""

RAW_TABLES: dict[str, str] = {
    # one row per report file now under raw/ (the manifest); error says why a file is unreadable
    "report_files": """
        path varchar, doc_id varchar, content_hash varchar, size_bytes bigint, encoding varchar,
        published date, source varchar, subject_region varchar, error varchar, scanned_at timestamp,
        mtime_ns bigint
    """,
    # one row per spreadsheet file now under raw/
    "spreadsheet_files": """
        path varchar, file varchar, content_hash varchar, size_bytes bigint, format varchar,
        error varchar, scanned_at timestamp, mtime_ns bigint
    """,
    # bookkeeping of the reader: which (file, content, reader version) has been read into the
    # tables below, and when (the incremental dbt models take what was read since they ran)
    "file_reads": """
        path varchar, source_kind varchar, content_hash varchar, reader_version varchar,
        row_count integer, read_at timestamp
    """,
    # bookkeeping of the transformation: each successful dbt build, with the version of the
    # dbt project's code it ran (a new version rebuilds the incremental models whole)
    "transform_builds": """
        transform_version varchar, full_refresh boolean, built_at timestamp
    """,
    # facts read from report texts; fact_index numbers a document's facts in reading order
    "report_facts": f"doc_id varchar, content_hash varchar, fact_index integer, {FACT_COLUMNS_SQL}, part_of integer",
    # facts read from statistics tables (doc_id is the path under raw/, like report doc_ids)
    "sheet_facts": f"doc_id varchar, content_hash varchar, sheet varchar, row integer, {FACT_COLUMNS_SQL}",
    "ledger_rows": """
        file varchar, content_hash varchar, sheet varchar, row integer, project_name varchar,
        investor varchar, investor_origin varchar, region varchar, region_code varchar,
        industry varchar, signed_date date, amount_signed double, funds_in_place double,
        status varchar, event varchar
    """,
    "contact_rows": """
        file varchar, content_hash varchar, sheet varchar, row integer, contact_date date,
        enterprise varchar, enterprise_origin varchar, region varchar, region_code varchar,
        industry varchar, mode varchar, lead varchar, outcome varchar
    """,
    # 小计/合计/总计 rows; values_json maps a metric or ledger field to its stated value
    "sheet_totals": """
        file varchar, content_hash varchar, sheet varchar, row integer, table_kind varchar,
        label varchar, region varchar, region_code varchar, period_start date, period_end date,
        values_json varchar
    """,
    # inputs that could not be read: a whole file (sheet, row null), a sheet or a row
    "rejects": """
        source_kind varchar, file varchar, content_hash varchar, sheet varchar, row integer,
        reason varchar
    """,
}


def create_raw_tables_sql() -> str:
    """The raw schema, created where missing; a warehouse from before a column was added gets
    that column (null in its old rows)."""
    statements = ["create schema if not exists raw;"]
    for name, columns in RAW_TABLES.items():
        statements.append(f"create table if not exists raw.{name} ({columns});")
        for column in columns.split(","):
            if column.strip():
                statements.append(
                    f"alter table raw.{name} add column if not exists {column.strip()};"
                )
    return "\n".join(statements)
