"""What every reader shares: field normalisation, paper ids and record checks."""

from __future__ import annotations

import hashlib
import re
from typing import Any, Union

from schemas import Paper

from ..errors import RecordFault

#: Longest abstract accepted; longer "abstracts" are whole papers or junk.
MAX_ABSTRACT_CHARS = 20_000
MAX_TITLE_CHARS = 2_000

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_HAS_WORD = re.compile(r"[^\W\d_]{3,}")
_ARXIV_ID = re.compile(r"(?:arxiv:)?((?:\d{4}\.\d{4,5})|(?:[a-z\-]+(?:\.[A-Z]{2})?/\d{7}))(?:v\d+)?", re.I)

ReadItem = Union[Paper, RecordFault]

TITLE_KEYS = ("title",)
ABSTRACT_KEYS = ("abstract", "summary")
ID_KEYS = ("id", "arxiv_id", "paper_id")
URL_KEYS = ("url", "link", "abs_url")
DATE_KEYS = ("update_date", "date", "published", "updated")


#: a thin space between digit groups, the SI thousands separator ("12\u2009000"): kept for the clean-up, which
#: reads it as one number; every other run of whitespace becomes one space
_THIN_THOUSANDS = re.compile(r"(?<=\d)[\u2009\u202f](?=\d{3}(?!\d))")
_SPACE_RUN_BUT_THIN_THOUSANDS = re.compile(r"(?!" + _THIN_THOUSANDS.pattern + r")\s+")


def normalise_text(value: str) -> str:
    """Collapse hard line breaks, indentation and runs of spaces into single spaces."""
    if value.isprintable() and "  " not in value:
        return value.strip()  # the common case: no whitespace but single ASCII spaces
    if ("\u2009" in value or "\u202f" in value) and _THIN_THOUSANDS.search(value):
        return _SPACE_RUN_BUT_THIN_THOUSANDS.sub(" ", value).strip()
    return " ".join(value.split())  # str.split() splits on what the regex \s matches


def clean_field(value: str) -> str:
    """A text field as stored: printable (see ``_printable``) and with its whitespace normalised."""
    text = normalise_text(value)
    return text if text.isprintable() else normalise_text(_printable(text))


def _printable(value: str) -> str:
    """``value`` without what cannot be stored or shown: control characters become spaces,
    lone UTF-16 surrogates (from JSON such as ``"\\ud800"``) become U+FFFD."""
    if _CONTROL.search(value):
        value = _CONTROL.sub(" ", value)
    if _SURROGATE.search(value):
        value = _SURROGATE.sub("\ufffd", value)
    return value


def has_prose(text: str) -> bool:
    """True if ``text`` has a word outside LaTeX math (``$...$``) and commands (``\\cite{...}``).

    Works on whitespace tokens, so it is linear in the text however the
    dollars and braces are nested or left open.
    """
    if "$" not in text and "\\" not in text:
        return _HAS_WORD.search(text) is not None
    in_math = False
    for token in text.split():
        dollars = token.count("$")
        if (not in_math and not dollars and not any(c in token for c in "\\{}")
                and _HAS_WORD.search(token)):
            return True
        if dollars % 2:
            in_math = not in_math
    return False


def arxiv_id(value: Any) -> str | None:
    """The bare arXiv id (no version) in ``value`` (an id or an abs/pdf URL), or None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    for marker in ("arxiv.org/abs/", "arxiv.org/pdf/"):
        if marker in text:
            text = text.rsplit(marker, 1)[1].removesuffix(".pdf")
    m = _ARXIV_ID.fullmatch(text)
    return m.group(1) if m else None


def title_hash(title: str) -> str:
    """A stable id for a paper without an arXiv id: a hash of its title."""
    return "title:" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:16]


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = clean_field(str(value))
    return text or None


def first_present(record: dict, keys: tuple[str, ...]) -> Any:
    for key in keys:
        if key in record and record[key] is not None:
            return record[key]
    return None


def make_paper(
    *,
    title: Any,
    abstract: Any,
    source: str,
    record: int,
    ids: tuple[Any, ...] = (),
    url: Any = None,
    date: Any = None,
    authors: Any = None,
    categories: Any = None,
) -> ReadItem:
    """Check one record's fields and build a :class:`Paper`, or say why not."""
    for name, value in (("title", title), ("abstract", abstract)):
        if value is None or (isinstance(value, float) and value != value):
            return RecordFault(source, record, f"record has no {name}")
        if not isinstance(value, str):
            return RecordFault(source, record, f"{name} is a {type(value).__name__}, not text")
    title, abstract = clean_field(title), clean_field(abstract)
    if not title:
        return RecordFault(source, record, "record has an empty title")
    if not abstract:
        return RecordFault(source, record, "record has an empty abstract")
    if len(title) > MAX_TITLE_CHARS:
        return RecordFault(source, record, f"title is {len(title):,} characters (limit {MAX_TITLE_CHARS:,})")
    if len(abstract) > MAX_ABSTRACT_CHARS:
        return RecordFault(source, record, f"abstract is {len(abstract):,} characters (limit {MAX_ABSTRACT_CHARS:,})")
    if not _HAS_WORD.search(abstract):
        return RecordFault(source, record, "abstract has no words (only numbers, symbols or markup)")
    if not has_prose(abstract):
        return RecordFault(source, record, "abstract is only LaTeX markup (no words outside math and commands)")
    source = _printable(source)
    input_id = next(filter(None, map(_optional_str, ids)), None)
    found_arxiv = next(filter(None, map(arxiv_id, ids)), None)
    return Paper(
        paper_id=found_arxiv or title_hash(title),
        title=title,
        abstract=abstract,
        source=source,
        record=record,
        input_id=input_id,
        url=_optional_str(url),
        date=_optional_str(date),
        authors=_optional_str(authors),
        categories=_optional_str(categories),
    )


def paper_from_mapping(row: dict, source: str, record: int, title_key: str | None = None,
                       abstract_key: str | None = None) -> ReadItem:
    """Build a paper from a dict-like record (JSON object, CSV row, Parquet row)."""
    if not isinstance(row, dict):
        return RecordFault(source, record, f"record is a JSON {type(row).__name__}, not an object")
    lowered = {str(k).strip().lower(): v for k, v in row.items()}
    title = lowered.get(title_key.lower()) if title_key else first_present(lowered, TITLE_KEYS)
    abstract = lowered.get(abstract_key.lower()) if abstract_key else first_present(lowered, ABSTRACT_KEYS)
    return make_paper(
        title=title,
        abstract=abstract,
        source=source,
        record=record,
        ids=tuple(lowered.get(k) for k in ID_KEYS),
        url=first_present(lowered, URL_KEYS),
        date=first_present(lowered, DATE_KEYS),
        authors=lowered.get("authors"),
        categories=lowered.get("categories"),
    )
