"""The ``claims`` command: extract, eval and report.

Exit codes: 0 success; 1 the output could not be written (or a worker
process died); 2 bad input or usage (one line on stderr names the file);
130 interrupted (Ctrl-C); 143 terminated (SIGTERM).  Every failure is one
line on stderr, never a traceback, and leaves the previous output as it was.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from importlib import resources
from pathlib import Path

from . import __version__
from .errors import InputError, Interrupted, OutputError, RunError, one_line
from .run_options import DEFAULT_BATCH, FORMATS, default_jobs

EXIT_OUTPUT = 1
EXIT_INPUT = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143

DESCRIPTION = """\
Extract quantitative claims (speed-ups, memory and cost savings, model sizes,
context lengths, hardware) from ML paper titles and abstracts into validated
Parquet datasets.

  claims extract                      run on the shipped sample of 100 papers
  claims extract papers.jsonl -o out  run on your own file(s)
  claims eval --gold gold.jsonl papers.txt   score against hand-checked claims
  claims report out                   write out/report.html to review the claims
"""

EXTRACT_EPILOG = """\
input formats (detected from the extension, then the content; --format overrides):
  listing   text listing page: title, blank line, abstract, blank line, ...
  jsonl     JSON Lines or a JSON array of records with title and abstract
            (the arXiv metadata snapshot works as is); .json, .jsonl, .ndjson
  csv       CSV/TSV with a header; columns title and abstract (see --title-col)
  parquet   Parquet with title and abstract columns
  atom      arXiv API Atom XML (<entry> with <title>, <summary>, <id>)
  Any of them may be gzip-compressed (.gz).

output (in DIR, replaced only when the whole run succeeds):
  claims.parquet  one row per claim (kind, value_low, value, unit, bound, factor,
                  baseline, metric, hardware, entity, count, memory, text, offsets)
  papers.parquet  one row per input paper, with n_claims
  rejects.jsonl   input records that were skipped, with file, line and reason
  claims.csv, papers.csv with --csv
  report.html     with --report: the HTML report (see `claims report --help`)
"""


def _on_sigterm(signum, frame):  # noqa: ARG001 - signal handler signature
    # handled like Ctrl-C, so the run cleans up its temporary files on the way out
    raise KeyboardInterrupt("SIGTERM")


def _sample_path() -> Path:
    return Path(str(resources.files("extractor.data").joinpath("trending-papers.txt")))


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line (``claims extract: error: ...``) and exit code 2, like other input faults."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(EXIT_INPUT, f"{self.prog}: error: {one_line(message, 1000)} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="claims", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"claims-extractor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser(
        "extract", help="extract claims from paper files into Parquet",
        description="Extract every quantitative claim from the papers in INPUT files and write "
                    "claims.parquet and papers.parquet to DIR.",
        epilog=EXTRACT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("inputs", nargs="*", metavar="INPUT",
                    help="paper files to read (default: the shipped sample of 100 trending papers)")
    ex.add_argument("-o", "--output", default="output", metavar="DIR",
                    help="folder to write the dataset to (default: %(default)s); created if missing")
    ex.add_argument("--csv", action="store_true", help="also write claims.csv and papers.csv")
    ex.add_argument("--format", choices=FORMATS, help="input format, when the extension does not tell")
    ex.add_argument("--title-col", metavar="NAME", help="column/field holding the title (default: title)")
    ex.add_argument("--abstract-col", metavar="NAME",
                    help="column/field holding the abstract (default: abstract or summary)")
    ex.add_argument("-j", "--jobs", type=_positive_int, default=default_jobs(), metavar="N",
                    help="worker processes (default: the number of cores, %(default)s)")
    ex.add_argument("--batch-size", type=_positive_int, default=DEFAULT_BATCH, metavar="N",
                    help="papers per batch and per Parquet row group (default: %(default)s)")
    ex.add_argument("--strict", action="store_true",
                    help="stop with an error at the first bad record instead of skipping it")
    ex.add_argument("--no-prefilter", action="store_true",
                    help="run every sentence through spaCy, not only those with numbers or hardware "
                         "names (slower, same output; for checking)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    ex.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local: this machine, --jobs processes (default); dask: a Dask cluster (Parquet or "
                         "JSON Lines input, a file or a folder), written as DIR/claims/ and DIR/papers/ datasets")
    ex.add_argument("--scheduler", metavar="ADDRESS",
                    help="with --engine dask: the scheduler to use (tcp://host:8786); default: a local cluster "
                         "of --jobs worker processes")
    ex.add_argument("--blocksize", type=_positive_int, default=16 * 1024 * 1024, metavar="BYTES",
                    help="with --engine dask: bytes of JSON Lines per partition (default: %(default)s); "
                         "Parquet input is split one partition per row group")
    ex.add_argument("--report", action="store_true",
                    help="also write DIR/report.html, the HTML report of the dataset, after a successful run")

    ev = sub.add_parser(
        "eval", help="score extraction against a gold file",
        description="Run the extractor on INPUT and score it against GOLD as claims-spec.md section 6 "
                    "says: per-kind precision, recall and F1, micro F1 over the primary kinds, and "
                    "attribute accuracy for bound, baseline and hardware.")
    ev.add_argument("input", metavar="INPUT", nargs="+", help="paper file(s) the gold claims belong to")
    ev.add_argument("--gold", required=True, metavar="GOLD", help="gold claims, JSON Lines (spec section 6)")
    ev.add_argument("--format", choices=FORMATS, help="input format, when the extension does not tell")
    ev.add_argument("--errors", action="store_true",
                    help="list every false positive and false negative, and every matched claim whose bound, "
                         "baseline or hardware differs from the gold")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")

    rp = sub.add_parser(
        "report", help="write a self-contained HTML report of a dataset",
        description="Write one self-contained HTML page (no network access needed) to review the dataset "
                    "in DIR: a summary, a chart of the claimed factors per paper, a table of all claims "
                    "to filter and sort, and every abstract with its claims highlighted.")
    rp.add_argument("folder", metavar="DIR", help="folder written by `claims extract` (claims.parquet, papers.parquet)")
    rp.add_argument("-o", "--output", metavar="FILE", help="the HTML file to write (default: DIR/report.html)")
    return parser


def _warn(message: str) -> None:
    print(f"claims: warning: {_printable(message)}", file=sys.stderr)


def _cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline import RunSummary, StrictModeError, run_extract

    inputs = args.inputs or [str(_sample_path())]
    progress = not args.quiet and sys.stderr.isatty()
    if args.engine == "dask":
        from .dask_engine import run_dask

        summary = run_dask(inputs, args.output, scheduler=args.scheduler, workers=args.jobs,
                           title_col=args.title_col, abstract_col=args.abstract_col, blocksize=args.blocksize,
                           prefilter=not args.no_prefilter)
        if not args.quiet:
            print(summary.format())
        return _report_after_extract(args)
    if args.scheduler:
        raise InputError("--scheduler", "only applies with --engine dask")
    try:
        summary: RunSummary = run_extract(
            inputs, args.output, fmt=args.format, csv=args.csv, title_col=args.title_col,
            abstract_col=args.abstract_col, jobs=args.jobs, batch_size=args.batch_size,
            prefilter=not args.no_prefilter, strict=args.strict, progress=progress,
            warn=None if args.quiet else _warn)
    except StrictModeError as exc:
        _error(f"{exc.fault} (--strict: stopped at the first bad record; nothing was written)")
        return EXIT_INPUT
    if not args.quiet:
        print(_printable(summary.format()))
    return _report_after_extract(args)


def _report_after_extract(args: argparse.Namespace) -> int:
    if args.report:
        from .report import write_report

        path, _, _ = write_report(args.output)
        if not args.quiet:
            print(f"report: {path}")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import write_report

    path, papers, claims = write_report(args.folder, args.output)
    print(f"report: {path} ({papers:,} papers, {claims:,} claims)")
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import format_report, load_gold, normalise_title, score
    from .extract import extract_papers
    from .pipeline import batched
    from .readers import read_inputs, resolve_inputs
    from .errors import RecordFault

    gold = load_gold(args.gold)
    files = resolve_inputs(args.input, args.format)
    predicted: dict[str, list[dict]] = {}
    papers = (p for p in read_inputs(files) if not isinstance(p, RecordFault))
    for batch in batched(papers, 256):
        result = extract_papers(batch)
        for paper in batch:
            predicted.setdefault(normalise_title(paper.title), [])
        for claim in result.claims:
            predicted[normalise_title(claim.title)].append(claim.model_dump(mode="json"))
    report = score(gold, predicted)
    if args.json:
        print(json.dumps(report.as_dict(with_errors=args.errors), indent=2))
    else:
        print(format_report(report, with_errors=args.errors))
    return 0


def main(argv: list[str] | None = None) -> int:
    # the handler goes in first: a command imports spaCy, which takes a moment
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command == "extract":
            return _cmd_extract(args)
        if args.command == "eval":
            return _cmd_eval(args)
        if args.command == "report":
            return _cmd_report(args)
        parser.error(f"unknown command {args.command}")  # pragma: no cover
    except InputError as exc:
        _error(str(exc))
        return EXIT_INPUT
    except (OutputError, RunError) as exc:
        _error(str(exc))
        return EXIT_OUTPUT
    except (Interrupted, KeyboardInterrupt) as exc:
        print(f"claims: {_printable(_interrupted_message(exc))}", file=sys.stderr)
        terminated = (exc.signal_name if isinstance(exc, Interrupted) else str(exc)) == "SIGTERM"
        return EXIT_TERMINATED if terminated else EXIT_INTERRUPTED
    except OSError as exc:
        # an I/O failure no reader or writer anticipated: still one line, no traceback
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        _error(f"{where}{exc.strerror or exc}")
        return EXIT_OUTPUT
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0


def _error(message: str) -> None:
    print(f"claims: error: {_printable(one_line(message, 1000))}", file=sys.stderr)


def _printable(text: str) -> str:
    """``text`` safe to print: a file name with undecodable bytes shows them as ``\\udce9`` escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _interrupted_message(exc: BaseException) -> str:
    terminated = (exc.signal_name if isinstance(exc, Interrupted) else str(exc)) == "SIGTERM"
    what = "terminated (SIGTERM)" if terminated else "interrupted"
    if not isinstance(exc, Interrupted):
        return f"{what}; the previous output was left as it was"
    where = f" after {exc.papers:,} papers ({exc.claims:,} claims)"
    if exc.position:
        where += f", last record read {exc.position}"
    if exc.committed:
        return f"{what}{where}, just after the new output was written in full"
    return f"{what}{where}; nothing was written, the previous output was left as it was"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
