"""Acronyms an abstract defines for its own metrics: "intelligence per watt (IPW)".

Papers name a measure once in full and then use the short form: "IPW improved
5.3x", "reduces TFS by up to 11x".  The short form is in no lexicon, so the
number after it would have no cue.  This module reads the definitions of a
document ("LONG FORM (ACRONYM)") and gives each acronym the cue groups of the
lexicon phrase its long form holds; the sentence context then treats the
acronym as that phrase.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .lexicon import load_lexicon

#: "(IPW)", "(TFS)": a short form in brackets; the words before it are its long form when their
#: initials spell it
_SHORT_FORM = re.compile(r"\(([A-Za-z][A-Za-z0-9-]{1,7})\)")
_WORDS = re.compile(r"[\w-]+")
_SMALL_WORDS = frozenset({"of", "to", "the", "a", "an", "and", "for", "in", "on", "per", "at", "by", "with"})


def _long_form(words: list[str], acronym: str) -> list[str] | None:
    """The longest run of words before the brackets whose initials spell ``acronym`` (small words
    may be skipped: "Time to Peak" is TTP or TP); None when no run of words does."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    if len(letters) > 2 and acronym.endswith("s"):
        letters.pop()  # "LLMs"
    for k in range(min(len(words), 2 * len(letters)), 0, -1):  # the longest run that spells it
        run = words[-k:]
        parts = [p for w in run for p in w.split("-") if p]
        initials = [p[0].lower() for p in parts]
        content = [p[0].lower() for p in parts if p.lower() not in _SMALL_WORDS]
        if letters in (initials, content):
            return run
    return None


@cache
def _phrase_labels() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Lexicon phrases (as word tuples) that say a kind -> the cue groups that hold them."""
    out: dict[tuple[str, ...], list[str]] = {}
    for name, group in load_lexicon().cues.items():
        if group.kind is None or group.kind == "other" or group.weak:
            continue
        for phrase in group.phrases:
            out.setdefault(tuple(_WORDS.findall(phrase.lower())), []).append(name)
    return {words: tuple(names) for words, names in out.items()}


def _cue_of(long_form: str) -> tuple[str, ...] | None:
    """The cue groups of the strong lexicon phrase that heads ``long_form``: at its end ("job
    completion time", "intelligence per watt") or at its start before "to/of/per" ("Time to First
    Success", "cost per token").  A cue word elsewhere names a thing, not a measure ("Intent-Driven
    Storage Systems"); a weak cue ("kernel") says too little to lend to a name."""
    words = _WORDS.findall(long_form.lower())
    labels = _phrase_labels()
    # the whole form, then the part before each "to/of/per": its last words are the head
    segments = [words] + [words[:k] for k, w in enumerate(words) if k and w in ("to", "of", "per")]
    for segment in segments:
        for start in range(len(segment)):  # the longest phrase ending the segment
            found = labels.get(tuple(segment[start:]))
            if found is not None:
                return found
    return None


@lru_cache(maxsize=64)
def document_acronyms(document: str) -> dict[str, tuple[str, ...]]:
    """Acronym -> cue group names, for the acronyms ``document`` defines with a cue in the long form."""
    if "(" not in document:
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for m in _SHORT_FORM.finditer(document):
        acronym = m.group(1)
        if sum(c.isupper() for c in acronym) < 2:
            continue
        words = _WORDS.findall(document[max(0, m.start() - 100):m.start()])[-16:]
        long_form = _long_form(words, acronym)
        cue = _cue_of(" ".join(long_form)) if long_form else None
        if cue is not None and acronym not in out:
            out[acronym] = cue
    return out


__all__ = ["document_acronyms"]
