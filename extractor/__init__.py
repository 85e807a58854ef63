"""claims-extractor: quantitative claims from ML paper abstracts, as validated records.

The Python API (see ``extractor.api``)::

    from extractor import extract, load, speedups, compare

It is loaded on first use, so ``import extractor`` (and the ``claims`` command)
does not pay for pandas or spaCy.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING

__version__ = "0.1.0"

_API = ("extract", "load", "speedups", "compare")
__all__ = ["__version__", *_API]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .api import compare, extract, load, speedups


def __getattr__(name: str):
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))


class _Package(types.ModuleType):
    """Keeps ``extractor.extract`` the API function once the submodule of that name is imported.

    Importing a submodule sets it as an attribute of its package, so the first
    ``from extractor.extract import extract_papers`` (which the pipeline does)
    would replace the public :func:`extract` function with the module
    ``extractor/extract.py``. The submodule stays reachable through
    ``sys.modules`` and ``from extractor.extract import ...``; only
    ``import extractor.extract as m`` gives the function instead.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name == "extract" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
