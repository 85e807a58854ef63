"""The distributed path: the same ``run_frame`` core mapped over Dask partitions.

``claims extract INPUT --engine dask [--scheduler ADDRESS]`` reads Parquet or
JSON Lines (a file or a folder of them) in explicit partitions (Parquet: one
partition per row group; JSON Lines: byte blocks of ``--blocksize``), so a
single big file is spread over the cluster.  Each partition is extracted by
one task, and Dask writes two partitioned Parquet datasets, ``DIR/claims/``
and ``DIR/papers/`` (``pandas.read_parquet("DIR/claims")`` reads one back).
Without an address a ``LocalCluster`` of worker processes is started.

Outputs are written under a temporary folder in DIR and swapped into place
when the whole run succeeded, as on the local path.  The workers need to
reach the output folder (a shared file system, or any fsspec URL Dask can
write to).
"""

from __future__ import annotations

import json
import os
import shutil
import time
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

from schemas import CLAIMS_SCHEMA, PAPERS_SCHEMA

from .errors import InputError, OutputError, RecordFault
from .frame import empty_claims, empty_papers, run_frame
from .pipeline import RunSummary
from .readers.files import check_file
from .writers import REJECTS_FILE, TMP_PREFIX, prepare_output_dir

PARQUET_SUFFIXES = (".parquet", ".pq")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz")
DEFAULT_BLOCKSIZE = 16 * 1024 * 1024


def _require_dask():
    try:
        import dask  # noqa: F401
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise InputError("--engine dask", "needs Dask: pip install 'claims-extractor[dask]'") from None


def expand_inputs(inputs: list[str]) -> tuple[str, list[str]]:
    """The input files (folders expanded) and their one format: "parquet" or "jsonl"."""
    files: list[str] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(str(p) for p in path.iterdir()
                           if p.is_file() and p.name.lower().endswith(PARQUET_SUFFIXES + JSONL_SUFFIXES))
            if not found:
                raise InputError(path, "folder holds no .parquet or .jsonl files")
            files.extend(found)
        else:
            files.append(str(check_file(path)))
    kinds = {"parquet" if f.lower().endswith(PARQUET_SUFFIXES) else
             "jsonl" if f.lower().endswith(JSONL_SUFFIXES) else "other" for f in files}
    if "other" in kinds:
        bad = next(f for f in files if not f.lower().endswith(PARQUET_SUFFIXES + JSONL_SUFFIXES))
        raise InputError(bad, "the Dask engine reads Parquet and JSON Lines; convert this file or use --engine local")
    if len(kinds) != 1:
        raise InputError(inputs[0], "mix of Parquet and JSON Lines inputs; run them separately")
    return kinds.pop(), files


def _lines_partition(lines: list[str], source: str, title_col: str | None, abstract_col: str | None,
                     prefilter: bool):
    """One block of JSON Lines -> (claims frame, papers frame, stats)."""
    rows, faults = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = f"line is not valid JSON ({getattr(exc, 'msg', 'nested too deeply')})"
            faults.append(RecordFault(source, number, reason))
            continue
        if not isinstance(record, dict):
            faults.append(RecordFault(source, number, f"record is a JSON {type(record).__name__}, not an object"))
            continue
        record["__line__"] = number
        rows.append(record)
    frame = pd.DataFrame(rows) if rows else pd.DataFrame({"title": [], "abstract": []})
    return _frame_partition(frame, source, title_col, abstract_col, prefilter, faults)


def _frame_partition(frame: pd.DataFrame, source: str, title_col: str | None, abstract_col: str | None,
                     prefilter: bool, faults: list[RecordFault] | None = None):
    """One DataFrame partition -> (claims frame, papers frame, stats)."""
    lines = frame.pop("__line__").tolist() if "__line__" in frame.columns else None
    result = run_frame(frame, source=source, title_col=title_col, abstract_col=abstract_col, prefilter=prefilter)
    rejects = list(faults or [])
    for fault in result.rejects:
        record = lines[fault.record - 1] if lines is not None else fault.record
        rejects.append(RecordFault(fault.source, record, fault.reason))
    stats = {
        "papers": result.papers.num_rows,
        "kinds": Counter(result.claims.column("kind").to_pylist()),
        "dropped": result.dropped,
        "rejects": [r.as_dict() for r in rejects],
    }
    return result.claims.to_pandas(), result.papers.to_pandas(), stats


def _client(scheduler: str | None, workers: int):
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=40)
    return Client(cluster), cluster


def _swap_into_place(tmp: Path, out_dir: Path, names: list[str]) -> None:
    """Replace DIR/claims, DIR/papers, ... with the new ones, keeping the old until the new is in."""
    for name in names:
        final = out_dir / name
        old = out_dir / f"{TMP_PREFIX}old-{os.getpid()}-{name}"
        if final.exists():
            os.replace(final, old)
        os.replace(tmp / name, final)
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        elif old.exists():
            old.unlink()


def run_dask(
    inputs: list[str],
    out_dir: str | os.PathLike,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    title_col: str | None = None,
    abstract_col: str | None = None,
    blocksize: int = DEFAULT_BLOCKSIZE,
    prefilter: bool = True,
) -> RunSummary:
    """Extract with Dask; returns the same summary as the local path."""
    _require_dask()
    import dask
    import dask.bag as db
    import dask.dataframe as dd

    started = time.monotonic()
    kind, files = expand_inputs([str(i) for i in inputs])
    out = prepare_output_dir(out_dir)
    summary = RunSummary(files, out)
    tmp = out / f"{TMP_PREFIX}{os.getpid()}-{time.time_ns()}"
    client, cluster = _client(scheduler, workers)
    try:
        tmp.mkdir()
        tasks = []
        for path in files:
            if kind == "parquet":
                frame = dd.read_parquet(path, split_row_groups=True)
                for i, part in enumerate(frame.to_delayed()):
                    tasks.append(dask.delayed(_frame_partition, pure=True)(
                        part, f"{path} [row group {i + 1}]", title_col, abstract_col, prefilter))
            else:
                bag = db.read_text(path, blocksize=None if path.endswith(".gz") else blocksize)
                for i, part in enumerate(bag.to_delayed()):
                    tasks.append(dask.delayed(_lines_partition, pure=True)(
                        part, f"{path} [block {i + 1}]", title_col, abstract_col, prefilter))
        claims = dd.from_delayed([t[0] for t in tasks], meta=empty_claims(), verify_meta=False)
        papers = dd.from_delayed([t[1] for t in tasks], meta=empty_papers(), verify_meta=False)
        write_claims = claims.to_parquet(tmp / "claims", schema=CLAIMS_SCHEMA, write_index=False, compute=False)
        write_papers = papers.to_parquet(tmp / "papers", schema=PAPERS_SCHEMA, write_index=False, compute=False)
        with warnings.catch_warnings():
            # the writes and the stats are computed together on purpose, so that every
            # partition is extracted once; Dask warns that this mixes graph kinds
            warnings.filterwarnings("ignore", message="Computing mixed collections")
            _, _, stats = dask.compute(write_claims, write_papers, [t[2] for t in tasks])
        with open(tmp / REJECTS_FILE, "w", encoding="utf-8") as fh:
            for part in stats:
                summary.papers += part["papers"]
                summary.claims.update(part["kinds"])
                summary.dropped.update(part["dropped"])
                for reject in part["rejects"]:
                    summary.skipped[reject["reason"].split(" (")[0]] += 1
                    fh.write(json.dumps(reject, ensure_ascii=False) + "\n")
        _swap_into_place(tmp, out, ["claims", "papers", REJECTS_FILE])
        summary.files = [str(out / "claims"), str(out / "papers"), str(out / REJECTS_FILE)]
        summary.seconds = time.monotonic() - started
        return summary
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the Dask output: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        client.close()
        if cluster is not None:
            cluster.close()
