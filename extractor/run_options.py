"""Defaults of a run that ``claims --help`` shows: batch size, worker count and input formats.

Kept free of heavy imports, so that the command line can build its parser
(and answer ``--help``) without loading spaCy, pyarrow and pydantic first.
"""

from __future__ import annotations

import os

DEFAULT_BATCH = 256
FORMATS = ("listing", "jsonl", "csv", "parquet", "atom")


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
