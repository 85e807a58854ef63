"""The extract run: read -> batch -> extract (in this process or a pool) -> write -> commit.

Readers stream records, extraction works on batches, and the writer appends
one Parquet row group per batch, so memory stays flat however large the
input.  Worker processes return Arrow tables in input order, which makes
the output identical for any number of jobs.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyarrow as pa

from schemas import Kind, Paper

from .errors import InputError, Interrupted, RecordFault
from .frame import run_frame
from .readers import InputFile, read_inputs, resolve_inputs
from .writers import OutputSet, run_metadata

DEFAULT_BATCH = 256
MAX_WARNINGS = 20


class StrictModeError(Exception):
    """A record-level fault in ``--strict`` mode."""

    def __init__(self, fault: RecordFault):
        self.fault = fault
        super().__init__(str(fault))


@dataclass
class RunSummary:
    inputs: list[str]
    out_dir: Path
    papers: int = 0
    claims: Counter = field(default_factory=Counter)
    dropped: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    replaced_bytes: int = 0
    seconds: float = 0.0
    files: list[str] = field(default_factory=list)

    @property
    def n_claims(self) -> int:
        return sum(self.claims.values())

    def format(self) -> str:
        rate = self.papers / self.seconds if self.seconds > 0 else 0.0
        lines = [f"papers read: {self.papers:,}  ({self.seconds:.1f} s, {rate:,.0f} papers/s)",
                 f"claims written: {self.n_claims:,}"]
        for kind in Kind:
            if self.claims.get(kind.value):
                lines.append(f"  {kind.value:<15}{self.claims[kind.value]:>8,}")
        if self.skipped:
            lines.append(f"records skipped: {sum(self.skipped.values()):,} (listed in rejects.jsonl)")
            for reason, n in self.skipped.most_common():
                lines.append(f"  {n:>8,}  {reason}")
        if self.dropped:
            lines.append(f"candidates dropped by validation: {sum(self.dropped.values()):,}")
            for reason, n in self.dropped.most_common():
                lines.append(f"  {n:>8,}  {reason}")
        if self.replaced_bytes:
            lines.append(f"undecodable bytes replaced: {self.replaced_bytes:,}")
        lines.append("output: " + ", ".join(self.files))
        return "\n".join(lines)


def batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def process_batch(papers: list[Paper], prefilter: bool = True) -> tuple[pa.Table, pa.Table, Counter]:
    """Extract one batch with the engine-agnostic core (``frame.run_frame``)."""
    result = run_frame(papers, prefilter=prefilter)
    return result.claims, result.papers, result.dropped


def _process_batch_job(args: tuple[list[Paper], bool]) -> tuple[pa.Table, pa.Table, Counter]:
    return process_batch(*args)


def _worker_init() -> None:
    # the parent handles Ctrl-C and tells the pool to stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .nlp import build_nlp

    build_nlp()


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _pool_context() -> mp.context.BaseContext:
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


def run_extract(
    inputs: list[str | os.PathLike],
    out_dir: str | os.PathLike,
    *,
    fmt: str | None = None,
    csv: bool = False,
    title_col: str | None = None,
    abstract_col: str | None = None,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH,
    prefilter: bool = True,
    strict: bool = False,
    progress: bool = False,
    warn: Callable[[str], None] | None = None,
    row_group_size: int = 64 * 1024,
) -> RunSummary:
    """Run a whole extraction; raises InputError/OutputError for file-level faults."""
    started = time.monotonic()
    files: list[InputFile] = resolve_inputs([str(i) for i in inputs], fmt)
    summary = RunSummary([str(f.path) for f in files], Path(out_dir))
    output = OutputSet(Path(out_dir), run_metadata(summary.inputs, {"claims_extractor.jobs": str(jobs)}),
                       csv=csv, row_group_size=row_group_size)
    warned = 0
    bar = None
    try:
        if progress:
            from tqdm import tqdm

            bar = tqdm(unit=" papers", file=sys.stderr, mininterval=0.5, dynamic_ncols=True)

        def papers() -> Iterator[Paper]:
            nonlocal warned
            for item in read_inputs(files, title_col, abstract_col):
                if isinstance(item, RecordFault):
                    if strict:
                        raise StrictModeError(item)
                    summary.skipped[item.reason.split(" (")[0]] += 1
                    output.write_reject(item)
                    if warn is not None and warned < MAX_WARNINGS:
                        warn(f"skipped {item}")
                    warned += 1
                    continue
                yield item

        jobs_iter = ((batch, prefilter) for batch in batched(papers(), batch_size))
        if jobs > 1:
            pool = _pool_context().Pool(jobs, initializer=_worker_init)
            try:
                _consume(_ordered_map(pool, jobs_iter, window=2 * jobs), output, summary, bar)
            except BaseException:
                pool.terminate()
                raise
            else:
                pool.close()
            finally:
                pool.join()
        else:
            _consume(map(_process_batch_job, jobs_iter), output, summary, bar)
        if warn is not None and warned > MAX_WARNINGS:
            warn(f"... and {warned - MAX_WARNINGS:,} more skipped records (see {summary.out_dir / 'rejects.jsonl'})")
        summary.replaced_bytes = sum(f.decode.replaced for f in files)
        summary.seconds = time.monotonic() - started
        output.commit({"claims_extractor.papers": str(summary.papers),
                       "claims_extractor.claims": str(summary.n_claims)})
        summary.files = [str(t.final) for t in output.targets.values()]
        return summary
    except KeyboardInterrupt as exc:
        output.abort()
        raise Interrupted(summary.papers, summary.n_claims, str(exc) or "SIGINT") from None
    except BaseException:
        output.abort()
        raise
    finally:
        if bar is not None:
            bar.close()


def _ordered_map(pool, tasks: Iterable, window: int) -> Iterator[tuple[pa.Table, pa.Table, Counter]]:
    """Results in input order with at most ``window`` batches in flight (so memory stays flat)."""
    pending: deque = deque()
    for task in tasks:
        pending.append(pool.apply_async(_process_batch_job, (task,)))
        if len(pending) >= window:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def _consume(results: Iterable[tuple[pa.Table, pa.Table, Counter]], output: OutputSet, summary: RunSummary,
             bar) -> None:
    for claims, papers, dropped in results:
        output.write_claims(claims)
        output.write_papers(papers)
        summary.papers += papers.num_rows
        if claims.num_rows:
            summary.claims.update(claims.column("kind").to_pylist())
        summary.dropped.update(dropped)
        if bar is not None:
            bar.update(papers.num_rows)


__all__ = ["InputError", "RunSummary", "StrictModeError", "batched", "default_jobs", "process_batch",
           "run_extract"]
