"""The engine-agnostic core: a pandas DataFrame of papers in, claims out.

:func:`run_frame` is the one function every engine calls on its unit of
work: the single-process path and the process pool on each batch of records
the readers parsed, Dask on each partition.  Its claims come back as a
DataFrame with the fixed Arrow schema ``schemas.CLAIMS_SCHEMA``, so
partitions concatenate into one dataset whatever engine produced them.

Input columns: ``title`` and ``abstract`` (names configurable), optionally an
id column (``id``/``arxiv_id``/``paper_id``), ``url``, ``date``, ``authors``,
``categories``; or the columns of ``schemas.Paper`` when the rows were read
by this package's readers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa

from schemas import CLAIMS_SCHEMA, PAPERS_SCHEMA, Paper

from .errors import RecordFault
from .extract import extract_papers
from .readers.common import paper_from_mapping
from .writers import claims_table, papers_table

_PAPER_FIELDS = tuple(Paper.model_fields)


@dataclass
class FrameResult:
    """One partition's output: Arrow tables with the fixed schemas, plus what was left out."""

    claims: pa.Table
    papers: pa.Table
    dropped: Counter = field(default_factory=Counter)
    rejects: list[RecordFault] = field(default_factory=list)


def _records(df: pd.DataFrame) -> list[dict]:
    return df.astype(object).where(df.notna(), None).to_dict("records")


def frame_papers(df: pd.DataFrame, *, source: str = "frame", title_col: str | None = None,
                 abstract_col: str | None = None, first_record: int = 1) -> tuple[list[Paper], list[RecordFault]]:
    """Rows to validated papers; rows that are not papers become faults."""
    papers: list[Paper] = []
    faults: list[RecordFault] = []
    if set(_PAPER_FIELDS) <= set(df.columns):
        # rows the readers already validated (the local engines)
        for row in _records(df[list(_PAPER_FIELDS)]):
            papers.append(Paper.model_construct(**row))
        return papers, faults
    for offset, row in enumerate(_records(df)):
        item = paper_from_mapping(row, source, first_record + offset, title_col, abstract_col)
        (faults if isinstance(item, RecordFault) else papers).append(item)
    return papers, faults


def run_frame(partition: pd.DataFrame | Sequence[Paper], *, source: str = "frame", title_col: str | None = None,
              abstract_col: str | None = None, first_record: int = 1, prefilter: bool = True) -> FrameResult:
    """Extract the claims of one partition of papers.

    ``partition`` is a DataFrame (Dask, user code) or the list of papers a
    local reader already parsed and validated (no round trip through pandas).
    """
    if isinstance(partition, pd.DataFrame):
        papers, faults = frame_papers(partition, source=source, title_col=title_col, abstract_col=abstract_col,
                                      first_record=first_record)
    else:
        papers, faults = list(partition), []
    result = extract_papers(papers, prefilter=prefilter)
    return FrameResult(claims_table(result.claims), papers_table(result.papers), result.dropped, faults)


def extract_frame(df: pd.DataFrame, *, title_col: str | None = None, abstract_col: str | None = None) -> pd.DataFrame:
    """The claims of a DataFrame of papers, with the fixed claims schema (one partition in, one out)."""
    return run_frame(df, title_col=title_col, abstract_col=abstract_col).claims.to_pandas()


def empty_claims() -> pd.DataFrame:
    """A zero-row claims frame with the output dtypes (Dask's ``meta``)."""
    return CLAIMS_SCHEMA.empty_table().to_pandas()


def empty_papers() -> pd.DataFrame:
    return PAPERS_SCHEMA.empty_table().to_pandas()
