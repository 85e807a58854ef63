"""The extract run: read -> batch -> extract (in this process or a pool) -> write -> commit.

Readers stream records, extraction works on batches, and the writer appends
one Parquet row group per batch, so memory stays flat however large the
input.  Worker processes return Arrow tables in input order, which makes
the output identical for any number of jobs.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import os
import signal
import sys
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import wait as mp_wait
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyarrow as pa

from schemas import CLAIMS_SCHEMA, PAPERS_SCHEMA, Kind, Paper

from .errors import InputError, Interrupted, RecordFault, RunError, one_line
from .frame import run_frame
from .readers import InputFile, check_columns, read_inputs, resolve_inputs
from .run_options import DEFAULT_BATCH, default_jobs
from .writers import OutputSet, prepare_output_dir, run_metadata

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
    encodings: dict[str, str] = field(default_factory=dict)
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
        for path, encoding in self.encodings.items():
            lines.append(f"read as {encoding} (not UTF-8): {path}")
        if self.replaced_bytes:
            lines.append(f"undecodable bytes: {self.replaced_bytes:,} (read as cp1252 in UTF-8 files, else replaced by U+FFFD)")
        lines.append("output: " + ", ".join(self.files))
        return "\n".join(lines)


def batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


BatchOutput = tuple[pa.Table, pa.Table, Counter, list[RecordFault]]


def process_batch(papers: list[Paper], prefilter: bool = True) -> BatchOutput:
    """Extract one batch with the engine-agnostic core (``frame.run_frame``).

    If the extractor raises on the batch, it is run again one paper at a
    time and only the paper(s) it fails on are dropped, each as a record
    fault naming the error: one pathological abstract never ends a long run.
    Extraction is per paper, so the surviving papers' output is the same as
    the batch's would have been.
    """
    try:
        result = run_frame(papers, prefilter=prefilter)
        return result.claims, result.papers, result.dropped, []
    except Exception:  # noqa: BLE001 - isolated below, paper by paper
        if not papers:
            raise
    claims, rows, dropped, faults = [], [], Counter(), []
    for paper in papers:
        try:
            result = run_frame([paper], prefilter=prefilter)
        except Exception as exc:  # noqa: BLE001 - reported as a skipped record
            faults.append(RecordFault(paper.source, paper.record,
                                      f"extraction failed ({type(exc).__name__}: {one_line(str(exc), 200)})"))
            continue
        claims.append(result.claims)
        rows.append(result.papers)
        dropped.update(result.dropped)
    return (pa.concat_tables(claims) if claims else CLAIMS_SCHEMA.empty_table(),
            pa.concat_tables(rows) if rows else PAPERS_SCHEMA.empty_table(), dropped, faults)


#: extraction allocates many short-lived tuples and few cycles: collecting the youngest generation
#: every 50,000 allocations instead of every 700 saves 5-10% of the run time
GC_THRESHOLD = (50_000, 20, 20)


@contextlib.contextmanager
def _gc_tuned() -> Iterator[None]:
    """The collector thresholds set for extraction, and put back afterwards (run_extract is a library
    call as well as the CLI's)."""
    old = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _process_batch_job(args: tuple[list[Paper], bool]) -> BatchOutput:
    return process_batch(*args)


def _worker_init(parent: int | None = None) -> None:
    # the parent handles Ctrl-C and SIGTERM and stops the workers itself;
    # SIGTERM from the parent must end a worker at once (the CLI's handler is inherited by fork)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if parent is not None:
        _exit_with_parent(parent)
    from .nlp import build_nlp

    build_nlp()
    gc.freeze()  # the pipeline's objects live as long as the worker: no collection need scan them
    gc.set_threshold(*GC_THRESHOLD)


def _exit_with_parent(parent: int) -> None:
    """End this worker when the parent dies (kill -9 of the run must not leave workers behind).

    On Linux the kernel sends SIGTERM (prctl PR_SET_PDEATHSIG); elsewhere a
    thread notices the new parent id within a second.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, signal.SIGTERM, 0, 0, 0) == 0:  # PR_SET_PDEATHSIG
            if os.getppid() != parent:  # the parent died before prctl
                os._exit(1)
            return
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass

    def watch() -> None:  # pragma: no cover - not Linux
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    import threading

    threading.Thread(target=watch, name="claims-parent-watch", daemon=True).start()


def _pool_context() -> mp.context.BaseContext:
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


class WorkerDied(Exception):
    """A worker process ended while it held a batch."""


def _worker_main(conn, parent: int) -> None:
    """A worker: batches in, results out, over its own pipe, until the pipe closes or ``None`` comes."""
    _worker_init(parent)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            reply = ("ok", _process_batch_job(task))
        except Exception as exc:  # noqa: BLE001 - process_batch isolates papers; this is anything else
            reply = ("error", f"{type(exc).__name__}: {one_line(str(exc), 300)}")
        conn.send(reply)


class WorkerPool:
    """``jobs`` worker processes, each with its own pipe, that return results in input order.

    Deliberately simpler than ``multiprocessing.Pool`` and
    ``concurrent.futures``: the parent runs no threads, a batch goes only to
    an idle worker, and the parent waits on the pipes and the process
    sentinels together.  So a worker that dies (the OOM killer, kill -9)
    raises :class:`WorkerDied` at once, instead of the run waiting forever
    for its batch (``Pool``) or hanging at shutdown on a queue that nobody
    reads any more (``concurrent.futures`` after its workers were killed).
    All workers are forked here, before the run starts any threads.
    """

    def __init__(self, jobs: int, context: mp.context.BaseContext | None = None):
        ctx = context or _pool_context()
        self.processes: list = []
        self.conns: list = []
        try:
            for _ in range(jobs):
                parent_end, child_end = ctx.Pipe(duplex=True)
                process = ctx.Process(target=_worker_main, args=(child_end, os.getpid()), daemon=True,
                                      name="claims-worker")
                process.start()
                child_end.close()
                self.processes.append(process)
                self.conns.append(parent_end)
        except BaseException:
            self.terminate()
            raise

    def imap(self, tasks: Iterable, window: int) -> Iterator[BatchOutput]:
        """The result of every task, in task order, with at most ``window`` results held back."""
        tasks = iter(tasks)
        idle = deque(range(len(self.processes)))
        busy: dict[int, int] = {}  # worker -> task number
        done: dict[int, BatchOutput] = {}
        submitted = emitted = 0
        exhausted = False
        while True:
            while idle and not exhausted and submitted - emitted < window:
                try:
                    task = next(tasks)
                except StopIteration:
                    exhausted = True
                    break
                worker = idle.popleft()
                try:
                    self.conns[worker].send(task)
                except (BrokenPipeError, ConnectionResetError, EOFError):
                    raise WorkerDied(self._describe(worker)) from None
                busy[worker] = submitted
                submitted += 1
            if emitted in done:
                yield done.pop(emitted)
                emitted += 1
                continue
            if not busy:
                return
            waiting = [self.conns[w] for w in busy] + [self.processes[w].sentinel for w in busy]
            ready = set(mp_wait(waiting))
            for worker in list(busy):
                if self.conns[worker] in ready:
                    try:
                        status, payload = self.conns[worker].recv()
                    except (EOFError, OSError):
                        raise WorkerDied(self._describe(worker)) from None
                    if status != "ok":
                        raise RunError(f"a worker process failed: {payload}")
                    done[busy.pop(worker)] = payload
                    idle.append(worker)
                elif self.processes[worker].sentinel in ready:
                    raise WorkerDied(self._describe(worker))

    def _describe(self, worker: int) -> str:
        process = self.processes[worker]
        process.join(0.5)
        code = process.exitcode
        if code is not None and code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit code {code}" if code is not None else "stopped answering"

    def close(self) -> None:
        """Let the workers finish (they are idle when the run is done) and end."""
        for conn in self.conns:
            try:
                conn.send(None)
            except OSError:
                pass
        for process in self.processes:
            process.join(10)
        self.terminate()

    def terminate(self) -> None:
        """End every worker now (SIGTERM, then SIGKILL) and close the pipes."""
        for process in self.processes:
            if process.is_alive():
                process.terminate()
        for process in self.processes:
            process.join(5)
            if process.is_alive():  # pragma: no cover - ignored SIGTERM
                process.kill()
                process.join(1)
        for conn in self.conns:
            conn.close()
        self.processes, self.conns = [], []


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
    """Run a whole extraction; raises InputError/OutputError/RunError for faults that stop the run.

    Ctrl-C or SIGTERM (raised as KeyboardInterrupt) becomes :class:`Interrupted`,
    saying how far the run got.  Whatever stops the run, the previous output
    in ``out_dir`` is left as it was and this run's temporary files are removed.
    """
    started = time.monotonic()
    files: list[InputFile] = resolve_inputs([str(i) for i in inputs], fmt)
    check_columns(files, title_col, abstract_col)
    summary = RunSummary([str(f.path) for f in files], Path(out_dir))
    for f in files:
        if f.encoding and f.encoding.replace("_", "-") not in ("utf-8", "utf-8-sig", "ascii"):
            summary.encodings[str(f.path)] = f.encoding
            if warn is not None:
                warn(f"{f.path}: not UTF-8; read as {f.encoding}")
    prepare_output_dir(out_dir)  # a bad output path fails before the workers start
    pool = WorkerPool(jobs) if jobs > 1 else None
    try:
        output = OutputSet(Path(out_dir), run_metadata(summary.inputs, {"claims_extractor.jobs": str(jobs)}),
                           csv=csv, row_group_size=row_group_size)
    except BaseException:
        if pool is not None:
            pool.terminate()
        raise
    warned = 0
    position: list[str | None] = [None]
    bar = None

    def skip(item: RecordFault) -> None:
        nonlocal warned
        if strict:
            raise StrictModeError(item)
        summary.skipped[item.reason.split(" (")[0]] += 1
        output.write_reject(item)
        if warn is not None and warned < MAX_WARNINGS:
            warn(f"skipped {item}")
        warned += 1

    try:
        if progress:
            from tqdm import tqdm

            bar = tqdm(unit=" papers", file=sys.stderr, mininterval=0.5, dynamic_ncols=True)

        def papers() -> Iterator[Paper]:
            for item in read_inputs(files, title_col, abstract_col):
                position[0] = f"{item.source}:{item.record}"
                if isinstance(item, RecordFault):
                    skip(item)
                    continue
                yield item

        jobs_iter = ((batch, prefilter) for batch in batched(papers(), batch_size))
        if pool is not None:
            try:
                _consume(pool.imap(jobs_iter, window=2 * jobs), output, summary, bar, skip)
            except WorkerDied as exc:
                time.sleep(0.2)  # a SIGTERM/SIGINT that also hit the workers is handled as that, not as this
                raise RunError(f"a worker process died unexpectedly ({exc}; out of memory?); "
                               f"stopped after {summary.papers:,} papers, nothing was written") from None
            pool.close()
        else:
            with _gc_tuned():
                _consume(map(_process_batch_job, jobs_iter), output, summary, bar, skip)
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
        raise Interrupted(summary.papers, summary.n_claims, str(exc) or "SIGINT", position=position[0],
                          committed=output.committed) from None
    except BaseException:
        output.abort()
        raise
    finally:
        if pool is not None:
            pool.terminate()
        if bar is not None:
            bar.close()


def _consume(results: Iterable[BatchOutput], output: OutputSet, summary: RunSummary, bar,
             skip: Callable[[RecordFault], None]) -> None:
    for claims, papers, dropped, faults in results:
        for fault in faults:
            skip(fault)
        # counted before written: an interruption reports at least what is in the temporary files
        summary.papers += papers.num_rows
        if claims.num_rows:
            summary.claims.update(claims.column("kind").to_pylist())
        summary.dropped.update(dropped)
        output.write_claims(claims)
        output.write_papers(papers)
        if bar is not None:
            bar.update(papers.num_rows)


__all__ = ["InputError", "RunSummary", "StrictModeError", "batched", "default_jobs", "process_batch",
           "run_extract"]
