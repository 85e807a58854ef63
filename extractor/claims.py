"""From one sentence to claim candidates: typing, bounds, direction, factor, context.

Input is a cleaned sentence and its spaCy Doc (tokens plus the cue phrases
that ``nlp.ClaimCues`` marked).  Three finders propose mentions:
``hardware.find_hardware`` (catalogue), ``model_names.find_model_names``
("Llama-3.1-8B") and ``numbers.find_quantities`` (the number grammar).
Each number is then typed by the cue words around it (spec section 2),
qualified by the bound words before it (section 3), given a factor, and put
in context: metric here, baseline and hardware in ``claim_context`` (section 4).

Candidates (``candidate.Candidate``) are plain dataclasses with offsets into
the sentence; ``extract`` maps them onto the document and validates them as
``schemas.Claim``.  Token geometry and cues come from ``sentence_context``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc

from .acronyms import document_acronyms
from .candidate import COMPARATIVE, Candidate
from .claim_context import are_coordinated, assign_baselines, assign_hardware, inside_brackets
from .hardware import HardwareMention, find_hardware
from .lexicon import AVERAGED_MEASURES, CLAUSE_WORDS, CONTRAST_WORDS, SPEED_VERB_PHRASES, bound_before, load_lexicon
from .model_names import FAMILIES, find_model_names, names_a_model
from .numbers import (CHANGE_VERB_STEM, FRACTION_SHARE, RANGE_INNER_BOUND, Quantity, copy_lost_times, counts_something,
                      find_quantities, is_factor_aside, lost_its_times)
from .sentence_context import Cue, SentenceContext
from .units import CHANGE_GROUP_OF_UNIT, GENERIC_METRICS, LOWER_WORD, METRIC_UNITS

RIGHT_WINDOW = 8  # words after a number searched for its kind cue
LEFT_WINDOW = 10  # words before it
#: what may open a range set off by a comma after the measure it gives ("..., ranging from 34% to 452%"), as
#: tokens and written before the range's first number
_RANGE_OPENERS_AFTER_COMMA = frozenset({("ranging", "from"), ("ranging", "between"), ("varying", "from"),
                                        ("varying", "between")})
_RANGE_OPENER_BEFORE = re.compile(
    r"(?i),\s*(?:" + "|".join(r"\s+".join(words) for words in sorted(_RANGE_OPENERS_AFTER_COMMA)) + r")\s+$")
#: a member of a list of words or names ("mean", "Gemma-2", "GPT-4o"; not "4x" or "5.7")
_LIST_MEMBER = re.compile(r"[^\W\d_][\w.-]*")

URL_RE = re.compile(r"https?://\S+|www\.\S+|\b[\w.-]+\.(?:com|org|io|ai|net)/\S*", re.IGNORECASE)
#: what joins the members of a list of numbers (past an aside or an "average" said of the first, and before a bound
#: of the next: "1.56x average and up to 3.01x faster runtime", "~25x and ~13x higher efficiency")
_LIST_SEP = re.compile(
    r"^\s*(?:\([^()]{1,24}\)\s*)?(?:(?:on\s+)?average\s*)?(?:,|,?\s*(?:and|or)(?:\s+even)?|,?\s*as\s+well\s+as|/|\||&)\s*"
    r"(?:(?:up\s+to|by\s+up\s+to|as\s+much\s+as|~|≈|about|around|approximately|nearly|roughly|more\s+than|"
    r"at\s+least)\s*)?\+?$", re.IGNORECASE)
_AFTER_PARAMS = re.compile(
    # (not a rate: "7 bytes per parameter")
    # (an en dash may join them: "four 7-billion–parameter models")
    r"^[\s\-–]+(?:(?!per\b|bytes?\b|bits?\b)[^\W\d_][\w-]*\s+){0,2}?(?:parameters?|params?)(?![^\W\d_])", re.IGNORECASE)
#: "-sized" before a name (a word with a capital in it) or a model word: "278M-sized xCOMET-lite", "7B-sized models"
_SIZED_NAME_AFTER = re.compile(r"^-sized\s+(?:\S*[A-Z]\S*|models?\b|LLMs?\b)")
_AFTER_MODELISH = re.compile(
    r"^[\s-]+(?:[^\W\d_][\w-]*\s+){0,1}?(?:models?|LLMs?|language\s+models?|MoE|Mixture-of-Experts|dense|"
    r"transformers?|networks?|variants?|versions?|architectures?|scale|backbones?|checkpoints?|VLMs?|MLLMs?|"
    r"LMs?|sizes?|encoders?|decoders?|generators?)(?![^\W\d_])")
#: what leaves out the unit of an amount just said: "far fewer than the 15T", "15T tokens, of which 7.2T"
_UNIT_OF_EARLIER_BEFORE = re.compile(r"(?i)(?:\bthan\s+(?:the\s+|a\s+|an\s+)?|\bof\s+which\s+(?:only\s+|about\s+)?|"
                                     # "reduces the parameters from 11.2M to 1.2M": the two ends of one change
                                     r"\bfrom\s+(?:(?:approximately|about|around|roughly|nearly|over|under)\s+|[~≈]\s?)?"
                                     r"\S+(?:\s+(?:thousand|million|billion|trillion))?\s+to\s+)$")
#: words that say a sentence speaks of models
_MODEL_WORDS = re.compile(r"(?i)\b(?:models?|LLMs?|parameters?|params|weights|MoE|transformers?|checkpoints?)\b")
#: fewer parameters than this, written without a magnitude, count a handful of weights, not a model's size
_FEWEST_MODEL_PARAMS = 1000
#: "a model with 7 billion weights": weights counted in millions or more are its parameters
_AFTER_WEIGHTS = re.compile(r"^[\s-]+(?:(?:trainable|model|network)\s+)?weights\b", re.IGNORECASE)
_SIZE_MAGNITUDES = frozenset({"M", "B", "T", "million", "billion", "trillion"})
#: "ZAYA1 (760M active, 8.3B total parameters)": the active or total share of a mixture-of-experts model
_AFTER_SHARE_OF_PARAMS = re.compile(r"^[\s-]+(?:active|activated|total)(?![\w-])(?!\s+(?:users|requests|tokens|"
                                    r"sessions|connections|samples|queries|clients|devices|GPUs|nodes))", re.IGNORECASE)
#: a model's name and an opening bracket right before its size, or before a list of its sizes: "EmbeddingGemma
#: (300M)", "BERT (110M, 340M)", "Pythia (160M/410M/1B)"
_BRACKETED_SIZE = r"~?\s*\d+(?:\.\d+)?\s?[MBT]"
_SIZE_LIST_STEP = r"\s*(?:,|/|\band\b|\bor\b|,\s*and\b)\s*"
_NAME_BRACKET_BEFORE = re.compile(r"(?<![\w.-])(?P<name>[A-Za-z][\w.-]*)\s*\(\s*(?:~\s*)?"
                                  rf"(?:{_BRACKETED_SIZE}{_SIZE_LIST_STEP})*$")
#: ... or a word that names models of a kind: "our smallest model (300M)", "uni- and bi-encoders (145-147M)"
_MODEL_NOUNS_BEFORE_BRACKET = frozenset({"model", "models", "variant", "variants", "version", "versions", "encoder",
                                         "encoders", "decoder", "decoders", "generator", "generators"})
_BRACKET_CLOSE_AFTER = re.compile(rf"(?:{_SIZE_LIST_STEP}{_BRACKETED_SIZE})*\s*(?:parameters|params)?\s*\)")
_AFTER_DATA = re.compile(
    # (up to three words before the noun, none that starts a phrase of its own: "3.1 million histopathology whole
    # slide images", not "a 13B model for images")
    r"^[\s-]+(?:(?!(?:on|in|for|with|of|to|from|and|or|by|at|as|than|per|that|which|is|are|was|were|be|has|have|"
    r"across|over|among|within|under|between|"  # (not "averaging 25 across all datasets": where, not what it counts)
    r"models?|parameters?|params)\b)[^\W\d_][\w-]*\s+){0,3}?"
    r"(?P<noun>data|samples|examples|images|documents|instructions|pairs|"
    r"words|sentences|texts|conversations|trajectories|videos|clips|frames|prompts|queries|problems|tasks|users|"
    r"corpora|corpus|bp|base\s+pairs|nucleotides|datasets?|vectors|embeddings|records|rows|entries|slides|WSIs|"
    r"patches|tiles|cells|molecules|proteins|compounds|reads|transitions|episodes|interactions|steps|games|bytes|"
    r"characters|lines|"
    # (the parts of a graph or a mesh: "a social network with 3.6B edges")
    r"edges|vertices|nodes|triples|triangles|atoms|particles)(?![^\W\d_])",
    re.IGNORECASE)
#: ("on 5B packed multimodal tokens": up to three words before them, none that starts a phrase of its own)
_AFTER_TOKENS = re.compile(
    r"^[\s-]+(?:(?!(?:on|in|for|with|of|to|from|and|or|by|at|as|than|per|that|which|is|are|was|were|be|has|have|"
    r"models?|parameters?|params)\b)[^\W\d_][\w-]*\s+){0,3}?tokens?(?![^\W\d_]|/)", re.IGNORECASE)
_TOKENS_PER = re.compile(r"[\s-]+tokens?\s*(?:per\b|/)", re.IGNORECASE)
_PER_BEFORE = re.compile(r"(?i)\bper\s+(?:every\s+)?$")
_AFTER_CONTEXT = re.compile(
    r"^[\s-]+(?:tokens?[\s-]+)?(?:(?:ultra|extremely|extra|very|super)[\s-]+long[\s-]+contexts?|long[\s-]context|context|"
    r"sequence|window|input|prompt|lengths?\b|"
    r"(?:generation|output|response|reasoning|decoding)[\s-]+lengths?\b)"
    # (not the modifier of items counted as data: "29K prompt-response pairs")
    r"(?!\S*\s+(?:pairs|examples|samples|items|instances|records)\b)", re.IGNORECASE)
#: ... the plural of a word of length, which may count the items of a dataset ("trained on 1.5M prompts")
_DATA_ITEMS_AFTER = re.compile(r"^[\s-]+(?:prompts|sequences|inputs)(?![\w-])", re.IGNORECASE)
#: a whole length before what it measures: "8192 length sequences", "4096-length inputs"
_LENGTH_OF_AFTER = re.compile(
    r"[\s-]+(?:tokens?[\s-]+)?length[\s-]+(?:sequences?|inputs?|contexts?|prompts?|documents?)(?![\w-])", re.IGNORECASE)
#: ... and a whole length before the name of a context length: "a 4,096 context length", "2,048-token context window"
_CONTEXT_LENGTH_AFTER = re.compile(
    r"[\s-]+(?:tokens?[\s-]+)?(?:context|sequence|input|prompt)[\s-]+(?:lengths?|windows?)(?![\w-])", re.IGNORECASE)
_CONTEXT_WORDS = re.compile(
    r"(?:context|sequence|window|long[\s-]?context|input\s+length|prompt\s+length)", re.IGNORECASE)
_BEFORE_CONTEXT = re.compile(
    r"(?:context|sequence|input|prompt)(?:\s+(?:length|window|size))?s?\s+(?:of\s+lengths?\s+|of\s+|up\s+to\s+|to\s+|reaching\s+|"
    r"beyond\s+|exceeding\s+|over\s+|as\s+long\s+as\s+|\(\s*)*$", re.IGNORECASE)
_BEFORE_PARAMS = re.compile(
    # not the size of something else: "vocabulary sizes from 10K to 50K", "batch size of 64K", "three data scales
    # ranging from 2.7 million, 9.1 million to 315 million image-text pairs"
    r"(?<!vocabulary\s)(?<!batch\s)(?<!cache\s)(?<!window\s)(?<!block\s)(?<!chunk\s)(?<!beam\s)(?<!dataset\s)"
    r"(?<!page\s)(?<!step\s)(?<!group\s)(?<!codebook\s)(?<!data\s)(?<!corpus\s)"
    # ("at two different parameter counts: 17M and 32M": a colon before the sizes)
    r"(?:(?:model\s+)?(?:sizes?|scales?|parameters?)|parameter\s+(?:counts?|sizes?))"
    r"(?:\s*:\s*|\s+(?:of\s+|from\s+|ranging\s+from\s+|up\s+to\s+|between\s+)*)"
    r"(?:(?:only|just|merely|approximately|about|around|roughly|nearly)\s+|[~≈]\s?)?"
    # "fewer parameters (67M compared to 591M)", "(1.2B vs. 7B)": sizes in brackets after the noun
    r"(?:\(\s*(?:\d[\d.,]*\s?[KMBT]\s+(?:compared\s+(?:to|with)|vs\.?|versus|and|or)\s+)?)?$",
    re.IGNORECASE)
#: (not across "and": "parameters of only 0.049M and GFLOPs of 0.060" counts no GFLOPs)
_AFTER_NOUN = re.compile(r"^[\s-]+(?:(?!(?:compared|to|than|over|against|versus|relative|with|on|in|for|across|from|"
                         r"at|by|of|and|or)\s)(?:[^\W\d_][^\W_]*-[\w-]+|[a-z][a-z]+)\s+){0,2}?"
                            r"(?P<noun>[^\W\d_][^\W_]*s|LLMs|GPUs|CPUs)(?![\w-])")
#: "only 12% of the original KV cache": a share of the original is always a comparison
_REFERENCE_MODEL = (r"(?:original|full-precision|full|baseline|base|uncompressed|dense|standard|vanilla|default|"
                    r"unpruned|fp16|bf16|teacher)")
#: what a share is taken of: "of the baseline", "of the original KV cache" (up to the next preposition)
_OF_REFERENCE = re.compile(
    r"\s*of\s+(?P<ref>(?:the\s+|its\s+|their\s+)?" + _REFERENCE_MODEL + r"(?![^\W\d_])"
    r"(?:\s+(?!(?:on|in|at|for|with|while|and|or|by|when|across|under|during|using|to|from)(?![\w-]))[\w-]+){0,3})",
    re.IGNORECASE)
_FRACTION_OF_ORIGINAL = re.compile(
    r"^\s*of\s+(?:the\s+|its\s+|their\s+|a\s+)?" + _REFERENCE_MODEL + r"(?![^\W\d_])", re.IGNORECASE)
#: measures a share is taken of ("97% of the decode performance", "30% of the ANN's energy")
_SHARED_MEASURES = r"performance|throughput|memory|cost|costs|latency|energy|time|speed|size|footprint|power|cache|caches|storage"
#: "97% of the decode performance" is one only after a word that keeps or cuts ("retains", "reduces
#: ... to"); "consumes over 75% of the training time" is a breakdown, not a claim
_FRACTION_OF_QUANTITY = re.compile(
    r"^\s*of\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w.'’-]+\s+){0,4}?(?:" + _SHARED_MEASURES + r"|accuracy|quality)"
    r"(?![^\W\d_])", re.IGNORECASE)
_MEASURES_OF_SHARE = (_SHARED_MEASURES + r"|consumption|energy\s+consumption|power\s+consumption|inference\s+time|"
                      r"runtime")
#: "62.5% of the ANN's energy consumption", "30% of the inference time of Restormer": a share of the measure
#: of another, named system, whatever verb comes before
_NAME_WORD = r"[\w-]*[A-Z][\w-]*(?:\.\d[\w-]*)*"  # "ANN", "CPU-based", "Llama-3.1"
#: the named system a share is of, after "of" or "by": "Llama-3.1", "the GPU baseline", "DUCATI on V100"
_SHARE_OWNER = (r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?" + _NAME_WORD + r"(?:\s+(?!(?:on|in|at|for|with|by|and|or|"
                r"while|when|to|of|from|across|under|using|which|that|is|are|was|were)\b)[^\W_][\w-]*){0,2}")
#: the verbs of a measure a system has: "the memory required by vLLM", "that consumed by the GPU baseline"
_MEASURE_OF_VERBS = r"(?:required|used|needed|consumed|taken|spent|incurred|demanded)"
_FRACTION_OF_NAMED = re.compile(
    r"\s*of\s+(?:(?P<owner>(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _NAME_WORD + r")(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:" + _MEASURES_OF_SHARE + r")|(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:" + _MEASURES_OF_SHARE + r")\s+"
    r"(?:of|" + _MEASURE_OF_VERBS + r"\s+by)\s+(?P<of_owner>" + _SHARE_OWNER + r")"
    # "less than 20% of that required by DUCATI": the measure was said before the number
    r"|(?:that|those)\s+(?:of|" + _MEASURE_OF_VERBS + r"\s+by)\s+(?P<that_owner>" + _SHARE_OWNER + r")"
    # "only 8% of the memory required for full-precision checkpoints": for the reference model, named or not
    r"|(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:" + _MEASURES_OF_SHARE + r")\s+" + _MEASURE_OF_VERBS + r"\s+(?:by|for)\s+"
    r"(?P<ref_owner>(?:the\s+|an?\s+)?(?i:" + _REFERENCE_MODEL + r")(?![^\W\d_])(?:\s+(?!(?:on|in|at|for|with|by|and|"
    r"or|while|when|to|of|from|across|under|using|which|that|is|are|was|were)\b)[^\W_][\w-]*){0,2}))(?![^\W\d_])")
#: a named model's parameters, a share of which a smaller one has or uses: "2.6% of xCOMET-XXL parameters", "10% of
#: BERT's parameters", "5% of the parameters of Llama-2" (not "fine-tuning only 0.1% of the parameters", a part
#: picked: see _HAS_OR_USES_BEFORE)
_PARAMS_OF_NAMED = re.compile(
    r"\s*of\s+(?:(?P<owner>" + _NAME_WORD + r")(?:'s|’s)?\s+(?:parameters|params|weights)|the\s+(?:parameters|params|"
    r"weights)\s+of\s+(?P<of_owner>" + _SHARE_OWNER + r"))(?![^\W\d_])")
_HAS_OR_USES_BEFORE = re.compile(r"(?i)\b(?:us(?:es|ing|ed)|use|ha(?:s|ve|ving)|contain\w*|requir\w*|need\w*|with)\s+"
                                 r"(?:(?:only|just|merely|about|around|roughly|approximately|nearly|less\s+than|"
                                 r"under|fewer\s+than)\s+)*$")
#: "reaches 251% of OpenBLAS", "95% of cuBLAS performance": a share of a named system's (its name written
#: with a capital inside it, as software is: "cuBLAS", "PyTorch", "vLLM", "MKL"; "FLOPs" is a unit)
_OF_NAMED_SYSTEM = re.compile(
    r"\s*of\s+(?:the\s+)?(?![A-Z]+s\b)(?P<name>[^\W\d_][\w.+]*+(?:-[\w.+]++)*+)(?![\w'’-])"
    r"(?P<noun>\s+(?!(?:on|in|at|for|with|and|or|across|over|under|while|when|by|to|from|than|via|using)\b)[a-z]+)?")
_RETAIN_VERB = r"(?:retain|maintain|preserv|recover|keep|sustain)\w*"
#: a named system's measure right after a factor: "achieves 2.1x vLLM's throughput", "1.4x WebGPU's throughput"
_NAMED_MEASURE_AFTER = re.compile(
    r"\s+(?P<owner>[\w.+-]*[A-Z][\w.+-]*)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:throughput|speed|performance|latency|"
    r"memory|energy|cost|efficiency|bandwidth)(?![\w-])")


def _is_system_name(name: str) -> bool:
    """A software name written with a capital inside ("cuBLAS", "PyTorch", "vLLM", "MKL"), not a model
    ("DeepSeek-R1", "GPT-4o", "Llama-3-8B": a share of a model is a share of its quality)."""
    head = name.split("-")[0].lower().rstrip("0123456789.")
    return any(c.isupper() for c in name[1:]) and head not in FAMILIES and head not in _RESOURCE_ACRONYMS \
        and not find_model_names(name)


#: acronyms of resources, written in capitals like a system's name: "only 1% of DRAM" is a share of memory
_RESOURCE_ACRONYMS = frozenset("dram sram hbm vram ram ssd ssds nvme gpu gpus cpu cpus npu npus tpu tpus kv flops "
                               "macs".split())
#: a distance to the best possible, not a change against something real
_OF_OPTIMUM = re.compile(
    r"\s*of\s+(?:the\s+|an\s+|a\s+|[\w-]+['’]s\s+)?(?:optimal|optimum|oracle|ideal|offline\s+optimal)(?![^\W\d_])",
    re.IGNORECASE)
#: what may stand between two scores of one metric: "0.01-0.34 on LLaMA-2, 0.38-0.68", "2.1 on ImageNet and 3.4",
#: the two ends of a change "from 6.857 to 5.821", "6.857 → 5.821", "to 0.569 (from 0.534)"
_SCORE_GAP = re.compile(r"\s*(?:(?:on|for|in|with)\s+\S+(?:\s\d+(?:\.\d+)?)?\s*)?(?:,\s*(?:and\s+)?|and\s+)|\s*(?:to|→)\s*"
                        r"|\s*\(\s*(?:from|vs\.?|versus|up\s+from|down\s+from)\s*"
                        # "... to 0.569 (from 0.534) and Wan-1.3B to 0.570": the next model's score
                        r"|\s*\)\s*,?\s*(?:and\s+)?(?:[A-Z][\w.-]*\s+)?to\s*")
#: "of the original performance", "of the full model's accuracy": a share of quality
_RETAINED_QUALITY = re.compile(
    # ("of full-attention performance": a reference hyphened to what it is full of)
    r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?:(?:" + _REFERENCE_MODEL + r"(?:-[a-z]+)?|model's|model’s)\s+)*"
    r"(?:performance|quality|accuracy)(?![^\W\d_])", re.IGNORECASE)
#: "of the full KV cache performance", "of full-precision model accuracy": the quality of a named reference,
#: whatever measure words stand between
_OF_REFERENCE_QUALITY = re.compile(
    r"\s*of\s+(?P<ref>(?:the\s+|its\s+|their\s+)?" + _REFERENCE_MODEL + r")\s+"
    r"(?:(?!(?:on|in|at|for|with|and|or|by|to|from|than)\s)[\w'’-]+\s+){0,2}(?:performance|quality|accuracy)(?![^\W\d_])",
    re.IGNORECASE)
#: "of the performance level of ChatGPT", "of GPT-4's quality", "of ChatGPT quality": a named model's quality
_NAMED_MODEL = r"[A-Z][\w.-]*\d[\w.-]*|[A-Z][a-z]*[A-Z][\w.-]*"
_QUALITY_OF_NAMED = re.compile(
    # (not a named system's "performance": "95% of FlashAttention-2 performance" is a kernel's speed)
    r"\s*of\s+(?:(?:the\s+)?(?:performance(?:\s+level)?|quality|accuracy|capabilit(?:y|ies))\s+of\s+(?P<of_model>"
    + _NAMED_MODEL + r")(?![\w-])|(?P<model>" + _NAMED_MODEL + r")(?:'s|’s)?\s+(?:quality|accuracy|capabilit(?:y|ies))"
    r"(?![^\W\d_]))")
#: the word before a number that names a setting: "for 7B models", "with 8 parallel paths"
_SETTING_BEFORE_NUMBER = re.compile(r"(?i)\b(?:for|with)\s+$")
#: "within 1% of": a distance from what follows ...
_WITHIN_BEFORE = re.compile(r"(?i)\bwithin\s+(?:only\s+|just\s+)?$")
#: ... also for a later member of its list: "is within 5% of GPT-4 and 10% of Med-PaLM-2"
_WITHIN_LIST_BEFORE = re.compile(r"(?i)\bwithin\s+(?:only\s+|just\s+)?\d[\d.]*\s?%\s+of\s+[\w.-]+\s*(?:,\s*)?and\s+$")
#: ... of a named model: "within 5% of GPT-4"
_OF_NAMED_MODEL = re.compile(r"\s*of\s+(?P<model>" + _NAMED_MODEL + r")(?![\w-])")
#: ... past the quality it names: "within 2% of the accuracy of the FP16 model"
_QUALITY_OF = re.compile(r"(?i)(?:\s*of\s+the\s+(?:accuracy|performance|quality)(?=\s+of\b))?")
#: between a number and an "on average" set off by commas: "by 11%, ", "1.5x faster, "
_AFTER_NUMBER_COMMA = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*,\s*")
#: "train an ImageNet ResNet-50 model to", "trains BERT-Large to": the level a training run reaches follows
_TRAINED_TO = re.compile(r"(?i)\b(?:train|trains|trained|training)\s+(?:[\w-]+\s+){1,6}?to\s+(?:about\s+|over\s+)?$")
#: after a share: what the same work does natively ("80% native performance", "of bare-metal throughput")
_NATIVE_SHARE = re.compile(r"(?i)\s*(?:of\s+(?:the\s+)?)?(?:native|bare[\s-]metal)\s+(?:[\w-]+\s+)?"
                           r"(?:performance|speed|throughput)(?![^\W\d_])")
#: words of an abstract whose sizes are memory: models, weights, memory, storage, caches, files
_MEMORY_CONTEXT = re.compile(r"(?i)\b(?:models?|LLMs?|networks?|weights|parameters?|params|memory|storage|"
                             r"caches?|KV|footprint|compress\w*|quantiz\w*|checkpoints?|files?|embeddings?|index|"
                             r"bytes|[KMGT]i?B)\b")
#: the verbs of beating something ("outperforms X", "surpassing Y")
_BEAT_VERBS = r"outperform\w*|surpass\w*|exceed\w*|beat\w*"
#: a verb that sets a model against others, right before "7x larger models" or "models 5x larger"
_RIVALS_BEFORE = re.compile(
    # ("exceeds the performance of 10x larger models", "comparable to VLAs that are 10x larger", "outperforming
    # models with 250x more activated parameters")
    r"(?i)\b(?:" + _BEAT_VERBS + r"|match\w*|rival\w*|compet\w*\s+with|competitive\s+with|"
    r"comparable\s+to|on\s+par\s+with|as\s+good\s+as)\s+(?:(?:the\s+)?(?:performance|quality|accuracy)\s+of\s+)?"
    r"(?:(?:the|a|an|much|even|many|several|some|other|open)\s+)*"
    r"(?P<models>(?:models?|LLMs?)\s+(?:with\s+)?|(?:[\w-]+\s+){0,3}?(?:models?|LLMs?|VLMs?|MLLMs?|VLAs?|SLMs?)\s+"
    r"(?:that|which)\s+(?:are|is)\s+)?"
    r"(?:(?:up\s+to|over|more\s+than|nearly|almost|about|at\s+least)\s+)?$")
#: ... and the comparative after the factor
_LARGER_AFTER = re.compile(r"(?i)\s*(?:(?:larger|bigger)(?:\s+(?P<models>(?:[\w-]+\s+){0,2}?(?:models?|LLMs?)\b))?"
                           r"|more\s+(?:activated\s+|active\s+|trainable\s+)?parameters\b)")
#: a change from one level to another, then the bracket a factor opens: "from 10 ms to 2 ms ("
_FROM_TO_ASIDE_BEFORE = re.compile(r"(?i)\bfrom\s+[~≈]?\d[\d.,]*\s*[^\s\d()]{0,12}\s+to\s+[~≈]?\d[\d.,]*"
                                   r"(?:\s*[^\s\d()]{1,12}){0,2}\s*\(\s*$")
#: more of something done each second, after a number
_MORE_PER_SECOND_AFTER = re.compile(r"(?i)\s+(?:more|higher)\s+(?:[\w-]+\s+){1,2}?per\s+(?:second|sec)\b")
#: a level in percent after a factor and "the": "2.7x the 12.5% manual recovery rate"
_TIMES_A_PERCENT_LEVEL = re.compile(r"\s+the\s+(?:[~≈]\s?)?\d[\d.]*\s?%\s+[^\W\d_]")
#: a comparison with a length in tokens right after a bare factor: "an increase of over 400x compared to the 32K
#: baseline" (a longer sequence handled)
_COMPARED_WITH_LENGTH_AFTER = re.compile(
    r"(?i)\s+(?:compared\s+(?:to|with)|relative\s+to|over|than|versus|vs\.?|against)\s+(?:the\s+|a\s+)?"
    r"\d+(?:\.\d+)?\s?[KM][\s-](?:tokens?|token-|context|sequence|length|baseline)")


@lru_cache(maxsize=1)
def _costlier_after() -> re.Pattern:
    """... or the comparative of a price after it: the phrases of the lexicon's "costlier" group ("3x costlier")."""
    phrases = sorted(load_lexicon().cues["costlier"].phrases, key=len, reverse=True)
    return re.compile(r"(?i)\s*(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\b")


#: an overhead or share said before a "N% of <measure>": the number is its size as a share of that measure
_SHARE_HOLDER_BEFORE = re.compile(r"(?i)\b(?:overheads?|share|fraction|portion|proportion)\b(?:\s+[\w-]+){0,3}\s+$")
#: a sign bound that may stand right before the number ("maintains >90% of the performance")
_SIGN_AT_END = r"(?:[<>~≈≤≥]\s*)?$"
#: "retains 100% performance", "maintains around 98% performance"
_RETAINS_BEFORE = re.compile(r"(?i)\b" + _RETAIN_VERB + r"\s+(?:[^\W\d_]+\s+){0,2}" + _SIGN_AT_END)
#: a name (a capital or a digit inside) right before a bracket that holds only the number: "GPT-5 (28.6%"
_NAME_THEN_BRACKET_BEFORE = re.compile(r"(?<![\w.-])(?=[\w.-]*[A-Z0-9])[A-Za-z][\w.-]*[\w]\s?\(\s?[~≈]?$")
#: ... after words that set it against others ("surpassing Claude-4.5-Sonnet (26.7%)", "than GPT-4o (61%)")
_SET_AGAINST = re.compile(r"(?i)\b(?:" + _BEAT_VERBS + r"|than|vs\.?|versus|compared|over|"
                          r"against|unlike|whereas|while)\b")
#: the quality words a "cost" is paid in ("an accuracy cost of 1%", "a small quality cost")
_QUALITY_BEFORE_COST = frozenset({"accuracy", "quality", "perplexity", "fidelity", "utility"})
#: the verbs of reaching a level ("reaches", "achieving", "attained")
_REACH_VERBS = r"reach\w*|achiev\w*|attain\w*"
#: "which reach only 60%", "achieving just 85%": a level reached, said of a share
_REACHES_BEFORE = re.compile(r"(?i)\b(?:" + _REACH_VERBS + r")\s+(?:only|just|merely)\s+(?:[^\W\d_]+\s+)?"
                             + _SIGN_AT_END)
_KEEPS_OR_CUTS = re.compile(
    r"(?i)\b(?:only|just|merely|" + _RETAIN_VERB + r"|achiev\w*|reach\w*|"
    r"deliver\w*|(?:reduc\w*|cut\w*|lower\w*|compress\w*|shrink\w*)(?:\s+[\w-]+){0,3}\s+to)\b(?:\s+[\w-]+){0,2}\s*"
    + _SIGN_AT_END)
#: "97% of GPT-4's quality at 24% of the cost": the share of a measure a result comes at (not "at 50% of the
#: memory budget", a setting)
_AT_BEFORE = re.compile(r"(?i)\bat\s+$")
_AT_SHARE_OF = re.compile(r"(?i)\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:cost|costs|price|energy|latency|"
                          r"memory|runtime|time)(?![\w-])(?!\s+(?:budgets?|limits?|capacity|constraints?)\b)")
#: after a factor: the measure it multiplies ("3x the memory of SFT", "3x as much memory as SFT")
_TIMES_THE_MEASURE = re.compile(r"\s+(?:(?:of\s+)?the|as\s+much|as\s+many)\s+(?!same\b)")
#: "... and TTP by up to 59%": the number is the object of "by", so of the verb before it
_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:[^\W\d_]+(?:-[^\W\d_]+)?\s+){0,2}$")  # ("by up-to 1.73")
_AVERAGED_MEASURE = re.compile(AVERAGED_MEASURES, re.IGNORECASE)
#: (not "on average latency", "in average throughput": the measure, not a bound)
_ON_AVERAGE = re.compile(r"(?<![^\W\d_])(?:on|in)\s+average(?![^\W\d_])(?!\s+" + AVERAGED_MEASURES + r"\b)",
                         re.IGNORECASE)
_AVERAGE_WORD = frozenset({"average", "mean", "avg", "avg.", "geomean", "geo-mean", "geometric-mean"})
#: ... and "average" before a comparative's measure is that measure's ("2x lower average latency and 3x lower tail
#: latency": neither number is an average)
_COMPARATIVE_BEFORE_AVERAGE = frozenset(
    "lower higher better faster smaller larger less more reduced improved increased decreased".split())
#: "a 2.14x average latency speedup": "average" said after a number, of the measure that follows (its own)
_AVERAGE_ADJECTIVE_AFTER = re.compile(r"(?i)\s*(?:average|avg\.?|mean|geo-?mean|geometric[\s-]mean)\s+[^\W\d_]")
#: "by 1.64x (geometric mean, p < 0.001)": an aside right after the number that says it is an average
_AVERAGE_ASIDE = re.compile(r"\s*\((?:on\s+)?(?:geometric[\s-]mean|geo-?mean|"
                            + "|".join(re.escape(w) for w in sorted(_AVERAGE_WORD, key=len, reverse=True))
                            + r")(?![^\W\d_])", re.IGNORECASE)
#: "mean" that starts the name of a metric, not a bound: "mean absolute percentage error of 24.25%",
#: "mean squared error", "mean average precision", "mean reciprocal rank", "mean opinion score"
_MEAN_METRIC_WORDS = frozenset({"absolute", "squared", "square", "average", "reciprocal", "opinion", "relative"})
_CLAUSE_PUNCT = frozenset({";", ":", "."})

#: the verbs of change an "it" may follow: "further reduces it by 24x"
_VERB_BEFORE_PRONOUN = re.compile(r"(?:" + CHANGE_VERB_STEM + r"|speed)\w*|sav(?:es|ed|e|ing)")

#: Nouns for counts that the spec says are not claims: a paper's own parts.
PART_NOUNS = frozenset(
    """modules phases stages steps components techniques contributions innovations challenges insights ways
    aspects types kinds levels parts mechanisms strategies designs principles folds axes findings lessons
    dimensions directions categories factors pillars properties perspectives times years decades orders
    magnitudes ideas goals objectives problems issues limitations inefficiencies bottlenecks heuristics shortcomings
    drawbacks weaknesses hypotheses observations primitives skills paradigms workflows improvements procedures
    barriers optimizations optimisations advancements enhancements refinements modifications""".split()
)
#: ... and nouns that name a paper's own parts when a number word counts them ("three complementary approaches",
#: "two hidden layers"), and data when digits do ("10,000 functions", "24 layers" of a model named)
_PARTS_WHEN_SPELLED = frozenset(
    """extensions patterns approaches variants versions sizes families functions pipelines solvers areas layers
    implementations schemes questions contributions innovations components modules stages phases techniques
    strategies mechanisms modes algorithms encoders decoders upgrades insights observations principles challenges
    trends operands features capabilities advantages benefits""".split())
#: (not "models", "methods" or "frameworks": "five quantization methods ... and five models" is the scope of an
#: evaluation, as much as "two efficient frameworks" are a paper's own)
#: words ending in "s" that are not plural nouns: "48.7 vs 55.4", "the gain of 12 is"
#: verbs that open a second predicate after "and": cues before them belong to the first one
_PREDICATE_VERBS = frozenset(
    "maintains retains preserves keeps achieves attains reaches delivers yields obtains provides offers "
    "maintaining retaining preserving keeping achieving attaining reaching delivering yielding obtaining "
    "providing offering".split())
_NOT_NOUNS = frozenset("is was has does as its this thus plus vs versus whereas across towards always".split()) | {
    # verbs of result sentences: "improves SLO attainment by up to 5 and reduces ..."
    *"reduces improves increases decreases outperforms enables lowers raises cuts boosts speeds accelerates saves".split(),
    *(verb for verb in _PREDICATE_VERBS if verb.endswith("s"))}
#: the words after a number that name nothing it counts: a paper's own parts and the words above
_NOUNS_THAT_COUNT_NOTHING = PART_NOUNS | _NOT_NOUNS


# ---------------------------------------------------------------------------
# finding mentions


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _share_points(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "drops of 1.6 and 2.5 points": the bare numbers listed before a number of points are points too."""
    out = list(quantities)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        if q.unit is None and q.magnitude is None and nxt.unit == "pp" and _LIST_SEP.match(text[q.end:nxt.start]):
            out[i] = q._replace(unit="pp")
    return out


def _group_lists(text: str, quantities: list[Quantity]) -> list[int]:
    """Assign list ids: "1.75x, 2.61x, 1.29x and 1.03x" share one id."""
    ids: list[int] = []
    current = 0
    for i, q in enumerate(quantities):
        if i > 0:
            prev = quantities[i - 1]
            between = text[prev.end:q.start]
            # (a factor and percents listed "respectively": "by up to 4.44x, 65.82%, and 49.81%, respectively")
            same_kind = (prev.unit == q.unit) or (prev.unit is None and q.unit in (None,)) or (
                prev.magnitude is not None and q.magnitude is not None) or (
                prev.unit in ("x", "%") and q.unit in ("x", "%") and "respectively" in text)
            if not (_LIST_SEP.match(between) and same_kind):
                current += 1
        ids.append(current)
    return ids


# ---------------------------------------------------------------------------
# typing a number


_METRIC_ALT = "|".join(re.escape(m) for m in sorted(METRIC_UNITS, key=len, reverse=True))
#: units that are quality scores: points, and the named metrics ("ppl", "bleu", "fid")
_SCORE_UNITS = frozenset({"pp", *METRIC_UNITS.values()})
_METRIC_BEFORE = re.compile(
    # (with a cut-off: "NDCG@10 of 0.431", "MRR@10 of 0.39")
    r"(?i)(?<![\w-])(" + _METRIC_ALT + r")(?:-\d|@\d+)?(?:\s+(?:score|scores|accuracy|metric|value))?"
    # "the perplexity of the model from 10.15 to 9.12"
    r"(?:\s+of\s+(?:the|our|its|a|each)\s+(?:[\w-]+\s+)?(?:models?|networks?|LLMs?|students?))?"
    # "the score of CogVideoX-5B to 0.569": of a named model
    r"(?:\s+of\s+[A-Z][\w.-]*(?=\s+(?:to|from|is|was|reaches)\b))?"
    r"(?:\s+(?:of|is|was|=|:|at|within|reaches|reaching|to|as\s+low\s+as|as\s+high\s+as|below|under|around|about|"
    r"approximately|only|just|drops\s+to|improves\s+to|by|from|greater\s+than|higher\s+than|more\s+than|above|"
    r"over|exceeding|at\s+least|lower\s+than|less\s+than|at\s+most|up\s+to|no\s+more\s+than|not\s+more\s+than|"
    r"(?:drops?|falls?|decreases?|improves?|rises?|increases?|goes|went|reduced|improved|decreased|increased)\s+from|"
    r"(?:increase|decrease|drop|rise|reduction|degradation|gain|improvement|loss|gap|difference)s?\s+(?:of|by)))*\s*$")
_METRIC_AFTER = re.compile(r"(?i)^\s?(" + _METRIC_ALT + r")(?:-\d)?(?![\w-])")


#: "a 20.5 absolute accuracy improvement", "3.1 absolute gain": a change in points
_ABSOLUTE_CHANGE_AFTER = re.compile(
    r"(?i)\s+absolute\s+(?:(?:accuracy|score|pass@1|f1|success\s+rate|win\s+rate)\s+)?"
    r"(?:improvements?|gains?|increases?|drops?|decreases?|reductions?|degradation)(?![\w-])")
#: what must join a generic score name ("score", "accuracy") to its number: "a score of 66.1", "accuracy is 71"
_GENERIC_METRIC_LINK = re.compile(r"(?i)\b(?:of|is|was|reach\w*|than|above|over|exceeding|least)\b|[=:]")
_RANK_BEFORE = re.compile(r"(?i)\b(?:top|rank)[\s-]*$")


#: what a name with a number in it may name: "the SPICE 2 dataset", "the BLEU 4 benchmark suite"
_NAMED_RESOURCE_AFTER = re.compile(r"\s+(?:datasets?|benchmarks?|suites?|corpus|corpora|splits?|leaderboards?)(?![\w-])",
                                   re.IGNORECASE)


#: a verb that says a result, right before its number: "achieving a 60% compression ratio" (not "under a 20%
#: compression ratio", a setting)
_RESULT_VERB_BEFORE = re.compile(r"(?i)\b(?:" + _REACH_VERBS + r"|yield\w*|deliver\w*|obtain\w*)\s+"
                                 r"(?:an?\s+)?(?:(?:up\s+to|over|about|around|nearly|approximately)\s+)?$")
#: the "to" of a change of size whose first end counts parameters: "from 7 billion parameters to approximately"
_TO_AFTER_PARAMS = re.compile(r"(?i)\b(?:parameters|params)\s+(?:down\s+)?to\s+(?:(?:approximately|about|around|roughly|"
                              r"nearly|only|just|merely|under|below|less\s+than)\s+|[~≈<]\s?)?$")


def _decide_magnitude_unit(text: str, q: Quantity) -> tuple[str, str] | None:
    """For a bare number: (kind, unit) from the words next to it, or None when it says nothing."""
    after = text[q.end:q.end + 60]
    before = text[max(0, q.start - 60):q.start]
    mag = q.magnitude
    if mag is None:
        metric = _METRIC_BEFORE.search(before)
        if metric and metric.group(1).lower() in GENERIC_METRICS and (
                counts_something(text, q.end) or not _GENERIC_METRIC_LINK.search(before, metric.end(1))):
            metric = None  # "the scores of 10 models", "scores from 1 to 5", "accuracy at 4 and 8 bits"
        if metric and not before[metric.end(1):].strip() and _NAMED_RESOURCE_AFTER.match(after):
            metric = None  # "the SPICE 2 dataset", "the BLEU 4 benchmark": a name's number, no score
        if metric is None:
            metric = _METRIC_AFTER.match(after)
            if metric and metric.group(1).lower() in GENERIC_METRICS and (
                    counts_something(after, metric.end()) or _RANK_BEFORE.search(before)):
                metric = None  # "3 accuracy benchmarks", "2 score models", "top 5 accuracy"
        if metric:
            return "accuracy", METRIC_UNITS[metric.group(1).lower()]
    if mag is None and _ABSOLUTE_CHANGE_AFTER.match(after):
        return "accuracy", "pp"  # "a 20.5 absolute accuracy improvement": points of a score
    if _AFTER_PARAMS.match(after) or (mag in _SIZE_MAGNITUDES and (_AFTER_WEIGHTS.match(after)
                                                                   or _AFTER_SHARE_OF_PARAMS.match(after))):
        if mag is None and q.high < _FEWEST_MODEL_PARAMS:
            return "other", "parameters"  # "adding less than 200 parameters": a handful, no model's size
        return "model_size", "params"
    if _AFTER_CONTEXT.match(after) and mag in ("K", "k", "M", "million", "thousand") \
            and not (_DATA_ITEMS_AFTER.match(after) and _DATA_WORDS.search(text)):
        # ("estimators trained on 1.5M prompts": prompts counted as data, not the length of one)
        return "context_length", "tokens"
    if mag is None and q.high >= 512 and (_LENGTH_OF_AFTER.match(after) or _CONTEXT_LENGTH_AFTER.match(after)):
        return "context_length", "tokens"  # "on 8192 length sequences", "8192-length inputs", "a 4,096 context length"
    if _AFTER_TOKENS.match(after):
        return "tokens", "tokens"
    if (mag is not None or q.high >= 512) and _BEFORE_CONTEXT.search(before):
        return "context_length", "tokens"
    data = _AFTER_DATA.match(after)
    if data:
        return "other", data.group("noun").lower()
    noun = _AFTER_NOUN.match(after)
    if mag in ("M", "B", "T") and (named := _NAME_BRACKET_BEFORE.search(before)) and _BRACKET_CLOSE_AFTER.match(after) \
            and (names_a_model(named.group("name"))
                 or named.group("name").lower().rpartition("-")[2] in _MODEL_NOUNS_BEFORE_BRACKET):
        # "EmbeddingGemma (300M)", "our smallest model (300M)", "bi-encoders (145-147M)": the model just named
        return "model_size", "params"
    if mag in ("B", "M") and _SIZED_NAME_AFTER.match(after):
        return "model_size", "params"  # "a 278M-sized xCOMET-lite metric": the size of the named model
    if mag in ("B", "T", "billion", "trillion") or (mag in ("M", "million") and _AFTER_MODELISH.match(after)):
        # (a bare "T" only with a model named: "just 5.25T", "conventional 28T RCA designs" count transistors)
        if mag in ("B", "M") or _AFTER_MODELISH.match(after) or _BEFORE_PARAMS.search(before) \
                or (mag == "T" and _MODEL_WORDS.search(text)):
            return "model_size", "params"
    if mag in ("K", "k") and (counted := _COUNTED_AFTER.match(after)):
        return "other", counted.group("noun").lower()  # "with only 1k fine-tuning steps" in a context-length sentence
    if mag in ("K", "k") and _BUDGET_AFTER.match(after):
        return "other", "tokens"  # "a 1k to 2k KV cache budget": how many tokens are kept, not the context
    if mag in ("K", "k") and (_CONTEXT_WORDS.search(text)):
        return "context_length", "tokens"
    word = noun.group("noun").lower() if noun is not None else None
    counts_nothing = word is None or word in _NOUNS_THAT_COUNT_NOTHING
    if mag is not None and counts_nothing and (_BEFORE_PARAMS.search(before) or _TO_AFTER_PARAMS.search(before)):
        # (not "at a scale of 200k+ pages per day": the noun says what it counts; "from LlamaGuard's 7 billion
        # parameters to approximately 67 million": the other end of a change of size)
        return "model_size", "params"
    if word is not None and q.word and word in _PARTS_WHEN_SPELLED:
        return None  # "three key microarchitectural extensions", "two sizes: Mini and Small": the paper's own parts
    if word is not None:
        return None if counts_nothing else ("other", word)
    if mag is not None:
        return "other", "count"
    return None


#: a size that counts something of its own ("with up to only 1k fine-tuning steps") is no size a list shares
_COUNTED_AFTER = re.compile(
    r"[\s-]+(?:[^\W\d_]+-[\w-]+\s+)?(?P<noun>steps|iterations|epochs|samples|examples|images|documents|queries|"
    r"requests|users|GPUs|nodes|updates)(?![\w-])", re.IGNORECASE)
_BUDGET_AFTER = re.compile(r"[\s-]+(?:(?:KV|key-value)[\s-]+)?(?:cache[\s-]+|token[\s-]+)?budgets?(?![\w-])", re.IGNORECASE)
_DB_SCORE = re.compile(r"(?i)(?<![\w-])(?:psnr|snr|si-s[dn]r|sdr|pesq|(?:peak\s+)?signal-to-noise\s+ratio)(?![\w-])")

#: a number that names what it measures: "38% less CPU", "10x fewer lines of code" (a pronoun, an article,
#: a preposition or "than" names nothing: "2x less than X", "reduces it by 3x")
_NAMES_NOTHING = (r"(?:it|them|this|that|these|those|its|their|than|the|a|an|on|in|at|for|with|while|and|or|to|"
                  r"compared)(?![\w-])")  # (a word of its own: "on-demand fetches")
_OWN_OBJECT_AFTER = re.compile(r"\s+(?:less|fewer)\s+(?!" + _NAMES_NOTHING + r")[^\W\d_]", re.IGNORECASE)
#: the noun a change is "in", which says what changed: "a 31% reduction in query time, a 23% reduction in model
#: inferences" (the second is no speed-up, though it follows one)
_OWN_CHANGED_NOUN_AFTER = re.compile(r"\s+(?:reduction|decrease|increase|improvement|drop|savings?)\s+in\s+"
                                     r"(?:the\s+)?(?!" + _NAMES_NOTHING + r")[^\W\d_]", re.IGNORECASE)
_OWN_COMPARED_NOUN_AFTER = re.compile(r"\s+(?:more|higher|lower|greater)\s+(?!" + _NAMES_NOTHING + r")[^\W\d_]",
                                      re.IGNORECASE)
_CHANGE_VERB = r"(?:reduc|cut|lower|decreas|shrink|sav|increas|rais|grow)\w*"
_OWN_OBJECT_BEFORE = re.compile(
    # (or the verb's second object: "reducing query latency by 23.7% and query failures by 51.2%", see
    # _own_object)
    # ("decrease the average residual norm by up to 7x": an article before the object too)
    # ("improves service-level objective (SLO) satisfaction by 3-6%": an acronym in brackets inside the object)
    r"\b(?:" + _CHANGE_VERB + r"|(?P<second>and))\s+(?:(?:the|its|their)\s+)?(?!" + _NAMES_NOTHING + r")[^\W\d_][\w-]*"
    r"(?:\s+\([A-Z][\w-]*\))?(?:\s+(?!(?:and|or)\s)[\w-]+(?:\s+\([A-Z][\w-]*\))?){0,3}\s+by\s+"
    r"(?:(?:up\s+to|about|around|nearly|approximately|over|roughly|an?)\s+)*$",
    re.IGNORECASE)
_CHANGE_VERB_BEFORE = re.compile(r"(?i)\b" + _CHANGE_VERB + r"\s")


def _own_object(text: str, q: Quantity) -> bool:
    """The number is "by N" after an object of its own that names no measure of the spec's: "while reducing
    lines of code by 202x", "reducing query latency by 23.7% and query failures by 51.2%" (a second object
    of a verb of change; "outperforms A by 8.2x and B by 1.35x" names a second baseline)."""
    m = _OWN_OBJECT_BEFORE.search(text, max(0, q.value_start - 64), q.value_start)
    return m is not None and (m.group("second") is None
                              or _CHANGE_VERB_BEFORE.search(text, max(0, m.start() - 80), m.start()) is not None) \
        and not (m.group("second") is not None and _parallel_owner(text, m.start(), m.end("second")))


#: the owner of the measure a change "by" a number was said of, right before the second object:
#: "the latency of ResNet by 2x (and BERT by 3x)", "the size of OPT models by up to 4x"
_OWNER_BEFORE_BY = re.compile(
    r"\bof\s+(?:the\s+)?(?P<owner>(?:[\w.-]+\s+){0,3}?[\w.-]+)\s+by\s+"
    r"(?:(?:up\s+to|about|around|nearly|approximately|over|roughly|an?)\s+)*[\d.,]+\s?(?:[x×%]|times|-?fold)?\s*,?\s*$",
    re.IGNORECASE)
_GAPPED_OBJECT = re.compile(r"\s+(?:(?:the|its|their)\s+)?(?P<object>.+?)\s+by\b")


def _parallel_owner(text: str, joint: int, after_and: int) -> bool:
    """The second object after "and" (``after_and``) is another owner of the measure the first change was said
    of, not a measure of its own: "the latency of ResNet by 2x and BERT by 3x", "the size of OPT models by up to
    4x and LLaMA models by up to 3x": both names, or nouns of one head."""
    owner = _OWNER_BEFORE_BY.search(text, max(0, joint - 80), joint)
    gapped = _GAPPED_OBJECT.match(text, after_and)
    if owner is None or gapped is None:
        return False
    first, second = owner.group("owner").split(), gapped.group("object").split()
    return first[-1].lower() == second[-1].lower() or (first[0][:1].isupper() and second[0][:1].isupper())


def _slash_run(text: str, quantities: list[Quantity], i: int) -> list[int]:
    """The numbers joined to number ``i`` by bare slashes ("1.5x/6.6x"), in order, ``i`` among them."""
    first = i
    while first > 0 and text[quantities[first - 1].end:quantities[first].start] == "/":
        first -= 1
    last = i
    while last + 1 < len(quantities) and text[quantities[last].end:quantities[last + 1].start] == "/":
        last += 1
    return list(range(first, last + 1))


def _comma_listed_before(ctx: SentenceContext, cue: Cue) -> Cue | None:
    """The measure listed right before ``cue`` in a list with commas ("latency, memory, and energy"), one
    that says no change of its own; None at the list's start."""
    j = cue.start - 1
    if j >= 2 and ctx.toks[j].text.isalpha() and ctx.toks[j].lower not in _NOT_A_MODIFIER \
            and ctx.toks[j - 1].lower in ("and", "or") and ctx.toks[j - 2].text == "," \
            and not ctx.toks[j].lower.endswith(("ing", "ed")):
        j -= 1  # "..., and MAC operations": one word that says whose, before the measure
    if j >= 1 and ctx.toks[j].lower in ("and", "or") and ctx.toks[j - 1].text == ",":
        j -= 1
    if j < 1 or ctx.toks[j].text != ",":
        return None
    prev = next((c for c in ctx.cues if c.end == j), None)
    return prev if prev is not None and not prev.direction else None


#: the statistics a measure is read at, before its name: "the average and p90 latency", "the mean end-to-end time"
_STATISTIC_WORDS = frozenset("average mean median tail peak overall total end-to-end p50 p90 p95 p99 p999 and ,".split())
#: words that are no modifier of a listed measure ("... and the latency", "... and on memory")
_NOT_A_MODIFIER = frozenset("the a an its their our on in for of to with by at from than while "
                            # (nor a word that says a change of its own: "2x higher performance and superior power
                            # efficiency")
                            "superior inferior better worse improved enhanced reduced increased lower higher greater "
                            "faster slower comparable similar competitive less more fewer "
                            # (nor a verb that opens a clause of its own: "70% less storage footprint, preserving
                            # real-time performance")
                            "preserving maintaining keeping retaining sustaining achieving enabling allowing ensuring "
                            "yielding attaining delivering which that whereas but".split())
_OVERHEAD_WORDS = frozenset({"overhead", "overheads"})
#: between an overhead and its size: "a runtime overhead of only 7%-20%"
#: (or in brackets after it: "only negligible latency overhead (7.1%)")
_OVERHEAD_OF = re.compile(r"(?i)(?:\s+of\s+|\s*\(\s*)(?:(?:only|just|about|around|roughly|approximately|up\s+to|at\s+most|less\s+than|"
                          r"under|below|nearly|almost|over|more\s+than)\s+)*[~<>≈]?\s?")
_RATE_WORDS = frozenset({"rate", "rates", "ratio", "ratios"})
#: words that end the noun phrase after a number: "90% of the communication overhead" is a share of it
_PHRASE_BREAKS = frozenset("of in on for by to from with at than over".split())


def _overhead_of_number(ctx: SentenceContext, own: tuple[int, int], cues: list[Cue]) -> bool:
    """The noun phrase right after the number ends in "overhead(s)" before any word that says a direction:
    "a 3.2% power overhead", "5% runtime overheads" (not "a 30% reduction in memory overhead"), and no
    verb of its own says otherwise ("saving ~50% GPU memory overhead")."""
    governing = max((c for c in cues if c.end <= own[0] and c.direction), key=lambda c: c.end, default=None)
    if governing is not None and not any(ctx.toks[k].lower in _PHRASE_BREAKS or ctx.toks[k].punct
                                         for k in range(governing.end, own[0])):
        return False
    for c in sorted((c for c in cues if c.start >= own[1]), key=lambda c: c.start):
        if any(ctx.toks[k].lower in _PHRASE_BREAKS or ctx.toks[k].punct for k in range(own[1], c.start)):
            return False
        if ctx.toks[c.end - 1].lower in _OVERHEAD_WORDS:
            return True
        if c.direction:
            return False
    return False

#: a percent of the items a system serves (or is run on) is a share of them: "for 90% of requests", "in 95% of cases",
#: "higher performance on 96.64% of matrices"
_SHARE_OF_WORKLOAD = re.compile(
    # (a name of up to three words before the noun: "on 92% of KernelBench Level 2 tasks")
    r"\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:requests|queries|jobs|users|tasks|samples|cases|instances|"
    r"prompts|workloads?|traces|applications|problems|questions|inputs|kernels|programs|operators|scenarios|"
    r"configurations|matrices|graphs|datasets|benchmarks|models|layers|circuits|designs|files|images|sequences|"
    r"documents|molecules|loops|functions)(?![\w-])", re.IGNORECASE)
#: a share of a change ("97.5 percent of the median TTFT gain from oracle ordering", "88% of its peak speedup")
#: or of an ideal ("73% of the theoretical maximum throughput", "95% of linear scaling"): how close a result comes,
#: a level, not a change (a share of a peak memory or power is what a run still uses, and stays a saving)
_SHARE_OF_CHANGE_OR_IDEAL = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?(?:(?:[\w-]+\s+){0,3}?(?:speedups?|gains?|improvements?|"
    r"benefits?|savings?|reductions?|acceleration)|(?:[\w-]+\s+){0,2}?(?:peak|theoretical|ideal|maximum|max|optimal|"
    r"linear|roofline|attainable|achievable)(?!(?:\s+[\w-]+)?\s+(?:memory|power|energy|costs?|storage|footprint)\b))"
    r"(?![\w-])", re.IGNORECASE)
#: a share of compute ("to 6.9% of FLOPs", "1% of the compute"): what it measures is named after "of"
_SHARE_OF_COMPUTE = re.compile(r"(?i)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:FLOPs?|GFLOPs|TFLOPs|MACs|compute|"
                               r"computations?)(?![\w-])")
#: cost cues that count the devices a run uses: fewer of them is a saving, more a setting
_DEVICE_COUNT_CUES = frozenset({"number of gpus", "gpu count"})
#: change nouns that end a list of measures and say the change of each: "12% latency and 20% memory reductions"
_SHARED_CHANGE_NOUNS = frozenset(
    "reduction reductions saving savings improvement improvements gain gains increase increases decrease decreases "
    "overhead overheads".split())


def _change_said_by_next(ctx: SentenceContext, typer: "_Typer", i: int, cue: Cue | None) -> str | None:
    """The direction of "12% latency and 20% memory reductions", "6% performance and 4% power improvements":
    a number followed by its own measure and "and" shares the change noun that ends the next member (its
    number, up to three words of measure, the noun); None when the sentence says nothing so."""
    own_end = typer.qtok[i][1]
    if cue is None or cue.start != own_end or i + 1 >= len(typer.qtok):
        return None
    k = cue.end + (cue.end < ctx.n and ctx.toks[cue.end].lower == ",")
    next_start, next_end = typer.qtok[i + 1]
    if k >= ctx.n or ctx.toks[k].lower != "and" or k + 1 != next_start:
        return None
    for j in range(next_end, min(next_end + 4, ctx.n)):
        if ctx.toks[j].punct:
            return None
        if ctx.toks[j].lower in _SHARED_CHANGE_NOUNS:
            if ctx.toks[j].lower in _OVERHEAD_WORDS:
                return "increase"
            return next((c.direction for c in ctx.cues if c.start <= j < c.end and c.direction), None)
    return None


#: between a number with its phrase and a later number that "and" joins to it with nothing of its own before it
#: (no verb, article or bound): "1.33x in the prefill stage and 1.70x in the decode stage", "50% latency
#: reduction and 2x throughput improvement" (not "by 40% and achieves 2x", "2x speedup and a 30% lower cost")
_STEP_WORD = (r"(?!(?:and|or|but|while|with|which|that|by|than|over|compared|relative|versus|vs|to|when|whereas|"
              r"respectively|as)\b)\w[\w./-]*")
#: (an acronym in brackets is one word of the phrase: "up to 8x improvements in Time-To-First-Token (TTFT) and 7x")
_STEP_ITEM = rf"(?:{_STEP_WORD}|\([A-Za-z][\w-]*\))"
_COORDINATED_STEP = re.compile(
    rf"\s*(?:{_STEP_ITEM}\s+){{0,6}}(?:(?<=\s){_STEP_ITEM}(?=,))?(?:,\s*)?and\s+")
#: ... and a comma step inside a list that an "and" step closes later: "up to 2.16x on A, 1.82x on B, and 2.0x on C"
_COMMA_STEP = re.compile(rf"\s*(?:{_STEP_ITEM}\s+){{0,6}}(?:(?<=\s){_STEP_ITEM}(?=,))?,\s*")


def _list_step_kind(text: str, a_end: int, b_start: int) -> str | None:
    """ "comma" or "and" for the step between two members of a list of numbers, None for no such step."""
    if _COORDINATED_STEP.fullmatch(text, a_end, b_start):
        return "and"
    if _COMMA_STEP.fullmatch(text, a_end, b_start):
        return "comma"
    parallel = _PARALLEL_COMMA_STEP.fullmatch(text, a_end, b_start)
    if parallel is None and _PARALLEL_STEP.fullmatch(text, a_end, b_start):
        return "and"  # "..., 30X faster than PBG and 9X faster than NetSMF": the last member, each with its rival
    return None if parallel is None else "and" if parallel.group("closing") else "comma"


#: a run of numbers longer than this is a table pasted into the text, not a sentence's list: the test below
#: looks this many numbers ahead at most (and a few back), and so stays linear in the numbers of a sentence
_LONGEST_LIST = 64


def _comma_list_step(text: str, quantities: list[Quantity], i: int, step_from: int) -> bool:
    """Number ``i`` follows a comma in a list of same-unit numbers that an "and" step closes later (a factor's
    aside in brackets is no member: "×3.85 (median ×1.32) on H100, ×3.13 (median ×1.31) on L40, and ...")."""
    unit = quantities[i].unit
    # the members near ``i`` and where the step after each starts (past its aside); the window opens on a member
    low = max(0, i - 6)
    while low > 0 and is_factor_aside(text, quantities[low - 1], quantities[low]):
        low -= 1
    members: list[tuple[Quantity, int]] = []
    for k, q in enumerate(quantities[low:i + _LONGEST_LIST], start=low):
        if k > low and is_factor_aside(text, quantities[k - 1], q):
            members[-1] = (members[-1][0], q.end + 1)
        else:
            members.append((q, q.end))
    at = next((k for k, (q, _) in enumerate(members) if q is quantities[i]), 0)  # (0 for an aside: no member)
    if at == 0 or members[at - 1][0].unit != unit:
        return False  # ("up to 5.35x performance improvement, 35% latency reduction, and 42% ...": no list of one unit)
    step = _list_step_kind(text, step_from, quantities[i].start)
    if step == "and":
        # the member that closes the list: "..., 1200x speedup over a GPU, and 7x over an ASIC"
        return at >= 2 and members[at - 2][0].unit == unit \
            and _list_step_kind(text, members[at - 2][1], members[at - 1][0].start) == "comma"
    if step != "comma":
        return False
    for k in range(at + 1, len(members)):
        (a, a_end), (b, _) = members[k - 1], members[k]
        if b.unit != unit:
            return False
        step = _list_step_kind(text, a_end, b.start)
        if step != "comma":
            return step == "and"
    return False


#: between two members of a list of numbers, each with its setting in brackets or after a preposition, the
#: first perhaps with its change noun: "4.97 (FLUX.1-dev) and 3.52", "2.55 for MHA and 1.67 for GQA", "a 7.0
#: speed-up on FLUX and 3.0 on SD3"
_LIST_STEP = re.compile(r"(?:\s+(?:speed-?ups?|accelerations?|reductions?|improvements?))?"
                        r"\s*(?:\([^()]{1,40}\)\s*|(?:for|on|in|with|at|under)\s+[^\s\d,;()]+(?:\s+[^\s\d,;()]+){0,2}\s*)?"
                        r"(?:,\s*(?:and\s+)?|and\s+)")


#: between two numbers each with a word of its setting and one noun after the second: "under 2% training and
#: under 4% serving overheads", "3% prefill and 6% decode slowdowns"
_PAIR_OF_SETTINGS = re.compile(r"\s+(?:[^\W\d_][\w-]*\s+){1,2}and\s+(?:(?:up\s+to|under|less\s+than|below|about|only|nearly)\s+)?")
#: an article right before a number: "up to a 6x", "and a 3x"
_ARTICLE_AT_END = re.compile(r"(?<![^\W\d_])an?\s+$")
#: "up to 40% over A and 2.4x over B": members of a list, each with what it beats
_COMPARISON_WORD = r"(?:over|than|against|versus|vs\.?|compared\s+(?:to|with))"
#: (a measure and its comparative may stand between: "up to 100x higher throughput than A and 51x higher than B")
_PARALLEL_STEP = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}" + _COMPARISON_WORD + r"\s+"
                            r"(?:[^\s,;()\d][^\s,;()]*\s+){1,8}?"
                            r"(?:,\s*)?and\s+")
_COMPARISON_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+)?" + _COMPARISON_WORD + r"\s")
#: ... and a comma between such members: "up to 2600x speedup over a CPU, 1200x speedup over a GPU, and up to 7x
#: faster compared to X" (the last one may say its own bound)
_PARALLEL_COMMA_STEP = re.compile(r"\s+(?:[^\W\d_]+\s+)?" + _COMPARISON_WORD + r"\s+"
                                  r"(?:[^\s,;()\d][^\s,;()]*\s+){0,7}[^\s,;()\d][^\s,;()]*,\s*"
                                  r"(?P<closing>and\s+(?:(?:up\s+to|about|around|over|nearly)\s+)?)?")


def _parallel_comparison(text: str, step_from: int, q: Quantity) -> re.Match | None:
    """The number follows an earlier one's comparison and names its own: "up to 40% over A and 2.4x over B"."""
    m = _PARALLEL_STEP.fullmatch(text, step_from, q.start)
    return m if m is not None and _COMPARISON_AFTER.match(text, q.end) else None


def _aside_closes_between(text: str, q: Quantity, nxt: Quantity) -> bool:
    """``q`` stands in brackets that close before ``nxt``: "drastic Gaussian reduction (50% fewer) by ..., and
    efficient optimization (75% fewer iterations)" (the aside belongs to the noun before it, not to the next)."""
    return ")" in text[q.end:nxt.start] and inside_brackets(text, q.start)


#: a participle that sums up the main clause's change, right before the number: ", achieving a 92% reduction"
_RESULT_PARTICIPLE_BEFORE = re.compile(
    r"(?i),\s*(?:achieving|yielding|resulting\s+in|leading\s+to|amounting\s+to|delivering|providing|giving|"
    r"which\s+is|i\.e\.,?)\s+(?:an?\s+)?(?:(?:overall|total|net|nearly|about|up\s+to|over|roughly)\s+)*$")
#: ... and the change noun after it
_CHANGE_NOUN_AFTER = re.compile(r"(?i)\s*(?:reduction|decrease|cut|saving|savings|improvement|speedup|speed-up|"
                                r"acceleration|gain|increase|drop)\b")


def _result_clause_cue(ctx: SentenceContext, text: str, q: Quantity) -> Cue | None:
    """The strong cue of a comparative kind in the clause before ", achieving a N% reduction" (after a verb of
    change there), when the number names no measure of its own; None otherwise."""
    m = _RESULT_PARTICIPLE_BEFORE.search(text, max(0, q.start - 48), q.value_start)
    if m is None or not _CHANGE_NOUN_AFTER.match(text, q.end):
        return None
    comma = ctx.token_at(m.start())
    before = [c for c in ctx.cues if c.end <= comma and c.kind in COMPARATIVE and not c.weak]
    if not before or not _CHANGE_VERB_BEFORE.search(text, 0, m.start()):
        return None
    return before[-1]


#: a change set off after an amount it restates: "1 million tokens - an up to 500x increase over X",
#: "1,200 tokens/s, a 3x improvement", "455 tokens/second/W, marking a 19-fold improvement" (only words and the
#: amount's own unit between)
_RESTATING_GAP = re.compile(
    r"(?:[^\d;:.,()–—-]|(?<=\w)-(?=\w)){0,60}?(?:,|\s[-–—]|—)\s*"
    r"(?:(?:marking|representing|which\s+(?:is|marks|represents))\s+)?(?:an?\s+)?"
    r"(?:(?:overall|total|net|nearly|about|roughly|up\s+to|over|more\s+than|almost)\s+)*", re.IGNORECASE)


#: a plus sign written before a number ("+71% in memory") and the measure after "in" that it changes
_PLUS_SIGN_BEFORE = re.compile(r"(?<![\w+])\+\s?$")
_IN_MEASURE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?")
#: "only" before a share of a resource (or before the first share of a list of them): "with only about 30% KV
#: cache memory", "with only 55.6% TFLOPs and 53.8% KV cache storage"
_ONLY_SHARE_BEFORE = re.compile(
    r"(?i)\b(?:only|just|merely)\s+(?:(?:about|around|approximately|roughly|nearly)\s+)?"
    r"(?:\d+(?:\.\d+)?\s?%\s+(?:[^\W\d_][\w-]*\s+){1,3}(?:,\s*(?:and\s+)?|and\s+))?$")
#: a character of a verb's object: no clause end and no number with a sign of its own
_OBJECT_CHAR = r"[^;:.\d%×]|\d(?![\d.,]*\s?[%×x])"
#: the words between "by" and the number it says
_BOUNDS_AFTER_BY = (r"up\s+to|more\s+than|over|about|around|nearly|roughly|approximately|at\s+least|as\s+much\s+as|an?|"
                    r"factor\s+of")
#: a speed verb, its object and "by" right before a number: "speeds up 22 out of 99 TPC queries (...) by more
#: than 2x" (an object holds no verb of change and no number with a sign of its own)
_SPEED_VERB_OVER_OBJECT = re.compile(
    r"(?i)\b(?P<verb>" + "|".join(re.escape(p).replace(r"\ ", r"\s+")
                                  for p in sorted(SPEED_VERB_PHRASES, key=len, reverse=True)) + r")\s+"
    r"(?P<object>(?:(?!(?:improv|reduc|increas|decreas|lower|rais|boost|cut|sav|which|while|whereas)\w*\b)"
    r"(?:" + _OBJECT_CHAR + r")){1,120}?)\s+by\s+(?:(?:" + _BOUNDS_AFTER_BY + r")\s+)*$")


def _speed_verb_over_object(ctx: SentenceContext, text: str, q: Quantity) -> Cue | None:
    """The speed verb's cue when the number is "by N" after that verb and its object; None otherwise."""
    m = _SPEED_VERB_OVER_OBJECT.search(text, max(0, q.value_start - 160), q.value_start)
    if m is None:
        return None
    at = ctx.token_at(m.start("verb"))
    return next((c for c in ctx.cues if c.start == at and c.kind == "speedup"), None)


#: a verb that says a size was outdone: "surpasses the current ... model size by a thousandfold"
_SURPASSES_BEFORE = re.compile(r"(?i)\b(?:surpass|exceed|outgrow|outscal)\w*\s+(?:[^\s.;:]+\s+){0,10}?"
                               r"(?:model\s+)?sizes?\s+by\s+(?:(?:a|an|about|over|more\s+than|nearly)\s+)*$")
#: a verb of change, its object and "by N" right before the number (the object no number with a sign, no clause)
_CHANGE_VERB_OVER_OBJECT = re.compile(
    r"(?i)\b(?P<verb>reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|shrink(?:s|ing)?|"
    r"improv(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?)\s+"
    r"(?P<object>(?:(?!(?:which|while|whereas|and\s+(?:reduc|improv|increas|cut|lower|boost))\w*\b)"
    r"(?:" + _OBJECT_CHAR + r")){1,120}?)\s+by\s+(?:(?:" + _BOUNDS_AFTER_BY + r"|average\s+of)\s+)*$")


#: a verb of change, what it changes, and the level that takes: "reduces the training steps needed to reach a
#: comparable perplexity by up to 21.0%", "cuts the time required to reach 80% accuracy by 2x"
_CHANGED_TO_REACH = re.compile(
    r"(?i)\b(?P<verb>reduc\w*|cut\w*|lower\w*|decreas\w*|shorten\w*|sav\w*)\s+(?P<object>(?:[\w-]+\s+){1,5}?)"
    r"(?:needed|required|necessary|taken)\s+to\s+(?:reach|achieve|attain|match|hit|obtain)\b[^;:.]{0,80}?"
    r"\s+by\s+(?:(?:" + _BOUNDS_AFTER_BY + r")\s+)*$")


#: a list that starts right after its colon, with at most a bound before its first number
_LIST_STARTS_AFTER_COLON = re.compile(r"\s*(?:(?:up\s+to|about|around|over|nearly|roughly)\s+|[~≈]\s?)?[$\d]")


#: a verb of beating something, before the phrase that names what it beats
_RIVAL_VERB_BEFORE = re.compile(r"(?i)\b(?:" + _BEAT_VERBS + r"|outpac\w*)\s+"
                                r"(?:[\w-]+\s+){0,6}$")
#: after a gain, the benchmarks it was measured on: "on MMLU", "on average over benchmarks like TriviaQA"
_ON_BENCHMARKS_AFTER = re.compile(r"(?i)\s+(?:on\s+average\s+)?(?:on|over|across)\s+(?:the\s+)?"
                                  r"(?:(?:[\w-]+\s+)?benchmarks?\b|(?-i:(?P<name>[A-Z][\w.+-]*)))")


def _colon_head(ctx: SentenceContext, text: str, q: Quantity) -> Cue | None:
    """The cue of a comparative kind that ends right before the last colon ahead of ``q``, with no other cue of
    a kind between the colon and ``q`` ("consistent speedups: 8.7x on GSM8K, ..."); None otherwise."""
    colon = text.rfind(":", 0, q.start)
    if colon < 0 or not _LIST_STARTS_AFTER_COLON.match(text, colon + 1):
        return None  # (the list starts right after the colon: not "parameters: achieving up to 12.20% on ...")
    at = ctx.token_at(colon)
    head = next((c for c in ctx.cues if c.end == at and c.kind in COMPARATIVE and not c.weak), None)
    if head is None or any(c.kind and at < c.start and ctx.toks[c.start].idx < q.start for c in ctx.cues):
        return None
    return head


def _measure_of_changed_object(ctx: SentenceContext, text: str, q: Quantity,
                               pattern: re.Pattern) -> tuple[Cue, Cue | None] | None:
    """The strong cue of a comparative kind that the object of a verb of change names first, when the number is
    "by N" after that object (``pattern``: the one that finds the object), and the verb's own cue where it says
    a direction; None otherwise."""
    m = pattern.search(text, max(0, q.value_start - 200), q.value_start)
    if m is None:
        return None
    first, last = ctx.token_at(m.start("object")), ctx.token_at(m.end("object") - 1)
    measure = next((c for c in ctx.cues if first <= c.start and c.end <= last + 1 and c.kind in COMPARATIVE
                    and not c.weak), None)
    if measure is None:
        return None
    at = ctx.token_at(m.start("verb"))
    return measure, next((c for c in ctx.cues if c.start == at and c.direction), None)


#: the comparatives that say how a restated amount changed: "0.36 kWh per 3,000 slides, 171x lower than X"
_AMOUNT_COMPARATIVES = r"(?:lower|higher|less|more|fewer|slower|faster|smaller|larger|greater|better|worse)"
_COMPARATIVE_THAN_AFTER = re.compile(r"(?i)\s*" + _AMOUNT_COMPARATIVES + r"\s+than\b")
#: what normalises an amount: "0.36 kWh per 3,000 slides"
_PER_BETWEEN = re.compile(r"\s*per\s+")


def _restated_amount_cue(ctx: SentenceContext, text: str, q: Quantity, earlier: list[Quantity],
                         cands: list[Candidate]) -> Cue | None:
    """The cue of what the amount right before a restating change measures ("context lengths of up to 1
    million tokens - an up to 500x increase over X" is a larger context: capacity; "consumes 0.36 kWh per
    3,000 slides, 171x lower than X" less energy); None when the number restates no amount of a known
    measure.  ``earlier``: the quantities before the number."""
    amount = earlier[-1]
    if not _RESTATING_GAP.fullmatch(text, amount.end, q.value_start) or not (
            _CHANGE_NOUN_AFTER.match(text, q.end) or _COMPARATIVE_THAN_AFTER.match(text, q.end)):
        return None
    if len(earlier) > 1 and _PER_BETWEEN.fullmatch(text, earlier[-2].end, amount.start):
        amount = earlier[-2]  # the amount, not the count it is per
    return _amount_cue(ctx, amount, cands)


#: a comparison with "that"/"those", the measure said before: "13.2 tokens/s ..., only 18% lower than that
#: achieved by an A100"
_THAN_THAT_AFTER = re.compile(r"(?i)\s*" + _AMOUNT_COMPARATIVES + r"\s+than\s+(?:that|those)\b")
#: ... or "that of" after a factor in brackets, or a slash list of them: "(5,555×/85× that of GPU/WSE)"
_THAT_OF_AFTER = re.compile(r"(?i)(?:\s?/\s?\d[\d.,]*\s?[x×])*\s+(?:that|those)\s+of\b")


def _amount_cue(ctx: SentenceContext, amount: Quantity, cands: list[Candidate]) -> Cue | None:
    """The cue of what an amount the sentence states measures: the capacity words of a context length, or
    the cue group of its unit ("tokens/s": throughput); None when its unit names no measure of the spec."""
    said = next((c for c in reversed(cands) if c.end == amount.end), None)
    if said is None:
        return None
    start, end = ctx.token_span(amount.start, amount.end)
    if said.kind == "context_length":
        # the measure's own words where the sentence says them ("context lengths of up to 1 million")
        named = [c for c in ctx.cues if c.kind == "capacity" and c.end <= start]
        if named:
            return named[-1]
        group = "capacity"
    else:
        group = CHANGE_GROUP_OF_UNIT.get(said.unit or "")
        if group is None:
            return None
        unit_start = end
        while unit_start > start and not any(ch.isdigit() for ch in ctx.toks[unit_start - 1].text):
            unit_start -= 1
        if said.unit == "params":
            noun = end + (end < ctx.n and ctx.toks[end].text in ("K", "M", "B", "T"))  # (the tokeniser's "878", "K")
            if noun < ctx.n and ctx.toks[noun].lower in ("parameters", "params"):
                start, end = noun, noun + 1  # "878K parameters": the noun after the count names the measure
        elif unit_start < end:
            start = unit_start  # "1,200 requests per second": the unit's words name the measure
    return Cue(start, end, (load_lexicon().cues[group],))


#: between an amount and its share in brackets: "by 120 ms (25%)"
_SHARE_OF_AMOUNT = re.compile(r"\s*\(\s*")

_UNIT_LATER = re.compile(r"(?i)\s*(?:,\s*|and\s+|or\s+|to\s+|[-–]\s*)\d[\d.,]*\s*"
                         r"(?:%|×|x(?![^\W_])|times|-?fold|orders?\s+of|percent|points?|pp)")


def _lost_times(text: str, q: Quantity, previous: Quantity | None, typer: "_Typer", own: tuple[int, int],
                first: int, document: str = "", device_starts: frozenset[int] = frozenset()) -> bool:
    """A factor whose "×" a web copy lost, after "by": "reduces end-to-end training time by up to 2.2",
    "reduces latency by up to 4.97 (FLUX.1-dev) and 3.52 (HunyuanVideo)". Only a number with decimals or a
    whole number up to 10 ("reduces TTFT by up to 4"; a bare "by 40" may as well have lost its "%"), only
    after a strong cue of a comparative kind before it (not "outperforms X by 1.98": that may be points) or after
    a factor of the sentence that lost its "×" too, and only where no noun follows (not "by 4 layers")."""
    whole = "." not in q.text
    if q.magnitude is not None or q.word or not 1 < q.high < (11 if whole else 100) or counts_something(text, q.end) \
            or _UNIT_LATER.match(text, q.end):
        return False  # "by up to 2 and 4 orders of magnitude": the unit comes with the list's last member
    on_device = (on := _ON_DEVICE_AFTER.match(text, q.end)) is not None and on.end() in device_starts
    if not _BY_BEFORE.search(text, max(0, q.value_start - 24), q.value_start):
        if not whole and document and _CHANGE_BEFORE.search(text, max(0, q.value_start - 32), q.value_start) \
                and copy_lost_times(document):
            # "achieving an average reduction of 54.20": in a copy that lost the "×" of every factor, a change "of"
            # a decimal lost it too (unless it is said of a score)
            return typer.classify(own, first, None)[0] != "accuracy"
        # "... by up to 4.97 (FLUX.1-dev) and 3.52": a later member of a list whose first lost its "×" too
        # ("by up to 1.7 on V100 GPUs and up to 1.6 on A100 GPUs": or one on a device of its own)
        return not whole and lost_its_times(previous) and (
            _LIST_STEP.fullmatch(text, previous.end, q.start) is not None
            or (on_device and _BOUND_WORD_BEFORE.search(text, max(0, q.start - 16), q.value_start) is not None))
    if lost_its_times(previous) or (on_device and not whole):
        # ("outperforms existing tensor program optimizers by up to 1.7 on V100 GPUs": a change measured on a
        # device is one of speed, not points of a score)
        # "an average 2.34 speedup over PostgreSQL and outperforming the learned methods by 2.21": a copy that lost
        # the "×" of an earlier factor of the sentence lost this one's too
        return True
    kind, cue, _, source = typer.classify(own, first, None)
    if kind in COMPARATIVE and cue is not None and not cue.weak and source == "left":
        return True
    # "our kernels outperform a dual-socket CPU server by over 3": in a copy that lost the "×" of every factor,
    # a change "by" a small number lost it too (unless it is said of a score)
    return kind != "accuracy" and bool(document) and copy_lost_times(document)


#: "on" and an article before a device: "by up to 1.7 on V100 GPUs", "by 2.1 on an A100"
_ON_DEVICE_AFTER = re.compile(r"\s+(?:on|using)\s+(?:(?:an?|the|one|a\s+single|single)\s+)?")
#: a bound word right before a number: "and up to 1.6"
_BOUND_WORD_BEFORE = re.compile(r"(?i)\b(?:up\s+to|over|about|nearly|around)\s+$")
#: the nouns of a drop in quality, which name what the number before them measures
_DROP_NOUNS = frozenset({"drop", "drops", "loss", "losses", "degradation", "degradations"})
#: ... where it ends its phrase (not "a 25% drop rate", the share of tokens dropped)
_AFTER_DROP_NOUN = frozenset("in of on across for with over compared relative versus vs vs. against and or while when "
                             "at from under , ; . : ) (".split())
#: the prepositions that tie a noun to the measure before it: "the latency of KV cache loading"
_OF_WORDS = ("of", "for", "in")
#: a word that may qualify such a noun: "host-PIM", "data"
_MODIFIER_WORD = re.compile(r"[^\W\d_][\w\u2013-]*")


class _Typer:
    """Typing of the numbers of one sentence by the cue phrases around them."""

    def __init__(self, ctx: SentenceContext, quantities: list[Quantity]):
        self.ctx = ctx
        self.qtok = [ctx.token_span(q.start, q.end) for q in quantities]
        self.quantity_at: list[tuple[int, int] | None] = [None] * ctx.n  # token -> span of its number
        for span in self.qtok:
            for i in range(span[0], min(span[1], ctx.n)):
                self.quantity_at[i] = span
        self.baseline_tokens = {i for _, s, e in ctx.doc.user_data["baseline_cues"] for i in range(s, e)}
        self.stop = load_lexicon().baseline_stop
        self._cue_at = {c.start: c for c in ctx.cues}
        self._cue_ending = {c.end: c for c in ctx.cues}
        #: the last tokens of parameter counts in billions: part of a noun phrase ("the memory usage for the
        #: 12B FLUX.1 models by 3.5x"), not a claim the words before belong to
        self.size_ends = {span[1] for q, span in zip(quantities, self.qtok) if q.magnitude in ("B", "T")}

    def _other_quantity(self, i: int, own: tuple[int, int]) -> bool:
        span = self.quantity_at[i]
        return span is not None and span != own

    def right_cues(self, own: tuple[int, int]) -> list[Cue]:
        """Cues after the number, up to the next number, comparison, clause break or window end.

        A parenthesis right after the number is an aside and is skipped
        ("1.93% (1.98+/-0.07) validation error"); "both A and B" keeps going.
        """
        ctx = self.ctx
        toks = ctx.toks
        out: list[Cue] = []
        words = 0
        both = False
        i = own[1]
        while i < ctx.n and words < RIGHT_WINDOW:
            tok = toks[i]
            if tok.text == "(":
                close = next((j for j in range(i + 1, min(ctx.n, i + 14)) if toks[j].text == ")"), None)
                if close is not None:
                    i = close + 1
                    continue
            if tok.lower == "both":
                both = True
            if tok.lower == "and" and both:
                i += 1
                continue
            if tok.lower == "and" and i > own[1] and toks[i - 1].text.isalpha() and i not in self._cue_ending \
                    and not any(c.kind for c in out) and (
                        ((nxt := self._cue_at.get(i + 1)) is not None and nxt.kind)
                        # ("a 2.9x reduction in GPU setup and operating costs": a modifier of its own before the head)
                        or (i + 2 < ctx.n and i + 1 not in self._cue_at and toks[i + 1].text.isalpha()
                            and toks[i + 1].text.islower() and toks[i + 1].lower not in _NOT_A_MODIFIER
                            and (nxt := self._cue_at.get(i + 2)) is not None and nxt.kind and not nxt.weak)):
                i += 1  # "1.5x and 2.5x lower decode and prefill latency": two modifiers of one measure
                continue
            if i == own[1] and tok.lower == "or" and i + 1 < ctx.n and self.quantity_at[i + 1] is not None:
                i = self.quantity_at[i + 1][1]  # "(71.1% or 617 ms lower TTFT)": the same change said twice
                continue
            if i == own[1] and tok.lower in ("on", "in") and i + 2 < ctx.n and toks[i + 1].lower == "average" \
                    and toks[i + 2].lower == "in":
                i += 2  # "improves 2.2% on average in accuracy": the measure follows the average
                continue
            if tok.lower == "on" and not any(c.kind and not c.weak for c in out) and (cue := self._measure_after_on(i)) is not None:
                out.append(cue)  # "6.4-12.7 times on model size", "2.5x on throughput": the measure said after "on"
                break
            if tok.lower in ("and", "or", ",") and out and out[-1].kind and not any(c.direction for c in out) \
                    and out[-1].end == i and (shared := self.shared_change_after(i)) is not None:
                out.append(shared)  # "a 40% latency and memory reduction": the change word after the list
                break
            if self._other_quantity(i, own) or i in self.baseline_tokens or tok.text in _CLAUSE_PUNCT \
                    or tok.text == "," or tok.lower in _RIGHT_BREAKS or (i > own[1] and tok.lower in _MAIN_VERBS):
                break
            if tok.lower == "as" and i >= 2 and toks[i - 2].lower == "as":
                break  # "twice as large as GPU memory": what follows the second "as" is the reference
            cue = self._cue_at.get(i)
            if cue is not None:
                out.append(cue)
                i = cue.end
                words += 1
                continue
            words += ctx.is_word[i]
            i += 1
        return out

    def shared_change_after(self, i: int) -> Cue | None:
        """The word of change ("improvements", or a last member that ends in one: "memory reduction") that
        closes a list of measures going on at the joining word at token ``i``, the change of every member: "2x
        latency and energy improvements", "40% latency, memory and energy reductions"; None when a member says a
        change of its own or a number stands in the list."""
        toks, n = self.ctx.toks, self.ctx.n
        j, members = i, 1  # (the measure before the joining word)
        while j < n and members < 5:
            while j < n and toks[j].lower in ("and", "or", ",", "/"):
                j += 1
            cue = self._cue_at.get(j)
            if cue is None or self.quantity_at[j] is not None:
                return None
            if cue.direction:
                # the change word after a member ("energy improvements", not a verb of a clause of its own:
                # "2.02x the throughput and reduce the prefilling time by 3.65x") or ending the last member
                # ("memory reduction", not "and reduces memory"); a measure after it has a change of its own
                # ("latency and lower memory")
                after = self._cue_at.get(cue.end)
                ends_in_noun = _CHANGE_NOUN_WORD.fullmatch(toks[cue.end - 1].lower) is not None
                return cue if (members > 1 if not cue.kind else ends_in_noun) and (after is None or not after.kind) \
                    else None
            if not cue.kind or cue.weak:
                return None
            j, members = cue.end, members + 1
        return None

    def _measure_after_on(self, i: int) -> Cue | None:
        """The kind cue that is the whole object of the "on" at token ``i`` ("on model size", "on the KV
        cache"), not a word of a longer noun phrase ("on memory-bound kernels", "on memory traces")."""
        toks, n = self.ctx.toks, self.ctx.n
        j = i + 1 + (i + 1 < n and toks[i + 1].lower in ("the", "its", "their"))
        # (past the statistics it is read at: "a 23% and 27% reduction on the average and p90 latency")
        k = j
        while k < min(n, j + 4) and k not in self._cue_at and toks[k].lower in _STATISTIC_WORDS:
            k += 1
        if k in self._cue_at:
            j = k
        cue = self._cue_at.get(j)
        if cue is None or cue.kind in (None, "accuracy"):
            return None  # (a benchmark is where a number was measured: "1.8x on MT-bench")
        return cue if cue.end >= n or toks[cue.end].text in _CLAUSE_PUNCT or toks[cue.end].text in (",", ")") \
            or toks[cue.end].lower in _MEASURE_ENDS else None

    def paired_cues(self, members: list[int]) -> list[Cue] | None:
        """One kind cue per member of a list of numbers, from a list of as many cues right after it
        ("27.07x and 81x improvement in performance and energy efficiency") or right before it
        ("reduces latency and memory by 30% and 45%, respectively"); None when there is no such list."""
        n = len(members)
        after = self._cue_run(self.qtok[members[-1]][1], +1)
        if len(after) == n:
            return after
        before = self._cue_run(self.qtok[members[0]][0], -1)
        return before[::-1] if len(before) == n else None

    def _past_aside(self, q: int, step: int) -> int:
        """The token after a short bracketed aside ("(FPS)") or, going back, before a possessive with its
        article ("the server's") that starts at token ``q``; ``q`` when there is none."""
        toks, n = self.ctx.toks, self.ctx.n
        if not 0 <= q < n:
            return q
        if toks[q].text == (")" if step < 0 else "("):
            for k in range(1, 5):
                j = q + step * k
                if not 0 <= j < n:
                    break
                if toks[j].text == ("(" if step < 0 else ")"):
                    return j + step
        if step < 0 and toks[q].lower in ("'s", "’s") and q >= 1:
            return q - 2 - (q >= 2 and toks[q - 2].lower in ("the", "a", "an", "its", "their", "our"))
        return q

    def _cue_run(self, i: int, step: int) -> list[Cue]:
        """The kind cues joined by "and", "or" or commas that start (``step`` +1) or end (-1) within
        three tokens of token ``i``, across only joining words and cues that say no kind ("improvement")."""
        toks, n = self.ctx.toks, self.ctx.n
        forward = step > 0
        p = i if forward else i - 1  # the token looked at

        def cue_at(p: int) -> Cue | None:
            return self._cue_at.get(p) if forward else self._cue_ending.get(p + 1)

        def past(cue: Cue) -> int:
            return cue.end if forward else cue.start - 1

        run: list[Cue] = []
        skipped = 0
        while 0 <= p < n:
            cue = cue_at(p)
            if not forward and not run and cue is not None and cue.weak and cue.kind == "performance" \
                    and cue.direction and (before := self._cue_ending.get(cue.start)) is not None and before.kind:
                p = past(cue)  # back past the noun of change the listed measures share: "train speed and memory
                continue       # utilization improvements up to 10x and 4x"
            if cue is not None and cue.kind:
                run.append(cue)
                p = q = past(cue)
                if not forward and q >= 1 and toks[q].lower == "of" and toks[q - 1].lower in ("number", "amount"):
                    # back past the head of "the model size and number of operations"
                    q -= 2 + (q >= 2 and toks[q - 2].lower == "the")
                if not forward:
                    # back past up to two words that say whose and a comparative, to the joining word before a
                    # member: "memory usage, and inference throughput by ...", "higher X, lower Y, and lower NPU
                    # usage cost by ..."
                    r, words = q, 0
                    while r >= 1 and words < 2 and toks[r].text.isalpha() and toks[r].lower not in _JOINING_WORDS \
                            and self._cue_ending.get(r + 1) is None:
                        r, words = r - 1, words + 1
                    while r >= 1 and (kindless := self._cue_ending.get(r + 1)) is not None and not kindless.kind:
                        r = kindless.start - 1
                    if r != q and r >= 0 and toks[r].lower in _JOINING_WORDS:
                        q = r
                r = self._past_aside(q, step)
                if r != q and 0 <= r < n and toks[r].lower in _JOINING_WORDS:
                    q = r  # "the frames-per-second (FPS) and FPS/Watt", "the delay and the server's energy"
                while 0 <= q < n and toks[q].lower in _JOINING_WORDS:  # "A and B", "A, B, and C"
                    q += step
                if q != p and not forward:
                    q = self._past_aside(q, step)  # back past "(FPS)" in "frames-per-second (FPS) and FPS/Watt"
                if q != p:
                    p = q
                    continue
                if forward and len(run) == 1 and p < n and toks[p].lower in ("in", "of", "on") and skipped < 3:
                    # "improvement in performance and energy efficiency", "better on accuracy and time": the head
                    # word is no member
                    run, p, skipped = [], p + 1, skipped + 1
                    continue
                break
            if run or skipped >= 5:
                break
            if cue is not None and not cue.kind:
                p = past(cue)
            elif toks[p].lower in _PAIRING_GAP_WORDS or (not forward and toks[p].lower in _BOUND_GAP_WORDS) \
                    or (not forward and (toks[p].lower in _PASSIVE_CHANGE_WORDS or toks[p].text == "(")):
                # (back across a bound: "latency and energy by up to 100x and 10000x"; a passive verb of
                # change: "the latency and memory are reduced by 30% and 45%, respectively"; and the bracket the
                # numbers stand in: "better performance and energy efficiency (up to 3.1x and 1.4x, respectively)")
                p += step
            elif not forward and skipped and (of := self._of_phrase_start(p)) is not None:
                p = of - 1  # (back across what is measured: "the runtime and communication of GELU by 1.5x and 2.5x")
            else:
                break
            skipped += 1
        # a member may measure nothing the spec names ("37% and 68% in area and power"), but not all
        return run if any(c.kind != "other" for c in run) else []

    def _of_phrase_start(self, p: int) -> int | None:
        """The "of"/"for" that opens a short phrase of plain words ending at token ``p`` ("of GELU", "for long
        prompts"), right after a cue; None when there is none."""
        toks = self.ctx.toks
        for j in range(p, max(-1, p - 4), -1):
            if not toks[j].text[:1].isalpha():
                return None
            if toks[j].lower in ("of", "for"):
                return j if j > 0 and self._cue_ending.get(j) is not None else None
        return None

    def _measure_of_pronoun(self, first: int) -> Cue | None:
        """The measure an "it" stands for after a verb of change, before "by" and the number at token ``first``:
        "reduces energy by more than 3x, and lowering precision further reduces it by 24x" (the nearest measure
        of a scored kind said before it in the sentence)."""
        toks = self.ctx.toks
        j = first - 1
        while j > 0 and toks[j].lower in _BOUND_WORDS_AFTER_BY:
            j -= 1
        if j < 2 or toks[j].lower != "by" or toks[j - 1].lower not in ("it", "them") \
                or not _VERB_BEFORE_PRONOUN.fullmatch(toks[j - 2].lower):
            return None
        return next((c for c in reversed(self.ctx.cues) if c.end <= j - 2 and c.kind in COMPARATIVE and not c.weak),
                    None)

    def left_cues(self, first: int, max_words: int = LEFT_WINDOW, cross_paren: bool = False) -> list[Cue]:
        """Cues before token ``first`` (nearest first), back to a clause break, another number or (unless
        ``cross_paren``) the opening parenthesis the number sits in."""
        ctx = self.ctx
        out: list[Cue] = []
        words = 0
        i = first
        stops = (";", ",") if cross_paren else (";", ",", ":", "(")
        free_from = self._comparison_before(first, stops)
        joined_at = 0  # the token after the nearest "and" walked over
        while i > 0 and words < max_words:
            if ctx.toks[i - 1].text == "," and self._list_comma(i - 1, first):
                i -= 1  # "reduces mean, median, and tail latencies by ...": a list of words, one phrase
                continue
            if ctx.toks[i - 1].text == "(" and i < first and any(t.text == ")" for t in ctx.toks[i:min(first, i + 4)]):
                i -= 1  # "reduces the first-token latency (TTFT) by 40%": a short aside closed before the number
                continue
            if ctx.toks[i - 1].text == "," and (opened := self._apposition_before_by(i - 1, first)) is not None:
                i = opened  # "improves throughput over the best prior kernel, FlashDecoding, by 35%"
                continue
            if ctx.toks[i - 1].text == "," and i < first \
                    and tuple(t.lower for t in ctx.toks[i:first]) in _RANGE_OPENERS_AFTER_COMMA:
                i -= 1  # "improve the inference speed of Code LLMs, ranging from 34% to 452%": the range restates it
                continue
            if self._example_aside_before(i):
                i -= 3  # "a fraction of the storage (e.g., 5% of the original data)": the aside explains the noun
                continue
            if ctx.toks[i - 1].text in stops or ctx.toks[i - 1].lower in CLAUSE_WORDS:
                break
            if self._other_quantity(i - 1, (first, first)) and i in self.size_ends and i < first \
                    and ctx.toks[i].text[:1].isalpha():
                i = self.quantity_at[i - 1][0]  # "for the 12B FLUX.1 models by 3.5x": the size names the models
                continue
            if self._other_quantity(i - 1, (first, first)):
                if i in self.baseline_tokens:
                    # "by over 100% compared to speculation with a much smaller draft model and by over 35%":
                    # up to the "and", the words walked were the earlier number's comparison, whose adjectives
                    # say nothing here ("in half compared to vLLM and reduces serving cost by half" keeps "cost")
                    out = [c for c in out if c.start >= joined_at]
                break
            if ctx.toks[i - 1].lower == "and" and joined_at == 0:
                joined_at = i
            if ctx.toks[i - 1].lower == "and" and i < first and ctx.toks[i].lower in _PREDICATE_VERBS:
                break  # "... of the visual tokens and maintains 98% performance": a new predicate
            cue = self._cue_ending.get(i)
            if cue is not None and self._follows_number(cue.start, first) and self._goes_on(cue.end, first):
                # "4.7x fewer spikes and runs 2.5x faster": "fewer spikes" is the earlier number's; but
                # "83.85% GSM8K accuracy (vs. 90.83% ...)" compares the same measure
                break
            if cue is not None:
                out.append(cue)
                i = cue.start
                words += 1
                continue
            if i - 1 < free_from:
                words += ctx.is_word[i - 1]
            i -= 1
        return out

    def _apposition_before_by(self, c: int, first: int) -> int | None:
        """The token of the comma opening a name set off by commas, when the comma at token ``c`` closes it
        and only "by" and bound words stand between it and the number at ``first``: "over the best prior
        kernel, FlashDecoding, by 35%" compares with the phrase before the name; else None."""
        toks = self.ctx.toks
        between = [t.lower for t in toks[c + 1:first]]
        if not between or between[0] != "by" or not (_BOUND_GAP_WORDS | _CHANGE_SIZE_WORDS).issuperset(between[1:]):
            return None
        for j in range(c - 1, max(0, c - 12), -1):
            if toks[j].text == ",":
                name = toks[j + 1:c]
                # a name: capitalised or with a digit, no word of a clause ("which", "and"); or a description
                # after its article ("Megatron-LM, a state-of-the-art framework, by 26%")
                named = name and (name[0].text[:1].isupper() or any(ch.isdigit() for ch in name[0].text)) \
                    and c - j <= 5
                described = name and name[0].lower in ("a", "an", "the") and len(name) > 1
                if (named or described) \
                        and all(t.lower not in CLAUSE_WORDS and t.lower not in _JOINING_WORDS for t in name) \
                        and not self._other_quantity(j + 1, (first, first)):
                    return j
                return None
        return None

    def _comparison_before(self, first: int, stops: tuple[str, ...]) -> int:
        """The token of a comparison ("over", "than") at most 16 tokens before ``first`` in its clause, or
        ``first``: "higher energy efficiency over the prior GNN training systems for both CPU and GPU by
        38%": the words of the comparison between a number and its noun do not use up the window."""
        if not self.baseline_tokens:
            return first
        toks = self.ctx.toks
        j = first - 1
        while j > max(-1, first - 17):
            if j in self.baseline_tokens:
                return j
            if toks[j].text == "," and (opened := self._apposition_before_by(j, first)) is not None:
                j = opened - 1  # "surpasses the best prior kernel, FlashDecoding, by 12%"
                continue
            if toks[j].text in stops or toks[j].lower in CLAUSE_WORDS or self._other_quantity(j, (first, first)):
                break
            j -= 1
        return first

    def _example_aside_before(self, i: int) -> bool:
        """Tokens ``i - 3``..``i`` are "( e.g. ," or "( i.e. ,": an aside opens right before token ``i``."""
        toks = self.ctx.toks
        return i >= 3 and toks[i - 1].text == "," and toks[i - 2].lower in ("e.g.", "i.e.") and toks[i - 3].text == "("

    def _setting_of_earlier_number(self, cue: Cue, own: tuple[int, int]) -> bool:
        """``cue`` is a benchmark said as where another, earlier number was measured ("1.8x on MT-bench", with
        a word before it: "up to 2.45x in simulation benchmarks"), or the condition it was measured under ("by up
        to 2.4x with unrestricted communication resources", before "and up to 3.42x under ...")."""
        toks = self.ctx.toks
        if cue.kind == "accuracy":
            places, gaps = ("on", "in", "across"), (cue.start - 2, cue.start - 3)
        else:
            places, gaps = ("with", "under", "given"), (cue.start - 2, cue.start - 3, cue.start - 4)
        for j in gaps:
            if j >= 0 and toks[j + 1].lower in places and all(t.text.isalpha() for t in toks[j + 2:cue.start]) \
                    and self.quantity_at[j] is not None and self._other_quantity(j, own):
                return True
        return False

    def _follows_number(self, start: int, first: int) -> bool:
        """The cue starting at token ``start`` is one of a run of cues right after another number than
        the one at ``first`` ("3.1x fewer spikes"; not past a main verb: "30% sparsity improves inference
        speed by 1.8x")."""
        j = start
        toks = self.ctx.toks
        if toks[start].lower in _MAIN_VERBS:
            return False  # "a 16x compression ratio reduces the total response time by 42.3%": the verb of a new predicate
        while j > 0 and (prev := self._cue_ending.get(j)) is not None:
            if toks[prev.start].lower in _MAIN_VERBS:
                return False
            j = prev.start
        for _ in range(2 if toks[start].lower not in _PREDICATE_VERBS and toks[start].lower not in _NOT_NOUNS else 0):
            # ("a 14x synthesis speedup and up to 20.94% better MIG minimization": a word or two that say whose;
            # not a verb, a clause word or "average": "the 600M version outperforms", "87 MB but accuracy")
            word = toks[j - 1].lower
            if j > 1 and toks[j - 1].text.isalpha() and toks[j - 1].text.islower() and word not in _NOT_A_MODIFIER \
                    and word not in _NOT_NOUNS and word not in CLAUSE_WORDS and word not in _AVERAGE_WORD \
                    and word not in ("and", "or") and self._cue_ending.get(j - 1) is None \
                    and self.quantity_at[j - 1] is None:  # (a number in words is none: "more than doubling")
                j -= 1
            else:
                break
        return j > 0 and self._other_quantity(j - 1, (first, first))

    def _goes_on(self, start: int, end: int) -> bool:
        """Tokens ``start``..``end`` hold a word that is no comparison glue ("and runs", not "(vs.")."""
        return any(t.text[:1].isalpha() and t.lower not in _COMPARISON_GLUE for t in self.ctx.toks[start:end])

    def _list_comma(self, c: int, until: int) -> bool:
        """The comma at token ``c`` joins single words of a list closed by "and"/"or" and a word, before
        token ``until``: "mean, median, and tail latencies" (not "5.7x higher throughput, and 4x ...")."""
        toks = self.ctx.toks
        # (a member is a word or a name that starts with a letter: "Qwen, Mistral, and Gemma-2")
        if c == 0 or not _LIST_MEMBER.fullmatch(toks[c - 1].text) or c + 2 >= until:
            return False
        if toks[c + 1].lower in ("and", "or"):
            # the serial comma: the word before it must be a member too ("median" in "mean, median, and"), or
            # two words ("latency, memory usage, and energy")
            return _LIST_MEMBER.fullmatch(toks[c + 2].text) is not None and (
                (c >= 2 and toks[c - 2].text == ",") or (c >= 3 and toks[c - 3].text == ","
                                                          and _LIST_MEMBER.fullmatch(toks[c - 2].text) is not None))
        for j in range(c + 1, min(until - 1, c + 5)):
            if toks[j].lower in ("and", "or"):
                return _LIST_MEMBER.fullmatch(toks[j + 1].text) is not None
            if not (_LIST_MEMBER.fullmatch(toks[j].text) or toks[j].text == ","):
                return False
        return False

    def head_cue(self, right: list[Cue], weak: bool) -> Cue | None:
        """The kind cue heading the phrase after the number.

        In "25.3x wall-clock attention speed-up" the head is "speed-up", the
        last of adjacent kind cues; in "6x reduction in training time" it is
        "training time", the first kind cue at all.
        """
        strong = [c for c in right if c.kind and (weak or not c.weak)]
        if not strong:
            return None
        head = strong[0]
        for nxt in strong[1:]:
            gap = self.ctx.toks[head.end:nxt.start]
            if len(gap) > 2 or any(t.punct or t.lower in self.stop for t in gap):
                break
            if nxt.kind == "other" and head.kind != "other" and head.direction:
                break  # "16x faster inter-GPU communication": the comparative says what got better
            head = nxt
        return head

    def _benchmark_after(self, own: tuple[int, int]) -> Cue | None:
        """ "reaches 71.2% on MMLU": a score on a named benchmark, past the "on" that ends the
        phrase after a number."""
        toks, i = self.ctx.toks, own[1]
        if i < self.ctx.n and toks[i].lower in ("on", "in", "across"):
            i += 1 + (i + 1 < self.ctx.n and toks[i + 1].lower == "the")
            cue = self._cue_at.get(i)
            if cue is not None and cue.kind == "accuracy" and not cue.weak:
                return cue
        return None

    def _share_of_reference(self, own: tuple[int, int], first: int) -> bool:
        """ "limits communication overhead to 0.01% of the model parameters": after "to", the noun
        after "of" is what the share is taken of; the noun before says what the number measures."""
        toks = self.ctx.toks
        # (or the share opens an aside that explains the noun: "a fraction of the storage (e.g., 5% of the
        # original data)")
        # (a share of the original only: "(97% of GPT-4's quality ...)" is a share of another model's quality)
        aside = first >= 1 and (toks[first - 1].text == "(" or self._example_aside_before(first)) \
            and own[1] < self.ctx.n and _FRACTION_OF_ORIGINAL.match(self.ctx.text[toks[own[1]].idx:]) is not None
        return own[1] < self.ctx.n and toks[own[1]].lower == "of" and (aside or any(
            t.lower == "to" for t in toks[max(0, first - 2):first]))

    def _larger_subject(self, own: tuple[int, int], first: int) -> bool:
        """ "models 3x larger than GPU memory", "batches twice as large": the noun before the number is
        what grew (the capacity nouns with a size in them, "context lengths 2-19x longer", are cues)."""
        toks, n = self.ctx.toks, self.ctx.n
        i = own[1]
        if i >= n:
            return False
        word = toks[i].lower
        if not (word in _SIZE_COMPARATIVES or (word == "as" and i + 1 < n and toks[i + 1].lower in _SIZE_ADJECTIVES)):
            return False
        before = first - 1 if first >= 1 and toks[first - 1].text not in ("(", "-", "–", "—") else first - 2
        if before >= 0 and toks[before].lower in _CAPACITY_SUBJECTS:
            return True  # "models 3x larger", "70B and 405B LLMs (50x larger than prior work)"
        # ... or what it is larger than is one: "10x larger than the largest trainable model with existing methods"
        # (its head noun: "3x larger than the model weights" is no model)
        if word in _SIZE_COMPARATIVES and i + 1 < n and toks[i + 1].lower == "than":
            head = None
            for t in toks[i + 2:min(n, i + 8)]:
                if not t.text.isalpha() or t.lower in CLAUSE_WORDS or t.lower in _MODIFIER_PREPOSITIONS \
                        or t.lower in ("of", "in", "by"):
                    break
                head = t.lower
            return head in _CAPACITY_SUBJECTS
        return False

    def _past_setting(self, cue: Cue | None, left: list[Cue]) -> Cue | None:
        """``cue``, or for a quality cue that names where it was measured ("in MT-Bench", "on HumanEval") the
        strong measure of another kind before it in the clause: "accelerates Vicuna inference in MT-Bench by
        up to 2.8x", "reduces latency in MT-Bench by 40%"."""
        if cue is None or not self._names_setting(cue, left):
            return cue
        return next((c for c in left if c.start < cue.start and c.kind in COMPARATIVE and not c.weak
                     and not self._in_modifier(c)), cue)

    def _names_setting(self, cue: Cue, left: list[Cue], prepositions: tuple[str, ...] = ("in", "on", "across")) -> bool:
        """A quality cue that says where something was measured: "in MT-Bench", "on harder benchmarks",
        "across all benchmarks" (up to two words between the preposition and the cue); or a setting word that
        does: "in a zero-shot setting"."""
        if cue.start == 0:
            return False
        toks = self.ctx.toks
        if cue.kind == "other" and toks[cue.end - 1].lower in _SETTING_WORDS:
            prepositions = ("in", "under", "on", "across")
        elif cue.kind != "accuracy":
            return False
        at = cue.start - 1
        while at > 0 and cue.start - at <= 2 and toks[at].lower not in prepositions \
                and toks[at].text.replace("-", "").isalpha() and not any(c.start <= at < c.end for c in left):
            at -= 1  # (a hyphenated word is one: "in a few-shot setting")
        return toks[at].lower in prepositions

    def _measures_before(self, first: int, own: tuple[int, int], cross_paren: bool = False) -> list[Cue]:
        """The cues before the claim at ``first`` that may say what it measures: not the setting of an earlier
        number, nor a measure held equal."""
        return [c for c in self.left_cues(first, cross_paren=cross_paren)
                if not self._setting_of_earlier_number(c, own) and not self._held_equal(c)]

    def _held_equal(self, cue: Cue) -> bool:
        """A measure held equal while another is compared, not the one a number measures: "improved accuracy at
        equivalent latency (75.2% vs. 57.3% ...)", "higher performance within the same context window"."""
        toks = self.ctx.toks
        return cue.start > 0 and toks[cue.start - 1].lower in _HELD_EQUAL_WORDS

    def _in_modifier(self, cue: Cue) -> bool:
        """ "a speed-up for large batch sizes between 1.4x and 2.0x": a cue inside a prepositional
        phrase before the number qualifies another noun; it is not what the number measures."""
        toks = self.ctx.toks
        if cue.end < self.ctx.n and toks[cue.end].lower in ("of", "is", "was", "=", ":"):
            return False  # "with an RMSE of 0.61%": the number is the cue's own value
        i = cue.start
        while i > 0 and cue.start - i < 3 and toks[i - 1].text.isalpha() and toks[i - 1].lower not in _MODIFIER_PREPOSITIONS \
                and toks[i - 1].lower not in self.stop:
            i -= 1
        return i > 0 and toks[i - 1].lower in _MODIFIER_PREPOSITIONS

    def _right_after_list(self, own: tuple[int, int], cue: Cue) -> bool:
        """``cue`` follows the number at ``own`` with nothing between but later members of its list."""
        toks = self.ctx.toks
        return all(self.quantity_at[j] is not None or toks[j].lower in ("and", "or", ",")
                   for j in range(own[1], cue.start))

    def _of_head(self, cue: Cue, left: list[Cue]) -> Cue:
        """ "the latency of KV cache by 96%": the noun before "of" heads the phrase."""
        toks = self.ctx.toks
        i = cue.start
        # (past up to two words that qualify the noun: "the throughput of host-PIM data transfers by up to 2.9")
        modifiers = 0
        while i > 0 and (toks[i - 1].lower in ("the", "a", "an", "its", "their", "our")
                         or (modifiers < 2 and _MODIFIER_WORD.fullmatch(toks[i - 1].text)
                             and toks[i - 1].lower not in CLAUSE_WORDS and toks[i - 1].lower not in _OF_WORDS
                             and self.quantity_at[i - 1] is None)):
            modifiers += toks[i - 1].lower not in ("the", "a", "an", "its", "their", "our")
            i -= 1
        if i > 0 and toks[i - 1].lower in _OF_WORDS:
            head = next((c for c in left if c.end <= i - 1 and c.kind and not c.weak), None)
            if head is not None and i - 1 - head.end <= 1:
                return head
        return cue

    def classify(self, own: tuple[int, int], first: int, shared_right: list[Cue] | None):
        """(kind, cue, direction cues, where the kind came from) for the number at token span ``own``.

        ``first`` is where the claim starts (its bound phrase included);
        ``shared_right`` are the cues after the last member of a list the
        number belongs to ("20x and 8x KV cache compression ratio").  The
        kind comes from the noun after the number, else from a cue before it
        in the same clause ("reduces memory by 2x"); the source says which,
        so a claim with neither can borrow from a coordinated earlier claim.
        """
        right = self.right_cues(own)
        if shared_right is not None and not any(c.kind for c in right):
            right = right + shared_right
        if self._share_of_reference(own, first):
            left = self.left_cues(first, cross_paren=True)
            cue = next((c for c in left if c.kind and not c.weak and not self._in_modifier(c)), None)
            if cue is not None:
                return cue.kind, cue, right + left, "left"
        head = self.head_cue(right, weak=False)
        if head is None and right and right[0].end - right[0].start == 1 \
                and self.ctx.toks[right[0].start].lower in _DROP_NOUNS and self._right_after_list(own, right[0]) \
                and (right[0].end >= self.ctx.n or self.ctx.toks[right[0].end].lower in _AFTER_DROP_NOUN):
            # "speedup ... with only 0.97% and 0.72% drops on VBench": the noun of a drop right after the number
            # (or after the list it ends) says what the number is, whatever a comparison before it says
            return "accuracy", right[0], right + [c for c in self.left_cues(first, 4)
                                                  if not self._follows_number(c.start, first)], "right"
        if head is not None:
            # the direction is said next to the noun: "30.7x energy savings", "saving 50% memory" (not by the
            # noun of a number before: "a 90% memory saving and a 6.6x throughput" raised the throughput)
            return head.kind, head, right + [c for c in self.left_cues(first, 4)
                                             if not self._follows_number(c.start, first)], "right"
        if not any(c.kind for c in right) and (earlier := self._left_of_earlier_by(first)) is not None:
            # "boosts the energy efficiency by 10% for a matrix multiplication with the same FPU utilization and by
            # 25% on the 64-Core cluster": a second "by" measures what the first one did, past its setting
            cue = next((c for c in earlier if c.kind and not c.weak), None)
            if cue is not None:
                return cue.kind, cue, right + earlier, "left"
        # (not the benchmark an earlier number was measured on: "by up to 1.8x on MT-bench and 4x with ...")
        left = self._measures_before(first, own)
        if not any(c.kind for c in right) and (named := self._measure_of_pronoun(first)) is not None:
            return named.kind, named, right + left, "left"  # "further reduces it by 24x": the measure "it" stands for
        if self._larger_subject(own, first):
            return "capacity", None, right + left, "left"
        if left and left[0].kind and left[0].end == first and self.ctx.toks[first].lower != "by" \
                and not self._in_modifier(left[0]) and self._past_setting(left[0], left) is left[0]:
            # the noun right before the number: "context lengths 2-19x longer" (not before the "by" a bound
            # phrase starts with: "the throughput of data transfers by up to 2.9x" changes the throughput)
            if left[0].weak and len(left) > 1 and left[1].end == left[0].start and left[1].kind \
                    and not left[1].weak and not self._in_modifier(left[1]):
                # (a weak noun of change heads a compound whose first part says what changed: "the average
                # compression ratio improvement up to 73.609%")
                return left[1].kind, left[1], right + left, "left"
            return left[0].kind, left[0], right + left, "left"
        cue = self._past_setting(next((c for c in left if c.kind and not c.weak and not self._in_modifier(c)), None),
                                 left)
        if cue is not None and self._follows_number(cue.start, first) and self.head_cue(right, weak=True):
            # "a 2x speedup with a 0.97% performance drop": the earlier number's noun is not this one's,
            # which names its own measure, if only weakly
            cue = None
        elif cue is not None and cue.kind == "other" and (weak_head := self.head_cue(right, weak=True)) is not None \
                and weak_head.direction and self.quantity_at[weak_head.start - 1] is not None:
            # "matrix multiplication operations achieve up to 17x and 23x performance improvements": a change noun
            # right after the number (or its list) names its measure, if only weakly, over a subject of no
            # comparison
            cue = None
        if cue is not None:
            head = self._of_head(cue, left)
            return head.kind, head, right + left, "left"
        # (a weak quality cue that only says where it was measured types nothing: "with larger gains on harder
        # benchmarks: streamcluster exceeds 20x"; "a loss in quality (~4%)" is what was measured)
        cue = self.head_cue([c for c in right if not (c.weak and self._names_setting(c, right, _SETTING_PREPOSITIONS))],
                            weak=True) \
            or next((c for c in left if c.kind and not (c.weak and self._names_setting(c, left, _SETTING_PREPOSITIONS))),
                    None) or self._benchmark_after(own)
        if cue is None:
            # a number in parentheses takes its kind from before them: "the performance improvement
            # is significant (factor up to 38)"
            outer = self._measures_before(first, own, cross_paren=True)
            cue = next((c for c in outer if c.kind and not c.weak), None) \
                or next((c for c in outer if c.kind and not self._names_setting(c, outer, _SETTING_PREPOSITIONS)), None)
            left = outer
        if cue is None and (comma := self._participle_clause_comma(first)) is not None:
            # "achieves the best final performance on all workloads, improving over the strongest baseline by
            # 118.1%": a clause of a participle of comparison measures what the clause before it names
            before = [c for c in self.left_cues(comma) if not self._setting_of_earlier_number(c, own)]
            cue = next((c for c in before if c.kind and not c.weak), None) \
                or next((c for c in before if c.kind and not self._names_setting(c, before, _SETTING_PREPOSITIONS)),
                        None)
        return (cue.kind if cue else None), cue, right + left, ("weak" if cue else None)

    def _left_of_earlier_by(self, first: int) -> list[Cue] | None:
        """The cues before the earlier "by" number of the clause when the number at ``first`` follows "and by"
        ("by 10% for X and by 25% on Y"); else None.  A number in an aside between them is passed over ("(~97%)")."""
        toks = self.ctx.toks
        if first < 3 or toks[first - 1].lower != "by" or toks[first - 2].lower != "and":
            return None
        j = first - 3
        while j > max(0, first - 40):
            if toks[j].text in (";", ":") or toks[j].lower in ("while", "whereas"):
                return None
            span = self.quantity_at[j]
            if span is None:
                j -= 1
                continue
            if span[1] < self.ctx.n and toks[span[1]].text == ")":
                j = span[0] - 1  # an aside's number: "(~97%)"
                continue
            k = span[0]
            while k > 0 and toks[k - 1].lower in _BOUND_WORDS_AFTER_BY:
                k -= 1
            return self.left_cues(k) if k > 0 and toks[k - 1].lower == "by" else None
        return None

    def _participle_clause_comma(self, first: int) -> int | None:
        """The comma that opens the number's clause when that clause is a participle of comparison with no number
        before this one: ", improving over the strongest baseline by 118.1%"; else None."""
        toks = self.ctx.toks
        for j in range(first - 1, max(0, first - 12), -1):
            if toks[j].text == ",":
                return j if j + 1 < first and toks[j + 1].lower in _COMPARISON_PARTICIPLES else None
            if toks[j].punct and toks[j].text != "-" or self.quantity_at[j] is not None:
                return None
        return None


#: the words that say a measure was held equal: "at equivalent latency", "within the same context window"
_HELD_EQUAL_WORDS = frozenset({"same", "equal", "equivalent", "identical", "fixed", "matched", "matching"})
#: participles that open a clause of comparison after a comma: ", improving over the strongest baseline by 118.1%"
_COMPARISON_PARTICIPLES = frozenset({"improving", "outperforming", "surpassing", "exceeding", "beating",
                                     "outpacing"})
#: the prepositions before a weak quality cue that make it the place of a measurement ("on harder benchmarks")
_SETTING_PREPOSITIONS = ("on", "across")
#: the words a setting is named by: "in a zero-shot setting", "under few-shot settings"
_SETTING_WORDS = frozenset({"setting", "settings"})
#: words that join two figures of one measure: "83.85% accuracy (vs. 90.83% at 16-bit)"
_COMPARISON_GLUE = frozenset("vs vs. versus compared against than to with from and or the a an of".split())
#: words that join a list of cue phrases ("latency, memory and energy")
_JOINING_WORDS = frozenset({",", "and", "or"})
#: words between a list of numbers and the list of what they measure: "27.07x and 81x improvement in
#: performance and energy efficiency", "latency and memory reductions of 30% and 45%"
_PAIRING_GAP_WORDS = frozenset({"in", "of", "by", "for", "on", "terms", "the", "its", "their"})
_PASSIVE_CHANGE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "reduced", "improved", "lowered",
                                   "decreased", "increased", "cut", "accelerated", "boosted", "shortened", "sped"})
_BOUND_GAP_WORDS = frozenset({"up", "to", "about", "around", "nearly", "approximately", "roughly", "over", "as",
                              "much", "almost",
                              # "reduce memory usage, inference latency, and energy by an average of 62%, 46% and 61%"
                              "a", "an", "average", "mean", "median"})

#: the words between "by" and its number: "by up to", "by more than", "by about", "by a factor of"
_BOUND_WORDS_AFTER_BY = (_BOUND_GAP_WORDS - {"average", "mean", "median"}) | {"more", "than", "at", "least", "factor",
                                                                             "of"}
#: adjectives of the size of a change between "by" and its number: "by a significant 26%"
_CHANGE_SIZE_WORDS = frozenset({"a", "an", "significant", "substantial", "remarkable", "notable", "considerable",
                                "impressive", "further", "additional", "large", "huge", "striking"})
_MODIFIER_PREPOSITIONS = frozenset({"for", "with", "at", "on", "under", "across", "during", "using", "when"})
#: what a capacity claim can be about when its noun comes before the number ("models 3x larger")
_CAPACITY_SUBJECTS = frozenset(
    "model models llm llms network networks batch batches context contexts sequence sequences input inputs "
    "prompt prompts video videos graph graphs utterance utterances audio documents clips dataset datasets "
    "index indexes indices table tables generation generations horizon horizons rollouts trajectories "
    # problems solved at a larger size: "meshes up to 128 times larger", "atomic systems 3.4x larger"
    "mesh meshes grid grids problem problems domain domains system systems simulation simulations".split())
_SIZE_COMPARATIVES = frozenset({"larger", "bigger", "longer"})
_SIZE_ADJECTIVES = frozenset({"large", "big", "long"})

#: the main verb after a number's noun phrase ends it: "the model with 30% sparsity | improves inference speed by
#: 1.8x" (not the plural nouns "increases", "boosts", "speeds")
_MAIN_VERBS = frozenset(v for v in _PREDICATE_VERBS if not v.endswith("ing")) | frozenset(
    "improves reduces lowers cuts accelerates saves enables outperforms".split())
#: words that end the phrase after a number: "1.4x higher throughput | on A100", "15% | on LongBench"
#: words that may follow the measure named after "on" ("2.5x on throughput and 30% on memory")
_MEASURE_ENDS = frozenset("and or with while compared than over versus vs respectively".split())
_RIGHT_BREAKS = CLAUSE_WORDS | frozenset({
    "that", "when", "respectively", "and", "or", "on", "across", "at", "depending", "regardless", "according",
    "with", "without", "under", "during", "using", "via", "by", "for", "against", "from", "to", "over", "than",
    "compared", "versus", "vs", "vs.", "among", "within",
})


def _verb_then_to(verbs: str, words: str, most: int, bounds: str, down: str = "") -> re.Pattern:
    """A verb of change, up to ``most`` words of its object (no "by", "up", "from", "and" or "or"), "to" and bound
    words, at the end of the text searched: the shape "cuts X to 30%" and "raises X to 52%" share."""
    # (nor a bracket's "up to": "increases training throughput (up to 58%)" says the change)
    return re.compile(r"(?i)\b(?:" + verbs + r")\w*(?:\s+(?!\(?(?:by|up|from|and|or)\b)" + words + r"){0," + str(most)
                      + r"}?\s+" + down + r"to\s+(?:(?:" + bounds + r")\s+)*$")


#: "reduce memory usage to 10.8%", "cuts the KV cache down to 25%": the share that is left, not the cut
_CUT_TO_BEFORE = _verb_then_to("reduc|cut|lower|decreas|shrink|compress|bring|drop", r"[\w-]+", 5,
                               r"only|just|merely|about|around|approximately|roughly|nearly|less\s+than|under|below",
                               down=r"(?:down\s+)?")
#: ... and its counterpart upwards, which names the level reached: "raises MFU to 52%"
_RAISED_TO_BEFORE = _verb_then_to("rais|elevat|increas|improv|boost|lift|push", r"[\w()-]+", 6,
                                  r"over|more\s+than|nearly|about|around|approximately|roughly|almost")


#: words before an adjective that make it part of a noun phrase ("reduces the larger KV cache by 4x")
_DETERMINERS = frozenset("the a an its their our this these those".split())
_COMPARATIVE_ADJECTIVES = frozenset(
    "larger bigger longer smaller shorter faster slower higher lower fewer cheaper costlier greater wider narrower "
    "deeper shallower heavier lighter".split())


def _counted_direction_cues(ctx: SentenceContext, cues: list[Cue], own: tuple[int, int]) -> list[Cue]:
    """``cues`` less those that say no direction of the number's own, where another cue says it: "additional",
    "further" or "extra" right before or after the number ("cuts costs by an additional 12%", "30--40x additional
    compression": more of the same change), then
    the comparatives that only describe a noun before it ("reduces the larger KV cache by 4x", "cut access to
    the slower memory by 87 times")."""
    toks = ctx.toks

    def more_of_the_same(c: Cue) -> bool:
        # (or right after it: "30--40x additional compression")
        return (c.end == own[0] or c.start == own[1]) and c.end - c.start == 1 \
            and toks[c.start].lower in ("additional", "further", "extra")

    def attributive(c: Cue) -> bool:
        return c.start > 0 and c.start + 1 < own[0] and toks[c.start].lower in _COMPARATIVE_ADJECTIVES \
            and toks[c.start - 1].lower in _DETERMINERS and toks[c.start + 1].text[:1].isalpha() \
            and toks[c.start + 1].lower != "than"

    return _unless_alone(_unless_alone(cues, more_of_the_same), attributive)


def _unless_alone(cues: list[Cue], drop) -> list[Cue]:
    """``cues`` without the direction cues ``drop`` picks, unless no other cue would say a direction."""
    kept = [c for c in cues if not (c.direction and drop(c))]
    return kept if len(kept) < len(cues) and any(c.direction for c in kept) else cues


def _direction(q: Quantity, cues: list[Cue], text: str) -> str | None:
    if q.decreasing:
        return "decrease"
    if _PLUS_SIGN_BEFORE.search(text, max(0, q.value_start - 2), q.value_start):
        return "increase"  # "+71% in memory", "+20% throughput": the sign says which way
    if q.unit == "%" and not q.is_range and _CUT_TO_BEFORE.search(text, max(0, q.start - 72), q.value_start):
        return "fraction"
    after = text[q.end:q.end + 48]
    if q.unit == "%" and _PARAMS_OF_NAMED.match(text, q.end) \
            and _HAS_OR_USES_BEFORE.search(text, max(0, q.start - 40), q.value_start):
        return "fraction"  # "only uses 2.6% of xCOMET-XXL parameters": a model that many times smaller
    if _FRACTION_OF_ORIGINAL.match(after) or _FRACTION_OF_NAMED.match(text, q.end, q.end + 64) or (
            _FRACTION_OF_QUANTITY.match(after) and _KEEPS_OR_CUTS.search(text[max(0, q.start - 48):q.value_start])) or (
            _AT_BEFORE.search(text, max(0, q.start - 8), q.value_start) and _AT_SHARE_OF.match(after)):
        return "fraction"
    return next((c.direction for c in cues if c.direction), None)


def resolve_direction(direction: str | None, polarity: str | None) -> str | None:
    """ "better"/"worse" become "decrease"/"increase" once the quantity's polarity is known."""
    if direction in ("better", "worse"):
        lower_better = polarity == "lower"
        return "decrease" if (direction == "better") == lower_better else "increase"
    return direction


def compute_factor(unit: str, value: float, direction: str | None, polarity: str | None) -> float | None:
    """The improvement as a multiplier (spec section 3); above 1 for an improvement.

    ``direction`` says how the quantity moved ("decrease", "increase",
    "fraction" of the original, or None when the text does not say);
    ``polarity`` whether lower ("memory") or higher ("throughput") is better.
    """
    lower_better = polarity == "lower"
    if direction == "fraction":
        if value <= 0:
            return None
        share = value / 100 if unit == "%" else value
        return 1 / share if lower_better else share
    better = direction is None or (direction == "decrease") == lower_better
    if unit == "x":
        if value <= 0:
            return None
        if value < 1:
            # a multiplier below one is the ratio itself, whatever the verb: "throughput degrades to
            # 0.47x" (0.47), "reduces memory to 0.5x" (2)
            return 1 / value if lower_better else value
        return value if better else 1 / value
    if unit == "%":
        if direction == "decrease":
            rest = 1 - value / 100
            if rest <= 0:
                return None
            return 1 / rest if better else rest
        if direction == "increase":
            grown = 1 + value / 100
            return grown if better else 1 / grown
    return None


_DEFAULT_POLARITY = {"speedup": "higher", "memory": "lower", "cost": "lower", "energy": "lower", "capacity": "higher"}
_SYSTEM_WORDS = re.compile(
    r"(?i)\b(?:throughput|latency|latencies|kernels?|serving|system|systems|engines?|hardware|gpus?|cpus?|speed|"
    r"speedups?|runtime|end-to-end|training time|bandwidth|memory|cache|scheduling|scheduler|compiler|cluster|"
    r"accelerators?|fpgas?|npus?|tokens/s|requests|workloads?|"
    # GPU programming and its libraries ("surpass cuSOLVER's performance by up to 11 percent")
    r"cuda|cublas|cusolver|cusparse|cudnn|cufft|cutlass|nccl|librar(?:y|ies)|"
    # databases and stores a tuner speeds up ("performance gains of 34% and 26%" of RocksDB applications)
    r"databases?|dbms|rocksdb|key-value)\b")
_BENCHMARK_WORDS = re.compile(
    r"(?i)\b(?:benchmarks?|accuracy|tasks?|datasets?|mmlu|gsm8k|humaneval|mbpp|gpqa|aime|hellaswag|winogrande|"
    r"truthfulqa|bbh|alpacaeval|mt-bench|swe-bench|livecodebench|imagenet|coco|cifar-?\d*|kitti|sintel|glue|squad|"
    r"wikitext\d*|scores?|reasoning|qa|evaluation|"
    r"metrics?|quality|generalization|f1|bleu|rouge|win rate|human|answers?|questions?|original performance|"
    r"state-of-the-art performance|sota|correct|correctness|pass\s+rates?|success\s+rates?|perplexity|top-[15]|"
    # score names ("72.3% mAP on PascalVOC, outperforming MCUNET by 20.9%"), written as they are
    r"(?-i:mAP|mIoU|IoU|PSNR|SSIM|FID|WER|AUC))\b")


_KEEPS_PERFORMANCE = re.compile(
    r"(?i)\b(?:maintain|preserv|retain)\w*\s+(?:[\w-]+\s+){0,3}?performance\b")
#: "4% higher model performance": the performance of a model is its quality (spec section 2)
#: ("4% higher model performance"; and a task's: "detection and classification performance only ~2% and 3% lower")
_MODEL_PERFORMANCE = re.compile(r"(?i)\b(?:model(?:'s|’s|s')?|detection|classification|segmentation|recognition|"
                                r"retrieval|tracking|forecasting|reasoning|downstream|task|zero-shot|few-shot)"
                                r"\s+performance\b")
_PERFORMANCE_AND_EFFICIENCY = re.compile(
    # (past an aside: "improves performance (1-2% improvements) and finetuning speed")
    r"(?i)\bperformance\s+(?:\([^()]{0,60}\)\s*,?\s*)?and\s+(?:[\w-]+\s+){0,2}(?:efficiency|speed|latency|throughput)\b|"
    r"\b(?:efficiency|speed|latency|throughput)\s+and\s+(?:[\w-]+\s+){0,2}performance\b")


#: the level a change is measured from, after "than the"
_THAN_THE_LEVEL = re.compile(r"\bthan\s+the\s+(?:reported\s+|previous\s+|prior\s+)?$", re.IGNORECASE)
#: what after a bare factor says it is no speed: a comparative that names none ("accessed up to 10000x more",
#: "2-4x more features", "4 times more operating points", "2.5x coarser"), or a colon ("our contributions are
#: two-fold:")
_NO_SPEED_AFTER = re.compile(r"\s*(?:(?:more|larger|bigger|coarser|finer|fewer|less|smaller|wider|denser)\b|:)")
#: after "N times", what says how often something is done: "200,000 times from a grid during each iteration"
_HOW_OFTEN_AFTER = re.compile(r"(?i)\s+(?:from|per|during|each|every|a|an|in|on|for|to|within|while|when)\b")
#: an assignment right before a number, of a setting (not of a change: "speedup = 2.1x")
_ASSIGNED_BEFORE = re.compile(r"(?P<name>[\w%-]+)?\s?=\s?$")
_CHANGE_NAMES = frozenset("speedup speedups speed-up reduction improvement gain saving savings".split())
#: "at a" right before a factor, and a word right after it: the factor sets how a result was measured
_AT_A_SETTING_BEFORE = re.compile(r"(?i)\bat\s+(?:an?\s+|the\s+)?$")
#: a number in a clause of condition: "outperforms other baselines when the compression rate exceeds 70x", "if
#: the sparsity is above 50%": the setting under which a result holds, not a result
_CONDITION_BEFORE = re.compile(
    r"(?i)\b(?:when|whenever|once|if)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){1,3}?"
    r"(?:exceeds?|exceeding|surpasses|is|are|reaches|goes\s+(?:above|beyond|below)|grows\s+(?:to|beyond)|drops\s+(?:to|below)|"
    r"falls\s+(?:to|below)|rises\s+(?:to|above))\s+(?:(?:above|below|over|under|beyond|up\s+to|at\s+least|more\s+than|less\s+than)\s+)?$")
_WORD_AFTER = re.compile(r"[\s-]+[a-z]")
#: the number words that are verbs of change ("halving", "doubles", "tripled")
_CHANGE_VERB_WORD = re.compile(r"(?i)(?:halv|doubl|tripl|quadrupl)(?:e|es|ed|ing)$")
#: after a signed percent, a named system it is set against: "+19.2% over cuBLAS", "+22.0% over torch.matmul",
#: "+11.4% over the most competitive cuBLASLt-AutoTuning model" (a name has a capital inside or a dot)
_OVER_A_NAME_AFTER = re.compile(r"\s+(?:over|vs\.?|versus|against)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                                r"(?:[\w-]*[A-Z][\w.-]*|[a-z]\w*\.[a-z]\w*)(?![\w-])")


#: what stands between a result and a change said in apposition to it: "0.652, a +51% gain", "45.2 BLEU (a 12% gain"
_APPOSITION_STEP = re.compile(r"\s*[,(]\s*(?:an?\s+)?\+?\s*")


def _resolve_performance(unit: str | None, sentence: str, document: str, direction: str | None) -> str:
    """ "performance improvement": speed for a system, accuracy for a model on a benchmark (spec §2).

    The sentence decides when it names one side only; otherwise the whole
    abstract does (a kernel paper's "50% higher performance" is speed).
    """
    if unit == "x" and direction != "fraction":
        return "speedup"
    if _PERFORMANCE_AND_EFFICIENCY.search(sentence) or _KEEPS_PERFORMANCE.search(sentence) \
            or _MODEL_PERFORMANCE.search(sentence):
        # "in both performance and inference efficiency", "while maintaining or slightly improving performance
        # by up to 1.79%", "4% higher model performance": performance is the quality
        return "accuracy"
    system, bench = len(_SYSTEM_WORDS.findall(sentence)), len(_BENCHMARK_WORDS.findall(sentence))
    if system != bench:
        return "speedup" if system > bench else "accuracy"
    system, bench = _document_leaning(document)
    return "speedup" if system > bench else "accuracy"


#: the bare comparatives of size, and a body of data said right before the number they follow
#: (not than a memory: "handles datasets up to 8x larger than the GPU memory" is a larger problem handled)
_BARE_SIZE_COMPARATIVE_AFTER = re.compile(r"(?i)\s+(?:larger|bigger|greater|more)\s+than\b(?!\s+(?:the\s+|a\s+)?"
                                          r"(?:available\s+)?(?:[\w-]+\s+)?(?:memory|RAM|DRAM|VRAM|HBM)\b)")
_DATA_SUBJECT_BEFORE = re.compile(r"(?i)\b(?:training\s+sets?|datasets?|corpus|corpora|(?:pre-?)?training\s+data|"
                                  r"data\s+sets?)\s+(?:(?:that|which)\s+(?:is|are)\s+|(?:is|are|being)\s+)?"
                                  r"(?:(?:about|nearly|roughly|over|almost|approximately|up\s+to)\s+)?$")
#: a share of a set of things compared on ("on 90% of 1380 verification targets", "in 80% of the reported
#: predictands", "for more than 96% of all 1320 targets") ...
_SHARE_OF_SET_AFTER = re.compile(
    r"\s+of\s+(?:all\s+)?(?:the\s+)?(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:targets|predictands|variables|tasks|"
    r"benchmarks|datasets|cases|settings|metrics|languages|categories|problems|questions|instances|prompts|"
    r"comparisons|scenarios|environments|games|subjects|domains|pairs|test\s+sets)\b")
#: ... that a model wins on
_WINS_BEFORE = re.compile(r"(?i)\b(?:" + _BEAT_VERBS + r"|better|superior|more\s+skil\w*|wins?|preferred)\b")
#: a verb of beating others, and the measure named last before it in its sentence: what the margin is of
_BEATING = re.compile(r"(?i)(?:" + _BEAT_VERBS + r")$")
_QUALITY_MEASURES = (r"accuracy|(?-i:MOTA|HOTA|IDF1|mAP|mIoU|AP|F1|AUC|BLEU|PSNR|SSIM)|top-[15]|precision|recall|"
                     r"error\s+rates?|success\s+rates?|win\s+rates?")
_SPEED_MEASURES = r"speed|latency|throughput|fps|runtime|faster"
_LAST_MEASURE = re.compile(rf"(?i)\b(?:(?P<accuracy>{_QUALITY_MEASURES})|(?P<speedup>{_SPEED_MEASURES}))\b"
                           rf"(?!.*\b(?:{_QUALITY_MEASURES}|{_SPEED_MEASURES})\b)", re.S)


def _measure_before_beating(text: str, verb_at: int) -> str | None:
    """ "accuracy" or "speedup": the measure said last before a verb of beating others at ``verb_at`` in the
    sentence ("... with a MOTA of 63.12%, outperforming both counterparts by 2.15%"; "73.73% classification
    accuracy, outperforming binary networks by 0.8%"), where the margin it beats them by names none (the caller
    leaves "surpassing DoRA by 1.3% on MMLU" to its benchmark)."""
    end = text.find(" ", verb_at)
    if not _BEATING.search(text, verb_at, end if end > 0 else len(text)):
        return None
    m = _LAST_MEASURE.search(text, max(0, verb_at - 160), verb_at)
    return m.lastgroup if m is not None else None


_ENERGY_WORDS = re.compile(
    r"(?i)\b(?:energy|power|watts?|joules?|carbon|emissions?|sustainab\w*|µj|uj|mj|wh|kwh|mwh)\b")
_SPEED_WORDS = re.compile(r"(?i)\b(?:speed\w*|latenc\w*|throughput|faster|accelerat\w*|runtime|time)\b")


@lru_cache(maxsize=4)
def _bare_gain_kind(document: str) -> str:
    """What a multiplier with no noun in reach gains in this abstract: energy where it speaks of energy
    more than of speed, else speed."""
    return "energy" if len(_ENERGY_WORDS.findall(document)) > len(_SPEED_WORDS.findall(document)) else "speedup"


#: a result verb right before a bare percent ("achieves 84.0% on ImageNet-1k")
_SCORE_VERB_BEFORE = re.compile(r"(?i)\b(?:achiev\w*|reach\w*|attain\w*|obtain\w*|gets?|getting|hits?|records?|"
                                r"yields?|deliver\w*|scor\w*)\s+(?:(?:an?|about|around|nearly|over|up\s+to|only|"
                                r"just)\s+)*$")
#: ... and the benchmark after it: a capitalised name, maybe with a split or a year ("ImageNet-1k", "AIME 24")
_ON_NAMED_BENCHMARK = re.compile(r"\s+on\s+(?:the\s+)?(?P<name>[A-Z][\w.+-]*(?:\s\d+[kK]?)?)(?!\s+(?:GPUs?|CPUs?|"
                                 r"devices?|nodes?|chips?|cards?|phones?|boards?)\b)")


def _looks_like_benchmark(name: str) -> bool:
    """A name a benchmark has: a digit, a hyphen, a second capital or "Bench"/"QA"/"Eval" in it ("on
    ImageNet-1k", "on TAU-Bench", "on MMLU")."""
    return any(ch.isdigit() for ch in name) or "-" in name or sum(ch.isupper() for ch in name) >= 2 \
        or name.lower().endswith(_BENCHMARK_NAME_ENDINGS)


#: how the names of benchmarks end: "CommonsenseQA", "LongBench", "AlpacaEval"
_BENCHMARK_NAME_ENDINGS = ("bench", "qa", "eval")


#: the last words of the step cues ("training steps", "function evaluations")
_STEP_WORDS = frozenset({"steps", "iterations", "evaluations", "nfe", "nfes", "passes"})
#: a verb that picks a part out, right before its share: "protecting only 1% of salient weights"
_PICKED_SHARE_BEFORE = re.compile(r"(?i)\b(?:protect\w*|select\w*|identif\w*|choos\w*|chose\w*|pick\w*|"
                                  r"preserv\w*|skip\w*|isolat\w*)\s+(?:(?:only|just|merely|the\s+top|top)\s+)?$")
_COMMUNICATION_WORDS = re.compile(r"(?i)\b(?:communicat\w*|bandwidth|[mg]bps|[mg]b/s|transmi\w*|all-?reduce|uplink|"
                                  r"downlink|traffic)\b")
_STORAGE_WORDS = re.compile(r"(?i)\b(?:memory|storage|cache|caches|footprint|vram|ram|disk|checkpoints?|kv)\b")
_BARE_COMPRESSION = frozenset({"compression", "compresses", "compressed", "compressing", "compress"})


@lru_cache(maxsize=4)
def _sends_rather_than_stores(document: str) -> bool:
    """The abstract is about what goes over the network, not what is kept: its bare "compression" is of
    messages ("CocktailSGD achieves up to 117x compression" over 500Mbps networks), which is no memory."""
    sent = len(_COMMUNICATION_WORDS.findall(document))
    return sent >= 2 and sent > len(_STORAGE_WORDS.findall(document))


@lru_cache(maxsize=4)  # asked for every x/% claim of one abstract
def _document_leaning(document: str) -> tuple[int, int]:
    """How many systems words and benchmark words the whole abstract holds."""
    return len(_SYSTEM_WORDS.findall(document)), len(_BENCHMARK_WORDS.findall(document))


#: words a metric does not reach back across: articles, and the verbs that say a result ("gives average speedups")
_METRIC_STOP = frozenset("the a an our its their this in of gives give achieves achieve delivers deliver yields yield "
                         "provides provide offers offer shows show brings bring attains attain reaches reach obtains "
                         "obtain demonstrates demonstrate reports report enables enable exhibits exhibit".split())


def _metric(ctx: SentenceContext, cue: Cue | None, floor: int = 0) -> str | None:
    """The cue phrase with up to two words before it, not reaching back past token ``floor`` (the end of
    the number: "a factor of ten faster" has the metric "faster")."""
    if cue is None:
        return None
    start = cue.start
    lex = load_lexicon()
    stop = lex.baseline_stop | _METRIC_STOP
    if ctx.span_text(cue.start, cue.end).lower() in SPEED_VERB_PHRASES:
        floor = start  # "LiteX accelerates", "our method speeds up": the verb's subject is no part of the measure
    while start > floor and cue.start - start < 2:
        tok = ctx.toks[start - 1]
        if not tok.text.isalpha() or tok.lower in stop or any(c.start <= start - 1 < c.end and c.direction for c in ctx.cues):
            break
        start -= 1
    return ctx.span_text(start, cue.end).lower()


# ---------------------------------------------------------------------------
# the sentence


_CHANGE_WORDS = (r"(?:improvements?|increases?|gains?|drops?|decreases?|reductions?|higher|lower|better|worse|boost|"
                 r"degradation|loss|improves?|improved|reduces?|reduced|increased|decreased|boosts?|boosted|above|below|"
                 r"superior|inferior)")
_CHANGE_AFTER = re.compile(r"(?i)^\s*(?:percentage\s+)?(?:points?\s+)?(?:[\w-]+\s+){0,3}?" + _CHANGE_WORDS + r"\b")
_CHANGE_BEFORE = re.compile(r"(?i)\b" + _CHANGE_WORDS + r"\s+(?:of|by|in\s+\w+\s+(?:of|by))\s*$")
_DATA_WORDS = re.compile(r"(?i)\b(?:train\w*|pre-?train\w*|corpus|corpora|datasets?|data|trillion)\b")


#: "by 0.2 PPL", "by nearly 10%": an amount of change, whatever bound words stand between
_BY_AMOUNT = re.compile(r"(?i)\bby\s+(?:(?:up\s+to|nearly|about|around|approximately|roughly|over|more\s+than|"
                        r"almost|as\s+much\s+as|at\s+least|an?|only)\s+)*$")


def _is_change(text: str, q: Quantity, direction: str | None) -> bool:
    """An accuracy figure that says how much better or worse ("+5.7%", "by 0.2 PPL", "a 3-5% drop")."""
    if q.start >= 3 and text[q.start - 3].isalnum() and text[q.start - 2:q.start] == " (" \
            and text[q.end:q.end + 1] == ")":
        return False  # "outperforms ReAct (59%) and a monolithic agent (27%)": the score of what is named
    if direction is not None:
        return True
    before = text[max(0, q.start - 40):q.value_start]
    return (before.rstrip().endswith(("+", "-", "−")) or bool(_BY_AMOUNT.search(before))
            or bool(_CHANGE_BEFORE.search(before))
            or bool(_CHANGE_AFTER.match(text[q.end:q.end + 60])))


def _tokens_kind(text: str, q: Quantity) -> str:
    """A number of tokens: a context length ("128K tokens", "more than 100M tokens" of input) unless
    it counts training data ("trained on 19.7B tokens")."""
    if q.high >= 1e9:
        return "other"
    if q.high < 100 or q.high != int(q.high) or _TOKENS_PER.match(text, q.end) \
            or _PER_BEFORE.search(text, max(0, q.start - 16), q.start):
        return "other"  # "accepts 3.2 tokens per step", "0.5 Wh per 1,000 tokens": a rate or a handful, not a context
    if _TOKENS_SPENT_BEFORE.search(text, max(0, q.start - 40), q.start):
        return "other"  # "the agent uses 608k tokens", "consumes only 1.2M tokens": tokens spent, no context
    if _MEDIA_TOKENS_AFTER.match(text, q.end) or _MEDIA_INTO_BEFORE.search(text, max(0, q.start - 40), q.start):
        return "other"  # "fewer than 800 vision tokens", "each document image into 324 tokens": what one image costs
    if _BATCH_BEFORE.search(text, max(0, q.start - 40), q.start):
        return "other"  # "inference batch sizes (<= 512 tokens)": how many tokens a batch holds, no context
    if _CONTEXT_WORDS.search(text):
        return "context_length"
    if _MEDIA_WORDS.search(text, text.rfind(";", 0, q.start) + 1, q.start):
        return "other"  # "a 256 x 256 image can be reduced to 32 tokens, from the 256 or 1024 tokens of prior methods"
    if _TOKEN_COMPOUND_OF_USE.match(text, q.end) and not _DATA_WORDS.search(text):
        return "context_length"  # "enables 4-million-token inference": the length of one input
    return "other" if q.high > 2e6 or _DATA_WORDS.search(text) else "context_length"


#: a verb that spends tokens right before their number: "uses 608k tokens", "consuming only 1.2M tokens"
_TOKENS_SPENT_BEFORE = re.compile(r"(?i)\b(?:uses?|used|using|consum(?:es?|ed|ing)|spen(?:ds?|t|ding))\s+"
                                  r"(?:(?:only|just|about|around|roughly|nearly|up\s+to|over|less\s+than|fewer\s+than|"
                                  r"more\s+than|~)\s*)*$")
#: tokens an image, a video or a sound is cut into ("800 vision tokens", "576 visual tokens") ...
_MEDIA_TOKENS_AFTER = re.compile(r"(?i)[\s-]+(?:visual|vision|image|video|patch|pixel|frame|audio|speech)[\s-]+tokens?\b")
#: ... or one is turned into ("compress each document image into 324 tokens")
_MEDIA_INTO_BEFORE = re.compile(r"(?i)\b(?:images?|pages?|frames?|videos?|patch(?:es)?|clips?)\s+(?:in)?to\s+"
                                r"(?:(?:only|just|about|around|roughly|nearly|up\s+to|less\s+than|fewer\s+than|~)\s*)*$")
#: what a batch holds: "at inference batch sizes (<= 512 tokens)"
_BATCH_BEFORE = re.compile(r"(?i)\bbatch(?:es|\s+sizes?|-sizes?)?\b[^.;]{0,24}$")
#: a clause about what images are cut into counts their tokens, with no context named in the words before them (a
#: video's tokens may be the context: "6,000-frame (more than 1 million tokens) video needle-in-a-haystack")
_MEDIA_WORDS = re.compile(r"(?i)\b(?:images?|patch(?:es)?|pixels?|tokenizers?)\b")
#: a token count joined to what is run on that many tokens: "4-million-token inference", "1M-token prompts"
_TOKEN_COMPOUND_OF_USE = re.compile(r"(?i)-tokens?[\s-]+(?:inference|prompts?|inputs?|decoding|generation|"
                                    r"sequences?|documents?|queries|requests?|reasoning)\b")


#: a mean in the change noun after a number: "1.41× training geometric mean speedup", "a 2x mean speedup"
_MEAN_CHANGE_AFTER = re.compile(r"(?i)(?:\s+[^\W\d_][\w-]*\s+and\s+\d[\d.,]*\s?[×x%])?"  # (past "inference and 1.41×")
                                r"(?:\s+(?!(?:and|or|with|while|to|from)\b)[^\W\d_][\w-]*){0,2}?"
                                r"\s+(?:geometric[\s-]+mean|geo-?mean|mean|average)\s+"
                                r"(?:speed-?ups?|improvements?|gains?|reductions?|increases?)\b")


def _average_before(ctx: SentenceContext, first: int) -> bool:
    """"an average accuracy increase of 15.1 points": "average" a few words before, same clause."""
    for i in range(first - 1, max(0, first - 10) - 1, -1):
        tok = ctx.toks[i]
        if tok.text in (",", ";", ":") or tok.text[:1].isdigit() or tok.lower in _PREDICATE_VERBS \
                or tok.lower in CONTRAST_WORDS:
            # "an average of 28% for 8B models": the average is the other number's; "the average latency
            # drops and throughput improves by 30%": a new predicate; "... on the average and p90 latency while
            # quadrupling throughput": a new clause
            return False
        if tok.lower in _AVERAGE_WORD:
            return not (tok.lower == "mean" and i + 1 < first and ctx.toks[i + 1].lower in _MEAN_METRIC_WORDS) \
                and not (tok.lower == "average" and i + 1 < first and ctx.toks[i + 1].lower == "precision") \
                and not (i > 0 and (ctx.toks[i - 1].lower in _COMPARATIVE_BEFORE_AVERAGE
                                    or ctx.toks[i - 1].text[:1].isdigit()
                                    # ("a 4.1% average increase in accuracy for a 13.0% reduction": the sign's
                                    # number has the average)
                                    or (i > 1 and ctx.toks[i - 1].text in ("%", "x", "×")
                                        and ctx.toks[i - 2].text[-1:].isdigit()))) \
                and not (i > 0 and ctx.toks[i - 1].lower in ("on", "in") and i + 1 < first
                         and _AVERAGED_MEASURE.fullmatch(ctx.toks[i + 1].text))
    return False


#: "speedups of 6.9x and 7.9x, respectively, on average": the average said after a list is each member's
_LIST_THEN_ON_AVERAGE = re.compile(r"(?:\s*,?\s*(?:and|or)?\s*\d[\d.,]*\s?(?:[x×%]|times)?)*\s*,?\s*respectively\s*,?\s*"
                                   r"(?:on|in)\s+average(?![\w-])", re.IGNORECASE)
#: "a maximum speedup of 2.1x", "peak improvement of 40%": the largest of the changes measured, so at most it
#: (a maximum of the measure itself, "the maximum achievable throughput by 1.2x", "peak memory", is no bound)
_MAXIMUM_WORD = r"maximum|max\.?|peak"
_MAXIMUM = rf"(?:{_MAXIMUM_WORD}|highest)"
_CHANGE_NOUN = r"(?:speed-?ups?|improvements?|gains?|reductions?|savings?|accelerations?)"
#: a change said as a noun, as one word: "reduction", "improvements", "savings"
_CHANGE_NOUN_WORD = re.compile(_CHANGE_NOUN)
#: (words between them that a peak is taken of: "a 3x peak memory reduction" reduces the peak of a measure)
_PEAK_OF_MEASURE = (r"(?:(?!(?:memory|power|energy|latency|ram|vram|sram|dram|hbm|bandwidth|throughput|usage|traffic|"
                    r"footprint|temperature|load|activation)\b)[\w-]+\s+){0,2}?")
#: ("a maximum efficiency improvement of 1.67x": a word of the measure between)
_MAXIMUM_CHANGE_OF = re.compile(r"(?i)\b" + _MAXIMUM + r"\s+" + _PEAK_OF_MEASURE + _CHANGE_NOUN
                                + r"\s+(?:of\s+|by\s+|reaching\s+)?$")
#: ... or after it: "a 6.7x peak decoding speedup ratio", "a 3x peak speedup"
_MAXIMUM_CHANGE_AFTER = re.compile(r"(?i)\s+" + _MAXIMUM + r"\s+" + _PEAK_OF_MEASURE + _CHANGE_NOUN + r"(?![\w-])")

#: the best factor said as a performance: "a peak performance of 43.25x", "maximum performance of 3x"
_PEAK_PERFORMANCE_OF = re.compile(r"(?i)\b(?:peak|maximum|max\.?|highest)\s+performance\s+of\s+(?:up\s+to\s+)?$")
#: a word that opens a clause of its own in the middle of a sentence
_CLAUSE_JOINT = re.compile(r"(?i)\b(?:" + "|".join(sorted(CONTRAST_WORDS)) + r")\b")
#: a sentence that opens with "On average" and a phrase up to its comma
_ON_AVERAGE_OPENER = re.compile(r"(?i)\s*on\s+average\b[^,;:]{0,80},")
#: a plus sign right after a factor or percent, no second number after it: "2x+ speedups", "30%+ lower latency"
_PLUS_AFTER = re.compile(r"\+(?!\s?\d)")
#: "on average" (or "averagely") said of the verb right before the number: "on average achieves 2.71x speedup",
#: "averagely yields 31%", "on average reduces latency by 40%"
_AVERAGE_VERB_BEFORE = re.compile(
    r"(?i)\b(?:on\s+average|averagely)\s+(?:achiev\w*|yield\w*|deliver\w*|provid\w*|obtain\w*|gain\w*|attain\w*|"
    r"offer\w*|brings?|gives?|(?:improv\w*|accelerat\w*|reduc\w*|speed\w*\s+up|cut\w*|sav\w*|lower\w*|"
    r"outperform\w*|boost\w*|increas\w*)(?:\s+[\w-]+){0,3}?\s+by)\s+(?:an?\s+|the\s+)?$")


#: "by 20% or more", "10x or higher.", "2x and above on long inputs": a bound said after the number, before
#: the end of its phrase (not "2x or more accurate", a second comparative)
_OPEN_END_AFTER = re.compile(
    r"\s+(?:or|and)\s+(?:(?P<at_least>more|higher|greater|above|beyond|larger|bigger)|"
    r"(?P<up_to>less|fewer|lower|below|smaller))"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|for|of|over|across|compared|relative|than|while|when|with|at|during|and)\b)",
    re.IGNORECASE)


#: "at most" / "at least" said after the number
_AT_MOST_OR_LEAST_AFTER = re.compile(r"(?i)\s+at\s+(?:(?P<up_to>most)|(?P<at_least>least))(?![^\W\d_])")
#: "speedups of 10% on average and 20% maximum", "2.1x at peak", "3x in the best case": the largest one measured
#: (not "20% maximum throughput": a maximum of the measure)
_MAXIMUM_AFTER = re.compile(rf"(?i)\s+(?:(?:at\s+)?(?:the\s+)?(?:{_MAXIMUM_WORD})|in\s+the\s+best\s+case)"
                            r"(?=\s*(?:[,;:)]|\.(?!\w)|$)|\s+(?:and|or|in|on|for|over|across|compared|relative|than|while|"
                            r"when|with|at|during)\b)")


#: "prices that differ by 100x", "vary by up to 3x": how far apart things are, not what a method changed
_DIFFER_BY = re.compile(r"(?i)\b(?:differ|differs|differed|differing|vary|varies|varied|varying)\s+(?:[\w-]+\s+){0,2}?by\s+"
                        r"(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|an?\s+)*$")
#: an estimate that is off by the number, no change: "naive benchmarks overestimate dispatch cost by ~20x"
_MISESTIMATE_BY = re.compile(r"(?i)\b(?:over|under|mis)-?estimat\w*\s+(?:[\w-]+\s+){0,3}?by\s+"
                             r"(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|an?\s+)*"
                             r"[~≈]?\s?$")
#: a bound written as a sign belongs to its own number only ("a <15% latency increase and 50% throughput gains")
_SIGN_BOUNDS = frozenset({"<", ">", "≤", "≥", "<=", ">=", "~", "≈"})


def _list_step(ctx: SentenceContext, end: int) -> int | None:
    """The first token of the next member of a list whose member ends at token ``end``, after its joiner ("/",
    "and", "&", "or", ",", ", and", ", or"), or None where no joiner follows."""
    if end >= ctx.n:
        return None
    first = ctx.toks[end].lower
    if first in ("/", "and", "&", "or"):
        step = end + 1
    elif first == ",":
        step = end + 2 if end + 1 < ctx.n and ctx.toks[end + 1].lower in ("and", "or") else end + 1
    else:
        return None
    return step if step < ctx.n else None


def _bound_for(text: str, q: Quantity, floor: int) -> tuple[str, int]:
    """(bound, start of the bound phrase) for quantity ``q``; ``floor``: do not look before it."""
    before = text[floor:q.value_start]
    if before.endswith(("x", "×", "× ")) and q.text[:1] in "x×":
        before = text[floor:q.start]  # "maximum x21": the sign written before the number is the number's
    # "up to +21.7%", "of up to $2.5 million": the sign is the number's
    found = bound_before(before[:-1] if before.endswith(("+", "$", "€", "£", "¥")) else before)
    if found is None and q.text[:1] in "fF" and q.text.lower().startswith("factor"):
        found = bound_before(text[floor:q.start])  # "by up to a factor of 18": the bound stands before "factor"
    if found is not None:
        start = floor + found[1]
        if q.unit == "x" and q.decreasing and found[0] in ("up_to", "at_least") and FRACTION_SHARE.fullmatch(q.text):
            # "less than half the memory" is more than a halving: the bound of a share turns round as a factor
            return ("at_least" if found[0] == "up_to" else "up_to"), start
        if found[0] == "approx" and text[start:q.value_start].strip().lower() == "some" \
                and _AFTER_MODELISH.match(text[q.end:q.end + 40]):
            return "exact", q.start  # "some 70B models": which models, not about how large
        return found[0], start
    if q.is_range and " to " in q.text and (inner := RANGE_INNER_BOUND.search(q.text)) \
            and (found := bound_before(q.text[:inner.end()])) is not None:
        return found[0], q.start  # "ranged from 7x to over 125x": more than 7x to 125x
    if not q.is_range and (("+" in q.text and not q.text.startswith("+")) or _PLUS_AFTER.match(text, q.end)):
        return "at_least", q.start  # "100+ datasets", "25+ billion parameters", "70B+ models", "2x+", "30%+"
    lex = load_lexicon()
    if lex.average_after.match(text, q.end) or ("respectively" in text and _LIST_THEN_ON_AVERAGE.match(text, q.end)):
        return "average", q.start
    if (open_end := _OPEN_END_AFTER.match(text, q.end)) is not None and not q.is_range:
        return open_end.lastgroup, q.start
    if (at_most := _AT_MOST_OR_LEAST_AFTER.match(text, q.end)) is not None:
        return at_most.lastgroup, q.start  # "by 1.57 - 3.39x at most", "by 30% at least"
    if q.unit in ("x", "%") and _MAXIMUM_AFTER.match(text, q.end):
        return "up_to", q.start
    if q.unit == "x" and "erformance of" in text \
            and _PEAK_PERFORMANCE_OF.search(text, max(floor, q.value_start - 40), q.value_start):
        return "up_to", q.start  # "a peak performance of 43.25x": the best of the factors
    if q.unit in ("x", "%") and "verage" in text \
            and _AVERAGE_VERB_BEFORE.search(text, max(floor, q.value_start - 64), q.value_start):
        return "average", q.start
    if q.unit in ("x", "%") and _MAXIMUM_CHANGE_OF.search(text, max(floor, q.value_start - 40), q.value_start):
        return "up_to", q.start  # "a maximum speedup of 2.1x", "a peak improvement of 40%"
    if q.unit in ("x", "%") and _MAXIMUM_CHANGE_AFTER.match(text, q.end):
        return "up_to", q.start
    return "exact", q.start


class Mentions(NamedTuple):
    """What the regex finders see in a sentence, before any tokenising."""

    hardware: list[HardwareMention]
    models: list
    quantities: list[Quantity]

    def __bool__(self) -> bool:
        return bool(self.hardware or self.models or self.quantities)


def find_mentions(text: str, words: list[str] | None = None) -> Mentions:
    """Hardware, sized model names and numbers in a sentence; numbers inside the others (or in a
    URL) are parts of names, not quantities.  A sentence with no mention holds no claim.
    ``words``: the sentence's lower-case words (``prefilter.sentence_words``), when the caller has them."""
    if words is None:
        words = LOWER_WORD.findall(text.lower())
    hardware = find_hardware(text, words)
    models = find_model_names(text)
    quantities = find_quantities(text, words)
    url = "/" in text or "www" in text
    if quantities and (hardware or models or url):
        blocked = [(h.start, h.end) for h in hardware] + [(m.start, m.end) for m in models]
        if url:
            blocked += [m.span() for m in URL_RE.finditer(text)]
        quantities = [q for q in quantities if not _overlaps((q.start, q.end), blocked)]
    return Mentions(hardware, models, quantities)


def sentence_candidates(text: str, doc: Doc, document: str = "", mentions: Mentions | None = None) -> list[Candidate]:
    """All claim candidates in one cleaned sentence; ``document`` is the whole (clean) text it came
    from; ``mentions`` what ``find_mentions`` found in it, when the caller has them already."""
    hardware, models, quantities = mentions if mentions is not None else find_mentions(text)
    ctx = SentenceContext(text, doc, document_acronyms(document) if document else None)
    cands: list[Candidate] = []

    for h in hardware:
        cands.append(Candidate("hardware", h.start, h.end, "hardware-catalogue", entity=h.entity, count=h.count,
                               memory=h.memory))
    quantities = _share_points(text, quantities)
    group_ids = _group_lists(text, quantities)
    next_group = (max(group_ids) + 1) if group_ids else 0
    # each list's numbers, in order (once: a sentence may hold a table's worth of numbers)
    group_members: dict[int, list[int]] = {}
    for i, g in enumerate(group_ids):
        group_members.setdefault(g, []).append(i)
    for m in models:
        if m.params is None:
            continue
        bound, bstart = _bound_for(text, Quantity(m.start, m.end, m.text, m.start, 0, 0, None), 0)
        if bound not in ("up_to", "approx"):
            # "a 2x speedup over Llama-3.2-3B", "averaged over Llama-2-7B": a comparison or a setting;
            # only "up to"/"about" qualify the size a name states
            bound, bstart = "exact", m.start
        cands.append(Candidate("model_size", m.start, m.end, "model-name", value_low=m.params, value=m.params,
                               unit="params", bound=bound, entity=m.entity, group=next_group))
        next_group += 1

    typer = _Typer(ctx, quantities)
    device_starts = frozenset(h.start for h in hardware)
    # units shared along a list: "26B, 34B, and even 80B parameters"
    decided: dict[int, tuple[str, str] | None] = {}
    sized_ends = {m.end for m in models if m.params is not None}
    for i, q in enumerate(quantities):
        if q.unit is None:
            decided[i] = _decide_magnitude_unit(text, q)
            if q.magnitude in ("B", "M") and q.start - 1 in sized_ends and text[q.start - 1] == "/":
                # "Vicuna-7B/68M target/draft pairs": a size after a sized name's slash is a second size
                decided[i] = ("model_size", "params")
            elif i > 0 and q.magnitude is not None and decided.get(i - 1) is not None \
                    and _UNIT_OF_EARLIER_BEFORE.search(text, max(0, q.start - 48), q.start) \
                    and not _AFTER_PARAMS.match(text[q.end:q.end + 60]) \
                    and (decided[i] is None or decided[i][1] in ("count", "params")):
                # "trained on 45B tokens, far fewer than the 15T used for Llama-70B", "15T tokens, of which 7.2T",
                # "from 11.2M to 1.2M": what the number is compared with, a part of or changed from is counted in the
                # same unit (unless it names a noun of its own: "from 1.2M to 3.4M tokens")
                decided[i] = decided[i - 1]
    for listed in group_members.values():
        members = [i for i in listed if quantities[i].unit is None]
        if len(members) > 1:
            last = decided.get(members[-1])
            if last and last[0] in ("model_size", "context_length", "tokens"):
                for i in members:
                    if quantities[i].magnitude is not None or last[0] != "model_size":
                        decided[i] = last

    # "on average" after a run of claims applies to all of them (same comma-separated part)
    averaged: set[int] = set()
    for m in _ON_AVERAGE.finditer(text):
        opening = text[:m.start()].rstrip()
        last = max((i for i, q in enumerate(quantities) if q.end <= m.start()), default=None)
        # "by 11%, on average, as compared to ...", "1.5x faster, on average, than X": set off by commas right
        # after a number (and its comparative), it is that number's
        after_number = last is not None and _AFTER_NUMBER_COMMA.fullmatch(text, quantities[last].end, m.start()) is not None
        if text.startswith(",", m.end()) and not after_number and (
                not opening or opening.endswith((",", ":", ";")) or opening.lower().endswith(" that")):
            # "On average, optimized models exhibit a 16.11% speed improvement": an opening "on
            # average," covers the claims after it, up to the end of the clause
            seg_end = min((k for k in (text.find(";", m.end()), text.find(":", m.end())) if k != -1), default=len(text))
            span = (m.end(), seg_end)
        else:
            # back to the clause's start, or to the bracket "(32% on average)" opens
            aside = text.rfind("(", 0, m.start())
            aside = aside if aside > text.rfind(")", 0, m.start()) else -1
            # (or to a connective that opens a clause: "reduces training latency by 53% ... while improving
            # generalization performance by 1.53 dB on average")
            joint = max((j.end() for j in _CLAUSE_JOINT.finditer(text, 0, m.start())), default=0)
            span = (max(text.rfind(",", 0, m.start()) + 1, text.rfind(";", 0, m.start()) + 1, aside + 1, joint),
                    m.start())
        for i, q in enumerate(quantities):
            if span[0] <= q.start < span[1]:
                averaged.add(i)
        if last is not None and (after_number or not text[quantities[last].end:m.start()].strip()):
            # "by 2.3x, 2.1x, and 2.1x on average": right after a list, it covers all of its members
            averaged.update(group_members[group_ids[last]])
    if "(" in text:
        averaged.update(i for i, q in enumerate(quantities) if _AVERAGE_ASIDE.match(text, q.end))

    # the words after the last member of a list describe every member
    shared_right: dict[int, list[Cue]] = {}
    for i, q in enumerate(quantities):
        if i + 1 == len(quantities) or group_ids[i + 1] != group_ids[i]:
            shared_right[group_ids[i]] = typer.right_cues(typer.qtok[i])

    # "reduces latency and memory by 30% and 45%, respectively": a list of numbers and a list of as
    # many measured things pair up in order
    paired: dict[int, tuple[Cue, int]] = {}  # number -> (its cue, where the two lists start)
    for listed in group_members.values():
        members = [i for i in listed if quantities[i].unit in ("x", "%")]
        if len(members) > 1:
            cues = typer.paired_cues(members)
            if cues is not None:
                lead = min(typer.qtok[members[0]][0], cues[0].start)
                paired.update((i, (cue, lead)) for i, cue in zip(members, cues))

    floor = 0
    previous: Candidate | None = None  # the last x/% claim, for claims that leave out their noun
    previous_size: Candidate | None = None  # the last context length or model size read from a number
    previous_score: Candidate | None = None  # the last score of a named metric ("an FID of 2.1")
    previous_cue: Cue | None = None
    previous_said: str | None = None  # the direction the words gave the last x/% claim, whatever its kind
    previous_said_after = False  # ... said by a word after its number ("an 11.67x cache size reduction")
    retained = False  # the last claim was a share of quality kept ("retains 98% ... performance")
    shares_of: dict[int, str] = {}  # claim -> the named system it is a share of ("95% of cuBLAS")
    distance_to: set[int] = set()  # claims of a distance from a named model ("within 5% of GPT-4")
    rivals: dict[int, str] = {}  # claim -> the larger models a smaller one rivals ("7x larger models")
    list_bound: dict[int, str] = {}  # "up to 4.86x and 2.18x", "over a 20x and 8x": the first member's bound covers the list
    bounds: list[str] = []  # the bound of each number so far
    bound_starts: list[int] = []  # ... and where its phrase starts
    averaged_opener = _ON_AVERAGE_OPENER.match(text) if "verage" in text[:16] else None
    for i, q in enumerate(quantities):
        own = typer.qtok[i]
        score_before, previous_score = previous_score, None  # a score list ends at any other number
        retained_before, retained = retained, False
        bound, bstart = _bound_for(text, q, floor)
        if averaged_opener is not None:
            # "On average across six real-world pipelines, cedar achieves 2.49x, 1.87x, ...": the opening "on
            # average" is said of the changes of the main clause, not of the count inside the opener
            if q.start < averaged_opener.end():
                bound = "exact" if bound == "average" else bound
            elif bound == "exact" and q.unit in ("x", "%"):
                bound = "average"
        floor = q.end
        start = min(bstart, q.start)
        if q.unit is None and decided.get(i) is None and _lost_times(text, q, quantities[i - 1] if i else None, typer,
                                                                     own, ctx.token_at(start), document, device_starts):
            q = quantities[i] = q._replace(unit="x")
        if bound == "exact" and ((i in averaged and not (q.unit not in ("x", "%") and _SETTING_BEFORE_NUMBER.search(
                # "(12.3% for 1.5B and 7.5% for 7B models on average with 8 parallel paths)": the sizes and counts
                # of the settings the changes were averaged in are no averages
                text, max(0, q.start - 6), q.start))) or (_average_before(ctx, own[0]) and not (
                # "improves the average performance on downstream tasks of a 3 billion parameter model": the
                # average is the measure's, not the size's
                q.magnitude is not None and _AFTER_PARAMS.match(text[q.end:q.end + 60])))):
            bound = "average"
        if bound == "exact" and q.unit in ("x", "%"):
            # "a 2.27× inference and 1.41× training geometric mean speedup": the mean said in the change noun
            # after the number, or after the last member of its list
            last = group_members[group_ids[i]][-1]
            if _MEAN_CHANGE_AFTER.match(text, quantities[last].end):
                bound = "average"
        # (past a factor's aside: "an average speedup of 2.2x (up to 3.2x) and 2.1x (up to 5x)")
        lead, step_from = i - 1, quantities[i - 1].end if i else 0
        if i >= 2 and is_factor_aside(text, quantities[i - 2], quantities[i - 1]):
            lead, step_from = i - 2, quantities[i - 1].end + 1
        elif i >= 2 and q.unit in ("x", "%") and quantities[i - 2].unit == q.unit and quantities[i - 1].unit is None \
                and quantities[i - 1].magnitude is None and _COORDINATED_STEP.fullmatch(text, quantities[i - 2].end, q.start):
            # (past a bare number inside the earlier one's setting: "speedups of up to x5 in the 1-h prediction task
            # and x27 in the 24-h prediction task")
            lead, step_from = i - 2, quantities[i - 2].end
        # ("up to a 6x gain in A and a 3x gain in B": an article after the bound comes back with the later number)
        step = (_COORDINATED_STEP.fullmatch(text, step_from, q.start) or _parallel_comparison(text, step_from, q)
                or _comma_list_step(text, quantities, i, step_from) or None) if i > 0 else None
        if step is None and i > 0 and _ARTICLE_AT_END.search(text, bound_starts[lead], quantities[lead].start) \
                and (article := _ARTICLE_AT_END.search(text, step_from, q.start)) is not None:
            step = _COORDINATED_STEP.fullmatch(text, step_from, article.start())
        if bound == "exact" and i > 0 and bounds[lead] in ("up_to", "average", "at_least") and q.unit in ("x", "%") \
                and (not q.is_range or quantities[lead].is_range) and quantities[lead].unit in ("x", "%") \
                and step is not None and text[bound_starts[lead]:quantities[lead].value_start].strip() not in _SIGN_BOUNDS \
                and not (bounds[lead] == "average" and _AVERAGE_ADJECTIVE_AFTER.match(text, quantities[lead].end)
                         and any(c.kind for c in typer.right_cues(own))):
            # "an average speedup of 1.33x in the prefill stage and 1.70x in the decode stage", "up to 50%
            # latency reduction and 2x throughput improvement": the later number leaves out what stands before
            # the earlier one, "up to", "over" or "average" and all ("over 3x speedup on A, and 2x speedup on
            # B"); a range after a single number states its own ends; "about" stays with its number, and so does
            # an "average" said after the earlier number when the later one names its own measure ("a 2.14x average
            # latency speedup and 49.1% energy reduction")
            bound = bounds[lead]
        bounds.append(bound)
        bound_starts.append(bstart)
        if bound != "exact" and group_ids[i] not in list_bound:
            list_bound[group_ids[i]] = bound
        elif bound == "exact" and group_ids[i] in list_bound and i > 0 and group_ids[i - 1] == group_ids[i]:
            bound = list_bound[group_ids[i]]
        base = dict(start=start, end=q.end, bound=bound, group=group_ids[i], value_low=q.low,
                    value=q.high)
        if q.unit is None:
            decision = decided.get(i)
            if decision in (None, ("other", "count")) and q.magnitude is not None and previous_size is not None \
                    and are_coordinated(text, previous_size.end, start) and not _COUNTED_AFTER.match(text, q.end):
                # "a context length of up to 1 million on one GPU and up to 10 million on eight": the
                # later size leaves out what the earlier one measured
                decision = (previous_size.kind, previous_size.unit)
            elif decision is None and q.magnitude is None and score_before is not None \
                    and _SCORE_GAP.fullmatch(text, score_before.end, start):
                # "perplexity by 0.01-0.34 on LLaMA-2, 0.38-0.68 on Mistral-7B": the later scores leave
                # out the metric's name
                decision = ("accuracy", score_before.unit)
            if decision is None:
                continue
            kind, unit = decision
            if kind == "tokens":
                kind = _tokens_kind(text, q)
            # ("beat all non-TabPFN models by over 200 Elo": a change of a rating, against what it beat)
            cands.append(Candidate(kind, method="number-grammar", unit=unit,
                                   change=kind == "accuracy" and _is_change(text, q, None), **base))
            if kind in ("context_length", "model_size"):
                previous_size = cands[-1]
            elif kind == "accuracy":
                previous_score = cands[-1]
            continue
        if q.unit in _SCORE_UNITS:  # "15.1 points", "2.84 PPL", "27.3 BLEU", "a 0.3 drop in BLEU"
            cands.append(Candidate("accuracy", method="number-grammar", unit=q.unit,
                                   change=_is_change(text, q, None), **base))
            previous_score = cands[-1]
            continue
        if q.unit not in ("x", "%"):
            # "improves PSNR by 1.2 dB", "5 to 10 dB in PSNR": decibels of a signal-quality score are a quality figure
            quality = q.unit == "db" and _DB_SCORE.search(text, max(0, q.start - 60), min(len(text), q.end + 48))
            cands.append(Candidate("accuracy" if quality else "other", method="number-grammar", unit=q.unit,
                                   change=bool(quality) and _is_change(text, q, None), **base))
            continue
        # "renders 2x faster with 10x fewer Gaussians": the noun after "fewer" is what the number counts; only
        # a cue of its own names a measure ("10x less memory"), not one before it, a weak one or a later member's
        own_object = _OWN_OBJECT_AFTER.match(text, q.end) is not None
        shared = shared_right.get(group_ids[i]) if own != typer.qtok[-1] and not own_object else None
        kind, cue, direction_cues, source = typer.classify(own, ctx.token_at(start), shared)
        if q.unit == "x" and kind in ("accuracy", "capacity") and source in ("right", "weak") and cue is not None \
                and cue.start >= 2 and ctx.toks[cue.start - 1 - (ctx.toks[cue.start - 1].lower == "the")].lower \
                in ("on", "across") and not text.startswith(" more", q.end) and not _LARGER_AFTER.match(text, q.end):
            # "consistent speedups: 8.7x on GSM8K, 45.1x on longer sequences": what a factor was measured on is no
            # measure of it (a factor of accuracy or length says so next to it: "2x higher accuracy", "4x longer")
            kind, cue, source = None, None, None
        if kind == "capacity" and _BARE_SIZE_COMPARATIVE_AFTER.match(text, q.end) \
                and _DATA_SUBJECT_BEFORE.search(text, max(0, q.start - 48), q.start):
            # "a training set that is 4x larger than the first StarCoder dataset": more data is no larger problem
            # handled
            kind, cue, source = "other", None, None
        if kind in COMPARATIVE and q.unit == "%" and source == "left" and cue is not None \
                and (bench := _ON_BENCHMARKS_AFTER.match(text, q.end)) is not None \
                and (bench.group("name") is None or (_looks_like_benchmark(bench.group("name")) and not any(
                    h.start <= bench.start("name") < h.end for h in hardware))) \
                and ctx.toks[cue.start].idx > q.start - 96 \
                and _BY_BEFORE.search(text, max(0, q.value_start - 24), q.value_start) \
                and _RIVAL_VERB_BEFORE.search(text, max(0, ctx.toks[cue.start].idx - 64), ctx.toks[cue.start].idx):
            # "outperforms prior MoE compression methods by up to 16.7% on MMLU": the cue names what is beaten,
            # and the gain on a benchmark is in quality
            kind, cue = "accuracy", None
        if kind is None and q.unit in ("x", "%") and (head := _colon_head(ctx, text, q)) is not None:
            # "consistent speedups: 8.7x on GSM8K, 45.1x on longer sequences, and 4.8x on HumanEval": the measure
            # named before a colon heads the list after it
            kind, cue, source = head.kind, head, "left"
        if not own_object and _OWN_COMPARED_NOUN_AFTER.match(text, q.end) \
                and not (cue is not None and cue.start >= own[1]):
            # "2.5x higher coverage than X", "four times more coverage": a noun of no cue after the
            # comparative is what changed, unless a cue names it ("2x higher throughput", "3x higher performance")
            own_object = True
        if own_object and source != "right":
            kind, cue, source = None, None, None
        if q.unit in ("x", "%") and kind in (None, "other", "accuracy") and source in (None, "left", "weak") \
                and (verb := _speed_verb_over_object(ctx, text, q)) is not None:
            # "speeds up 22 out of 99 TPC queries (the most complex public benchmark) by more than 2x",
            # "accelerate semantic filtering, joining, group-by and top-k operations by up to 1,000x", "accelerate
            # MAE pre-training by a factor of 82": the verb says what the number measures, past the counts,
            # asides and nouns (a score's name too) of its object, and the way it went ("speeds up training
            # at 30 FPS by more than 100%": a count with a unit in the object hides the verb from the direction)
            kind, cue, source = "speedup", verb, "left"
            if verb not in direction_cues:
                direction_cues = [verb, *direction_cues]
        measure = None
        if q.unit in ("x", "%") and kind in (None, "accuracy"):
            # "reduces the training steps needed to reach a comparable perplexity by up to 21.0%": the score
            # is the level to reach; what reaching it takes is what changed
            measure = _measure_of_changed_object(ctx, text, q, _CHANGED_TO_REACH)
            if measure is None and kind is None and source is None:
                # "reduce the overall on-device GPU memory usage of transformer-based models such as ViT and BERT
                # by an average of 2.2x": the measure named first in the object of a verb of change, past its
                # "of" and "such as" modifiers
                measure = _measure_of_changed_object(ctx, text, q, _CHANGE_VERB_OVER_OBJECT)
        if measure is not None:
            measure, verb = measure
            kind, cue, source = measure.kind, measure, "left"
            if measure not in direction_cues:
                direction_cues = [*direction_cues, measure]
            if verb is not None and not any(c.direction for c in direction_cues):
                # ("reduce the parameter counts of A, B (671B) and C (1T) by 24%-30%": the verb far before says
                # which way)
                direction_cues = [verb, *direction_cues]
        if kind is None and q.unit == "%" and i > 0 and _SHARE_OF_AMOUNT.fullmatch(text, quantities[i - 1].end, start) \
                and text.startswith(")", q.end) and quantities[i - 1].unit not in (None, "x", "%") \
                and _BY_BEFORE.search(text, max(0, quantities[i - 1].value_start - 24), quantities[i - 1].value_start):
            # "cuts latency by 120 ms (25%)", "speeds up execution by 7.5 minutes (>30%)": the share in brackets
            # is the change the amount before it says
            amount = quantities[i - 1]
            kind, cue, direction_cues, source = typer.classify(typer.qtok[i - 1], ctx.token_at(amount.start), None)
        if kind is None and q.unit == "%" and _PLUS_SIGN_BEFORE.search(text, max(0, q.value_start - 2), q.value_start) \
                and (after := _IN_MEASURE_AFTER.match(text, q.end)) is not None:
            # "comes at the cost of +71% in memory and +105% in FLOPs": a signed change of the measure after "in"
            at = ctx.token_at(after.end())
            measured = next((c for c in ctx.cues if c.start == at and c.kind and not c.weak), None)
            if measured is not None:
                kind, cue, source = measured.kind, measured, "right"
        if kind is None and q.unit in ("x", "%") and (clause_cue := _result_clause_cue(ctx, text, q)) is not None:
            # "reduces GPU memory usage from 207 GB to 17 GB, achieving a 92% reduction": the measure is the
            # main clause's
            kind, cue = clause_cue.kind, clause_cue
        if q.unit in ("x", "%") and i > 0 and (kind is None or (
                # (a cue of no scored kind that only describes the amount: "256K tokens at byte level - a 16x ...")
                kind == "other" and cue is not None and ctx.token_at(quantities[i - 1].start) <= cue.start
                and cue.end <= own[0]) or (
                # (or only the weak change noun after the number: "455 tokens/second/W, marking a 19-fold
                # improvement")
                kind == "performance" and cue is not None and cue.weak and cue.start >= own[1])) \
                and (restated := _restated_amount_cue(ctx, text, q, quantities[:i], cands)) is not None:
            kind, cue, source = restated.kind, restated, "restated"
        if kind is None and q.unit in ("x", "%") and i > 0 and (
                _THAN_THAT_AFTER.match(text, q.end) or (
                    q.unit == "x" and _SHARE_OF_AMOUNT.fullmatch(text, quantities[i - 1].end, start)
                    and _THAT_OF_AFTER.match(text, q.end))) \
                and (measured := _amount_cue(ctx, quantities[i - 1], cands)) is not None:
            # "13.2 tokens/s on an RTX 4090, only 18% lower than that of an A100"; "achieved 249,960 tokens/s
            # (5,555×/85× that of GPU/WSE)": the factor in brackets restates the amount before it
            kind, cue, source = measured.kind, measured, "restated"
        if kind is None and q.unit == "x" \
                and (change := _FROM_TO_ASIDE_BEFORE.search(text, max(0, q.start - 64), q.start)) is not None:
            # "reduces latency from 10 ms to 2 ms (5x)", "improves the captioning score from 2.00 to 3.26 (1.6x)":
            # the factor in brackets after a change from one level to another is that change's, of its measure
            # (its measure said after any number before the change: "cuts memory from 80 GB to 20 GB (4x) and grows
            # the batch from 8 to 32 (4x)" says no measure of the batch's)
            since = max((p.end for p in quantities[:i] if p.end <= change.start()), default=0)
            around = [c for c in typer.left_cues(ctx.token_at(change.start()), LEFT_WINDOW) if ctx.toks[c.start].idx >= since]
            measured = next((c for c in around if c.kind and not c.weak), None) \
                or next((c for c in around if c.kind), None)
            if measured is not None:
                kind, cue, direction_cues, source = measured.kind, measured, around, "restated"
            else:
                kind, source = "other", "restated"  # a change of its own, of no measure the lexicon knows: none borrowed
        if i in paired:
            cue, lead = paired[i]
            # the verb before both lists says the direction: "reduces latency, memory and cost by ...", unless the
            # member's own noun says it ("a speed-up and energy reduction of 53.1x and 67.7x": the speed-up is no
            # reduction)
            kind, source = cue.kind, "paired"
            # (or the comparative right before the member's noun: "higher SLO attainment, lower end-to-end latency")
            own_comparative = next((c for c in ctx.cues if c.direction and not c.kind and c.end <= cue.start
                                    and cue.start - c.end <= 2), None)
            direction_cues = ([cue] if cue.direction else []) + ([own_comparative] if own_comparative else []) \
                + direction_cues + typer.left_cues(lead, 4)
        direction = _direction(q, _counted_direction_cues(ctx, direction_cues, own), text)
        if direction is None and kind is not None and q.unit in ("x", "%") \
                and (_BY_BEFORE.search(text, max(0, q.value_start - 24), q.value_start)
                     or _RANGE_OPENER_BEFORE.search(text, max(0, q.value_start - 24), q.value_start)):
            # "reduces the number of parameters of wav2vec2.0-base and HuBERT-large models by 65%": "by N"
            # (or ", ranging from N") needs a verb of change, which may stand further back in its clause than a
            # noun would
            verb = next((c for c in typer.left_cues(ctx.token_at(start), 2 * LEFT_WINDOW)
                         if c.direction and not c.kind), None)
            if verb is not None:
                direction = verb.direction
        if direction is None and source == "right" and q.unit == "%" and not q.is_range and kind in COMPARATIVE \
                and cue is not None and cue.polarity == "lower" \
                and _ONLY_SHARE_BEFORE.search(text, max(0, q.value_start - 64), q.value_start) \
                and not text.startswith(" of ", q.end):
            # "with only about 30% KV cache memory", "with only 55.6% TFLOPs and 53.8% KV cache storage": the
            # share of a resource the work still needs, a saving (1 / 0.3); "only 0.5% of the parameters" says
            # which ones were trained (the shares "of" something have rules of their own)
            direction = "fraction"
        if _overhead_of_number(ctx, own, direction_cues) or (direction is None and any(
                c.start >= own[1] and ctx.toks[c.end - 1].lower in _OVERHEAD_WORDS for c in direction_cues)) or (
                direction is None and cue is not None and cue.end <= own[0] and any(
                    c.start >= cue.start and c.end <= own[0] and ctx.toks[c.end - 1].lower in _OVERHEAD_WORDS
                    and _OVERHEAD_OF.fullmatch(text, ctx.char_end(c.end), q.value_start) for c in ctx.cues)):
            # (and "introducing a runtime overhead of 7%-20%": the overhead named before its size)
            # "suffer from 20-90% runtime overhead", "incurs a 5% memory overhead": the measure got worse (a
            # throughput overhead is throughput lost), whatever a word of another clause says ("delivers these
            # gains with only 3.2% power overhead")
            direction = "worse"
        if direction is None and q.unit == "x" and _TIMES_THE_MEASURE.match(text, q.end):
            # "requires 3x the memory of SFT", "3x as much memory as", "2x the latency of": the measure
            # itself is that many times the other's, whichever way is better
            direction = "increase"
        # "from 23% to 41%": the two values of one change are joined like a list
        joined = previous is not None and (are_coordinated(text, previous.end, start)
                                           or text[previous.end:start].strip() == "to")
        coordinated = joined and previous.unit == q.unit
        unnamed = kind in (None, "other", "performance")  # no cue that names what the number measures
        named = _OF_NAMED_SYSTEM.match(text, q.end) if direction == "fraction" or (
            unnamed and _KEEPS_OR_CUTS.search(text[max(0, q.start - 48):q.value_start])) or (
            coordinated and id(previous) in shares_of) else None
        if named is not None and not _is_system_name(named.group("name")):
            named = None
        if named is not None and named.group("noun") is None and (unnamed or coordinated):
            # "the kernels reach 251% of OpenBLAS on RISC-V CPUs, and 124% of cuBLAS": the share of what
            # the named system does (a subject that measures nothing the spec names does not matter)
            kind, direction = "performance" if kind in (None, "other") else kind, "fraction"
        if source is None and previous is not None and (previous.kind in COMPARATIVE or (
                previous.kind == "other" and previous.unit == q.unit)) \
                and _parallel_comparison(text, previous.end, q) and not own_object:
            # "speedups of up to 40% over A and 2.4x over B": a list whose members each name what they beat
            # (a change of no scored kind too: "reduces bandwidth consumption by 372.5x compared to BOLT and
            # 53.6x compared to Bumblebee" is no speed-up however the abstract leans)
            kind, cue = previous.kind, previous_cue
        if source is None and coordinated and previous.kind != "other" \
                and not own_object and not _own_object(text, q) and not _OWN_CHANGED_NOUN_AFTER.match(text, q.end):
            # (not "a 31% reduction in query time, a 23% reduction in model inferences": the later change names
            # what it changed, a noun no cue knows)
            # "a 3x reduction in KV cache and up to an 8x reduction", "65.08% ..., an additional 12.59%":
            # the later claim leaves out what the earlier one said
            kind, cue = previous.kind, previous_cue
        if kind is None and not own_object and i + 1 < len(quantities) and quantities[i + 1].unit == q.unit \
                and are_coordinated(text, q.end, quantities[i + 1].start) \
                and not _aside_closes_between(text, q, quantities[i + 1]):
            # "up to a 12.75x reduction and an 8.25x reduction in energy used per token": the earlier
            # claim leaves out what the later one says after its number
            nxt = quantities[i + 1]
            nxt_kind, nxt_cue, nxt_cues, nxt_source = typer.classify(typer.qtok[i + 1], ctx.token_at(nxt.start), None)
            # ("less than 1% training and less than 3% inference overheads": a weak noun too, when it stands
            # after the later number and only a word of the earlier one's stands between them; it says which
            # way both changed: "2% training and 5% inference slowdowns")
            noun_after = nxt_cue is not None and nxt_cue.start >= typer.qtok[i + 1][1] \
                and _PAIR_OF_SETTINGS.fullmatch(text, q.end, nxt.start) is not None
            if nxt_source == "right" or (nxt_source == "weak" and noun_after):
                kind, cue = nxt_kind, nxt_cue
                if direction is None and q.unit == "%" and noun_after:
                    direction = "increase" if ctx.toks[nxt_cue.end - 1].lower in _OVERHEAD_WORDS \
                        else _direction(nxt, nxt_cues, text)
        elif kind is None and q.unit in ("x", "%") and i + 1 < len(quantities) and quantities[i + 1].unit not in (
                None, "x", "%") and text[q.end:quantities[i + 1].start] == " or ":
            # "71.1% or 617 ms lower TTFT": the same change said twice, the second time in its own unit
            nxt = quantities[i + 1]
            nxt_kind, nxt_cue, nxt_cues, nxt_source = typer.classify(typer.qtok[i + 1], ctx.token_at(nxt.start), None)
            if nxt_source == "right" and nxt_kind in COMPARATIVE:
                kind, cue = nxt_kind, nxt_cue
                direction = direction or _direction(nxt, nxt_cues, text)
        said = previous_said or previous.direction if previous is not None else None
        # a direction the earlier claim's own words say after its number ("an 11.67x cache size
        # reduction, and 3.49x throughput", "4.7x fewer spikes and runs 2.5x faster") is not that of a later
        # claim measured the other way up, nor of one after a claim of no scored kind
        # ... nor of a later claim whose own noun after its number is measured the other way up ("reduces
        # memory by 2x, and achieves 3x throughput": the throughput did not go down)
        crossed = previous is not None and (previous_said_after or source == "right") and (
            (previous_said_after and previous.kind == "other") or (
                cue is not None and previous_cue is not None and cue.polarity is not None
                and previous_cue.polarity is not None and cue.polarity != previous_cue.polarity))
        if direction is None and joined and said is not None and not crossed and (
                (by_before := _BY_BEFORE.search(text, max(0, q.value_start - 24), q.value_start)) or coordinated):
            # "reduces optimizer memory by 82.5% and total training memory by 63.3%",
            # "reduces TFS by up to 11x and TTP by up to 59%", "reduce the communication volume by
            # 60% and training time by 25%": one verb, two objects (a cut to a share, then one by an amount:
            # "cuts memory to 30% of the original and energy by 20%")
            direction = "decrease" if said == "fraction" and by_before else said
        if direction is None and q.unit == "%" and i + 1 < len(quantities) and quantities[i + 1].unit == "%":
            # "12% latency and 20% memory reductions": the change noun after the last member is each one's
            direction = _change_said_by_next(ctx, typer, i, cue)
        if q.unit == "%" and direction == "fraction" and (((retained_of := _RETAINED_QUALITY.match(text, q.end))
                                                           and (_RETAINS_BEFORE.search(text, max(0, q.start - 40), q.start)
                                                                or (_REACHES_BEFORE.search(text, max(0, q.start - 40), q.start)
                                                                    and not text.startswith(" of ", retained_of.end()))))
                                                          or _OF_REFERENCE_QUALITY.match(text, q.end)):
            # "the compressed model retains 96.4% of the original performance", "achieves 105% of full KV cache
            # performance": the share of its quality a smaller model keeps, whatever cue stands before it
            # ("baselines, which reach only 60% of the performance": the share theirs reaches; not "reaches 90% of
            # the performance of cuBLAS", a share of a named system's)
            kind = "accuracy"
        if q.unit == "%" and kind in (None, "other", "performance", "accuracy") and _QUALITY_OF_NAMED.match(text, q.end):
            # "reaching 99.3% of the performance level of ChatGPT", "90% of GPT-4's quality": a share of
            # another model's quality is a quality figure
            kind, direction = "accuracy", None
        share_won = q.unit == "%" and kind != "accuracy" and _SHARE_OF_SET_AFTER.match(text, q.end) is not None \
            and _WINS_BEFORE.search(text, 0, q.start) is not None
        if share_won:
            # "outperforms the operational systems on 90% of 1380 verification targets": the share of a set it
            # wins on, a quality figure (as a win rate is) set against what it beats, not a change of the measure
            kind, direction = "accuracy", None
        if q.unit == "%" and (native := _NATIVE_SHARE.match(text, q.end)) is not None:
            # "retains up to 80% native performance", "90% of bare-metal throughput": a share of what the same
            # work does natively is its speed, not a model's quality (and its noun is the measure, not a
            # subject such as "the runtime")
            kind, direction = "speedup", "fraction"
            cue = next((c for c in ctx.cues if q.end <= ctx.toks[c.start].idx < native.end()), cue)
        if kind == "performance" and q.unit == "%" and (direction is None or (
                direction == "fraction" and coordinated and retained_before)):
            # "retains 100% performance": what a smaller model keeps of its quality; "95.5% scaling
            # efficiency": a level, not a change ("retains up to 85.2% and 91.1% of full-attention performance":
            # the later member of the list the verb keeps is a share too)
            kept = _RETAINS_BEFORE.search(text, max(0, q.start - 40), q.start) is not None or (
                coordinated and retained_before)  # "retain 98% and 95% zero-shot performance"
            kind = "accuracy" if kept else "other"
            retained = kept
        bare_efficiency = kind == "performance" and q.unit == "x" and cue is not None and cue.end - cue.start == 1 \
            and ctx.toks[cue.start].lower == "efficiency"
        if bare_efficiency:
            # "~25x and ~13x higher efficiency" in a compute-in-memory abstract: a bare efficiency is the one the
            # abstract speaks of, energy where it speaks of energy more than of speed (as a bare factor), and
            # more of it is better
            kind = _bare_gain_kind(document or text)
        if kind == "performance" and q.unit == "%" and cue is not None and not _ON_NAMED_BENCHMARK.match(text, q.end) \
                and (measured := _measure_before_beating(text, ctx.toks[cue.start].idx)) is not None:
            kind = measured  # "a MOTA of up to 63.12% on MOT16, outperforming both counterparts by 2.15%"
        if kind == "performance" and score_before is not None \
                and _APPOSITION_STEP.fullmatch(text, score_before.end, q.value_start):
            kind = "accuracy"  # "reaches NDCG@10 of 0.652, a +51% gain over X": the gain of the score just said
        if kind == "performance" and q.unit == "%" and cue is not None and cue.start >= own[1] \
                and (on := _ON_NAMED_BENCHMARK.match(text, ctx.char_end(cue.end))) \
                and (on.group("name").lower().endswith(_BENCHMARK_NAME_ENDINGS)
                     or _BENCHMARK_WORDS.fullmatch(on.group("name"))):
            kind = "accuracy"  # "a 60% performance gain on CommonsenseQA": a gain on a benchmark is in quality
        if kind == "performance" and cue is not None and cue.start >= own[1] and cue.end - cue.start == 1 \
                and ctx.toks[cue.start].lower in ("better", "worse") and cue.end < ctx.n \
                and ctx.toks[cue.end].text.isalpha() and ctx.toks[cue.end].lower not in _NOT_A_MODIFIER \
                and ctx.toks[cue.end].lower not in ("and", "or", "than") \
                and not any(cue.end <= c.start < cue.end + 3 for c in ctx.cues):
            kind = "other"  # "up to 20.94% better MIG minimization": better at something no cue names
        if kind == "performance":
            kind = _resolve_performance(q.unit, text, document, direction)
        if kind is None and q.unit == "%" and _TRAINED_TO.search(text, max(0, q.start - 80), q.start) \
                and not text.startswith(" of ", q.end):
            # "train an ImageNet ResNet-50 model to 75% in only 20 mins": the accuracy a training run reaches
            # ("training jobs to 90% of the cluster" is a share)
            kind = "accuracy"
        if kind is None and q.unit == "%" and _SCORE_VERB_BEFORE.search(text, max(0, q.start - 24), q.start) \
                and (bench := _ON_NAMED_BENCHMARK.match(text, q.end)) is not None \
                and _looks_like_benchmark(bench.group("name")) \
                and not any(h.start < bench.end("name") and bench.start("name") < h.end for h in hardware):
            # "achieves 84.0% on ImageNet-1k": a score on a named benchmark (the catalogue's devices are no
            # benchmark: "achieves 90% on A100")
            kind = "accuracy"
        setting = kind is None and q.unit == "x" and _AT_A_SETTING_BEFORE.search(text, max(0, q.start - 8), q.start) \
            and _WORD_AFTER.match(text, q.end) is not None
        if setting:
            kind = "other"  # "at a 6x horizon", "at 2x resolution": a setting a result is measured at, no change
        if q.unit in ("x", "%") and _CONDITION_BEFORE.search(text, max(0, q.start - 64), q.value_start):
            kind, setting = "other", True
        if kind is None and (own_object or _own_object(text, q)):
            # "while using 38% less CPU", "while reducing lines of code by 202x": the number names its own
            # measure, one of no kind the spec scores, so neither the claim before nor a guess says it
            kind = "other"
        if kind is None and previous is not None and previous.unit == q.unit and previous.kind in COMPARATIVE \
                and not _OWN_CHANGED_NOUN_AFTER.match(text, q.end):
            # "reductions of 1.5-3.5x in energy per query, while combined advances deliver 8-20x
            # reductions": a bare number after a typed one of the same unit continues its subject
            kind, cue = previous.kind, previous_cue
        if kind in (None, "other") and q.unit in ("x", "%") and _MORE_PER_SECOND_AFTER.match(text, q.end):
            # "by 240% to 480% more bootstrappings per second", "3x more frames per second": more work done in a
            # second is a throughput, whatever the work is called
            kind, direction, cue = "speedup", "increase", None
        if kind is None and q.unit == "x" and _TIMES_A_PERCENT_LEVEL.match(text, q.end):
            # "a success rate of 33.3% over 12 chains, 2.7x the 12.5% manual recovery rate": a multiple of a rate
            # named by its level, no gain to guess a kind for
            kind = "other"
        if kind is None and q.unit == "x" and _COMPARED_WITH_LENGTH_AFTER.match(text, q.end):
            # "over 15M on a 4 node cluster, an increase of over 400x compared to the 32K baseline": a factor over a
            # length in tokens is a longer sequence handled
            kind, direction = "capacity", "increase"
        guessed = kind is None
        if guessed:
            # a bare "3x" in a systems abstract is a speed-up (an energy gain where the abstract is about
            # energy); elsewhere ("over 3 times the baseline collisions") it says nothing the spec's kinds name
            # ("a 32-fold reduction in token numbers" names what it changes, no measure of the spec's)
            # ("interpolate NeRF embeddings up to 200,000 times from a 3D embedding grid": how often, no gain)
            # (so is a signed percent over a named system: "+19.2% over cuBLAS" in a kernel abstract)
            signed_over_name = q.unit == "%" and not q.is_range \
                and _PLUS_SIGN_BEFORE.search(text, max(0, q.value_start - 2), q.value_start) is not None \
                and _OVER_A_NAME_AFTER.match(text, q.end) is not None
            systems = (q.unit == "x" or signed_over_name) and _document_leaning(document or text)[0] >= 2 \
                and not _NO_SPEED_AFTER.match(text, q.end) and not _OWN_CHANGED_NOUN_AFTER.match(text, q.end) \
                and not (q.text.lower().endswith("times") and _HOW_OFTEN_AFTER.match(text, q.end))
            if systems and q.word and _CHANGE_VERB_WORD.match(q.text):
                # "bit-width quantization with hierarchical halving bit-packing": a verb of change with no measure
                # in reach changes something the spec does not score ("doubles throughput" has its cue)
                systems = False
            kind = _bare_gain_kind(document or text) if systems and not FRACTION_SHARE.fullmatch(q.text) else "other"
            # (a share with no measure named is no gain: "with half of the GPUs in the cluster replaced")
            if previous is not None and previous.unit == q.unit and group_ids[i] == group_ids[i - 1] \
                    and previous.end == quantities[i - 1].end:
                # "reduces on-demand fetches by 2.2x, 2.8x, and 1.5x": a later member of a list measures what
                # the first one does
                kind = previous.kind
        if kind in COMPARATIVE and i > 0 and _THAN_THE_LEVEL.search(text, max(0, q.start - 12), q.start):
            # "29% faster than the 42.1% we achieve using recomputation": the level compared with, not a change
            kind = "other"
        if kind in COMPARATIVE and q.unit == "%" and _SHARE_OF_WORKLOAD.match(text, q.end):
            kind = "other"  # "reduces latency for 90% of requests": which requests, not how much
        if kind == "memory" and cue is not None and cue.end - cue.start == 1 \
                and ctx.toks[cue.start].lower in _BARE_COMPRESSION and not _STORAGE_WORDS.search(text) \
                and _sends_rather_than_stores(document or text):
            kind = "other"  # "up to 117x compression" of gradients sent over the network
        if kind == "memory" and q.unit == "%" and _PICKED_SHARE_BEFORE.search(text, max(0, q.start - 32), q.value_start):
            kind = "other"  # "protecting only 1% of salient weights": which part is picked, not how much is saved
        if kind == "speedup" and cue is not None and ctx.toks[cue.end - 1].lower in _STEP_WORDS \
                and direction not in ("decrease", "better"):
            kind = "other"  # "reaches FID 2.52 with 2x training steps": more steps are a setting, fewer a speed-up
        if kind == "cost" and q.unit == "%" and _SHARE_OF_COMPUTE.match(text, q.end):
            kind = "other"  # "cuts computational costs to 6.9% of FLOPs": the share measures compute, not a price
        if kind in COMPARATIVE and q.unit == "%" and _SHARE_OF_CHANGE_OR_IDEAL.match(text, q.end):
            kind = "other"  # "retaining 88% of its peak speedup": how close to a change or an ideal, not how much
        if kind in COMPARATIVE and q.unit == "%" and _SHARE_HOLDER_BEFORE.search(text, max(0, q.start - 60), q.value_start) \
                and _FRACTION_OF_QUANTITY.match(after := text[q.end:q.end + 48]) and not _FRACTION_OF_ORIGINAL.match(after):
            # "the environment overhead drops below 4% of training time": the overhead's share of the time, a level
            kind = "other"
        rival = None  # "competing with 7x larger models": the larger models a smaller one rivals
        if q.unit == "x" and (competes := _RIVALS_BEFORE.search(text, max(0, q.start - 96), q.start)) is not None \
                and (larger := _LARGER_AFTER.match(text, q.end)) is not None \
                and (kind in ("capacity", "memory") or source != "right" or larger.group(0).lstrip()[:1] in "mM") \
                and (competes.group("models") or larger.group("models")):
            # ("models with 250x more activated parameters": the rivals' parameters, whatever kind they cue)
            # the model is that many times smaller than the ones it rivals: a size saving, and they are the baseline
            kind, direction, cue = "memory", "decrease", None
            rival = text[competes.start("models") if competes.group("models") else q.start:larger.end()]
        if kind == "cost" and q.unit == "x" and direction == "increase" and _costlier_after().match(text, q.end) \
                and _RIVALS_BEFORE.search(text, max(0, q.start - 96), q.start) is not None:
            # "performs on par with 3x costlier A100 systems", "outperforms a 2x costlier FPGA system": what it
            # rivals costs that many times more, so it is that many times cheaper
            direction = "decrease"
        if kind == "memory" and cue is not None and ctx.span_text(cue.start, cue.end).lower() in ("size", "sizes") \
                and not _MEMORY_CONTEXT.search(document or text):
            # "an improvement of 5.6% in size and 5.3% in depth" of a logic circuit: a size in an abstract that
            # speaks of no model, memory or storage is not what the spec's memory kind measures
            kind = "other"
        if kind == "capacity" and direction == "decrease" and cue is not None \
                and ctx.span_text(cue.start, cue.end).lower() in ("size", "sizes", "the size of"):
            # "reduce the size of embeddings by 65%": a smaller size is a storage saving ("reduce the batch
            # size" is what it says)
            kind = "memory"
        elif kind == "capacity" and direction == "decrease":
            # "decrease the context length by 95%", "reduce the batch size": a smaller setting is no larger
            # problem handled (spec: capacity is what more fits), and no saving the spec names either
            kind = "other"
        if kind == "memory" and q.unit == "x" and cue is not None \
                and ctx.span_text(cue.start, cue.end).lower() in ("size", "sizes", "model size", "model sizes") \
                and (direction == "increase" or _SURPASSES_BEFORE.search(text, max(0, q.start - 120), q.start)):
            # "a 10x increase in model size compared to PyTorch", "surpasses the current climate AI foundation
            # model size by a thousandfold": a model that many times larger fits, not one that takes that much
            # more memory
            kind, direction = "capacity", "increase"
        if kind == "cost" and q.word and not q.decreasing and cue is not None \
                and ctx.span_text(cue.start, cue.end).lower() in _DEVICE_COUNT_CUES:
            kind = "other"  # "when the number of GPUs is doubled", "doubling the GPU count": a setting scaled up
        if kind == "cost" and cue is not None and cue.start >= 1 and ctx.toks[cue.start].lower in ("cost", "costs") \
                and ctx.toks[cue.start - 1].lower in _QUALITY_BEFORE_COST:
            kind, direction = "accuracy", None  # "at an average accuracy cost of only 1%": what the gain costs in quality
        if kind in COMPARATIVE and q.unit == "%" and not q.is_range and text.startswith(")", q.end) \
                and (rival_name := _NAME_THEN_BRACKET_BEFORE.search(text, max(0, q.value_start - 48), q.value_start)) \
                and _SET_AGAINST.search(text, max(0, rival_name.start() - 80), rival_name.start()):
            kind = "other"  # "surpassing Claude-4.5-Sonnet (26.7%) and GPT-5 (28.6%)": a named system's own level
        if kind in (*COMPARATIVE, "accuracy") and "=" in text[max(0, q.start - 3):q.start] \
                and (assigned := _ASSIGNED_BEFORE.search(text, max(0, q.start - 24), q.start)) \
                and (assigned.group("name") or "").lower() not in _CHANGE_NAMES:
            kind = "other"  # "(with recomp% = 20%)", "at k = 4x": a setting written as an assignment
        if kind in COMPARATIVE and _OF_OPTIMUM.match(text, q.end):
            kind = "other"  # "92% of the optimal throughput", "within 1.31x of Belady's optimal policy": a gap
        if kind in COMPARATIVE and _DIFFER_BY.search(text, max(0, q.value_start - 60), q.value_start):
            kind = "other"  # "fees that can differ by two orders of magnitude": a spread between things, no change
        if kind in COMPARATIVE and "estimat" in text and _MISESTIMATE_BY.search(text, max(0, q.value_start - 72),
                                                                                q.value_start):
            kind = "other"  # "overestimate dispatch cost by ~20x": how far an estimate is off
        saved_share = kind == "memory" and q.unit == "%" and direction in (None, "decrease") and not q.level \
            and cue is not None and cue.end - cue.start >= 2 \
            and ctx.toks[cue.end - 1].lower in _RATE_WORDS and ctx.toks[cue.end - 2].lower.startswith("compress") \
            and (cue.end <= own[0] or (cue.start == own[1] and _RESULT_VERB_BEFORE.search(text, max(0, q.start - 32),
                                                                                          q.value_start)))
        if saved_share:
            # "a KV cache compression rate of 60%", "a model compression ratio of 55%": the share of the
            # memory a compression saves (not "under 20% compression ratio", a setting)
            direction = "decrease"
        if kind in COMPARATIVE and q.unit == "%" and not q.is_range \
                and _RAISED_TO_BEFORE.search(text, max(0, q.start - 72), q.value_start):
            kind = "other"  # "elevate the model FLOPs utilization (MFU) to 22%": the level reached, not the change
        if kind in COMPARATIVE and q.unit == "%" and (direction is None or q.level):
            # "70% Size", "50% KV cache budget": a share, not a change; "raises MFU from 38% to 52%":
            # the two levels, neither of them the change
            kind = "other"
        kinds = [(kind, cue)]
        # "cuts memory/energy by 3.9x": one number, two claims
        if cue is not None and (kind in COMPARATIVE or (kind == "other" and cue.kind == "other" and q.unit in ("x", "%"))) \
                and cue.start >= 2 and i not in paired:
            # (also after a measure of no scored kind: "reduces latency and FLOPs by 50%")
            joiner = ctx.toks[cue.start - 1].lower
            prev = next((c for c in ctx.cues if c.end == cue.start - 1), None)
            if joiner in ("/", "and", "&") and prev is not None and prev.kind in COMPARATIVE and prev.kind != kind \
                    and not any(prev.start - 2 <= e <= prev.start for _, e in typer.qtok):
                # (not "2x faster and energy consumption drops by 30%": "faster" is the 2x's own noun)
                if joiner == "/" and i + 1 < len(quantities) and quantities[i + 1].start == q.end + 1 \
                        and text.startswith("/", q.end):
                    kinds = [(prev.kind, prev)]  # "energy/latency benefits of ~983X/19X": pairs in order
                elif not (joiner == "/" and i > 0 and quantities[i - 1].end + 1 == q.value_start
                          and text.startswith("/", quantities[i - 1].end)):
                    kinds.insert(0, (prev.kind, prev))
        if cue is not None and cue.end <= own[0] and i not in paired and q.unit in ("x", "%") \
                and (kind in COMPARATIVE or (kind == "other" and cue.kind == "other")):
            # "reduces latency, memory, and energy by 50%", "training time, memory usage, and FLOPs by about 50%
            # each": a comma list of measures before the number shares it, one claim per kind
            member = kinds[0][1]
            while (prev := _comma_listed_before(ctx, member)) is not None:
                if prev.kind in COMPARATIVE and all(prev.kind != k for k, _ in kinds) \
                        and not any(prev.start - 2 <= e <= prev.start for _, e in typer.qtok):
                    kinds.insert(0, (prev.kind, prev))
                member = prev
        if cue is not None and (kind in COMPARATIVE or (kind == "other" and cue.kind == "other"
                                                         and not text.startswith(" of ", q.end))) \
                and cue.start >= own[1] and i not in paired:
            # "2x higher throughput and energy efficiency than vLLM", "a 30%~50% reduction in model size, MACs,
            # and latency": the measures listed after the number share it, one claim per kind (also after a
            # measure of no scored kind: "an order-of-magnitude lower compute and memory than retraining"; not a
            # share of them: "use only 5% of die area and power")
            # (not "2x faster and energy use drops 30%", whose second measure has a number of its own)
            # (nor "10x less memory and faster training", whose second measure says its own change)
            member = cue
            slashed = True  # every step of the list a slash: "energy-efficiency/throughput"
            # "2x latency and energy improvements", "a 40% latency and memory reduction": one change word closes
            # the list, every member's change
            shared = typer.shared_change_after(cue.end) if not cue.direction and not any(
                c.direction and own[1] <= c.start < cue.start for c in ctx.cues) else None
            # "20x storage reduction and query-time speedup": a list of measures each closed by a noun of change
            nouns_of_change = bool(cue.direction) and _CHANGE_NOUN_WORD.fullmatch(ctx.toks[cue.end - 1].lower) is not None
            while (after := _list_step(ctx, member.end)) is not None:
                joiner = ctx.toks[member.end].text
                nxt = next((c for c in ctx.cues if c.start == after), None)
                if nxt is None and after + 1 < ctx.n and ctx.toks[after].text.isalpha() \
                        and ctx.toks[after].lower not in _NOT_A_MODIFIER:
                    # "45% computational cost and KV storage": one word that says whose, before the measure
                    nxt = next((c for c in ctx.cues if c.start == after + 1 and c.kind in COMPARATIVE), None)
                if nouns_of_change and joiner != "/" and nxt is not None and not nxt.direction \
                        and (closing := next((c for c in ctx.cues if c.start == nxt.end and c.direction
                                              and _CHANGE_NOUN_WORD.fullmatch(ctx.toks[c.end - 1].lower)), None)) \
                        and not any(nxt.start <= s < closing.end + 3 for s, _ in typer.qtok):
                    if nxt.kind in COMPARATIVE and all(nxt.kind != k for k, _ in kinds):
                        kinds.append((nxt.kind, nxt))
                    member, slashed = closing, False
                    continue
                if nxt is None or (shared is None or nxt.start > shared.start) and (
                        nxt.direction or (joiner != "/" and any(nxt.end <= s < nxt.end + 3 for s, _ in typer.qtok))
                        or any(c.start == nxt.end and c.direction for c in ctx.cues)):
                    break  # (nor "..., and storage savings", whose measure says its own change after it)
                if nxt.kind in COMPARATIVE and all(nxt.kind != k for k, _ in kinds):
                    kinds.append((nxt.kind, nxt))
                slashed = slashed and joiner == "/"
                member = nxt
            run = _slash_run(text, quantities, i)
            if slashed and len(kinds) > 1 and len(run) == len(kinds):
                # "1.5x/6.6x better energy-efficiency/throughput": the two slash lists pair in order
                kinds = [kinds[run.index(i)]]
        change = _is_change(text, q, direction) or share_won
        for k, k_cue in kinds:
            cand = Candidate(k, method="number-grammar", unit=q.unit, change=change, **base)
            if k in COMPARATIVE:
                # (each claim measured the way its own noun is: "cuts latency/energy by 3x" lowers both)
                polarity = "lower" if saved_share else "higher" if bare_efficiency else \
                    (k_cue.polarity if k_cue is not None and k_cue.kind == k and k_cue.polarity else None) \
                    or ("lower" if guessed and direction == "decrease" else _DEFAULT_POLARITY[k])
                # (a bare "2.32x lower than X" with its noun out of reach says an improvement)
                cand.direction = resolve_direction(direction, polarity)
                cand.factor = compute_factor(q.unit, q.high, cand.direction, polarity)
                if cand.factor is None:
                    cand.kind, cand.direction = "other", None
            cand.metric = _metric(ctx, k_cue, own[1] if k_cue.start >= own[1] else 0) \
                if k_cue is not None and k_cue.kind in (k, "performance") else None
            if k in COMPARATIVE and cand.direction == "fraction":
                reference = named.group("name").rstrip(".") if named is not None else None
                if reference is None and (of := _OF_REFERENCE.match(text, q.end)) is not None:
                    reference = of.group("ref")  # "to 58.8% of the baseline", "12% of the original KV cache"
                if reference is None and (of := _FRACTION_OF_NAMED.match(text, q.end)) is not None:
                    # "30% of the ANN's energy", "of the memory required by vLLM", "of that required by X"
                    reference = of.group("owner") or of.group("of_owner") or of.group("that_owner") \
                        or of.group("ref_owner")
                if reference is None and (of := _PARAMS_OF_NAMED.match(text, q.end)) is not None:
                    reference = of.group("owner") or of.group("of_owner")  # "2.6% of xCOMET-XXL parameters"
                if reference is not None:
                    shares_of[id(cand)] = reference
            if rival is None and k in COMPARATIVE and q.unit == "x" \
                    and (owned := _NAMED_MEASURE_AFTER.match(text, q.end)) is not None:
                rival = owned.group("owner")  # "achieves 1.4x WebGPU's throughput": a multiple of the named one's
            if rival is not None:
                rivals[id(cand)] = rival
            elif k == "accuracy" and q.unit == "%":
                # "retains 96.4% of the original performance", "99.3% of the performance level of ChatGPT": the
                # share of another model's quality is measured against that model
                if (of := _OF_REFERENCE_QUALITY.match(text, q.end)) is not None:
                    shares_of[id(cand)] = of.group("ref")
                elif (of := _QUALITY_OF_NAMED.match(text, q.end)) is not None:
                    shares_of[id(cand)] = (of.group("of_model") or of.group("model")).rstrip(".")
                elif ((quality := _QUALITY_OF.match(text, q.end)).end() > q.end
                      or _WITHIN_BEFORE.search(text, max(0, q.start - 16), q.value_start)) \
                        and (of := _OF_REFERENCE.match(text, quality.end())) is not None:
                    # "preserving 90-95% of the performance of baseline architectures"; "relative error within 1%
                    # of full-precision baselines", "within 2% of the accuracy of the FP16 model": how far from it
                    shares_of[id(cand)] = of.group("ref")
                elif (_WITHIN_BEFORE.search(text, max(0, q.start - 16), q.value_start)
                      or _WITHIN_LIST_BEFORE.search(text, max(0, q.start - 64), q.value_start)) \
                        and (of := _OF_NAMED_MODEL.match(text, q.end)) is not None:
                    # "outperforms GPT-3.5 and Med-PaLM and is within 5% of GPT-4 and 10% of Med-PaLM-2": how far
                    # from the model named, whatever a comparison before says
                    shares_of[id(cand)] = of.group("model").rstrip(".")
                    distance_to.add(id(cand))
            cands.append(cand)
        if setting:
            continue  # (a list of results goes on past the setting: "2.9x on A at a 4x horizon, and 2.5x on B")
        previous, previous_cue, previous_said = cands[-1], cue, direction
        said_by = next((c for c in direction_cues if c.direction), None)
        previous_said_after = said_by is not None and said_by.start >= own[1]

    assign_baselines(ctx, cands, typer.qtok, [ctx.token_span(m.start, m.end) for m in models])
    if shares_of:
        # "down to 3.9%, 2%, and 2.73% of the original": what the last share of a list is a share of, the
        # others are too
        listed = {c.group: shares_of[id(c)] for c in cands if id(c) in shares_of and c.group >= 0}
        for cand in cands:
            if cand.direction == "fraction" and id(cand) not in shares_of and cand.group in listed:
                shares_of[id(cand)] = listed[cand.group]
    for cand in cands:
        if (cand.baseline is None or id(cand) in distance_to) and id(cand) in shares_of:
            cand.baseline = shares_of[id(cand)]  # "95% of cuBLAS performance" is measured against cuBLAS
        if id(cand) in rivals:
            cand.baseline = rivals[id(cand)]  # what "outperforms" or "competing with" names is the larger models
    assign_hardware(ctx, cands, hardware)
    return cands

