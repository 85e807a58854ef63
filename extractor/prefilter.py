"""The pre-filter: which sentences are worth the spaCy pipeline.

A sentence can only yield a claim if it holds a digit, a number or
multiplier word ("two", "twice", "an order of magnitude") or a word of a
hardware name ("NVIDIA", "Jetson", "FPGA").  The word list is derived from
the same tables the finders use (the unit tables and every literal word of
the hardware catalogue's patterns), so skipping the other sentences never
changes the output; a test runs the dev set and the sample with and without
it.  The check is a digit search plus a set intersection, far cheaper than
tokenising.
"""

from __future__ import annotations

import re
from functools import cache

from .hardware import catalogue_words
from .numbers import A_MAGNITUDE_WORDS, NUMBER_WORDS
from .units import LOWER_WORD

_DIGIT = re.compile(r"\d")


@cache
def trigger_words() -> frozenset[str]:
    """Lower-case words that can start a claim without a digit: the number grammar's words
    ("two", "twice", "magnitude"; "order" of "an order of magnitude"; "billion" of "a billion parameters")
    and the catalogue's."""
    return NUMBER_WORDS | A_MAGNITUDE_WORDS | {"order", "orders"} | catalogue_words()


def candidate_filter(document: str):
    """Which sentences of ``document`` are worth the finders and spaCy: a function of a sentence.

    The document's trigger words are found in one pass; a sentence is then a candidate when it
    holds a digit or one of those few words (a substring test: at worst a false alarm, which only
    costs the finders a look).
    """
    hits = [w for w in trigger_words().intersection(LOWER_WORD.findall(document.lower()))]
    if not hits:
        return lambda sentence: _DIGIT.search(sentence) is not None

    def check(sentence: str) -> bool:
        if _DIGIT.search(sentence):
            return True
        lower = sentence.lower()
        return any(w in lower for w in hits)

    return check
