"""Opening input files: existence, binary detection, compression and encodings.

Every check here raises :class:`InputError` with one line naming the file, so
the CLI can stop cleanly before anything is written.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import re
from pathlib import Path
from typing import BinaryIO, TextIO

from ..errors import InputError

HEAD_BYTES = 64 * 1024
_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (unzip it first)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"BZh": "a bzip2 archive (decompress it first)",
    b"\xfd7zXZ": "an xz archive (decompress it first)",
    b"\x7fELF": "an executable",
}
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']""")


class DecodeStats:
    """Counts bytes that could not be decoded and were replaced by U+FFFD."""

    def __init__(self) -> None:
        self.replaced = 0

    def handler(self, err: UnicodeDecodeError) -> tuple[str, int]:
        self.replaced += err.end - err.start
        return "\ufffd", err.end


def check_file(path: str | os.PathLike) -> Path:
    """Raise InputError unless ``path`` is a readable, non-empty regular file."""
    p = Path(path)
    if not p.exists():
        raise InputError(p, "no such file")
    if p.is_dir():
        raise InputError(p, "is a directory, not a file")
    if not p.is_file():
        raise InputError(p, "is not a regular file")
    if not os.access(p, os.R_OK):
        raise InputError(p, "permission denied (cannot read the file)")
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputError(p, f"cannot read: {exc.strerror}") from None
    if size == 0:
        raise InputError(p, "file is empty")
    return p


def open_binary(path: Path) -> BinaryIO:
    """Open a file for reading bytes, decompressing ``.gz`` transparently."""
    try:
        if path.suffix == ".gz":
            return gzip.open(path, "rb")  # type: ignore[return-value]
        return open(path, "rb")
    except OSError as exc:
        raise InputError(path, f"cannot open: {exc.strerror}") from None


def read_head(path: Path, n: int = HEAD_BYTES) -> bytes:
    """The first ``n`` (decompressed) bytes of the file."""
    with open_binary(path) as fh:
        try:
            head = fh.read(n)
        except (OSError, EOFError) as exc:
            raise InputError(path, f"cannot read: {exc}") from None
    if not head.strip():
        raise InputError(path, "file is empty")
    return head


def reject_binary(path: Path, head: bytes) -> None:
    """Raise InputError if ``head`` is not the start of a text file."""
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise InputError(path, f"not a text file: {what}")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head[:4096] or controls > len(head) * 0.05:
        raise InputError(path, "not a text file: binary data")


def detect_encoding(path: Path, head: bytes) -> str:
    """Pick the encoding to read ``path`` with: BOM, XML declaration, UTF-8, then cp1252."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    declared = _XML_ENCODING.match(head)
    if declared:
        name = declared.group(1).decode("ascii")
        try:
            return codecs.lookup(name).name
        except LookupError:
            raise InputError(path, f"declares unknown encoding {name!r}") from None
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and len(head) == HEAD_BYTES:
            return "utf-8"  # a multi-byte character cut by the end of the sample
    for fallback in ("cp1252", "latin-1"):
        try:
            head.decode(fallback)
            return fallback
        except UnicodeDecodeError:
            continue
    raise InputError(path, "cannot decode the file as UTF-8 or cp1252")


def open_text(path: Path) -> tuple[TextIO, DecodeStats, str]:
    """Open ``path`` as text with a detected encoding.

    Undecodable bytes further in the file are replaced (and counted in the
    returned :class:`DecodeStats`) rather than ending a long run midway.
    """
    head = read_head(path)
    reject_binary(path, head)
    encoding = detect_encoding(path, head)
    stats = DecodeStats()
    error_name = f"claims-count-{id(stats)}"
    codecs.register_error(error_name, stats.handler)
    stream = io.TextIOWrapper(open_binary(path), encoding=encoding, errors=error_name, newline=None)
    return stream, stats, encoding
