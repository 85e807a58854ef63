"""JSON Lines and JSON arrays of paper records (incl. the arXiv metadata snapshot).

JSON Lines are read one line at a time; a line that is not JSON is skipped
with its line number.  A top-level JSON array is streamed item by item with
ijson, so a multi-gigabyte array is never held in memory.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO, Iterator, TextIO

import ijson

from ..errors import InputError, RecordFault, one_line
from .common import ReadItem, paper_from_mapping


#: Longest JSON Lines line read whole (characters); a longer one (a dump without
#: newlines, a binary blob) is skipped in pieces so memory stays flat.
MAX_LINE_CHARS = 64 * 1024 * 1024


def _lines(stream: TextIO, limit: int) -> Iterator[tuple[int, str | None]]:
    """(line number, line) pairs; ``None`` for a line longer than ``limit``, which is skipped."""
    number = 0
    while True:
        line = stream.readline(limit)
        if not line:
            return
        number += 1
        if len(line) >= limit and not line.endswith("\n"):
            while (rest := stream.readline(limit)) and not rest.endswith("\n"):
                pass
            yield number, None
            continue
        yield number, line


def read_jsonl(stream: TextIO, source: str, title_key: str | None = None,
               abstract_key: str | None = None, max_line: int = MAX_LINE_CHARS) -> Iterator[ReadItem]:
    for number, line in _lines(stream, max_line):
        if line is None:
            yield RecordFault(source, number, f"line is longer than {max_line:,} characters")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RecordFault(source, number, f"line is not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield RecordFault(source, number, "line is not valid JSON (nested too deeply)")
            continue
        yield paper_from_mapping(record, source, number, title_key, abstract_key)


def read_json_array(binary: BinaryIO, source: str, title_key: str | None = None,
                    abstract_key: str | None = None) -> Iterator[ReadItem]:
    """Stream the items of a top-level JSON array.

    An array that breaks off after some records (an incomplete download) keeps
    those records and reports the rest as one skipped record; one that is
    broken from the start is a file-level fault.
    """
    number = 0
    try:
        for number, record in enumerate(ijson.items(binary, "item", use_float=True), start=1):
            yield paper_from_mapping(record, source, number, title_key, abstract_key)
    except ijson.JSONError as exc:
        if number == 0:
            raise InputError(source, f"not a valid JSON array: {_message(exc)}") from None
        yield RecordFault(source, number + 1, f"JSON array is cut off or broken after record {number:,} "
                                              f"({_message(exc)}); the rest of the file was skipped")


def _message(exc: Exception) -> str:
    # ijson's message goes on with a drawing of where the error is; the first line says it
    lines = str(exc).strip().splitlines()
    return one_line(lines[0] if lines else type(exc).__name__, 120)


def starts_with_array(head: str) -> bool:
    return head.lstrip("\ufeff \t\r\n").startswith("[")


def read_json_file(path: Path, stream: TextIO, binary_opener, title_key: str | None = None,
                   abstract_key: str | None = None, is_array: bool | None = None) -> Iterator[ReadItem]:
    """Dispatch on the first character: ``[`` is an array, anything else JSON Lines."""
    if is_array is None:
        is_array = starts_with_array(stream.read(4096))
        stream.seek(0)
    if is_array:
        stream.close()
        with binary_opener(path) as binary:
            yield from read_json_array(binary, str(path), title_key, abstract_key)
        return
    yield from read_jsonl(stream, str(path), title_key, abstract_key)
