"""Writing the dataset: Parquet row groups as batches finish, renamed into place at the end.

Every output file is first written to a hidden temporary file in the output
folder; :meth:`OutputSet.commit` renames them all into place only after the
whole run has succeeded, so a failed or interrupted run never leaves a half
written ``claims.parquet`` and never replaces yesterday's good one.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from schemas import CLAIMS_SCHEMA, PAPERS_SCHEMA, SPEC_VERSION, Claim, Paper

from . import __version__
from .errors import OutputError, RecordFault

CLAIMS_FILE = "claims.parquet"
PAPERS_FILE = "papers.parquet"
REJECTS_FILE = "rejects.jsonl"
TMP_PREFIX = ".claims-tmp-"


def claims_table(claims: Iterable[Claim]) -> pa.Table:
    return pa.Table.from_pylist([c.model_dump() for c in claims], schema=CLAIMS_SCHEMA)


def papers_table(papers: Iterable[Paper]) -> pa.Table:
    return pa.Table.from_pylist([p.model_dump() for p in papers], schema=PAPERS_SCHEMA)


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

    def __post_init__(self) -> None:
        self.out_dir = prepare_output_dir(self.out_dir)
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
            self._rejects = open(self.targets["rejects"].tmp, "w", encoding="utf-8")
        except OSError as exc:
            self.abort()
            raise OutputError(f"{self.out_dir}: cannot write output: {exc.strerror or exc}") from None

    def _write(self, key: str, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        try:
            self._writers[key].write_table(table, row_group_size=self.row_group_size)
            if self.csv:
                self._writers[key + "_csv"].write_table(table)
        except OSError as exc:
            raise OutputError(f"{self.out_dir}: cannot write {self.targets[key].final.name}: "
                              f"{exc.strerror or exc}") from None
        self.rows[key] += table.num_rows

    def write_claims(self, table: pa.Table) -> None:
        self._write("claims", table)

    def write_papers(self, table: pa.Table) -> None:
        self._write("papers", table)

    def write_reject(self, fault: RecordFault) -> None:
        try:
            self._rejects.write(json.dumps(fault.as_dict(), ensure_ascii=False) + "\n")
        except OSError as exc:
            raise OutputError(f"{self.out_dir}: cannot write {REJECTS_FILE}: {exc.strerror or exc}") from None
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
        """Finish every file and rename them all into place."""
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
            raise OutputError(f"{self.out_dir}: cannot finish output: {exc.strerror or exc}") from None
        for target in self.targets.values():
            os.replace(target.tmp, target.final)

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
