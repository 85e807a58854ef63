"""The HTML report: structure, escaping, no network resources, the CLI, and the page in headless Chromium."""

from __future__ import annotations

import base64
import fcntl
import json
import os
import re
import select
import shutil
import subprocess
import time
from collections import Counter
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from extractor import load
from extractor.api import claims_frame, papers_frame
from extractor.cli import main
from extractor.report import build_report, format_factor, format_value
from schemas import CLAIMS_SCHEMA, PAPERS_SCHEMA

from .conftest import run_cli, write_jsonl

HOSTILE_TITLE = '<script>alert("title")</script> FastKV: 3x faster </textarea><b>serving'
HOSTILE = [
    {"id": "2401.00001", "url": "https://arxiv.org/abs/2401.00001", "title": HOSTILE_TITLE,
     "abstract": "We make decoding up to 3.5x faster than vLLM on 8 NVIDIA H100 GPUs and reduce "
                 "peak memory by 40%. <img src=x onerror=alert(1)> <script src=https://cdn.example/x.js></script>"},
    {"url": "javascript:alert(2)", "title": "A title with \"quotes\" & <i>markup</i>",
     "abstract": "Our kernels run 2.5x faster than FlashAttention-2 on an NVIDIA A100."},
]


@pytest.fixture(scope="module")
def dataset(tmp_path_factory, sample_frame):
    """The shipped sample plus hostile records, extracted with ``claims extract --report``."""
    folder = tmp_path_factory.mktemp("report")
    records = sample_frame.to_dict("records") + HOSTILE
    source = write_jsonl(folder / "papers.jsonl", records)
    out = folder / "out"
    assert main(["extract", str(source), "-o", str(out), "-j", "1", "-q", "--report"]) == 0
    claims, papers = load(out)
    return out, claims, papers, (out / "report.html").read_text(encoding="utf-8")


class Page(HTMLParser):
    """What the tests check in a page: highlights and their text, scripts, resource URLs, nesting."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    RESOURCE_ATTRS = {"src", "srcset", "data", "poster", "background", "action", "formaction", "xlink:href",
                      "ping", "manifest", "codebase", "cite", "longdesc", "lowsrc", "dynsrc", "profile"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.marks: dict[str, dict] = {}
        self.open_marks: list[str] = []
        self.tags: Counter = Counter()
        self.scripts: list[dict] = []
        self.resources: list[tuple[str, str, str]] = []
        self.links: list[str] = []
        self.styles: list[str] = []
        self.text_by_id: dict[str, list[str]] = {}
        self.open_ids: list[tuple[str, int]] = []
        self.errors: list[str] = []
        self.rows: list[dict] = []
        self.urls: list[tuple[str, str, str]] = []  # every attribute holding an absolute URL

    def handle_starttag(self, tag, attrs):
        attrs_d = dict(attrs)
        self.tags[tag] += 1
        for name, value in attrs:
            if value and re.match(r"\s*([a-z][a-z0-9+.-]*:)?//", value, re.I):
                self.urls.append((tag, name, value))
            if name in self.RESOURCE_ATTRS or (name == "href" and tag != "a"):
                self.resources.append((tag, name, value or ""))
            if name == "style":
                self.styles.append(value or "")
            if name.startswith("on"):
                self.errors.append(f"event handler attribute {name} on <{tag}>")
        if tag == "a" and "href" in attrs_d:
            self.links.append(attrs_d["href"] or "")
        if tag == "script":
            self.scripts.append(attrs_d)
        if tag == "tr" and "data-kind" in attrs_d:
            self.rows.append(attrs_d)
        if tag == "mark" and "c" in (attrs_d.get("class") or "").split():
            self.marks[attrs_d["id"]] = attrs_d
            self.open_marks.append(attrs_d["id"])
            self.text_by_id[attrs_d["id"]] = []
        if "id" in attrs_d and tag in ("article", "h3"):
            self.text_by_id.setdefault(attrs_d["id"], [])
            self.open_ids.append((attrs_d["id"], len(self.stack)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()
        if tag == "mark" and self.open_marks:
            self.open_marks.pop()
        while self.open_ids and self.open_ids[-1][1] >= len(self.stack):
            self.open_ids.pop()

    def handle_data(self, data):
        for mark in self.open_marks:
            self.text_by_id[mark].append(data)
        for name, _ in self.open_ids:
            self.text_by_id[name].append(data)
        if self.stack and self.stack[-1] == "style":
            self.styles.append(data)

    def text(self, element_id: str) -> str:
        return "".join(self.text_by_id[element_id])


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


def claims_from(rows: list[dict]) -> pd.DataFrame:
    full = [{name: row.get(name) for name in CLAIMS_SCHEMA.names} for row in rows]
    return claims_frame(pa.Table.from_pylist(full, schema=CLAIMS_SCHEMA))


def papers_from(rows: list[dict]) -> pd.DataFrame:
    full = [{name: row.get(name) for name in PAPERS_SCHEMA.names} for row in rows]
    return papers_frame(pa.Table.from_pylist(full, schema=PAPERS_SCHEMA))


# --------------------------------------------------------------------------- structure


def test_page_parses_and_has_one_highlight_per_claim_with_its_text(dataset):
    _, claims, papers, page = dataset
    parsed = parse(page)
    assert parsed.errors == []
    assert parsed.stack == []  # every element closed, in order
    assert len(claims) > 200
    assert len(parsed.marks) == len(claims)
    # mark c<i> is claim i: its kind and, since no two claims in this data cross, its exact words
    for i, claim in enumerate(claims.itertuples()):
        mark = parsed.marks[f"c{i}"]
        assert mark["data-kind"] == claim.kind
        assert parsed.text(f"c{i}") == claim.text
        for word in (claim.kind, claim.bound, claim.baseline, claim.hardware):
            if isinstance(word, str):
                assert word in mark["title"], (i, word, mark["title"])
    # the table lists every claim once, with its kind and factor for filtering and sorting
    assert Counter(r["data-kind"] for r in parsed.rows) == Counter(claims.kind.astype(str))
    factors = sorted(float(r["data-factor"]) for r in parsed.rows if r["data-factor"])
    assert factors == sorted(claims.factor.dropna().astype(float))
    # every paper has an article, also the ones without claims
    assert parsed.tags["article"] == len(papers)


def test_page_loads_nothing_from_the_network(dataset):
    page = dataset[3]
    parsed = parse(page)
    assert parsed.resources == []  # no src=, no <link href>, no <use href> ...
    assert parsed.tags["img"] == parsed.tags["link"] == parsed.tags["iframe"] == parsed.tags["object"] == 0
    assert parsed.scripts == [{}]  # one inline script, no src
    styles = "\n".join(parsed.styles)
    assert "url(" not in styles and "@import" not in styles and "@font-face" not in styles
    # absolute URLs in markup: the SVG namespace and the hostile paper's own (clickable) link;
    # URLs in abstracts ("code at https://github.com/...") and the hostile script's src are text
    assert set(parsed.urls) == {("svg", "xmlns", "http://www.w3.org/2000/svg"),
                                ("a", "href", "https://arxiv.org/abs/2401.00001")}
    assert "https://cdn.example/x.js" in page and "https://github.com/" in page


def test_hostile_input_is_rendered_as_text(dataset):
    _, claims, papers, page = dataset
    parsed = parse(page)
    assert "<script>alert" not in page and "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;" in page
    assert parsed.tags["script"] == 1 and parsed.tags["textarea"] == 0 and parsed.tags["img"] == 0
    index = papers.index[papers.title == HOSTILE_TITLE][0]
    assert parsed.text(f"p{index}").startswith(HOSTILE_TITLE)
    assert "<img src=x onerror=alert(1)>" in parsed.text(f"p{index}")
    # a URL that is not http(s) does not become a link
    assert "https://arxiv.org/abs/2401.00001" in parsed.links
    assert not any(link.lower().startswith("javascript:") for link in parsed.links)
    # the hostile paper's claims are highlighted like any other
    hostile = claims[claims.title == HOSTILE_TITLE]
    assert {"speedup", "memory"} <= set(hostile.kind.astype(str))


def test_nested_identical_and_crossing_spans_give_one_mark_each():
    title = "Fast serving"
    abstract = "Up to 3.5x faster on 8 NVIDIA H100 GPUs and AMD MI300X GPUs than vLLM."
    document = f"{title}\n{abstract}"

    def claim(kind, text, start=None, **extra):
        start = document.index(text) if start is None else start
        row = {"claim_id": f"{kind}-{start}", "paper_id": "p1", "title": title, "kind": kind, "text": text,
               "start": start, "end": start + len(text), "sentence": abstract, "method": "test"}
        row.update(extra)
        return row

    outer = "3.5x faster on 8 NVIDIA H100 GPUs"
    crossing_start = document.index("H100 GPUs and AMD")
    rows = [
        claim("speedup", outer, value_low=3.5, value=3.5, unit="x", bound="up_to", factor=3.5,
              direction="increase", baseline="vLLM", hardware="NVIDIA H100"),
        claim("hardware", "8 NVIDIA H100 GPUs", entity="NVIDIA H100", count=8),  # nested in the speed-up
        claim("hardware", "AMD MI300X GPUs", entity="AMD MI300X"),
        claim("other", "AMD MI300X GPUs", value_low=1.0, value=1.0, unit="gpus", bound="exact"),  # identical
        claim("other", document[crossing_start:crossing_start + 17], start=crossing_start,  # crosses the speed-up
              value_low=2.0, value=2.0, unit="gpus", bound="exact"),
    ]
    claims = claims_from(rows)
    papers = papers_from([{"paper_id": "p1", "title": title, "abstract": abstract, "source": "mem",
                           "record": 1, "n_claims": 5}])
    parsed = parse(build_report(claims, papers))
    assert parsed.errors == [] and parsed.stack == []
    assert sorted(parsed.marks) == [f"c{i}" for i in range(5)]
    assert parsed.text("c0") == outer and parsed.text("c1") == "8 NVIDIA H100 GPUs"
    assert parsed.text("c2") == parsed.text("c3") == "AMD MI300X GPUs"
    assert parsed.text("c4") == "H100 GPUs"  # cut where the speed-up it starts in ends
    # identical spans: the tooltip of each lists both claims (the innermost one is what shows)
    assert "AMD MI300X" in parsed.marks["c3"]["title"] and "gpus" in parsed.marks["c2"]["title"]
    tooltip = parsed.marks["c0"]["title"]
    assert all(w in tooltip for w in ("speedup", "3.5", "up_to", "vLLM", "NVIDIA H100", "unit: x"))


def test_summary_lists_the_largest_claims_and_counts(dataset):
    _, claims, papers, page = dataset
    summary = page[page.index('<section id="summary">'):page.index('<section id="chart">')]
    assert f"<b>{len(papers):,}</b><span>papers</span>" in summary
    assert f"<b>{len(claims):,}</b><span>claims</span>" in summary
    for kind, heading in (("speedup", "Largest claimed speed-ups"), ("memory", "Largest claimed memory savings")):
        table = summary[summary.index(heading):].split("</table>")[0]
        rows = table.split("<tr>")[2:]
        best = claims[claims.kind == kind].sort_values(["factor", "title"], ascending=[False, True], kind="stable")
        best = best.drop_duplicates("paper_id")  # the largest claim of each paper
        assert len(rows) == min(10, len(best))
        for row, claim in zip(rows, best.itertuples()):
            assert f"<b>{format_factor(claim.factor)}</b>" in row
            assert escape(claim.text) in row
    chart = page[page.index('<section id="chart">'):page.index('<section id="claims">')]
    assert chart.count("<circle") > 20 and "<svg" in chart and "log scale" in chart


@pytest.mark.parametrize("low, high, unit, text", [
    (8.2, 8.2, "x", "8.2×"), (1.9, 38.8, "x", "1.9–38.8×"), (53.0, 53.0, "%", "53%"), (7e9, 7e9, "params", "7B"),
    (5e8, 3.2e10, "params", "500M–32B"), (128000.0, 128000.0, "tokens", "128K tokens"), (3.0, 3.0, "gpu days", "3 gpu days"),
    (2.0, 2.0, "pp", "2 pp"), (32.0, 32.0, "count", "32"), (None, None, None, ""),
])
def test_values_are_written_for_people(low, high, unit, text):
    assert format_value(low, high, unit) == text


def test_factors_are_rounded_to_three_digits():
    assert [format_factor(f) for f in (2000.0, 4.347826, 1.6508, 0.37037, 25.0)] == \
        ["2000×", "4.35×", "1.65×", "0.37×", "25×"]
    assert format_factor(None) == ""


def test_report_command_writes_the_page(dataset, tmp_path):
    out = dataset[0]
    target = tmp_path / "sub" / "review.html"
    proc = run_cli("report", str(out), "-o", str(target))
    assert proc.returncode == 0, proc.stderr
    assert f"report: {target}" in proc.stdout
    parsed = parse(target.read_text(encoding="utf-8"))
    assert len(parsed.marks) == len(dataset[1])
    assert not list(target.parent.glob(".claims-tmp-*"))


def test_report_command_on_a_folder_without_a_dataset(tmp_path, capsys):
    assert main(["report", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"claims: error: {tmp_path}") and "claims.parquet" in err and "\n" not in err
    assert not (tmp_path / "report.html").exists()


def test_report_command_cannot_write(dataset, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["report", str(dataset[0]), "-o", str(blocker / "report.html")]) == 1
    assert "cannot write the report" in capsys.readouterr().err


def test_extract_without_report_flag_writes_no_page(tmp_path, sample_frame):
    source = write_jsonl(tmp_path / "p.jsonl", sample_frame.head(3).to_dict("records"))
    assert main(["extract", str(source), "-o", str(tmp_path / "out"), "-j", "1", "-q"]) == 0
    assert not (tmp_path / "out" / "report.html").exists()


# --------------------------------------------------------------------------- headless Chromium

def chromium_or_skip() -> str:
    """The Chromium binary; skip only where it cannot be installed, and never quietly on CI."""
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    unavailable = os.environ.get("CLAIMS_CHROMIUM_UNAVAILABLE")
    if unavailable:  # set by .ci/run when the package cannot be installed on this machine
        pytest.skip(f"Chromium cannot be installed here: {unavailable}")
    if os.environ.get("CI"):
        pytest.fail("Chromium is missing on CI: .ci/run installs Debian's chromium package before the "
                    "tests (and says why when it cannot); run the tests through .ci/run")
    pytest.skip("Chromium is not installed: `apt-get install -y chromium` (Debian's package; .ci/run "
                "installs it on CI)")


class Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe)."""

    FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", "--mute-audio", "--remote-debugging-pipe"]

    def __init__(self, binary: str, profile: Path, timeout: float = 60.0):
        self.timeout = timeout
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()
        # the protocol pipe is fd 3 (commands in) and fd 4 (replies out) in the child
        high_r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD_CLOEXEC, 10)
        high_w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD_CLOEXEC, 10)

        def child_fds():
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.proc = subprocess.Popen(
            [binary, *self.FLAGS, f"--user-data-dir={profile}", "--window-size=1280,900", "about:blank"],
            pass_fds=(3, 4), preexec_fn=child_fds, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE)
        for fd in (to_child_r, from_child_w, high_r, high_w):
            os.close(fd)
        self._buffer = b""
        self._id = 0
        self.events: list[dict] = []
        self.session: str | None = None

    def _receive(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_child], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer over the DevTools pipe")
            chunk = os.read(self._from_child, 1 << 16)
            if not chunk:
                raise EOFError(f"Chromium exited: {self.proc.stderr.read().decode(errors='replace')[-2000:]}")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, params: dict | None = None, *, session: bool = True) -> dict:
        self._id += 1
        message = {"id": self._id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._receive(deadline)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str) -> dict:
        deadline = time.monotonic() + self.timeout
        while True:
            for event in self.events:
                if event.get("method") == method:
                    return event
                if event.get("method") == "Page.javascriptDialogOpening":  # blocks the page: fail now
                    raise AssertionError(f"the page opened a dialog: {event['params'].get('message')!r}")
            self.events.append(self._receive(deadline))

    def open(self, url: str) -> None:
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")
        self.call("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def js(self, expression: str):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def set(self, element_id: str, value: str, event: str) -> None:
        """Set a form field's value and fire the event a user's change would."""
        self.js(f"(() => {{ const field = document.getElementById({json.dumps(element_id)}); "
                f"field.value = {json.dumps(value)}; field.dispatchEvent(new Event({json.dumps(event)})); }})()")

    def screenshot(self, path: Path) -> bytes:
        data = base64.b64decode(self.call("Page.captureScreenshot", {"format": "png"})["data"])
        path.write_bytes(data)
        return data

    def close(self) -> None:
        try:
            self.call("Browser.close", session=False)
        except (OSError, EOFError, TimeoutError, RuntimeError):
            pass
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_child)
        os.close(self._from_child)
        self.proc.stderr.close()

    def problems(self) -> list[str]:
        """JavaScript exceptions, console errors and warnings, log errors, alert()s seen so far."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(f"exception: {params['exceptionDetails']}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
                found.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
                found.append(f"log {params['entry']['level']}: {params['entry'].get('text')} "
                             f"{params['entry'].get('url', '')}")
            elif method == "Page.javascriptDialogOpening":
                found.append(f"dialog: {params.get('message')}")
        return found


@pytest.fixture
def browser(tmp_path):
    binary = chromium_or_skip()
    instance = Browser(binary, tmp_path / "profile")
    yield instance
    instance.close()


def test_report_in_headless_chromium(dataset, browser, tmp_path):
    out, claims, papers, _ = dataset
    page = (out / "report.html").resolve()
    browser.open(page.as_uri())

    # the page's script ran to its end, without errors
    assert browser.js("document.documentElement.getAttribute('data-report-ready')") == "1"
    assert browser.js("document.documentElement.getAttribute('data-report-errors')") is None
    assert browser.problems() == []
    # nothing but the file itself was requested
    requested = [e["params"]["request"]["url"] for e in browser.events if e.get("method") == "Network.requestWillBeSent"]
    assert requested == [page.as_uri()]
    # hostile input stayed text: one script element, the title rendered literally
    assert browser.js("document.scripts.length") == 1
    assert browser.js("document.querySelectorAll('img, iframe, textarea').length") == 0
    assert HOSTILE_TITLE in browser.js("Array.from(document.querySelectorAll('article h3'), h => h.textContent)")
    assert browser.js("document.querySelectorAll('mark.c').length") == len(claims)

    # the chart is drawn: an SVG with one dot per comparative claim of the papers it shows
    assert browser.js("document.querySelector('#chart svg').getBoundingClientRect().height") > 300
    assert browser.js("document.querySelectorAll('#chart circle[r=\"5\"]').length") > 20

    # filtering by kind shows exactly that kind's claims and dims other highlights
    visible = ("Array.from(document.querySelectorAll('#claims-table tbody tr'))"
               ".filter(r => !r.hidden)")
    browser.set("kind-filter", "memory", "change")
    memory = int((claims.kind == "memory").sum())
    assert browser.js(f"{visible}.length") == memory > 0
    assert browser.js(f"{visible}.every(r => r.dataset.kind === 'memory')")
    assert browser.js("document.getElementById('shown-count').textContent") == str(memory)
    assert browser.js("getComputedStyle(document.querySelector('mark.k-speedup')).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert browser.js("getComputedStyle(document.querySelector('mark.k-memory')).backgroundColor") != "rgba(0, 0, 0, 0)"

    # sorting by factor: largest first, then smallest first on the second click
    factors = f"{visible}.map(r => parseFloat(r.dataset.factor))"
    browser.js("document.querySelector('th[data-sort=factor] button').click()")
    first = browser.js(factors)
    assert first == sorted(claims.factor[claims.kind == "memory"].astype(float), reverse=True)
    browser.js("document.querySelector('th[data-sort=factor] button').click()")
    assert browser.js(factors) == sorted(first)
    # text filter on top of the kind filter, then back to every claim
    browser.set("kind-filter", "", "change")
    browser.set("text-filter", "vLLM", "input")
    with_vllm = browser.js(f"{visible}.length")
    assert 0 < with_vllm < len(claims)
    browser.set("text-filter", "", "input")
    assert browser.js(f"{visible}.length") == len(claims)

    shot = browser.screenshot(tmp_path / "report.png")
    assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 20_000
    assert browser.problems() == []


def test_table_lists_a_page_at_a_time(dataset, browser, tmp_path):
    _, claims, papers, _ = dataset
    page_file = tmp_path / "paged.html"
    page_file.write_text(build_report(claims, papers, table_page=40), encoding="utf-8")
    parsed = parse(page_file.read_text(encoding="utf-8"))
    assert sum("hidden" in row for row in parsed.rows) == len(claims) - 40  # without JavaScript: <noscript> shows them
    browser.open(page_file.as_uri())
    assert browser.js("document.documentElement.getAttribute('data-report-ready')") == "1"
    visible = "Array.from(document.querySelectorAll('#claims-table tbody tr')).filter(r => !r.hidden)"
    assert browser.js(f"{visible}.length") == 40
    assert browser.js("document.getElementById('paging').hidden") is False
    assert browser.js("document.getElementById('shown-count').textContent") == str(len(claims))
    browser.js("document.getElementById('show-more').click()")
    assert browser.js(f"{visible}.length") == 80
    # sorting by factor lists the largest factors of all claims, not of the first page
    browser.js("document.querySelector('th[data-sort=factor] button').click()")
    top = sorted(claims.factor.dropna().astype(float), reverse=True)[:80]
    assert browser.js(f"{visible}.map(r => parseFloat(r.dataset.factor))") == top
    # a new filter starts again at one page
    browser.set("kind-filter", "speedup", "change")
    speedup = int((claims.kind == "speedup").sum())
    assert browser.js(f"{visible}.length") == min(40, speedup)
    browser.js("document.getElementById('show-all').click()")
    assert browser.js(f"{visible}.length") == speedup
    assert browser.js("document.getElementById('paging').hidden") is True
    assert browser.problems() == []


def test_extract_report_with_the_dask_engine(tmp_path, sample_frame):
    pytest.importorskip("dask.distributed", reason="the Dask engine needs claims-extractor[dask]")
    source = write_jsonl(tmp_path / "p.jsonl", sample_frame.head(20).to_dict("records"))
    out = tmp_path / "out"
    assert main(["extract", str(source), "-o", str(out), "--engine", "dask", "-j", "1", "-q", "--report"]) == 0
    assert (out / "claims").is_dir() and not (out / "claims.parquet").exists()
    claims, papers = load(out)
    parsed = parse((out / "report.html").read_text(encoding="utf-8"))
    assert len(papers) == 20 and parsed.tags["article"] == 20
    assert len(parsed.marks) == len(claims) > 10
