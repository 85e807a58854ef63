"""The ``claims`` command end to end: default run, formats, bad input, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from extractor.cli import main

from .conftest import SAMPLE, run_cli


def claims_of(out_dir):
    return pd.read_parquet(out_dir / "claims.parquet")


@pytest.fixture(scope="module")
def listing_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("listing")
    assert main(["extract", str(SAMPLE), "-o", str(out), "-j", "1", "-q"]) == 0
    return out


def test_default_run_writes_both_files_for_the_sample(tmp_path):
    proc = run_cli("extract", "-o", str(tmp_path / "output"), "-j", "1", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    papers = pd.read_parquet(tmp_path / "output" / "papers.parquet")
    claims = pd.read_parquet(tmp_path / "output" / "claims.parquet")
    assert len(papers) == 100
    spec_columns = {"claim_id", "paper_id", "title", "kind", "value_low", "value", "unit", "bound", "factor",
                    "baseline", "metric", "hardware", "entity", "count", "memory", "text", "start", "end",
                    "sentence", "method"}
    assert spec_columns <= set(claims.columns)
    assert "papers read: 100" in proc.stdout and "speedup" in proc.stdout


def test_every_claim_points_at_its_text(listing_run):
    claims = claims_of(listing_run)
    papers = pd.read_parquet(listing_run / "papers.parquet").set_index("paper_id")
    for row in claims.itertuples():
        paper = papers.loc[row.paper_id]
        document = f"{paper.title}\n{paper.abstract}"
        assert document[row.start:row.end] == row.text


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_same_claims_from_every_format(tmp_path, listing_run, sample_frame, fmt):
    path = tmp_path / f"papers.{fmt}"
    if fmt == "jsonl":
        sample_frame.to_json(path, orient="records", lines=True)
    elif fmt == "csv":
        sample_frame.to_csv(path, index=False)
    else:
        sample_frame.to_parquet(path)
    out = tmp_path / "out"
    assert main(["extract", str(path), "-o", str(out), "-j", "1", "-q"]) == 0
    pd.testing.assert_frame_equal(claims_of(out), claims_of(listing_run))


def test_jobs_give_identical_output(tmp_path, listing_run):
    out = tmp_path / "two"
    assert main(["extract", str(SAMPLE), "-o", str(out), "-j", "2", "--batch-size", "16", "-q"]) == 0
    assert (out / "claims.parquet").exists()
    pd.testing.assert_frame_equal(claims_of(out), claims_of(listing_run))


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.jsonl", "no such file"),
    (lambda d: d, "is a directory"),
    (lambda d: (d / "empty.txt").write_text("") or d / "empty.txt", "file is empty"),
    (lambda d: (d / "bin.txt").write_bytes(bytes(range(256)) * 8) and d / "bin.txt", "not a text file"),
])
def test_file_level_faults_end_with_one_line_and_leave_output(tmp_path, listing_run, make, message, capsys):
    bad_dir = tmp_path / "in"
    bad_dir.mkdir()
    bad = make(bad_dir)
    before = {p.name: p.read_bytes() for p in listing_run.iterdir()}
    code = main(["extract", str(bad), "-o", str(listing_run), "-j", "1", "-q"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and message in err and str(bad) in err and "Traceback" not in err
    assert {p.name: p.read_bytes() for p in listing_run.iterdir()} == before


def test_record_faults_are_skipped_with_file_and_line(tmp_path, sample_frame, capsys):
    good = sample_frame.head(3).to_dict("records")
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(good[0]) + "\n" + "{not json\n" + json.dumps({"title": "no abstract"}) + "\n"
                    + json.dumps(good[1]) + "\n" + json.dumps(good[2]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(path), "-o", str(out), "-j", "1"]) == 0
    captured = capsys.readouterr()
    assert f"{path}:2: line is not valid JSON" in captured.err
    assert f"{path}:3: record has no abstract" in captured.err
    assert "records skipped: 2" in captured.out
    assert len(pd.read_parquet(out / "papers.parquet")) == 3
    rejects = [json.loads(line) for line in (out / "rejects.jsonl").read_text().splitlines()]
    assert [(r["record"], r["reason"].split(" (")[0]) for r in rejects] == [(2, "line is not valid JSON"),
                                                                           (3, "record has no abstract")]


def test_strict_stops_at_the_first_bad_record(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"title": "t", "abstract": "a fine abstract with 2x speedup"}\n{oops\n', encoding="utf-8")
    code = main(["extract", str(path), "-o", str(tmp_path / "out"), "-j", "1", "-q", "--strict"])
    assert code == 2
    assert f"{path}:2: line is not valid JSON" in capsys.readouterr().err
    assert not (tmp_path / "out" / "claims.parquet").exists()


def test_output_path_that_is_a_file(tmp_path, capsys):
    target = tmp_path / "out"
    target.write_text("x")
    assert main(["extract", str(SAMPLE), "-o", str(target), "-j", "1", "-q"]) == 1
    assert "not a folder" in capsys.readouterr().err


def test_help_explains_every_option():
    proc = run_cli("extract", "--help")
    assert proc.returncode == 0
    for option in ("--output", "--csv", "--format", "--title-col", "--abstract-col", "--jobs", "--strict", "--quiet"):
        assert option in proc.stdout
    top = run_cli("--help")
    assert "extract" in top.stdout and "eval" in top.stdout


def test_help_does_not_load_the_extraction_libraries():
    # `claims --help` should answer at once: building the parser must not import spaCy or pyarrow
    probe = ("import sys; from extractor.cli import build_parser; build_parser(); "
             "print(sorted(m for m in ('spacy', 'pyarrow', 'pydantic', 'pandas') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


def test_eval_json_on_the_shipped_sample_subset(tmp_path, listing_run, sample_papers):
    gold = tmp_path / "gold.jsonl"
    first = sample_papers[0]
    gold.write_text(json.dumps({"title": first.title, "claims": [
        {"kind": "speedup", "value_low": 8.2, "value": 8.2, "unit": "x", "bound": "up_to", "baseline": "the baselines",
         "text": "up to 8.2x faster"}]}) + "\n", encoding="utf-8")
    proc = run_cli("eval", "--gold", str(gold), str(SAMPLE), "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["kinds"]["speedup"]["tp"] == 1 and report["attributes"]["bound"]["accuracy"] == 1.0
