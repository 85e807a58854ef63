"""Shared fixtures: the shipped sample, converters to other formats, a CLI runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from extractor.readers import read_inputs, resolve_inputs
from extractor.errors import RecordFault

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "extractor" / "data" / "trending-papers.txt"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_papers():
    """The 100 papers of the shipped listing page, as read by the listing reader."""
    return [p for p in read_inputs(resolve_inputs([SAMPLE])) if not isinstance(p, RecordFault)]


@pytest.fixture(scope="session")
def sample_frame(sample_papers) -> pd.DataFrame:
    return pd.DataFrame({"title": [p.title for p in sample_papers], "abstract": [p.abstract for p in sample_papers]})


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run_cli(*args: str, cwd: Path | None = None, timeout: int = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m extractor`` in a subprocess (as a user would)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "extractor", *args], cwd=cwd or ROOT, capture_output=True,
                          text=True, timeout=timeout, env=full_env)
