"""A claim candidate: what the sentence rules propose, before validation as ``schemas.Claim``."""

from __future__ import annotations

from dataclasses import dataclass, field

#: kinds that compare with a baseline and carry a direction and factor (spec section 2)
COMPARATIVE = ("speedup", "memory", "cost", "energy", "capacity")


@dataclass
class Candidate:
    """A claim before validation; offsets are into the sentence."""

    kind: str
    start: int
    end: int
    method: str
    value_low: float | None = None
    value: float | None = None
    unit: str | None = None
    bound: str | None = None
    direction: str | None = None
    factor: float | None = None
    baseline: str | None = None
    metric: str | None = None
    hardware: str | None = None
    entity: str | None = None
    count: int | None = None
    memory: str | None = None
    # working state, not output
    group: int = field(default=-1, repr=False)
    change: bool = field(default=False, repr=False)  # an accuracy figure that is a change, not a level
