"""The Python API: extract claims in memory, load a dataset, and the comparisons users ask for.

Everything here is re-exported by the package, so ``from extractor import
extract, load, speedups, compare`` works; that import stays cheap (spaCy is
only imported when :func:`extract` runs).

Frames returned by :func:`extract` and :func:`load` share one set of dtypes:
``kind``, ``unit``, ``bound`` and ``direction`` are categoricals (the kinds and
bounds of the spec in spec order, so ``value_counts()`` lists every kind),
numbers are nullable (``Float64``, ``Int64``: a missing factor is ``<NA>``),
text columns are ``string``.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Literal, Union

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from schemas import CLAIMS_SCHEMA, COMPARATIVE_KINDS, PAPERS_SCHEMA, Bound, Direction, Kind, Paper, Unit

__all__ = ["extract", "load", "speedups", "compare", "claims_frame", "papers_frame",
           "KINDS", "COMPARATIVE", "MEMORY_SOURCE"]

#: Every kind, in the order of the spec (and of the ``kind`` categories).
KINDS: tuple[str, ...] = tuple(k.value for k in Kind)
#: The kinds that compare against a baseline and carry a ``factor``, in spec order.
COMPARATIVE: tuple[str, ...] = tuple(k for k in KINDS if Kind(k) in COMPARATIVE_KINDS)
#: ``source`` of papers given to :func:`extract` in memory.
MEMORY_SOURCE = "<memory>"

_BATCH = 256
_CATEGORIES: dict[str, tuple[str, ...]] = {
    "kind": KINDS,
    "unit": tuple(u.value for u in Unit),
    "bound": tuple(b.value for b in Bound),
    "direction": tuple(d.value for d in Direction),
}
_NULLABLE = {
    pa.float64(): pd.Float64Dtype(),
    pa.int64(): pd.Int64Dtype(),
    pa.string(): pd.StringDtype(),
    pa.large_string(): pd.StringDtype(),
}

PaperInput = Union[str, Mapping, Paper]


# --------------------------------------------------------------------------- dtypes

def _categorical(values: pd.Series, known: tuple[str, ...]) -> pd.Series:
    # categories: the spec's values in spec order, then anything else seen (sorted), so
    # nothing is ever turned into NA by a category list that is too short
    seen = set(values.dropna().unique())
    extra = sorted(str(v) for v in seen - set(known))
    return values.astype(pd.CategoricalDtype(list(known) + extra))


def _frame(table: pa.Table, schema: pa.Schema, what: str) -> pd.DataFrame:
    missing = [name for name in schema.names if name not in table.column_names]
    if missing:
        raise ValueError(f"{what} has no column(s) {', '.join(missing)}; "
                         f"was it written by claims-extractor?")
    table = table.select(schema.names)
    frame = table.to_pandas(types_mapper=_NULLABLE.get)
    for column, known in _CATEGORIES.items():
        if column in frame.columns:
            frame[column] = _categorical(frame[column], known)
    return frame


def claims_frame(table: pa.Table) -> pd.DataFrame:
    """A claims Arrow table (``schemas.CLAIMS_SCHEMA``) as a DataFrame with the API's dtypes."""
    return _frame(table, CLAIMS_SCHEMA, "claims table")


def papers_frame(table: pa.Table) -> pd.DataFrame:
    """A papers Arrow table (``schemas.PAPERS_SCHEMA``) as a DataFrame with the API's dtypes."""
    return _frame(table, PAPERS_SCHEMA, "papers table")


# --------------------------------------------------------------------------- extract

def _text_paper(text: str, record: int):
    from .readers.common import make_paper, normalise_text

    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) > 1:
        # "Title\nAbstract ...": the same layout claim offsets point into
        title, abstract = lines[0], " ".join(lines[1:])
    else:
        title, abstract = f"text {record}", text
    item = make_paper(title=title, abstract=abstract, source=MEMORY_SOURCE, record=record)
    if isinstance(item, Paper):
        # a title hash of "text 1" would give every call's first text the same id
        digest = hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()[:16]
        item = item.model_copy(update={"paper_id": f"text:{digest}"})
    return item


def _frame_records(frame: pd.DataFrame) -> list[dict]:
    plain = frame.astype(object).where(frame.notna(), None)
    return plain.to_dict("records")


def _papers(data, title_col: str | None, abstract_col: str | None) -> tuple[list[Paper], list]:
    from .errors import RecordFault
    from .readers.common import paper_from_mapping

    if isinstance(data, (str, Mapping, Paper)):
        items: Iterable = [data]
    elif isinstance(data, pd.DataFrame):
        columns = {str(c).strip().lower() for c in data.columns}
        for wanted, default in ((title_col, ("title",)), (abstract_col, ("abstract", "summary"))):
            names = (wanted.lower(),) if wanted else default
            if not columns & set(names):
                raise ValueError(f"the DataFrame has no {' or '.join(names)} column "
                                 f"(columns: {', '.join(map(str, data.columns))}); "
                                 f"name it with title_col=/abstract_col=")
        items = _frame_records(data)
    elif isinstance(data, Iterable):
        items = data
    else:
        raise TypeError(f"extract() takes text, a list of texts or dicts, or a DataFrame; "
                        f"got {type(data).__name__}")
    papers: list[Paper] = []
    faults: list[RecordFault] = []
    for record, item in enumerate(items, start=1):
        if isinstance(item, Paper):
            result = item
        elif isinstance(item, str):
            result = _text_paper(item, record)
        elif isinstance(item, Mapping):
            result = paper_from_mapping(dict(item), MEMORY_SOURCE, record, title_col, abstract_col)
        else:
            result = RecordFault(MEMORY_SOURCE, record,
                                 f"item is a {type(item).__name__}, not text, a dict or a Paper")
        if isinstance(result, RecordFault):
            faults.append(result)
        else:
            papers.append(result)
    return papers, faults


def extract(
    data: Union[PaperInput, Iterable[PaperInput], pd.DataFrame],
    *,
    title_col: str | None = None,
    abstract_col: str | None = None,
    errors: Literal["warn", "raise", "ignore"] = "warn",
    return_papers: bool = False,
) -> Union[pd.DataFrame, tuple[pd.DataFrame, pd.DataFrame]]:
    """Extract the claims of papers held in memory; returns the claims as a DataFrame.

    ``data`` is one of:

    * a list of strings, one paper each. A string with several lines is read as
      a title line followed by the abstract; a one-line string is the abstract of
      a paper titled ``text N`` (its position, from 1).
    * a list of dicts with ``title`` and ``abstract`` (or ``summary``) keys, and
      optionally ``id``, ``url``, ``date``, ``authors``, ``categories``, as in JSON input;
    * a DataFrame with ``title`` and ``abstract`` columns (``title_col`` and
      ``abstract_col`` name others);
    * ``schemas.Paper`` records; or a single string or dict.

    The result has the columns and dtypes of :func:`load`'s claims frame, one row
    per claim; ``start``/``end`` index into the paper's title + newline + abstract
    after whitespace is collapsed (``text`` holds the claim's words).

    A record without a title or abstract is skipped with a warning
    (``errors="warn"``), raises ``ValueError`` (``"raise"``) or is skipped silently
    (``"ignore"``). With ``return_papers=True`` the result is ``(claims, papers)``
    like :func:`load`.
    """
    if errors not in ("warn", "raise", "ignore"):
        raise ValueError(f"errors must be 'warn', 'raise' or 'ignore', not {errors!r}")
    papers, faults = _papers(data, title_col, abstract_col)
    if faults and errors == "raise":
        raise ValueError(f"record {faults[0].record}: {faults[0].reason}"
                         + (f" (and {len(faults) - 1} more)" if len(faults) > 1 else ""))
    if faults and errors == "warn":
        listed = "; ".join(f"record {f.record}: {f.reason}" for f in faults[:5])
        more = f"; and {len(faults) - 5} more" if len(faults) > 5 else ""
        warnings.warn(f"extract() skipped {len(faults)} record(s): {listed}{more}", stacklevel=2)

    from .extract import extract_papers  # imports spaCy: only when extracting
    from .writers import claims_table, papers_table

    claims, done = [], []
    for i in range(0, len(papers), _BATCH):
        result = extract_papers(papers[i:i + _BATCH])
        claims.extend(result.claims)
        done.extend(result.papers)
    claims_df = claims_frame(claims_table(claims))
    if return_papers:
        return claims_df, papers_frame(papers_table(done))
    return claims_df


# --------------------------------------------------------------------------- load

def load(path: Union[str, os.PathLike]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read a dataset folder written by ``claims extract``: returns ``(claims, papers)``.

    ``path`` is the output folder (or its ``claims.parquet``), with ``claims.parquet``
    and ``papers.parquet`` or, as the Dask engine writes them, the partitioned
    datasets ``claims/`` and ``papers/``. The frames have the dtypes described in
    the module docstring: categorical ``kind``, ``unit``, ``bound``, ``direction``;
    nullable ``Float64``/``Int64`` numbers; ``string`` text.
    """
    from .writers import CLAIMS_FILE, PAPERS_FILE

    folder = Path(path)
    if folder.is_file() and folder.name == CLAIMS_FILE:
        folder = folder.parent
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such dataset folder (run `claims extract -o {folder}` first)")
    sources = []
    for name in (CLAIMS_FILE, PAPERS_FILE):
        file, partitioned = folder / name, folder / name.removesuffix(".parquet")
        if not file.is_file() and not partitioned.is_dir():
            raise FileNotFoundError(f"{file}: missing; {folder} is not a claims-extractor output folder")
        sources.append(file if file.is_file() else partitioned)
    frames = []
    for file, convert in zip(sources, (claims_frame, papers_frame)):
        try:
            table = pq.read_table(file)
        except (pa.ArrowException, OSError) as exc:
            raise ValueError(f"{file}: not a readable Parquet file: {exc}") from None
        frames.append(convert(table))
    return frames[0], frames[1]


# --------------------------------------------------------------------------- helpers

def _require(claims: pd.DataFrame, columns: Iterable[str]) -> None:
    missing = [c for c in columns if c not in claims.columns]
    if missing:
        raise KeyError(f"the claims frame has no column(s) {', '.join(missing)}")


def _contains(series: pd.Series, needle: str) -> pd.Series:
    return series.astype("string").str.contains(needle, case=False, regex=False).fillna(False).astype(bool)


SPEEDUP_COLUMNS = ["paper_id", "title", "factor", "bound", "value_low", "value", "unit", "direction",
                   "baseline", "metric", "hardware", "text", "claim_id"]


def speedups(
    claims: pd.DataFrame,
    kind: str = "speedup",
    *,
    baseline: str | None = None,
    hardware: str | None = None,
) -> pd.DataFrame:
    """The comparative claims of one kind, largest factor first, one row per claim.

    ``kind`` is one of ``speedup`` (default), ``memory``, ``cost``, ``energy``,
    ``capacity``. ``baseline`` and ``hardware`` keep only claims whose baseline or
    hardware contains that text (case-insensitive), e.g. ``baseline="vLLM"``.
    Claims without a factor are left out. Columns: ``paper_id``, ``title``,
    ``factor``, ``bound``, ``value_low``, ``value``, ``unit``, ``direction``,
    ``baseline``, ``metric``, ``hardware``, ``text``, ``claim_id`` (those present).
    """
    if kind not in COMPARATIVE:
        raise ValueError(f"kind must be one of {', '.join(COMPARATIVE)} (the kinds with a factor), "
                         f"not {kind!r}")
    _require(claims, ["kind", "factor"])
    rows = claims[(claims["kind"] == kind).fillna(False).astype(bool) & claims["factor"].notna()]
    for column, needle in (("baseline", baseline), ("hardware", hardware)):
        if needle is not None:
            _require(claims, [column])
            rows = rows[_contains(rows[column], needle)]
    order = [c for c in ("factor", "title", "start") if c in rows.columns]
    rows = rows.sort_values(order, ascending=[c != "factor" for c in order], kind="stable",
                            na_position="last")
    return rows[[c for c in SPEEDUP_COLUMNS if c in rows.columns]].reset_index(drop=True)


def compare(
    claims: pd.DataFrame,
    by: Union[str, list[str]] = "baseline",
    *,
    kind: Union[str, Iterable[str], None] = None,
    dropna: bool = True,
) -> pd.DataFrame:
    """Summarise claimed factors per baseline, hardware or kind (or any other column).

    One row per group with ``n_claims``, ``n_papers``, ``median_factor`` and
    ``max_factor``, the groups with most claims first. ``kind`` picks the claims:
    by default speed-ups, or every comparative kind when grouping ``by="kind"``
    (factors of different kinds are not comparable, so they are only pooled on
    request, e.g. ``kind=["speedup", "memory"]``). Claims without a value in the
    ``by`` column(s) are left out unless ``dropna=False``.
    """
    columns = [by] if isinstance(by, str) else list(by)
    if not columns:
        raise ValueError("by names no column")
    _require(claims, ["kind", "factor", *columns])
    if kind is None:
        kinds = list(COMPARATIVE) if "kind" in columns else ["speedup"]
    else:
        kinds = [kind] if isinstance(kind, str) else list(kind)
    unknown = [k for k in kinds if k not in COMPARATIVE]
    if unknown:
        raise ValueError(f"not a comparative kind: {', '.join(map(repr, unknown))} "
                         f"(kinds with a factor: {', '.join(COMPARATIVE)})")
    rows = claims[claims["kind"].isin(kinds).astype(bool) & claims["factor"].notna()]
    rows = rows.assign(factor=rows["factor"].astype("Float64"))
    if "paper_id" not in rows.columns:
        rows = rows.assign(paper_id=pd.Series(range(len(rows)), index=rows.index))
    grouped = rows.groupby(columns, observed=True, dropna=dropna, sort=False)
    summary = grouped.agg(n_claims=("factor", "size"), n_papers=("paper_id", "nunique"),
                          median_factor=("factor", "median"), max_factor=("factor", "max"))
    summary = summary.reset_index()
    summary = summary.sort_values(["n_claims", "max_factor", *columns], ascending=[False, False] + [True] * len(columns),
                                  kind="stable", na_position="last")
    summary["n_claims"] = summary["n_claims"].astype("Int64")
    summary["n_papers"] = summary["n_papers"].astype("Int64")
    return summary.reset_index(drop=True)
