"""Acronyms an abstract defines for its own metrics, one row per real-shaped definition."""

from __future__ import annotations

import pytest

from extractor.acronyms import document_acronyms
from extractor.lexicon import load_lexicon


def kinds(document: str) -> dict[str, str]:
    cues = load_lexicon().cues
    return {acronym: cues[labels[0]].kind for acronym, labels in document_acronyms(document).items()}


@pytest.mark.parametrize("document, expected", [
    ("We propose intelligence per watt (IPW), task accuracy divided by unit of power.", {"IPW": "energy"}),
    ("It reduces Time to First Success (TFS) and Time to Peak (TTP).", {"TFS": "speedup", "TTP": "speedup"}),
    ("Schedulers aim to cut the job completion time (JCT) of training jobs.", {"JCT": "speedup"}),
    ("Operators care about the total cost of ownership (TCO).", {"TCO": "cost"}),
    ("The time-to-first-token (TTFT) matters for chat.", {"TTFT": "speedup"}),
    # a name whose long form holds a cue word elsewhere than its head is a system, not a measure
    ("We propose Intent-Driven Storage Systems (IDSS) for tuning.", {}),
    ("Our Sparse Attention Kernel (SAK) is simple.", {}),
    # the initials must spell the short form
    ("We cut memory usage (XYZ) in half.", {}),
    ("Large language models (LLMs) are costly.", {}),
])
def test_document_acronyms(document, expected):
    assert kinds(document) == expected
