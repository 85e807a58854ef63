"""The pre-filter: which sentences are worth the spaCy pipeline.

A sentence can only yield a claim if it holds a digit, a number or
multiplier word ("two", "twice", "an order of magnitude") or a hardware
name.  The pattern is built from the same tables the finders use, so
skipping the other sentences never changes the output (a test runs the
dev set with and without it).
"""

from __future__ import annotations

from functools import cache

import regex

from . import units as U
from .hardware import load_catalogue


@cache
def candidate_pattern() -> regex.Pattern:
    words = sorted(set(U.WORD_NUMBERS) | set(U.MULTIPLIER_WORDS) | {"order", "orders", "fold"}, key=len, reverse=True)
    word_alt = "|".join(regex.escape(w) for w in words)
    return regex.compile(
        r"\d|(?i:(?<![\p{L}])(?:" + word_alt + r")(?![\p{L}]))|" + load_catalogue().trigger_re.pattern
    )


def is_candidate(sentence: str) -> bool:
    return candidate_pattern().search(sentence) is not None
