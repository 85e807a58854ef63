"""Token geometry of one sentence: tokens, char <-> token offsets, and the cue phrases on them.

Built once per candidate sentence from its spaCy Doc (token columns read with
``Doc.to_array``) and the cue matches that ``nlp.ClaimCues`` stored in
``doc.user_data``; the typing and context rules read it, never the Doc.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache, partial
from typing import Iterable, NamedTuple

from spacy import attrs
from spacy.tokens import Doc

from .acronyms import DocumentAcronyms
from .candidate import COMPARATIVE
from .lexicon import CueGroup, load_lexicon

_NEGATORS = frozenset({"without", "no", "minimal", "negligible", "little", "zero", "marginal", "nor", "not"})
#: a measure held equal is the condition a change is measured at, not what changed: "reduces rendering times for
#: equal quality by a factor of 1.6x", "at the same accuracy"
_HELD_EQUAL = frozenset({"equal", "same", "similar", "comparable", "matched", "identical", "equivalent", "iso"})
_CONDITION_PREPOSITIONS = frozenset({"for", "at", "with", "under"})
#: the nouns a price or cost word only qualifies: "price series forecasting", "a learned cost function", "the
#: cost volume" of stereo matching name no price that changed
_COST_COMPOUND_HEADS = frozenset("series forecasting forecast forecasts prediction predictions movement movements "
                                 "function functions volume volumes map maps model models matrix matrices "
                                 "estimation estimator aggregation".split())
_PRICE_WORDS = frozenset({"price", "prices", "cost", "costs"})

_TOKEN_ATTRS = [attrs.IDX, attrs.LENGTH, attrs.IS_PUNCT, attrs.IS_SPACE]

#: a number in brackets right after a cue, or after its "of", says how much: "negligible accuracy loss (less than 1%)",
#: "a minimal accuracy reduction of only 0.2%" are no denials
_AMOUNT_AFTER = re.compile(
    r"\s*(?:(?:reduction|loss|drop|degradation|decrease|overhead)s?\s+(?=of\s))?(?:\(|of\s)\s*"
    r"(?:(?:less|fewer|lower|below|under|up|to|at|most|about|around|only|just|approximately|roughly|"
    r"nearly|than|within|<|≤|~)\s*)*\d", re.IGNORECASE)

#: "the performance of smaller models", "on larger LLMs": after a preposition a size comparative says which
#: models are meant, not what changed
_SIZE_COMPARATIVES = frozenset({"smaller", "larger", "bigger"})
_MODEL_NOUNS = frozenset({"model", "models", "llm", "llms", "network", "networks", "students", "student"})
_NAMING_PREPOSITIONS = frozenset({"of", "for", "on", "with", "to", "in", "across"})
#: the size words of "models with (up to) 70B parameters", "LLMs with billions of parameters": which models,
#: not a measure that changed
_PARAMETER_NOUNS = frozenset({"parameters", "params"})
_SIZE_WORDS = frozenset({"of", "up", "to", "over", "more", "than", "about", "around", "nearly", "hundreds", "tens",
                         "thousands", "millions", "billions", "trillions", "million", "billion", "trillion", "b", "m",
                         "k", "t", "-", "+"})


def _sized_by_with(lowers: list[str], s: int) -> bool:
    """The parameter noun at ``s`` ends a "with <size>" modifier: "models with billions of parameters"."""
    k = s - 1
    while k >= 0 and (lowers[k] in _SIZE_WORDS or lowers[k][:1].isdigit()):
        k -= 1
    return k < s - 1 and k >= 0 and lowers[k] == "with"


class Tok(NamedTuple):
    text: str
    lower: str
    idx: int
    punct: bool


_NEW_TOK = partial(tuple.__new__, Tok)


class Cue:
    """Cue phrase(s) on one token span, with what they say worked out once."""

    __slots__ = ("start", "end", "kind", "weak", "direction", "polarity")

    def __init__(self, start: int, end: int, groups: tuple[CueGroup, ...]):
        self.start, self.end = start, end  # token indices
        self.kind, self.weak, self.direction, self.polarity = _cue_meaning(groups)


@cache  # few distinct combinations of groups
def _cue_meaning(groups: tuple[CueGroup, ...]) -> tuple[str | None, bool, str | None, str | None]:
    """(kind, weak, direction, polarity) of the cue groups matched on one span."""
    strong = [g.kind for g in groups if g.kind and not g.weak]
    weak = [g.kind for g in groups if g.kind and g.weak]
    return ((strong or weak or [None])[0], not strong,
            next((g.direction for g in groups if g.direction), None),
            next((g.polarity for g in groups if g.polarity and g.kind), None))


#: first parts of hyphenated words that make them adjectives of a design ("an in-memory accelerator")
_DESIGN_PREFIXES = frozenset(
    "in near on off at to of out over under low high ultra super non cross anti multi single all full half "
    "zero extra less more well".split())


@cache
def _phrases_by_head() -> dict[str, list[tuple[CueGroup, tuple[str, ...]]]]:
    """Cue phrases of the comparative kinds by their first word, for the compounds the tokenizer keeps
    whole ("peak system-memory consumption": "memory consumption" begins inside "system-memory"); only
    the measures a change is claimed in ("full-precision", "16-bit" are modifiers)."""
    from .nlp import build_nlp, mask_digits  # (the pipeline that tokenised the sentence)

    make_doc = build_nlp().make_doc
    by_head: dict[str, list[tuple[CueGroup, tuple[str, ...]]]] = {}
    for group in load_lexicon().cues.values():
        if group.kind not in COMPARATIVE:
            continue
        for phrase in group.phrases:
            words = tuple(t.lower_ for t in make_doc(mask_digits(phrase)))
            if words[0].isalpha():
                by_head.setdefault(words[0], []).append((group, words[1:]))
    return by_head


@lru_cache(maxsize=1 << 16)  # bounded: hyphenated words keep coming however long the run
def _after_hyphen(lower: str) -> list[tuple[CueGroup, tuple[str, ...]]] | None:
    """The cue phrases that begin with the last part of the hyphenated word ``lower``, or None; for a measure
    per something ("energy-per-timestep", "latency-per-token"), the one-word phrases of the measure."""
    measure, per, _ = lower.partition("-per-")
    if per:
        return [(group, rest) for group, rest in _phrases_by_head().get(measure, ()) if not rest] or None
    modifier, head = lower.rsplit("-", 1)
    if not modifier.replace("-", "").isalpha():
        return None  # "16-bit", "7b-parameter": a number's compound
    if _DESIGN_PREFIXES.intersection(modifier.split("-")):
        return None  # "in-memory", "processing-in-memory", "low-cost", "high-throughput": a design, not a measure
    if head.endswith("ed"):
        return None  # "a 3x costlier GPU-accelerated system", "FPGA-optimized": a participle makes an adjective
    return _phrases_by_head().get(head)


def _compound_cues(texts: list[str], lowers: list[str], spans: Iterable[tuple[int, int]]
                   ) -> dict[tuple[int, int], list[CueGroup]]:
    """Cues that begin with the last part of a hyphenated word that no cue of ``spans`` covers:
    "GPU-memory usage", "host-memory", "pre-training time" say what "memory usage", "memory", "training
    time" say; a capitalised last part is a name's ("GS-Cache", "Flash-Decoding")."""
    found: dict[tuple[int, int], list[CueGroup]] = {}
    hyphenated = [i for i, low in enumerate(lowers) if "-" in low and not texts[i].rsplit("-", 1)[1][:1].isupper()]
    if not hyphenated:
        return found
    covered = {i for s, e in spans for i in range(s, e)}
    for i in hyphenated:
        low = lowers[i]
        if i in covered or (phrases := _after_hyphen(low)) is None:
            continue
        for group, rest in phrases:
            end = i + 1 + len(rest)
            if end <= len(lowers) and all(lowers[i + 1 + k] == w for k, w in enumerate(rest)):
                found.setdefault((i, end), []).append(group)
    return found


def _elliptical_cues(lowers: list[str], spans: list[tuple[int, int]]) -> dict[tuple[int, int], list[CueGroup]]:
    """Cues said with the head of the next one left out: "parameter and computation costs" says "parameter
    costs" and "computation costs" (a word before "and"/"or" that no cue covers, whose phrase with the
    words after the next cue's first one is a cue)."""
    found: dict[tuple[int, int], list[CueGroup]] = {}
    covered = None
    for s, e in spans:
        if e - s < 2 or s < 2 or lowers[s - 1] not in ("and", "or"):
            continue
        if covered is None:
            covered = {i for cs, ce in spans for i in range(cs, ce)}
        if s - 2 in covered:
            continue
        rest = tuple(lowers[s + 1:e])
        groups = [group for group, words in _phrases_by_head().get(lowers[s - 2], ()) if words == rest]
        if groups:
            found[(s - 2, s - 1)] = groups
    return found


#: "8x larger base models", "3x longer input sequences": a larger problem with a word or two of its own
#: between the comparative and the noun (the lexicon's "larger models" has none)
_CAPACITY_COMPARATIVES = frozenset({"larger", "bigger", "longer"})
_CAPACITY_HEADS = frozenset({"model", "models", "batch", "batches", "context", "contexts", "sequence", "sequences",
                             "input", "inputs", "prompt", "prompts", "llm", "llms", "networks", "videos", "documents"})
_NOT_A_MODIFIER = frozenset({"than", "and", "or", "the", "a", "an", "of", "in", "on", "for", "with", "to", "at", "by"})


def _gapped_capacity_cues(lowers: list[str]) -> list[tuple[int, int]]:
    """Token spans from a capacity comparative over one or two plain words to its noun."""
    spans = []
    for i, low in enumerate(lowers):
        if low not in _CAPACITY_COMPARATIVES:
            continue
        for end in (i + 3, i + 4):
            between = lowers[i + 1:end - 1]
            if end > len(lowers) or not all(w.replace("-", "").isalpha() and w not in _NOT_A_MODIFIER for w in between):
                break
            if lowers[end - 1] in _CAPACITY_HEADS:
                spans.append((i, end))
                break
    return spans


#: the kinds of an efficiency the lexicon names ("energy efficiency", "more cost-efficient")
_NAMED_EFFICIENCY_KINDS = frozenset({"energy", "cost", "memory"})


def _name_bare_efficiency_gains(cues: list[Cue], lowers: list[str]) -> None:
    """A bare "efficiency gain" (a speed-up where nothing names the efficiency) after a named one in the
    sentence is a gain in that one: "1.72x higher energy efficiency than A100, ... with 2.16x efficiency
    gain over A100"."""
    named = None
    for cue in cues:
        if cue.kind == "speedup" and lowers[cue.start] == "efficiency" and named is not None:
            cue.kind = named
        elif cue.kind in _NAMED_EFFICIENCY_KINDS and "efficien" in lowers[cue.end - 1]:
            named = cue.kind


class SentenceContext:
    """Token geometry of one sentence: char <-> token, words, cues, quantities."""

    def __init__(self, text: str, doc: Doc, acronyms: DocumentAcronyms | None = None):
        """``acronyms``: short forms the document defines, with the cue groups of their long forms
        ("IPW" -> energy efficiency); a token spelled so counts as that cue."""
        self.text = text
        self.doc = doc
        # token data read once through Doc.to_array (C), as columns, and sliced out of the sentence
        # by C calls only (map over slices): touching Token objects, or a Python step per token,
        # costs more
        cols = doc.to_array(_TOKEN_ATTRS)
        starts = cols[:, 0].tolist()
        slices = list(map(slice, starts, (cols[:, 0] + cols[:, 1]).tolist()))
        texts = list(map(text.__getitem__, slices))
        low = text.lower()
        # (a few characters change length when lower-cased: then each token is lowered alone)
        lowers = list(map(low.__getitem__, slices)) if len(low) == len(text) else list(map(str.lower, texts))
        spacing = cols[:, 2] | cols[:, 3]
        punct = spacing.astype(bool).tolist()
        self.toks = list(map(_NEW_TOK, zip(texts, lowers, starts, punct)))
        self.n = len(texts)
        self.starts = starts
        self.is_word = (spacing == 0).tolist()
        lex = load_lexicon()
        by_span: dict[tuple[int, int], list[CueGroup]] = {}
        for label, start, end in doc.user_data["cues"]:
            by_span.setdefault((start, end), []).append(lex.cues[label])
        if "-" in text:
            for span, groups in _compound_cues(texts, lowers, list(by_span)).items():
                by_span.setdefault(span, []).extend(groups)
        for span, groups in _elliptical_cues(lowers, list(by_span)).items():
            by_span.setdefault(span, []).extend(groups)
        if _CAPACITY_COMPARATIVES.intersection(lowers):
            for span in _gapped_capacity_cues(lowers):
                if span not in by_span:
                    by_span[span] = [lex.cues["capacity"]]
        short_forms = acronyms.short_forms if acronyms is not None else ()
        if short_forms and not short_forms.isdisjoint(texts):
            for i in [i for i, text_i in enumerate(texts) if text_i in short_forms]:
                labels = acronyms.get(texts[i])
                defined_here = 0 < i < len(texts) - 1 and texts[i - 1] == "(" and texts[i + 1] == ")"
                if labels is not None and not defined_here and (i, i + 1) not in by_span:
                    # the definition "(IPW)" itself is left alone: its long form stands before it
                    by_span[(i, i + 1)] = [lex.cues[label] for label in labels]
        for (s, e) in list(by_span):
            if not _NEGATORS.isdisjoint(lowers[max(0, s - 2):s]) \
                    and not _AMOUNT_AFTER.match(text, starts[e - 1] + len(texts[e - 1])):
                # "without accuracy loss", "negligible memory overhead": a cue that is denied says nothing
                del by_span[(s, e)]
            elif s >= 2 and lowers[s - 1] in _HELD_EQUAL \
                    and (lowers[s - 2] in _CONDITION_PREPOSITIONS
                         or (s >= 3 and lowers[s - 2] in ("the", "an") and lowers[s - 3] in _CONDITION_PREPOSITIONS)) \
                    and not (e < len(lowers) and lowers[e] == "of") \
                    and not _AMOUNT_AFTER.match(text, starts[e - 1] + len(texts[e - 1])):
                del by_span[(s, e)]
            elif e == s + 1 and lowers[s] in _PRICE_WORDS and e < len(lowers) and lowers[e] in _COST_COMPOUND_HEADS:
                del by_span[(s, e)]  # "boosts price series forecasting RankIC by 93%": no price changed
            elif lowers[s] in _SIZE_COMPARATIVES and s > 0 and lowers[s - 1] in _NAMING_PREPOSITIONS \
                    and s + 1 < len(lowers) and lowers[s + 1] in _MODEL_NOUNS:
                del by_span[(s, e)]  # "the performance of smaller models": which models, not what changed
            elif e == s + 1 and lowers[s] in _PARAMETER_NOUNS and _sized_by_with(lowers, s):
                del by_span[(s, e)]  # "accelerates training of models with billions of parameters up to 1.14x"
            elif e == s + 1 and lowers[s] == "compressed" and e < len(lowers) and lowers[e] in _MODEL_NOUNS:
                del by_span[(s, e)]  # "the compressed models retain 98% ...": which models, not what changed
        # keep the longest phrase where phrases overlap ("accuracy drop" over "drop")
        kept: list[tuple[int, int]] = []
        for s, e in sorted(by_span, key=lambda se: (se[0] - se[1], se[0])):
            if all(e <= ks or s >= ke for ks, ke in kept):
                kept.append((s, e))
        self.cues = [Cue(s, e, tuple(by_span[(s, e)])) for s, e in sorted(kept)]
        if "efficien" in low:
            _name_bare_efficiency_gains(self.cues, lowers)

    def token_at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def token_span(self, start: int, end: int) -> tuple[int, int]:
        return self.token_at(start), self.token_at(max(start, end - 1)) + 1

    def char_end(self, tok: int) -> int:
        t = self.toks[tok - 1]
        return t.idx + len(t.text)

    def span_text(self, start: int, end: int) -> str:
        """The sentence text of tokens ``start``..``end``."""
        return self.text[self.toks[start].idx:self.char_end(end)] if end > start else ""
