"""Interrupted runs never lose the previous output (issue 5, item 3), with real processes and signals.

Each test starts ``python -m extractor extract`` on 20,000 records in a
subprocess, waits until it is writing (a row group is in its temporary
``.claims-tmp-*`` papers file), then interrupts it: kill -9, SIGTERM, Ctrl-C
(SIGINT) or kill -9 of one worker process.  The previous run's files must be
byte-identical and readable by pandas afterwards.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from extractor.cli import main
from extractor.writers import TMP_PREFIX

from .conftest import ROOT, write_jsonl

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")

N_RECORDS = 20_000


@pytest.fixture(scope="module")
def big_input(tmp_path_factory, sample_frame):
    path = tmp_path_factory.mktemp("big") / "big.jsonl"
    records = sample_frame.to_dict("records")
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(N_RECORDS):
            record = records[i % len(records)]
            fh.write(json.dumps({"title": f"{record['title']} [{i}]", "abstract": record["abstract"]}) + "\n")
    return path


@pytest.fixture
def previous(tmp_path, sample_frame):
    """An output folder holding an earlier run's output, and its bytes."""
    out = tmp_path / "out"
    small = write_jsonl(tmp_path / "small.jsonl", sample_frame.head(5).to_dict("records"))
    assert main(["extract", str(small), "-o", str(out), "-j", "1", "-q"]) == 0
    return out, {p.name: p.read_bytes() for p in out.iterdir()}


def _default_sigint():
    # a shell may start background jobs with SIGINT ignored; the run must see Ctrl-C as a user's would
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(big_input, out, jobs):
    return subprocess.Popen(
        [sys.executable, "-m", "extractor", "extract", str(big_input), "-o", str(out), "-j", str(jobs),
         "--batch-size", "64"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_default_sigint)


def wait_until_writing(proc, out, timeout=180):
    """Wait until a row group is in the run's temporary papers file: the run is mid-write."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the run ended before it could be interrupted: {proc.communicate()}")
        tmp = [p for p in out.iterdir() if p.name.startswith(TMP_PREFIX) and p.name.endswith("papers.parquet")]
        if tmp and tmp[0].stat().st_size > 8192:
            return
        time.sleep(0.05)
    proc.kill()
    pytest.fail("the run never started writing")


def children(pid):
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pids):
    living = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            living.append(pid)
    return living


def wait_gone(pids, timeout=15):
    deadline = time.monotonic() + timeout
    while alive(pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive(pids)


def check_previous_intact(out, before):
    now = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(TMP_PREFIX)}
    assert now == before
    assert len(pd.read_parquet(out / "papers.parquet")) == 5
    pd.read_parquet(out / "claims.parquet")


def debris(out):
    return sorted(p.name for p in out.iterdir() if p.name.startswith(TMP_PREFIX))


def test_kill_9_mid_write_leaves_previous_output_and_a_later_run_cleans_up(big_input, previous, tmp_path):
    out, before = previous
    proc = start(big_input, out, jobs=2)
    wait_until_writing(proc, out)
    workers = children(proc.pid)
    proc.kill()
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    check_previous_intact(out, before)
    assert debris(out)  # kill -9 cannot clean up after itself ...
    assert wait_gone(workers) == []  # ... but its workers do not outlive it
    small = tmp_path / "again.jsonl"
    small.write_text((tmp_path / "small.jsonl").read_text().splitlines()[0] + "\n", encoding="utf-8")
    assert main(["extract", str(small), "-o", str(out), "-j", "1", "-q"]) == 0
    assert debris(out) == []  # the next run removes the dead run's temporaries
    assert len(pd.read_parquet(out / "papers.parquet")) == 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_sigterm_exits_143_saying_how_far_it_got(big_input, previous, jobs):
    out, before = previous
    proc = start(big_input, out, jobs)
    wait_until_writing(proc, out)
    workers = children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143, stderr
    assert "Traceback" not in stderr and stdout == ""
    assert stderr.startswith("claims: terminated (SIGTERM) after ") and stderr.count("\n") == 1, stderr
    assert f"last record read {big_input}:" in stderr
    assert "nothing was written, the previous output was left as it was" in stderr
    check_previous_intact(out, before)
    assert debris(out) == []
    assert wait_gone(workers) == []


def test_ctrl_c_exits_130_saying_how_far_it_got(big_input, previous):
    out, before = previous
    proc = start(big_input, out, jobs=2)
    wait_until_writing(proc, out)
    workers = children(proc.pid)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and stdout == ""
    assert stderr.startswith("claims: interrupted after ") and stderr.count("\n") == 1, stderr
    papers = int(stderr.split(" after ", 1)[1].split(" papers", 1)[0].replace(",", ""))
    assert 0 < papers < N_RECORDS
    check_previous_intact(out, before)
    assert debris(out) == []
    assert wait_gone(workers) == []


def test_a_worker_killed_mid_run_fails_the_run_cleanly(big_input, previous):
    out, before = previous
    proc = start(big_input, out, jobs=2)
    wait_until_writing(proc, out)
    workers = children(proc.pid)
    assert workers
    os.kill(workers[0], signal.SIGKILL)  # what the OOM killer does
    stdout, stderr = proc.communicate(timeout=120)  # must not hang waiting for the lost batch
    assert proc.returncode == 1, stderr
    assert "Traceback" not in stderr and stderr.count("\n") == 1, stderr
    assert "a worker process died unexpectedly" in stderr and "nothing was written" in stderr
    check_previous_intact(out, before)
    assert debris(out) == []
    assert wait_gone(workers) == []
