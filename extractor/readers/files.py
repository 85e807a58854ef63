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
import zlib
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
    """Counts the bytes that were not valid in the file's encoding.

    In a UTF-8 file such bytes are nearly always cp1252 characters (a "café"
    pasted from a Windows program), so they are read as cp1252; bytes that
    are not cp1252 either, and bad bytes in other encodings, become U+FFFD.
    Either way the record is kept and the count is reported in the summary.
    """

    def __init__(self) -> None:
        self.replaced = 0

    def handler(self, err: UnicodeDecodeError) -> tuple[str, int]:
        self.replaced += err.end - err.start
        bad = err.object[err.start:err.end]
        if err.encoding.replace("_", "-").lower() in ("utf-8", "utf8", "utf-8-sig"):
            return bytes(bad).decode("cp1252", errors="replace"), err.end
        return "\ufffd" * len(bad), err.end


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
    chunks: list[bytes] = []
    size = 0
    with open_binary(path) as fh:
        try:
            while size < n:
                chunk = fh.read(min(8192, n - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except gzip.BadGzipFile:
            raise InputError(path, "not gzip-compressed, though its name ends in .gz") from None
        except (EOFError, zlib.error):
            # a cut-off or damaged .gz: what came before is usable, the readers report the rest
            if not chunks:
                raise InputError(path, "compressed data is cut off or damaged (an incomplete download?)") from None
        except OSError as exc:
            raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    head = b"".join(chunks)
    if not head.strip():
        raise InputError(path, "file is empty")
    return head


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when ``head`` looks like UTF-16 text without a BOM.

    ASCII text in UTF-16 has a NUL in every other byte: in the odd positions
    for little-endian, the even ones for big-endian.
    """
    sample = head[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _bom_encoding(head: bytes) -> str | None:
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            return name
    return None


def reject_binary(path: Path, head: bytes) -> None:
    """Raise InputError if ``head`` is not the start of a text file (in any encoding we read)."""
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise InputError(path, f"not a text file: {what}")
    wide = _bom_encoding(head) or _utf16_without_bom(head)
    if wide in ("utf-16", "utf-32", "utf-16-le", "utf-16-be"):
        text = head.decode(wide, errors="replace")
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\x0c\r")
        if "\x00" in text or controls > len(text) * 0.05:
            raise InputError(path, "not a text file: binary data")
        return
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head[:4096] or controls > len(head) * 0.05:
        raise InputError(path, "not a text file: binary data")


#: Bytes cp1252 leaves undefined: Western text never has them, CJK encodings often do.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _utf8_counts(head: bytes) -> tuple[int, int]:
    """(undecodable bytes, valid non-ASCII characters) when ``head`` is read as UTF-8.

    A multi-byte character cut by the end of a full-size sample is not counted
    as undecodable.
    """
    text = head.decode("utf-8", errors="surrogateescape")  # each bad byte becomes one U+DC80..U+DCFF
    if len(head) >= HEAD_BYTES:
        text = text[:-3]
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return bad, good


def detect_encoding(path: Path, head: bytes) -> str:
    """Pick the encoding to read ``path`` with.

    In order: a byte-order mark (UTF-8, UTF-16, UTF-32); an XML declaration;
    UTF-16 without a BOM; UTF-8, also when a few stray bytes in it are not
    (they are replaced and counted); cp1252, the encoding of spreadsheet CSV
    exports on Western Windows.  Anything else (Shift-JIS, GBK, KOI8-R, ...)
    cannot be told apart reliably, so the run stops with a clear message
    rather than filling the dataset with mojibake.
    """
    bom = _bom_encoding(head)
    if bom:
        return bom
    declared = _XML_ENCODING.match(head)
    if declared:
        name = declared.group(1).decode("ascii")
        try:
            return codecs.lookup(name).name
        except LookupError:
            raise InputError(path, f"declares unknown encoding {name!r}") from None
    wide = _utf16_without_bom(head)
    if wide:
        return wide
    bad, good = _utf8_counts(head)
    if bad == 0 or good >= bad:
        # UTF-8 (perhaps with a few broken bytes, which are replaced and counted)
        return "utf-8"
    high = sum(1 for b in head if b > 127)
    if not _CP1252_UNDEFINED.intersection(head) and high <= 0.3 * len(head):
        return "cp1252"
    raise InputError(path, "cannot tell the text encoding: it is not UTF-8, and not Western (cp1252) text "
                           "either; convert it to UTF-8 first (iconv -f ENCODING -t UTF-8)")


def open_text(path: Path, encoding: str | None = None) -> tuple[TextIO, DecodeStats, str]:
    """Open ``path`` as text with the given or a detected encoding.

    Undecodable bytes further in the file are read as cp1252 or replaced (and
    counted in the returned :class:`DecodeStats`) rather than ending a long
    run midway.
    """
    if encoding is None:
        head = read_head(path)
        reject_binary(path, head)
        encoding = detect_encoding(path, head)
    stats = DecodeStats()
    error_name = f"claims-count-{id(stats)}"
    codecs.register_error(error_name, stats.handler)
    stream = io.TextIOWrapper(open_binary(path), encoding=encoding, errors=error_name, newline=None)
    return stream, stats, encoding
