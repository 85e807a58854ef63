"""Every engine gives the same dataset: one process, a process pool, and Dask on a local cluster."""

from __future__ import annotations

import pandas as pd
import pytest

from extractor.cli import main

from .conftest import SAMPLE


@pytest.fixture(scope="module")
def sample_jsonl(tmp_path_factory, sample_frame):
    path = tmp_path_factory.mktemp("in") / "sample.jsonl"
    sample_frame.to_json(path, orient="records", lines=True)
    return path


@pytest.fixture(scope="module")
def local_claims(tmp_path_factory, sample_jsonl):
    out = tmp_path_factory.mktemp("local")
    assert main(["extract", str(sample_jsonl), "-o", str(out), "-j", "1", "-q"]) == 0
    return pd.read_parquet(out / "claims.parquet"), pd.read_parquet(out / "papers.parquet")


def test_dask_on_a_two_worker_local_cluster_gives_the_same_claims(tmp_path, sample_jsonl, local_claims):
    out = tmp_path / "dask"
    # 32 KiB blocks: the one input file is spread over several partitions
    assert main(["extract", str(sample_jsonl), "-o", str(out), "--engine", "dask", "-j", "2",
                 "--blocksize", str(32 * 1024), "-q"]) == 0
    parts = sorted(p.name for p in (out / "claims").iterdir())
    assert len(parts) > 3
    claims, papers = pd.read_parquet(out / "claims"), pd.read_parquet(out / "papers")
    local, local_papers = local_claims
    pd.testing.assert_frame_equal(claims.reset_index(drop=True), local, check_dtype=False)
    assert papers["paper_id"].tolist() == local_papers["paper_id"].tolist()
    assert papers["n_claims"].tolist() == local_papers["n_claims"].tolist()
    assert not any(p.name.startswith(".claims-tmp") for p in out.iterdir())


def test_dask_reads_parquet_by_row_group(tmp_path, sample_frame, local_claims):
    src = tmp_path / "sample.parquet"
    sample_frame.to_parquet(src, row_group_size=20)
    out = tmp_path / "dask"
    assert main(["extract", str(src), "-o", str(out), "--engine", "dask", "-j", "2", "-q"]) == 0
    assert len(list((out / "claims").iterdir())) == 5  # 100 papers in row groups of 20
    pd.testing.assert_frame_equal(pd.read_parquet(out / "claims").reset_index(drop=True), local_claims[0],
                                  check_dtype=False)


def test_dask_lists_bad_lines_in_rejects(tmp_path, sample_frame):
    src = tmp_path / "bad.jsonl"
    good = sample_frame.head(3).to_json(orient="records", lines=True).splitlines()
    src.write_text("\n".join([good[0], "{broken", good[1], '{"title": "only a title"}', good[2]]) + "\n")
    out = tmp_path / "dask"
    assert main(["extract", str(src), "-o", str(out), "--engine", "dask", "-j", "2", "-q"]) == 0
    assert len(pd.read_parquet(out / "papers")) == 3
    rejects = pd.read_json(out / "rejects.jsonl", lines=True)
    assert sorted(rejects["record"]) == [2, 4]


def test_dask_refuses_formats_it_cannot_partition(tmp_path, capsys):
    assert main(["extract", str(SAMPLE), "--engine", "dask", "-o", str(tmp_path / "out")]) == 2
    assert "the Dask engine reads Parquet and JSON Lines" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
