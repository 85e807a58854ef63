"""Parquet output: dtypes survive the round trip, row groups stream, files appear only on success."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow.parquet as pq
import pytest

from extractor.errors import OutputError
from extractor.extract import extract_papers
from extractor.writers import OutputSet, claims_table, papers_table, run_metadata


@pytest.fixture(scope="module")
def extracted(sample_papers):
    return extract_papers(sample_papers[:40])


def write_run(out_dir, extracted, **kw):
    out = OutputSet(out_dir, run_metadata(["sample.txt"]), **kw)
    out.write_claims(claims_table(extracted.claims))
    out.write_papers(papers_table(extracted.papers))
    out.commit({"claims_extractor.papers": str(len(extracted.papers))})
    return out


def test_parquet_round_trip_keeps_values_and_dtypes(tmp_path, extracted):
    write_run(tmp_path, extracted)
    claims = pd.read_parquet(tmp_path / "claims.parquet")
    assert len(claims) == len(extracted.claims) > 20
    assert str(claims["value"].dtype) == "float64" and str(claims["factor"].dtype) == "float64"
    assert str(claims["start"].dtype) == "int64"
    # count is nullable: hardware rows may have it, the rest do not
    assert claims["count"].isna().any()
    first = extracted.claims[0]
    row = claims.iloc[0]
    assert row["claim_id"] == first.claim_id and row["kind"] == first.kind.value and row["text"] == first.text
    papers = pd.read_parquet(tmp_path / "papers.parquet")
    assert len(papers) == 40 and papers["n_claims"].sum() == len(claims)


def test_schema_metadata_and_footer(tmp_path, extracted):
    write_run(tmp_path, extracted)
    meta = pq.read_schema(tmp_path / "claims.parquet").metadata
    assert meta[b"claims_extractor.spec_version"] == b"1.0"
    assert json.loads(meta[b"claims_extractor.inputs"]) == ["sample.txt"]
    assert b"claims_extractor.started_at" in meta and b"claims_extractor.version" in meta
    footer = pq.read_metadata(tmp_path / "claims.parquet").metadata
    assert float(footer[b"claims_extractor.seconds"]) >= 0 and footer[b"claims_extractor.papers"] == b"40"


def test_small_row_groups_stream_as_several_groups(tmp_path, sample_papers):
    out = OutputSet(tmp_path, run_metadata([]), row_group_size=10)
    for start in range(0, 60, 20):
        res = extract_papers(sample_papers[start:start + 20])
        out.write_claims(claims_table(res.claims))
        out.write_papers(papers_table(res.papers))
    out.commit()
    assert pq.ParquetFile(tmp_path / "papers.parquet").num_row_groups == 6
    assert pq.ParquetFile(tmp_path / "claims.parquet").num_row_groups >= 3


def test_nothing_appears_until_commit_and_abort_leaves_previous_output(tmp_path, extracted):
    write_run(tmp_path, extracted)
    before = (tmp_path / "claims.parquet").read_bytes()
    out = OutputSet(tmp_path, run_metadata(["other.txt"]))
    out.write_claims(claims_table(extracted.claims[:3]))
    assert (tmp_path / "claims.parquet").read_bytes() == before  # still the previous run
    out.abort()
    assert (tmp_path / "claims.parquet").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.parquet", "papers.parquet", "rejects.jsonl"]


def test_csv_files_are_written_with_the_parquet(tmp_path, extracted):
    write_run(tmp_path, extracted, csv=True)
    csv = pd.read_csv(tmp_path / "claims.csv")
    assert list(csv.columns) == list(pd.read_parquet(tmp_path / "claims.parquet").columns)
    assert len(csv) == len(extracted.claims)


def test_output_path_that_is_a_file_is_refused(tmp_path):
    target = tmp_path / "out"
    target.write_text("I am a file")
    with pytest.raises(OutputError, match="not a folder"):
        OutputSet(target, run_metadata([]))
