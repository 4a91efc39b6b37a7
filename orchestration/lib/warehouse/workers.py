"""Set-up of the reader's worker processes. Kept free of heavy imports: it runs before the
worker imports polars, which reads its thread count once, at import."""

import os


def one_polars_thread() -> None:
    """Each worker runs polars on one thread; the workers are the parallelism."""
    os.environ["POLARS_MAX_THREADS"] = "1"
