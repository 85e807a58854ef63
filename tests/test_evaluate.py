"""The scorer behind ``claims eval`` (spec section 6), on small hand-made gold and predictions."""

from __future__ import annotations

from extractor.evaluate import baseline_agrees, format_report, hardware_key, score


def claim(kind, value, unit, low=None, **attrs):
    return {"kind": kind, "value_low": value if low is None else low, "value": value, "unit": unit, **attrs}


def test_values_match_within_one_percent_and_on_unit():
    gold = {"p": [claim("speedup", 8.2, "x"), claim("memory", 53, "%")]}
    pred = {"p": [claim("speedup", 8.25, "x"), claim("memory", 53, "x")]}
    report = score(gold, pred)
    assert (report.kinds["speedup"].tp, report.kinds["memory"].tp) == (1, 0)
    assert (report.kinds["memory"].fn, report.kinds["memory"].fp) == (1, 1)


def test_ranges_match_on_both_ends():
    gold = {"p": [claim("speedup", 2.4, "x", low=1.03)]}
    assert score(gold, {"p": [claim("speedup", 2.4, "x", low=1.03)]}).kinds["speedup"].tp == 1
    assert score(gold, {"p": [claim("speedup", 2.4, "x")]}).kinds["speedup"].tp == 0


def test_other_is_unscored_and_repeats_count_once():
    gold = {"p": [claim("speedup", 2, "x")]}
    pred = {"p": [claim("speedup", 2, "x"), claim("speedup", 2, "x"), claim("other", 16186, "questions")]}
    report = score(gold, pred)
    assert (report.kinds["speedup"].tp, report.kinds["speedup"].fp) == (1, 0)
    assert "other" not in report.kinds


def test_hardware_matches_on_the_model_part_of_the_name():
    assert hardware_key("NVIDIA A100") == hardware_key("A100") == "a100"
    assert hardware_key("Google TPU v4") == hardware_key("TPUv4")
    assert hardware_key("AMD GPU") != hardware_key("NVIDIA GPU")  # vendor-level names keep their vendor
    assert hardware_key("STMicroelectronics STM32F746") == hardware_key("STM32F746")  # a board maker is a vendor too
    gold = {"p": [{"kind": "hardware", "entity": "A100"}]}
    assert score(gold, {"p": [{"kind": "hardware", "entity": "NVIDIA A100"}]}).kinds["hardware"].tp == 1


def test_baselines_agree_when_one_phrase_holds_the_other():
    assert baseline_agrees("vLLM", "the vLLM baseline")
    assert baseline_agrees(None, None)
    assert not baseline_agrees("TVM", None)
    assert not baseline_agrees("TVM", "FlashAttention-2")


def test_wrong_attributes_are_counted_and_listed():
    gold = {"p": [claim("speedup", 8.2, "x", bound="up_to", baseline="TVM", text="up to 8.2x faster")]}
    pred = {"p": [claim("speedup", 8.2, "x", bound="exact", baseline="TVM", text="8.2x")]}
    report = score(gold, pred)
    assert (report.attributes["bound"].correct, report.attributes["bound"].total) == (0, 1)
    assert (report.attributes["baseline"].correct, report.attributes["baseline"].total) == (1, 1)
    [error] = report.errors
    assert (error["type"], error["gold"], error["predicted"]) == ("bound", "up_to", "exact")
    listing = format_report(report, with_errors=True)
    assert "bound: gold 'up_to', got 'exact'" in listing and "'8.2x'" in listing
