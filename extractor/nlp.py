"""The spaCy pipeline: a blank English tokenizer plus a rule component for cue phrases.

The tokenizer keeps hyphenated words whole ("end-to-end", "speed-up",
"state-of-the-art"), so word windows around a number count words.

No trained model is used (none may be downloaded at run time).  The
``claim_cues`` component runs one PhraseMatcher over lower-cased tokens with
every phrase of the cue lexicon and stores the matches as plain
``(label, start, end)`` token tuples in ``doc.user_data["cues"]`` (label =
cue group, e.g. ``latency``) and ``doc.user_data["baseline_cues"]`` (label
``broad`` or ``tight``); plain tuples because building ``Span`` objects for
every match cost more than the matching.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy import attrs
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from .lexicon import load_lexicon

_HYPHEN_INFIX = "(?:-|–|—|--|---|——|~)"
#: lexical attributes the extractor uses: LOWER (the cue PhraseMatcher matches on it), IS_PUNCT and
#: IS_SPACE (token windows count words)
_LEX_ATTRS_USED = frozenset({attrs.LOWER, attrs.IS_PUNCT, attrs.IS_SPACE})


_BASELINE = "baseline:"  # label prefix of the baseline phrases in the one PhraseMatcher

_DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")


def mask_digits(text: str) -> str:
    """``text`` with every ASCII digit turned into 0: same length, same token boundaries.

    Numbers are the token strings the extractor's sentences are full of and spaCy has mostly never
    seen; every new string becomes a lexeme, which is the costly part of tokenising. Masked, "1.93x"
    and "2.47x" share one cached lexeme. Token text is always read back from the unmasked sentence
    by offset, so nothing downstream sees the zeros.
    """
    return text.translate(_DIGITS_TO_ZERO)


class ClaimCues:
    """Pipeline component: mark cue phrases of the lexicon in each sentence Doc."""

    def __init__(self, nlp: Language):
        lex = load_lexicon()

        def patterns(phrases):
            # the texts this pipeline sees have their digits masked (see mask_digits); a phrase is
            # also added as upper case where that splits differently ("GSM8K" -> "GSM8", "K")
            docs = []
            for phrase in phrases:
                lower = nlp.make_doc(mask_digits(phrase))
                upper = nlp.make_doc(mask_digits(phrase.upper()))
                docs.append(lower)
                if len(upper) != len(lower):
                    docs.append(upper)
            return docs

        # one matcher for both lexicons (one pass over the tokens); baseline labels are prefixed
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for name, group in lex.cues.items():
            self.matcher.add(name, patterns(group.phrases))
        self.matcher.add(_BASELINE + "broad", patterns(lex.baseline_broad))
        self.matcher.add(_BASELINE + "tight", patterns(lex.baseline_tight))

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        cues, baseline_cues = [], []
        for m, s, e in self.matcher(doc):
            label = strings[m]
            if label.startswith(_BASELINE):
                baseline_cues.append((label[len(_BASELINE):], s, e))
            else:
                cues.append((label, s, e))
        doc.user_data["cues"] = cues
        doc.user_data["baseline_cues"] = baseline_cues
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
    infixes.append(r"(?<=[\w)%])[—―](?=[\w(])")  # an em dash joins no word: "throughput gains—61% for ..."
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("claim_cues")
    return nlp
