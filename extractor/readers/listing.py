"""The listing-page text layout: title, blank line, abstract, blank line, ...

Listing pages (such as the trending-papers page the project ships) start
with a few lines of page header ("Subscribe", dates, ...).  A paragraph is
taken as an abstract when it is long enough to be one, or when it follows a
title and reads as prose (ten words or more, ending like a sentence); the
paragraph just before it is its title.  Short paragraphs before the first title are page
noise and are skipped; a title-like paragraph later on with no abstract
after it is reported as a skipped record.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, TextIO

from ..errors import RecordFault
from .common import ReadItem, make_paper

MIN_ABSTRACT_CHARS = 200
MIN_ABSTRACT_WORDS = 25
MAX_TITLE_CHARS = 400


def _paragraphs(stream: TextIO) -> Iterator[tuple[int, str]]:
    """Yield (first line number, text) for each blank-line separated paragraph."""
    lines: list[str] = []
    first = 0
    for number, line in enumerate(stream, start=1):
        stripped = line.strip()
        if stripped:
            if not lines:
                first = number
            lines.append(stripped)
        elif lines:
            yield first, " ".join(lines)
            lines = []
    if lines:
        yield first, " ".join(lines)


#: a short abstract still reads as prose after its title: this many words and a sentence's end
MIN_PROSE_WORDS = 10


def _words(paragraph: str) -> int:
    return paragraph.count(" ") + 1


def looks_like_abstract(paragraph: str) -> bool:
    return len(paragraph) >= MIN_ABSTRACT_CHARS and _words(paragraph) >= MIN_ABSTRACT_WORDS


def _reads_as_prose(paragraph: str) -> bool:
    """A short paragraph of sentences ("X improves inference speed by 34% to 452%. We ..."), not a title or
    a page-header line ("Get trending papers in your email inbox!", "Jun 2")."""
    return _words(paragraph) >= MIN_PROSE_WORDS and paragraph.endswith((".", "?", "!"))


def read_listing(stream: TextIO, source: str) -> Iterator[ReadItem]:
    title: tuple[int, str] | None = None
    seen_paper = False
    for line, paragraph in _paragraphs(stream):
        if looks_like_abstract(paragraph) or (title is not None and _reads_as_prose(paragraph)):
            if title is None:
                yield RecordFault(source, line, "abstract without a title before it")
                continue
            yield make_paper(title=title[1], abstract=paragraph, source=source, record=title[0])
            seen_paper = True
            title = None
            continue
        if title is not None and seen_paper:
            yield RecordFault(source, title[0], "title without an abstract after it")
        title = (line, paragraph) if len(paragraph) <= MAX_TITLE_CHARS else None
    if title is not None and seen_paper:
        yield RecordFault(source, title[0], "title without an abstract after it")


def read_listing_file(path: Path, stream: TextIO) -> Iterator[ReadItem]:
    return read_listing(stream, str(path))
