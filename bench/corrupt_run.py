"""A long run over a damaged dump goes to the end (issue 5; a script, not a test).

Builds a JSON Lines corpus of N records (default 200,000) from the abstracts
the project ships (the sample listing, repeated with numbered titles), with
1% of the lines corrupted in ways real dumps are (cut-off JSON, binary junk,
records without an abstract, a number for an abstract, only digits, only
LaTeX, a 5 MB "abstract", a JSON list for a record), spread through the file
by a seeded random generator.  It also adds a few hostile but valid lines
(invalid UTF-8 bytes, lone surrogate escapes, NUL and RTL characters) that
must be kept.  Then it runs ``python -m extractor extract`` on it in a fresh
process and checks that

  * the run exits 0 and reaches the end of the file,
  * papers.parquet holds exactly the good and the hostile-but-valid records,
  * rejects.jsonl lists exactly the corrupted lines, by line number,

and prints the time, papers/second, and the rejects per reason.

    python bench/corrupt_run.py                      # 200,000 records, --jobs = cores
    python bench/corrupt_run.py --records 20000      # quicker
    python bench/corrupt_run.py --keep /tmp/corrupt  # keep the corpus and the output there
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: How a corrupted line looks, and the reason the run must give for it.
CORRUPTIONS = {
    "cut-off JSON": (lambda r, rng: json.dumps(r)[: rng.randint(5, 60)], "line is not valid JSON"),
    "binary junk": (lambda r, rng: bytes(rng.randrange(256) for _ in range(80)).replace(b"\n", b" ")
                    .replace(b"\r", b" "), "line is not valid JSON"),
    "no abstract": (lambda r, rng: json.dumps({"title": r["title"]}), "record has no abstract"),
    "no title": (lambda r, rng: json.dumps({"abstract": r["abstract"]}), "record has no title"),
    "number abstract": (lambda r, rng: json.dumps({"title": r["title"], "abstract": 3.14}),
                        "abstract is a float, not text"),
    "only digits": (lambda r, rng: json.dumps({"title": r["title"], "abstract": "12 345 6789 10 11"}),
                    "abstract has no words"),
    "only LaTeX": (lambda r, rng: json.dumps({"title": r["title"], "abstract": r"$\mathcal{O}(n^2)$ \cite{x}"}),
                   "abstract is only LaTeX markup"),
    "a JSON list": (lambda r, rng: json.dumps([r["title"], r["abstract"]]), "record is a JSON list, not an object"),
    "5 MB abstract": (lambda r, rng: json.dumps({"title": r["title"], "abstract": "word " * 1_000_000}),
                      "abstract is 4,999,999 characters"),
}


def hostile(record: dict, i: int) -> bytes:
    """A valid record with hostile text in it: it must be kept."""
    kind = i % 3
    if kind == 0:  # invalid UTF-8 bytes inside the JSON string: read as cp1252 and counted
        return json.dumps({"title": f"{record['title']} [{i}] CAFE", "abstract": record["abstract"]}).encode() \
            .replace(b"CAFE", b"caf\xe9")
    if kind == 1:  # a lone surrogate escape and a NUL
        return json.dumps({"title": f"{record['title']} [{i}] \ud800\u0000", "abstract": record["abstract"]},
                          ensure_ascii=True).encode()
    return json.dumps({"title": f"{record['title']} [{i}] \u200f\u202e", "abstract": record["abstract"] + " e\u0301"},
                      ensure_ascii=False).encode()


def build(path: Path, n: int, rate: float, seed: int) -> tuple[dict[int, str], int]:
    """Write the corpus; return {line number: expected reason} and the number of records to keep."""
    from extractor.errors import RecordFault
    from extractor.readers import read_inputs, resolve_inputs

    sample = [p for p in read_inputs(resolve_inputs([ROOT / "extractor" / "data" / "trending-papers.txt"]))
              if not isinstance(p, RecordFault)]
    rng = random.Random(seed)
    n_bad = round(n * rate)
    bad_lines = set(rng.sample(range(1, n + 1), n_bad))
    big_left = 5  # a handful of 5 MB lines is enough (and keeps the corpus small)
    names = [k for k in CORRUPTIONS if k != "5 MB abstract"]
    expected: dict[int, str] = {}
    kept = 0
    with open(path, "wb") as fh:
        for line in range(1, n + 1):
            paper = sample[line % len(sample)]
            record = {"title": f"{paper.title} [{line}]", "abstract": paper.abstract, "id": f"line-{line}"}
            if line in bad_lines:
                name = "5 MB abstract" if big_left and line % 7 == 0 else rng.choice(names)
                big_left -= name == "5 MB abstract"
                make, reason = CORRUPTIONS[name]
                bad = make(record, rng)
                fh.write((bad if isinstance(bad, bytes) else bad.encode("utf-8")) + b"\n")
                expected[line] = reason
            elif line % 1000 == 500:
                fh.write(hostile(record, line) + b"\n")
                kept += 1
            else:
                fh.write(json.dumps(record).encode() + b"\n")
                kept += 1
    return expected, kept


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=200_000)
    ap.add_argument("--rate", type=float, default=0.01, help="share of corrupted lines (default: 1%%)")
    ap.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="folder to keep the corpus and output in (default: a temp folder)")
    args = ap.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="corrupt-run-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus, out = work / "corpus.jsonl", work / "out"
    t0 = time.monotonic()
    expected, kept = build(corpus, args.records, args.rate, args.seed)
    print(f"corpus: {args.records:,} lines, {len(expected):,} corrupted ({args.rate:.1%}), "
          f"{corpus.stat().st_size / 1e6:,.0f} MB, built in {time.monotonic() - t0:.0f} s")

    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "extractor", "extract", str(corpus), "-o", str(out),
                           "-j", str(args.jobs)], cwd=ROOT, capture_output=True, text=True)
    seconds = time.monotonic() - t0
    print(f"run: exit {proc.returncode} in {seconds:,.1f} s with --jobs {args.jobs}")
    print("summary printed by the run:")
    print("  " + proc.stdout.strip().replace("\n", "\n  "))
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        return 1

    import pyarrow.parquet as pq

    papers = pq.read_table(out / "papers.parquet", columns=["record"]).column("record").to_pylist()
    rejects = [json.loads(line) for line in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    got = {r["record"]: r["reason"] for r in rejects}
    ok = True
    if len(papers) != kept:
        print(f"FAIL: {len(papers):,} papers written, expected {kept:,}")
        ok = False
    if papers and max(papers) < args.records - 10:
        print(f"FAIL: the last paper written is line {max(papers):,} of {args.records:,}")
        ok = False
    if set(got) != set(expected):
        print(f"FAIL: rejects.jsonl lists {len(got):,} lines, expected {len(expected):,} "
              f"(missing {sorted(set(expected) - set(got))[:5]}, extra {sorted(set(got) - set(expected))[:5]})")
        ok = False
    wrong = [(line, got[line], want) for line, want in expected.items() if line in got and not got[line].startswith(want)]
    if wrong:
        print(f"FAIL: {len(wrong):,} rejects with an unexpected reason, e.g. {wrong[:3]}")
        ok = False
    print(f"papers written: {len(papers):,} (last input line {max(papers):,}); "
          f"{len(papers) / seconds:,.0f} papers/s end to end")
    print(f"rejects listed: {len(rejects):,} of {len(expected):,} corrupted lines, by reason:")
    for reason, count in Counter(r["reason"].split(" (")[0] for r in rejects).most_common():
        print(f"  {count:>7,}  {reason}")
    print("OK: the run reached the end, kept every good record and listed every bad one" if ok else "FAILED")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
