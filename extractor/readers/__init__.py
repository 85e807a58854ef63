"""Readers: input files to a stream of :class:`Paper` records (or skipped-record faults).

Every reader is a generator, so inputs of any size stream through.  The
format is taken from ``--format`` when given, else from the file extension,
else from the first bytes of the file.
"""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..errors import InputError, RecordFault, one_line
from ..run_options import FORMATS
from .atom import read_atom_file
from .common import ReadItem, normalise_text, title_hash
from .files import DecodeStats, check_file, detect_encoding, open_binary, open_text, read_head, reject_binary
from .jsonfile import read_json_file, starts_with_array
from .listing import read_listing_file
from .tabular import check_csv_header, csv_delimiter, parquet_columns, read_csv, read_parquet

_EXTENSIONS = {
    ".txt": "listing", ".text": "listing", ".md": "listing",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".parquet": "parquet", ".pq": "parquet",
    ".xml": "atom", ".atom": "atom",
}


def sniff_format(path: Path) -> str:
    """Guess the format of ``path`` from its extension, then from its content."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    if suffixes and suffixes[-1] in _EXTENSIONS:
        return _EXTENSIONS[suffixes[-1]]
    head = read_head(path, 4096)
    if head.startswith(b"PAR1"):
        return "parquet"
    reject_binary(path, head)
    text = _decode_head(path, head).lstrip("\ufeff \t\r\n")
    if text.startswith("<"):
        return "atom"
    if text.startswith(("{", "[")):
        return "jsonl"
    first_line = text.split("\n", 1)[0].lower()
    if "title" in first_line and ("abstract" in first_line or "summary" in first_line) and (
        "," in first_line or "\t" in first_line or ";" in first_line
    ):
        return "csv"
    return "listing"


def _decode_head(path: Path, head: bytes, encoding: str | None = None) -> str:
    return head.decode(encoding or detect_encoding(path, head), errors="replace")


@dataclass
class InputFile:
    """One input file, checked and with its format settled."""

    path: Path
    format: str
    decode: DecodeStats = field(default_factory=DecodeStats)
    encoding: str | None = None


def preflight(item: InputFile) -> None:
    """The content checks that can fail a whole file, done before any work starts.

    Text formats: not binary, and an encoding we can read (kept in
    ``item.encoding``).  So a bad second input stops the run at once, not
    after the first one was processed.
    """
    if item.format == "parquet":
        return
    head = read_head(item.path)
    reject_binary(item.path, head)
    item.encoding = detect_encoding(item.path, head)


def check_columns(items: list[InputFile], title_col: str | None = None, abstract_col: str | None = None) -> None:
    """Raise InputError for a CSV or Parquet input without the title or abstract column, before any work."""
    for item in items:
        if item.format == "parquet":
            parquet_columns(item.path, title_col, abstract_col)
        elif item.format == "csv":
            head = read_head(item.path)
            check_csv_header(_decode_head(item.path, head, item.encoding), str(item.path), title_col,
                             abstract_col, _csv_delimiter(item.path))


def resolve_inputs(paths: list[str | Path], fmt: str | None = None) -> list[InputFile]:
    """Check every input file up front, so a bad one stops the run before any work."""
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"--format {fmt}", f"unknown format; choose one of {', '.join(FORMATS)}")
    resolved = []
    for raw in paths:
        path = check_file(raw)
        item = InputFile(path, fmt or sniff_format(path))
        preflight(item)
        resolved.append(item)
    return resolved


def _csv_delimiter(path: Path) -> str | None:
    return "\t" if path.name.lower().endswith((".tsv", ".tsv.gz")) else None


def _guarded(path: Path, items: Iterator[ReadItem]) -> Iterator[ReadItem]:
    """Turn a file that breaks off midway into one skipped record, keeping what came before.

    A cut-off or damaged ``.gz`` (an incomplete download) ends the file with a
    record fault for the rest; an I/O error while reading is a file-level fault.
    """
    last = 0
    try:
        for item in items:
            last = item.record
            yield item
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield RecordFault(str(path), last + 1, f"file is cut off or damaged after record {last:,} "
                                               f"({one_line(str(exc))}); the rest of the file was skipped")
    except OSError as exc:
        raise InputError(path, f"read error after record {last:,}: {exc.strerror or exc}") from None


def read_file(item: InputFile, title_col: str | None = None, abstract_col: str | None = None) -> Iterator[ReadItem]:
    """Stream the papers (and faults) of one input file."""
    yield from _guarded(item.path, _read_file(item, title_col, abstract_col))


def _read_file(item: InputFile, title_col: str | None, abstract_col: str | None) -> Iterator[ReadItem]:
    path = item.path
    if item.format == "parquet":
        yield from read_parquet(path, title_col, abstract_col)
        return
    if item.format == "atom":
        head = read_head(path)
        reject_binary(path, head)
        with open_binary(path) as binary:
            yield from read_atom_file(path, binary)
        return
    # format decisions are made on the head, so the stream is read once (and bad bytes counted once)
    head = _decode_head(path, read_head(path), item.encoding)
    stream, item.decode, item.encoding = open_text(path, item.encoding)
    with stream:
        if item.format == "listing":
            yield from read_listing_file(path, stream)
        elif item.format == "jsonl":
            yield from read_json_file(path, stream, open_binary, title_col, abstract_col,
                                      is_array=starts_with_array(head))
        elif item.format == "csv":
            yield from read_csv(stream, str(path), title_col, abstract_col,
                                _csv_delimiter(path) or csv_delimiter(head.lstrip("\ufeff")))
        else:  # pragma: no cover - resolve_inputs rejects unknown formats
            raise InputError(path, f"unknown format {item.format!r}")


def read_inputs(items: list[InputFile], title_col: str | None = None,
                abstract_col: str | None = None) -> Iterator[ReadItem]:
    for item in items:
        yield from read_file(item, title_col, abstract_col)


__all__ = [
    "FORMATS", "InputFile", "ReadItem", "check_columns", "normalise_text", "preflight", "read_file", "read_inputs",
    "resolve_inputs", "sniff_format", "title_hash",
]
