"""The Pydantic models reject impossible records; the Arrow schema follows the models."""

from __future__ import annotations

import pyarrow as pa
import pytest
from pydantic import ValidationError

from schemas import CLAIMS_SCHEMA, PAPERS_SCHEMA, Claim, Paper

DOCUMENT = "LeMo\nLeMo reduces memory consumption by up to 1.93x on 32 NVIDIA A100 GPUs."


def claim(**changes) -> dict:
    base = dict(claim_id="c1", paper_id="p1", title="LeMo", kind="memory", value_low=1.93, value=1.93, unit="x",
                bound="up_to", direction="decrease", factor=1.93, text="1.93x", start=DOCUMENT.index("1.93x"),
                end=DOCUMENT.index("1.93x") + 5, sentence=DOCUMENT[5:], method="test")
    base.update(changes)
    return base


def test_a_valid_claim_passes_with_its_document():
    c = Claim.model_validate(claim(), context={"document": DOCUMENT})
    assert c.kind == "memory" and c.factor == 1.93


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"value_low": 3.0, "value": 2.0}, "value_low is greater than value"),
        ({"kind": "hardware", "unit": None, "value": None, "value_low": None, "bound": None, "factor": None,
          "direction": None, "entity": "NVIDIA A100", "count": -32}, "greater than or equal to 1"),
        ({"unit": "%", "value_low": 100.0, "value": 100.0, "factor": 9.0}, "reduction of 100% or more"),
        ({"unit": "%", "value_low": 120.0, "value": 120.0, "factor": 9.0}, "reduction of 100% or more"),
        ({"kind": "model_size", "unit": "params", "direction": None, "factor": 2.0, "value": 7e9, "value_low": 7e9},
         "only for comparative kinds"),
        ({"kind": "accuracy", "unit": "%", "direction": None, "factor": 1.2}, "only for comparative kinds"),
        ({"start": 0}, "do not point at text"),
        ({"end": 4}, "end must be after start"),
        ({"kind": "speedup", "unit": "params"}, "not allowed for kind speedup"),
        ({"kind": "model_size", "unit": "x", "direction": None, "factor": None}, "not allowed for kind model_size"),
        ({"value": float("inf")}, "finite"),
        ({"factor": None}, "needs a factor"),
        ({"kind": "unknown"}, "Input should be"),
        ({"bound": "roughly"}, "Input should be"),
        ({"kind": "hardware", "unit": None, "value": None, "value_low": None, "bound": None, "factor": None,
          "direction": None}, "needs the canonical hardware name"),
        ({"kind": "other", "unit": "Questions!", "direction": None, "factor": None}, "not a lower-case unit"),
    ],
)
def test_impossible_claims_are_rejected(changes, message):
    with pytest.raises(ValidationError, match=message):
        Claim.model_validate(claim(**changes), context={"document": DOCUMENT})


def test_offsets_are_only_checked_when_the_document_is_given():
    Claim.model_validate(claim(start=0))  # no context: nothing to check against


def test_paper_rejects_empty_title():
    with pytest.raises(ValidationError):
        Paper(paper_id="p", title="", abstract="a", source="f", record=1)


def test_arrow_schema_is_derived_from_the_models():
    assert CLAIMS_SCHEMA.names == list(Claim.model_fields)
    assert PAPERS_SCHEMA.names == list(Paper.model_fields)
    assert CLAIMS_SCHEMA.field("value").type == pa.float64()
    assert CLAIMS_SCHEMA.field("count").type == pa.int64()
    assert CLAIMS_SCHEMA.field("kind").type == pa.string()
    assert not CLAIMS_SCHEMA.field("kind").nullable
    assert CLAIMS_SCHEMA.field("baseline").nullable
    spec_columns = ["claim_id", "paper_id", "title", "kind", "value_low", "value", "unit", "bound", "factor",
                    "baseline", "metric", "hardware", "entity", "count", "memory", "text", "start", "end",
                    "sentence", "method"]
    assert set(spec_columns) <= set(CLAIMS_SCHEMA.names)
