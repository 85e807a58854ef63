"""Pydantic models for papers and claims: the one source of truth for the output.

The enums follow ``claims-spec.md`` sections 2 (kinds), 3 (units, bounds) and
7 (output columns).  Every record the extractor writes is an instance of
:class:`Claim` or :class:`Paper`; candidates that fail validation are dropped
with a counted reason (see ``extractor.validate``).
"""

from __future__ import annotations

import math
import re
from enum import StrEnum
from typing import Annotated, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

SPEC_VERSION = "1.0"


class Kind(StrEnum):
    SPEEDUP = "speedup"
    MEMORY = "memory"
    COST = "cost"
    ENERGY = "energy"
    CAPACITY = "capacity"
    ACCURACY = "accuracy"
    MODEL_SIZE = "model_size"
    CONTEXT_LENGTH = "context_length"
    HARDWARE = "hardware"
    OTHER = "other"


#: Kinds that compare against something and therefore carry a ``factor``.
COMPARATIVE_KINDS = frozenset({Kind.SPEEDUP, Kind.MEMORY, Kind.COST, Kind.ENERGY, Kind.CAPACITY})
#: Kinds scored in the micro average (spec section 6).
PRIMARY_KINDS = (Kind.SPEEDUP, Kind.MEMORY, Kind.COST, Kind.ENERGY, Kind.CAPACITY,
                 Kind.MODEL_SIZE, Kind.HARDWARE)


class Unit(StrEnum):
    """The named units of spec section 3; ``other`` claims may use any lower-case unit."""

    FACTOR = "x"
    PERCENT = "%"
    POINTS = "pp"
    PARAMS = "params"
    TOKENS = "tokens"
    COUNT = "count"


class Bound(StrEnum):
    UP_TO = "up_to"
    AT_LEAST = "at_least"
    APPROX = "approx"
    AVERAGE = "average"
    EXACT = "exact"


class Direction(StrEnum):
    """How a comparative number changed the measured quantity.

    ``decrease``: "reduces memory by 53%"; ``increase``: "50% higher
    throughput"; ``fraction``: the measure as a share of the reference, "uses only 12% of the
    original KV cache", "reaches 124% of cuBLAS performance".
    """

    DECREASE = "decrease"
    INCREASE = "increase"
    FRACTION = "fraction"


#: Units each kind may carry.  ``None`` in the set means "no unit"; ``str``
#: means "any lower-case unit as written" (spec section 3, row "other").
_UNITS_BY_KIND: dict[Kind, frozenset] = {
    Kind.SPEEDUP: frozenset({Unit.FACTOR, Unit.PERCENT}),
    Kind.MEMORY: frozenset({Unit.FACTOR, Unit.PERCENT}),
    Kind.COST: frozenset({Unit.FACTOR, Unit.PERCENT}),
    Kind.ENERGY: frozenset({Unit.FACTOR, Unit.PERCENT}),
    Kind.CAPACITY: frozenset({Unit.FACTOR, Unit.PERCENT}),
    Kind.MODEL_SIZE: frozenset({Unit.PARAMS}),
    Kind.CONTEXT_LENGTH: frozenset({Unit.TOKENS}),
    Kind.HARDWARE: frozenset({None}),
}

_NAMED_UNITS = frozenset(Unit)
_FREE_UNIT = re.compile(r"[a-z%$€£][a-z0-9%$€£/ \-.]{0,29}")
_DEVICE_MEMORY = re.compile(r"\d+(?:\.\d+)?(?:GB|TB|MB)")

NonEmptyStr = Annotated[str, Field(min_length=1)]


class Paper(BaseModel):
    """One input paper, as read from an input file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    paper_id: NonEmptyStr
    title: NonEmptyStr
    abstract: NonEmptyStr
    source: NonEmptyStr = Field(description="input file the paper came from")
    record: int = Field(ge=1, description="line or record number in the input file")
    input_id: Optional[str] = Field(None, description="the input's own id (arXiv id, ...)")
    url: Optional[str] = None
    date: Optional[str] = None
    authors: Optional[str] = None
    categories: Optional[str] = None
    n_claims: int = Field(0, ge=0)

    @property
    def document(self) -> str:
        """The text that claim offsets point into: title, a newline, abstract."""
        return f"{self.title}\n{self.abstract}"


class Claim(BaseModel):
    """One quantitative claim (spec sections 2-4 and 7).

    Validate with ``Claim.model_validate(data, context={"document": text})``
    to also check that ``start``/``end`` point at ``text`` in the document.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    claim_id: NonEmptyStr
    paper_id: NonEmptyStr
    title: NonEmptyStr
    kind: Kind
    value_low: Optional[float] = None
    value: Optional[float] = None
    unit: Optional[str] = None
    bound: Optional[Bound] = None
    direction: Optional[Direction] = None
    factor: Optional[float] = None
    baseline: Optional[str] = None
    metric: Optional[str] = None
    hardware: Optional[str] = None
    entity: Optional[str] = None
    count: Optional[int] = Field(None, ge=1, description="number of devices, hardware claims only")
    memory: Optional[str] = Field(None, description='per-device memory, e.g. "80GB"')
    text: NonEmptyStr
    start: int = Field(ge=0)
    end: int = Field(ge=1)
    sentence: NonEmptyStr
    method: NonEmptyStr

    @field_validator("value_low", "value", "factor")
    @classmethod
    def _finite(cls, v: Optional[float]) -> Optional[float]:
        if v is not None and not math.isfinite(v):
            raise ValueError("must be a finite number")
        return v

    @field_validator("memory")
    @classmethod
    def _device_memory(cls, v: Optional[str]) -> Optional[str]:
        if v is not None and not _DEVICE_MEMORY.fullmatch(v):
            raise ValueError(f"device memory must look like '80GB', got {v!r}")
        return v

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> "Claim":
        kind = self.kind
        if kind is Kind.HARDWARE:
            if not self.entity:
                raise ValueError("a hardware claim needs the canonical hardware name in entity")
            if self.value is not None or self.value_low is not None or self.unit is not None:
                raise ValueError("a hardware claim carries no value or unit")
        else:
            if self.value is None or self.value_low is None or self.unit is None or self.bound is None:
                raise ValueError("a numeric claim needs value_low, value, unit and bound")
            if self.value_low > self.value:
                raise ValueError("value_low is greater than value")
            if self.value_low < 0:
                raise ValueError("a claimed quantity cannot be negative")
            allowed = _UNITS_BY_KIND.get(kind)
            if allowed is not None and self.unit not in allowed:
                raise ValueError(f"unit {self.unit!r} is not allowed for kind {kind.value}")
            if allowed is None and self.unit not in _NAMED_UNITS and not _FREE_UNIT.fullmatch(self.unit):
                raise ValueError(f"unit {self.unit!r} is not a lower-case unit")
            if kind in (Kind.MODEL_SIZE, Kind.CONTEXT_LENGTH) and self.value_low < 1:
                raise ValueError(f"a {kind.value} must be at least 1")
            if self.count is not None or self.memory is not None:
                raise ValueError("count and memory belong to hardware claims")
        if kind in COMPARATIVE_KINDS:
            if self.factor is None:
                raise ValueError(f"a {kind.value} claim needs a factor")
            if self.factor <= 0:
                raise ValueError("factor must be positive")
            if self.unit == Unit.PERCENT and self.direction is Direction.DECREASE and self.value >= 100:
                raise ValueError("a reduction of 100% or more is impossible")
            if self.unit == Unit.PERCENT and self.direction is Direction.FRACTION and not 0 < self.value_low <= self.value:
                # (above 100% too: "reaches 124% of cuBLAS performance")
                raise ValueError("a share of the reference must be above 0%")
            if self.unit == Unit.FACTOR and self.value_low <= 0:
                raise ValueError("a multiplicative factor must be positive")
        elif self.factor is not None or self.direction is not None:
            raise ValueError(f"factor and direction are only for comparative kinds, not {kind.value}")
        if self.end <= self.start:
            raise ValueError("end must be after start")
        document = (info.context or {}).get("document") if info is not None else None
        if document is not None and document[self.start:self.end] != self.text:
            raise ValueError("start/end do not point at text in the document")
        return self
