"""When the pipeline runs: every night at 02:00 Beijing time, and (when switched on) as soon as
files under raw/ are added or changed."""

import hashlib

import dagster as dg

from orchestration.lib.warehouse.manifest import file_kind

nightly_refresh = dg.define_asset_job(
    "nightly_refresh",
    selection=dg.AssetSelection.all(),
    description="Read new and changed raw files, rebuild the dbt models, validate, publish.",
)

nightly_refresh_schedule = dg.ScheduleDefinition(
    name="nightly_refresh_schedule",
    job=nightly_refresh,
    cron_schedule="0 2 * * *",
    execution_timezone="Asia/Shanghai",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)


def raw_folder_fingerprint(raw_dir) -> str:
    """A fingerprint of the input files under raw/ (path, size, modification time)."""
    from pathlib import Path

    digest = hashlib.sha256()
    for path in sorted(Path(raw_dir).rglob("*")):
        if path.is_file() and file_kind(path):
            stat = path.stat()
            digest.update(
                f"{path.relative_to(raw_dir)}|{stat.st_size}|{stat.st_mtime_ns}\n".encode()
            )
    return digest.hexdigest()


def build_raw_files_sensor(raw_dir_of) -> dg.SensorDefinition:
    @dg.sensor(
        name="raw_files_sensor",
        job=nightly_refresh,
        minimum_interval_seconds=60,
        default_status=dg.DefaultSensorStatus.STOPPED,
        description="Starts nightly_refresh when files under raw/ are added or changed (off by default).",
    )
    def raw_files_sensor(context: dg.SensorEvaluationContext):
        fingerprint = raw_folder_fingerprint(raw_dir_of())
        if fingerprint == context.cursor:
            return dg.SkipReason("no files added or changed under raw/")
        context.update_cursor(fingerprint)
        return dg.RunRequest(run_key=fingerprint)

    return raw_files_sensor
