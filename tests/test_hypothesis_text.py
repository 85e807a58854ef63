"""Hostile text never breaks extraction: property tests over random and spliced abstracts.

Every example builds a paper the way the readers do (``make_paper``), runs the
one extraction path every engine uses (``extract_papers``) and checks that it
did not raise, that every claim validates against the document, that its
offsets point at its text, that its numbers are finite, and that the batch
converts to the Arrow tables the writers store.  Together the tests below run
well over 2,000 examples.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from extractor.errors import RecordFault
from extractor.extract import extract_papers
from extractor.readers import read_inputs, resolve_inputs
from extractor.readers.common import make_paper
from extractor.writers import claims_table, papers_table
from schemas import Claim, Paper

from .conftest import SAMPLE

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_SAMPLE = [p for p in read_inputs(resolve_inputs([SAMPLE])) if not isinstance(p, RecordFault)]
ABSTRACTS = [p.abstract for p in _SAMPLE]
TITLES = [p.title for p in _SAMPLE]

HOSTILE = [
    "\x00", "\u200f", "\u200e", "\u202e", "\u2066", "\ufeff", "\u00ad", "\u200b", "\u0301", "\u0336\u0336",
    "e\u0301", "\ud800", "\udfff", "\U0001f680", "\u2028", "\x0b", "\x1b[31m", "\x7f", "\ufffd",
    "1e308x", "1e309x", "-1e308%", "NaN%", "nan x", "inf%", "∞x", "∞×", "1/0x", "0x", "0.0%", "-0%",
    "9" * 10_000, "1" * 4_301 + "x", "0." + "0" * 5_000 + "1x", "1" * 400 + "B parameters",
    "10^{308}x", "$10^{9999}\\times$", "\\times", "$3\\times$", "\\SI{5}{\\percent}", "&times;", "&#215;",
    "&amp;", "&#x1F680;", "&#99999999;", "<b>3x</b>", "1,,,000x", "1.2.3.4x", "3 x 10^400", "2^1024 x",
    "１２３x", "٣x", "३%", "Ⅻx", "½x", "²x", "3×10⁹⁹⁹⁹ tokens", "1e-400 %", "8.2x–1e999x", "up to 1e400x faster",
    "999 orders of magnitude faster", "2 to 999 orders of magnitude", "100% reduction", "200% less memory", "-50% cost", "0x faster", "0.0000x", "1e-320x faster",
    "(((((((((", ")))))))", "\\begin{", "\\end{equation}", "{{{{", "$$", "$", "\\", "%" * 50,
]
NUMBERS = st.one_of(
    st.integers(min_value=-10**30, max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda f: f"{f:,}" if math.isfinite(f) else str(f)),
    st.integers(min_value=1, max_value=12_000).map(lambda n: "9" * n),
    st.from_regex(r"[0-9]{1,6}(\.[0-9]{1,6})?([eE][+-]?[0-9]{1,4})?", fullmatch=True),
)
UNITS = st.sampled_from([
    "x", "×", "X", "-fold", " times", "%", " percent", " pp", "B", "M", "K", "T", "B parameters", "K tokens",
    "M tokens", " GPUs", " NVIDIA A100 GPUs", " H100", "GB", " TB", "W", " hours", " ms", "$", "€", "x faster",
    "% less memory", "x speedup over vLLM", "% lower cost", "x higher throughput", " fewer FLOPs",
    " orders of magnitude faster", "-2 orders of magnitude", "/70B", "",
])
CLAIM_PHRASE = st.builds(lambda pre, n, u: f"{pre}{n}{u}",
                         st.sampled_from(["", "up to ", "at least ", "about ", "~", "over ", "nearly ", "-", "+"]),
                         NUMBERS, UNITS)
TOKEN = st.one_of(CLAIM_PHRASE, st.sampled_from(HOSTILE), st.text(max_size=20))


def check(title: str, abstract: str, *, must_read: bool = False) -> None:
    item = make_paper(title=title, abstract=abstract, source="hypothesis", record=1)
    if must_read:
        assert isinstance(item, Paper), item
    else:
        assume(isinstance(item, Paper))  # a record the readers would skip is not the extractor's to handle
    result = extract_papers([item])
    document = f"{item.title}\n{item.abstract}"
    for claim in result.claims:
        again = Claim.model_validate(claim.model_dump(), context={"document": document})
        assert again == claim
        assert 0 <= claim.start < claim.end <= len(document)
        assert document[claim.start:claim.end] == claim.text
        for value in (claim.value_low, claim.value, claim.factor):
            assert value is None or math.isfinite(value)
    assert [p.n_claims for p in result.papers] == [len(result.claims)]
    # the batch must also become the Arrow tables the writers store (no unencodable text)
    assert claims_table(result.claims).num_rows == len(result.claims)
    assert papers_table(result.papers).num_rows == 1


def splice(abstract: str, tokens: list[str], positions: list[int]) -> str:
    words = abstract.split(" ")
    for token, pos in zip(tokens, positions):
        words.insert(pos % (len(words) + 1), token)
    return " ".join(words)


@settings(max_examples=700, **SETTINGS)
@given(abstract=st.sampled_from(ABSTRACTS), tokens=st.lists(TOKEN, min_size=1, max_size=6),
       positions=st.lists(st.integers(min_value=0, max_value=400), min_size=6, max_size=6))
def test_tokens_spliced_into_real_abstracts(abstract, tokens, positions):
    check("A title", splice(abstract, tokens, positions))


@settings(max_examples=500, **SETTINGS)
@given(title=st.sampled_from(TITLES), phrase=CLAIM_PHRASE, hostile=st.sampled_from(HOSTILE),
       abstract=st.sampled_from(ABSTRACTS))
def test_claim_phrases_next_to_hostile_characters(title, phrase, hostile, abstract):
    sentence = f"Our method is {hostile}{phrase}{hostile} than the baseline on 8 NVIDIA H100 GPUs."
    check(title + hostile, sentence + " " + abstract[:400])


@settings(max_examples=500, **SETTINGS)
@given(title=st.text(min_size=1, max_size=80), abstract=st.text(min_size=1, max_size=600))
def test_random_unicode_text(title, abstract):
    check(title, abstract + " words to keep the record")


@settings(max_examples=400, **SETTINGS)
@given(chars=st.lists(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=300),
       numbers=st.lists(CLAIM_PHRASE, min_size=1, max_size=4))
def test_any_code_point_with_numbers(chars, numbers):
    check("Hostile characters", "We measured " + " ".join(numbers) + " " + "".join(chars) + " speedup overall")


@pytest.mark.parametrize("token", HOSTILE)
def test_each_hostile_token_in_a_claim_sentence(token):
    # long tokens once (the abstract length limit), short ones in every slot
    short = token if len(token) < 100 else "3"
    check(f"Title {short}", f"Our kernel is up to {token} faster, {short}x faster and uses {short}% less memory "
                            f"than FlashAttention-2 on 32 NVIDIA A100 {short} GPUs. {ABSTRACTS[0]}", must_read=True)


@settings(max_examples=300, **SETTINGS)
@given(st.lists(st.sampled_from(HOSTILE + [" ", "  ", "\n", "\t", "\r\n", "\xa0", "\u3000", "word", "é"]),
                max_size=12).map("".join))
def test_stored_fields_have_one_space_between_words_and_no_control_characters(raw):
    """``clean_field`` (fast paths on str methods) agrees with the plain regular-expression
    definition: control characters become spaces, lone surrogates U+FFFD, whitespace runs one space."""
    import re

    from extractor.readers.common import clean_field

    expected = re.sub(r"[\x00-\x08\x0e-\x1f\x7f]", " ", raw)
    expected = re.sub(r"\s+", " ", re.sub(r"[\ud800-\udfff]", "\ufffd", expected)).strip()
    assert clean_field(raw) == expected
