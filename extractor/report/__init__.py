"""The HTML report: one self-contained file to review a claims dataset offline.

:func:`build_report` turns the claims and papers frames (as :func:`extractor.load`
returns them) into one HTML page with inline CSS, inline SVG and a little
inline JavaScript, and nothing that loads from the network:

* a summary: papers, claims per kind, the largest claimed speed-ups and memory savings;
* a chart of the claimed factors per paper (log scale, one dot per claim, coloured by kind);
* a table of all claims, filtered by kind or text and sorted by factor in the browser;
* every paper's title and abstract with each claim highlighted, coloured by kind,
  its kind, value, unit, bound, baseline and hardware in the highlight's tooltip.

Every piece of text from the input is HTML-escaped. :func:`write_report` reads
a dataset folder and writes the page atomically (``claims report`` and
``claims extract --report`` call it).
"""

from __future__ import annotations

import math
import os
import tempfile
from collections import defaultdict
from html import escape
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

import pandas as pd

__all__ = ["build_report", "write_report", "KIND_COLOURS", "REPORT_FILE"]

REPORT_FILE = "report.html"

#: One colour per kind (Okabe-Ito where it has enough), in spec order.
KIND_COLOURS: dict[str, str] = {
    "speedup": "#0072B2",
    "memory": "#009E73",
    "cost": "#E69F00",
    "energy": "#CC79A7",
    "capacity": "#56B4E9",
    "accuracy": "#D55E00",
    "model_size": "#7B61FF",
    "context_length": "#8C6D31",
    "hardware": "#4D4D4D",
    "other": "#9A9A9A",
}
_FALLBACK_COLOUR = "#9A9A9A"

#: Papers in the chart (those with the largest claimed factors) and dots per paper.
CHART_PAPERS = 40
CHART_DOTS_PER_PAPER = 30
#: Rows of the "largest claims" tables in the summary.
TOP_ROWS = 10
#: Up to this many papers every abstract is shown (also those without claims, to check
#: what was missed); beyond it only papers with claims, at most MAX_ABSTRACTS of them.
ALL_ABSTRACTS_UP_TO = 2_000
MAX_ABSTRACTS = 5_000
#: Rows of the claims table; beyond it the table says how many were left out.
MAX_TABLE_ROWS = 20_000
#: Rows of the claims table laid out at a time ("show more" adds as many): laying out
#: 10,000 rows takes a browser seconds, hidden rows cost next to nothing.
TABLE_PAGE = 500

_BOUND_WORDS = {"up_to": "up to ", "at_least": "at least ", "approx": "about ", "average": "on average ",
                "exact": ""}
_SCALE = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))


# --------------------------------------------------------------------------- small helpers

def _e(value: object) -> str:
    """HTML-escape anything (quotes too, so the result is safe in attributes)."""
    return escape("" if value is None else str(value), quote=True)


def _missing(value: object) -> bool:
    if value is None or value is pd.NA:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _str(value: object) -> Optional[str]:
    return None if _missing(value) else str(value)


def _num(value: object) -> Optional[float]:
    if _missing(value):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _g(number: float) -> str:
    text = f"{number:.4g}"
    if "e" in text:
        text = f"{number:,.0f}"
    return text


def _scaled(number: float) -> str:
    for size, suffix in _SCALE:
        if abs(number) >= size:
            return f"{_g(number / size)}{suffix}"
    return _g(number)


def format_value(low: Optional[float], high: Optional[float], unit: Optional[str]) -> str:
    """A claim's number as written for people: ``8.2x``, ``53%``, ``7B``, ``128K tokens``, ``1-2x``."""
    if high is None:
        return ""
    scale = _scaled if unit in ("params", "tokens") else _g
    number = scale(high) if low is None or low == high else f"{scale(low)}–{scale(high)}"
    if unit in (None, "count", "params"):
        return number
    if unit == "x":
        return f"{number}×"
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}"


def format_factor(factor: Optional[float]) -> str:
    return "" if factor is None else f"{_g(float(f'{factor:.3g}'))}×"


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _slug(kind: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in kind)


def _colour(kind: str) -> str:
    return KIND_COLOURS.get(kind, _FALLBACK_COLOUR)


def _kind_css(kinds: Iterable[str]) -> str:
    lines = []
    for kind in kinds:
        colour = _colour(kind)
        slug = _slug(kind)
        lines.append(f".k-{slug} {{ --c: {colour}; --bg-k: {_rgba(colour, 0.16)}; }}")
        lines.append(f'body[data-kind-filter="{_e(kind)}"] mark.k-{slug} '
                     f"{{ background: var(--bg-k); border-bottom-color: var(--c); }}")
    return "\n".join(lines)


def _chip(kind: str) -> str:
    return f'<span class="chip k-{_slug(kind)}">{_e(kind)}</span>'


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _resource(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the claims

class _Claim:
    """One claims row, with what the page needs, computed once."""

    __slots__ = ("i", "row", "kind", "factor", "low", "value", "unit", "bound", "paper", "anchor")

    def __init__(self, i: int, row: dict):
        self.i = i
        self.row = row
        self.kind = _str(row.get("kind")) or "other"
        self.factor = _num(row.get("factor"))
        self.low = _num(row.get("value_low"))
        self.value = _num(row.get("value"))
        self.unit = _str(row.get("unit"))
        self.bound = _str(row.get("bound"))
        self.paper: Optional[int] = None  # index of the paper whose text holds it
        self.anchor: bool = False  # highlighted in the abstracts section

    def get(self, name: str) -> Optional[str]:
        return _str(self.row.get(name))

    @property
    def number(self) -> str:
        text = format_value(self.low, self.value, self.unit)
        return _BOUND_WORDS.get(self.bound or "exact", "") + text if text else ""

    def caption(self) -> str:
        """Tooltip text: kind, value, unit, bound, factor, baseline, hardware, metric."""
        lines = [self.kind + (f": {self.number}" if self.number else "")]
        if self.value is not None:
            value = _g(self.value) if self.low in (None, self.value) else f"{_g(self.low)} to {_g(self.value)}"
            lines.append(f"value: {value}   unit: {self.unit or '–'}   bound: {self.bound or '–'}")
        if self.factor is not None:
            lines.append(f"factor: {format_factor(self.factor)}"
                         + (f" ({self.get('direction')})" if self.get("direction") else ""))
        for name in ("baseline", "hardware", "metric", "entity"):
            if self.get(name) and not (name == "entity" and self.kind == "hardware" and self.get("hardware")):
                lines.append(f"{name}: {self.get(name)}")
        if self.kind == "hardware":
            extra = [f"{self.get('count')} devices" if self.get("count") else "", self.get("memory") or ""]
            if any(extra):
                lines.append(" · ".join(x for x in extra if x))
        return "\n".join(lines)


def _place_claims(claims: list[_Claim], documents: list[str], paper_ids: list[str]) -> None:
    """Find each claim's paper: same paper_id, offsets pointing at the claim's text.

    A paper listed twice in the input has the same id twice; its claims are shared
    out in order so that each copy gets one highlight per claim.
    """
    by_id: dict[str, list[int]] = defaultdict(list)
    for index, paper_id in enumerate(paper_ids):
        by_id[paper_id].append(index)
    taken: dict[int, set] = defaultdict(set)
    for claim in claims:
        start, end, text = _num(claim.row.get("start")), _num(claim.row.get("end")), claim.get("text")
        if start is None or end is None:
            continue
        start, end = int(start), int(end)
        key = (start, end, claim.kind, claim.get("entity"), claim.value)
        for index in by_id.get(claim.get("paper_id") or "", ()):
            document = documents[index]
            if 0 <= start < end <= len(document) and document[start:end] == text and key not in taken[index]:
                taken[index].add(key)
                claim.paper = index
                break


def _highlight(text: str, base: int, spans: list[tuple[int, int, _Claim, str, bool]]) -> str:
    """``text`` (which starts at document offset ``base``) with one <mark> per span.

    Spans may nest (a hardware name inside a speed-up claim) or be identical; a span
    that crosses another is cut at the end of the one it started in, so marks nest.
    """
    out: list[str] = []
    pos = base
    stack: list[int] = []
    for start, end, claim, caption, repeat in sorted(spans, key=lambda s: (s[0], -s[1], s[2].i)):
        while stack and stack[-1] <= start:
            close = stack.pop()
            out.append(_e(text[pos - base:close - base]))
            out.append("</mark>")
            pos = close
        if stack and end > stack[-1]:
            end = stack[-1]
        out.append(_e(text[pos - base:start - base]))
        pos = start
        slug = _slug(claim.kind)
        out.append(f'<mark class="c k-{slug}{" same" if repeat else ""}" id="c{claim.i}" data-kind="{_e(claim.kind)}" '
                   f'tabindex="0" title="{_e(caption)}">')
        stack.append(end)
    while stack:
        close = stack.pop()
        out.append(_e(text[pos - base:close - base]))
        out.append("</mark>")
        pos = close
    out.append(_e(text[pos - base:]))
    return "".join(out)


# --------------------------------------------------------------------------- sections

def _summary(claims: list[_Claim], n_papers: int, papers_with_claims: int, kinds: list[str]) -> str:
    per_kind: dict[str, int] = defaultdict(int)
    papers_per_kind: dict[str, set] = defaultdict(set)
    for claim in claims:
        per_kind[claim.kind] += 1
        papers_per_kind[claim.kind].add(claim.get("paper_id"))
    comparative = sum(1 for c in claims if c.factor is not None)
    cards = [(n_papers, "papers"), (papers_with_claims, "papers with claims"), (len(claims), "claims"),
             (comparative, "claims with a factor")]
    parts = ['  <div class="cards">']
    parts += [f'    <div class="card"><b>{n:,}</b><span>{_e(label)}</span></div>' for n, label in cards]
    parts.append("  </div>")
    parts.append('  <div class="grid">')
    most = max(per_kind.values(), default=1)
    rows = []
    for kind in kinds:
        n = per_kind.get(kind, 0)
        width = round(120 * n / most) if most else 0
        rows.append(f'<tr class="k-{_slug(kind)}"><td>{_chip(kind)}</td><td class="num">{n:,}</td>'
                    f'<td class="num">{len(papers_per_kind.get(kind, ())):,}</td>'
                    f'<td><span class="bar" style="width:{width}px"></span></td></tr>')
    parts.append('    <div><h3>Claims per kind</h3><table class="kinds"><thead><tr><th>kind</th>'
                 '<th class="num">claims</th><th class="num">papers</th><th></th></tr></thead><tbody>'
                 + "".join(rows) + "</tbody></table></div>")
    for kind, heading in (("speedup", "Largest claimed speed-ups"), ("memory", "Largest claimed memory savings")):
        parts.append(f"    <div><h3>{_e(heading)}</h3>{_top_table(claims, kind)}</div>")
    parts.append("  </div>")
    return "\n".join(parts)


def _top_table(claims: list[_Claim], kind: str) -> str:
    best: dict[str, _Claim] = {}
    for claim in claims:
        if claim.kind != kind or claim.factor is None:
            continue
        key = claim.get("paper_id") or str(claim.i)
        if key not in best or claim.factor > best[key].factor:
            best[key] = claim
    top = sorted(best.values(), key=lambda c: (-c.factor, c.get("title") or "", c.i))[:TOP_ROWS]
    if not top:
        return f'<p class="muted">No {_e(kind)} claims with a factor.</p>'
    rows = []
    for claim in top:
        title = claim.get("title") or ""
        paper = f'<a href="#p{claim.paper}">' if claim.paper is not None else "<span>"
        paper_end = "</a>" if claim.paper is not None else "</span>"
        detail = " · ".join(_e(x) for x in (
            f"vs {claim.get('baseline')}" if claim.get("baseline") else "",
            f"on {claim.get('hardware')}" if claim.get("hardware") else "",
            claim.get("metric") or "") if x)
        text = f'<a href="#c{claim.i}">{_e(claim.get("text"))}</a>' if claim.anchor else _e(claim.get("text"))
        rows.append(f'<tr><td class="num"><b>{_e(format_factor(claim.factor))}</b></td>'
                    f'<td>{paper}{_e(_truncate(title, 70))}{paper_end}'
                    f'<div class="muted">“{text}”{" · " + detail if detail else ""}</div></td></tr>')
    return ('<table class="top"><thead><tr><th class="num">factor</th><th>paper, claim, baseline, hardware</th>'
            "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
            '<p class="note">The largest claim of each paper, as written: the papers\' own numbers, '
            "measured against different baselines.</p>")


def _ticks(lo: float, hi: float) -> list[float]:
    ticks = []
    steps = (1, 2, 5) if math.log10(hi / lo) <= 3.5 else (1,)
    for exp in range(math.floor(math.log10(lo)), math.ceil(math.log10(hi)) + 1):
        for step in steps:
            value = step * 10.0 ** exp
            if lo * 0.999 <= value <= hi * 1.001:
                ticks.append(value)
    return ticks


def _chart(claims: list[_Claim]) -> str:
    by_paper: dict[str, list[_Claim]] = defaultdict(list)
    for claim in claims:
        if claim.factor is not None and claim.factor > 0:
            by_paper[claim.get("paper_id") or f"#{claim.i}"].append(claim)
    if not by_paper:
        return '  <p class="muted">No claims with a factor: nothing to chart.</p>'
    ranked = sorted(by_paper.values(), key=lambda cs: (-max(c.factor for c in cs), cs[0].get("title") or ""))
    shown = ranked[:CHART_PAPERS]
    factors = [c.factor for cs in shown for c in cs]
    lo = min(min(factors), 1.0) / 1.25
    hi = max(max(factors), 2.0) * 1.25
    label_w, plot_w, right, top, row_h, bottom = 400, 560, 24, 30, 20, 42
    width = label_w + plot_w + right
    height = top + row_h * len(shown) + bottom

    def x(value: float) -> float:
        return label_w + plot_w * (math.log10(value) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))

    kinds_here = sorted({c.kind for cs in shown for c in cs}, key=lambda k: list(KIND_COLOURS).index(k)
                        if k in KIND_COLOURS else len(KIND_COLOURS))
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
           f'aria-labelledby="chart-title" font-size="12">',
           '<title id="chart-title">Claimed improvement factor per paper, log scale, coloured by kind</title>']
    # legend
    lx = label_w
    for kind in kinds_here:
        svg.append(f'<circle cx="{lx + 6}" cy="12" r="5" fill="{_colour(kind)}"/>'
                   f'<text x="{lx + 15}" y="16">{_e(kind)}</text>')
        lx += 24 + 7 * len(kind)
    bottom_y = top + row_h * len(shown)
    for tick in _ticks(lo, hi):
        tx = x(tick)
        svg.append(f'<line class="{"one" if tick == 1 else "grid-line"}" x1="{tx:.1f}" y1="{top - 4}" '
                   f'x2="{tx:.1f}" y2="{bottom_y}"/>')
        svg.append(f'<text x="{tx:.1f}" y="{bottom_y + 16}" text-anchor="middle">{_e(_g(tick))}×</text>')
    svg.append(f'<line class="axis" x1="{label_w}" y1="{bottom_y}" x2="{label_w + plot_w}" y2="{bottom_y}"/>')
    svg.append(f'<text x="{label_w + plot_w / 2}" y="{bottom_y + 34}" text-anchor="middle" fill="#5b6475">'
               f"claimed factor (log scale; 1× = no change, left of it = worse)</text>")
    for row, paper_claims in enumerate(shown):
        cy = top + row_h * row + row_h / 2
        first = paper_claims[0]
        title = first.get("title") or ""
        label = _e(_truncate(title, 50))
        text = (f'<text x="{label_w - 10}" y="{cy + 4:.1f}" text-anchor="end">'
                f"<title>{_e(title)}</title>{label}</text>")
        svg.append(f'<a href="#p{first.paper}">{text}</a>' if first.paper is not None else text)
        values = [c.factor for c in paper_claims]
        if len(values) > 1:
            svg.append(f'<line class="span" x1="{x(min(values)):.1f}" y1="{cy:.1f}" '
                       f'x2="{x(max(values)):.1f}" y2="{cy:.1f}"/>')
        dots = sorted(paper_claims, key=lambda c: -c.factor)[:CHART_DOTS_PER_PAPER]
        for claim in dots:
            caption = f"{format_factor(claim.factor)} {claim.kind}\n“{claim.get('text')}”\n{claim.caption()}"
            svg.append(f'<circle cx="{x(claim.factor):.1f}" cy="{cy:.1f}" r="5" fill="{_colour(claim.kind)}" '
                       f'fill-opacity="0.85" stroke="#fff" stroke-width="1"><title>{_e(caption)}</title></circle>')
    svg.append("</svg>")
    note = (f"The {len(shown)} papers with the largest claimed factors"
            + (f" (of {len(ranked):,} papers with a factor)" if len(ranked) > len(shown) else "")
            + "; one dot per claim, coloured by kind; point at a dot for the claim. "
            "Factors are the papers' own claims against their own baselines.")
    return f'  <figure>{"".join(svg)}<figcaption>{_e(note)}</figcaption></figure>'


def _table(claims: list[_Claim], kinds: list[str], page: int) -> str:
    rows = claims[:MAX_TABLE_ROWS]
    counts: dict[str, int] = defaultdict(int)
    for claim in claims:
        counts[claim.kind] += 1
    order = {kind: n for n, kind in enumerate(kinds)}
    options = [f'<option value="">all kinds ({len(claims):,})</option>']
    options += [f'<option value="{_e(kind)}">{_e(kind)} ({counts[kind]:,})</option>' for kind in kinds if counts.get(kind)]
    parts = ['  <div class="controls">',
             f'    <label>Kind <select id="kind-filter">{"".join(options)}</select></label>',
             '    <label>Text <input id="text-filter" type="search" placeholder="title, claim, baseline, hardware"></label>',
             f'    <span class="muted"><b id="shown-count">{len(rows)}</b> of {len(rows):,} claims match</span>',
             f'    <span id="paging" class="muted"{"" if len(rows) > page else " hidden"}>the first '
             f'<b id="page-count">{min(page, len(rows))}</b> are listed '
             f'<button type="button" id="show-more">show {page:,} more</button> '
             '<button type="button" id="show-all">show all</button></span>',
             "  </div>"]
    if len(claims) > len(rows):
        parts.append(f'  <p class="note">The table lists the first {len(rows):,} of {len(claims):,} claims; '
                     "load the Parquet files for the rest.</p>")
    head = ('<thead><tr><th data-sort="order" aria-sort="none"><button type="button">paper</button></th>'
            '<th data-sort="kindorder" aria-sort="none"><button type="button">kind</button></th>'
            "<th>claim</th><th class=\"num\">value</th>"
            '<th class="num" data-sort="factor" data-first="descending" aria-sort="none">'
            '<button type="button">factor</button></th>'
            "<th>baseline</th><th>hardware</th><th>metric</th></tr></thead>")
    body = []
    for n, claim in enumerate(rows):
        title = claim.get("title") or ""
        factor_attr = "" if claim.factor is None else repr(claim.factor)
        paper = (f'<a href="#p{claim.paper}" title="{_e(title)}">{_e(_truncate(title, 48))}</a>'
                 if claim.paper is not None else f'<span title="{_e(title)}">{_e(_truncate(title, 48))}</span>')
        text = _e(claim.get("text"))
        if claim.anchor:
            text = f'<a href="#c{claim.i}">{text}</a>'
        value = claim.number if claim.kind != "hardware" else " · ".join(
            x for x in (f"{claim.get('count')}×" if claim.get("count") else "", claim.get("memory") or "") if x)
        baseline, hardware, metric = (claim.get(k) or "" for k in ("baseline", "hardware", "metric"))
        if claim.kind == "hardware":
            hardware = claim.get("entity") or hardware
        body.append(f'<tr{" hidden" if n >= page else ""} data-kind="{_e(claim.kind)}" data-kindorder="{order.get(claim.kind, len(order))}" '
                    f'data-factor="{factor_attr}" data-order="{n}">'
                    f'<td class="clip">{paper}</td><td>{_chip(claim.kind)}</td><td class="claim">{text}</td>'
                    f'<td class="num wrap">{_e(value)}</td><td class="num">{_e(format_factor(claim.factor))}</td>'
                    f'<td>{_e(baseline)}</td><td>{_e(hardware)}</td><td>{_e(metric)}</td></tr>')
    columns = "".join(f'<col style="width:{w}">' for w in ("19%", "9%", "18%", "9%", "7%", "15%", "11%", "12%"))
    parts.append(f'  <div class="table-wrap"><table id="claims-table" data-page="{page}"><colgroup>{columns}</colgroup>{head}<tbody>\n'
                 + "\n".join(body) + "\n</tbody></table></div>")
    return "\n".join(parts)


def _papers_section(papers: list[dict], documents: list[str], claims: list[_Claim], shown: list[int],
                    hidden: int) -> str:
    per_paper: dict[int, list[_Claim]] = defaultdict(list)
    for claim in claims:
        if claim.paper is not None:
            per_paper[claim.paper].append(claim)
    parts = []
    unplaced = sum(1 for c in claims if c.paper is None)
    if unplaced:
        parts.append(f'  <p class="note">{unplaced:,} claims are not highlighted: their paper is not shown here '
                     "or their offsets do not point at their text in it.</p>")
    if hidden:
        parts.append(f'  <p class="note">{hidden:,} more papers are not shown here '
                     f"(the page lists papers with claims first, at most {MAX_ABSTRACTS:,}).</p>")
    for index in shown:
        paper = papers[index]
        title = _str(paper.get("title")) or ""
        abstract = _str(paper.get("abstract")) or ""
        own = per_paper.get(index, [])
        same_span: dict[tuple[int, int], list[_Claim]] = defaultdict(list)
        for claim in own:
            same_span[(int(claim.row["start"]), int(claim.row["end"]))].append(claim)
        title_spans, abstract_spans = [], []
        split = len(title)
        for (start, end), group in same_span.items():
            # identical spans (one sentence naming four GPUs) nest; the innermost mark's
            # tooltip is the one shown, so each lists every claim on that span
            caption = "\n\n".join(c.caption() for c in group)
            for n, claim in enumerate(group):
                claim.anchor = True
                # only the outermost of identical marks is tinted, or the colours would pile up
                span = (start, min(end, split)) if start < split else (max(start, split + 1), end)
                (title_spans if start < split else abstract_spans).append((*span, claim, caption, n > 0))
        meta = [f"{len(own)} claim{'s' if len(own) != 1 else ''}", _e(paper.get("paper_id"))]
        where = _str(paper.get("source"))
        if where:
            record = _str(paper.get("record"))
            meta.append(_e(f"{os.path.basename(where)}:{record}" if record else os.path.basename(where)))
        url = _str(paper.get("url"))
        if url and url.lower().startswith(("https://", "http://")):
            meta.append(f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a>')
        klass = "paper" if own else "paper none"
        parts.append(f'<article class="{klass}" id="p{index}"><h3>{_highlight(title, 0, title_spans)}</h3>'
                     f'<p class="meta">{" · ".join(meta)}</p>'
                     f'<p class="abstract">{_highlight(abstract, split + 1, abstract_spans)}</p></article>')
    return "\n".join(parts)


# --------------------------------------------------------------------------- the page

def build_report(
    claims: pd.DataFrame,
    papers: pd.DataFrame,
    *,
    title: str = "Claims report",
    about: Optional[str] = None,
    version: Optional[str] = None,
    spec_version: Optional[str] = None,
    table_page: int = TABLE_PAGE,
) -> str:
    """The report page for ``claims`` and ``papers`` (frames as :func:`extractor.load` returns).

    The claims table lists ``table_page`` matching rows at a time (a "show more"
    button adds more); every abstract is shown up to ``ALL_ABSTRACTS_UP_TO`` papers.
    """
    from schemas import SPEC_VERSION

    from .. import __version__
    from ..api import KINDS

    paper_rows = papers.to_dict("records")
    documents = [f"{_str(p.get('title')) or ''}\n{_str(p.get('abstract')) or ''}" for p in paper_rows]
    paper_ids = [_str(p.get("paper_id")) or "" for p in paper_rows]
    items = [_Claim(i, row) for i, row in enumerate(claims.to_dict("records"))]
    _place_claims(items, documents, paper_ids)

    with_claims = sorted({c.paper for c in items if c.paper is not None})
    if len(paper_rows) <= ALL_ABSTRACTS_UP_TO:
        shown = list(range(len(paper_rows)))
    else:
        shown = with_claims[:MAX_ABSTRACTS]
    hidden = len(paper_rows) - len(shown)
    shown_set = set(shown)
    for claim in items:
        if claim.paper is not None and claim.paper not in shown_set:
            claim.paper = None
    papers_html = _papers_section(paper_rows, documents, items, shown, hidden)  # sets claim.anchor

    seen = {c.kind for c in items}
    kinds = [k for k in KINDS] + sorted(seen - set(KINDS))
    papers_with_claims = len({c.get("paper_id") for c in items})
    legend = " ".join(_chip(k) for k in kinds if k in seen) or '<span class="muted">no claims</span>'
    default_about = (f"{len(paper_rows):,} papers, {len(items):,} claims")
    values = {
        "page_title": _e(title),
        "about": _e(about or default_about),
        "version": _e(version or __version__),
        "spec_version": _e(spec_version or SPEC_VERSION),
        "css": _resource("report.css"),
        "kind_css": _kind_css(kinds),
        "legend": legend,
        "summary": _summary(items, len(paper_rows), papers_with_claims, [k for k in kinds if k in seen] or list(KINDS)),
        "chart": _chart(items),
        "table": _table(items, kinds, max(1, table_page)),
        "papers": papers_html,
        "js": _resource("report.js"),
    }
    page = _resource("template.html")
    # one pass, so text that happens to contain "{{...}}" is never substituted again
    out, pos = [], 0
    while True:
        start = page.find("{{", pos)
        if start < 0:
            out.append(page[pos:])
            break
        end = page.index("}}", start)
        out.append(page[pos:start])
        out.append(values[page[start + 2:end]])
        pos = end + 2
    return "".join(out)


def _about(folder: Path) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(about line, version, spec version) from the Parquet metadata of the dataset."""
    import json

    import pyarrow.parquet as pq

    try:
        meta = {k.decode(): v.decode() for k, v in (pq.read_schema(folder / "claims.parquet").metadata or {}).items()}
    except Exception:  # noqa: BLE001 - the metadata only decorates the page
        return None, None, None
    try:
        inputs = ", ".join(os.path.basename(i) for i in json.loads(meta.get("claims_extractor.inputs", "[]")))
    except ValueError:
        inputs = ""
    started = meta.get("claims_extractor.started_at", "")
    return ((f"from {inputs}" if inputs else "") + (f", extracted {started}" if started else "")) or None, \
        meta.get("claims_extractor.version"), meta.get("claims_extractor.spec_version")


def write_report(folder: str | os.PathLike, output: str | os.PathLike | None = None, *,
                 title: Optional[str] = None) -> tuple[Path, int, int]:
    """Read the dataset in ``folder`` and write its report (default ``folder/report.html``).

    Returns ``(path, papers, claims)``. Raises ``InputError`` when the folder is
    not a dataset and ``OutputError`` when the page cannot be written; the page
    is written to a temporary file and renamed, so a failure leaves no half page.
    """
    from ..api import load
    from ..errors import InputError, OutputError

    folder = Path(folder)
    try:
        claims, papers = load(folder)
    except (FileNotFoundError, ValueError) as exc:
        raise InputError(folder, str(exc).removeprefix(f"{folder}: ")) from None
    about, version, spec = _about(folder)
    counts = f"{len(papers):,} papers, {len(claims):,} claims"
    page = build_report(claims, papers, title=title or f"Claims report: {folder.resolve().name}",
                        about=f"{counts} {about}" if about else counts, version=version, spec_version=spec)
    target = Path(output) if output is not None else folder / REPORT_FILE
    if target.is_dir():
        target = target / REPORT_FILE
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".claims-tmp-", suffix=".html", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(page)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        raise OutputError(f"{target}: cannot write the report: {exc.strerror or exc}") from None
    return target, len(papers), len(claims)
