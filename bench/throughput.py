"""Throughput and memory benchmark (not a test: the figures are ratios measured in one run).

Builds a corpus of N abstracts from the real abstracts the project ships
(the sample listing), repeated, shuffled and with every number varied so
that no cache can help, writes it as JSON Lines, and measures in one run:

  (a) a bare spaCy pass: spacy.blank("en") + sentencizer over the same texts
      (a Python process that reads the same file, tokenises and splits every
      abstract into sentences);
  (b) claims extract --jobs 1;
  (c) claims extract --jobs 2;
  (d) claims extract --engine dask on a local cluster of 2 worker processes;
  (e) with --floor: (b) with the claim rules stubbed out, the most that any
      speed-up of the rules could give;

each as a fresh process, timed from start to exit, so every figure includes
interpreter start-up, reading and (for b-d) writing Parquet.  It prints
abstracts/second, the ratios b/a and c/b, and the peak RSS of (b) at two
corpus sizes.

(a), (b) and (c) are timed in rounds, a-b-c one after the other in each, and
the ratios are reported per round and as the median over the rounds: a shared
2-core machine swings by a quarter from one minute to the next, and runs next
to each other see the same machine, so one slow minute moves one round's
ratios, not the result.

    python bench/throughput.py            # N = 100,000 (RSS at 10,000 and 100,000), 3 rounds
    python bench/throughput.py --quick    # under a minute: N = 3,000 (RSS at 1,000 and 3,000), 1 round
    python bench/throughput.py --floor    # and (e)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE_SPACY = r"""
import json, sys, spacy
texts = [f"{r['title']} {r['abstract']}" for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))]
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
n = sum(sum(1 for _ in doc.sents) for doc in nlp.pipe(texts, batch_size=256))
print(n)
"""

#: (e), with --floor: the extract run with the claim rules stubbed out. Reading, clean-up, sentence
#: splitting, the pre-filter, spaCy (on every sentence the pre-filter passes, more than a real run
#: tokenises) and writing stay; the finders, typing, context and validation do nothing. Its speed is
#: the most that any speed-up of the rules can give.
RULES_OFF = r"""
import importlib, sys
sys.path.insert(0, sys.argv.pop(1))
extract = importlib.import_module("extractor.extract")
extract.find_mentions = lambda sentence, words=None: True
extract.sentence_candidates = lambda *args, **kwargs: []
from extractor.cli import main
sys.exit(main(sys.argv[1:]))
"""

_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def build_corpus(n: int, path: Path, seed: int = 0) -> None:
    from extractor.errors import RecordFault
    from extractor.readers import read_inputs, resolve_inputs

    papers = [p for p in read_inputs(resolve_inputs([ROOT / "extractor" / "data" / "trending-papers.txt"]))
              if not isinstance(p, RecordFault)]
    rng = random.Random(seed)

    def vary(text: str) -> str:
        def one(m: re.Match) -> str:
            digits = m.group(0)
            if "." in digits:
                return f"{float(digits) * rng.uniform(0.5, 1.5):.{len(digits.split('.')[1])}f}"
            return str(max(1, round(int(digits) * rng.uniform(0.5, 1.5))))
        return _NUMBER.sub(one, text)

    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            p = rng.choice(papers)
            fh.write(json.dumps({"id": f"bench-{i}", "title": vary(p.title), "abstract": vary(p.abstract)}) + "\n")


def timed(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MiB) of a child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{stderr}")
    return seconds, usage.ru_maxrss // 1024


def claims_cmd(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "extractor", "extract", str(corpus), "-o", str(out), "-q", *extra]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small corpus, finishes in under a minute")
    parser.add_argument("-n", type=int, help="corpus size for the throughput runs")
    parser.add_argument("--no-dask", action="store_true", help="skip (d)")
    parser.add_argument("--floor", action="store_true",
                        help="also time (e): the same run with the claim rules stubbed out (the pipeline's floor)")
    parser.add_argument("--rounds", type=int,
                        help="rounds of (a), (b), (c) whose median ratios are reported (default 3; 1 with --quick)")
    args = parser.parse_args()
    n = args.n or (3_000 if args.quick else 100_000)
    small = 1_000 if args.quick else 10_000
    rounds = max(1, args.rounds or (1 if args.quick else 3))

    with tempfile.TemporaryDirectory(prefix="claims-bench-") as tmp:
        work = Path(tmp)
        corpus, small_corpus = work / "corpus.jsonl", work / "small.jsonl"
        build_corpus(n, corpus)
        build_corpus(small, small_corpus, seed=1)
        bare = work / "bare.py"
        bare.write_text(BARE_SPACY)

        per_round: list[dict[str, tuple[float, int]]] = []
        for _ in range(rounds):
            per_round.append({
                "a": timed([sys.executable, str(bare), str(corpus)]),
                "b": timed(claims_cmd(corpus, work / "b", "--jobs", "1")),
                "c": timed(claims_cmd(corpus, work / "c", "--jobs", "2")),
            })
        others = {}
        if not args.no_dask:
            others["d"] = timed(claims_cmd(corpus, work / "d", "--engine", "dask", "--jobs", "2"))
        if args.floor:
            rules_off = work / "rules_off.py"
            rules_off.write_text(RULES_OFF)
            others["e"] = timed([sys.executable, str(rules_off), str(ROOT), "extract", str(corpus), "-o",
                                 str(work / "e"), "-q", "--jobs", "1"])
        rss_small = timed(claims_cmd(small_corpus, work / "rss", "--jobs", "1"))[1]

    names = {"a": "bare spaCy blank('en') + sentencizer", "b": "claims extract --jobs 1",
             "c": "claims extract --jobs 2", "d": "claims extract --engine dask (2 workers)",
             "e": "(b) with the claim rules stubbed out"}
    print(f"corpus: {n:,} abstracts from the shipped sample (numbers varied), {os.cpu_count()} cores")
    # each figure of (a)-(c) is its median over the rounds; the ratios are the medians of the rounds' ratios
    rate = {k: median(n / r[k][0] for r in per_round) for k in "abc"}
    rate.update({k: n / seconds for k, (seconds, _) in others.items()})
    for key in [*"abc", *others]:
        seconds = median(r[key][0] for r in per_round) if key in "abc" else others[key][0]
        print(f"  ({key}) {names[key]:<44} {rate[key]:>8,.0f} abstracts/s  ({seconds:.1f} s)")
    ba = [r["a"][0] / r["b"][0] for r in per_round]
    cb = [r["b"][0] / r["c"][0] for r in per_round]
    if rounds > 1:
        for i, r in enumerate(per_round, 1):
            print(f"  round {i}: " + "  ".join(f"{k} {n / r[k][0]:,.0f}/s" for k in "abc")
                  + f"  b/a {ba[i - 1]:.2f}  c/b {cb[i - 1]:.2f}")
    over = f" (median of {rounds} rounds)" if rounds > 1 else ""
    print(f"  b/a = {median(ba):.2f}{over}   (extraction vs the bare spaCy pass; target >= 1.0)")
    print(f"  c/b = {median(cb):.2f}{over}   (2 jobs vs 1; target >= 1.7)")
    if "d" in others:
        print(f"  d/b = {rate['d'] / rate['b']:.2f}   (Dask, 2 local workers, vs 1 job)")
    if "e" in others:
        print(f"  e/a = {rate['e'] / rate['a']:.2f}   (the pipeline without its rules vs the bare pass: the most"
              f" any speed-up of the rules can give b/a)")
    big_rss = max(r["b"][1] for r in per_round)
    print(f"  peak RSS of (b): {rss_small} MiB at N={small:,}, {big_rss} MiB at N={n:,}"
          f"  (ratio {big_rss / rss_small:.2f}; target <= 1.2)")


if __name__ == "__main__":
    main()
