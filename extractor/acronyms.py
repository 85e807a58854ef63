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
from collections.abc import Iterator, KeysView, Mapping
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
    wanted = letters[::-1]
    initials: list[str] = []  # of the run's word parts, the last word's last part first
    content: list[str] = []  # the same without the small words
    best = 0
    for k in range(1, min(len(words), 2 * len(letters)) + 1):  # the run grows leftwards
        for part in reversed([p for p in words[-k].split("-") if p]):
            initials.append(part[0].lower())
            if part.lower() not in _SMALL_WORDS:
                content.append(part[0].lower())
        if len(content) > len(wanted):
            break  # both only grow from here
        if initials == wanted or content == wanted:
            best = k  # the longest run that spells it wins
    return words[-best:] if best else None


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


class DocumentAcronyms(Mapping):
    """Acronym -> cue group names, for the acronyms a document defines with a cue in the long form.

    The definitions ("... (IPW)") are found when the document is first seen; a long form is read
    only when its acronym turns up in a sentence being typed, which few do.
    """

    def __init__(self, document: str):
        self._document = document
        self._defined: dict[str, list[int]] = {}  # acronym -> where "(ACRONYM)" stands
        if "(" in document:
            for m in _SHORT_FORM.finditer(document):
                acronym = m.group(1)
                if sum(c.isupper() for c in acronym) >= 2:
                    self._defined.setdefault(acronym, []).append(m.start())
        self._cues: dict[str, tuple[str, ...] | None] = {}

    @property
    def short_forms(self) -> KeysView[str]:
        """Every acronym the document defines in brackets, with a cue in its long form or not."""
        return self._defined.keys()

    def _resolve(self, acronym: str) -> tuple[str, ...] | None:
        for at in self._defined[acronym]:  # the first definition with a cue holds
            words = _WORDS.findall(self._document[max(0, at - 100):at])[-16:]
            long_form = _long_form(words, acronym)
            cue = _cue_of(" ".join(long_form)) if long_form else None
            if cue is not None:
                return cue
        return None

    def __getitem__(self, acronym: str) -> tuple[str, ...]:
        if acronym not in self._cues:
            self._cues[acronym] = self._resolve(acronym)  # KeyError when it is not defined
        cue = self._cues[acronym]
        if cue is None:
            raise KeyError(acronym)
        return cue

    def __iter__(self) -> Iterator[str]:
        return (acronym for acronym in self._defined if self.get(acronym) is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


@lru_cache(maxsize=64)
def document_acronyms(document: str) -> DocumentAcronyms:
    """The acronyms ``document`` defines for its metrics (see :class:`DocumentAcronyms`)."""
    return DocumentAcronyms(document)


__all__ = ["document_acronyms"]
