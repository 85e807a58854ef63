"""The Python API: extract() in memory, load() dtypes, speedups() and compare() on a hand-checked frame."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import extractor
from extractor import api, compare, extract, load, speedups
from extractor.cli import main
from schemas import CLAIMS_SCHEMA

from .conftest import ROOT, SAMPLE

TEXT = "Our kernel is up to 3.5x faster than vLLM on 8 NVIDIA H100 GPUs and cuts peak memory by 40%."


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("api")
    assert main(["extract", str(SAMPLE), "-o", str(out), "-j", "1", "-q"]) == 0
    return out


# --------------------------------------------------------------------------- import


def test_import_is_cheap_and_the_names_are_the_api():
    code = ("import sys, extractor; heavy = {'pandas', 'spacy'} & set(sys.modules); "
            "from extractor import extract, load, speedups, compare; "
            "print(sorted(heavy), 'spacy' in sys.modules, extract.__module__)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["[]", "False", "extractor.api"]


def test_extract_stays_the_function_after_the_submodule_is_imported():
    import extractor.extract as _  # noqa: F401 - what the pipeline does
    from extractor.extract import extract_papers

    assert extractor.extract is api.extract
    assert callable(extract_papers) and sys.modules["extractor.extract"].extract_papers is extract_papers


# --------------------------------------------------------------------------- extract


def test_extract_list_of_strings():
    claims = extract([TEXT, "MoE serving\nWe cut the cost per token by 2x compared with SGLang."])
    assert list(claims.columns) == CLAIMS_SCHEMA.names
    speed = claims[claims.kind == "speedup"].iloc[0]
    assert (speed.factor, speed.bound, speed.unit, speed.baseline) == (3.5, "up_to", "x", "vLLM")
    assert "3.5x" in speed.text
    gpu = claims[claims.kind == "hardware"].iloc[0]
    assert (gpu.entity, gpu["count"]) == ("NVIDIA H100", 8)
    memory = claims[claims.kind == "memory"].iloc[0]
    assert memory.factor == pytest.approx(1 / 0.6)
    # a one-line text is the abstract of "text 1"; a several-line text starts with its title
    assert set(claims.title) == {"text 1", "MoE serving"}
    assert claims.paper_id[claims.title == "text 1"].nunique() == 1
    assert claims.paper_id.nunique() == 2


def test_offsets_point_into_title_newline_abstract():
    claims, papers = extract(["Fast Attention\nIt is 2.4x faster than FlashAttention-2 on an A100.", TEXT],
                             return_papers=True)
    assert len(papers) == 2 and list(papers.n_claims) == [
        int((claims.paper_id == pid).sum()) for pid in papers.paper_id]
    documents = dict(zip(papers.paper_id, papers.title + "\n" + papers.abstract))
    assert len(claims) >= 4
    for claim in claims.itertuples():
        assert documents[claim.paper_id][claim.start:claim.end] == claim.text


def test_extract_dicts_dataframe_and_papers_agree(sample_papers):
    papers = sample_papers[:12]
    frame = pd.DataFrame({"Paper Title": [p.title for p in papers], "Summary": [p.abstract for p in papers]})
    from_frame = extract(frame, title_col="Paper Title", abstract_col="Summary")
    from_dicts = extract([{"title": p.title, "abstract": p.abstract} for p in papers])
    from_papers = extract(papers)
    assert len(from_frame) > 10
    pd.testing.assert_frame_equal(from_frame, from_dicts)
    pd.testing.assert_frame_equal(from_frame, from_papers)


def test_extract_matches_the_command_line_run(sample_frame, sample_run):
    in_memory = extract(sample_frame)
    on_disk, _ = load(sample_run)
    pd.testing.assert_frame_equal(in_memory, on_disk)


def test_ids_from_dicts_are_used():
    claims = extract([{"id": "arXiv:2401.12345v2", "title": "T", "abstract": TEXT}])
    assert set(claims.paper_id) == {"2401.12345"}


def test_bad_records_warn_raise_or_are_ignored():
    records = [{"title": "No abstract"}, {"title": "Good", "abstract": TEXT}, 42]
    with pytest.warns(UserWarning, match=r"skipped 2 record\(s\): record 1: record has no abstract; record 3"):
        claims = extract(records)
    assert set(claims.title) == {"Good"}
    with pytest.raises(ValueError, match=r"record 1: record has no abstract \(and 1 more\)"):
        extract(records, errors="raise")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(extract(records, errors="ignore")) == len(claims)
    frame = pd.DataFrame({"title": ["A", "B"], "abstract": [TEXT, None]})
    with pytest.warns(UserWarning, match="record 2: record has no abstract"):
        assert set(extract(frame).title) == {"A"}


def test_wrong_input_is_refused_clearly():
    with pytest.raises(TypeError, match="takes text, a list of texts or dicts, or a DataFrame"):
        extract(3.5)
    with pytest.raises(ValueError, match="no abstract or summary column"):
        extract(pd.DataFrame({"title": ["x"], "text": [TEXT]}))
    with pytest.raises(ValueError, match="errors must be"):
        extract([TEXT], errors="skip")


def test_empty_input_gives_an_empty_frame_with_the_columns():
    claims = extract([])
    assert claims.empty and list(claims.columns) == CLAIMS_SCHEMA.names
    assert claims.kind.dtype == "category" and claims.factor.dtype == "Float64"


# --------------------------------------------------------------------------- load


def test_load_gives_categoricals_nullable_numbers_and_strings(sample_run):
    claims, papers = load(sample_run)
    assert list(claims.kind.cat.categories) == list(api.KINDS)  # every kind, in spec order
    assert list(claims.bound.cat.categories) == ["up_to", "at_least", "approx", "average", "exact"]
    assert list(claims.direction.cat.categories) == ["decrease", "increase", "fraction"]
    assert list(claims.unit.cat.categories[:6]) == ["x", "%", "pp", "params", "tokens", "count"]
    assert {"gb", "hours"} & set(claims.unit.cat.categories)  # free units of `other` claims kept
    assert claims.unit.isna().sum() == (claims.kind == "hardware").sum()  # no unit lost to the categories
    for column in ("value_low", "value", "factor"):
        assert claims[column].dtype == pd.Float64Dtype()
    for column in ("count", "start", "end"):
        assert claims[column].dtype == pd.Int64Dtype()
    for column in ("claim_id", "title", "baseline", "hardware", "text"):
        assert claims[column].dtype == pd.StringDtype()
    assert claims.factor[claims.kind == "model_size"].isna().all()
    assert claims.factor[claims.kind == "hardware"].isna().all() and claims["count"].notna().any()
    assert papers.record.dtype == pd.Int64Dtype() and papers.n_claims.dtype == pd.Int64Dtype()
    assert papers.abstract.dtype == pd.StringDtype()
    assert int(papers.n_claims.sum()) == len(claims) and len(papers) == 100
    raw = pd.read_parquet(sample_run / "claims.parquet")
    assert raw.kind.tolist() == claims.kind.astype(str).tolist()
    assert raw.factor.fillna(-1).tolist() == claims.factor.fillna(-1).tolist()


def test_load_accepts_the_claims_file_and_explains_a_missing_dataset(sample_run, tmp_path):
    claims, _ = load(sample_run / "claims.parquet")
    assert len(claims) > 100
    with pytest.raises(FileNotFoundError, match="no such dataset folder"):
        load(tmp_path / "nothing")
    (tmp_path / "claims.parquet").write_bytes(b"")
    with pytest.raises(FileNotFoundError, match="papers.parquet: missing"):
        load(tmp_path)
    (tmp_path / "papers.parquet").write_bytes(b"PAR1")
    with pytest.raises(ValueError, match="claims.parquet: not a readable Parquet file"):
        load(tmp_path)


def test_load_reads_partitioned_datasets_as_the_dask_engine_writes_them(sample_run, tmp_path):
    claims, papers = load(sample_run)
    for name in ("claims", "papers"):
        table = pq.read_table(sample_run / f"{name}.parquet")
        (tmp_path / name).mkdir()
        half = table.num_rows // 2
        pq.write_table(table.slice(0, half), tmp_path / name / "part.0.parquet")
        pq.write_table(table.slice(half), tmp_path / name / "part.1.parquet")
    parted_claims, parted_papers = load(tmp_path)
    pd.testing.assert_frame_equal(parted_claims, claims)
    pd.testing.assert_frame_equal(parted_papers, papers)


# --------------------------------------------------------------------------- speedups and compare

def _claim(n, paper, kind, factor=None, baseline=None, hardware=None, bound="exact"):
    comparative = factor is not None
    return {"claim_id": f"c{n}", "paper_id": paper, "title": f"Paper {paper}", "kind": kind,
            "value_low": factor if comparative else 7e9, "value": factor if comparative else 7e9,
            "unit": "x" if comparative else "params", "bound": bound, "direction": "increase" if comparative else None,
            "factor": factor, "baseline": baseline, "metric": None, "hardware": hardware, "entity": None,
            "count": None, "memory": None, "text": f"claim {n}", "start": n, "end": n + 1,
            "sentence": "s", "method": "test"}


def hand_table() -> pa.Table:
    rows = [
        _claim(0, "p1", "speedup", 4.0, "vLLM", "NVIDIA A100", bound="up_to"),
        _claim(1, "p1", "speedup", 2.0, "vLLM", "NVIDIA H100"),
        _claim(2, "p2", "speedup", 8.0, "SGLang", "NVIDIA A100"),
        _claim(3, "p2", "speedup", 1.5, "vLLM", "NVIDIA A100"),
        _claim(4, "p3", "speedup", 3.0),
        _claim(5, "p1", "memory", 3.0, "vLLM"),
        _claim(6, "p3", "model_size"),
        _claim(7, "p3", "memory", 1.25, "ZeRO"),
    ]
    return pa.Table.from_pylist(rows, schema=CLAIMS_SCHEMA)


@pytest.fixture
def hand_checked():
    return api.claims_frame(hand_table())


def test_speedups_sorted_by_factor_with_baseline_and_hardware(hand_checked):
    top = speedups(hand_checked)
    assert top.factor.tolist() == [8.0, 4.0, 3.0, 2.0, 1.5]
    assert top.baseline.fillna("-").tolist() == ["SGLang", "vLLM", "-", "vLLM", "vLLM"]
    assert top.hardware[0] == "NVIDIA A100" and top.bound[1] == "up_to"
    assert top.columns[:3].tolist() == ["paper_id", "title", "factor"]
    assert speedups(hand_checked, baseline="vllm").claim_id.tolist() == ["c0", "c1", "c3"]
    assert speedups(hand_checked, baseline="vllm", hardware="a100").claim_id.tolist() == ["c0", "c3"]
    assert speedups(hand_checked, "memory").factor.tolist() == [3.0, 1.25]
    with pytest.raises(ValueError, match="kind must be one of speedup, memory"):
        speedups(hand_checked, "model_size")


def test_compare_per_baseline(hand_checked):
    table = compare(hand_checked)
    assert table.columns.tolist() == ["baseline", "n_claims", "n_papers", "median_factor", "max_factor"]
    assert table.values.tolist() == [["vLLM", 3, 2, 2.0, 4.0], ["SGLang", 1, 1, 8.0, 8.0]]
    with_missing = compare(hand_checked, dropna=False)
    assert with_missing.n_claims.tolist() == [3, 1, 1] and with_missing.baseline.isna().tolist() == [False, False, True]
    pooled = compare(hand_checked, kind=["speedup", "memory"])
    assert pooled.values.tolist()[0] == ["vLLM", 4, 2, 2.5, 4.0]


def test_compare_per_hardware_and_kind(hand_checked):
    hardware = compare(hand_checked, by="hardware")
    assert hardware.values.tolist() == [["NVIDIA A100", 3, 2, 4.0, 8.0], ["NVIDIA H100", 1, 1, 2.0, 2.0]]
    kinds = compare(hand_checked, by="kind")
    assert kinds.kind.astype(str).tolist() == ["speedup", "memory"]  # model_size has no factor
    assert kinds[["n_claims", "n_papers", "median_factor", "max_factor"]].values.tolist() == [
        [5, 3, 3.0, 8.0], [2, 2, 2.125, 3.0]]
    both = compare(hand_checked, by=["kind", "baseline"])
    assert both.iloc[0][["kind", "baseline", "n_claims"]].tolist() == ["speedup", "vLLM", 3]
    with pytest.raises(KeyError, match="no column"):
        compare(hand_checked, by="venue")
    with pytest.raises(ValueError, match="not a comparative kind"):
        compare(hand_checked, kind="accuracy")


def test_helpers_accept_a_plain_read_parquet_frame(tmp_path):
    path = tmp_path / "claims.parquet"
    pq.write_table(hand_table(), path)
    plain = pd.read_parquet(path)  # numpy float64 with NaN, plain strings
    assert plain.factor.dtype == "float64" and plain.kind.dtype != "category"
    assert speedups(plain).factor.tolist() == [8.0, 4.0, 3.0, 2.0, 1.5]
    assert compare(plain).values.tolist() == [["vLLM", 3, 2, 2.0, 4.0], ["SGLang", 1, 1, 8.0, 8.0]]


def test_readme_example(sample_run):
    claims, papers = load(sample_run)
    top = speedups(claims, baseline="vLLM")
    assert len(top) >= 1 and top.factor.is_monotonic_decreasing
    assert top.baseline.str.contains("vLLM", case=False).all()
    summary = compare(claims, by="hardware")
    assert summary.n_claims.is_monotonic_decreasing and summary.hardware.notna().all()
