"""Extraction quality on the development set, and the pre-filter never changing the output.

``tests/data/dev-gold.jsonl`` is the project's hand-checked gold for 50 papers
of the shipped sample listing (the dev set); scoring is ``claims eval``.
The floors are the ones the extraction-quality issue set; a change that
drops below them fails here.
"""

from __future__ import annotations

import json

import pytest

from extractor.extract import extract_papers

from .conftest import DATA, SAMPLE, run_cli

PRIMARY = ("speedup", "memory", "cost", "energy", "capacity", "model_size", "hardware")


@pytest.fixture(scope="module")
def dev_report():
    proc = run_cli("eval", "--gold", str(DATA / "dev-gold.jsonl"), str(SAMPLE), "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_every_dev_paper_is_found(dev_report):
    assert dev_report["papers"] == {"gold": 50, "matched": 50}


def test_primary_micro_f1_floor(dev_report):
    assert dev_report["micro_primary"]["f1"] >= 0.90


@pytest.mark.parametrize("kind", PRIMARY)
def test_primary_kind_f1_floor(dev_report, kind):
    assert dev_report["kinds"][kind]["f1"] >= 0.80, dev_report["kinds"][kind]


@pytest.mark.parametrize("kind", ["accuracy", "context_length"])
def test_secondary_kind_f1_floor(dev_report, kind):
    assert dev_report["kinds"][kind]["f1"] >= 0.75, dev_report["kinds"][kind]


def test_attribute_accuracy_floors(dev_report):
    attrs = dev_report["attributes"]
    assert attrs["bound"]["accuracy"] >= 0.90
    assert attrs["baseline"]["accuracy"] >= 0.70


def test_the_prefilter_never_changes_the_output(sample_papers):
    """Only sentences with digits, number words or hardware words reach spaCy; the rest cannot hold a claim."""
    with_filter = extract_papers(sample_papers, prefilter=True)
    without = extract_papers(sample_papers, prefilter=False)
    assert [c.model_dump() for c in with_filter.claims] == [c.model_dump() for c in without.claims]
    assert with_filter.dropped == without.dropped
    assert len(with_filter.claims) > 200  # the sample is rich in claims; the comparison is not vacuous


def test_the_prefilter_skips_sentences_without_triggers():
    from extractor.prefilter import is_candidate, sentence_words

    def check(sentence: str) -> bool:
        return is_candidate(sentence, sentence_words(sentence))

    assert not check("We propose a new method for efficient serving of language models.")
    # a trigger word inside another word is no trigger ("ten" in "attention", "two" in "network")
    assert not check("Attention is often written for a network.")
    for sentence in ("It runs on an FPGA.", "We use NVIDIA Jetson boards.", "It is twice as fast.",
                     "Throughput improves by an order of magnitude.", "We evaluate 3 models."):
        assert check(sentence), sentence
