"""Readers on real-shaped input: listing page, arXiv snapshot JSONL, JSON array, CSV, Parquet, Atom."""

from __future__ import annotations

import gzip
import json

import pytest

from extractor.errors import InputError, RecordFault
from extractor.readers import read_inputs, resolve_inputs, sniff_format
from extractor.readers.common import normalise_text
from schemas import Paper

from .conftest import DATA, SAMPLE, write_jsonl


def read(path, fmt=None, **kw):
    return list(read_inputs(resolve_inputs([path], fmt), **kw))


def papers(items):
    return [i for i in items if isinstance(i, Paper)]


def faults(items):
    return [i for i in items if isinstance(i, RecordFault)]


def test_listing_page_skips_the_header_and_pairs_titles_with_abstracts():
    items = read(SAMPLE)
    assert faults(items) == []
    ps = papers(items)
    assert len(ps) == 100
    assert ps[0].title.startswith("Accelerating In-Browser Deep Learning Inference")
    assert ps[0].abstract.startswith("Web applications are increasingly")
    assert ps[0].record == 11  # the title's line; lines 1-9 are page header ("Subscribe", "Jun 2", ...)
    assert ps[-1].title.startswith("InstInfer")
    assert all(not p.title.startswith(("Subscribe", "Get trending", "new")) for p in ps)
    assert len({p.paper_id for p in ps}) == 100


def test_listing_reports_a_title_without_abstract(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    lines = text.split("\n\n")
    # drop one abstract in the middle: its title is then followed by the next title
    del lines[8]
    f = tmp_path / "listing.txt"
    f.write_text("\n\n".join(lines), encoding="utf-8")
    items = read(f)
    assert len(papers(items)) == 99
    (fault,) = faults(items)
    assert "title without an abstract" in fault.reason and fault.source == str(f)


def test_listing_takes_a_short_abstract_that_reads_as_prose(tmp_path):
    # a short abstract at the top of the file was taken for page header and lost; one later on was
    # reported as a title without an abstract
    f = tmp_path / "listing.txt"
    f.write_text("New\n\nSubscribe\n\nCodeFast: Faster Code Generation\n\n"
                 "CodeFast improves the inference speed of code LLMs by 34% to 452%. It needs no retraining.\n\n"
                 "A Long Paper\n\n" + "We study the cost of serving large language models on GPUs. " * 5 + "\n\n"
                 "Short Second Paper\n\nOur kernel runs 2.1x faster than cuBLAS on the H100 GPU, at no loss.\n",
                 encoding="utf-8")
    items = read(f)
    assert faults(items) == []
    assert [p.title for p in papers(items)] == ["CodeFast: Faster Code Generation", "A Long Paper",
                                                 "Short Second Paper"]


def test_arxiv_snapshot_records_are_normalised_and_bad_lines_skipped():
    items = read(DATA / "arxiv-snapshot.jsonl")
    ps, fs = papers(items), faults(items)
    assert [p.paper_id for p in ps] == ["2403.03507", "2406.02528", "2502.19811"]
    first = ps[0]
    assert "\n" not in first.title and "  " not in first.title
    assert first.title == "Predictable Scale: Part I -- Optimal Hyperparameter Scaling Law in Large Language Model Pretraining"
    assert first.abstract.startswith("The impressive capabilities") and "  " not in first.abstract
    assert first.date == "2024-06-04" and first.categories == "cs.LG cs.CL"
    assert first.authors == "A. Author, B. Author"
    assert [(f.record, f.reason.split(" (")[0]) for f in fs] == [(2, "line is not valid JSON"), (3, "record has no abstract")]
    assert [p.record for p in ps] == [1, 4, 5]


def test_json_array_streams_items(tmp_path, sample_frame):
    records = sample_frame.head(5).to_dict("records")
    f = tmp_path / "papers.json"
    f.write_text(json.dumps(records, indent=2), encoding="utf-8")
    ps = papers(read(f))
    assert [p.title for p in ps] == [r["title"] for r in records]


def test_jsonl_gzip_is_read_transparently(tmp_path, sample_frame):
    f = tmp_path / "papers.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as fh:
        for r in sample_frame.head(3).to_dict("records"):
            fh.write(json.dumps(r) + "\n")
    assert len(papers(read(f))) == 3


def test_jsonl_non_string_and_non_object_records_are_faults(tmp_path):
    f = write_jsonl(tmp_path / "x.jsonl", [{"title": "T", "abstract": 5}, ["not", "an", "object"],
                                            {"title": "Fine", "abstract": "A fine abstract about 2x speedups."}])
    items = read(f)
    assert len(papers(items)) == 1
    reasons = [x.reason for x in faults(items)]
    assert reasons == ["abstract is a int, not text", "record is a JSON list, not an object"]


def test_csv_with_renamed_columns(tmp_path, sample_frame):
    f = tmp_path / "export.csv"
    sample_frame.head(4).rename(columns={"title": "Paper Title", "abstract": "Summary Text"}).to_csv(f, index=False)
    with pytest.raises(InputError, match="--title-col"):
        read(f)
    ps = papers(read(f, title_col="Paper Title", abstract_col="Summary Text"))
    assert [p.title for p in ps] == list(sample_frame.title.head(4))


def test_csv_semicolon_export_and_a_row_with_missing_fields(tmp_path, sample_frame):
    f = tmp_path / "excel.csv"
    rows = sample_frame.head(2)
    text = "title;abstract\n" + "".join(f'"{t}";"{a}"\n' for t, a in zip(rows.title, rows.abstract))
    text += "only one field\n"
    f.write_text("\ufeff" + text, encoding="utf-8")
    items = read(f)
    assert len(papers(items)) == 2
    (fault,) = faults(items)
    assert fault.record == 4 and "1 fields, the header has 2" in fault.reason


def test_parquet_with_columns(tmp_path, sample_frame):
    f = tmp_path / "papers.parquet"
    sample_frame.head(6).assign(id=[f"240{i}.0000{i}" for i in range(6)]).to_parquet(f)
    ps = papers(read(f))
    assert len(ps) == 6 and ps[2].paper_id == "2402.00002"


def test_atom_feed_entries():
    ps = papers(read(DATA / "arxiv-api.atom.xml"))
    assert [p.paper_id for p in ps] == ["2405.04434", "2312.11514"]
    assert ps[0].title.startswith("Tilus: A Virtual Machine") and "\n" not in ps[0].title
    assert ps[0].url == "http://arxiv.org/abs/2405.04434v2"
    assert ps[0].date == "2024-05-07T17:55:07Z"
    assert ps[0].authors == "First Author, Second Author"


@pytest.mark.parametrize("name, content, fmt", [
    ("a.data", b"PAR1....", "parquet"),
    ("b.data", b'<?xml version="1.0"?><feed/>', "atom"),
    ("c.data", b'{"title": "x"}\n', "jsonl"),
    ("d.data", b"title,abstract\nx,y\n", "csv"),
    ("e.data", b"Some title\n\nSome abstract text.\n", "listing"),
])
def test_format_is_sniffed_from_content(tmp_path, name, content, fmt):
    f = tmp_path / name
    f.write_bytes(content)
    assert sniff_format(f) == fmt


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.jsonl", "no such file"),
    (lambda d: d, "is a directory"),
    (lambda d: (d / "empty.txt").write_text("") and d / "empty.txt" or d / "empty.txt", "file is empty"),
    (lambda d: (d / "bin.txt").write_bytes(bytes(range(256)) * 10) and d / "bin.txt", "not a text file"),
    (lambda d: (d / "paper.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") and d / "paper.txt", "PDF"),
])
def test_file_level_faults_name_the_file(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(InputError, match=message) as info:
        read(path)
    assert str(path) in str(info.value)


def test_unknown_format_is_a_file_level_fault():
    with pytest.raises(InputError, match="unknown format"):
        resolve_inputs([SAMPLE], "docx")


@pytest.mark.parametrize("raw, clean", [
    ("  Calculation of prompt diphoton production cross sections at Tevatron\n  energies",
     "Calculation of prompt diphoton production cross sections at Tevatron energies"),
    ("A\tB \r\n C", "A B C"),
    # a thin space between digit groups is the SI thousands separator: kept for the clean-up (Z416)
    ("an enrichment factor of 12\u2009000 over\u2009 28\u202f500\u2009molecules",
     "an enrichment factor of 12\u2009000 over 28\u202f500 molecules"),
    ("ratio 1\u20092 and 3\u20091234", "ratio 1 2 and 3 1234"),
])
def test_whitespace_normalisation(raw, clean):
    assert normalise_text(raw) == clean
