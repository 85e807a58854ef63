"""The kinds of fault a run can meet.

A *file-level* fault (missing file, a directory, binary data, an unknown
format) stops the run: :class:`InputError` carries one line naming the file.
A *record-level* fault (a bad JSON line, a record without an abstract) only
skips that record: :class:`RecordFault` is yielded by the readers in place of
the paper, counted, and written to ``rejects.jsonl``.  :class:`OutputError`
(the output cannot be written) and :class:`RunError` (a worker process died)
also stop the run; none of them touches the previous output.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

_NEWLINES = re.compile(r"\s*[\r\n]+\s*")


def one_line(text: str, limit: int = 400) -> str:
    """``text`` on one line (library messages sometimes hold a drawing of the error), cut to ``limit``."""
    text = _NEWLINES.sub(" ", str(text)).strip()
    return text if len(text) <= limit else text[: limit - 3] + "..."


class InputError(Exception):
    """A file-level fault: the run cannot go on with this input."""

    def __init__(self, path: object, message: str):
        self.path = str(path)
        self.message = one_line(message)
        super().__init__(f"{self.path}: {self.message}")


class OutputError(Exception):
    """The output cannot be written (a file where a folder should be, disk full, ...)."""


class RunError(Exception):
    """The run failed for a reason that is neither the input nor the output (a worker process died)."""


@dataclass(frozen=True)
class RecordFault:
    """A record that was skipped: where it is and why."""

    source: str
    record: int
    reason: str

    def __str__(self) -> str:
        return f"{self.source}:{self.record}: {self.reason}"

    def as_dict(self) -> dict:
        return asdict(self)


class Interrupted(Exception):
    """The run was stopped (Ctrl-C or SIGTERM) after ``papers`` papers.

    ``position`` is the last input record read (``file:line``); ``committed``
    is true when the signal came after the new output was already in place.
    """

    def __init__(self, papers: int, claims: int, signal_name: str = "SIGINT", position: str | None = None,
                 committed: bool = False):
        self.papers = papers
        self.claims = claims
        self.signal_name = signal_name
        self.position = position
        self.committed = committed
        super().__init__(f"interrupted after {papers:,} papers ({claims:,} claims)")
