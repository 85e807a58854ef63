"""Arrow schemas derived from the Pydantic models, so the columns are written once.

Every model field becomes a column of the same name and order; ``str`` and
string enums map to ``string``, ``float`` to ``float64``, ``int`` to
``int64``.  A field is nullable when its annotation admits ``None``.
"""

from __future__ import annotations

import types
import typing
from enum import Enum
from functools import cache

import pyarrow as pa
from pydantic import BaseModel

from .models import Claim, Paper

_SCALARS: dict[type, pa.DataType] = {str: pa.string(), float: pa.float64(), int: pa.int64(), bool: pa.bool_()}


def _arrow_type(annotation: object) -> tuple[pa.DataType, bool]:
    """Return (arrow type, nullable) for a field annotation."""
    nullable = False
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _arrow_type(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        nullable = len(args) < len(typing.get_args(annotation))
        if len(args) != 1:
            raise TypeError(f"cannot map union {annotation!r} to one Arrow type")
        inner, _ = _arrow_type(args[0])
        return inner, nullable
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return pa.string(), nullable
    if annotation in _SCALARS:
        return _SCALARS[annotation], nullable
    raise TypeError(f"no Arrow type for {annotation!r}")


@cache
def arrow_schema(model: type[BaseModel]) -> pa.Schema:
    fields = []
    for name, info in model.model_fields.items():
        dtype, nullable = _arrow_type(info.annotation)
        fields.append(pa.field(name, dtype, nullable=nullable))
    return pa.schema(fields)


CLAIMS_SCHEMA = arrow_schema(Claim)
PAPERS_SCHEMA = arrow_schema(Paper)
