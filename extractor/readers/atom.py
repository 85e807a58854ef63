"""arXiv API responses: Atom XML feeds of ``<entry>`` elements.

Parsed incrementally with ``iterparse``; each entry is cleared once read so
memory stays flat however many entries the feed holds.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import BinaryIO, Iterator

from ..errors import InputError, RecordFault, one_line
from .common import ReadItem, make_paper

ATOM = "{http://www.w3.org/2005/Atom}"


def _text(entry: ET.Element, tag: str) -> str | None:
    node = entry.find(ATOM + tag)
    if node is None:
        node = entry.find(tag)
    return None if node is None else "".join(node.itertext())


def read_atom(binary: BinaryIO, source: str) -> Iterator[ReadItem]:
    number = 0
    try:
        for _event, elem in ET.iterparse(binary, events=("end",)):
            if elem.tag not in (ATOM + "entry", "entry"):
                continue
            number += 1
            authors = [
                _text(a, "name") for a in list(elem.findall(ATOM + "author")) + list(elem.findall("author"))
            ]
            entry_id = _text(elem, "id")
            yield make_paper(
                title=_text(elem, "title"),
                abstract=_text(elem, "summary"),
                source=source,
                record=number,
                ids=(entry_id,),
                url=entry_id,
                date=_text(elem, "published") or _text(elem, "updated"),
                authors=[a for a in authors if a] or None,
            )
            elem.clear()
    except ET.ParseError as exc:
        if number == 0:
            raise InputError(source, f"not readable XML: {one_line(str(exc))}") from None
        yield RecordFault(source, number + 1, f"XML is cut off or broken after entry {number:,} "
                                              f"({one_line(str(exc), 120)}); the rest of the file was skipped")


def read_atom_file(path: Path, binary: BinaryIO) -> Iterator[ReadItem]:
    return read_atom(binary, str(path))
