"""Baselines a list of claims takes from the sentence before it.

"For GCN, it achieves speedups of 4.90x, 7.10x and 1.17x compared to DGL, PyG and TC-GNN, respectively.
For AGNN, it achieves speedups of 5.32x, 2.92x, and 1.02x." The second list compares with the same three
systems in the same order; the sentence says so only by repeating the shape of the first. So does "a
speedup of 7.63 over GPyTorch and 25.25 over GPflow. ... we observe speedups of 29.62 and 21.19,
respectively."

The rule is narrow on purpose: the two sentences are adjacent, the later one names no comparison of its
own, both lists have the same length (two or more) and kind, the earlier list's baselines are that many
distinct names, and one of the two sentences says "respectively".
"""

from __future__ import annotations

import re

from .candidate import COMPARATIVE, Candidate

#: a comparison the sentence makes itself, which then owns its claims' baselines
_OWN_COMPARISON = re.compile(
    r"(?i)\b(?:than|over|compared|comparison|comparing|versus|vs\.?|against|relative\s+to|outperform\w*|"
    r"surpass\w*|beats?|baselines?)\b")
_RESPECTIVELY = re.compile(r"(?i)\brespectively\b")


def _comparative_list(cands: list[Candidate]) -> list[Candidate]:
    """The sentence's comparative claims of one kind and unit, in reading order; [] when they are mixed."""
    listed = sorted((c for c in cands if c.kind in COMPARATIVE), key=lambda c: c.start)
    if len({(c.kind, c.unit) for c in listed}) != 1:
        return []
    return listed


def carry_baselines(sentences: list[tuple[int, str, list[Candidate]]]) -> None:
    """Give a bare list of claims the baselines of the list in the sentence right before it.

    ``sentences``: (index of the sentence in its document, its text, its candidates), in document order;
    the candidates are changed in place.
    """
    for (i_prev, text_prev, prev), (i_now, text_now, now) in zip(sentences, sentences[1:]):
        if i_now != i_prev + 1 or len(now) < 2 or len(prev) < 2:
            continue
        later, earlier = _comparative_list(now), _comparative_list(prev)
        if len(later) < 2 or len(later) != len(earlier) or any(c.baseline for c in later) \
                or (later[0].kind, later[0].unit) != (earlier[0].kind, earlier[0].unit):
            continue
        if _OWN_COMPARISON.search(text_now) or not (_RESPECTIVELY.search(text_now) or _RESPECTIVELY.search(text_prev)):
            continue
        names = [c.baseline for c in earlier]
        if None in names or len(set(names)) != len(names):
            continue
        for cand, name in zip(later, names):
            cand.baseline = name
