"""Scoring extracted claims against a gold file (spec section 6).

Per paper, the distinct claims of each kind are compared:

* numeric kinds match on kind, unit, and value_low and value within 1%
  relative;
* ``hardware`` matches on the model part of the canonical name, case-
  insensitive and ignoring spaces and hyphens ("A100" ~ "NVIDIA A100",
  "TPU v4" ~ "TPUv4").  Vendor-level mentions ("NVIDIA GPU", "AMD GPU")
  keep their vendor, so that "AMD GPU" and "NVIDIA GPU" stay two claims;
* ``other`` is not scored; a claim stated twice in one paper counts once.

Precision, recall and F1 are given per kind and micro-averaged over the
primary kinds; ``bound``, ``baseline`` and ``hardware`` are scored as
attribute accuracy on the matched claims.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from schemas import PRIMARY_KINDS, Kind

from .errors import InputError
from .hardware import load_catalogue

SCORED_KINDS = tuple(k.value for k in Kind if k is not Kind.OTHER)
PRIMARY = tuple(k.value for k in PRIMARY_KINDS)
#: vendor-level mentions keep their vendor when scored ("AMD GPU" is not "NVIDIA GPU")
_VENDOR_LEVEL = {"gpu", "cpu"}
_DETERMINERS = re.compile(r"^(?:the|a|an|our|their|its)\s+")
_NON_WORD = re.compile(r"[^\w\s]")


def normalise_title(title: str) -> str:
    return " ".join(title.lower().split())


def hardware_key(entity: str | None) -> str:
    """The model part of a canonical hardware name, lower case, without spaces ("TPU v4" ~ "TPUv4")."""
    if not entity:
        return ""
    name = " ".join(entity.split())
    vendors = sorted(load_catalogue().vendor_lines, key=len, reverse=True)
    for vendor in vendors:
        if name.lower().startswith(vendor.lower() + " "):
            model = name[len(vendor) + 1:]
            if model.lower() not in _VENDOR_LEVEL:
                name = model
            break
    return re.sub(r"[\s\-]+", "", name.lower())


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) <= 0.01 * max(abs(a), abs(b))


def _same(gold: dict, pred: dict) -> bool:
    if gold["kind"] != pred["kind"]:
        return False
    if gold["kind"] == "hardware":
        return hardware_key(gold.get("entity")) == hardware_key(pred.get("entity"))
    return (gold.get("unit") == pred.get("unit") and _close(gold.get("value_low"), pred.get("value_low"))
            and _close(gold.get("value"), pred.get("value")))


def _distinct(claims: Iterable[dict]) -> list[dict]:
    out: list[dict] = []
    for c in claims:
        if c["kind"] not in SCORED_KINDS:
            continue
        if not any(_same(c, o) for o in out):
            out.append(c)
    return out


def normalise_phrase(text: str | None) -> str:
    if not text:
        return ""
    t = _NON_WORD.sub(" ", text.lower())
    t = " ".join(t.split())
    return _DETERMINERS.sub("", t)


def baseline_agrees(gold: str | None, pred: str | None) -> bool:
    g, p = normalise_phrase(gold), normalise_phrase(pred)
    if not g or not p:
        return g == p
    return g == p or g in p or p in g


#: attribute name -> does the predicted value agree with the gold one
ATTRIBUTE_CHECKS = {
    "bound": lambda gold, pred: (gold or "exact") == (pred or "exact"),
    "baseline": baseline_agrees,
    "hardware": lambda gold, pred: hardware_key(gold) == hardware_key(pred),
}


@dataclass
class KindScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Attribute:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass
class Report:
    kinds: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in SCORED_KINDS})
    attributes: dict[str, Attribute] = field(default_factory=lambda: {a: Attribute() for a in ATTRIBUTE_CHECKS})
    errors: list[dict] = field(default_factory=list)
    papers_gold: int = 0
    papers_matched: int = 0

    @property
    def micro(self) -> KindScore:
        total = KindScore()
        for k in PRIMARY:
            s = self.kinds[k]
            total.tp += s.tp
            total.fp += s.fp
            total.fn += s.fn
        return total

    def as_dict(self, with_errors: bool = False) -> dict:
        out = {
            "papers": {"gold": self.papers_gold, "matched": self.papers_matched},
            "kinds": {k: s.as_dict() for k, s in self.kinds.items()},
            "micro_primary": self.micro.as_dict(),
            "attributes": {k: {"correct": a.correct, "total": a.total, "accuracy": round(a.accuracy, 4)}
                           for k, a in self.attributes.items()},
        }
        if with_errors:
            out["errors"] = self.errors
        return out


def load_gold(path: str | Path) -> dict[str, list[dict]]:
    gold: dict[str, list[dict]] = {}
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(p, f"cannot read gold file: {exc.strerror}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(p, f"line {number} is not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict) or "title" not in record or "claims" not in record:
            raise InputError(p, f"line {number} needs 'title' and 'claims'")
        gold[normalise_title(record["title"])] = record["claims"]
    return gold


def score(gold: dict[str, list[dict]], predicted: dict[str, list[dict]]) -> Report:
    """Compare predicted claims (title -> claim dicts) with gold claims (title -> claim dicts)."""
    report = Report(papers_gold=len(gold))
    for title, gold_claims in gold.items():
        if title in predicted:
            report.papers_matched += 1
        preds = _distinct(predicted.get(title, []))
        golds = _distinct(gold_claims)
        used: set[int] = set()
        for g in golds:
            match = next((i for i, p in enumerate(preds) if i not in used and _same(g, p)), None)
            if match is None:
                report.kinds[g["kind"]].fn += 1
                report.errors.append({"type": "FN", "title": title, **_brief(g)})
                continue
            used.add(match)
            p = preds[match]
            report.kinds[g["kind"]].tp += 1
            if g["kind"] == "hardware":
                continue
            for name, agrees in ATTRIBUTE_CHECKS.items():
                ok = agrees(g.get(name), p.get(name))
                report.attributes[name].total += 1
                report.attributes[name].correct += ok
                if not ok:  # listed with --errors, so a wrong bound or baseline can be found
                    report.errors.append({"type": name, "title": title, "kind": g["kind"], "text": p.get("text"),
                                          "gold": g.get(name), "predicted": p.get(name)})
        for i, p in enumerate(preds):
            if i not in used:
                report.kinds[p["kind"]].fp += 1
                report.errors.append({"type": "FP", "title": title, **_brief(p)})
    return report


def _brief(c: dict) -> dict:
    keys = ("kind", "value_low", "value", "unit", "bound", "entity", "baseline", "text")
    return {k: c.get(k) for k in keys if c.get(k) is not None}


def format_report(report: Report, with_errors: bool = False) -> str:
    lines = [f"papers: {report.papers_matched} of {report.papers_gold} gold papers found in the input", "",
             f"{'kind':<16}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for k in SCORED_KINDS:
        s = report.kinds[k]
        mark = "*" if k in PRIMARY else " "
        lines.append(f"{mark}{k:<15}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    m = report.micro
    lines.append(f"{'micro (*primary)':<16}{m.precision:>7.3f}{m.recall:>7.3f}{m.f1:>7.3f}{m.tp:>6}{m.fp:>6}{m.fn:>6}")
    lines.append("")
    lines.append("attribute accuracy on matched claims:")
    for name, a in report.attributes.items():
        lines.append(f"  {name:<10}{a.accuracy:>7.3f}  ({a.correct}/{a.total})")
    if with_errors:
        lines.append("")
        lines.append("errors:")
        for e in sorted(report.errors, key=lambda e: (e["title"], e["type"], e["kind"])):
            if e["type"] in ATTRIBUTE_CHECKS:  # a matched claim with a wrong attribute
                detail = f"{e['type']}: gold {e['gold']!r}, got {e['predicted']!r}"
            else:
                detail = e.get("entity") or f"{e.get('value_low')}..{e.get('value')} {e.get('unit')}"
            lines.append(f"  {e['type']} {e['kind']:<14} {detail:<28} {e.get('text', '')!r}  [{e['title'][:50]}]")
    return "\n".join(lines)


def claims_by_title(claims: Iterable[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        out[normalise_title(c["title"])].append(c)
    return out


__all__ = ["Report", "baseline_agrees", "claims_by_title", "format_report", "hardware_key", "load_gold", "normalise_title",
           "score"]
