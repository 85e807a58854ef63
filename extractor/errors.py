"""The two kinds of input fault.

A *file-level* fault (missing file, a directory, binary data, an unknown
format) stops the run: :class:`InputError` carries one line naming the file.
A *record-level* fault (a bad JSON line, a record without an abstract) only
skips that record: :class:`RecordFault` is yielded by the readers in place of
the paper, counted, and written to ``rejects.jsonl``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


class InputError(Exception):
    """A file-level fault: the run cannot go on with this input."""

    def __init__(self, path: object, message: str):
        self.path = str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}")


class OutputError(Exception):
    """The output cannot be written (a file where a folder should be, disk full, ...)."""


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
    """The run was stopped (Ctrl-C or SIGTERM) after ``papers`` papers; nothing was committed."""

    def __init__(self, papers: int, claims: int, signal_name: str = "SIGINT"):
        self.papers = papers
        self.claims = claims
        self.signal_name = signal_name
        super().__init__(f"interrupted after {papers:,} papers ({claims:,} claims)")
