"""Regenerate the small bad input files in this folder (python tests/data/bad/make.py).

Every file holds one fault from issue 5, most of them between good records,
so the tests can check that the good records are kept.  The texts are made
up for these tests.  See README.md for what each file is.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

GOOD = [
    {"title": "FastKV: Paging the Key-Value Cache for Long-Context Serving",
     "abstract": "We present FastKV, a paged key-value cache for serving large language models. On 8 NVIDIA A100 "
                 "GPUs, FastKV is up to 3.1x faster than vLLM and reduces peak memory by 42% for 128K-token "
                 "contexts, without any change to the model."},
    {"title": "Sparse Adapters for Cheap Fine-Tuning",
     "abstract": "Sparse adapters cut the cost of fine-tuning a 7B-parameter model by 60% while matching the "
                 "accuracy of full fine-tuning within half a point on five benchmarks we report here."},
    {"title": "Fused Attention Kernels for Phones",
     "abstract": "We fuse the attention kernels of small transformers for mobile GPUs and reach a 2.4x speedup "
                 "and 35% lower energy than the vendor library on the same phone, measured over ten runs."},
]


def line(record) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def jsonl(name: str, middle: str) -> None:
    (HERE / name).write_text(line(GOOD[0]) + middle + line(GOOD[1]) + line(GOOD[2]), encoding="utf-8")


def main() -> None:
    # --- record-level faults (line 2 is bad, lines 1, 3 and 4 are good)
    jsonl("record-not-json.jsonl", '{"title": "Cut off in the middle", "abstract": "We make inference\n')
    jsonl("record-no-title.jsonl", line({"abstract": GOOD[0]["abstract"]}))
    jsonl("record-no-abstract.jsonl", line({"title": "A title and nothing else"}))
    jsonl("record-abstract-not-text.jsonl", line({"title": "Numbers for an abstract", "abstract": 42}))
    jsonl("record-only-latex.jsonl", line({"title": "Only LaTeX", "abstract":
          r"$\mathcal{O}(n^2) \rightarrow \mathcal{O}(n \log n)$ \cite{smith2020fast} \ref{eq:main} "
          r"\begin{equation} T(n) = 2T(n/2) + \Theta(n) \end{equation}"}))
    jsonl("record-only-digits.jsonl", line({"title": "Only digits", "abstract": "3 14 15 92 65 35 89 79 32 38 46"}))
    huge = line(GOOD[0]) + line({"title": "A whole book pasted as an abstract", "abstract": "lorem ipsum " * 450_000})
    huge += line(GOOD[1]) + line(GOOD[2])
    (HERE / "record-huge-abstract.jsonl.gz").write_bytes(gzip.compress(huge.encode(), compresslevel=9, mtime=0))
    header = "title,abstract\n"
    rows = [f'"{r["title"]}","{r["abstract"]}"\n' for r in GOOD]
    (HERE / "record-wrong-field-count.csv").write_text(
        header + rows[0] + '"Too many fields","an abstract",an extra field\n' + rows[1] + rows[2], encoding="utf-8")
    # a download that stopped: the gzip stream is cut off two thirds of the way
    numbered = [dict(r, title=f"{r['title']} ({i})") for i in range(200) for r in GOOD]
    whole = gzip.compress("".join(line(r) for r in numbered).encode(), compresslevel=6, mtime=0)
    (HERE / "truncated.jsonl.gz").write_bytes(whole[: len(whole) * 2 // 3])
    (HERE / "truncated-array.json").write_text(json.dumps(GOOD, indent=1)[:-150], encoding="utf-8")

    # --- hostile text that must be read and extracted without a crash
    hostile = [
        {"title": "RTL \u200fmarks\u202e and lone \ud800 surrogates\u0000",
         "abstract": "Our kernel is up to 3.5x faster\u200f than FlashAttention-2 and uses 40% less memory;"
                     " e\u0301 combining\u0336 marks, NUL\u0000 bytes, \u2066isolates\u2069 and \U0001f680 emoji."},
        {"title": "Entities &amp; LaTeX",
         "abstract": r"We reach a $3.2\times$ speedup and 1e308x \emph{nominal} gains (NaN%, ∞x) over the "
                     r"baseline, with &lt;5% overhead &amp; 10&times; less energy on 4&nbsp;H100 GPUs."},
        {"title": "Ten thousand digits",
         "abstract": "A model with " + "9" * 10_000 + " parameters is " + "1" * 4_400 + "x faster than none."},
    ]
    (HERE / "hostile-text.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in hostile) + line(GOOD[0]), encoding="utf-8")

    # --- encodings: readable ones and one that is not
    csv_text = header + "".join(f'"{r["title"]} – café","{r["abstract"]} Costs fell from €9 to €5."\n' for r in GOOD)
    (HERE / "cp1252-export.csv").write_bytes(csv_text.encode("cp1252"))
    tsv = "title\tabstract\n" + "".join(f'{r["title"]} – naïve\t{r["abstract"]}\n' for r in GOOD)
    (HERE / "utf16le-no-bom.tsv").write_bytes(tsv.encode("utf-16-le"))
    mixed = line({"title": "Mostly UTF-8 – with a stray byte", "abstract": GOOD[0]["abstract"] + " (3× faster)"})
    mixed = mixed.encode("utf-8") + line({"title": "Caf\x00", "abstract": GOOD[1]["abstract"]}).encode("utf-8").replace(
        b"Caf\\u0000", b"Caf\xe9 paper")
    (HERE / "mixed-utf8-cp1252.jsonl").write_bytes(mixed + line(GOOD[2]).encode("utf-8"))
    (HERE / "shift-jis.txt").write_bytes(
        ("深層学習モデルの推論を三倍高速化する手法を提案する。\n\n" * 40).encode("shift_jis"))
    (HERE / "unknown-encoding.xml").write_bytes(
        b'<?xml version="1.0" encoding="x-klingon"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>\n')

    # --- file-level faults
    (HERE / "empty.jsonl").write_bytes(b"")
    (HERE / "binary.jsonl").write_bytes(bytes(range(256)) * 4)
    (HERE / "paper-pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (HERE / "archive-zip.csv").write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(64))
    (HERE / "not-gzip.jsonl.gz").write_text(line(GOOD[0]), encoding="utf-8")
    (HERE / "broken-array.json").write_text('[{"title": , "abstract": }]\n', encoding="utf-8")
    (HERE / "broken.parquet").write_bytes(b"PAR1" + b"not really parquet" * 4)
    (HERE / "no-abstract-column.csv").write_text(
        "title,summary_text\n" + "".join(f'"{r["title"]}","{r["abstract"]}"\n' for r in GOOD), encoding="utf-8")


if __name__ == "__main__":
    main()
