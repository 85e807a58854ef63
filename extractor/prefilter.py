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


def sentence_words(sentence: str) -> list[str]:
    """The lower-case words of a sentence, as the pre-filter and the finders match words (the finders
    take this list from the caller instead of splitting the sentence again)."""
    return LOWER_WORD.findall(sentence.lower())


def is_candidate(sentence: str, words: list[str]) -> bool:
    """Whether ``sentence`` (whose words are ``words``) is worth the finders and spaCy: it holds a
    digit or a trigger word."""
    return _DIGIT.search(sentence) is not None or not trigger_words().isdisjoint(words)
