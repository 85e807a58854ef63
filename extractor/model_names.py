"""Model names that carry a parameter count: "Llama-3.1-8B-instruct", "LLaMA 7B", "Qwen1.5-1.8B".

Spec section 2: such a name is a ``model_size`` claim with the model as its
entity.  Names whose trailing size is not a parameter count
("Phi-3-mini-128K") are still recognised, so their numbers are not read as
context lengths.
"""

from __future__ import annotations

from typing import NamedTuple

import re

#: Model families written in prose with a space before the size ("LLaMA 7B", "Llama 2 13B").
FAMILIES = frozenset(
    """llama llama2 llama3 codellama tinyllama qwen qwen2 qwen2.5 qwen3 mistral mixtral gemma gemma2 gemma3
    phi opt bloom bloomz pythia vicuna falcon gpt gpt-2 gpt-3 gpt-j gpt-neo gpt-neox deepseek yi internlm baichuan
    chatglm glm mpt starcoder starcoder2 olmo t5 flan-t5 mt5 bert roberta deberta vit clip llava internvl
    minicpm smollm granite nemotron jamba mamba rwkv galactica chinchilla palm gopher alpaca koala
    dolly stablelm cerebras-gpt openllama redpajama persimmon aquila xverse skywork orion hunyuan ernie
    command grok dbrx arctic
    esm esm2 esm-2 progen progen2 prott5 ankh saprot evo evo2""".split()
)
#: training corpora named with their size in tokens or pairs ("SlimPajama-627B", "RedPajama-1T", "LAION-2B",
#: "COYO-700M", "SA-1B"): names, no model sizes
CORPORA = frozenset("slimpajama redpajama-data fineweb fineweb-edu dolma pile the-pile c4 dclm proof-pile openwebmath "
                    "starcoderdata refinedweb laion coyo webli dfn yfcc datacomp sa mmc4 obelics wukong".split())
#: a size followed by these words counts tokens or data ("FineWeb-Edu-350B tokens"), also as a list's first
#: member ("the SA-1B and SA-V datasets")
#: what joins the names of a list: "A, B", "A, and B", "A and B", "A or B"
_NAME_LIST_JOINER = r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)"
_DATA_AFTER = re.compile(r"(?:" + _NAME_LIST_JOINER + r"[^\W\d_][\w.-]*){0,3}"
                         r"\s+(?:tokens?|datasets?|corpus|corpora)(?![\w/])", re.IGNORECASE)
#: ... or an apposition that calls it one: "SynSQL-2.5M, the first million-scale text-to-SQL dataset", a title's
#: "XLand-100B: A Large-Scale Multi-Task Dataset for ..."
#: (its head noun: no preposition or model word before it, "Qwen-7B, a model trained on our dataset")
_DATA_APPOSITIVE = re.compile(r"\s*[,:]\s*(?:a|an|the)\s+(?:(?!(?:on|in|of|for|with|from|by|models?|LLMs?)\b)[\w-]+\s+){0,5}?"
                              r"(?:datasets?|corpus|corpora)(?![\w/-])", re.IGNORECASE)
#: ... or a member of a list of them: "datasets such as Chatbot Arena and WildChat-1M"
_DATA_LIST_BEFORE = re.compile(r"(?i)\b(?:datasets?|corpus|corpora|benchmarks?)\s+(?:such\s+as|like|including|e\.g\.,?)\s+"
                               r"(?:[\w.+-]+(?:\s[\w.+-]+){0,2}" + _NAME_LIST_JOINER + r")*$")
_STOP_NAMES = frozenset("the a an our their its this that these those with and or of to for in on by as".split())
#: adjectives that end in a hyphenated word: "LUT-based 64B:80B", "hardware-aware 8B" name no model
_ADJECTIVE_ENDINGS = ("-based", "-aware", "-centric", "-friendly", "-like", "-style", "-oriented", "-free")
#: a size that is one side of a ratio ("64B:80B", "4B:5B" packing formats) counts no parameters
_RATIO_AFTER = re.compile(r":\d")

MODEL_NAME_RE = re.compile(
    r"(?<![\w\-./])"
    # a version written apart ("LLaMA 3.1") only after a name that has none yet: in "Qwen2.5 0.5-7B"
    # the second number is the low end of a range of sizes
    r"(?P<name>[A-Za-z][^\W_]*(?:[-.][^\W_]+)*?(?:(?<=[^\W\d_])\s\d+(?:\.\d+)*)?)"
    # an en dash only after a version: "LLaMA 3.1–70B" (a range is "7–70B")
    r"(?P<sep>[-_\s:]|(?<=\d)–)"  # (a colon only after a family: the tags "qwen2.5-coder:32B", "llama3:8b")
    # (or the active share of a mixture of experts named alone: "Qwen1.5-MoE-A2.7B", "Kimi-VL-A3B")
    r"(?:(?P<experts>\d+)[x×]|(?<=-)A(?=\d))?"
    r"(?P<size>\d+(?:\.\d+)?)(?P<mag>[BMKbmkT])"
    r"(?P<suffix>(?:-[^\W_][\w.]*)*)"
    r"(?![^\W_])"
)
_MAGNITUDE = {"b": 1e9, "m": 1e6, "t": 1e12, "k": 1e3}
#: a year written with the letter of a release after it ("2014T"): no model of 2014 trillion weights
_YEAR = re.compile(r"(?:19|20)\d\d")
#: a family's tier written apart before the size, with its version or not: "Nano", "Small", "Guard 3"
_TIER = re.compile(r"[A-Z][A-Za-z]*(?:\s\d+(?:\.\d+)*)?")
#: ... and the family (and its version) right before it: "Nemotron 3 " of "Nemotron 3 Nano 30B"
_FAMILY_BEFORE_TIER = re.compile(r"(?<![\w\-./])(?P<family>[A-Za-z][\w.]*?)(?:[\s-]v?\d+(?:\.\d+)?)?\s$")
#: a size inside a name, before its active share ("DeepSeek3B-MoE")
_SIZE_IN_NAME = re.compile(r"\d(?:\.\d+)?[BM](?![a-z])")
#: a size glued to a family's name: "Qwen7B", "LLaMA7B", "DeepSeek3B-MoE-A570M", "GPT-Neo125M" (the family known,
#: see find_model_names)
#: ... which needs a letter right before a size: the cheap test before the pattern, which opens with a lookbehind
#: and so is tried at every word
_GLUED_SIZE_HINT = re.compile(r"[A-Za-z]\d+(?:\.\d+)?[BM]")
GLUED_SIZE_RE = re.compile(r"(?<![\w\-./])(?P<name>[A-Za-z]+(?:-[A-Za-z]+)?)(?P<size>\d+(?:\.\d+)?)(?P<mag>[BM])"
                           r"(?P<suffix>(?:-[^\W_][\w.]*)*)(?![^\W_])")

#: sizes of one family joined by slashes that share the last one's magnitude: "Llama-7/13B", "OPT-1.3/6.7B"
SHARED_SIZES_RE = re.compile(
    r"(?<![\w\-./])(?P<name>[A-Za-z][^\W_]*(?:[-.][^\W_]+)*?)(?P<sep>[-\s])"
    r"(?P<sizes>\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)+)(?P<mag>[BM])(?![^\W_]|[-./]\w)")


class ModelMention(NamedTuple):
    start: int
    end: int
    text: str
    entity: str
    params: float | None  # None: a name whose size is not a parameter count


#: families long enough to spot inside a longer name ("EmbeddingGemma", "CodeQwen")
_LONG_FAMILIES = tuple(f for f in FAMILIES if len(f) >= 4 and f.isalpha())


def names_a_model(word: str) -> bool:
    """The word is the name of a model: a known family, a name with one inside ("EmbeddingGemma"), or one
    that says it is a model ("MobileLLM", "TinyBERT")."""
    lower = word.lower()
    return _is_family(lower) or _MODEL_TYPE_IN_NAME.search(word) is not None or any(f in lower for f in _LONG_FAMILIES)


def _is_family(lower: str) -> bool:
    return lower in FAMILIES or lower.rstrip("0123456789.") in FAMILIES or lower.split("-")[0] in FAMILIES


def _plausible_name(name: str, sep: str) -> bool:
    head = name.split()[0]
    lower = head.lower()
    if lower in _STOP_NAMES or lower.endswith(_ADJECTIVE_ENDINGS):
        return False
    if _is_family(lower):
        return True
    if not head[0].isupper():
        # (a lower-case name that says it is a model: "monoT5-3B", "mBERT-110M")
        return sep == "-" and _MODEL_TYPE_IN_NAME.search(head.split("-")[0]) is not None
    if sep.isspace():
        # "LLaMA 7B", "GPT-3 175B", "OPT 1.3B": a name written with capitals or digits
        return sum(c.isupper() for c in head) >= 2 or any(c.isdigit() for c in head)
    return True


#: versions of the families that number them; only these join a size with an en dash ("LLaMA 3.1–70B")
VERSIONS = {
    "llama": {"2", "3", "3.1", "3.2", "3.3", "4"}, "qwen": {"1.5", "2", "2.5", "3"}, "gemma": {"2", "3"},
    "phi": {"2", "3", "3.5", "4"}, "internlm": {"2", "2.5", "3"}, "yi": {"1.5"}, "glm": {"4"}, "olmo": {"2"},
    "deepseek": {"v2", "v2.5", "v3"}, "mistral": {"0.2", "0.3"}, "falcon": {"2", "3"},
}
_VERSIONED = re.compile(r"(?i)(?P<family>[a-z]+)[\s-]?(?P<version>v?\d+(?:\.\d+)?)")


def _range_of_sizes(name: str, size: str) -> bool:
    """The number before the dash is the low end of a range of sizes, not the family's version: not a
    version the family has, and smaller than the size after the dash ("OPT 1.3-30B"; "Llama 3.2-1B" and
    an unknown "Llama 4.1-8B" are names)."""
    m = _VERSIONED.fullmatch(name)
    if m is None:
        return False
    version = m.group("version").lower()
    return version not in VERSIONS.get(m.group("family").lower(), ()) and version[:1].isdigit() \
        and float(version) < float(size)


#: a name that says it is a model: "MobileLLM", "TinyBERT", "DistilGPT", "EfficientViT", "SmolLM"
_MODEL_TYPE_IN_NAME = re.compile(r"(?:LLM|LM|GPT|BERT|ViT|T5)$")
_SIZE_SUFFIX = re.compile(r"\d[BMKTbkm](?![^\W_])")


def find_model_names(text: str) -> list[ModelMention]:
    if not _SIZE_SUFFIX.search(text):
        return []
    found = []
    for m in MODEL_NAME_RE.finditer(text):
        name, sep, mag = m.group("name"), m.group("sep"), m.group("mag")
        start = m.start()
        if sep.isspace() and _TIER.fullmatch(name) \
                and (family := _FAMILY_BEFORE_TIER.search(text, max(0, start - 24), start)) is not None \
                and _is_family(family.group("family").lower()):
            # "Nemotron Nano 9B", "Mistral Small 24B", "Qwen2.5 VL 7B", "Nemotron 3 Nano 30B-A3B", "Llama Guard 3
            # 8B": a family's tier (and its version) named between it and the size belongs to the name
            name, start = text[family.start():m.end("name")], family.start()
        if (sep == ":" and not _is_family(name.lower())) or not _plausible_name(name, sep) \
                or _RATIO_AFTER.match(text, m.end()) or (
                (sep == "–" or (sep == "-" and " " in name)) and _range_of_sizes(name, m.group("size"))):
            continue  # "OPT 1.3–30B", "OPT 1.3-30B", "LLaMA 7–65B": a range of sizes, not "LLaMA 3.1–70B"
        if text.startswith("A", m.start("size") - 1) and _SIZE_IN_NAME.search(name):
            continue  # "DeepSeek3B-MoE-A570M": the total size the name holds already is the model's
        if mag == "M" and sep == "-" and float(m.group("size")) < 10 and not m.group("suffix") \
                and any(ch.isdigit() for ch in name) and not text.startswith("/", m.end()):
            # "Qwen2.5-1M": a context length tagged onto a versioned name; no model of the kind has 1M weights
            # (but "ViT-8M/16" is a tiny ViT)
            continue
        if mag == "m" and not _is_family(name.split()[0].lower()) and not _MODEL_TYPE_IN_NAME.search(name):
            continue  # "OPT-125m", "SoViT-400m" are models, the MovieLens "ML-1m" and "ML-20m" are data
        if mag == "T" and not any(len(part) >= 3 for part in re.split(r"[-_.\s]", name) if part.isalpha()):
            continue  # "FA-7T", "PG-FA-26T": cells named by their transistor count, no trillion-weight model
        if mag in "TBK" and _YEAR.fullmatch(m.group("size")):
            continue  # "RWTH-PHOENIX-Weather 2014T": a year and a letter name a dataset's release, not a size
        entity = text[start:m.end()].rstrip(".")
        params = None
        data = name.lower() in CORPORA or _DATA_AFTER.match(text, m.end()) is not None \
            or _DATA_APPOSITIVE.match(text, m.end()) is not None \
            or _DATA_LIST_BEFORE.search(text, max(0, start - 120), start) is not None
        if mag in "BbMmTt" and not data:
            if mag in "mM" and sep.isspace() and not _is_family(name.split()[0].lower()) \
                    and not _MODEL_TYPE_IN_NAME.search(name.split()[0]):
                continue  # "Table 5M" is never a model, "OPT 125M", "Pythia 410M" and "MobileLLM 125M" are
            # "Mixtral-8x7B": eight experts of 7B each, as the name writes it
            params = int(m.group("experts") or 1) * float(m.group("size")) * _MAGNITUDE[mag.lower()]
        found.append(ModelMention(start, start + len(entity), entity, entity, params))
    for m in (GLUED_SIZE_RE.finditer(text) if _GLUED_SIZE_HINT.search(text) else ()):
        family, size = m.group("name").lower(), m.group("size")
        if "." in size and size.split(".")[0] in VERSIONS.get(family, ()):
            continue  # "Gemma3.1B": Gemma 3 at 1B or a 3.1B Gemma, the text does not say
        if family in FAMILIES and not _DATA_AFTER.match(text, m.end()) \
                and not any(f.start < m.end() and m.start() < f.end for f in found):
            entity = m.group(0).rstrip(".")
            params = float(size) * _MAGNITUDE[m.group("mag").lower()]
            found.append(ModelMention(m.start(), m.start() + len(entity), entity, entity, params))
    if "/" in text:
        found.extend(_shared_sizes(text))
    if "{" in text:
        found.extend(_brace_sizes(text))
    found.sort(key=lambda mention: mention.start)
    return found


#: a family's sizes in braces after its name: "Llava-Video-{7B,32B,72B}", "Qwen2.5-{7B, 14B}"
BRACE_SIZES_RE = re.compile(
    r"(?<![\w\-./])(?P<name>[A-Za-z][^\W_]*(?:[-.][^\W_]+)*?)-\\?\{(?P<sizes>\d+(?:\.\d+)?[BM]"
    r"(?:\s*,\s*\d+(?:\.\d+)?[BM])+)\\?\}")
_BRACE_MEMBER = re.compile(r"(?P<size>\d+(?:\.\d+)?)(?P<mag>[BM])")


def _brace_sizes(text: str) -> list[ModelMention]:
    """One mention per size of "Llava-Video-{7B,32B,72B}" (the first written with the name, the others as
    their sizes): the braces list the family's models the way a shell expands them."""
    found = []
    for m in BRACE_SIZES_RE.finditer(text):
        name = m.group("name")
        for k, member in enumerate(_BRACE_MEMBER.finditer(text, m.start("sizes"), m.end("sizes"))):
            start = m.start() if k == 0 else member.start()
            entity = f"{name}-{member.group(0)}"
            params = float(member.group("size")) * _MAGNITUDE[member.group("mag").lower()]
            found.append(ModelMention(start, member.end(), text[start:member.end()], entity, params))
    return found


def _shared_sizes(text: str) -> list[ModelMention]:
    """One mention per size of "Llama-7/13B" or "LLaMA 13/70B" (the second written "13B" in the text, the first "Llama-7"):
    the slash list names a family's models and its magnitude stands once, after the last."""
    found = []
    for m in SHARED_SIZES_RE.finditer(text):
        name = m.group("name")
        if not _is_family(name.lower()) and not _MODEL_TYPE_IN_NAME.search(name):
            continue  # "TP-2/4B" is no family; a known family or a name that says it is a model
        mag = m.group("mag")
        pos = m.start("sizes")
        for k, size in enumerate(m.group("sizes").split("/")):
            start = m.start() if k == 0 else pos
            end = pos + len(size) + (len(mag) if pos + len(size) == m.end("sizes") else 0)
            entity = f"{name}{m.group('sep')}{size}{mag}"  # ("Me LLaMA 13/70B": the family and a space)
            found.append(ModelMention(start, end, text[start:end], entity, float(size) * _MAGNITUDE[mag.lower()]))
            pos += len(size) + 1
    return found
