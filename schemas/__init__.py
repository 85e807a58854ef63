"""Record models (Pydantic) and the Arrow schemas derived from them."""

from .arrow import CLAIMS_SCHEMA, PAPERS_SCHEMA, arrow_schema
from .models import (
    COMPARATIVE_KINDS,
    PRIMARY_KINDS,
    SPEC_VERSION,
    Bound,
    Claim,
    Direction,
    Kind,
    Paper,
    Unit,
)

__all__ = [
    "CLAIMS_SCHEMA", "PAPERS_SCHEMA", "arrow_schema", "COMPARATIVE_KINDS", "PRIMARY_KINDS",
    "SPEC_VERSION", "Bound", "Claim", "Direction", "Kind", "Paper", "Unit",
]
