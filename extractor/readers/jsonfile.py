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

from ..errors import InputError, RecordFault
from .common import ReadItem, paper_from_mapping


def read_jsonl(stream: TextIO, source: str, title_key: str | None = None,
               abstract_key: str | None = None) -> Iterator[ReadItem]:
    for number, line in enumerate(stream, start=1):
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
    number = 0
    try:
        for number, record in enumerate(ijson.items(binary, "item", use_float=True), start=1):
            yield paper_from_mapping(record, source, number, title_key, abstract_key)
    except ijson.JSONError as exc:
        raise InputError(source, f"JSON array is broken after record {number}: {exc}") from None


def starts_with_array(head: str) -> bool:
    return head.lstrip("\ufeff \t\r\n").startswith("[")


def read_json_file(path: Path, stream: TextIO, binary_opener, title_key: str | None = None,
                   abstract_key: str | None = None) -> Iterator[ReadItem]:
    """Dispatch on the first character: ``[`` is an array, anything else JSON Lines."""
    head = stream.read(4096)
    if starts_with_array(head):
        stream.close()
        with binary_opener(path) as binary:
            yield from read_json_array(binary, str(path), title_key, abstract_key)
        return
    stream.seek(0)
    yield from read_jsonl(stream, str(path), title_key, abstract_key)
