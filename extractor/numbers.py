"""The number grammar: numbers, magnitudes, multipliers, percents, ranges.

Pure functions over plain (cleaned) strings; no spaCy.  :func:`find_quantities`
returns every quantity expression in a sentence with its character span,
its value range and its unit as written.  Deciding what a quantity *means*
(speed-up or memory, bound, baseline) is left to ``claims``.

Forms covered (one row per form in ``tests/test_numbers.py``):

* numbers: ``2,000``, ``1.5``, ``.5``, ``one``, ``twenty``, ``a dozen``;
* magnitudes: ``7B``, ``350M``, ``128K``, ``1,900K``, ``1T``, ``7 billion``;
* multipliers: ``8.2x``, ``8.2×``, ``×1.8``, ``8.2-fold``, ``2.2 times``, ``1.8-times``, ``factor of 38``,
  ``factor of two``,
  ``twice``, ``doubles``, ``halves``, ``by (more than) half`` (50%), ``an order of magnitude``, ``two orders of magnitude``,
  ``three to five orders of magnitude``;
* percents and points: ``53%``, ``53 percent``, ``15.1 percentage points``;
* ranges: ``1.03-2.4x``, ``1.9x-2.7x``, ``3-to-5x``, ``20-30%``, ``2.35× ~ 3.47×``, ``from 2 to 32``,
  ``between 2x and 3x``, ``between 70 million and 1.4 billion``;
* other units as written: ``13W``, ``810GB``, ``16 hours``, ``1,000 tokens/s``.
"""

from __future__ import annotations

import itertools
import math
from typing import Iterator, NamedTuple
import re
from functools import lru_cache
import string

from . import units as U


def _alternation(forms, escape: bool = True) -> str:
    items = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(f) if escape else f for f in items)


#: a power of ten, with or without its mantissa: "10^4", "10^{3}", "1.5×10^3", "2 ×10^-3" (the clean-up has
#: turned "$10^4\\times$" into "10^4×")
_POWER_OF_TEN = r"(?:\d+(?:\.\d+)?\s?[×x·]\s?)?10\^\{?-?\d{1,2}\}?"
_POWER_PARTS = re.compile(r"(?:(?P<mantissa>\d+(?:\.\d+)?)\s?[×x·]\s?)?10\^\{?(?P<exp>-?\d{1,2})\}?")
_NUM = _POWER_OF_TEN + r"|(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+"
#: what a magnitude counts, for the forms of it that count only before it: "1.3b parameters", "7b LLMs"
_SIZED_NOUNS = r"parameters?|params?|models?|LLMs?|LMs?|language\s+models?"
#: after a spaced capital, the active or total share of a mixture-of-experts model says it alone ("1.3 B active and
#: 6.9 B total"; a lower-case "5 m total" is a length)
_SHARE_OF_PARAMS = r"active|activated|total"
#: (a lower-case "b" or "m", or one after a space, only before what it counts: "1.3b parameters", "350m-parameter
#: models", "7b LLMs", "a 41 M parameter model", "128 K tokens", and the members of a range or list of those:
#: "from 0.5 B to 8 B parameters", "0.5 B, 1.5 B and 8 B models")
_MAG_LETTER = (r"[KMBT](?![^\W_])|k(?![^\W_])"
               # (and a member of a range or list of such sizes: "from 4m to 2.5B parameters", "30b and 70b models")
               r"|[bm](?=(?:(?:\s?(?:,|/|-|–|to|and|or|,\s?and|,\s?or)\s?|\s)\d+(?:\.\d+)?\s?[KMBTbm]){0,6}[\s-]"
               r"(?:sized[\s-]+)?(?:" + _SIZED_NOUNS + r")(?![^\W_]))"  # ("360m and 660m sized models")
               r"|\s[KMBT](?=(?:\s?(?:,|/|-|–|to|and|or|,\s?and|,\s?or)\s?\d+(?:\.\d+)?\s[KMBT]){0,6}[\s-](?:"
               + _SIZED_NOUNS + "|" + _SHARE_OF_PARAMS + r"|tokens?)(?![^\W_]))")
_MAG_WORD = r"[\s-](?:(?i:thousand|million|billion|trillion)|bn|mn)(?![^\W_])"
#: (the words in any case: titles write "by 100-200 Times", "a 10-Fold Speedup")
#: ("5-fold cross-validation", "10-fold CV" count the folds of an evaluation, no factor)
_FACTOR = (r"\s?[×xX](?![^\W_])(?!\s?\d)|-?\s?(?i:fold)(?![^\W_])(?![\s-]+(?:[\w()-]+\s+){0,5}?(?:(?i:stratified\s+)?(?i:cross|validation)|CV\b))"
           r"|[\s-](?i:times)(?![^\W_])"
           # an ASCII asterisk for the sign, only before a change ("up to 3.1* speedup"; "85.3* accuracy" is a
           # footnote mark)
           r"|\*(?=\s?(?i:speed-?ups?|faster|slower|higher|lower|improvements?|reductions?|fewer|less|more|smaller|"
           r"larger|better|cheaper)\b)")
_PERCENT = r"\s?%|\s(?:percent|per\s?cent)(?![^\W_])|-percent(?![^\W_])"
#: "6.5% points", "3 %-points": percentage points written with the sign
_PERCENT_POINTS = r"\s?%[\s-]?points?(?![^\W_])"
#: "15.1 percentage points", "3 pp", "23.88%p"; "17.6 CIDEr points", "2 accuracy points": points of a named score
#: (Elo points are the Elo scale's own)
_SCORE_NAMES = "|".join(re.escape(m) for m in sorted({*U.METRIC_UNITS, "accuracy"} - {"elo"}, key=len, reverse=True))
#: "8 point cloud models", "a 2-point crossover": a noun the word "point" names the kind of, no percentage points
_POINT_NOUNS_AFTER = r"(?![\s-](?i:clouds?|sets?|process(?:es)?|crossovers?|mutations?|estimates?|sources?|masses)(?![^\W_]))"
#: ("33.06 absolute percentage points": an adjective may stand before the points)
_POINTS = (r"\s(?:(?:absolute|additional)\s)?(?:" + _alternation(U.POINT_SUFFIXES) + r")(?![^\W_])" + _POINT_NOUNS_AFTER
           + r"|pp(?![^\W_])|%p(?![^\W_])"
           r"|\s(?i:" + _SCORE_NAMES + r")(?:-[\dA-Za-z])?\spoints?(?![^\W_])")
_OTHER = r"\s?(?:" + _alternation(U.OTHER_UNITS) + r")(?![^\W_])"
#: "100+ datasets", "25+ billion", "70B+ models": at least the number (see claims._bound_for)
_PLUS = r"\+(?![\d+])"
_PLUS_AT = re.compile(_PLUS)
_SIDE = (
    r"(?P<{p}num>" + _NUM + r")(?:" + _PLUS + r")?"
    r"(?P<{p}mag>" + _MAG_LETTER + "|" + _MAG_WORD + r"|(?<=\+)(?i:thousand|million|billion|trillion)(?![^\W_]))?"
    r"(?:" + _PLUS + r")?"
    r"(?P<{p}suf>" + _FACTOR + "|" + _PERCENT_POINTS + "|" + _PERCENT + "|" + _POINTS + "|" + _OTHER + r")?"
)
_RANGE_SEP = r"\s?(?:-{1,3}|[–—~])\s?|-?\s+to\s+|-to-"  # "10- to 20-fold"
#: "by a factor of up to 5", "by factors of up to 2.47, 2.74, and 69.10"
_FACTOR_PREFIX = (
    r"(?P<factor>\bfactors?\s+(?:of\s+)?(?:(?:up\s+to|about|around|over|nearly|roughly|approximately|almost|"
    r"more\s+than|at\s+least|close\s+to|of\s+up\s+to)\s+|[≈~∼]\s?)?)"  # (or a sign: "factors of ≈2–5")
)
_LEFT_GUARD = r"(?<![\w.@=/^\\#:×'’])(?<![\w)\]][-‐–])(?<!\d,)"
#: (a percent sign may touch the next number: "by 25.54%37.88%", where a copy lost the space or the dash)
_RIGHT_GUARD = r"(?!(?<!%)\w|(?<=%)[^\W\d]|[.,:]\d|\^|/\d)"

QUANTITY_RE = re.compile(
    # a quantity starts with a digit, a point, a currency sign, "×" or "factor": every other position
    # fails here at once instead of trying the whole pattern
    r"(?=[\d.$€£f×x])"
    + _FACTOR_PREFIX + r"?"
    # "a ×1.8 speedup": the sign written before the number ("3×3", "4×A100" are no such thing)
    # ("x17.7 on H100" too, but x86, x64 and PCIe x16 are no factors: see _prefix_x_is_no_factor)
    + r"(?P<pre>(?<![\w.)\]])(?<![\d.)\]]\s)(?:×\s?|x)(?=\d))?"
    + r"(?P<cur>[$€£]\s?)?"
    + r"(?(pre)|" + _LEFT_GUARD + r")"
    + _SIDE.replace("{p}", "a")
    + r"(?:(?P<sep>" + _RANGE_SEP + r")[$€£]?" + _SIDE.replace("{p}", "b") + r")?"
    + _RIGHT_GUARD,
)

_WORD_NUMBER = _alternation(U.WORD_NUMBERS)
#: the number words of "five-fold", "fivefold"
_FOLD_NUMBERS = [w for w in U.WORD_NUMBERS if " " not in w and w not in ("one",)] + ["thousand", "million"]
_TENS = [w for w, v in U.WORD_NUMBERS.items() if " " not in w and 20 <= v < 100]
_DIGIT_WORDS = [w for w, v in U.WORD_NUMBERS.items() if " " not in w and v < 10]
#: the number words below a hundred: "twenty-five", "sixteen", "six" (longest first: "sixteen" before "six")
_TENS_DIGIT = "(?:" + "|".join(_TENS) + ")-(?:" + "|".join(_DIGIT_WORDS) + ")"
_SMALL_WORD_VALUES = {w: v for w, v in U.WORD_NUMBERS.items() if " " not in w and v < 100}
_BELOW_HUNDRED = "(?:" + _TENS_DIGIT + "|" + "|".join(sorted(_SMALL_WORD_VALUES, key=len, reverse=True)) + ")"
#: hundreds said in words: "five hundred", "three hundred and fifty", "(a) hundred and twenty-eight", "fifteen
#: hundred"
_HUNDREDS_WORD = (r"(?:(?:a|" + _BELOW_HUNDRED + r")\s+)?hundred(?:\s+(?:and\s+)?" + _BELOW_HUNDRED
                  + r"(?![\w-]))?")
#: a number word of a multiple: "twelve", "fifty", "twenty-five", "five hundred"
_MULTIPLE_WORD = "(?:" + _HUNDREDS_WORD + "|" + _TENS_DIGIT + "|" + "|".join(
    sorted(_FOLD_NUMBERS, key=len, reverse=True)) + ")"
#: their values ("thousand" and "million" are no counts of their own: "a thousand" is)
_FOLD_VALUES = {**U.WORD_NUMBERS, "thousand": 1000, "million": 1_000_000}
_WORD_FACTOR_BOUND = r"(?:up\s+to|about|around|nearly|over|more\s+than|at\s+least|roughly|approximately|almost)\s+"
#: ... the start of "factor of" before it ("by a factor of up to five": the pattern is tried from "factor")
_FACTOR_BEFORE_WORD = re.compile(r"factor\s+(?:of\s+)?(?:" + _WORD_FACTOR_BOUND + r")?$")
_COMPARATIVE_NOUNS = (r"(?:improvements?|speedups?|speed-ups?|faster|slower|higher|lower|less|more|reductions?|"
                      r"increases?|gains?|better|smaller|larger|fewer|acceleration|longer|shorter|cheaper|quicker)")
WORD_QUANTITY_RE = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<orders>(?P<ocount>an|a|one|a\s+single|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
    r"(?:\s*(?:-|–|\bto\b|\bor\b)\s*(?P<ohigh>two|three|four|five|six|seven|eight|nine|ten|\d{1,3}))?[\s-]+"
    r"(?:orders?[\s-]+of[\s-]+magnitudes?|magnitudes?(?=[\s-]+(?:of\s+)?" + _COMPARATIVE_NOUNS + r"\b)))"
    # (with no count when hyphenated before what it multiplies: "achieves order-of-magnitude improvements")
    r"|(?P<bare_order>order-of-magnitude(?=[\s-]+" + _COMPARATIVE_NOUNS + r"\b))"
    # "five-fold", "three- to five-fold", "two-to-threefold"
    r"|(?P<wfold>(?:(?P<wflow>" + _MULTIPLE_WORD + r")(?:-?\s*(?:to|–)\s*|-to-|–))?"
    r"(?P<wfnum>" + _MULTIPLE_WORD + r")[\s-]?fold)"
    # ("three to five times faster": a range of them)
    r"|(?P<wtimes>(?:(?P<wtlow>" + _MULTIPLE_WORD + r")(?:\s*[-–]\s*|\s+(?:to|or)\s+))?"
    r"(?P<wtnum>" + _MULTIPLE_WORD + r"|one(?=\s+and\s+a\s+half\b))(?P<whalf>\s+and\s+a\s+half)?(?:\s+|-)times)"
    # (or at a clause's end after "by": "expand the context lengths by at least four times, or even more", or
    # before its setting: "reduces training time and memory by five times for CTR models", see _word_quantity)
    r"(?=\s+" + _COMPARATIVE_NOUNS + r"\b|\s+(?:as|the|that|those)\b|(?P<wtend>\s*(?:[,.;:)]|$)|\s+(?:are|is|was|were)\b|\s+(?:compared|comparing|relative|versus|vs\.|against|over|"
    r"for|on|in|across|when|while|with|at)\b))"
    # ("a factor two speed up": "of" may go, not before "one": "a key factor one should weigh")
    # (and a bound between: "by a factor of up to five")
    r"|(?P<wfactor>factor\s+(?:of\s+|(?!one\b))(?:" + _WORD_FACTOR_BOUND + r")?(?P<wfanum>" + _MULTIPLE_WORD + r"))"
    r"|(?P<mult>" + _alternation(U.MULTIPLIER_WORDS) + r")"
    # ("one that computes", "one which": a pronoun, no number)
    r"|(?P<wnum>(?!one\s+(?:that|which|who|whose)\b)(?:" + _HUNDREDS_WORD + "|" + _TENS_DIGIT + "|" + _WORD_NUMBER + r")"
    r"(?:\s(?:hundred|thousand|million|billion|trillion))?)"
    r")(?![\w-])",
    re.IGNORECASE,
)

_BIT_WIDTH_AFTER = re.compile(r"\s?-?\s?(?:bits?|bit-width|bitwidth)(?![^\W\d_])", re.IGNORECASE)
#: what a count of transistors names: "6T cells", "an 8T SRAM bitcell", "14T/28T adders"
_CELL_AFTER = re.compile(r"(?:[/\s]\d{1,2}T)*[\s-](?:[SD]RAM\s|eDRAM\s)?(?:cells?|bit-?cells?|SRAMs?|eDRAMs?|adders?|"
                         r"latch(?:es)?|flip-flops?|compute-in-memory|CIM|macros?)(?![\w-])", re.IGNORECASE)
_DIMENSION_AFTER = re.compile(r"\s?[×xX*]\s?\d")
#: "A100 GPUs in 4x and 8x configurations": a count of devices, not a factor
_DEVICE_COUNT_AFTER = re.compile(
    r"^(?:\s?(?:,|and|or|/)\s?\d+(?:\.\d+)?\s?[xX×])*\s(?!(?:fewer|more|less|on|in|at|for|with|per|across|over|than|using|to|from|of|by|"
    r"against|versus|vs\.?|relative|compared|"
    r"lower|higher|faster|slower|better|larger|smaller|greater|cheaper|reduced|improved|speedups?|reductions?)\s)(?:[\w-]+\s)?(?:configurations?|setups?|nodes?|GPUs?|CPUs?|servers?|machines?|clusters?|"
    r"instances?|cards?|devices?|accelerators?|agents?|replicas?|workers?)(?![^\W\d_])"
    # "10x GPU memory reduction", "2x GPU-hour reduction": the device word names the measure's device, not a count
    r"(?![\s-]+(?:memory|hours?|utilization|time|usage|costs?|bandwidth|energy|power|footprint|throughput|latency|"
    r"speed|efficiency)(?![\w-]))")
#: "rose from 23.2% to 71.3%": a change between two values, not a range
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:rose|rises|rising|grew|grows|increas\w*|improv\w*|reduc\w*|decreas\w*|dropp?\w*|fell|falls|"
    r"boost\w*|raises?d?|cuts?|lowers?|went|goes|jumps?\w*|shrinks?|declin\w*|expand\w*|extend\w*|extens(?!ive)\w*|lift\w*|"
    r"elevat\w*|enhanc\w*|push\w*)\b"
    # up to ten words (a bracket, and a second measure after "and": "improving correctness of the kernels (in
    # pure CUDA) from 56% to 82% and mean speedup from 0.53x to 1.10x", "its Pass@1 from 11% to 39%"), but no word of a span of sizes
    # (nor a word that opens a clause of its own: "performance improves as we scale the number of parameters
    # from 0.3 to 2 billion" spans sizes)
    r"(?:\s+(?!(?:ranging|range|ranges|ranged|varying|varies|vary|varied|spanning|spans|span|spanned|between|scale|"
    r"scales|scaled|scaling|"
    r"as|when|while|whereas|if|because|since|where)\b)[\w()%.@-]+){0,10}?"
    r"\s+\(?from\s+$"
    # ... and a second pair after the first: "from 56% to 82% and mean speedup from 0.53x to 1.10x", "of
    # Qwen-2.5-3B from 6.1% to 33.9% and Llama-3.1-8B from 8.5% to 44.8%", "from 4.8% to 42.4%, and from 6.1%"
    # (the first pair's setting may stand before the "and": "from 1.12x to 1.25x on two GPUs and from 1.04x", "from
    # 37.3% to 38.5% for the Falcon2-11B model trained solely on Mathlib, and from 38.1%")
    r"|\bto\s+[\d.,]+\s?(?:%|x|×)(?:\s+[\w-]+){0,8}?\s*,?\s+and\s+(?:[^\W\d_][\w.-]*\s+){0,3}from\s+$")
#: "between 1.4x and 2.0x"; "from 1.41x up to 4.28x"
_BETWEEN = re.compile(r"(?i)\bbetween\s+$")
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
#: ... and "from 7x to over 125x" (the bound of its upper end is the range's: RANGE_INNER_BOUND)
_INNER_BOUND = r"over|more\s+than|nearly|almost|about|around|roughly|approximately"
_UP_TO = re.compile(rf"\s+up\s+to\s+|\s+to\s+(?:{_INNER_BOUND}|up\s+to)\s+")
#: the bound said inside a range, of its upper end: "from 7x to over 125x", "from 2x to nearly 5x"
RANGE_INNER_BOUND = re.compile(rf"\s+to\s+(?:{_INNER_BOUND})\s+")
#: "a speedup of 4.28", "speedups ranging from 1.41 to 4.28": a bare number right after the word is a factor,
#: unless a noun follows it ("speedup from 8 to 64 GPUs", "speedups over 12 baselines")
#: between the members of a list whose factor sign is said after the last one: "2- and 3-fold", "2-, 4-, or 8-x"
_SUSPENDED_HYPHEN = re.compile(r"-\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")
#: "throughput multiplied by 13", "multiplies the batch size by up to 4"
_MULTIPLIED_BY = re.compile(r"(?i)\bmultipl(?:ied|ies|y|ying)\b(?:\s+[\w-]+){0,3}?\s+by\s+"
                            r"(?:(?:up\s+to|about|around|nearly|roughly|approximately|over|more\s+than|almost)\s+)?$")
_SPEEDUP_OF_WORDS = (r"(?:(?:of|by|ranging|range|from|between|up\s+to|about|around|roughly|approximately|nearly|"
                     r"over|reach|reaches|reached|reaching|as\s+high\s+as)\s+)")
_SPEEDUP_OF = re.compile(
    r"(?i)\b(?:speed-?ups?|acceleration|compression)(?:\s+(?:ratios?|rates?|factors?))?"
    # (or after a colon: "significant speedups: up to 19.0 for mixed-precision GEMM")
    r"(?:\s+" + _SPEEDUP_OF_WORDS + r"+|\s*:\s*" + _SPEEDUP_OF_WORDS + r"*"
    # (or after "is", past a few words that say of what: "the speedup ratio of our method over the butterfly
    # algorithm is about 2.49")
    r"|(?:\s+[^\W\d_][\w'-]*){1,8}?\s+(?:is|was|are|were)\s+" + _SPEEDUP_OF_WORDS + r"*)"
    # (a sign of approximation or of a lower bound may stand before the number: "A speedup of $\approx9$")
    r"(?:[~≈>≥]\s?)?$")
#: "an improvement in throughput of up to 3": a bare number after a change of a speed said with "of" is a factor
#: (a change of a quality measure is in points: "an improvement in accuracy of 3")
_SPEED_CHANGE_OF = re.compile(
    r"(?i)\b(?:improvements?|increases?|gains?|boosts?)\s+in\s+(?:(?:the|overall|end-to-end|inference|training|"
    r"decoding|processing|system)\s+)*(?:throughput|speed)\s+of\s+"
    r"(?:(?:up\s+to|about|around|roughly|approximately|nearly|over|more\s+than|as\s+much\s+as)\s+)?$")
#: a ratio written "N:1" after the noun of a factor: "a compression ratio of approximately 15:1" (no other ratio:
#: "a signal-to-noise ratio of 10:1" changes nothing); a compression's also "1:N" ("a compression ratio of 1:192")
_RATIO_TO_ONE = re.compile(r"(?i)\b(?P<noun>speed-?up|acceleration|compression)\s+(?:ratios?|rates?|factors?)\s+(?:of\s+)?"
                           r"(?:(?:up\s+to|about|around|roughly|approximately|nearly|over|more\s+than)\s+|[~≈]\s?)?"
                           r"(?:(?P<n>\d+(?:\.\d+)?)\s?:\s?1(?!\d|\.\d|:)|(?P<one>1)\s?:\s?(?P<m>\d+(?:\.\d+)?)(?![\d:]|\.\d))")
#: ... or the noun right after a bare number, its "x" lost: "yielding 12–370 end-to-end speedups" (not "12 speedup
#: techniques", a count of what speeds up: the noun ends its phrase)
#: the words that may follow a noun that ends its phrase (a preposition, a comparison, a conjunction)
_PHRASE_END_WORDS = "on|over|than|for|in|with|across|compared|relative|versus|vs|against|when|while|and|at|from"
_SPEEDUP_NOUN_AFTER = re.compile(r"(?i)[\s-]+(?:[^\W\d_][\w-]*\s+){0,2}?speed-?ups?(?![\w-])"
                                 r"(?=\s*(?:[,.;:)(]|$|(?:" + _PHRASE_END_WORDS + r")\b))")
#: ... or the comparative right after a bare number and the measure it compares (no count of things: "4 faster
#: GPUs", "2 more layers")
_COMPARED_MEASURE_AFTER = re.compile(
    r"(?i)\s(?:faster|slower|quicker|higher|lower|less|smaller|cheaper)\s+(?:(?:end-to-end|effective|overall|inference|training|"
    r"decoding|rendering|query|peak)\s+){0,2}(?:throughput|latency|inference|training|speed|decoding|prefill(?:ing)?|"
    r"memory|energy|power|cost|costs|runtime|execution|rendering|performance)(?![\w-])"
    # (the measure ends its phrase: "the 2 lower latency variants" counts variants)
    r"(?=\s*(?:[,.;:)(]|$|(?:" + _PHRASE_END_WORDS + r"|under|of)\b))")
#: "2.2 times" is a multiplier before a comparative or a measured noun ("2.02 times throughput
#: improvement") or after "by"/"a"/"up to" ("by 3 times"); else it counts repetitions
#: "3 times of the throughput of NVIDIA A100": "the" written after "of" (as "3 times the throughput" is)
_TIMES_OF_THE = re.compile(r"\s+of\s+(?:the|its|their)\s", re.IGNORECASE)
_TIMES_FOLLOWERS = frozenset(
    "faster slower more less fewer higher lower larger smaller bigger longer shorter greater better than "
    "speedup speed-up speedups improvement improvements reduction reductions increase cheaper quicker as the "
    "throughput speed latency memory energy cost compression acceleration "
    # "5.29 times reduced memory footprint", "2.4 times improved throughput"
    "reduced improved increased decreased enhanced accelerated boosted compressed lowered "
    # "improve the efficiency 3-10 times comparing with SOTA": a comparison after the number
    "compared comparing relative versus vs vs.".split()
)
#: ... or before a change noun with up to two measure words between: "1.3 times generation acceleration"
_TIMES_MEASURED_CHANGE = re.compile(
    r"(?i)\s*(?:(?!(?:per|for|in|on|at|with|and|or|to|of|the|a|an|each|every|by|from|over|than)\s)[^\W\d_][\w-]*\s+){1,2}"
    r"(?:speed-?ups?|accelerations?|improvements?|reductions?|increase|"
    r"compression|savings?|throughput|speed)(?![\w-])")
#: the stems of the verbs of change a factor's "times" may follow: "is compressed up to three times", "reduces
#: the data size 4250 times"
CHANGE_VERB_STEM = r"(?:compress|reduc|shrunk|shrink|accelerat|improv|increas|boost|lower|decreas|cut)"
#: ... or after a verb of change and its object: "reduces the data size 4250 times" (not across a word of how
#: often: "improves the model in each round 3 times")
_CHANGE_VERB_OBJECT_BEFORE = re.compile(
    r"(?i)\b(?:" + CHANGE_VERB_STEM + r"|shorten|spe[ed]\w*\s+up)\w*"
    r"(?:\s+(?!(?:each|every|per|in|on|at|for|and|or|after|before|during|while|when)\b)[\w-]+){0,4}?\s+$")
_TIMES_LEADER = r"\b(?:by|a|an|to|than|about|around|nearly|over|of|roughly|approximately|least|almost)\s+"
_TIMES_LEADERS = re.compile(
    _TIMES_LEADER + r"$"
    # "by about 2.1 times and 2.7 times, respectively": a later member of a list whose first one has a leader
    # (the earlier members may leave "times" to the last: "by 2 and 3 times", "speedups of 6, 8 and 10 times")
    + r"|" + _TIMES_LEADER + r"(?:\d+(?:\.\d+)?(?:\s+times)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+))+$",
    re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w-]*)")
#: the later members of a list of "N times": "... and 112 times"
_TIMES_LIST_REST = re.compile(r"(?i)(?:\s*(?:,\s*(?:and|or)?|and|or|/)\s*\d+(?:\.\d+)?\s*times)+")
#: "3 times and 4 times throughput speedups": the word after the list's last "times" decides for all
_NEXT_WORD_AFTER_TIMES_LIST = re.compile(
    r"(?i)(?:\s*(?:,\s*(?:and|or)?|and|or|/)\s*\d+(?:\.\d+)?\s*times)+\s*([^\W\d_][\w-]*)")
#: "double"/"triple" are multipliers only before what they multiply ("double the throughput")
_ADJECTIVE_MULTIPLIERS = frozenset({"double", "triple", "quadruple"})
#: "twice" at a clause's end ("blink twice,", "run twice per epoch", a title's "Don't Look Twice:") counts repetitions, unless a change stands
#: before it in the clause ("speeds up training twice.")
_REPETITION_END = re.compile(r"\s*(?:[,;:.)]|$|per\b|a\s+(?:day|week|second|minute|year)\b|in\s+a\s+row\b)")
_CHANGE_BEFORE_REPETITION = re.compile(
    r"(?i)\b(?:speed\w*|faster|slower|reduc\w*|improv\w*|increas\w*|decreas\w*|cut\w*|accelerat\w*|boost\w*|"
    r"lower\w*|higher|more|less|fewer|grow\w*|shrink\w*|compress\w*|sav\w*)(?:\s+[\w-]+){0,4}\s+$")
#: a bound before the verb makes "double" a multiplier whatever follows: "more than double system throughput"
_BOUND_BEFORE_VERB_MULTIPLIER = re.compile(r"(?i)\b(?:more\s+than|nearly|almost|roughly|over)\s+$")
_DOUBLE_AS_ROLE = re.compile(r"(?i)\s+as\s+(?:a|an|the)\b")
#: ... nor in the names of things: "double precision", "double buffering", "triple modular redundancy"
_DOUBLE_NOUN_COMPOUNDS = frozenset("precision buffering buffer descent blind check checking counting sampling "
                                   "quantization rounding pointer pointers modular".split())
_MULTIPLIER_FOLLOWERS = frozenset(
    "the its their our that as throughput speed performance efficiency memory capacity batch context "
    "accuracy speedup speedups speed-up speed-ups acceleration".split())
#: A capitalised word before a bare number makes it a version or a name ("Llama 3.1", "Claude 3.5"),
#: unless it is a function word that starts a sentence ("Over 100 datasets").
_CAPITALISED_FUNCTION_WORDS = frozenset(
    "over about around nearly almost only with without all the our these those using by in on at for to from "
    "and or of up than more less just roughly approximately some across within under below above".split())
_REFERENCE_WORDS = frozenset(
    """figure fig figs table tab section sec eq eqs equation appendix chapter algorithm alg theorem lemma
    corollary definition proposition example step version ver v no round stage level layer phase task rule
    line page claim problem question exercise""".split())
#: reference words that are ordinary words in lower case ("needs no 70B teacher")
_CAPITALISED_REFERENCE_WORDS = frozenset({"no"})
_NAME_WORD = re.compile(r"[A-Z][\w-]*")
#: a name that starts in lower case with a capital inside: "cuDNN", "vLLM", "iOS"
_LOWER_FIRST_NAME = re.compile(r"[a-z]+[A-Z][\w-]*")


class Quantity(NamedTuple):
    """One quantity expression in a string.

    ``low``/``high`` are the values with magnitudes applied ("7B" -> 7e9).
    ``unit`` is ``x``, ``%``, ``pp``, a currency sign, another unit as
    written lower case (``gb``, ``w``, ``hours``), or None for a bare number.
    """

    start: int
    end: int
    text: str
    value_start: int
    low: float
    high: float
    unit: str | None
    magnitude: str | None = None
    word: bool = False
    decreasing: bool = False
    is_range: bool = False
    #: one end of a change ("rose from 23.2% to 71.3%"): a level the text states, not an amount of change
    level: bool = False


def parse_number(text: str) -> float | None:
    """Value of a written number: "2,000", "1.5", ".5", "twenty", "a dozen", "one million"."""
    t = text.strip().lower()
    if not t:
        return None
    parts = t.split()
    if t[0].isdigit() or t[0] == ".":
        if "^" in t and (power := _POWER_PARTS.fullmatch(t)) is not None:
            return float(power.group("mantissa") or 1) * 10.0 ** int(power.group("exp"))
        scale = 1.0
        if len(parts) == 2 and parts[1] in U.MAGNITUDE_SUFFIXES:
            t, scale = parts[0], U.MAGNITUDE_SUFFIXES[parts[1]]
        try:
            return float(t.replace(",", "")) * scale
        except ValueError:
            return None
    scale = 1.0
    if len(parts) > 1 and parts[-1] in U.MAGNITUDE_SUFFIXES and parts[-1] not in ("k", "m", "b", "t"):
        scale = U.MAGNITUDE_SUFFIXES[parts[-1]]
        t = " ".join(parts[:-1])
    base = U.WORD_NUMBERS.get(t)
    if base is None:
        base = spelled_value(t)
    if base is None:
        return None
    return base * scale


def spelled_value(words: str) -> float | None:
    """The value of a number said in several words below ten thousand: "twenty-five" 25, "five hundred" 500,
    "three hundred and fifty" 350, "fifteen hundred" 1500; None when a word is no part of such a number."""
    value = 0
    for i, word in enumerate(re.split(r"[\s-]+", words.strip().lower())):
        if (word == "a" and i == 0) or (word == "and" and value >= 100):
            continue
        if word == "hundred" and value < 100:
            value = (value or 1) * 100
        elif (small := _SMALL_WORD_VALUES.get(word)) is not None:
            value += small
        else:
            return None
    return float(value) or None


def _unit_of(suffix: str | None) -> str | None:
    if not suffix:
        return None
    s = suffix.strip()
    if s in ("×", "x", "X", "*") or s.lower() in ("times", "-times") or s.lower().endswith("fold"):
        return "x"
    if s == "%" or s.lower().lstrip("-") in ("percent", "per cent", "percent"):
        return "%"
    if s in U.POINT_SUFFIXES or s in ("pp", "%p") or s.endswith((" points", " point", "%points", "%point", "%-points",
                                                                   "%-point")) \
            or s.split(" ", 1)[-1] in U.POINT_SUFFIXES:
        return "pp"
    return U.OTHER_UNITS.get(s, s.lower())


def _mag_name(mag: str) -> str:
    """The magnitude as the tables spell it: "B", "k", "billion" (also for " Billion", "-million")."""
    name = mag.strip(" -")
    return name.lower() if len(name) > 1 else (name.upper() if name in ("b", "m") else name)  # "1.3b params": "B"


def _magnitude(mag: str | None) -> float:
    return U.MAGNITUDE_SUFFIXES[_mag_name(mag)] if mag else 1.0


def _is_year(num: str, unit: str | None, mag: str | None) -> bool:
    # (with the letter of a release glued on, "RWTH-PHOENIX-Weather 2014T": no count of 2014 trillion)
    return unit is None and mag in (None, "T") and len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2099


#: what a number between 1900 and 2099 counts when it is no year: "2048 GPUs", "2048-token sequences"
_COUNTED_AFTER_YEAR_LIKE = re.compile(
    r"[\s-](?:tokens?|GPUs|GCDs|TPUs|NPUs|CPUs|cores|nodes|devices|chips|accelerators|servers|machines|workers|"
    r"samples|examples|images|sequences|queries|requests|prompts|steps|iterations|epochs|dimensions|channels|"
    r"layers|heads|experts|parameters|words|characters|pixels|frames|entries)(?![^\W\d_])", re.IGNORECASE)
#: ... or the size a noun before it measures: "a context length of 2048", "batch size 1920"
_SIZE_BEFORE_YEAR_LIKE = re.compile(
    r"(?i)\b(?:length|lengths|size|sizes|window|dimension|dim|width|budget)\s+(?:of\s+)?(?:up\s+to\s+)?$")


def _counts_like_a_size(text: str, start: int, end: int) -> bool:
    """A four-digit number that is a count or a size, not a year: "up to 2048 GPUs", "length of 2048"."""
    return _COUNTED_AFTER_YEAR_LIKE.match(text, end) is not None \
        or _SIZE_BEFORE_YEAR_LIKE.search(text, max(0, start - 32), start) is not None


#: after a prefix "x" these whole numbers name an architecture, a lane width or a variable ("x86", "x64",
#: "PCIe x16", "x1 and x2") or a video encoder ("the x265 encoder"), not a factor
_X_NAMES = frozenset({1, 2, 4, 8, 16, 32, 64, 86, 264, 265, 266})


#: ... but these are, where a bound word stands before or a change word after: "up to x8 speedup", "maximum x16"
#: (not "over", which compares with a name: "a speedup over x264")
_X_FACTOR_BEFORE = re.compile(r"(?i)\b(?:up\s+to|by|of|maximum|max\.?|about|around|nearly|achiev\w*)\s+$")
_X_FACTOR_AFTER = re.compile(r"(?i)\s*(?:speed-?ups?|faster|slower|less|fewer|lower|higher|smaller|larger|"
                             r"reductions?|improvements?|compression|acceleration)\b")


def _prefix_x_is_no_factor(text: str, m: re.Match) -> bool:
    """ "x17.7", "x449" are factors written the other way round; "x86", "PCIe x16" are not (but "up to x8 speedup"
    is)."""
    num = m.group("anum")
    if m.group("amag") is not None or m.group("asuf") is not None:
        return True
    if not (num.isdigit() and len(num) <= 6 and int(num) in _X_NAMES):
        return False
    return not (_X_FACTOR_BEFORE.search(text, max(0, m.start() - 16), m.start())
                or _X_FACTOR_AFTER.match(text, m.end()))


#: words that make "factor" the name of a measure: "real-time factor of 104.3", "form factor", "impact factor",
#: a benchmark's "scale factor 100k"
_MEASURE_NAMED_FACTOR = re.compile(r"(?i)\b(?:real[\s-]?time|form|impact|load|quality|fill|scale|penalty|discount)\s+$")


def _quantity_from_match(text: str, m: re.Match) -> Quantity | None:
    a_num, b_num = m.group("anum"), m.group("bnum")
    a_mag, b_mag = m.group("amag"), m.group("bmag")
    a_unit, b_unit = _unit_of(m.group("asuf")), _unit_of(m.group("bsuf"))
    if m.group("cur") and not (m.group("cur").strip() == "$" and b_unit in ("x", "%")):
        # (a "$" before a range of factors is LaTeX left over, not money: "with $1.05 ~ 8.43× training speed-up")
        a_unit = m.group("cur").strip()
    if (a_mag or b_mag) and "pp" in (a_unit, b_unit):
        # "a 50M point simulation", "handles 2.56B points": a count of points, never percentage points
        a_unit, b_unit = ("points" if u == "pp" else u for u in (a_unit, b_unit))
    if m.group("pre") and m.group("pre")[0] == "x" and _prefix_x_is_no_factor(text, m):
        return None
    if m.group("factor") and _MEASURE_NAMED_FACTOR.search(text, max(0, m.start() - 16), m.start()):
        return None  # "a real-time factor of 0.3", "a form factor of 2": a measure called a factor, no multiplier
    if (m.group("factor") and "%" not in (a_unit, b_unit)) or (m.group("pre") and a_unit is None):
        a_unit = "x"  # (the unit written on the number wins: "a speed-up by a factor of 18%" is 18%)
    first_unit, first_mag = a_unit, a_mag
    end = m.end()
    after = text[end:end + 24]
    # "2.2 times" is a multiplier only before a comparative ("2.2 times faster")
    for suf in (m.group("bsuf"), m.group("asuf")):
        if suf and suf.strip(" -").lower() == "times" and "." not in (a_num or "") + (b_num or ""):
            # (a number with decimals counts no repetitions: "1.30 times in long prefill" is a multiplier)
            nxt = _NEXT_WORD_AFTER_TIMES_LIST.match(text, end) or _NEXT_WORD.match(after)
            rest = _TIMES_LIST_REST.match(text, end)  # "117 times and 112 times model size compression"
            if not (nxt and nxt.group(1).lower() in _TIMES_FOLLOWERS) and not _TIMES_OF_THE.match(text, end) \
                    and not _TIMES_LEADERS.search(
                    text[max(0, m.start() - 40):m.start()]) and not _TIMES_MEASURED_CHANGE.match(
                    text, rest.end() if rest else end) \
                    and not _CHANGE_VERB_OBJECT_BEFORE.search(text, max(0, m.start() - 64), m.start()):
                return None  # "we run each experiment 3 times"
    low = parse_number(a_num)
    if low is None:
        return None
    start = m.start()
    if b_num is not None:
        high = parse_number(b_num)
        if high is None:
            return None
        if m.group("asuf") and b_unit is None and b_mag is not None and a_mag is None:
            return _single(text, m, a_num, first_mag, first_unit)  # "reduced by 84% to 51K": the cut, then what is left
        # a unit or magnitude written once applies to both ends: "1.03-2.4x", "1-2B"
        if a_unit is None:
            a_unit = b_unit
        if b_unit is None:
            b_unit = a_unit
        if a_mag is None and b_mag is not None:
            # ("from 1 to 27 billion parameters" too; "from 512 to 1 million" is 512 up to a million)
            a_mag = b_mag if high >= low else None
        low *= _magnitude(a_mag)
        high *= _magnitude(b_mag)
        sep = m.group("sep").strip()
        if low > high and a_unit == b_unit == "x" and sep in ("-", "–", "—", "~"):
            low, high = high, low  # "5.41 - 2.57X speedup": a range of factors written from its high end
        if a_unit != b_unit or (low > high) or _is_year(a_num, None, a_mag) and _is_year(b_num, None, b_mag) or (
                "to" in sep and _LIST_MEMBER_BEFORE.search(text, max(0, start - 16), start)):
            # not a range: "2019-2023", "10 to 5", "53%-2x"; "from 7B/13B to 70B", "from 7B, 13B to 70B": the
            # members of a list and its last value, not a range from the middle of the list
            return _single(text, m, a_num, first_mag, first_unit)
        if sep == "to" and a_unit is None and b_unit is None and low == int(low) and high == int(high) and high - low < 1:
            return None
        return Quantity(start, end, text[start:end], m.start("anum"), low, high, a_unit,
                        (b_mag or a_mag or None) and _mag_name(b_mag or a_mag), is_range=True)
    return _single(text, m, a_num, a_mag, a_unit)


#: a number and a list separator right before a number ("7B/", "7B, "; "7B " is "7B/" after _SLASH_BETWEEN_SIZES)
_LIST_MEMBER_BEFORE = re.compile(r"\d[\w.%×]*(?:/|,\s)$|\d[KMBT]\s$")


def _single(text: str, m: re.Match, num: str, mag: str | None, unit: str | None) -> Quantity | None:
    """The first side of a match on its own."""
    end = m.end("asuf") if m.group("asuf") else (m.end("amag") if mag else m.end("anum"))
    if end < m.end() and _PLUS_AT.match(text, end):
        end += 1  # "70B+ models": the plus after the magnitude is the number's (at least 70B)
    value = parse_number(num)
    if value is None:
        return None
    value *= _magnitude(mag)
    if _is_year(num, unit, mag) and not _counts_like_a_size(text, m.start(), m.end("anum")):
        return None
    if unit == "x" and value == 0:
        return None  # "0x", "000x" (the tail of "200 000x"): nothing is multiplied by zero
    start = m.start()
    return Quantity(start, end, text[start:end], m.start("anum"), value, value, unit,
                    _mag_name(mag) if mag else None)


#: "999 orders of magnitude" is no claim (and 10.0 ** 999 overflows)
_MAX_ORDERS = 100


#: "by at least four times": a change said with a spelled multiple at the end of its clause (or before its verb:
#: "speedups of six and ten times are achieved")
_BY_BEFORE_TIMES = re.compile(r"(?i)(?:(?:\bby|\bspeed-?ups?\s+of)\s+(?:at\s+most\s+|" + _WORD_FACTOR_BOUND + r")?"
                              # (the earlier members of a list that leaves "times" to the last: "by two, four
                              # and eight times, respectively")
                              r"(?:" + _MULTIPLE_WORD + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+))*"
                              # (or right after a verb of change and a bound: "is compressed up to three times")
                              r"|\b" + CHANGE_VERB_STEM + r"\w*"
                              r"(?:\s+[\w-]+){0,3}?\s+" + _WORD_FACTOR_BOUND + r")$")


def _multiple_value(word: str) -> float:
    """The value of a number word of a multiple ("twelve", "twenty-five", "five hundred"), 0 when it is none."""
    return float(_FOLD_VALUES.get(word) or spelled_value(word) or 0)


def _word_quantity(text: str, m: re.Match) -> Quantity | None:
    start, end = m.start(), m.end()
    surface = m.group(0)
    if m.group("orders"):
        count = m.group("ocount").lower()
        n = 1 if count in ("a", "an", "one", "a single") else (int(count) if count.isdigit() else U.WORD_NUMBERS.get(count))
        if n is None or n > _MAX_ORDERS:
            return None
        value = 10.0 ** n
        high = m.group("ohigh")  # "three to five orders of magnitude", "1-2 orders of magnitude"
        if high is not None:
            h = int(high) if high.isdigit() else U.WORD_NUMBERS.get(high.lower())
            if h is None or h <= n or h > _MAX_ORDERS:
                return None
            return Quantity(start, end, surface, start, value, 10.0 ** h, "x", word=True, is_range=True)
        return Quantity(start, end, surface, start, value, value, "x", word=True)
    if m.group("bare_order"):
        return Quantity(start, end, surface, start, 10.0, 10.0, "x", word=True)
    if m.group("wtend") is not None and not _BY_BEFORE_TIMES.search(text, max(0, start - 48), start):
        return _number_word(start, m.group("wtnum"))  # "we ran it four times.": how often, not how much
    if m.group("wfold") or m.group("wtimes") or m.group("wfactor"):
        word = (m.group("wfnum") or m.group("wtnum") or m.group("wfanum")).lower()
        value = _multiple_value(word) + (0.5 if m.group("whalf") else 0)  # "one and a half times": 1.5
        low_word = m.group("wflow") or m.group("wtlow")
        low = _multiple_value(low_word.lower()) if low_word else value
        if not value or not 0 < low <= value:
            return None
        # (the value starts after "factor of" and its bound: "factor of up to five" is bounded)
        value_start = m.start("wfanum") if m.group("wfactor") else start
        return Quantity(start, end, surface, value_start, low, value, "x", word=True, is_range=low < value)
    if m.group("mult"):
        word = m.group("mult").lower()
        nxt = _NEXT_WORD.match(text[end:end + 24])
        if word in _ADJECTIVE_MULTIPLIERS and not (nxt and nxt.group(1).lower() in _MULTIPLIER_FOLLOWERS) \
                and not _BOUND_BEFORE_VERB_MULTIPLIER.search(text, max(0, start - 16), start):
            return None  # "double buffering", "double precision": not a multiplier ("more than double X" is)
        if word in _ADJECTIVE_MULTIPLIERS and (_DOUBLE_AS_ROLE.match(text, end) or (
                nxt and nxt.group(1).lower() in _DOUBLE_NOUN_COMPOUNDS)):
            return None  # "can double as a strong standalone encoder": a second role, no multiplier
        if word in ("triples", "doubles") and _NOUN_PLURAL_BEFORE.search(text, max(0, start - 24), start):
            return None  # "compact semantic triples", "the extracted triples": the things, no multiplier
        if word in ("twice", "thrice") and _REPETITION_END.match(text, end) \
                and not _CHANGE_BEFORE_REPETITION.search(text, max(0, start - 48), start):
            return None  # "before you can blink twice, ...": how often, not how much
        if word == "in half" and _SPAN_OF_TIME_AFTER.match(text, end):
            return None  # "embeds the graph in half an hour": a span of time, no halving
        value = float(U.MULTIPLIER_WORDS[word])
        return Quantity(start, end, surface, start, value, value, "x", word=True,
                        decreasing=word in U.DECREASING_MULTIPLIER_WORDS)
    return _number_word(start, surface)


#: a unit of time after "half a"/"half an": "in half an hour", "in half a day"
_SPAN_OF_TIME_AFTER = re.compile(r"(?i)\s+an?\s+(?:second|minute|hour|day|week|month|year|millisecond)\b")
#: before a plural "triples" or "doubles" that names things: a word that describes them or an article
_NOUN_PLURAL_BEFORE = re.compile(
    r"(?i)\b(?:semantic|knowledge|rdf|kg|fact|factual|relational|relation|entity|graph|extracted|candidate|"
    r"the|these|those|such|of|into|as|\d[\d,]*)\s+$")


def _number_word(start: int, surface: str) -> Quantity | None:
    """A number written in words, with no unit ("twelve", "two million")."""
    value = parse_number(surface)
    if value is None:
        return None
    parts = surface.lower().split()
    mag = parts[-1] if len(parts) > 1 and parts[-1] in U.MAGNITUDE_SUFFIXES else None
    return Quantity(start, start + len(surface), surface, start, value, value, None, magnitude=mag, word=True)


def is_excluded(text: str, q: Quantity) -> bool:
    """Numbers that are not quantities: bit widths, dimensions, references, list markers, versions.

    Runs on every number of every candidate sentence, so it looks at the word before the number
    with string operations rather than end-anchored patterns.
    """
    after = text[q.end:q.end + 48]
    if q.unit is None or (q.unit == "x" and not q.word and q.text[-1:] in "xX"):
        if _BIT_WIDTH_AFTER.match(after):
            return True
    if q.unit == "x" and not q.word and _DEVICE_COUNT_AFTER.match(after):
        return True
    if q.unit == "s" and q.text[-1:] == "s" and q.text[:-1].isdigit() and (
            _VAGUE_PLURAL_AFTER.match(after) or _DECADE.fullmatch(q.text)):
        return True  # "100s of GB", "1000s of GPUs": a vague amount, no seconds; "the 1990s" a decade
    if q.unit is not None or q.word:
        return False
    if text.endswith("++", 0, q.start):
        return True  # "CUDASW++4.0", "C++17": a version glued to a name
    if q.magnitude == "T" and _CELL_AFTER.match(after):
        return True  # "6T SRAM cells", "14T/28T adders": transistors per cell, a design's name
    if _DIMENSION_AFTER.match(after):
        return True
    before = text[max(0, q.start - 24):q.start]
    stripped = before.rstrip()
    if stripped.endswith("[") or "[" in before and "]" not in before[before.rfind("["):]:
        return True  # citations "[12]", "[12, 13]"
    if stripped.endswith("(") and after.lstrip().startswith(")") and q.high <= 50:
        return True  # list markers "(1)", "(2)"
    if after.startswith(") ") and q.text.isdigit() and q.high <= 9 and (
            not stripped or stripped.endswith((",", ";", ":")) or stripped.lower().endswith((" and", " or"))):
        return True  # list markers "1) better accuracy and 2) lower latency"
    word = stripped[stripped.rfind(" ") + 1:].lstrip("([\"'“‘")
    ref = word.rstrip(".").lower()
    if ref in _REFERENCE_WORDS and (ref not in _CAPITALISED_REFERENCE_WORDS or word[:1].isupper()):
        return True  # "Table 3", "Fig. 2", "Section 4", "step 3"
    if q.magnitude is None and before.endswith(" ") and not before.endswith("  ") \
            and (_NAME_WORD.fullmatch(word) or _LOWER_FIRST_NAME.fullmatch(word)) \
            and word.lower() not in _CAPITALISED_FUNCTION_WORDS \
            and _METRIC_SUFFIX.sub("", word.lower()) not in U.METRIC_UNITS:  # "IoU 0.73", "BLEU-4 0.38" are scores
        return True  # a version or a name: "Llama 3.1", "Claude 3.5 Sonnet", "Wan 2.1", "cuDNN 9.13"
    return False


#: words that make a spelled number after them an index ("Stage one", "phase two", "Step three")
_INDEX_WORDS_BEFORE_SPELLED = frozenset({"stage", "phase", "step", "round", "part", "tier", "chapter", "section",
                                         "level"})

def _spelled_index(text: str, q: Quantity) -> bool:
    before = text[max(0, q.start - 16):q.start].rstrip()
    return before[before.rfind(" ") + 1:].lower() in _INDEX_WORDS_BEFORE_SPELLED


#: after "100s", "1000s", "1990s": a vague amount of something or a decade, not seconds
_VAGUE_PLURAL_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_DECADE = re.compile(r"(?:19|20)\d0s")

#: "BLEU-4", "ROUGE-1": a metric with its n-gram order
_METRIC_SUFFIX = re.compile(r"-\d$")


#: "from 128K to 1M, 2M, and 4M tokens": the "to" starts a list of sizes, not the end of a range
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:and\s+|or\s+)?\d+(?:\.\d+)?[KMBT](?![^\W_])")


#: a web copy that lost the "×" of a formula: "up to a 3.26 speedup", "reaches 3.13 acceleration",
#: "a 2.25 reduction in wall-clock time", "up to 5.48 training throughput speedup" (a singular change noun
#: right after a bare number; "2 reduction steps" counts steps), and before a comparative after a leader
#: word or with decimals: "up to 4 higher throughput", "1.26 faster" (no "the 2 lower layers")
#: the measures a lost-× factor may name between it and its change noun or after its comparative
#: (a count or a metric there is no factor: "a 10 epoch reduction", "a 3 FID improvement", "1.2 higher BLEU")
_LOST_TIMES_MEASURES = (r"(?:end-to-end|overall|average|e2e|measured|observed|peak|total|mean|geo-?mean|gpu|cpu|"
                        r"training|inference|decoding|prefill|generation|serving|"
                        r"checkpointing|communication|kernel|attention|throughput|latency|delay|speed|runtime|"
                        r"wall-clock|time|memory|energy|power|cost|efficiency|performance|bandwidth|utilization|"
                        # serving figures: "2.4 higher goodput", "2.4 lower TTFT", "2.4 higher tokens per second"
                        r"goodput|ttft|tpot|tbt|itl|fps|qps|tokens\s+per\s+second|tokens/s|footprint)")


def _change_noun_after(nouns: str) -> re.Pattern:
    """A change noun (up to two measures before it) that ends its phrase: the clause goes on with a
    preposition or ends ("a 2.25 reduction in wall-clock time", "2 reduction steps" counts steps)."""
    # (an average said between: "1.09 on average end-to-end training speedup"; a measure at a level of the
    # system: "1.6 kernel-level latency reduction")
    return re.compile(
        r" (?:on average )?(?:(?:" + _LOST_TIMES_MEASURES + r"|[a-z]+-level) ){0,2}(?:" + nouns + r")"
        r"(?=\s*[,.;:)]|\s*$|\s+(?:in|of|on|over|than|for|across|compared|relative|versus|vs\.?|against|while|"
        r"and|with|when|at|under|from)\b)", re.IGNORECASE)


_LOST_TIMES_NOUN = _change_noun_after(r"reduction|increase|improvement|boost|speed-?up|acceleration|"
                                      r"compression(?: ratio| rate)?|"  # "a 2.20 compression ratio in memory usage"
                                      r"(?<= )(?:" + _LOST_TIMES_MEASURES + r") savings")
#: ... and after an article with a noun of what was sped up after it: "a 2 speedup inference in LLMs"
_LOST_TIMES_NOUN_AND_NOUN = re.compile(
    r" (?:speed-?up|acceleration) (?!(?:in|of|on|over|than|for|and|with|at)\b)[a-z][\w-]*"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:in|of|on|over|than|for|across|compared|relative|versus|vs\.?|against|while|and|"
    r"with|when|at|under|from)\b)", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"(?i)\ban?\s+$")
#: ... in the plural only after decimals ("8.5 improvements in generation speed"; "2 improvements" counts them)
_LOST_TIMES_PLURAL = _change_noun_after(r"reductions|improvements|speed-?ups|accelerations")
#: (a bare "better" only before a measure: "2.9 better than MobileViTv2" are points of a score)
_LOST_TIMES_COMPARATIVE = re.compile(
    r" (?:(?:higher|lower|faster|slower|greater|smaller|larger|longer|bigger|cheaper|more\s+compact)(?=\s*[,.;:)]|\s*$|\s+(?:than|on|in|at|for|while|"
    r"and|with|compared|over)\b|(?:\s+[\w-]+)?\s+" + _LOST_TIMES_MEASURES + r"\b"
    # (or the length the comparison is about: "training on 1.35 longer sequence lengths compared to")
    r"|(?<=longer)\s+(?:input\s+|output\s+)?(?:sequences?|contexts?|inputs?)\b)"
    r"|better(?=(?:\s+[\w-]+)?\s+" + _LOST_TIMES_MEASURES + r"\b))", re.IGNORECASE)
#: ... where a whole number needs no decimals or leader word: a size or speed compared right after it ("whose sizes
#: are 100 larger than previous benchmarks"; "5 higher than" may be points)
_LOST_TIMES_THAN = re.compile(r"(?i) (?:faster|slower|larger|longer|bigger) than\b")
#: ... and before a bare measure compared with something: "a 6.6 throughput over standard decoding", "22 to 163
#: energy efficiency over prior accelerators" (with decimals, as a range or after a leader word)
_LOST_TIMES_AGAINST = re.compile(
    r" (?:[\w-]+ )?" + _LOST_TIMES_MEASURES + r" (?:over|than|compared\s+(?:to|with)|relative\s+to|versus|vs\.?|"
    r"against)\s", re.IGNORECASE)
#: changes a list of bare numbers is "of", and what pairs them: "a speed-up and energy reduction of 53.1 and 67.7,
#: respectively", "improvements of up to 9.96 and 8.80, respectively"
_CHANGES_OF_BEFORE = re.compile(r"(?i)\b(?:speed-?ups?|accelerations?|reductions?|improvements?|savings?|gains?)\s+of\s+"
                                r"(?:(?:up\s+to|about|around|nearly|over|roughly|approximately)\s+)?$")
_RESPECTIVELY_AFTER = re.compile(r"(?i)\s*,?\s*respectively\b")
_SCORE_NAMED = re.compile(r"(?i)(?<![\w-])(?:" + _SCORE_NAMES + r")(?![\w-])")
#: ... or before a measure and "and", a factor that lost its "x" after: "28 energy efficiency and 249 speedup"
_MEASURE_THEN_FACTOR = re.compile(r" (?:[\w-]+ )?" + _LOST_TIMES_MEASURES + r" and ", re.IGNORECASE)
#: the opening of an aside after a factor; without a bound word the number needs decimals ("(8)" counts)
_FACTOR_ASIDE = re.compile(
    r"\s*\(\s*(?P<words>(?:up\s+to|max(?:imum)?|peak|at\s+most|as\s+high\s+as|vs\.?|versus|median|mean|geomean|"
    r"geometric\s+mean|average|avg\.?)\s*(?:of\s+)?:?\s*)?")
#: ... or after the factor's noun and its setting: "up to 10 speedup (median 2.6)", "up to 3.9 speedup for Graph
#: Transformer (median 1.6)" (a bound or statistic word opens it)
_ASIDE_AFTER_FACTOR_NOUN = re.compile(
    r"(?i)\s+speed-?ups?(?:\s+(?:for|on|in|over)(?:\s+[\w.-]+){1,3}?)?\s*\(\s*(?:up\s+to|max(?:imum)?|peak|median|mean|"
    r"geomean|geometric\s+mean|average|avg\.?)\s*(?:of\s+)?:?\s*")
#: between the members of a list of factors: "8.6, 10.4, and 14.5"
_FACTOR_LIST_STEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: what closes a list of factors whose later members lost their "x": the things compared with, or "respectively"
_COMPARED_AFTER_LIST = re.compile(r"(?i)\s+(?:over|than|compared\s+(?:to|with)|relative\s+to|versus|vs\.?|against)\s"
                                  r"|\s*,?\s*respectively\b")
#: a factor's setting and the list step to the next bare number, which has a setting of its own after the same
#: word: "speedups of up to 4.3 for the Cholesky decomposition and 4.6 for the GP prediction", "a speedup of 7.63
#: over GPyTorch and 25.25 over GPflow"
#: (the first with its change noun: "312 energy improvement over GPU baselines and 89 over conventional networks")
_PARALLEL_SETTING_STEP = re.compile(
    r"(?:\s+(?:[^\W\d_][\w-]*\s+){0,2}?(?:improvements?|reductions?|speed-?ups?|gains?|increases?|accelerations?))?"
    r"\s+(?P<prep>for|over|on|in|against|with|versus|vs\.)\s+[^,;:.()\d]{1,60}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
#: from the end of a factor's aside to the next member of its list: "2.20 (up to 3.21) and 2.07"
_NEXT_AFTER_ASIDE = re.compile(r"\)\s*(?:,\s*)?(?:and\s+)?")
#: the average said after a factor's peak, as a bare number: "a speedup of up to 132, averaging 25"
_AVERAGE_AFTER_FACTOR = re.compile(r"(?i)\s*,\s*(?:and\s+)?(?:averaging|with\s+an\s+average\s+of|an\s+average\s+of|"
                                   r"on\s+average|and\s+on\s+average)\s+(?:about\s+|around\s+|roughly\s+|~\s?)?")
#: words that make the number a rank or an index ("top 5 improvement", "stage 2 reduction")
_LOST_TIMES_INDEX = re.compile(r"(?i)\b(?:top|the|level|stage|step|phase|round|iteration|epoch|layer|rank|no\.)\s+$")
_LOST_TIMES_LEADER = re.compile(r"(?i)\b(?:up\s+to|by|a|an|about|around|nearly|over|roughly|approximately)\s+$")

#: words that may follow a bare factor: "a speedup of 4.28 over cuBLAS", "of 3.7 on A100"
_AFTER_FACTOR = frozenset("over than on in at for with across compared relative versus vs vs. against when while up "
                          "and or to under using respectively".split())


def is_factor_aside(text: str, factor: Quantity, q: Quantity) -> bool:
    """``q`` is the only number of a bracketed aside right after the factor ``factor``: "2.2x (up to 3.2x)"."""
    return factor.unit == "x" and text.startswith(")", q.end) and _FACTOR_ASIDE.fullmatch(text, factor.end, q.start) \
        is not None


def counts_something(text: str, end: int) -> bool:
    """A noun right after the number at ``end``: it counts that ("8 to 64 GPUs", "a 50-step schedule"), it
    is no factor."""
    if text.startswith("-", end) and end + 1 < len(text) and text[end + 1].isalpha():
        return True
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.start(1) - end <= 1 and m.group(1).lower() not in _AFTER_FACTOR


#: a factor that is itself the measure changed: "mean speedup from 0.61x to 1.35x" (two levels of a speed-up)
#: (past what it is measured over: "the average operator-level speedup over a sequential baseline from 1.12x to
#: 1.25x on two GPUs and from 1.04x to 1.14x on four GPUs", the later pair too)
_FACTOR_MEASURE_BEFORE = re.compile(
    r"(?i)\b(?:speed-?ups?|accelerations?|ratios?|factors?)(?:\s+[^\W\d_]+){0,2}"
    r"(?:\s+(?:over|against|versus|vs\.?|relative\s+to)(?:\s+[\w-]+){1,4}?)?\s+\(?from\s+"
    r"(?:\d[\d.]*\s?[x×]\s+to\s+\d[\d.]*\s?[x×](?:\s+[\w-]+){0,4}?,?\s+and\s+from\s+)?$")


def _split_change(text: str, q: Quantity) -> list[Quantity]:
    """ "from 65% to 88%" after a change word, "from 128K to 1M, 2M, and 4M": two values, not a range; but
    "boosts the serving capacity from 1.15x to 3.07x" is a range of gains (factors are changes already)."""
    if q.is_range and q.unit == "x" and not _FACTOR_MEASURE_BEFORE.search(text, max(0, q.start - 140), q.start):
        return [q]
    if not q.is_range or not (_CHANGE_BEFORE.search(text[max(0, q.start - 120):q.start]) or (
            _LIST_GOES_ON.match(text, q.end) and _FROM_BEFORE.search(text[max(0, q.start - 8):q.start]))):
        return [q]
    m = QUANTITY_RE.match(text, q.start)
    if m is None or m.group("sep") is None or m.group("sep").strip() != "to":
        return [q]
    first = _single(text, m, m.group("anum"), m.group("amag"), _unit_of(m.group("asuf")) or q.unit)
    b_start = m.start("bnum")
    second = Quantity(b_start, q.end, text[b_start:q.end], b_start, q.high, q.high, q.unit, q.magnitude, level=True)
    if first is None:
        return [second]
    return [first._replace(unit=first.unit or q.unit, level=True), second]


def _mark_levels(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "cut memory from 80% to 40%", "from 120 ms to 45 ms": the two ends of a change that were read
    apart (no range) are levels too, like those ``_split_change`` split ("rose from 23.2% to 71.3%")."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (a.level and b.level) and a.unit == b.unit and text[a.end:b.start].strip() == "to" \
                and _CHANGE_BEFORE.search(text[max(0, a.start - 120):a.start]):
            out[i], out[i + 1] = a._replace(level=True), b._replace(level=True)
    return out


def _join_between(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "between 1.4x and 2.0x" is the range 1.4..2.0, and so is "from 1.4x up to 2.0x" (not a change);
    "between 70 million and 1.4 billion" is one of sizes."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        q = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        before = text[max(0, q.start - 12):q.start]
        between = text[q.end:nxt.start] if nxt is not None else ""
        if (nxt is not None and not q.is_range and not nxt.is_range
                and ((_BETWEEN.search(before) and re.fullmatch(r"\s+and\s+", between))
                     or (_FROM_BEFORE.search(before) and _UP_TO.fullmatch(between)
                         and not _CHANGE_BEFORE.search(text[max(0, q.start - 120):q.start])))
                and (q.unit or nxt.unit or (q.magnitude and nxt.magnitude))
                and (q.unit is None or nxt.unit is None or q.unit == nxt.unit) and q.low <= nxt.high):
            out.append(Quantity(q.start, nxt.end, text[q.start:nxt.end], q.value_start, q.low, nxt.high,
                                q.unit or nxt.unit, nxt.magnitude or q.magnitude, is_range=True))
            i += 2
            continue
        out.append(q)
        i += 1
    return out


#: every word that can start a written-out quantity; a sentence without any skips the word grammar
_FOLD_WORDS = [n + "fold" for n in _FOLD_NUMBERS]
NUMBER_WORDS = frozenset(
    w for phrase in list(U.WORD_NUMBERS) + list(U.MULTIPLIER_WORDS) + ["magnitude", "magnitudes", "fold"] + _FOLD_WORDS
    # (and the shares of _FRACTION_THE: "a third of the memory")
    + ["third", "quarter", "fifth", "tenth"]
    for w in U.LOWER_WORD.findall(phrase.lower()) if w not in ("a", "by", "in"))


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
#: words after which a written-out quantity may start up to _LOOK_BACK words back ("an order of magnitude",
#: "by half")
_LOOK_BACK_WORDS = frozenset({"order", "orders", "magnitude", "magnitudes", "half"})
#: how many words back: "2 to 3 orders of magnitude" starts five words before "magnitude"
_LOOK_BACK = 5


def _word_quantities(text: str, words: list[str] | None = None) -> list[Quantity]:
    """Written-out quantities ("twice", "two orders of magnitude", "three times faster").

    The pattern is tried only where a number word stands (and one or two words before "order" or
    "magnitude"): scanning the whole sentence with a long case-insensitive alternation is slow.
    """
    lower = text.lower()
    present = NUMBER_WORDS.intersection(words if words is not None else U.LOWER_WORD.findall(lower))
    if not present:
        return []
    if len(lower) != len(text):  # "İ" lower-cases to two characters: keep offsets aligned with text
        lower = text.translate(_ASCII_LOWER)
    starts: list[int] = []
    for word in present:
        i = lower.find(word)
        while i != -1:
            end = i + len(word)
            if (i == 0 or not lower[i - 1].isalpha()) and (end == len(lower) or not lower[end].isalpha()):
                starts.append(i)
                if "factor" in lower[max(0, i - 32):i] and (
                        factor := _FACTOR_BEFORE_WORD.search(lower, max(0, i - 32), i)) is not None:
                    starts.append(factor.start())  # "by a factor of two", "a factor two speed up", "of up to five"
                if word in _LOOK_BACK_WORDS:  # "an order of magnitude": start a few words back
                    back = i
                    for _ in range(_LOOK_BACK):
                        back = lower.rfind(" ", 0, max(0, back - 1)) + 1
                        starts.append(back)
            i = lower.find(word, end)
    found: list[Quantity] = []
    end = -1
    for start in sorted(set(starts)):
        if start < end:
            continue
        m = WORD_QUANTITY_RE.match(text, start)
        if m is None:
            continue
        q = _word_quantity(text, m)
        if q is not None and not (q.unit is None and _VAGUE_BEFORE.search(text, max(0, start - 12), start)):
            if m.group("orders") and m.group("ohigh") is None \
                    and (listed := _SPELLED_ORDERS_BEFORE.search(text, max(0, start - 16), start)) is not None:
                # "by up to two and four orders of magnitude": the list's first count shares the unit
                n = U.WORD_NUMBERS.get(listed.group("count").lower())
                if found and found[-1].start == listed.start() and found[-1].unit is None:
                    found.pop()  # read as a bare "two" before the unit came
                if n is not None and 10.0 ** n < q.high and (not found or found[-1].end <= listed.start()):
                    found.append(Quantity(listed.start(), listed.end("count"), listed.group("count"),
                                          listed.start(), 10.0 ** n, 10.0 ** n, "x", word=True))
            found.append(q)
            end = m.end()
    return found


#: the first member of a list of spelled counts of orders of magnitude, before the second: "two and "
_SPELLED_ORDERS_BEFORE = re.compile(r"(?i)(?<![\w-])(?P<count>one|two|three|four|five|six|seven|eight|nine)\s*,?\s+"
                                    r"(?:and|or)\s+$")


#: "a few hundred tokens", "several thousand GPUs": a vague amount, no number the text states
_VAGUE_BEFORE = re.compile(r"(?i)\b(?:a\s+few|few|several|many)\s+$")


#: between a spelled factor and the number in brackets that restates it: " (", " ($", " (~"
_OPEN_BRACKET_BETWEEN = re.compile(r"\s*\(\s*\$?\s*(?:~|about\s+|approximately\s+|over\s+|up\s+to\s+)?")
#: the subject of "is N-fold" when it counts the parts of the paper's own work
_PARTS_SUBJECT_BEFORE = re.compile(
    r"(?i)\b(?:approach(?:es)?|contributions?|methods?|framework|work|design|solution|ideas?|strateg(?:y|ies)|goals?|"
    r"novelt(?:y|ies)|innovations?|advantages?|benefits?|objectives?|aims?|purposes?|challenges?)\s+(?:is|are|was|were)"
    r"\s+$")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[:;,.)]|$)")
#: a spelled-out "two-fold" after an article that names no change in the words after it describes something with
#: that many parts: "a two-fold first-in-last-out micro batch schedule", "a threefold strategy" (not "a two-fold
#: speedup", "a threefold memory reduction", "a two-fold faster")
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:a|an|the|this|our)\s+$")
_PARTS_NOUN_AFTER = re.compile(
    r"(?i)\s+(?!(?:[\w-]+\s+){0,3}?(?:speed-?ups?|increases?|improvements?|reductions?|decreases?|gains?|boosts?|"
    r"accelerations?|rises?|drops?|savings?|enhancements?|growth|cuts?|compressions?|expansions?|advantages?|"
    r"differences?|margins?|higher|lower|faster|slower|more|less|fewer|greater|larger|smaller|better|"
    r"cheaper|longer|shorter)\b)[a-z]")
#: the size word of a model variant after a factor: "2x-large", "4x-small", "2x-base"
_VARIANT_SIZE_AFTER = re.compile(r"(?i)-(?:large|small|base|tiny|huge|medium|nano|giant|xl|xxl)\b")
#: ... or plural parts that a colon goes on to list: "ReMax offers threefold advantages over PPO: first, ..."
_PARTS_LISTED_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+)?(?:advantages|benefits|contributions|improvements|innovations|"
                                 r"goals|objectives|aims|challenges|merits|strengths)\b[^.:;]{0,48}:")
#: what joins the members of a list of numbers: "20 and 35%", "1.5, 2.1, and 3.4x", "20 or 35%"
#: (and a slash before a signed number: "+2.1/+3.4%"; an unsigned "1/2" is a fraction, never read as two numbers)
_NUMBER_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\+?)\s*"
                                 # (a bound of the next member's own: "up to 3.5 and on average 1.6 kernel-level
                                 # latency reduction")
                                 r"(?:(?:on\s+average|up\s+to|an?\s+average\s+of)\s+)?")
#: ... and for a list in another unit, a spaced slash too: "at 124 / 78 FPS", "+3.7/+3.6 accuracy points"
_UNIT_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s+|/\+?)\s*")
#: "2 and 4 orders of magnitude": the count of orders of the list's last member
_ORDERS_COUNT = re.compile(r"(\d{1,2})[\s-]+orders?\b", re.IGNORECASE)


def _share_list_unit(text: str, found: list[Quantity]) -> list[Quantity]:
    """A list of bare numbers that ends in a factor or a percent shares its unit: "by 20 and 35%",
    "1.5, 2.1 and 3.4x faster", "by 2 and 4 orders of magnitude" (the unit written once, after the
    last member).  Only numbers joined by nothing but commas, "and" and "or" count ("on 8 GPUs and 35%"
    is no list); a bare factor must be above 1, and an order count a small whole number."""
    out = list(found)
    for j in range(len(out) - 1, 0, -1):
        last = out[j]
        if last.unit not in ("x", "%"):
            if not last.word and not last.level and (last.unit is not None or last.magnitude is not None):
                _share_other_unit(text, out, j)
            continue
        if last.word and not last.text[:1].isdigit():
            if last.unit == "x" and last.text.lower().endswith("times"):
                _share_spelled_times(text, out, j)
            continue
        orders = _ORDERS_COUNT.match(last.text) if last.word else None
        if last.word and orders is None:
            continue
        for k in _listed_before(text, out, j, _NUMBER_LIST_JOINER):
            q = out[k]
            if orders is not None:
                if q.is_range or q.high != int(q.high) or not 1 <= q.high < int(orders.group(1)):
                    break
                out[k] = q._replace(low=10.0 ** q.low, high=10.0 ** q.high, unit="x")
            elif last.unit == "x" and q.low <= 1:
                break
            else:
                out[k] = q._replace(unit=last.unit)
    return out


def _share_spelled_times(text: str, out: list[Quantity], j: int) -> None:
    """The spelled numbers listed before a spelled factor ``out[j]`` are factors too: "two and three times
    faster", "speedups of six and ten times" ("times" written once, after the last member)."""
    for k in _listed_before(text, out, j, _NUMBER_LIST_JOINER, spelled=True):
        if out[k].is_range or out[k].low <= 1:
            return
        out[k] = out[k]._replace(unit="x")


def _listed_before(text: str, out: list[Quantity], j: int, joiner: re.Pattern,
                   spelled: bool = False) -> Iterator[int]:
    """The places of the bare numbers listed right before ``out[j]``, nearest first: no unit, magnitude or
    word of their own (or, ``spelled``, numbers in words only), each joined to the next by ``joiner``."""
    k = j
    while k > 0:
        q = out[k - 1]
        if q.unit is not None or q.magnitude is not None or q.level \
                or (q.word != spelled or (spelled and not q.text[:1].isalpha())) \
                or joiner.fullmatch(text, q.end, out[k].start) is None:
            return
        yield k - 1
        k -= 1


def _share_other_unit(text: str, out: list[Quantity], j: int) -> None:
    """The bare numbers listed before ``out[j]`` take its unit and magnitude: "124 and 78 FPS", "12 and
    24 GB", "3, 5, and 8 ms", "7 and 13 billion parameters" (written once, after the last member)."""
    last = out[j]
    scale = _magnitude(last.magnitude)
    for k in _listed_before(text, out, j, _UNIT_LIST_JOINER):
        q = out[k]
        out[k] = q._replace(low=q.low * scale, high=q.high * scale, unit=last.unit, magnitude=last.magnitude)


#: decimals joined by slashes with one sign after the last: "19.3/30.8/24.3/25.1 times", "23.7/21.9%"
#: (or points: "up to 3.7/3.6 accuracy points")
_SLASH_DECIMAL_RUN = re.compile(r"(?<![\w./])\d+\.\d+(?:/\d+\.\d+)+(?P<gap>\s?)(?P<sign>times(?![^\W\d_])|[xX×%](?![^\W\d_])|"
                                r"(?:(?:accuracy|absolute|percentage)\s)?points?(?![^\W\d_])|pp(?![^\W\d_]))")
_DECIMAL = re.compile(r"\d+\.\d+")
#: the cheap test before _SLASH_DECIMAL_RUN
_DECIMAL_SLASH = re.compile(r"\d\.\d+/\d")
#: a slash between two sizes is a list ("the 1.5B/70B draft/target models", "7B/13B"), not a fraction
_SLASH_BETWEEN_SIZES = re.compile(r"(?<=\d[KMBT])/(?=\d+(?:\.\d+)?[KMBT](?![^\W\d_]))")
#: ... in lower case only before what they size: "30b/70b models" (read as "30b 70b models")
_SLASH_BETWEEN_LOWER_SIZES = re.compile(r"(?<=\d[bm])/(?=\d+(?:\.\d+)?[bm][\s-](?:" + _SIZED_NOUNS + r")(?![^\W_]))")
#: ... and between factors or percents: "by 4.61x/3.67x", "30%/45%", "96%|86%" (read as "4.61x;3.67x")
_SLASH_BETWEEN_FACTORS = re.compile(r"(?<=\d[xX×%])[/|](?=\d+(?:\.\d+)?\s?[xX×%](?![^\W\d_]))")


#: a dataset's name (capitals, a digit or both: "WikiText2", "WikiText-2", "C4", "PTB") and a perplexity
_PERPLEXITY_AFTER = re.compile(
    r"\s(?:(?:[A-Z][A-Za-z]*-?\d+|[A-Z]{2,}\d*|[A-Z][a-z]+[A-Z][A-Za-z]*)\s)?(?:PPL|ppl|perplexity)(?![^\W\d_])")


#: a change of a named score after a bare number: "a 0.3 drop in BLEU", "0.22 increase in FID"
_SCORE_NAMES_ALT = "|".join(re.escape(m) for m in sorted(set(U.METRIC_UNITS) - {"score", "scores"}, key=len,
                                                         reverse=True))
_SCORE_CHANGE_AFTER = re.compile(
    r" (?:loss|losses|drop|drops|decrease|increase|improvement|improvements|gain|gains|reduction|degradation)"
    r" (?:in|of|on) (?:the )?(?P<metric>" + _SCORE_NAMES_ALT + r")(?![\w-])", re.IGNORECASE)


#: ... or after it, with the change before the number: "a reduction of 0.38 in CLIP Score"
_SCORE_IN_AFTER = re.compile(r" in (?:the )?(?P<metric>" + _SCORE_NAMES_ALT + r")(?![\w-])", re.IGNORECASE)
_CHANGE_OF_BEFORE = re.compile(
    r"(?i)\b(?:reduction|drop|decrease|increase|loss|gain|improvement|degradation)s?\s+of\s+(?:only\s+|just\s+)?$")
#: score names that are ordinary words in lower case ("a 3.2 reduction in map loading time")
_WORDLIKE_SCORE_NAMES = frozenset({"map", "spice", "meteor", "mae", "mse", "elo", "wer", "cer", "mrr"})


def _with_score_unit(text: str, q: Quantity) -> Quantity:
    """A bare number with the score it is in written after it: "2.84 WikiText2 PPL" (the span takes the
    words in), "a 0.3 drop in BLEU"; else ``q`` as it is."""
    m = _PERPLEXITY_AFTER.match(text, q.end)
    if m is not None:
        return q._replace(end=m.end(), text=text[q.start:m.end()], unit="ppl")
    m = _SCORE_CHANGE_AFTER.match(text, q.end)
    if m is None and "of" in text[max(0, q.start - 12):q.start]:
        # "a slight reduction of 0.38 in CLIP Score": the change named before the number
        m = _SCORE_IN_AFTER.match(text, q.end)
        if m is not None and not _CHANGE_OF_BEFORE.search(text, max(0, q.start - 48), q.start):
            m = None
    if m is None or (m.group("metric").islower() and m.group("metric") in _WORDLIKE_SCORE_NAMES):
        return q
    return q._replace(unit=U.METRIC_UNITS[m.group("metric").lower()])


#: "half" (or a third, a quarter, two thirds) after "by", with a bound between ("by more than half", "by nearly
#: half", "by one-third"); not "half of" a share
_BY_HALF = re.compile(r"(?i)\bby\s+(?:(?:more\s+than|over|nearly|almost|about|around|roughly|approximately|close\s+to|"
                      r"at\s+least|up\s+to|less\s+than|just\s+over|well\s+over)\s+)?"
                      r"(?P<half>half|(?:a|one)[\s-](?:third|quarter|fifth|tenth)|two[\s-]thirds|three[\s-]quarters)"
                      r"(?![\w-])(?!\s+(?:of|an?|the)\b)")
#: ... and the percent each share is
_BY_HALF_PERCENT = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0, "thirds": 200 / 3,
                    "quarters": 75.0}


def _without_counts_inside(found: list[Quantity], start: int, end: int) -> list[Quantity]:
    """``found`` less the number words read as counts inside a share's span ("one" of "by one-third")."""
    return [q for q in found if not (q.word and q.unit is None and start <= q.start and q.end <= end)]


#: a share written as a word or a fraction
_FRACTION = r"half|(?:a|one)[\s-](?:third|quarter|fifth|tenth)|1/(?:2|3|4|5|10)"
#: "half the <measure>" (or a third, a quarter, "1/3 the") after a word of using or a bound: "at half the cost",
#: "with half the parameters", "uses less than 1/3 the VRAM" (not "half the tokens are pruned", a share of what is
#: counted)
_FRACTION_THE = re.compile(
    r"(?i)\b(?:at|with|using|uses?|used|needs?|needing|requires?|requiring|consum\w*|takes?|taking|for|within)"
    r"\s+(?:(?:also|still)\s+)?(?:(?:less|fewer|more)\s+than\s+|under\s+|over\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|"
    r"only\s+|just\s+|merely\s+)?(?P<half>" + _FRACTION + r")\s+(?:of\s+)?(?:the|its|their)\s")
#: ... or the time a run takes, after "in": "in less than a tenth of its runtime", "converges in half the steps"
_FRACTION_OF_TIME = re.compile(
    r"(?i)\bin\s+(?:(?:less|fewer)\s+than\s+|under\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|only\s+|"
    r"just\s+|merely\s+)?(?P<half>" + _FRACTION + r")\s+(?:of\s+)?(?:the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:time|runtime|run\s+time|wall-clock\s+time|steps|iterations|epochs)(?![^\W\d_])")
#: ... or after a multiple of another measure it is joined to: "around twice the speed and half the memory cost"
_FRACTION_AFTER_MULTIPLE = re.compile(
    r"(?i)\b(?:twice|double|thrice|\d+(?:\.\d+)?\s?[x×])\s+the\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,?\s+and\s+"
    r"(?P<half>" + _FRACTION + r")\s+(?:of\s+)?(?:the|its|their)\s")
#: the share itself, as claims._bound_for sees it
FRACTION_SHARE = re.compile("(?i)" + _FRACTION)
#: ... and what each share divides by
_FRACTION_FACTOR = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10, "1/2": 2, "1/3": 3, "1/4": 4,
                    "1/5": 5, "1/10": 10}
#: a measure cut to a share: "reduces inference cost to 1/10", "cuts memory to a third" (a factor of 10, of 3)
_TO_FRACTION = re.compile(
    r"(?i)\b(?:reduc\w*|cut\w*|lower\w*|decreas\w*|shrink\w*|compress\w*|"
    r"(?:bring\w*|brought)(?:\s+[^\W\d_][\w-]*){0,3}?\s+down)"
    r"\s+(?:[^\W\d_][\w-]*\s+){0,4}?to\s+(?:(?:about|around|roughly|nearly|approximately|only|just|merely)\s+)?"
    r"(?P<half>" + _FRACTION + r")(?![\w/-])(?!\s+(?:precision|floats?|bits?|words?)\b)"  # not "to half precision"
    # ... or to a range of shares: "reduces memory usage to about one-third to one-tenth" (a factor of 3 to 10)
    r"(?:\s+to\s+(?P<half2>" + _FRACTION + r")(?![\w/-]))?")
#: "a billion parameters", "half a billion params": one (or a half) of a magnitude, before what a model size counts
_A_MAGNITUDE_OF_PARAMS = re.compile(
    r"(?i)(?<![\w-])(?P<half>half\s+)?an?\s+(?P<mag>million|billion|trillion)"
    r"(?=[\s-]+(?:(?:total|active|activated|trainable)\s+)?param)")  # "a trillion total parameters"
#: ... so these words can start a quantity without a digit or a number word (the pre-filter's concern)
A_MAGNITUDE_WORDS = frozenset({"million", "billion", "trillion"})


#: between a value and its spread: "1.24 ± 0.53%", "85.2 +/- 0.3%"
_SPREAD_SIGN = re.compile(r"\s*(?:±|\+/-|\+-)\s*")


def _without_spreads(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "1.24±0.53%": the value is 1.24 in the unit written after the spread; "2.1x ± 0.2x": the spread goes."""
    out: list[Quantity] = []
    k = 0
    while k < len(found):
        q = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and _SPREAD_SIGN.fullmatch(text, q.end, nxt.start) and not q.is_range \
                and (q.unit is None or q.unit == nxt.unit) and q.magnitude is None:
            out.append(q._replace(end=nxt.end, text=text[q.start:nxt.end], unit=nxt.unit))
            k += 2
            continue
        out.append(q)
        k += 1
    return out


def lost_its_times(q: Quantity | None) -> bool:
    """``q`` is a factor whose "×" the copy lost: its unit is x, its text ends in a digit."""
    return q is not None and q.unit == "x" and q.text[-1:].isdigit()


#: a factor written with its sign: "2.5×", "3x", "4-fold"
_FACTOR_SIGN = re.compile(r"\d\s?(?:[×xX](?![^\W_])|-?fold\b)")


@lru_cache(maxsize=64)
def copy_lost_times(document: str) -> bool:
    """The copy ``document`` lost the "×" of its factors: no factor keeps its sign, and one reads as a
    factor all the same ("speedups of 1.6-2 in integer addition", "UPMEM can achieve over 2.7 speedup")."""
    if _FACTOR_SIGN.search(document):
        return False
    return any(not q.word and lost_its_times(q) for q in find_quantities(document))


def _bare(q: Quantity) -> bool:
    """A bare number: no unit, magnitude or word of its own, no range."""
    return q.unit is None and q.magnitude is None and not q.word and not q.is_range


def _bare_list_end(text: str, found: list[Quantity], i: int) -> int:
    """The place after the run of bare numbers listed right after ``found[i]`` ("8.6, 10.4, and 14.5")."""
    j = i + 1
    while j < len(found) and _bare(found[j]) and _FACTOR_LIST_STEP.fullmatch(text, found[j - 1].end, found[j].start):
        j += 1
    return j


def find_quantities(text: str, words: list[str] | None = None) -> list[Quantity]:
    """Every quantity in ``text``, left to right, without overlaps; ``words`` are the lower-case
    words of ``text`` when the caller has them already."""
    if "/" in text or "|" in text:
        text = _SLASH_BETWEEN_SIZES.sub(" ", text)  # same length: offsets stay those of the sentence
        text = _SLASH_BETWEEN_LOWER_SIZES.sub(" ", text)
        text = _SLASH_BETWEEN_FACTORS.sub(";", text)
    found: list[Quantity] = []
    pos = 0
    while (m := QUANTITY_RE.search(text, pos)) is not None:
        q = _quantity_from_match(text, m)
        pos = m.end()
        if q is None or not math.isfinite(q.high):
            continue
        if q.end < pos:
            pos = q.end  # "from 120 ms to 45 ms" is no range: the other side is read on its own
        for part in _split_change(text, q):
            if not is_excluded(text, part):
                found.append(part)
    if "/" in text and _DECIMAL_SLASH.search(text):
        # "speeds up the inference 19.3/30.8/24.3/25.1 times compared to X": decimals joined by slashes share
        # the factor or percent sign after the last one (the slashes kept them from being read at all)
        for m in _SLASH_DECIMAL_RUN.finditer(text):
            if any(q.start < m.end() and m.start() < q.end for q in found):
                continue
            sign = m.group("sign")
            unit = "%" if sign == "%" else "pp" if sign.startswith(("p", "accuracy", "absolute")) else "x"
            for num in _DECIMAL.finditer(text, m.start(), m.start("sign")):
                value = float(num.group(0))
                end = m.end() if num.end() == m.start("sign") - len(m.group("gap")) else num.end()
                found.append(Quantity(num.start(), end, text[num.start():end], num.start(), value, value, unit))
        found.sort(key=lambda q: q.start)
    if "- " in text or "-," in text:
        # "2- and 3-fold", "2-, 4- and 8-times faster": the sign said once, after the last member
        for k in range(len(found) - 2, -1, -1):
            if found[k].unit is None and found[k + 1].unit == "x" and found[k].magnitude is None \
                    and _SUSPENDED_HYPHEN.fullmatch(text, found[k].end, found[k + 1].start):
                found[k] = found[k]._replace(unit="x")
    if " to " in text:
        found = _mark_levels(text, found)
    if "±" in text or "+/-" in text or "+-" in text:
        found = _without_spreads(text, found)
    spelled = _word_quantities(text, words)
    if spelled:
        for w in spelled:
            if w.unit is None and w.magnitude is None and _spelled_index(text, w):
                continue  # "Stage one performs a warm start", "in phase two": which one, no count
            overlapping = [q for q in found if q.start < w.end and w.start < q.end]
            if overlapping and w.unit == "x" and all(
                    w.start <= q.start and q.end <= w.end and q.unit is None for q in overlapping):
                # "2 orders of magnitude" holds the bare number "2" ("1-2 orders ..." the bare range
                # "1-2"): the longer reading wins
                found = [q for q in found if q not in overlapping]
                overlapping = []
            if not overlapping:
                found.append(w)
        found.sort(key=lambda q: q.start)
    shares = "half" in text or "third" in text or "quarter" in text or "fifth" in text or "tenth" in text
    if shares:
        # "reduces memory by half", "by more than half": a change of 50%, its bound said between "by" and "half"
        # ("by one-third": 33.3%; the "one" read as a count on its own goes)
        for m in _BY_HALF.finditer(text):
            start, end = m.span("half")
            found = _without_counts_inside(found, start, end)
            if not any(q.start < end and start < q.end for q in found):
                value = _BY_HALF_PERCENT[re.split(r"[\s-]", m.group("half").lower())[-1]]
                found.append(Quantity(start, end, text[start:end], start, value, value, "%", word=True))
        found.sort(key=lambda q: q.start)
    if shares or "1/" in text:
        # "at half the cost", "uses less than 1/3 the VRAM": the measure halved (or cut to a third), a factor of 2
        # (or 3; see claims._bound_for for the bound, which turns round)
        for m in itertools.chain(_FRACTION_THE.finditer(text), _TO_FRACTION.finditer(text),
                                 _FRACTION_AFTER_MULTIPLE.finditer(text), _FRACTION_OF_TIME.finditer(text)):
            start, end = m.span("half")
            factor = float(_FRACTION_FACTOR[re.split(r"[\s-]", m.group("half").lower())[-1]])
            low = factor
            if m.re is _TO_FRACTION and m.group("half2"):
                end = m.end("half2")
                low, factor = sorted((factor, float(_FRACTION_FACTOR[re.split(r"[\s-]", m.group("half2").lower())[-1]])))
            # (the "one" of "one third of the memory" was read as a count on its own: the share holds it)
            found = _without_counts_inside(found, start, end)
            if not any(q.start < end and start < q.end for q in found):
                found.append(Quantity(start, end, text[start:end], start, low, factor, "x", word=True,
                                      decreasing=True))
        found.sort(key=lambda q: q.start)
    if "illion" in text and "aram" in text:
        # "fewer than a billion parameters": "a" is one here, "half a billion" a half
        for m in _A_MAGNITUDE_OF_PARAMS.finditer(text):
            if not any(q.start < m.end() and m.start() < q.end for q in found):
                value = U.MAGNITUDE_SUFFIXES[m.group("mag").lower()] * (0.5 if m.group("half") else 1)
                found.append(Quantity(m.start(), m.end(), m.group(0), m.start(), value, value, None,
                                      magnitude=m.group("mag").lower(), word=True))
        found.sort(key=lambda q: q.start)
    for k, q in enumerate(found):
        # "delivering 4 faster inference", "119 higher throughput at 9740 lower latency": a bare number before a
        # comparative and the measure it compares is a factor whose "×" the copy lost
        if q.unit is None and q.magnitude is None and not q.word and q.high > 1 \
                and _COMPARED_MEASURE_AFTER.match(text, q.end):
            found[k] = q._replace(unit="x")
    # "speedup", "acceleration", "multiplied": the cheap test before _SPEEDUP_OF and _MULTIPLIED_BY ("a batch
    # throughput multiplied by 13": a bare number after "multiplied by" is a factor)
    speed_words = "peed" in text or "cceleration" in text or "ultipl" in text or "ompression" in text
    if speed_words or "hroughput" in text:
        # (a text that only says "throughput" is tried for "an improvement in throughput of 3" alone)
        found = [q._replace(unit="x") if q.unit is None and q.magnitude is None and not q.word
                 and ((speed_words and (
                     (_SPEEDUP_OF.search(text, max(0, q.start - 96), q.start) and not counts_something(text, q.end))
                     or _MULTIPLIED_BY.search(text, max(0, q.start - 48), q.start)
                     or _SPEEDUP_NOUN_AFTER.match(text, q.end)))
                      or (q.high > 1 and _SPEED_CHANGE_OF.search(text, max(0, q.start - 80), q.start)
                          and not counts_something(text, q.end)))
                 else q for q in found]
        if speed_words and ":" in text:
            for m in _RATIO_TO_ONE.finditer(text):
                if m.group("m") is not None and m.group("noun").lower() != "compression":
                    continue
                start, end = m.start("n" if m.group("n") else "one"), m.end()
                if not any(q.start < end and start < q.end for q in found):
                    value = float(m.group("n") or m.group("m"))
                    found.append(Quantity(start, end, text[start:end], start, value, value, "x"))
            found.sort(key=lambda q: q.start)
    if any(q.unit is None for q in found):
        # "a 0.05 loss in CLIP score", "a 1.2 improvement in mIoU": a change of a named score is in its units
        # (before the lost-x reading below, which would make "a 1.2 improvement" a factor); so is "a loss of
        # only 2.84 WikiText2 PPL", with the dataset named between the number and its perplexity
        found = [_with_score_unit(text, q) if q.unit is None and q.magnitude is None and not q.word else q
                 for q in found]
    if any(q.unit is None for q in found):
        # "an average speedup of 1.42 (up to 2.14)": an aside right after a factor gives a bare number its unit;
        # so does a factor's aside to the next member of its list ("2.20 (up to 3.21) and 2.07 (up to 5.02)")
        for k in range(1, len(found)):
            q, before = found[k], found[k - 1]
            if q.unit is None and before.unit == "x" and q.magnitude is None and not q.word and (((
                    aside := _FACTOR_ASIDE.fullmatch(text, before.end, q.start)) is not None
                    and (aside.group("words") or "." in q.text) and text.startswith(")", q.end)) or (
                    1 < q.high <= before.high and _AVERAGE_AFTER_FACTOR.fullmatch(text, before.end, q.start)
                    and not counts_something(text, q.end)) or (
                    _ASIDE_AFTER_FACTOR_NOUN.fullmatch(text, before.end, q.start) and text.startswith(")", q.end)) or (
                    "." in q.text and k >= 2 and is_factor_aside(text, found[k - 2], before)
                    and _NEXT_AFTER_ASIDE.fullmatch(text, before.end, q.start) is not None)):
                found[k] = q._replace(unit="x")
        # "by a factor of at least 8.6, 10.4, and 14.5": the list after "factor of" is all factors
        in_factor_list = False
        for k in range(1, len(found)):
            q, before = found[k], found[k - 1]
            in_factor_list = before.unit == "x" and (in_factor_list or before.text.lower().startswith("factor")) \
                and _FACTOR_LIST_STEP.fullmatch(text, before.end, q.start) is not None
            if in_factor_list and q.unit is None and q.magnitude is None and not q.word:
                found[k] = q._replace(unit="x")
            elif q.unit is not None:
                in_factor_list = False
        found = [q._replace(unit="x") if q.unit is None and q.magnitude is None and not q.word and 1 < q.high < 1000
                 and (_LOST_TIMES_NOUN.match(text, q.end) or (
                      _LOST_TIMES_NOUN_AND_NOUN.match(text, q.end)
                      and _ARTICLE_BEFORE.search(text, max(0, q.start - 4), q.start)) or (
                      # "8.5 improvements in generation speed" (with decimals: "2 improvements" counts them)
                      "." in q.text and _LOST_TIMES_PLURAL.match(text, q.end)) or (
                      (_LOST_TIMES_COMPARATIVE.match(text, q.end) or _LOST_TIMES_AGAINST.match(text, q.end)) and (
                      "." in q.text or q.is_range or _LOST_TIMES_LEADER.search(text, max(0, q.start - 16), q.start)
                      or _LOST_TIMES_THAN.match(text, q.end))))
                 and not _LOST_TIMES_INDEX.search(text, max(0, q.start - 12), q.start)
                 else q for q in found]
        # "delivers 28 energy efficiency and 249 speedup over a GPU baseline": a bare number before a measure,
        # joined to a factor that lost its "x" right after, lost its own
        for k in range(len(found) - 2, -1, -1):
            q, after = found[k], found[k + 1]
            if q.unit is None and lost_its_times(after) and q.magnitude is None \
                    and not q.word and 1 < q.high < 1000 and _MEASURE_THEN_FACTOR.fullmatch(text, q.end, after.start):
                found[k] = q._replace(unit="x")
        # "demonstrates a speed-up and energy reduction of 53.1 and 67.7, respectively": a list of bare numbers with
        # decimals after changes "of", paired with them by "respectively", lost the "x" of each
        for k in range(len(found) - 1):
            changes = _CHANGES_OF_BEFORE.search(text, max(0, found[k].start - 48), found[k].start) \
                if _bare(found[k]) else None
            if changes is None or _SCORE_NAMED.search(text, max(0, changes.start() - 32), changes.start()):
                continue  # (not "accuracy improvements of 1.5 and 2.3, respectively": points of a score)
            end = _bare_list_end(text, found, k)
            members = found[k:end]
            if end - k > 1 and _RESPECTIVELY_AFTER.match(text, found[end - 1].end) \
                    and all("." in q.text and q.low > 1 for q in members):
                found[k:end] = [q._replace(unit="x") for q in members]
        # "speedups of over 400, 3, and 12 over CPU, ASIC, and GPU implementations": bare numbers listed after a
        # factor, the list closed by what they are compared with, are factors too
        for k in range(1, len(found)):
            before = found[k - 1]
            if before.unit != "x" or before.word or found[k].unit is not None:
                continue
            last = _bare_list_end(text, found, k - 1)
            if last > k and _COMPARED_AFTER_LIST.match(text, found[last - 1].end):
                for j in range(k, last):
                    found[j] = found[j]._replace(unit="x")
        # (after the lost-x reading: "312 energy improvement over GPU baselines and 89 over ...")
        for k in range(1, len(found)):
            q, before = found[k], found[k - 1]
            if q.unit is None and before.unit == "x" and q.magnitude is None and not q.word and not q.is_range \
                    and (step := _PARALLEL_SETTING_STEP.fullmatch(text, before.end, q.start)) is not None \
                    and text[q.end:q.end + 12].lstrip().startswith(step.group("prep") + " "):
                found[k] = q._replace(unit="x")
    if len(found) > 1:
        found = _join_between(text, found)
        if any(q.unit is None for q in found):
            found = _share_list_unit(text, found)
    if "(" in text and any(q.word for q in found):
        # "more than an order of magnitude (11.1x faster)", "twice (2.1x) as fast": the words and the number in
        # brackets after them say one factor, which the number says exactly
        found = [q for k, q in enumerate(found) if not (
            q.word and q.unit == "x" and k + 1 < len(found) and found[k + 1].unit == "x" and not found[k + 1].word
            and _OPEN_BRACKET_BETWEEN.fullmatch(text, q.end, found[k + 1].start))]
    if "-" in text:
        # "RF-DETR (2x-large)", "a 2x-small variant": a factor glued to a size word names a model variant
        found = [q for q in found if not (q.unit == "x" and not q.word and _VARIANT_SIZE_AFTER.match(text, q.end))]
    if "fold" in text:
        # "Our approach is threefold:", "our contributions are two-fold.": how many parts the paper's own work
        # has, which the spec does not count
        found = [q for q in found if not (q.unit == "x" and (
            (_PARTS_SUBJECT_BEFORE.search(text, max(0, q.start - 48), q.start) and _CLAUSE_END_AFTER.match(text, q.end))
            or (q.word and q.text.lower().endswith("fold") and (
                (_ARTICLE_BEFORE.search(text, max(0, q.start - 8), q.start) and _PARTS_NOUN_AFTER.match(text, q.end))
                or _PARTS_LISTED_AFTER.match(text, q.end)))))]
    return found
