"""Baseline and hardware for a sentence's claim candidates (spec section 4).

A baseline is the noun phrase after a comparison cue ("faster than X",
"compared to X"); the cue nearest a claim, in the same list segment, wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from .candidate import COMPARATIVE, Candidate
from .hardware import VENDOR_LEVEL_SUFFIXES, HardwareMention
from .lexicon import CLAUSE_WORDS, CONTRAST_WORDS, SPEED_VERB_PHRASES, load_lexicon
from .sentence_context import SentenceContext, Tok
from .units import WORD_NUMBERS

_LIST_MARKER = re.compile(r"\(\s*(?:\d{1,2}|[ivx]{1,4}|[a-h])\s*\)")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_JOINED = re.compile(r"\band\b|\bor\b|,|\bas\s+well\s+as\b")
#: "4.6x on average (up to 25.5x)", "by 50% (or 80% ...)": an aside about the same thing
_ASIDE_OPENS = re.compile(r"\s*\(\s*(?:(?:or|and|i\.e\.,?)\s+)?")
_CONTRAST = r"\b(?:" + "|".join(sorted(CONTRAST_WORDS)) + r")"
#: (not the stop of an abbreviation: "113x lower latency (0.33 ms vs. 37.3 ms) and 6,600x lower energy than X")
_CLAUSE_BREAK = re.compile(r"[;:]\s|(?<![\s(]vs)(?<![\s(]cf)(?<!e\.g)(?<!i\.e)(?<!\set\sal)\.\s|" + _CONTRAST + r"\b")
_SPLIT_ITEMS = re.compile(r"\s*(?:,\s*(?:and|or)\s+|,\s*as\s+well\s+as\s+|\s+as\s+well\s+as\s+|,\s*|\s+and\s+|\s+or\s+)\s*")
_CONTRAST_CLAUSE = re.compile(_CONTRAST + r"\s+(?:the\s+)?", re.IGNORECASE)
_OPENER_SPLIT = re.compile(r"\b(?:such\s+as|like|including|e\.g\.,?|namely)\s+", re.IGNORECASE)

#: cardinal number words ("over four baselines", "over a thousand instances")
_NUMBER_WORDS = frozenset(w for w in WORD_NUMBERS if " " not in w) | {"zero", "thousand", "million", "billion",
                                                                    "trillion", "dozen", "dozens", "hundreds",
                                                                    "thousands", "millions", "billions", "tens"}

#: comparison verbs: their baseline follows them, and their claim too ("outperforms X by 2x")
_VERB_CUE_WORDS = frozenset(
    "outperform outperforms outperforming outperformed surpass surpasses surpassing surpassed beat beats beating "
    "exceeds exceeded over-performs outpaces outpace outpacing outpaced outstrips outstrip outstripping outstripped "
    "rivals rival rivaling rivalling rivaled rivalled".split())

#: first words of the cues that claim equal quality ("comparable performance to X", "on par with X", "the same
#: accuracy as X"): what a contrast after a change sets against it, not what the change is measured from
_EQUAL_QUALITY_OPENERS = frozenset({"comparable", "similar", "same", "on", "matches", "matching", "match", "achieve",
                                    "achieves", "achieving"})
#: (a "while" goes along with the change: "up to 1.55x faster while keeping accuracy comparable to X")
_TRUE_CONTRASTS = CONTRAST_WORDS - {"while", "whilst"}


def _is_verb(ctx: SentenceContext, cue: BaselineCue) -> bool:
    return ctx.toks[cue.start].lower in _VERB_CUE_WORDS


#: plural nouns that name what a claim is compared with ("over four baselines")
_BASELINE_NOUNS = frozenset(
    "baselines methods approaches systems frameworks competitors implementations libraries works techniques "
    "solutions models engines compilers alternatives".split())

#: what a count names when the count is the baseline of a comparison of speed: "than 128 Nvidia A100 GPUs"
_MACHINE_NOUNS = frozenset("gpus cpus tpus nodes servers machines cores chips devices accelerators cards".split())
_RATE_COMPARATIVES = frozenset("faster slower quicker cheaper efficient performant".split())


@lru_cache(maxsize=4)  # asked by both assign_baselines and assign_hardware for one sentence
def _says_respectively(sentence: str) -> bool:
    return _RESPECTIVELY.search(sentence) is not None


def _like_number(tok: Tok) -> bool:
    """A number in figures or words: "100", "four", "a thousand" (its second word); a token that starts with
    a digit and holds a capital is a name ("3DGS", "3D-GS", "2D-TAN")."""
    return (tok.text[:1].isdigit() and not any(ch.isupper() for ch in tok.text)) or (tok.lower in _NUMBER_WORDS and tok.text in (tok.lower, tok.lower.capitalize()))


def are_coordinated(text: str, prev_end: int, start: int) -> bool:
    """Two claims in one coordination: joined by "and" or a comma, not by a clause break."""
    between = text[prev_end:start]
    if (between.rstrip().endswith("(") or _ASIDE_OPENS.fullmatch(between)) and ")" not in between:
        return True  # "4.6x on average (up to 25.5x)", "by 50% (or 80%)": the aside is about the same thing
    return _JOINED.search(between) is not None and _CLAUSE_BREAK.search(between) is None


#: a change said alongside another, whose comparison comes after both ("2.1x faster with 3.5x less
#: memory than X", "runs 2x faster while using 40% less energy than X")
_ALONGSIDE = re.compile(r"\s+(?:with|while\s+(?:using|requiring|consuming|needing|using\s+only))\s+$")


#: a comma and "with" before the later claim: an addition with its own comparison, not a list
_COMMA_WITH = re.compile(r"\s*,\s*with\s+(?:[^\W\d_]+\s+){0,2}", re.IGNORECASE)


#: ... or a clause of its own, set off by a comma: "over 6x lossless acceleration across a range of models, delivering up to
#: 2.5x higher speedup than EAGLE-3", "speedup ratios 3.05x-4.26x, which is 20%-40% faster than EAGLE-1"
_COMMA_CLAUSE = re.compile(r"(?i),\s*(?:which\s+(?:is|are|was|were)|delivering|achieving|yielding|providing|offering|"
                           r"and\s+(?:is|are|was|were))\s+(?:[^\W\d_]+\s+){0,2}$")


def _with_own_comparison(text: str, prev_end: int, later: Candidate, baseline: str) -> bool:
    """The later claim is added with ", with" and its comparison follows it in the same phrase: "a speedup
    ratio up to 6.5x, with about 1.4x improvement over EAGLE-2" compares only the 1.4x (but in "by 2.0-2.4x,
    with up to 2.7x speedup, over X" the aside closes before the comparison, which both share)."""
    if not (_COMMA_WITH.fullmatch(text, prev_end, later.start) or _COMMA_CLAUSE.search(text, prev_end, later.start)):
        return False
    at = text.find(baseline, later.end)
    return at != -1 and "," not in text[later.end:at]


#: a memory a size is compared with ("datasets up to 12x larger than the GPU memory"): the reference of a
#: size only, not of the speed-up said before it
_MEMORY_LIMIT = re.compile(r"(?i)(?:the\s+|a\s+|an\s+)?(?:(?:single|available|on-chip|device|host|gpu|cpu|accelerator)\s+)*"
                           r"(?:memory|memory\s+capacity|vram|dram|hbm|sram|ram)")
_SIZE_KINDS = frozenset({"capacity", "memory"})


def _alongside_next(text: str, targets: list[Candidate], c: Candidate) -> Candidate | None:
    """The claim after ``c`` when it is said alongside ``c`` ("36.6x speedup with 5.4x higher energy efficiency")."""
    later = [t for t in targets if t.start >= c.end]
    return later[0] if later and _said_alongside(text, c.end, later[0].start) else None


def _said_alongside(text: str, prev_end: int, start: int) -> bool:
    """``start`` opens a change said with the one ending at ``prev_end``: up to two words (the measure
    of the first) and then "with" or "while using" ("faster with", "higher throughput with")."""
    between = text[prev_end:start]
    m = _ALONGSIDE.search(between)
    if m is None:
        return False
    before = between[:m.start()] + " "  # "faster; with": the break needs its space
    return len(before.split()) <= 2 and _CLAUSE_BREAK.search(before) is None


@dataclass(frozen=True)
class BaselineCue:
    label: str  # "broad" | "tight"
    start: int  # token indices of the cue phrase
    end: int
    phrase: str  # the baseline noun phrase after it
    segment: int
    wide: str | None = None  # the phrase read as a list of any words ("respectively" sentences)


@cache
def _openers_by_first_word() -> dict[str, list[list[str]]]:
    """List openers ("such as", "as well as") by their first word, longest first."""
    out: dict[str, list[list[str]]] = {}
    for op in sorted(load_lexicon().list_openers, key=lambda o: -len(o.split())):
        words = op.split()
        out.setdefault(words[0], []).append(words)
    return out


_GERUNDS_BEFORE_BASELINE = frozenset({"using", "employing", "adopting"})
_ADVERBS_BEFORE_GERUND = frozenset({"only", "simply", "just", "directly", "naively", "solely"})


#: participles after which "with" names part of a configured baseline ("vLLM integrated with Faiss")
_WITH_PARTICIPLES = frozenset("integrated combined equipped augmented paired coupled enhanced extended trained built "
                               "implemented compiled served".split())
#: generic heads a name in apposition may follow ("its heterogeneity-aware counterpart, Gavel")
_GENERIC_BASELINE_HEADS = frozenset(
    "counterpart counterparts baseline baselines method approach system scheduler framework solution predecessor "
    "competitor work library compiler engine implementation technique kernel design accelerator architecture "
    "algorithm platform runtime tool alternative model variant version state-of-the-art sota".split())


def _apposition_end(ctx: SentenceContext, start: int, comma: int) -> int | None:
    """The end of a name in apposition after a generic baseline phrase ending at ``comma``: "than the
    strongest baseline, Gavel, on all traces", "compared with its counterpart, Gavel." (up to three words
    with a capital or a digit, after "the" or not, closed by a comma, a stop, a citation or the sentence end: "over
    the previous state-of-the-art, MonoGS [12]", "than the next best platform, the MAX78000."), else None."""
    toks = ctx.toks
    if comma <= start or toks[comma - 1].lower not in _GENERIC_BASELINE_HEADS:
        return None
    first = comma + 1 + (comma + 1 < ctx.n and toks[comma + 1].lower == "the")  # "..., the MAX78000"
    j = first
    while j < ctx.n and j - first < 3 and not toks[j].punct and any(ch.isupper() or ch.isdigit()
                                                                     for ch in toks[j].text):
        j += 1
    if j == first or (j < ctx.n and toks[j].text not in (",", ".", ";", ")", "[")):
        return None
    return j


#: a parameter count: "70B", "1.3B", "350M"
_SIZE_TOKEN = re.compile(r"\d+(?:\.\d+)?[BM]")
#: a number joined to a noun by a hyphen in one token: "8-GPU", "50-step"
_COMPOUND_OF_NUMBER = re.compile(r"\d-[^\W\d_]")
#: words that open the main clause after a fronted comparison: "Compared to vLLM, our system achieves ..."
_CLAUSE_SUBJECTS = frozenset({"our", "we", "this", "these", "it", "its", "their", "they", "us"})


#: what may stand between the names of a list in brackets: "(e.g., vLLM, TGI and SGLang)"
_NAME_LIST_JOINERS = frozenset({",", "and", "or", "&", "/", "e.g.", "e.g", "i.e.", "i.e", "etc.", "etc", "such", "as",
                                "including", "like"})


def _names_aside(inside: list) -> bool:
    """The tokens inside brackets are a list of names: each one a joiner or a word with a capital or a
    digit ("FlexGen", "vLLM", "GPT-4"), and at least two names."""
    names = 0
    for t in inside:
        if t.lower in _NAME_LIST_JOINERS:
            continue
        if t.text.islower() or not t.text[:1].isalnum():
            return False
        names += 1
    return names >= 2


#: one unit of time ("in less than a second"), and the words that may follow it
_TIME_SPANS = frozenset("second minute hour day week month year millisecond microsecond".split())
_PREPOSITIONS = frozenset("on of per with during for in at to by from under".split())


#: the nouns a number and its unit may name, right after them: "the 74.32 minute baseline", "a 4 GPU setup"
_NAMED_BY_NUMBER = frozenset({"baseline", "baselines", "setup", "setups", "configuration", "configurations",
                              "implementation", "version", "run", "runs", "pipeline", "system", "recipe", "record"})


def _is_participle(word: str) -> bool:
    """A past participle that ties a description to the phrase before it ("implemented", "based", "trained"):
    a lower-case word in -ed, not in -eed ("speed", "need")."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed") and word.isalpha() and word.islower()


def _baseline_phrase(ctx: SentenceContext, start: int, qtoks: list[tuple[int, int]],
                     wide: bool = False) -> tuple[str, int] | None:
    """The noun phrase starting at token ``start``; returns (text, end token).  ``wide``: "and" joins
    any word that is no stop word (a list of baselines a "respectively" sentence pairs with its claims:
    "a GPU-only baseline and state-of-the-art PIM designs")."""
    lex = load_lexicon()
    toks = ctx.toks
    openers = _openers_by_first_word()
    i = start
    last = start
    n = ctx.n
    after_count = -1  # the token after a count that opens the phrase ("three leading systems")
    open_comma = -1  # the first comma a wide list went on after: a list without "and"/"or" holds no verb
    closed = False
    opened = False  # a list opener ("including", "such as") came: its names go on past commas
    if start + 1 < n and toks[start].lower in ("a", "an", "one", "half") and toks[start + 1].lower in _TIME_SPANS \
            and (start + 2 >= n or not toks[start + 2].text[:1].isalpha() or toks[start + 2].lower in _PREPOSITIONS):
        return None  # "97.89% accuracy in less than a second during inference": a span of time, nothing compared
    both = start + 1 < n and toks[start].lower in ("both", "either") and toks[start + 1].lower != "of"
    if both:
        # "outperforms both checkpointing and redundant computation": the pair is the baseline
        start = i = last = start + 1
    elif start + 1 < n and toks[start].lower in _GERUNDS_BEFORE_BASELINE:
        start = i = last = start + 1  # "compared to using on-demand replicas": what is used is the baseline
    elif start + 2 < n and toks[start].lower in _ADVERBS_BEFORE_GERUND and toks[start + 1].lower in _GERUNDS_BEFORE_BASELINE:
        start = i = last = start + 2  # "compared with only using on-demand instances"

    def listed(j: int) -> bool:
        """Token ``j`` may go on a wide list: a word that is no stop word and no cue ("lowers latency")."""
        return toks[j].text[:1].isalpha() and toks[j].lower not in lex.baseline_stop \
            and not any(c.start <= j < c.end for c in ctx.cues)

    def names_closed_by_and(j: int) -> bool:
        """From token ``j`` on, names joined by commas, then "and"/"or": the rest of a list of names ("DistDGL,
        and Pytorch-BigGraph"; not "VLLM, APEX improves", a subject after the list)."""
        for k in range(j, min(n, j + 16)):
            t = toks[k]
            if t.lower in ("and", "or"):
                return k > j or toks[j].lower in ("and", "or")
            if t.text in (",", "-", "/", ".") or any(ch.isupper() or ch.isdigit() for ch in t.text):
                continue
            return False
        return False

    def opener_at(j: int) -> int:
        first = toks[j].lower if j < n else ""
        for words in openers.get(first, ()):
            if j + len(words) <= n and all(toks[j + k].lower == w for k, w in enumerate(words[1:], 1)):
                return len(words)
        return 0

    def opener_after_modifier(j: int) -> int | None:
        """The list opener a few plain words after token ``j`` ("for fault-tolerant training such as")."""
        for k in range(j + 1, min(n, j + 6)):
            if opener_at(k):
                return k
            if not toks[k].text[:1].isalpha() or toks[k].lower in lex.baseline_stop:
                return None
        return None

    while i < n and i - start < 24:
        span = next(((s, e) for s, e in qtoks if s <= i < e), None)
        if span is not None and (_COMPOUND_OF_NUMBER.search(toks[span[1] - 1].text) or (
                span[1] + 1 < n and toks[span[1]].text == "-" and toks[span[1] + 1].text[:1].isalpha())) \
                and (i == start or (i == start + 1 and toks[start].lower in ("a", "an", "the"))):
            i = last = span[1]  # "over a 50-step baseline", "than the 8-GPU setup": a number's compound names it
            continue
        if span is not None and i == start + 1 and toks[start].lower in ("a", "an", "the") \
                and (head := span[1] + (span[1] < n and toks[span[1]].text.isalpha()
                                        and toks[span[1]].lower not in _NAMED_BY_NUMBER)) < n \
                and toks[head].lower in _NAMED_BY_NUMBER:
            i = last = span[1]  # "over the 74.32 minute baseline", "than a 4 GPU setup": the number names it
            continue
        if span is not None and _SIZE_TOKEN.fullmatch(ctx.span_text(*span)) and span[1] < n \
                and toks[span[1]].text[:1].isalpha() and (i == start or toks[i - 1].text[:1].isalpha()):
            # "than the 70B Llama-2 baseline", "over a 7B draft model", "all existing 3B parameter models": a
            # size names it
            i = last = span[1]
            continue
        if span is not None:
            if i != start:
                break
            count = toks[span[0]].text if span[1] - span[0] == 1 else ""
            nxt = toks[span[1]].text if span[1] < n else ""
            if not ((count.isdigit() or count.isalpha()) and nxt[:1].isalpha() and nxt[:1].islower()):
                return None  # "(148W vs 2,983W)", "vs. 46 TFLOPs per GPU": a measurement, not a baseline
            i = last = after_count = span[1]  # "over four baselines": a count opens the phrase
            continue
        tok = toks[i]
        low = tok.lower
        k = opener_at(i)
        if k:
            i += k
            opened = True
            continue
        if tok.text == "(":
            close = next((j for j in range(i + 1, min(n, i + 20)) if toks[j].text == ")"), None)
            if close is not None and close - i > 5 and not any(t.lower == "respectively" for t in toks[i:close]) \
                    and not _names_aside(toks[i + 1:close]):
                # a long aside ends the phrase; "(A, B and C, respectively)" and "(e.g., FlexGen, MoE-Lightning,
                # DeepSpeed)", the names the phrase means, belong to it
                close = None
            if close is not None and any(i < s < close for s, _ in qtoks):
                close = None  # "(mIoU 17% improvement)": an aside holding a claim is not part of the name
            if close is None or i == start:
                break
            i = close + 1
            last = i
            continue
        if tok.text == "," and not wide and (name_end := _apposition_end(ctx, start, i)) is not None:
            i = last = name_end  # "than the strongest baseline, Gavel, on all traces": the name the phrase means
            break
        if tok.text == ",":
            nxt = toks[i + 1] if i + 1 < n else None
            # (the names a list opener gives go on past their commas until "and" closes them: "frameworks,
            # including KnightKing, DistDGL, and Pytorch-BigGraph, DistGER exhibits ...")
            if nxt is not None and (opener_at(i + 1) or (wide and not closed and nxt.lower not in _CLAUSE_SUBJECTS
                                                         and (nxt.lower in ("and", "or") or listed(i + 1)))
                                    or (opened and not closed and names_closed_by_and(i + 1))):
                # (a list closed by its "and" ends at the next comma: "compared to A, B, and C, this work ...")
                if wide and not opener_at(i + 1) and open_comma < 0:
                    open_comma = i
                i += 1  # "such as X, Y"; in a "respectively" sentence "PyTorch, TorchRec, and HugeCTR"
                continue
            break
        if tok.punct and tok.text not in ("'s", "’s", "-", "/", "&"):
            break
        if low in ("and", "or", "&"):
            closed = True
            j = i + 1
            if wide and j + 1 < n and toks[j].lower in ("the", "a", "an"):
                j += 1  # "the NVIDIA K80 GPU and the i7-8700K CPU, respectively": a second name
            nxt = toks[j] if j < n else None
            if wide and any(j <= s <= j + 1 for s, _ in qtoks):
                break  # "than X and attains 31.9% ...": a verb with its number starts a new clause
            if nxt is not None and (any(ch.isupper() or ch.isdigit() for ch in nxt.text) or opener_at(j)
                                    or ((wide or both) and listed(j))):
                both = False
                i += 1
                continue
            break
        if low == "with" and i > start and toks[i - 1].lower in _WITH_PARTICIPLES and i + 1 < n \
                and (toks[i + 1].text[:1].isupper() or (toks[i + 1].lower in ("the", "a", "an") and any(
                    t.text[:1].isupper() for t in toks[i + 2:i + 5]))):
            i += 1  # "over vLLM integrated with Faiss": a configuration of the baseline, part of its name
            continue
        # (nor after an article: "over the leading TSFM", an adjective)
        adjective = low.endswith("ing") and (i == after_count or (
            i == start + 1 and toks[start].lower in ("the", "a", "an") and i + 1 < n and toks[i + 1].text[:1].isalpha()))
        if low in lex.baseline_stop and i > start and not adjective:
            # "recent proposals for fault-tolerant training such as Oobleck and Bamboo": a description with no
            # name of its own goes on over its modifier to the names that a list opener gives
            ahead = opener_after_modifier(i) if low == "for" and not any(
                ch.isupper() or ch.isdigit() for t in toks[start:i] for ch in t.text) else None
            if ahead is not None:
                i = ahead
                continue
            break  # after a count, "leading" is an adjective: "over three leading inference systems"
        if low in ("that", "those") and i == start and i + 2 < n and toks[i + 1].lower == "of":
            i += 2  # "faster than that of the baseline": the one of the baseline
            continue
        if low in _RESULT_FILLERS and i == start and i + 2 < n and toks[i + 1].lower in ("of", "from"):
            i += 2  # "lower than values from state-of-the-art GPU-based models": the values are the models'
            continue
        if (low in ("that", "those") or low in _RESULT_FILLERS) and i == start and i + 3 < n \
                and toks[i + 1].lower in _RESULT_PARTICIPLES and toks[i + 2].lower in _RESULT_BY:
            i += 3  # "18% lower than that achieved by an A100 GPU"
            continue
        if low in _RESULT_PARTICIPLES and i == start and i + 2 < n and toks[i + 1].lower in _RESULT_BY:
            i += 2  # "higher framerates than reported via an optimized GPU pipeline", "than reported in prior work"
            continue
        if low in lex.baseline_stop and i == start and low not in ("the", "a", "an") \
                and not (len(toks[i].text) > 1 and toks[i].text.isupper()):
            break  # (a stop word in capitals is a name: "a 3x speedup over AT", the autoregressive model)
        i += 1
        last = i
    if open_comma >= 0 and not closed and any(
            c.direction and not c.kind and open_comma < c.start <= last for c in ctx.cues):
        # "relative to native NVFP4, RaZeR reduces ...": a verb after the comma makes it the main clause
        # ("compared to PyTorch, TensorFlow, JAX, it achieves ..." is a list)
        last = min(last, open_comma)
    if start + 1 < last < n and toks[last].lower in _PREPOSITIONS and _is_participle(toks[last - 1].text):
        last -= 1  # "than the vectorized-map approach implemented in JAX": where it was built is no part of its name
    # (nor an "of" whose object is the claim itself: "speedups vs. FP16 of up to 3.6x")
    while last > start and (toks[last - 1].punct or toks[last - 1].lower in ("the", "a", "an", "and", "or", "of")):
        if toks[last - 1].text == ")" and any(t.text == "(" for t in toks[start:last - 1]):
            break  # "Text Generation Inference (TGI)" keeps its closing bracket
        last -= 1
    if last <= start:
        return None
    phrase = ctx.span_text(start, last)
    if last == n and phrase.endswith(".") and toks[last - 1].lower not in ("al.", "etc.", "inc."):
        phrase = phrase[:-1]  # "over Llama-3.2-3B.": the tokenizer left the full stop on the name
    lowered = phrase.lower()
    for prefix in ("that of ", "those of ", "the ones of "):
        if lowered.startswith(prefix):
            phrase = phrase[len(prefix):]
    if (filler := _FILLER_OF_PREFIX.match(phrase)) is not None:
        phrase = phrase[filler.end():]
    if (reference := _THAT_RESULT_PREFIX.match(phrase)) is not None:
        phrase = phrase[reference.end():]
    if not any(ch.isalpha() for ch in phrase):
        return None
    return phrase, last


#: what "that"/"those" stands for when a result is compared: "than that achieved by X", "those reported on X"
_RESULT_PARTICIPLES = frozenset("achieved obtained reported attained delivered reached measured".split())
_RESULT_BY = frozenset("by on with via in for".split())
#: nouns that stand for the results of what is compared: "than values from X", "than results reported by X"
_RESULT_FILLERS = frozenset({"values", "results", "numbers", "figures"})
_FILLER_OF_PREFIX = re.compile(r"(?i)(?:" + "|".join(sorted(_RESULT_FILLERS)) + r")\s+(?:of|from)\s+")
_THAT_RESULT_PREFIX = re.compile(r"(?i)(?:(?:" + "|".join(["that", "those", *sorted(_RESULT_FILLERS)]) + r")\s+)?(?:" + "|".join(sorted(_RESULT_PARTICIPLES)) + r")\s+(?:"
                                 + "|".join(sorted(_RESULT_BY)) + r")\s+")


def _segments(ctx: SentenceContext) -> list[int]:
    """Segment id per token: list markers "(1)", "(2)" and ";" start new segments."""
    text = ctx.text
    if ";" not in text and "(" not in text:
        return [0] * ctx.n
    semicolons = {ctx.token_at(m.start()) + 1 for m in re.finditer(";", text)}
    breaks = sorted({ctx.token_at(m.start()) for m in _LIST_MARKER.finditer(text)} | semicolons)
    breaks = [b for b in breaks if 0 < b < ctx.n]
    if not breaks:
        return [0] * ctx.n
    return [bisect_right(breaks, i) for i in range(ctx.n)]


def _segment_at(segs: list[int], end: int) -> int:
    """The segment of the token before ``end`` (a claim's last token)."""
    return segs[end - 1] if 0 < end <= len(segs) else 0


#: after a comparison cue, a measure of what was just named ("maintaining or surpassing their task accuracy"):
#: no system to compare with
_OWN_MEASURE = re.compile(
    r"(?i)(?:their|its|our)\s+(?:[\w-]+\s+){0,2}(?:accuracy|accuracies|performance|quality|generalization|"
    r"generalisation|capabilit(?:y|ies)|results?|scores?)")
#: the article and the approximation words that may stand between a bound word ("over") and its number
_BEFORE_A_BOUND_NUMBER = frozenset({"a", "an", "approximately", "about", "around", "roughly", "nearly", "almost", "~",
                                    "≈"})


def _baseline_cues(ctx: SentenceContext, numbers: list[tuple[int, int]], segs: list[int]
) -> list[BaselineCue]:
    """The comparison cues of the sentence with the phrase after each; ``numbers``: the token spans of
    its numbers (a sized model name may be a baseline: "over Qwen2.5-7B")."""
    out = []
    respectively = _says_respectively(ctx.text)
    for label, span_start, span_end in ctx.doc.user_data["baseline_cues"]:
        nxt = span_end
        while nxt < ctx.n and ctx.toks[nxt].lower in _BEFORE_A_BOUND_NUMBER:
            nxt += 1  # "over a 2x speedup", "over an approximately 2x speedup": what may stand before the number
        if nxt >= ctx.n:
            continue
        if label == "tight" and span_start > 0 and ctx.toks[span_start - 1].lower in _OVER_AS_ACROSS:
            continue  # "averaged over Llama-2-7B and Mistral-7B": across, not against
        if label == "tight" and span_start > 0 and ctx.toks[span_start].lower == "than" \
                and ctx.toks[span_start - 1].lower == "rather":
            continue  # "complement rather than supersede classical features": instead of, not against
        if label == "tight" and ctx.toks[span_start].lower == "over" and _scope_follows(ctx, nxt):
            continue  # "globally over the whole cluster", "over a week-long trace": where or when, not against
        if label == "tight" and (any(s <= nxt < e for s, e in numbers) or _like_number(ctx.toks[nxt])) \
                and not (nxt > span_end and _COMPOUND_OF_NUMBER.search(ctx.toks[nxt].text)):
            # "over 100 pairs", "more than 10x": a bound, not a comparison; but "over four
            # state-of-the-art baselines" and "over a 50-step baseline" compare ("over 100-token prompts"
            # need not)
            follow = {t.lower for t in ctx.toks[nxt + 1:nxt + 4]}
            if not follow & _BASELINE_NOUNS and not (
                    # "14 times faster than 128 Nvidia A100 GPUs", "than 128 nodes of a supercomputer": after a
                    # comparative of speed, a count of machines is what is beaten (after "more than", a bound)
                    follow & _MACHINE_NOUNS and span_start > 0 and ctx.toks[span_start].lower == "than"
                    and ctx.toks[span_start - 1].lower in _RATE_COMPARATIVES):
                continue
        begin = span_end
        if label == "tight" and ctx.toks[begin].lower in ("with", "using", "in", "on"):
            begin += 1  # "faster than with DARTS", "faster than on an NVIDIA A100 GPU"
        elif label == "broad" and ctx.toks[span_start].lower in _VERB_CUE_WORDS and (
                after := _factor_after_by(ctx, span_end, numbers)) is not None:
            begin = after  # "outperforms by 1.6x previous FP32 parallel implementations": the object follows the factor
        found = _baseline_phrase(ctx, begin, numbers)
        if found is None or found[0].lower() in load_lexicon().not_baseline or _OWN_MEASURE.fullmatch(found[0]):
            continue
        if (owned := _POSSESSED_MEASURE.fullmatch(found[0])) is not None:
            found = (owned.group("owner"), found[1])  # "surpass cuSOLVER's performance by 11%": against cuSOLVER
        wide = _baseline_phrase(ctx, begin, numbers, wide=True) if respectively or label == "tight" \
            or ctx.toks[span_start].lower not in _VERB_CUE_WORDS or " by " in ctx.text else None
        out.append(BaselineCue(label, span_start, span_end, found[0], segs[span_start],
                               wide[0] if wide is not None else None))
    return out


#: the bound words between "by" and its number: "outperforms by up to 1.6x X"
_BY_BOUND_WORDS = (_BEFORE_A_BOUND_NUMBER - {"a", "an"}) | {"up", "to", "over"}


def _factor_after_by(ctx: SentenceContext, at: int, numbers: list[tuple[int, int]]) -> int | None:
    """Where the words after "by N" start when a comparison verb is followed by its factor before its object
    ("outperforms by 1.6x previous FP32 parallel implementations"); None when "by" and a number do not follow."""
    if at >= ctx.n or ctx.toks[at].lower != "by":
        return None
    j = at + 1
    while j < ctx.n and ctx.toks[j].lower in _BY_BOUND_WORDS:
        j += 1
    end = next((e for s, e in numbers if s == j), None)
    if end is None:
        return None
    while end < ctx.n and ctx.toks[end].lower in ("x", "×", "times", "%"):
        end += 1
    return end if end < ctx.n and not ctx.toks[end].punct else None


#: a baseline said as its owner's measure: "cuSOLVER's performance", "vLLM's throughput"
_POSSESSED_MEASURE = re.compile(r"(?P<owner>.+?)(?:'s|’s)\s+(?:[\w-]+\s+)?(?:performance|throughput|speed|latency|"
                                r"runtime|memory(?:\s+usage|\s+footprint)?|energy(?:\s+consumption)?|cost|accuracy)")


def _split_items(phrase: str) -> list[str]:
    inner = re.search(r"\(([^()]*)\brespectively\b[^()]*\)?", phrase)
    if inner:  # "four baselines (CAGNET, SPA, BCL, and CoLa, respectively)"
        phrase = inner.group(1).rstrip(" ,")
    if _OPENER_SPLIT.search(phrase):
        named = []
        for part in _OPENER_SPLIT.split(phrase)[1:]:
            part = re.split(r",\s*(?:as\s+well\s+as\s+)?(?=[a-z])", part)[0]
            named.extend(p for p in _SPLIT_ITEMS.split(part) if p)
        return [n.strip(" ,") for n in named if n.strip(" ,")]
    return [p.strip(" ,") for p in _SPLIT_ITEMS.split(phrase) if p.strip(" ,")]


#: one word list joined by slashes ("dense/unstructured", "PyTorch/JAX/TVM")
_SLASHED_WORDS = re.compile(r"(?<![\w/])[^\W\d_][\w.+-]*(?:/[^\W\d_][\w.+-]*)+(?![\w/])")
_PREPOSITION = re.compile(r"(?i)\b(?:of|with|on|in|for|from|to|at|by|under|using|via)\b")


def _slash_items(phrase: str, n: int) -> list[str]:
    """The ``n`` baselines of a phrase that names them as one slashed list of words, each with the words around
    it: "equivalent dense/unstructured (CSR) sparse layers" -> "equivalent dense layers", "equivalent
    unstructured (CSR) sparse layers" (what follows the list after its last member ends the last one; the
    others share only its head noun, and nothing of it when it holds a phrase of its own: "FP16/INT8 inference
    with TensorRT" -> "FP16", "INT8 inference with TensorRT")."""
    lists = _SLASHED_WORDS.findall(phrase)
    if len(lists) != 1 or lists[0].count("/") != n - 1:
        return []
    m = _SLASHED_WORDS.search(phrase)
    pre, post = phrase[:m.start()], phrase[m.end():]
    head = "" if _PREPOSITION.search(post) else post.split()[-1] if post.split() else ""
    words = m.group().split("/")
    return [(pre + w + (" " + head if head else "")).strip() for w in words[:-1]] + [(pre + words[-1] + post).strip()]


def _second_object(ctx: SentenceContext, s: int, qtoks: list[tuple[int, int]]) -> str | None:
    """The "B" of a claim at token ``s`` written "..., and B by 1.35x" after a verb's first object and
    claim ("outperforms A by up to 8.2x and B by 1.35x"): a few words that are no cue and no number."""
    toks = ctx.toks
    if s < 3 or toks[s - 1].lower != "by":
        return None
    for j in range(s - 2, max(0, s - 8), -1):
        if toks[j].lower in ("and", ","):
            if j == s - 2 or any(c.start < s - 1 and j + 1 < c.end for c in ctx.cues) \
                    or any(qs < s - 1 and j + 1 < qe for qs, qe in qtoks):
                return None  # "and latency by 3x": a measured thing, not a baseline
            return ctx.span_text(j + 1, s - 1)
        if toks[j].punct:
            return None
    return None


def _baseline_is_subject(ctx: SentenceContext, cue: BaselineCue, claim_start: int) -> bool:
    """The claim at ``claim_start`` stands in a contrasting clause whose subject is the cue's baseline:
    "CPUs outperform NPUs in prefill (up to 1.6x), while NPUs give only 1.05-1.2x in decode" does not
    compare the NPUs with themselves."""
    return any(ctx.text.startswith(cue.phrase, m.end())
               for m in _CONTRAST_CLAUSE.finditer(ctx.text, ctx.char_end(cue.end), claim_start))


#: the words after a number that open the comparison of a multiple: "3x the throughput of X", "2x as fast as X",
#: "1.4x that of X", "2.5 times of X"
_MULTIPLE_OPENERS = frozenset({"the", "as", "that", "those", "of"})


#: their first words ("speeds" of "speeds up")
_SPEED_VERBS = frozenset(phrase.split()[0] for phrase in SPEED_VERB_PHRASES)
#: words that make the object of "accelerates X by N" the reference it is compared with ("the original
#: training", "vanilla vLLM", "our base model"), not the work that was made faster ("LLM inference")
_REFERENCE_MARKERS = frozenset(
    "original vanilla base baseline baselines default naive standard unoptimized unmodified reference existing "
    "prior previous conventional traditional sota state-of-the-art autoregressive sequential serial".split())
#: "improves the performance of X by N": the measure of the reference named after "of"
_IMPROVE_VERBS = frozenset("improves improve improving improved boosts boost boosting boosted enhances enhance "
                           "enhancing enhanced".split())
_MEASURES_OF = frozenset("performance throughput speed efficiency runtime".split())


def _accelerated_object(ctx: SentenceContext, s: int) -> str | None:
    """The object of "accelerates X by N", "speeds up X by N" or "improves the performance of X by N" when it
    names a reference, for the claim starting at token ``s`` (at its "by" or just after it): "accelerates the
    original training by up to 13.4x", "speeds up vanilla vLLM by 3x"."""
    toks = ctx.toks
    by = s if s < ctx.n and toks[s].lower == "by" else s - 1
    if by < 2 or toks[by].lower != "by":
        return None
    for v in range(by - 2, max(-1, by - 9), -1):
        low = toks[v].lower
        measured = low == "of" and v >= 3 and toks[v - 1].lower in _MEASURES_OF and toks[v - 2].lower == "the" \
            and toks[v - 3].lower in _IMPROVE_VERBS
        if low in _SPEED_VERBS or measured:
            start = v + 1 + (low in ("speeds", "speed", "speeding", "sped") and toks[v + 1].lower == "up")
            words = toks[start:by]
            if not words or any(not t.text[:1].isalnum() and t.text not in ("-",) for t in words):
                return None
            if not any(t.lower in _REFERENCE_MARKERS for t in words):
                return None
            return ctx.span_text(start, by)
        if not toks[v].text[:1].isalnum() or low in CLAUSE_WORDS:
            return None
    return None


def _multiple_of(ctx: SentenceContext, e: int, numbers: list[tuple[int, int]]) -> str | None:
    """The baseline of a multiple written "N the <measure> of B", "N that of B" or "N as <adjective> as B",
    where token ``e`` follows the number: "0.53x the speed of an RTX 3090", "1.4x that of the GPU
    baseline", "2x as fast as vLLM"."""
    toks = ctx.toks
    if e + 2 < ctx.n and toks[e].lower in ("that", "those") and toks[e + 1].lower == "of":
        found = _baseline_phrase(ctx, e + 2, numbers)  # "1.43x that of the GPU baseline"
        return found[0] if found else None
    if e + 1 < ctx.n and toks[e].lower == "of" and toks[e - 1].lower.endswith(("times", "x", "×", "fold")):
        # "extends model scales 2.27 and 2.5 times of DeepSpeed": N times what B does
        found = _baseline_phrase(ctx, e + 1, numbers)
        if found is None or any(cue.kind and e < cue.start < found[1] for cue in ctx.cues):
            return None  # "2x of the memory": what is measured
        return found[0]
    if e >= ctx.n or toks[e].lower not in ("the", "as"):
        return None
    closer = "of" if toks[e].lower == "the" else "as"
    for j in range(e + 2, min(ctx.n - 1, e + 5)):
        if toks[j].lower == closer:
            words = toks[e + 1:j]
            if not all(t.text.replace("-", "").isalpha() for t in words):
                return None
            if not any(cue.kind and cue.start < j and cue.end > e + 1 for cue in ctx.cues):
                return None  # "3x the number of steps", "2x as well as": no measure between
            if toks[j - 1].lower == "number":
                return None  # "halves the number of GPUs needed": what is counted, not against what
            found = _baseline_phrase(ctx, j + 1, numbers)
            if found is not None and any(cue.kind in COMPARATIVE and j < cue.start < found[1] for cue in ctx.cues):
                return None  # "halves the memory footprint of the KV cache": what is measured, not against what
            return found[0] if found else None
        if not toks[j].text.replace("-", "").isalpha():
            return None
    return None


#: "averaged over", "evaluated over": "over" says across, not against
_OVER_AS_ACROSS = frozenset("averaged aggregated evaluated measured tested trained computed summed batched distributed "
                            "amortized pooled parallelized".split())
#: what "over" spans when it is no comparison: a place or a stretch of time ("over the cluster", "over a
#: week-long trace", "over the course of training")
_SCOPE_NOUNS = frozenset("cluster clusters network course lifetime period periods horizon duration trace traces day days "
                         "week weeks month months year years hour hours run runs window windows span".split())


def _scope_follows(ctx: SentenceContext, i: int) -> bool:
    """The phrase from token ``i`` is a scope: up to three lower-case words before a scope noun ("the whole
    cluster", "a week-long trace"; not "A100 GPU clusters running vLLM", which names a system)."""
    for j in range(i, min(ctx.n, i + 4)):
        if ctx.toks[j].lower in _SCOPE_NOUNS:
            # (not a verb after what is compared: "over the state-of-the-art method run serially")
            return not (j > i and (ctx.toks[j - 1].lower in _BASELINE_NOUNS or ctx.toks[j - 1].lower + "s" in _BASELINE_NOUNS))
        if not ctx.toks[j].text.islower():
            return False
    return False


def _starts_between(starts: list[int], low: int, high: int) -> bool:
    """A claim starts at token ``low`` or after it, before ``high`` (``starts`` sorted)."""
    k = bisect_left(starts, low)
    return k < len(starts) and starts[k] < high


def _tight_after(ctx: SentenceContext, cues: list[BaselineCue], end: int, seg: int,
                 claim_starts: list[int], listed: bool = False) -> BaselineCue | None:
    """A tight cue ("than", "over") soon after token ``end`` in segment ``seg``, with no claim and no
    comma between: "7.2x faster than prior work", "up to 3.92x and 1.45x faster than X" (``listed``: ``end``
    closes a list of claims, and a last item of its own may follow after a comma)."""
    for cue in cues:
        if cue.label != "tight" or cue.start < end or cue.segment != seg or cue.start - end > 16 \
                or _starts_between(claim_starts, end, cue.start):
            continue
        between = _without_asides(ctx.toks[end:cue.start])
        if not _punctuated((_without_last_item_comma(between) if listed else between)[:-1]):
            return cue
    return None


#: the comparative that opens a list's last item, one with no number ("..., and better consistency than X")
_ITEM_COMPARATIVES = frozenset("better higher lower faster slower less more fewer smaller larger cheaper stronger "
                               "improved".split())


def _without_last_item_comma(toks: list[Tok]) -> list[Tok]:
    """``toks`` without the comma before a list's last item, when that item is a comparative with no number:
    "50% less training memory, 2.5x faster throughput, and better consistency than existing works" compares
    every item with what follows "than", as it does with no comma before the "and"."""
    for k in range(len(toks) - 2):
        if toks[k].text == "," and toks[k + 1].lower == "and" and toks[k + 2].lower in _ITEM_COMPARATIVES:
            return toks[:k] + toks[k + 1:]
    return toks


def _without_asides(toks: list[Tok]) -> list[Tok]:
    """``toks`` without a ", respectively," or ", on average," in them: "2x, 3x and 4x speedups, respectively,
    over vLLM" and "1.5x faster, on average, than X" are one phrase with their "over" and "than"."""
    for k, t in enumerate(toks):
        if t.lower == "respectively":
            first, last = k, k
        elif t.lower == "average" and k > 0 and toks[k - 1].lower in ("on", "in"):
            first, last = k - 1, k
        else:
            continue
        lo = first - 1 if first > 0 and toks[first - 1].text == "," else first
        hi = last + 2 if last + 1 < len(toks) and toks[last + 1].text == "," else last + 1
        return toks[:lo] + toks[hi:]
    return toks


def _punctuated(toks: list[Tok]) -> bool:
    """A comma, semicolon or colon among ``toks``, outside brackets ("1.64x (geometric mean, p < 0.001)
    over vLLM" is one phrase)."""
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and t.text in (",", ";", ":"):
            return True
    return False


def inside_brackets(text: str, pos: int) -> bool:
    """More brackets open than close before ``pos``: what stands there is an aside."""
    return text.count("(", 0, pos) > text.count(")", 0, pos)


def _compared_in_own_aside(ctx: SentenceContext, cues: list[BaselineCue], start: int, s: int,
                           later: BaselineCue) -> bool:
    """"(6.5x faster than CGSchNet with 80% less peak memory), surpassing X": a claim in brackets whose aside
    makes a comparison of its own before it ("than CGSchNet") is not one that a cue after the aside sums up."""
    opened = ctx.text.rfind("(", 0, start)
    closed = ctx.text.find(")", start)
    return 0 <= closed < ctx.toks[later.start].idx and any(
        cue.label == "tight" and cue.end <= s and ctx.toks[cue.start].idx > opened for cue in cues)


def assign_baselines(ctx: SentenceContext, cands: list[Candidate], numbers: list[tuple[int, int]],
                     names: list[tuple[int, int]]) -> None:
    """Baselines of ``cands``; ``numbers`` and ``names``: the token spans of the sentence's numbers and of
    its sized model names."""
    _assign_compared(ctx, cands, numbers, names)
    if any(c.baseline is not None and _GENERIC_BASELINE.match(c.baseline) for c in cands) \
            and (named := _opening_comparison(ctx.text)) is not None:
        # "Evaluated against TensorRT-LLM, vLLM, and SGLang, Blink outperforms all baselines ...": the names the
        # sentence opens with are the baselines a later "all baselines" stands for
        for c in cands:
            if c.baseline is not None and _GENERIC_BASELINE.match(c.baseline):
                c.baseline = named
    switch = _SWITCHED_FROM.search(ctx.text) if "from" in ctx.text else None
    if switch is not None:
        # "changing precision from fp32 to fp16 halves the energy consumption": what was left is the reference
        # of the changes said after it, when nothing else names one
        for c in cands:
            if c.baseline is None and c.start >= switch.end() \
                    and (c.kind in COMPARATIVE or (c.kind == "accuracy" and c.change)):
                c.baseline = switch.group("old")


#: a baseline that names nothing: "all baselines", "the existing methods", "state-of-the-art systems", "them"
_GENERIC_BASELINE = re.compile(
    r"(?i)(?:(?:all|the|existing|other|prior|previous|these|those|state-of-the-art|sota|strong|competitive|"
    r"current|leading|popular)\s+)*(?:baselines?|methods|approaches|systems|frameworks|solutions|competitors|them)$")
#: a sentence that opens with what it compares against: "Evaluated against TensorRT-LLM, vLLM, and SGLang, ..."
_OPENING_COMPARISON = re.compile(r"(?i)\s*(?:when\s+)?(?:evaluated|compared|benchmarked|tested|measured|comparing)\s+"
                                 r"(?:against|with|to)\s+")
#: one item of the names it lists: a few words, one of them written as a name (a capital or a digit inside)
_NAMED_ITEM = re.compile(r"(?:the\s+)?(?=[^,]*[A-Z0-9])[\w.+-]+(?:\s[\w.+-]+){0,3}")
#: the "and"/"or" before the last item of that list
_LIST_LAST = re.compile(r"(?:and|or)\s+")


def _opening_comparison(text: str) -> str | None:
    """The names a sentence opens its comparison with ("TensorRT-LLM, vLLM, and SGLang"), up to the comma that
    ends their list (or the first name alone where no "and" closes a list); None when it opens otherwise."""
    opener = _OPENING_COMPARISON.match(text)
    if opener is None:
        return None
    first_end = None
    pos = opener.end()
    for _ in range(6):
        joined = _LIST_LAST.match(text, pos) if first_end is not None else None
        start = joined.end() if joined else pos
        item = _NAMED_ITEM.match(text, start)
        if item is None or not text.startswith(",", item.end()):
            break
        if joined is not None:
            return text[opener.end():item.end()]  # "A, B, and C,"
        first_end = first_end or item.end()
        pos = item.end() + 1 + (text[item.end() + 1:item.end() + 2] == " ")
    return text[opener.end():first_end] if first_end is not None else None


#: a switch from one thing to another ("changing precision from fp32 to fp16", "migrating from A100 to H100 GPUs",
#: "the performance gain from A100 to B200");
#: the old side a name or a few words, no number of a setting ("increasing the batch size from 8 to 64"; and no
#: "moving data from storage to GPU", a transfer)
_SWITCHED_FROM = re.compile(
    r"(?i)\b(?:chang(?:e|es|ed|ing)|switch(?:es|ed|ing)?|migrat(?:e|es|ed|ing)|"
    r"convert(?:s|ed|ing)?|transition(?:s|ed|ing)?|port(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|shift(?:s|ed|ing)?|"
    # (or the gain of such a move: "the massive performance gain from A100 to B200 (~35x speed-up)")
    r"gains?|improvements?|speed-?ups?)\s+"
    r"(?:[\w-]+\s+){0,3}?from\s+"
    r"(?P<old>(?:the\s+)?(?!\d[\d.,]*(?:\s|[x×%]|$))[\w.+-]*[^\W\d_][\w.+-]*(?:\s+[\w.+-]+){0,2}?)\s+to\s+[\w.+-]+")


def _assign_compared(ctx: SentenceContext, cands: list[Candidate], numbers: list[tuple[int, int]],
                     names: list[tuple[int, int]]) -> None:
    """The baselines a comparison word names: "than X", "compared to X", "3x the throughput of X"."""
    # an absolute score ("84% pass rate") compares with nothing; a change ("+5.7%", "by 0.2 PPL") does
    targets = sorted((c for c in cands if c.kind in COMPARATIVE or (c.kind == "accuracy" and c.change)),
                     key=lambda c: c.start)
    if not targets:
        return
    qtoks_all = numbers + names
    segs = _segments(ctx)
    cues = _baseline_cues(ctx, numbers, segs)
    spans = {id(c): ctx.token_span(c.start, c.end) for c in targets}
    accelerated = {id(c): obj for c in targets if c.kind == "speedup"
                   and (obj := _accelerated_object(ctx, spans[id(c)][0])) is not None}
    if not cues and not accelerated and not any(spans[id(c)][1] < ctx.n and ctx.toks[spans[id(c)][1]].lower in _MULTIPLE_OPENERS
                            for c in targets):
        return  # neither "than X", "compared to X" nor "3x the throughput of X", "2x as fast as X", "2x that of X"
    # a claim in parentheses is an aside ("1.26x average gains (up to 1.55x) over X"): it does not
    # stand between another claim and that claim's "over X"
    aside = {id(c) for c in targets if inside_brackets(ctx.text, c.start)}
    claim_starts = sorted(spans[id(c)][0] for c in targets if id(c) not in aside)
    # broad cues said after a claim, before any other ("over 90% compared to X"): that claim's own
    owned = {cue.start for cue in cues if cue.label == "broad" and any(
        e <= cue.start and not _starts_between(claim_starts, e, cue.start) for _, e in spans.values())}
    list_ends: dict[int, int] = {}  # a list of claims -> where its last member ends
    for c in targets:
        if c.group >= 0:
            list_ends[c.group] = max(list_ends.get(c.group, 0), spans[id(c)][1])
    # the claims that follow another after a comma, in its segment: "50% less memory, 2.5x faster throughput"
    comma_listed = {id(c) for b, c in zip(targets, targets[1:])
                    if _segment_at(segs, spans[id(b)][1]) == _segment_at(segs, spans[id(c)][0])
                    and (between := ctx.toks[spans[id(b)][1]:spans[id(c)][0]]) and between[-1].text == ","
                    and not _punctuated(between[:-1])}
    via_tight: set[int] = set()
    earlier: dict[int, BaselineCue] = {}  # claim -> a tight cue before it, when nothing nearer says more
    cue_of: dict[int, BaselineCue] = {}  # claim -> the cue its baseline was read after
    for c in targets:
        s, e = spans[id(c)]
        # the number's segment: "as much as (1) 25.3X ... over X" starts before the list marker
        seg = _segment_at(segs, e)
        chosen = None
        if id(c) in accelerated:
            # "accelerates the original training by up to 13.4x": the object said before "by" is the reference
            c.baseline = accelerated[id(c)]
            via_tight.add(id(c))
            continue
        # 1. a tight cue right after the claim, or after the last member of its list
        #    ("7.2x faster than prior work", "up to 3.92x and 1.45x faster than X")
        end = list_ends[c.group] if c.group >= 0 else e
        chosen = _tight_after(ctx, cues, end, seg, claim_starts, listed=id(c) in comma_listed)
        if chosen is not None:
            via_tight.add(id(c))
        else:
            # 0. "3x the throughput of vLLM", "2x as fast as FlashAttention": the comparison is said
            #    right after the number, with no "than" or "over"
            chosen = _multiple_of(ctx, e, numbers)
            if chosen is not None:
                c.baseline = chosen
                via_tight.add(id(c))
                continue
        # 2. the nearest broad cue in the same segment ("Compared to X, ..."), or in the sentence's
        #    preamble before its "(i) ... (ii) ..." list ("compared to X: (i) ... 1.5x ...")
        if chosen is None:
            # a comparison verb after the claim, with a claim after it, starts that claim's comparison
            # ("2.2x higher throughput ... than vLLM, and outperforms SGLang with up to 2x ..."); with
            # none after it, it sums up the claims before ("1.36x speedups, outperforming X")
            # (nor one after a contrast: "by up to 9.4x compared to X (on average 8.6x), but reserving
            # comparable performance to Y"; nor past a later claim: "5.4x higher energy efficiency and 9x speedup
            # over X, while keeping accuracy comparable to Y" compares the 5.4x with X)
            broad = [cue for cue in cues if cue.label == "broad" and cue.segment in (seg, 0)
                     and not (cue.start >= end and _is_verb(ctx, cue) and _starts_between(claim_starts, cue.end, ctx.n + 1))
                     # (nor a comparison verb of its own clause after a contrast: "a speedup of 3~5x, but also
                     # significantly outperforms open-source models of similar size on benchmarks")
                     and not (cue.start >= end and _is_verb(ctx, cue)
                              and any(t.lower in _TRUE_CONTRASTS for t in ctx.toks[end:cue.start]))
                     and not (cue.start >= end and ctx.toks[cue.start].lower in _EQUAL_QUALITY_OPENERS
                              and (any(t.lower in _TRUE_CONTRASTS for t in ctx.toks[end:cue.start])
                                   or _starts_between(claim_starts, end, cue.start)))
                     and not (cue.end <= s and _baseline_is_subject(ctx, cue, c.start))
                     and not (cue.start >= end and id(c) in aside and _compared_in_own_aside(ctx, cues, c.start, s, cue))
                     # (nor one that an earlier claim owns, across a contrast: "over 90% compared to X, while
                     # cutting the peak memory footprint by 90%")
                     and not (cue.end <= s and cue.start in owned
                              and any(t.lower in CONTRAST_WORDS for t in ctx.toks[cue.end:s]))]
            # "..., and up to 8.8x improvement in energy efficiency compared to GPU": a "compared to"
            # after the claim, before any other claim, is its own, however near the one before it
            own = [cue for cue in broad if cue.start >= end and cue.segment == seg
                   and not _is_verb(ctx, cue)
                   and not _starts_between(claim_starts, end, cue.start)]
            if not own and (nxt := _alongside_next(ctx.text, targets, c)) is not None:
                # "... compared to A and 36.6x speedup with 5.4x higher energy efficiency compared to B": a change
                # said with another shares the comparison said after both, before one an earlier claim closed
                nxt_end = spans[id(nxt)][1]
                own = [cue for cue in broad if cue.start >= nxt_end and cue.segment == seg
                       and not _is_verb(ctx, cue) and not _starts_between(claim_starts, nxt_end, cue.start)]
            if own:
                chosen = own[0]
            elif broad:
                chosen = min(broad, key=lambda cue: (cue.segment != seg, min(abs(cue.start - e), abs(s - cue.end))))
                if chosen.start >= end and _is_verb(ctx, chosen) \
                        and any(t.lower == "and" for t in ctx.toks[end:chosen.start]) \
                        and (said_before := [cue for cue in broad if cue.end <= s and cue.segment == seg]):
                    # "is on par with A while being faster (up to 10 times), and outperforms B": a verb after
                    # "and" opens a predicate of its own; the comparison said before the claim is the claim's
                    chosen = said_before[-1]
                if chosen.end <= s:
                    # "outperforms A but also achieves better efficiency than B, reducing storage to 55%": a
                    # "than B" said between the broad cue and the claim is the nearer comparison
                    nearer = [cue for cue in cues if cue.label == "tight" and chosen.end <= cue.start
                              and cue.end <= s and cue.segment == seg]
                    if nearer:
                        chosen = nearer[-1]
        # 3. (below) a tight cue earlier in the segment, shared by a coordinated claim
        if chosen is None:
            before = [cue for cue in cues if cue.label == "tight" and cue.end <= s and cue.segment == seg]
            if before:
                earlier[id(c)] = before[-1]
        if chosen is not None:
            c.baseline = chosen.phrase
            cue_of[id(c)] = chosen
            if _is_verb(ctx, chosen) and _starts_between(claim_starts, chosen.end, s):
                # "outperforms A by up to 8.2x and B by 1.35x": the verb's second object
                c.baseline = _second_object(ctx, s, qtoks_all) or c.baseline
    # "4.1x performance gains and 4.6x energy efficiency improvements over X": coordinated claims
    # share the comparison said after the last of them, before one said earlier ("a 19.7x speed-up
    # over A and is 47% more memory-efficient and 34% faster than B": 47% is against B).  A list
    # may end in a change of no scored kind: "81% faster convergence, 80% lower memory usage, and
    # 69% payload reduction than X" still compares the first two with X
    said_after = {id(c): c.baseline for c in targets if id(c) in via_tight}
    links = [c for c in cands if c.kind == "other" and c.unit in ("x", "%")]
    link_ids = {id(c) for c in links}
    for link in links:
        le = ctx.token_span(link.start, link.end)[1]
        cue = _tight_after(ctx, cues, le, _segment_at(segs, le), claim_starts)
        if cue is not None:
            said_after[id(link)] = cue.phrase
    chain = sorted(targets + links, key=lambda c: c.start) if links else targets
    for c, nxt in reversed(list(zip(chain, chain[1:]))):
        is_link = id(c) in link_ids
        if id(c) not in said_after and id(nxt) in said_after and (c.baseline is None or is_link) \
                and (are_coordinated(ctx.text, c.end, nxt.start) or _said_alongside(ctx.text, c.end, nxt.start)) \
                and not _with_own_comparison(ctx.text, c.end, nxt, said_after[id(nxt)]) \
                and not (c.kind not in _SIZE_KINDS and _MEMORY_LIMIT.fullmatch(said_after[id(nxt)])):
            said_after[id(c)] = said_after[id(nxt)]
            if not is_link:
                c.baseline = said_after[id(c)]
    for c in targets:
        if c.baseline is None and id(c) in earlier:
            c.baseline = earlier[id(c)].phrase
    # "respectively": one baseline per member of a list of claims (and lists that pair without the word:
    # "outperforms A, B and C by 2x, 3x and 4x", "2x, 3x and 4x speedups over A, B and C")
    respectively = _says_respectively(ctx.text)
    if respectively or len(targets) > 1:
        by_group: dict[int, list[Candidate]] = {}
        for c in targets:
            by_group.setdefault(c.group, []).append(c)
        for members in by_group.values():
            if len(members) < 2 or members[0].baseline is None:
                continue
            cue = _cue_read_for(members[0], cue_of, cues)
            # "compared to their respective baselines, the ARM A64FX core and a RISC-V-based edge SoC": the names
            # set off after a phrase of respective baselines pair in order, as after "respectively"
            respective = _RESPECTIVE_BASELINES.search(members[0].baseline) is not None
            # "1.9x/2.4x over vLLM/SGLang": values joined by slashes pair like a list said "respectively"
            paired = respectively or respective or _slash_joined(ctx.text, members)
            if not (respectively or respective) and len({(m.kind, m.metric) for m in members}) > 1:
                continue  # "2x and 3x lower latency and memory over A and B": the numbers pair with the measures
            if not paired and not (cue is not None and cue.wide and _bare_list(ctx.text, members) and (
                    _list_then_by(ctx.text, cue.wide, members[0].start) or (
                        # "2.9x, 3.3x and 2.2x speedups over A, B and C": the list of what they beat follows
                        # (or "compared to A, B, C and D", not a verb's object)
                        (cue.label == "tight" or not _is_verb(ctx, cue)) and cue.start >= spans[id(members[-1])][1]
                        and not any(spans[id(members[-1])][1] <= s < cue.start for s, _ in numbers)))):
                continue
            items = _split_items(members[0].baseline)
            if len(items) != len(members) and cue is not None and cue.wide and _closed_list(ctx.text, cue.wide):
                items = _split_items(cue.wide)
            if len(items) != len(members) and paired:
                items = _slash_items(members[0].baseline, len(members))
            if len(items) != len(members) and respectively \
                    and (at := ctx.text.find(members[0].baseline)) >= 0 \
                    and (apposed := _APPOSED_NAMES.match(ctx.text, at + len(members[0].baseline))) is not None:
                # "22.9% and 12.8% over state-of-the-art techniques, DeepUM and G10, respectively": the names set
                # off after the phrase are the members' baselines
                items = _split_items(apposed.group("names"))
            if respective and (at := ctx.text.find(members[0].baseline)) >= 0 \
                    and (apposed := _APPOSED_TO_END.match(ctx.text, at + len(members[0].baseline))) is not None:
                items = _split_items(apposed.group("names"))
            if len(items) == len(members) and not any(
                    m.metric and m.metric.lower() in item.lower() for m in members for item in items):
                # (not "Compared to full prefill, the latency and memory are reduced by 30% and 45%, respectively":
                # the measures listed are what changed, no baselines)
                for member, item in zip(members, items):
                    member.baseline = item
        if respectively:
            _pair_past_asides(targets, aside, cue_of, cues)


#: names set off by commas after a baseline phrase, before "respectively": ", DeepUM and G10, respectively"
_NAME = r"[A-Z0-9][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,2}"
_APPOSED_NAMES = re.compile(r"\s*,\s*(?P<names>(?:" + _NAME + r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))+" + _NAME
                            + r")\s*,?\s+respectively\b")

#: a phrase of baselines that are each member's own: "their respective baselines"
_RESPECTIVE_BASELINES = re.compile(r"(?i)\brespective\b")
#: ... and the list set off after it, to the end of the sentence: ", the ARM A64FX core and a RISC-V-based edge SoC."
_APPOSED_TO_END = re.compile(r"\s*,\s*(?P<names>[^,;:]+?(?:\s*,\s*(?:and\s+)?[^,;:]+?)*\s*(?:,\s*)?\band\s+[^,;:]+?)"
                             r"\s*(?:[.;]\s*$|[.;]\s+(?=[A-Z])|$)")

#: what closes a list of baselines: "A, B and C", "A or B", "A/B"
_CLOSED_LIST = re.compile(r"\b(?:and|or)\b|[&/]")


def _closed_list(text: str, phrase: str) -> bool:
    """The phrase is a list closed by its "and" or "or", or one of names only that a comma ends ("Compared to
    PyTorch, TensorFlow, JAX, it achieves ..."); not "compared to the renowned nnU-Net, LightM-UNet reduces
    ...", one baseline and then the subject."""
    if _CLOSED_LIST.search(phrase):
        return True
    end = text.find(phrase)
    return end >= 0 and text.startswith(",", end + len(phrase))


def _cue_read_for(c: Candidate, cue_of: dict[int, BaselineCue], cues: list[BaselineCue]) -> BaselineCue | None:
    """The cue the baseline of ``c`` was read after (or, for one shared along a list, the cue that reads it)."""
    return cue_of.get(id(c)) or next((k for k in cues if k.phrase == c.baseline), None)


def _pair_past_asides(targets: list[Candidate], aside: set[int], cue_of: dict[int, BaselineCue],
                      cues: list[BaselineCue]) -> None:
    """ "1.28x (up to 1.73x) and 1.27x (up to 2.04x) speedup compared to A and B, respectively": the claims
    outside brackets that share one baseline list pair with it in order, each aside with the claim before it."""
    sharing = [c for c in targets if c.baseline is not None and c.baseline == targets[0].baseline]
    own = [c for c in sharing if id(c) not in aside]
    if len(own) < 2 or len(own) == len(sharing):
        return
    cue = _cue_read_for(own[0], cue_of, cues)
    items = _split_items(cue.wide) if cue is not None and cue.wide else _split_items(own[0].baseline)
    if len(items) != len(own):
        return
    item = None
    own_items = iter(items)
    for c in sharing:
        if id(c) not in aside:
            item = next(own_items)
        if item is not None:
            c.baseline = item


def _bare_list(text: str, members: list[Candidate]) -> bool:
    """The claims are a list of bare numbers ("29x, 29x, and 3x"), with no setting of their own between them."""
    return all(_BARE_LIST_STEP.fullmatch(text, a.end, b.start) for a, b in zip(members, members[1:]))


#: (a hyphenated word that says where the result was measured may follow it: "6x layer-wise and 4x end-to-end on
#: RTX5090")
_BARE_LIST_STEP = re.compile(r"(?:\s+[a-z]+-[a-z-]+)?\s*,?\s*(?:and\s+|or\s+)?")
#: ... or into a result's aside in brackets: "×3.13 (median ×1.31) on L40"
_ASIDE_STEP = re.compile(r"\s*\(\s*(?:[^\W\d_][\w-]*\s+){0,3}")


def _list_then_by(text: str, baseline: str, start: int) -> bool:
    """The baseline phrase stands right before "by" and the list of claims: "over A, B, and C by up to 29x,
    29x, and 3x" pairs them in order as "respectively" would."""
    before = text[:start].rstrip()
    if before.endswith(" by"):
        before = before[:-3].rstrip()
    return before.endswith(baseline)


#: "than" right before a device: "less compute than RTX 5090", "faster than on an NVIDIA A100"
_THAN_BEFORE_DEVICE = re.compile(r"(?i)\bthan\s+(?:on\s+)?(?:(?:the|an?|a\s+single|one)\s+)?$")


def assign_hardware(ctx: SentenceContext, cands: list[Candidate], hardware: list[HardwareMention]) -> None:
    if not hardware:
        return
    entities = list(dict.fromkeys(h.entity for h in hardware))
    others = [c for c in cands if c.kind != "hardware"]
    # devices a claim is compared with ("than the K80 GPU and the i7 CPU, respectively") pair with no
    # claim as its own
    compared = [c.baseline for c in others if c.baseline]
    # (and so is one right after "than", whatever claim owns it: "6x less compute than RTX 5090")
    devices = [h for h in hardware if not any(h.text in phrase for phrase in compared)
               and not _THAN_BEFORE_DEVICE.search(ctx.text, max(0, h.start - 24), h.start)]
    own_entities = list(dict.fromkeys(h.entity for h in devices))
    groups: dict[int, list[Candidate]] = {}
    for c in others:
        groups.setdefault(c.group, []).append(c)
    respectively = _says_respectively(ctx.text)
    # "22.8x speedup over A and 9.6x speedup over B on an RTX 4090 and a Xeon, respectively": claims
    # that are not one list still pair with the devices in order when their numbers agree
    # (and so do model sizes: "finetune the Llama 3-8B and Llama 3-70B models using a single RTX3090 GPU and 4
    # A100 GPUs, respectively")
    results = [c for c in others if c.kind in COMPARATIVE or c.kind == "accuracy"]  # in sentence order
    sizes = [c for c in others if c.kind == "model_size"]
    in_order: dict[int, str] = {}
    if respectively and len(own_entities) > 1:
        for sequence in (results, sizes):
            if len(sequence) == len(own_entities):
                in_order.update((id(c), entity) for c, entity in zip(sequence, own_entities))
    own = _own_devices(ctx.text, results, devices) if len(entities) > 1 else {}
    if len(devices) > 1:
        in_order.update(_slash_paired(ctx.text, groups, devices))
    for c in others:
        members = groups[c.group]
        if respectively and len(members) == len(own_entities) > 1:
            c.hardware = own_entities[members.index(c)]
        elif id(c) in in_order:
            c.hardware = in_order[id(c)]
        else:
            c.hardware = own.get(id(c)) or (None if own_entities else _compared_device(c, hardware)) \
                or _first_specific(entities)


def _slash_joined(text: str, members: list[Candidate]) -> bool:
    return all(text[a.end:b.start].strip() == "/" for a, b in zip(members, members[1:]))


def _slash_paired(text: str, groups: dict[int, list[Candidate]], devices: list[HardwareMention]) -> dict[int, str]:
    """Values joined by slashes on devices joined by slashes pair in order: "5.7x/8.3x faster on Jetson
    TX2/Loihi 2", "1.9x/2.4x speedups on A100/H100 GPUs"."""
    runs: list[list[HardwareMention]] = [[devices[0]]]
    for h in devices[1:]:
        if text[runs[-1][-1].end:h.start].strip() == "/":
            runs[-1].append(h)
        else:
            runs.append([h])
    runs = [run for run in runs if len(run) > 1]
    paired: dict[int, str] = {}
    for members in groups.values():
        if len(members) < 2 or not _slash_joined(text, members):
            continue
        run = next((run for run in runs if len(run) == len(members) and run[0].start > members[-1].end), None)
        if run is not None:
            paired.update((id(c), h.entity) for c, h in zip(members, run))
    return paired


def _first_specific(entities: list[str]) -> str:
    """The first of ``entities`` (devices in sentence order), or the next one where that is a more specific
    name of it: a product of its vendor after a vendor-level name ("on current NVIDIA GPUs (e.g., Ampere
    A100)" runs on the A100), a member of its line after the line ("NVIDIA Jetson devices (Jetson Orin)")."""
    first = entities[0]
    if len(entities) < 2:
        return first
    following = entities[1]
    if first.endswith(VENDOR_LEVEL_SUFFIXES):
        specific = following.startswith(first.rsplit(" ", 1)[0] + " ") and not following.endswith(VENDOR_LEVEL_SUFFIXES)
    else:
        specific = following.startswith(first + " ")
    return following if specific else first


def _compared_device(c: Candidate, hardware: list[HardwareMention]) -> str | None:
    """The one device a claim is compared with, where the sentence names no device but those compared with:
    "168x and 8.7x speedup compared with a Xeon 5220 CPU and a V100 GPU, respectively" sets 8.7x beside the
    V100, not beside the first device the sentence names."""
    if not c.baseline:
        return None
    named = {h.entity for h in hardware if h.text in c.baseline}
    return named.pop() if len(named) == 1 else None


def _own_devices(text: str, results: list[Candidate], devices: list[HardwareMention]) -> dict[int, str]:
    """The device each result claim names for itself where a sentence names several: the first one
    right after it, before the next result and any comma ("2.3x on H100 and 1.8x on A100"), else the
    first one between the previous result and it ("on A100, 2x ...; on H100 it achieves 1.5x"), in the
    same clause.  ``devices``: the sentence's hardware but what a claim is compared with ("16x more
    energy-efficient than on an NVIDIA A100 GPU"); ``results``: the result claims, in sentence order."""
    own: dict[int, str] = {}
    # "1.6x and 2.1x improvement of latency and throughput on AGX Orin": results listed bare share the
    # device after the last of them (and so do a result and its aside: "×3.13 (median ×1.31) on L40")
    last_listed = list(range(len(results)))
    for k in range(len(results) - 2, -1, -1):
        if _BARE_LIST_STEP.fullmatch(text, results[k].end, results[k + 1].start) \
                or _ASIDE_STEP.fullmatch(text, results[k].end, results[k + 1].start):
            last_listed[k] = last_listed[k + 1]
    closed_by: HardwareMention | None = None  # the device said right after the previous result, its own
    for i, c in enumerate(results):
        last = last_listed[i]
        until = results[last + 1].start if last + 1 < len(results) else len(text)
        since = results[i - 1].end if i > 0 else 0
        after = next((h for h in devices if results[last].end <= h.start < until
                      and "," not in text[results[last].end:h.start]
                      and not _CLAUSE_BREAK.search(text, c.end, h.start)), None)
        # (not the device that closed the previous result's clause: "2x on A100 GPU, and 1.6x on AGX Orin")
        before = next((h for h in devices if since <= h.start and h.end <= c.start and h is not closed_by
                       and not _CLAUSE_BREAK.search(text, h.end, c.start)), None)
        closed_by = after
        if after is not None or before is not None:
            chosen = after or before
            # "on NVIDIA Jetson boards (Jetson AGX Orin)": a more specific name said right after it is the device
            later = [h.entity for h in devices if chosen.start <= h.start < (until if chosen is after else c.start)]
            own[id(c)] = _first_specific(later) if later and later[0] == chosen.entity else chosen.entity
    return own
