"""Writing the dataset: Parquet row groups as batches finish, renamed into place at the end.

Every output file is first written to a hidden temporary file in the output
folder; :meth:`OutputSet.commit` renames them all into place only after the
whole run has succeeded, so a failed or interrupted run never leaves a half
written ``claims.parquet`` and never replaces yesterday's good one.
"""

from __future__ import annotations

import json
import os
import re
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from pydantic import BaseModel

from schemas import CLAIMS_SCHEMA, PAPERS_SCHEMA, SPEC_VERSION, Claim, Paper

from . import __version__
from .errors import OutputError, RecordFault, one_line

CLAIMS_FILE = "claims.parquet"
PAPERS_FILE = "papers.parquet"
REJECTS_FILE = "rejects.jsonl"
TMP_PREFIX = ".claims-tmp-"


def models_table(models: Iterable[BaseModel], schema: pa.Schema) -> pa.Table:
    """Validated models as an Arrow table with ``schema`` (whose names, two or more, are the models' fields).

    The rows are read a model at a time (one ``attrgetter`` call each, in memory order) and
    turned into columns: ``Table.from_pylist`` over dumped dicts cost about seven times as much,
    and reading one column at a time across all models is slow too (each pass walks every
    model's attributes again, out of cache).
    """
    rows = list(map(attrgetter(*schema.names), models))
    if not rows:
        return schema.empty_table()
    # (pa.array reads str-enum members as their values, at full speed)
    columns = [pa.array(column, type=type_) for column, type_ in zip(zip(*rows), schema.types)]
    return pa.Table.from_arrays(columns, schema=schema)


def claims_table(claims: Iterable[Claim]) -> pa.Table:
    return models_table(claims, CLAIMS_SCHEMA)


def papers_table(papers: Iterable[Paper]) -> pa.Table:
    return models_table(papers, PAPERS_SCHEMA)


def run_metadata(inputs: list[str], extra: dict[str, str] | None = None) -> dict[str, str]:
    """Key=value metadata stored in the Parquet schema of every output file."""
    meta = {
        "claims_extractor.version": __version__,
        "claims_extractor.spec_version": SPEC_VERSION,
        "claims_extractor.inputs": json.dumps([str(i) for i in inputs]),
        "claims_extractor.started_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    meta.update(extra or {})
    return meta


def prepare_output_dir(out_dir: str | os.PathLike) -> Path:
    """Create the output folder, or say clearly why it cannot be used."""
    path = Path(out_dir)
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path}: output path exists and is not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path}: cannot create output folder: {exc.strerror}") from None
    if not os.access(path, os.W_OK):
        raise OutputError(f"{path}: output folder is not writable")
    return path


def _why(exc: OSError) -> str:
    return one_line(exc.strerror or str(exc))


def _fsync_dir(path: Path) -> None:
    """Make the renames durable (best effort: not every file system allows it)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_STALE = re.compile(re.escape(TMP_PREFIX) + r"(\d+)-\d+-(?:claims|papers|rejects)\.(?:parquet|jsonl|csv)")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: alive, another user's
        return True
    return True


def remove_stale_temporaries(out_dir: Path) -> list[Path]:
    """Delete temporary output files left by runs that were killed (kill -9, a crash, a power cut).

    Only files named like this writer's temporaries whose process no longer
    exists are removed; a run still going in the same folder keeps its files.
    """
    removed = []
    try:
        entries = list(os.scandir(out_dir))
    except OSError:
        return removed
    for entry in entries:
        m = _STALE.fullmatch(entry.name)
        if not m or _alive(int(m.group(1))):
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


@contextmanager
def signals_held(signums: tuple[int, ...] = (signal.SIGINT, signal.SIGTERM)) -> Iterator[None]:
    """Hold SIGINT/SIGTERM back for the duration of the block, then deliver them.

    Only possible in the main thread; elsewhere the block runs unprotected.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []
    previous = {}
    for signum in signums:
        try:
            previous[signum] = signal.signal(signum, lambda num, frame: pending.append(num))
        except (ValueError, OSError):  # pragma: no cover - not settable here
            pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(pending):
            signal.raise_signal(signum)


@dataclass
class _Target:
    final: Path
    tmp: Path


@dataclass
class OutputSet:
    """The files of one run, written to temporaries and committed together."""

    out_dir: Path
    metadata: dict[str, str]
    csv: bool = False
    row_group_size: int = 64 * 1024
    targets: dict[str, _Target] = field(default_factory=dict)
    _writers: dict[str, object] = field(default_factory=dict)
    _rejects = None
    _started: float = field(default_factory=time.monotonic)
    rows: dict[str, int] = field(default_factory=lambda: {"claims": 0, "papers": 0, "rejects": 0})
    committed: bool = False

    def __post_init__(self) -> None:
        self.out_dir = prepare_output_dir(self.out_dir)
        remove_stale_temporaries(self.out_dir)
        token = f"{os.getpid()}-{time.time_ns()}"
        names = {"claims": CLAIMS_FILE, "papers": PAPERS_FILE, "rejects": REJECTS_FILE}
        if self.csv:
            names.update({"claims_csv": "claims.csv", "papers_csv": "papers.csv"})
        for key, name in names.items():
            self.targets[key] = _Target(self.out_dir / name, self.out_dir / f"{TMP_PREFIX}{token}-{name}")
        try:
            for key, schema in (("claims", CLAIMS_SCHEMA), ("papers", PAPERS_SCHEMA)):
                with_meta = schema.with_metadata(self.metadata)
                self._writers[key] = pq.ParquetWriter(self.targets[key].tmp, with_meta, compression="zstd")
                if self.csv:
                    self._writers[key + "_csv"] = pacsv.CSVWriter(self.targets[key + "_csv"].tmp, schema)
            # backslashreplace: a file name with undecodable bytes still gives valid JSON
            self._rejects = open(self.targets["rejects"].tmp, "w", encoding="utf-8", errors="backslashreplace")
        except OSError as exc:
            self.abort()
            raise OutputError(f"{self.out_dir}: cannot write output: {_why(exc)}") from None

    def _write(self, key: str, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        try:
            self._writers[key].write_table(table, row_group_size=self.row_group_size)
            if self.csv:
                self._writers[key + "_csv"].write_table(table)
        except OSError as exc:
            raise OutputError(f"{self.out_dir}: cannot write {self.targets[key].final.name}: {_why(exc)}") from None
        self.rows[key] += table.num_rows

    def write_claims(self, table: pa.Table) -> None:
        self._write("claims", table)

    def write_papers(self, table: pa.Table) -> None:
        self._write("papers", table)

    def write_reject(self, fault: RecordFault) -> None:
        try:
            self._rejects.write(json.dumps(fault.as_dict(), ensure_ascii=False) + "\n")
        except OSError as exc:
            raise OutputError(f"{self.out_dir}: cannot write {REJECTS_FILE}: {_why(exc)}") from None
        self.rows["rejects"] += 1

    def _close_all(self) -> None:
        for writer in self._writers.values():
            try:
                writer.close()
            except Exception:  # noqa: BLE001 - closing after a failure must not hide the failure
                pass
        self._writers.clear()
        if self._rejects is not None:
            try:
                self._rejects.close()
            except OSError:
                pass
            self._rejects = None

    def commit(self, footer: dict[str, str] | None = None) -> None:
        """Finish every file, then rename them all into place.

        Until the renames, the previous output is untouched.  The renames
        themselves take microseconds and run with SIGINT/SIGTERM held back
        (delivered right after), so Ctrl-C cannot leave a new claims.parquet
        next to an old papers.parquet; only kill -9 or a power cut exactly
        between two renames could.
        """
        try:
            footer = dict(footer or {})
            footer["claims_extractor.seconds"] = f"{time.monotonic() - self._started:.3f}"
            for key in ("claims", "papers"):
                self._writers[key].add_key_value_metadata(footer)
                self._writers[key].close()
            for key in list(self._writers):
                self._writers.pop(key).close()
            self._rejects.flush()
            os.fsync(self._rejects.fileno())
            self._rejects.close()
            self._rejects = None
            for target in self.targets.values():
                with open(target.tmp, "rb") as fh:
                    os.fsync(fh.fileno())
        except OSError as exc:
            self.abort()
            raise OutputError(f"{self.out_dir}: cannot finish output: {_why(exc)}") from None
        with signals_held():
            try:
                # papers before claims: a reader that finds the new claims.parquet finds its papers too
                for key in sorted(self.targets, key=lambda k: k == "claims"):
                    os.replace(self.targets[key].tmp, self.targets[key].final)
            except OSError as exc:
                self.abort()
                raise OutputError(f"{self.out_dir}: cannot move the output into place: {_why(exc)}") from None
            self.committed = True
        _fsync_dir(self.out_dir)

    def abort(self) -> None:
        """Drop every temporary file; the previous output stays as it was."""
        self._close_all()
        for target in self.targets.values():
            try:
                target.tmp.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass
