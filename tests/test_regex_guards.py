"""First-character guards: the characters a branch can start with, and the same matches with guards as without."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from extractor.hardware import load_catalogue
from extractor.readers import read_inputs, resolve_inputs
from extractor.regex_guards import first_chars, guarded_alternation


@pytest.mark.parametrize("pattern, expected", [
    # catalogue entries as the hardware catalogue writes them
    (r"(?:Tesla[\s-]|TESLA[\s-])?(?P<model>A10G|A40|L40[Ss])", "ALT"),
    (r"(?:RTX[\s-]?|Quadro\sRTX\s?)?(?P<model>A6000|A5000)", "AQR"),
    (r"(?P<num>10[5-8]0|9[5-8]0)[\s-]?(?P<tier>Ti)", "19"),
    (r"(?P<model>GB200|GB300)[\s-]NVL-?(?P<n>36|72)", "G"),
    (r"(?:GeForce\s)?GTX[\s-]?(?P<num>\d{3,4})", "G"),
    (r"(?:Tesla[\s-])?(?<!Apple\s)(?P<model>A10|A30)", "AT"),  # a lookbehind takes no character
    (r"(?P<num>\d{3})\sGPU", "0123456789"),
    (r"[A-C]\d+", "ABC"),
    (r"(?:x|y)*z", "xyz"),  # an optional repeat lets the next item start the match
    (r"(A)\1", "A"),  # a back-reference after the first character does not matter
])
def test_first_chars_of_a_branch(pattern, expected):
    assert first_chars(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", [
    r"(?i:tesla)\s?T4",  # a case-insensitive part
    r"(?i)a100",
    r"\w+\d",  # a class too wide to guard
    r"[^a-z]100",
    r".100",
    r"(?:A100)?",  # can match nothing
    r"x?",
    r"(a)?(?(1)b|c)",  # a conditional is not read
    r"(unclosed",  # not a pattern at all
])
def test_branches_it_cannot_bound_stay_unguarded(pattern):
    assert first_chars(pattern) is None
    assert guarded_alternation([pattern]) == pattern


def test_a_guard_is_a_lookahead_on_the_first_characters():
    assert guarded_alternation([r"(?P<a>A100)", r"(?P<b>\d{3})x"]) == \
        r"(?=[A])(?P<a>A100)|(?=[0123456789])(?P<b>\d{3})x"


def _sample_sentences() -> list[str]:
    sample = resources.files("extractor.data").joinpath("trending-papers.txt")
    return [paper.document for paper in read_inputs(resolve_inputs([str(sample)]))]


def test_the_catalogue_pattern_matches_the_same_with_and_without_guards():
    """The guarded catalogue pattern (as the extractor compiles it) against the same branches joined
    plainly: same spans and same groups on every abstract of the sample and on hardware strings."""
    guarded = load_catalogue().product_re
    plain = re.compile(re.sub(r"\(\?=\[[^\]]*\]\)(?=\(\?P<p\d+>)", "", guarded.pattern))
    assert plain.pattern != guarded.pattern
    texts = _sample_sentences() + [
        "We train on 8 A100-80GB GPUs and 4 H100 SXM nodes.", "a GeForce RTX 4090 Ti and a GTX 1080 Ti",
        "the NVIDIA GB200 NVL72 rack", "1,024 TPU v5p chips", "an Intel Xeon Gold 6248 (Cascade Lake)",
        "two AMD Instinct MI250X GPUs", "Apple M2 Ultra", "a Jetson AGX Orin 64GB",
    ]
    found = 0
    for text in texts:
        want = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in guarded.finditer(text)] == want, text
        found += len(want)
    assert found > 20
