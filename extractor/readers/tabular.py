"""CSV (and TSV) files and Parquet files with title/abstract columns."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Iterator, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import InputError, RecordFault, one_line
from .common import ABSTRACT_KEYS, TITLE_KEYS, ReadItem, paper_from_mapping

#: Longest CSV field read (characters): a runaway quote must not pull a whole
#: multi-gigabyte export into one field.  Abstracts are far shorter.
MAX_FIELD_CHARS = 64 * 1024 * 1024
csv.field_size_limit(min(sys.maxsize, MAX_FIELD_CHARS))


def _require_columns(path: str, columns: list[str], title_key: str | None, abstract_key: str | None) -> None:
    lowered = {c.strip().lower() for c in columns if c is not None}
    for wanted, defaults, option in ((title_key, TITLE_KEYS, "--title-col"), (abstract_key, ABSTRACT_KEYS, "--abstract-col")):
        names = (wanted.lower(),) if wanted else defaults
        if not lowered.intersection(names):
            shown = ", ".join(sorted(c for c in columns if c)[:12]) or "none"
            raise InputError(path, f"no column named {' or '.join(names)!s} (columns: {shown}); name it with {option}")


def csv_delimiter(sample: str) -> str:
    """The delimiter of a CSV export (``,``, ``;`` or tab) from its first line."""
    first_line = sample.splitlines()[0] if sample else ""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=counts.get) if any(counts.values()) else ","


def _header(reader, source: str) -> list[str]:
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(source, "CSV file has no header row") from None
    except csv.Error as exc:
        raise InputError(source, f"CSV header cannot be read: {exc}") from None
    return [h.lstrip("\ufeff") for h in header]


def check_csv_header(sample: str, source: str, title_key: str | None = None, abstract_key: str | None = None,
                     delimiter: str | None = None) -> None:
    """Raise InputError unless the CSV starting with ``sample`` has a header naming the columns."""
    sample = sample.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter or csv_delimiter(sample))
    _require_columns(source, _header(reader, source), title_key, abstract_key)


def read_csv(stream: TextIO, source: str, title_key: str | None = None,
             abstract_key: str | None = None, delimiter: str | None = None) -> Iterator[ReadItem]:
    if delimiter is None:
        sample = stream.read(64 * 1024)
        stream.seek(0)
        delimiter = csv_delimiter(sample.lstrip("\ufeff"))
    reader = csv.reader(stream, delimiter=delimiter)
    header = _header(reader, source)
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


def _open_parquet(path: Path) -> pq.ParquetFile:
    try:
        return pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a broken file
        raise InputError(path, f"not a readable Parquet file: {one_line(str(exc))}") from None


def parquet_columns(path: Path, title_key: str | None = None, abstract_key: str | None = None) -> list[str]:
    """The column names of a Parquet file; InputError if it is unreadable or lacks title/abstract."""
    names = _open_parquet(path).schema_arrow.names
    _require_columns(str(path), names, title_key, abstract_key)
    return names


def read_parquet(path: Path, title_key: str | None = None, abstract_key: str | None = None,
                 batch_size: int = 4096) -> Iterator[ReadItem]:
    source = str(path)
    pf = _open_parquet(path)
    _require_columns(source, pf.schema_arrow.names, title_key, abstract_key)
    number = 0
    try:
        for batch in pf.iter_batches(batch_size=batch_size):
            for row in batch.to_pylist():
                number += 1
                yield paper_from_mapping(row, source, number, title_key, abstract_key)
    except (OSError, pa.ArrowException) as exc:
        raise InputError(path, f"Parquet file is broken after row {number:,}: {one_line(str(exc))}") from None
