"""The work of extraction grows in step with the numbers of a sentence, not with their square.

An abstract may hold a pasted table: thousands of numbers in one "sentence". A test that needed the
whole run of numbers for each of its numbers (or each list its members) once took 27 s over such an
abstract of 12,000 characters. Timing is no test on a shared machine, so these count the lines of
the extractor's own code that run (``sys.settrace``): doubling the numbers must about double them
(quadratic work would give four times as many).
"""

from __future__ import annotations

import sys

import pytest

from extractor.extract import extract_papers
from extractor.readers.common import make_paper
from schemas import Paper


def lines_run(abstract: str) -> int:
    """The lines of ``extractor`` code that extracting one paper with this abstract runs."""
    item = make_paper(title="A table pasted into an abstract", abstract=abstract, source="test", record=1)
    assert isinstance(item, Paper)
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if "extractor" not in frame.f_code.co_filename:
            return None
        if event == "line":
            count += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        extract_papers([item])
    finally:
        sys.settrace(previous)
    return count


@pytest.mark.parametrize("run_of", [
    pytest.param(lambda n: " ".join(["1"] * n) + "x speedup", id="bare-numbers-then-a-factor"),
    pytest.param(lambda n: "%".join(["1"] * n) + "% less memory on 8 NVIDIA A100 GPUs", id="percentages-glued"),
    pytest.param(lambda n: ", ".join(["2x"] * n) + " and 3x faster than vLLM on 8 NVIDIA H100 GPUs",
                 id="a-comma-list-of-factors"),
])
def test_doubling_the_numbers_of_a_sentence_about_doubles_the_work(run_of):
    extract_papers([make_paper(title="Warm-up", abstract="It runs 2x faster.", source="test", record=1)])
    small = lines_run(f"We measured {run_of(150)} overall.")
    large = lines_run(f"We measured {run_of(300)} overall.")
    assert large / small < 2.5, (small, large)
