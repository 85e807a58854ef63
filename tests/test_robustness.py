"""Bad input never loses data or crashes the run (issue 5), one test per case.

Every case runs the ``claims`` CLI on a small file from ``tests/data/bad/``
(see its README.md) with a previous run's output already in the output folder,
and checks the exit code, the message (naming the file, and the line for a
record-level fault), and that the previous output is byte-for-byte untouched
when the run fails, with no temporary files left behind.

Signals and kill -9 are in ``test_robustness_signals.py``; hostile text in
``test_hypothesis_text.py``.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys

import pandas as pd
import pyarrow.parquet as pq
import pytest

from extractor import pipeline, writers
from extractor.cli import main
from extractor.readers import files as reader_files
from extractor.writers import TMP_PREFIX, OutputSet, remove_stale_temporaries, run_metadata, signals_held

from .conftest import DATA, SAMPLE, run_cli, write_jsonl

BAD = DATA / "bad"


# --------------------------------------------------------------------------- helpers

@pytest.fixture(scope="module")
def good_input(tmp_path_factory, sample_frame):
    path = tmp_path_factory.mktemp("good") / "good.jsonl"
    return write_jsonl(path, sample_frame.head(12).to_dict("records"))


@pytest.fixture(scope="module")
def previous_run(tmp_path_factory, good_input):
    out = tmp_path_factory.mktemp("previous") / "out"
    assert main(["extract", str(good_input), "-o", str(out), "-j", "1", "-q"]) == 0
    return out


@pytest.fixture
def out(tmp_path, previous_run):
    """An output folder holding a previous run's output."""
    target = tmp_path / "out"
    shutil.copytree(previous_run, target)
    return target


def snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def debris(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TMP_PREFIX))


def extract(capsys, *args):
    code = main(["extract", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_line(err):
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err


def rejects(folder):
    return [json.loads(line) for line in (folder / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------- 1. record-level faults

RECORD_FAULTS = [
    ("record-not-json.jsonl", 2, "line is not valid JSON", 3),
    ("record-no-title.jsonl", 2, "record has no title", 3),
    ("record-no-abstract.jsonl", 2, "record has no abstract", 3),
    ("record-abstract-not-text.jsonl", 2, "abstract is a int, not text", 3),
    ("record-only-latex.jsonl", 2, "abstract is only LaTeX markup", 3),
    ("record-only-digits.jsonl", 2, "abstract has no words", 3),
    ("record-huge-abstract.jsonl.gz", 2, "abstract is 5,399,999 characters (limit 20,000)", 3),
    ("record-wrong-field-count.csv", 3, "CSV row has 3 fields, the header has 2", 3),
    ("truncated.jsonl.gz", 342, "file is cut off or damaged after record 341", 341),
    ("truncated-array.json", 3, "JSON array is cut off or broken after record 2", 2),
]


@pytest.mark.parametrize("name, record, reason, kept", RECORD_FAULTS, ids=[c[0] for c in RECORD_FAULTS])
def test_record_fault_is_skipped_counted_and_listed(capsys, out, name, record, reason, kept):
    path = BAD / name
    code, stdout, err = extract(capsys, path, "-o", out, "-j", "1")
    assert code == 0, err
    assert f"{path}:{record}: {reason}" in err and "Traceback" not in err
    assert "records skipped: 1 (listed in rejects.jsonl)" in stdout
    (fault,) = rejects(out)
    assert fault["source"] == str(path) and fault["record"] == record and fault["reason"].startswith(reason)
    assert len(pd.read_parquet(out / "papers.parquet")) == kept  # the good records around it are kept
    assert debris(out) == []


@pytest.mark.parametrize("name, record, reason, kept", RECORD_FAULTS, ids=[c[0] for c in RECORD_FAULTS])
def test_strict_makes_the_first_record_fault_fatal(capsys, out, name, record, reason, kept):
    before = snapshot(out)
    path = BAD / name
    code, _, err = extract(capsys, path, "-o", out, "-j", "1", "--strict")
    assert code == 2
    assert_one_line(err)
    assert f"{path}:{record}: {reason}" in err and "--strict" in err
    assert snapshot(out) == before and debris(out) == []


def test_faults_from_several_files_are_counted_per_reason(capsys, out):
    names = ["record-not-json.jsonl", "record-no-title.jsonl", "record-only-digits.jsonl", "record-not-json.jsonl"]
    code, stdout, _ = extract(capsys, *[BAD / n for n in names], "-o", out, "-j", "1")
    assert code == 0
    assert "records skipped: 4 (listed in rejects.jsonl)" in stdout
    assert "       2  line is not valid JSON" in stdout and "       1  record has no title" in stdout
    assert [(r["source"], r["record"]) for r in rejects(out)] == [(str(BAD / n), 2) for n in names]
    assert len(pd.read_parquet(out / "papers.parquet")) == 12


# --------------------------------------------------------------------------- 2. file-level faults

FILE_FAULTS = [
    ("does-not-exist.jsonl", "no such file"),
    (".", "is a directory, not a file"),
    ("empty.jsonl", "file is empty"),
    ("binary.jsonl", "not a text file: binary data"),
    ("paper-pdf.txt", "not a text file: a PDF document"),
    ("archive-zip.csv", "not a text file: a ZIP archive"),
    ("not-gzip.jsonl.gz", "not gzip-compressed"),
    ("broken-array.json", "not a valid JSON array"),
    ("broken.parquet", "not a readable Parquet file"),
    ("no-abstract-column.csv", "no column named abstract or summary"),
    ("shift-jis.txt", "cannot tell the text encoding"),
    ("unknown-encoding.xml", "declares unknown encoding 'x-klingon'"),
]


@pytest.mark.parametrize("name, message", FILE_FAULTS, ids=[c[0] for c in FILE_FAULTS])
def test_file_fault_stops_with_one_line_and_keeps_previous_output(capsys, out, name, message):
    path = (BAD / name) if name != "." else BAD
    before = snapshot(out)
    code, stdout, err = extract(capsys, path, "-o", out, "-j", "1")
    assert code == 2
    assert_one_line(err)
    assert err.startswith(f"claims: error: {path}: ") and message in err
    assert stdout == ""
    assert snapshot(out) == before and debris(out) == []


def test_a_bad_second_input_stops_the_run_before_any_work(capsys, out, good_input, monkeypatch):
    def no_work(*args, **kwargs):
        raise AssertionError("extraction started although an input is unusable")

    monkeypatch.setattr(pipeline, "run_frame", no_work)
    before = snapshot(out)
    code, _, err = extract(capsys, good_input, BAD / "binary.jsonl", "-o", out, "-j", "1")
    assert code == 2 and str(BAD / "binary.jsonl") in err and "binary data" in err
    assert snapshot(out) == before


def test_unreadable_file(capsys, out, tmp_path, good_input, monkeypatch):
    locked = tmp_path / "locked.jsonl"
    shutil.copy(good_input, locked)
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make access() answer as it would for a user
        real_access = os.access
        monkeypatch.setattr(reader_files.os, "access",
                            lambda p, mode, **kw: False if str(p) == str(locked) else real_access(p, mode, **kw))
    before = snapshot(out)
    code, _, err = extract(capsys, locked, "-o", out, "-j", "1")
    assert code == 2
    assert_one_line(err)
    assert f"{locked}: permission denied" in err
    assert snapshot(out) == before and debris(out) == []


def test_file_that_cannot_be_opened(capsys, out, good_input, monkeypatch):
    # access() says yes but open() says no (ACLs, NFS root squash)
    def refuse(path, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(reader_files, "open", refuse, raising=False)
    before = snapshot(out)
    code, _, err = extract(capsys, good_input, "-o", out, "-j", "1")
    assert code == 2
    assert_one_line(err)
    assert f"{good_input}: cannot open: Permission denied" in err
    assert snapshot(out) == before and debris(out) == []


def test_unknown_format_is_one_line_exit_2(capsys, out, good_input):
    before = snapshot(out)
    with pytest.raises(SystemExit) as info:
        main(["extract", str(good_input), "--format", "docx", "-o", str(out)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert_one_line(err)
    assert "--format" in err and "'docx'" in err and "jsonl" in err
    assert snapshot(out) == before


def test_output_path_that_is_a_file(capsys, tmp_path, good_input):
    target = tmp_path / "out"
    target.write_text("I am a file")
    code, _, err = extract(capsys, good_input, "-o", target, "-j", "1")
    assert code == 1
    assert_one_line(err)
    assert f"{target}: output path exists and is not a folder" in err
    assert target.read_text() == "I am a file"


def test_output_folder_under_a_file(capsys, tmp_path, good_input):
    parent = tmp_path / "file"
    parent.write_text("x")
    code, _, err = extract(capsys, good_input, "-o", parent / "out", "-j", "1")
    assert code == 1
    assert_one_line(err)
    assert "cannot create output folder" in err


def _enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("where", ["row group", "footer", "fsync"])
def test_disk_full_keeps_previous_output_and_leaves_no_debris(capsys, out, good_input, monkeypatch, where):
    if where == "row group":
        monkeypatch.setattr(pq.ParquetWriter, "write_table", _enospc)
    elif where == "footer":
        monkeypatch.setattr(pq.ParquetWriter, "add_key_value_metadata", _enospc)
    else:
        monkeypatch.setattr(writers.os, "fsync", _enospc)
    before = snapshot(out)
    code, _, err = extract(capsys, good_input, "-o", out, "-j", "1", "--batch-size", "4")
    assert code == 1
    assert_one_line(err)
    assert f"claims: error: {out}: cannot" in err and "No space left on device" in err
    assert snapshot(out) == before and debris(out) == []


@pytest.fixture
def small_tmpfs(tmp_path):
    """A 192 KiB tmpfs: room for one run's output but not for a second copy next to it."""
    mount = tmp_path / "tmpfs"
    mount.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=192k", "tmpfs", str(mount)], capture_output=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({proc.stderr.decode().strip() or 'not root'}); "
                    "the mocked disk-full tests cover this")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_disk_full_on_a_real_small_file_system(small_tmpfs):
    out = small_tmpfs / "out"
    first = run_cli("extract", str(SAMPLE), "-o", str(out), "-j", "1", "-q")
    assert first.returncode == 0, first.stderr
    before = snapshot(out)
    second = run_cli("extract", str(SAMPLE), "-o", str(out), "-j", "1", "-q")
    assert second.returncode == 1
    assert_one_line(second.stderr)
    assert "No space left on device" in second.stderr and str(out) in second.stderr
    assert snapshot(out) == before and debris(out) == []
    assert len(pd.read_parquet(out / "papers.parquet")) == 100


# --------------------------------------------------------------------------- encodings and hostile text

def test_cp1252_spreadsheet_export_is_read_as_cp1252(capsys, out):
    path = BAD / "cp1252-export.csv"
    code, stdout, err = extract(capsys, path, "-o", out, "-j", "1")
    assert code == 0
    assert f"{path}: not UTF-8; read as cp1252" in err and f"read as cp1252 (not UTF-8): {path}" in stdout
    papers = pd.read_parquet(out / "papers.parquet")
    assert len(papers) == 3 and papers.title.str.endswith("– café").all()
    assert papers.abstract.str.contains("from €9 to €5").all()


def test_utf16_without_bom_is_detected(capsys, out):
    code, _, err = extract(capsys, BAD / "utf16le-no-bom.tsv", "-o", out, "-j", "1")
    assert code == 0 and "read as utf-16-le" in err
    papers = pd.read_parquet(out / "papers.parquet")
    assert len(papers) == 3 and papers.title.str.endswith("– naïve").all()


def test_stray_cp1252_byte_in_utf8_keeps_the_rest_utf8(capsys, out):
    code, stdout, _ = extract(capsys, BAD / "mixed-utf8-cp1252.jsonl", "-o", out, "-j", "1")
    assert code == 0
    titles = pd.read_parquet(out / "papers.parquet").title.tolist()
    assert titles[:2] == ["Mostly UTF-8 – with a stray byte", "Café paper"]
    assert "undecodable bytes: 1" in stdout


def test_hostile_text_is_read_extracted_and_stored(capsys, out):
    code, _, err = extract(capsys, BAD / "hostile-text.jsonl", "-o", out, "-j", "1")
    assert code == 0, err
    papers = pd.read_parquet(out / "papers.parquet").set_index("paper_id")
    claims = pd.read_parquet(out / "claims.parquet")
    assert len(papers) == 4 and len(claims) > 0
    for text in list(papers.title) + list(papers.abstract):
        assert "\x00" not in text and not any("\ud800" <= ch <= "\udfff" for ch in text)
    for row in claims.itertuples():
        paper = papers.loc[row.paper_id]
        assert f"{paper.title}\n{paper.abstract}"[row.start:row.end] == row.text
    assert claims[["value_low", "value", "factor"]].abs().max().max() < float("inf")


def test_lone_surrogates_in_a_file_name_are_written_as_valid_json(capsys, tmp_path, out):
    name = os.fsdecode(b"caf\xe9-\xff.jsonl")  # not UTF-8: Python holds it with surrogate escapes
    path = tmp_path / name
    shutil.copy(BAD / "record-no-title.jsonl", path)
    code, _, err = extract(capsys, path, "-o", out, "-j", "1")
    assert code == 0, err
    (fault,) = rejects(out)
    assert fault["record"] == 2 and fault["source"].startswith(str(tmp_path))


# --------------------------------------------------------------------------- 3. the commit

def test_a_crash_inside_the_extractor_skips_only_that_paper(capsys, out, good_input, monkeypatch):
    real = pipeline.run_frame
    victim = json.loads(good_input.read_text().splitlines()[4])["title"]

    def flaky(papers, **kwargs):
        if any(p.title == victim for p in papers):
            raise RuntimeError("boom\non two lines")
        return real(papers, **kwargs)

    monkeypatch.setattr(pipeline, "run_frame", flaky)
    code, stdout, err = extract(capsys, good_input, "-o", out, "-j", "1", "--batch-size", "4")
    assert code == 0
    assert f"{good_input}:5: extraction failed (RuntimeError: boom on two lines)" in err
    assert "records skipped: 1" in stdout
    papers = pd.read_parquet(out / "papers.parquet")
    assert len(papers) == 11 and victim not in set(papers.title)
    monkeypatch.setattr(pipeline, "run_frame", real)
    full = tmp_out = out.parent / "full"
    assert main(["extract", str(good_input), "-o", str(tmp_out), "-j", "1", "-q"]) == 0
    expected = pd.read_parquet(full / "claims.parquet")
    expected = expected[expected.title != victim].reset_index(drop=True)
    pd.testing.assert_frame_equal(pd.read_parquet(out / "claims.parquet"), expected)


def test_signals_during_the_renames_are_held_until_all_files_are_in_place(tmp_path, monkeypatch, sample_papers):
    from extractor.extract import extract_papers
    from extractor.writers import claims_table, papers_table

    result = extract_papers(sample_papers[:3])
    first = OutputSet(tmp_path, run_metadata(["first"]))
    first.write_papers(papers_table(result.papers[:1]))
    first.commit()
    output = OutputSet(tmp_path, run_metadata(["second"]))
    output.write_claims(claims_table(result.claims))
    output.write_papers(papers_table(result.papers))
    real_replace = os.replace
    calls = []

    def replace_then_ctrl_c(src, dst):
        real_replace(src, dst)
        calls.append(dst)
        if len(calls) == 1:
            os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(writers.os, "replace", replace_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        output.commit()
    assert len(calls) == 3 and output.committed
    assert len(pd.read_parquet(tmp_path / "papers.parquet")) == 3  # the new papers, next to the new claims
    assert debris(tmp_path) == []


def test_signals_held_delivers_after_the_block():
    seen = []
    with pytest.raises(KeyboardInterrupt):
        with signals_held():
            os.kill(os.getpid(), signal.SIGINT)
            seen.append("still running")
    assert seen == ["still running"]


def test_stale_temporaries_of_dead_runs_are_removed(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = [tmp_path / f"{TMP_PREFIX}{dead.pid}-1-{n}" for n in ("claims.parquet", "papers.parquet", "rejects.jsonl")]
    live = tmp_path / f"{TMP_PREFIX}{os.getppid()}-1-claims.parquet"  # a process that is still running
    other = tmp_path / f"{TMP_PREFIX}notes.txt"
    for p in [*stale, live, other]:
        p.write_bytes(b"x")
    assert sorted(remove_stale_temporaries(tmp_path)) == sorted(stale)
    assert live.exists() and other.exists()


# --------------------------------------------------------------------------- 4. determinism

@pytest.fixture(scope="module")
def mixed_input(tmp_path_factory, sample_frame):
    """300 records with bad lines spread through them."""
    path = tmp_path_factory.mktemp("mixed") / "mixed.jsonl"
    lines = []
    for i, record in enumerate(sample_frame.to_dict("records") * 3):
        record = dict(record, title=f"{record['title']} [{i}]")
        lines.append(json.dumps(record) + "\n")
        if i % 37 == 5:
            lines.append('{"title": "broken", "abstract": \n')
        if i % 53 == 7:
            lines.append(json.dumps({"title": "no abstract"}) + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def tables(folder):
    return pq.read_table(folder / "claims.parquet"), pq.read_table(folder / "papers.parquet")


def test_same_input_gives_identical_data_every_run_and_for_any_jobs(tmp_path, mixed_input):
    runs = {}
    for name, args in {"a": ["-j", "1"], "b": ["-j", "1"], "two": ["-j", "2", "--batch-size", "7"],
                       "big": ["-j", "2", "--batch-size", "500"]}.items():
        assert main(["extract", str(mixed_input), "-o", str(tmp_path / name), "-q", *args]) == 0
        runs[name] = tables(tmp_path / name)
    claims, papers = runs["a"]
    assert claims.num_rows > 500 and papers.num_rows == 300
    for name, (c, p) in runs.items():
        # Table.equals ignores the schema metadata, which holds the start time (and footers the run seconds)
        assert c.equals(claims), name
        assert p.equals(papers), name
        assert c.column("claim_id").to_pylist() == claims.column("claim_id").to_pylist()
    assert rejects(tmp_path / "a") == rejects(tmp_path / "two")
    assert len(rejects(tmp_path / "a")) == sum(i % 37 == 5 for i in range(300)) + sum(i % 53 == 7 for i in range(300))
    meta = pq.read_schema(tmp_path / "a" / "claims.parquet").metadata
    assert b"claims_extractor.started_at" in meta  # why whole files are not byte-identical
