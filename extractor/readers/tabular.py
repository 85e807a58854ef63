"""CSV (and TSV) files and Parquet files with title/abstract columns."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Iterator, TextIO

import pyarrow.parquet as pq

from ..errors import InputError, RecordFault
from .common import ABSTRACT_KEYS, TITLE_KEYS, ReadItem, paper_from_mapping

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _require_columns(path: str, columns: list[str], title_key: str | None, abstract_key: str | None) -> None:
    lowered = {c.strip().lower() for c in columns if c is not None}
    for wanted, defaults, option in ((title_key, TITLE_KEYS, "--title-col"), (abstract_key, ABSTRACT_KEYS, "--abstract-col")):
        names = (wanted.lower(),) if wanted else defaults
        if not lowered.intersection(names):
            shown = ", ".join(sorted(c for c in columns if c)[:12]) or "none"
            raise InputError(path, f"no column named {' or '.join(names)!s} (columns: {shown}); name it with {option}")


def read_csv(stream: TextIO, source: str, title_key: str | None = None,
             abstract_key: str | None = None, delimiter: str | None = None) -> Iterator[ReadItem]:
    sample = stream.read(64 * 1024)
    stream.seek(0)
    if delimiter is None:
        first_line = sample.splitlines()[0] if sample else ""
        counts = {d: first_line.count(d) for d in (",", ";", "\t")}
        delimiter = max(counts, key=counts.get) if any(counts.values()) else ","
    reader = csv.reader(stream, delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(source, "CSV file has no header row") from None
    except csv.Error as exc:
        raise InputError(source, f"CSV header cannot be read: {exc}") from None
    header = [h.lstrip("\ufeff") for h in header]
    _require_columns(source, header, title_key, abstract_key)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RecordFault(source, reader.line_num, f"CSV row cannot be parsed: {exc}")
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield RecordFault(source, reader.line_num,
                              f"CSV row has {len(row)} fields, the header has {len(header)}")
            continue
        yield paper_from_mapping(dict(zip(header, row)), source, reader.line_num, title_key, abstract_key)


def read_parquet(path: Path, title_key: str | None = None, abstract_key: str | None = None,
                 batch_size: int = 4096) -> Iterator[ReadItem]:
    source = str(path)
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a broken file
        raise InputError(path, f"not a readable Parquet file: {exc}") from None
    _require_columns(source, pf.schema_arrow.names, title_key, abstract_key)
    number = 0
    try:
        for batch in pf.iter_batches(batch_size=batch_size):
            for row in batch.to_pylist():
                number += 1
                yield paper_from_mapping(row, source, number, title_key, abstract_key)
    except OSError as exc:
        raise InputError(path, f"Parquet file is broken after row {number}: {exc}") from None
