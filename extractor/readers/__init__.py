"""Readers: input files to a stream of :class:`Paper` records (or skipped-record faults).

Every reader is a generator, so inputs of any size stream through.  The
format is taken from ``--format`` when given, else from the file extension,
else from the first bytes of the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from .atom import read_atom_file
from .common import ReadItem, normalise_text, title_hash
from .files import DecodeStats, check_file, open_binary, open_text, read_head, reject_binary
from .jsonfile import read_json_file
from .listing import read_listing_file
from .tabular import read_csv, read_parquet

FORMATS = ("listing", "jsonl", "csv", "parquet", "atom")
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
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
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


@dataclass
class InputFile:
    """One input file, checked and with its format settled."""

    path: Path
    format: str
    decode: DecodeStats = field(default_factory=DecodeStats)
    encoding: str | None = None


def resolve_inputs(paths: list[str | Path], fmt: str | None = None) -> list[InputFile]:
    """Check every input file up front, so a bad one stops the run before any work."""
    if fmt is not None and fmt not in FORMATS:
        raise InputError(fmt, f"unknown format; choose one of {', '.join(FORMATS)}")
    resolved = []
    for raw in paths:
        path = check_file(raw)
        resolved.append(InputFile(path, fmt or sniff_format(path)))
    return resolved


def read_file(item: InputFile, title_col: str | None = None, abstract_col: str | None = None) -> Iterator[ReadItem]:
    """Stream the papers (and faults) of one input file."""
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
    stream, item.decode, item.encoding = open_text(path)
    with stream:
        if item.format == "listing":
            yield from read_listing_file(path, stream)
        elif item.format == "jsonl":
            yield from read_json_file(path, stream, open_binary, title_col, abstract_col)
        elif item.format == "csv":
            delimiter = "\t" if path.name.lower().endswith((".tsv", ".tsv.gz")) else None
            yield from read_csv(stream, str(path), title_col, abstract_col, delimiter)
        else:  # pragma: no cover - resolve_inputs rejects unknown formats
            raise InputError(path, f"unknown format {item.format!r}")


def read_inputs(items: list[InputFile], title_col: str | None = None,
                abstract_col: str | None = None) -> Iterator[ReadItem]:
    for item in items:
        yield from read_file(item, title_col, abstract_col)


__all__ = [
    "FORMATS", "InputFile", "ReadItem", "normalise_text", "read_file", "read_inputs",
    "resolve_inputs", "sniff_format", "title_hash",
]
