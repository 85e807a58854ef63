"""Papers to validated claims: clean-up, sentences, pre-filter, spaCy, finders, validation.

:func:`extract_papers` is the one path every engine uses (single process,
process pool, Dask): it takes a batch of :class:`Paper` records and returns
the validated :class:`Claim` records, the papers with their claim counts,
and the count of dropped candidates per reason.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from pydantic import ValidationError

from schemas import Claim, Paper

from .candidate import Candidate
from .carried_baselines import carry_baselines
from .device_families import name_family_members
from .claims import Mentions, find_mentions, sentence_candidates
from .cleanup import clean
from .nlp import build_nlp, mask_digits
from .prefilter import is_candidate, sentence_words
from .sentences import split_sentences

NLP_BATCH = 256


@dataclass
class BatchResult:
    claims: list[Claim] = field(default_factory=list)
    papers: list[Paper] = field(default_factory=list)
    dropped: Counter = field(default_factory=Counter)


def claim_id(paper_id: str, start: int, end: int, kind: str, entity: str | None, value: float | None) -> str:
    key = f"{paper_id}|{start}|{end}|{kind}|{entity or ''}|{value!r}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _reason(err: ValidationError) -> str:
    first = err.errors()[0]
    msg = first["msg"].removeprefix("Value error, ")
    loc = ".".join(str(x) for x in first.get("loc", ()))
    return f"{loc}: {msg}" if loc else msg


def _to_record(paper: Paper, document: str, cleaned, sent_span: tuple[int, int], c: Candidate) -> dict:
    s0, _ = sent_span
    start = cleaned.original_start(s0 + c.start)
    end = cleaned.original_end(s0 + c.end)
    sent_start, sent_end = cleaned.original_span(*sent_span)
    return {
        "claim_id": claim_id(paper.paper_id, start, end, c.kind, c.entity, c.value),
        "paper_id": paper.paper_id,
        "title": paper.title,
        "kind": c.kind,
        "value_low": c.value_low,
        "value": c.value,
        "unit": c.unit,
        "bound": c.bound if c.kind != "hardware" else None,
        "direction": c.direction,
        "factor": c.factor,
        "baseline": c.baseline,
        "metric": c.metric,
        "hardware": c.hardware,
        "entity": c.entity,
        "count": c.count,
        "memory": c.memory,
        "text": document[start:end],
        "start": start,
        "end": end,
        "sentence": document[sent_start:sent_end],
        "method": c.method,
    }


def extract_papers(papers: list[Paper], *, prefilter: bool = True) -> BatchResult:
    """Extract and validate the claims of a batch of papers."""
    nlp = build_nlp()
    result = BatchResult()
    prepared = []  # (paper, document, cleaned, [sentence spans])
    jobs: list[tuple[int, int, tuple[int, int], str, Mentions]] = []  # (paper, sentence no., span, sentence, mentions)
    for p_index, paper in enumerate(papers):
        document = paper.document
        cleaned = clean(document)
        spans = split_sentences(cleaned.text)
        prepared.append((paper, document, cleaned))
        for s_index, span in enumerate(spans):
            sentence = cleaned.text[span[0]:span[1]]
            words = sentence_words(sentence)
            if prefilter:
                # only sentences where a finder sees something are tokenised; the rest hold no claim
                if not is_candidate(sentence, words):
                    continue
                mentions = find_mentions(sentence, words)
                if not mentions:
                    continue
            else:
                mentions = find_mentions(sentence, words)
            jobs.append((p_index, s_index, span, sentence, mentions))
    per_paper: list[list[Claim]] = [[] for _ in papers]
    docs = nlp.pipe((mask_digits(job[3]) for job in jobs), batch_size=NLP_BATCH)
    job_cands = [list(sentence_candidates(job[3], doc, prepared[job[0]][2].text, job[4]))
                 for job, doc in zip(jobs, docs)]
    # each paper's sentences in order, for what one sentence lends the next
    by_paper: list[list[tuple[int, str, list[Candidate]]]] = [[] for _ in papers]
    for (p_index, s_index, _, sentence, _), cands in zip(jobs, job_cands):
        by_paper[p_index].append((s_index, sentence, cands))
    for sentences in by_paper:
        carry_baselines(sentences)
        name_family_members(sentences)
    for (p_index, _, span, _, _), cands in zip(jobs, job_cands):
        paper, document, cleaned = prepared[p_index]
        seen: set[str] = set()
        for cand in cands:
            record = _to_record(paper, document, cleaned, span, cand)
            if record["claim_id"] in seen:
                result.dropped["duplicate candidate"] += 1
                continue
            seen.add(record["claim_id"])
            try:
                claim = Claim.model_validate(record, context={"document": document})
            except ValidationError as err:
                result.dropped[_reason(err)] += 1
                continue
            per_paper[p_index].append(claim)
    for paper, claims in zip(papers, per_paper):
        claims.sort(key=lambda c: (c.start, c.end, c.kind, c.entity or ""))
        result.claims.extend(claims)
        result.papers.append(paper.model_copy(update={"n_claims": len(claims)}))
    return result
