"""The cue lexicon (``data/lexicon.toml``) as Python data: cue groups, baseline words, bounds."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

import re

LEXICON_FILE = "lexicon.toml"

#: measures "on average" may stand before: "by 1.5-14.5x on average latency" names the measure, bounds nothing
AVERAGED_MEASURES = (r"(?:latency|latencies|throughput|speed|time|runtime|memory|energy|power|cost|accuracy|"
                     r"performance|JCT|TTFT|TPOT|response|completion|job|request|iteration|step|token|"
                     r"precision|recall|reward|return)")  # "a 2% drop in Average Precision" is the metric AP

#: words that set a new clause against the one before: two claims on either side are not one list
#: ("2x faster, while memory drops by 30%")
CONTRAST_WORDS = frozenset({"while", "whilst", "whereas", "but", "although", "though"})
#: words that open a new clause: a cue or a baseline phrase before one says nothing about what follows
#: (a relative clause still speaks of the same thing: "the clinical plans, which averaged 91.86%")
CLAUSE_WORDS = CONTRAST_WORDS | {"which", "where"}
#: verbs of speed, with the particle they take ("speeds up"): their subject is no part of a metric, and their
#: object may be the reference a speed-up is measured against ("accelerates the original training by 13.4x")
SPEED_VERB_PHRASES = frozenset(["accelerates", "accelerate", "accelerating", "accelerated", "speeds up", "speed up",
                                "speeding up", "sped up", "speeds-up", "sped-up", "speeding-up"])


@dataclass(frozen=True, eq=False)  # one object per group, compared and hashed by identity
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
    not_baseline: frozenset[str]
    list_openers: tuple[str, ...]
    bound_before: re.Pattern  # matches a bound phrase at the end of the text before a number
    bound_last_words: frozenset[str]  # the word (or sign) each bound phrase or filler ends with
    average_after: re.Pattern  # "on average" right after a number


def _reversed_alt(phrases) -> str:
    """An alternation of the phrases written backwards (matched on reversed text).

    A phrase that starts with a letter must not continue a word ("up to" is
    not the end of "setup to"): reversed, that is a letter guard after it.
    """
    out = []
    for p in sorted(set(phrases), key=len, reverse=True):
        esc = re.escape(p[::-1]).replace("\\ ", r"\s+")
        if p[0].isalpha():
            esc += r"(?![^\W\d_])"
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
    # Matched on the text before the number read backwards, anchored at its start: one attempt
    # instead of a search over every position.  Forwards it reads: PHRASE [FILLER] [(] NUMBER.
    fillers = "|".join(re.escape(f[::-1]) for f in bounds["fillers"] if f != "(")
    # (an "up to" phrase read backwards stops before a "no"/"not" that turns it round: "no less than 70x" is
    # at least 70x, a phrase of the at_least group)
    turned = r"(?!\s+(?:on|ton)(?![^\W\d_]))"
    groups = [f"(?P<{name}>(?:{_reversed_alt(bounds[name])}){turned if name == 'up_to' else ''})"
              for name in ("up_to", "at_least", "approx", "average")]
    bound_before = re.compile(r"\s*\(?\s*(?:(?P<filler>" + fillers + r")(?![^\W\d_])\s+)?(?:" + "|".join(groups) + r")",
                              re.IGNORECASE)
    # ("a 1.8x average speedup", "a 1.8x geomean speedup", "a 1.5x geometric-mean speedup")
    # (not a metric named "average precision": "7.4% Average Precision (AP)")
    average_after = re.compile(r"\s*(?:(?:on|in)\s+average(?![^\W\d_])(?!\s+" + AVERAGED_MEASURES + r"\b)|on\s+avg\.?|"
                               r"average(?!\s+precision)|geo-?mean|geometric[\s-]mean|"
                               # ("a 2.5x mean speedup"; not a metric named "mean": "a 0.8 mean absolute error")
                               r"mean(?=\s+(?:[^\W\d_]+\s+)?(?:speed-?ups?|improvements?|reductions?|gains?|"
                               r"savings?|increases?|decreases?)\b))(?![^\W\d_])", re.IGNORECASE)
    last_words = set()
    for name in ("up_to", "at_least", "approx", "average", "fillers"):
        for phrase in bounds[name]:
            words = phrase.lower().split()
            last_words.add(words[-1])
    base = data["baseline"]
    return Lexicon(
        cues=cues,
        baseline_broad=tuple(base["broad"]),
        baseline_tight=tuple(base["tight"]),
        baseline_stop=frozenset(base["stop"]) | CLAUSE_WORDS,
        not_baseline=frozenset(base["not_baseline"]),
        list_openers=tuple(base["list_openers"]),
        bound_before=bound_before,
        bound_last_words=frozenset(last_words),
        average_after=average_after,
    )


#: a dash between words (not a hyphen): "--", an en or an em dash
_DASH = re.compile(r"--+|[–—]")
#: a list marker between a bound and its number: "as much as (1) 25.3X speed-up, (2) ..."
_LIST_MARKER_AT_END = re.compile(r"\((?:\d{1,2}|[ivx]{1,4}|[a-h])\)\s*$")


#: bound words that with an article before the number set a condition instead ("under a 30% budget"), read
#: backwards as the pattern matches them
_SETTING_PREPOSITIONS = frozenset({"rednu", "woleb", "nihtiw"})
#: ... and the prepositions of a bound that a "the" parts from the number ("over the 74.32 minute baseline")
_PREPOSITIONS_BEFORE_THE = _SETTING_PREPOSITIONS | {"revo", "evoba", "dnoyeb"}


def bound_before(text_before: str) -> tuple[str, int] | None:
    """The bound a phrase at the end of ``text_before`` states, and where the phrase starts."""
    lex = load_lexicon()
    if text_before.endswith(") "):
        marker = _LIST_MARKER_AT_END.search(text_before, max(0, len(text_before) - 8))
        if marker:
            text_before = text_before[:marker.start()]
    # cheap gate: the word just before the number must end some bound phrase ("to", "than", "~")
    tail = text_before[-24:].rstrip()
    space = tail.rfind(" ")
    last = tail[space + 1:].lower()
    opened = last.lstrip("([{\"'“‘")  # "(upto 8x", "(approximately 8x"
    dashed = _DASH.split(opened)[-1]  # a dash glued to it: "resolution --over an order of magnitude", "fast—nearly 2x"
    if not ({last, last[-1:], opened, dashed} & lex.bound_last_words):
        return None
    window = text_before[-64:]
    backwards = window[::-1]
    offset = len(text_before) - len(window)
    found = None
    pos = 0
    while True:
        m = lex.bound_before.match(backwards, pos)
        if m is None or (found is not None and backwards[pos:m.start("filler") if m.group("filler") is not None
                                                     else m.start(m.lastgroup)].strip()):
            return found  # a chained phrase must come right before the one found (or its article: "up to a ~34%")
        if m.group("filler") in ("a", "na") and m.group(m.lastgroup).lower() in _SETTING_PREPOSITIONS:
            return found  # "under a 50% token budget", "within a 2-hour window": a setting, not a bound
        if m.group("filler") == "eht" and m.group(m.lastgroup).lower() in _PREPOSITIONS_BEFORE_THE:
            return found  # "an 81x speedup over the 74.32 minute baseline": a thing named by its number, no bound
        # "up to at least 2.7B": the outermost (first) phrase of a chain qualifies the number
        found = (m.lastgroup, offset + len(window) - m.end())
        pos = m.end()
        if pos >= len(backwards) or not backwards[pos].isspace():
            return found
