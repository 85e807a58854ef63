"""Rule-based sentence splitting over plain strings.

Splitting happens before spaCy sees the text, so that only sentences worth
the full pipeline are tokenised (see ``prefilter``).  A boundary is a ``.``,
``!`` or ``?`` followed by white space and a letter, a digit or
an opening bracket (or a ``.`` glued to a capitalised word: "GPU.Moreover"), unless the word before the stop is a known abbreviation
("e.g.", "et al.", "vs.", "Fig.") or a single initial.  The title (the
document's first line) is always a sentence of its own.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """e.g i.e etc vs v.s cf al fig figs eq eqs sec secs tab no nos approx resp incl esp ca
    dr mr mrs ms prof st jr sr inc ltd co corp dept univ vol pp ed eds jan feb mar apr jun jul aug
    sep sept oct nov dec""".split()
)

_SPACED_STOP = r"""[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[^\W_])"""
_BOUNDARY = re.compile(_SPACED_STOP)
#: ... or a stop that lost its space before a capitalised word: "on one A100 GPU.Moreover, ..." (not "Node.js",
#: "ASP.NET", "e.g.Transformers" or "U.S.Army"); only for a text that has one (_GLUED_STOP), as the second
#: alternative costs a third more time on every text
#: (the two-letter words that open a sentence too: "... with DeepSeek-R1-Qwen.We find ...")
_SHORT_OPENERS = r"(?:We|It|In|On|As|At|By|To|If|An)\b"
_BOUNDARY_OR_GLUED = re.compile(_SPACED_STOP + r"""|\.(?:(?<=[a-z]{2}\.)|(?<=[A-Z]{2}\.)|(?<=[\d%)]\.))(?=[A-Z][a-z]{2,}\b|"""
                                + _SHORT_OPENERS + ")")
_GLUED_STOP = re.compile(r"\.(?:[A-Z][a-z]{2}|" + _SHORT_OPENERS + ")")


def _is_abbreviation(text: str, stop: int) -> bool:
    """True when the full stop at ``stop`` ends an abbreviation, not a sentence."""
    if text[stop] != ".":
        return False
    space = max(text.rfind(" ", 0, stop), text.rfind("\n", 0, stop))
    if stop - space > 9:
        return False  # longer than any abbreviation ("approx", "U.S.", "e.g")
    word = text[space + 1:stop].lstrip("([\"'").lower()
    if not word:
        return False
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    # single initials ("J. Smith") and dotted abbreviations ("U.S.")
    return len(word) == 1 and word.isalpha() or (word.count(".") >= 1 and len(word.replace(".", "")) <= 3
                                                  and word.replace(".", "").isalpha())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (title line first)."""
    spans: list[tuple[int, int]] = []
    boundary = _BOUNDARY_OR_GLUED if _GLUED_STOP.search(text) else _BOUNDARY
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        start = line_start
        for m in boundary.finditer(text, line_start, line_end):
            if _is_abbreviation(text, m.start()) and not text.startswith("..", m.start()):
                continue  # (an abbreviation with a stop of its own ends the sentence: "LLaMA-3-8B, etc.. With ...")
            end = m.start() + len(m.group(0).rstrip())
            if end > start:
                spans.append((start, end))
            start = m.end()
        if line_end > start and text[start:line_end].strip():
            spans.append((start, line_end))
        line_start = line_end + 1
    return spans
