"""The cue lexicon (``data/lexicon.toml``) as Python data: cue groups, baseline words, bounds."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex

LEXICON_FILE = "lexicon.toml"


@dataclass(frozen=True)
class CueGroup:
    name: str
    kind: str | None
    direction: str | None
    polarity: str | None
    weak: bool
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, CueGroup]
    baseline_broad: tuple[str, ...]
    baseline_tight: tuple[str, ...]
    baseline_stop: frozenset[str]
    list_openers: tuple[str, ...]
    bound_before: regex.Pattern  # matches a bound phrase at the end of the text before a number
    average_after: regex.Pattern  # "on average" right after a number


def _phrase_alt(phrases) -> str:
    out = []
    for p in sorted(set(phrases), key=len, reverse=True):
        esc = regex.escape(p).replace("\\ ", r"\s+")
        if p[0].isalpha():
            esc = r"(?<![\p{L}])" + esc
        if p[-1].isalpha() or p[-1] == ".":
            esc = esc + r"(?![\p{L}])"
        out.append(esc)
    return "|".join(out)


@cache
def load_lexicon() -> Lexicon:
    data = tomllib.loads(resources.files("extractor.data").joinpath(LEXICON_FILE).read_text("utf-8"))
    cues = {
        name: CueGroup(name, c.get("kind"), c.get("direction"), c.get("polarity"), bool(c.get("weak")),
                       tuple(c["phrases"]))
        for name, c in data["cue"].items()
    }
    bounds = data["bound"]
    fillers = r"(?:(?:" + "|".join(regex.escape(f) for f in bounds["fillers"] if f != "(") + r")\s+)?\(?\s*"
    groups = [f"(?P<{name}>{_phrase_alt(bounds[name])})" for name in ("up_to", "at_least", "approx", "average")]
    bound_before = regex.compile(r"(?:" + "|".join(groups) + r")\s*" + fillers + r"$", regex.IGNORECASE)
    average_after = regex.compile(r"^\s*(?:on\s+average|in\s+average|on\s+avg\.?|average)(?![\p{L}])", regex.IGNORECASE)
    base = data["baseline"]
    return Lexicon(
        cues=cues,
        baseline_broad=tuple(base["broad"]),
        baseline_tight=tuple(base["tight"]),
        baseline_stop=frozenset(base["stop"]),
        list_openers=tuple(base["list_openers"]),
        bound_before=bound_before,
        average_after=average_after,
    )


def bound_before(text_before: str) -> tuple[str, int] | None:
    """The bound a phrase at the end of ``text_before`` states, and where the phrase starts."""
    pattern = load_lexicon().bound_before
    found = None
    end = len(text_before)
    while True:
        window_start = max(0, end - 48)
        m = pattern.search(text_before, window_start, end)
        if m is None:
            return found
        # "up to at least 2.7B": the outermost (first) phrase of a chain qualifies the number
        found = (m.lastgroup, m.start())
        end = m.start()
        if end == 0 or not text_before[end - 1].isspace():
            return found
