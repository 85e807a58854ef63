"""The spaCy pipeline: a blank English tokenizer plus a rule component for cue phrases.

The tokenizer keeps hyphenated words whole ("end-to-end", "speed-up",
"state-of-the-art"), so word windows around a number count words.

No trained model is used (none may be downloaded at run time).  The
``claim_cues`` component runs one PhraseMatcher over lower-cased tokens with
every phrase of the cue lexicon and stores the matches in
``doc.spans["cues"]`` (label = cue group, e.g. ``latency``) and
``doc.spans["baseline_cues"]`` (label ``broad`` or ``tight``).
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy import attrs
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, SpanGroup
from spacy.util import compile_infix_regex

from .lexicon import load_lexicon

_HYPHEN_INFIX = "(?:-|–|—|--|---|——|~)"
#: lexical attributes the extractor uses: LOWER (the cue PhraseMatcher), NORM (spaCy's default for
#: matching), IS_PUNCT, IS_SPACE, LIKE_NUM (token windows)
_LEX_ATTRS_USED = frozenset({attrs.LOWER, attrs.NORM, attrs.IS_PUNCT, attrs.IS_SPACE, attrs.LIKE_NUM})


class ClaimCues:
    """Pipeline component: mark cue phrases of the lexicon in each sentence Doc."""

    def __init__(self, nlp: Language):
        lex = load_lexicon()
        self.cue_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for name, group in lex.cues.items():
            self.cue_matcher.add(name, list(nlp.tokenizer.pipe(group.phrases)))
        self.baseline_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.baseline_matcher.add("broad", list(nlp.tokenizer.pipe(lex.baseline_broad)))
        self.baseline_matcher.add("tight", list(nlp.tokenizer.pipe(lex.baseline_tight)))

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["cues"] = SpanGroup(doc, name="cues", spans=self.cue_matcher(doc, as_spans=True))
        doc.spans["baseline_cues"] = SpanGroup(doc, name="baseline_cues",
                                               spans=self.baseline_matcher(doc, as_spans=True))
        return doc


@Language.factory("claim_cues")
def _make_claim_cues(nlp: Language, name: str) -> ClaimCues:
    return ClaimCues(nlp)


@cache
def build_nlp() -> Language:
    """The pipeline every worker builds once: tokenizer (+ "/" split) and ``claim_cues``."""
    nlp = spacy.blank("en")
    # A token string seen for the first time becomes a lexeme, and spaCy computes every lexical
    # attribute for it in Python (shape, prefix, is_stop, like_url, ...): most of the cost of
    # tokenising new text. Only the attributes the extractor reads are kept.
    nlp.vocab.lex_attr_getters = {k: v for k, v in nlp.vocab.lex_attr_getters.items() if k in _LEX_ATTRS_USED}
    infixes = [rule for rule in nlp.Defaults.infixes if _HYPHEN_INFIX not in rule]
    infixes.append(r"(?<=[\w)])--(?=[\w(])")
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("claim_cues")
    return nlp
