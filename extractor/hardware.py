"""Hardware mentions: the catalogue in ``data/hardware.toml`` compiled into one regex.

:func:`find_hardware` returns every named piece of hardware in a sentence
with its canonical name (spec section 5: "Vendor Model"), the stated number
of devices ("32 NVIDIA A100 GPUs" -> 32, "48xGH200" -> 48) and per-device
memory ("A100-80G" -> "80GB").  All products are alternatives of a single
compiled pattern, so a sentence is scanned once however large the catalogue.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from typing import NamedTuple
from functools import cache
from importlib import resources

import re

from .regex_guards import guarded_alternation
from .units import LOWER_WORD, WORD_NUMBERS

CATALOGUE_FILE = "hardware.toml"
_COUNT_WORDS = {"a single": 1, "single": 1, **{k: v for k, v in WORD_NUMBERS.items() if v <= 100},
                "thirty-two": 32, "sixty-four": 64,
                # "on a dual NVIDIA RTX 3080 Ti configuration", "a quad Xeon server"
                "dual": 2, "a dual": 2, "twin": 2, "quad": 4, "a quad": 4}
_DEVICE_WORDS = (
    r"(?:Tensor\sCore\s)?(?:GPUs?|CPUs?|NPUs?|TPUs?|chips?|SoCs?|processors?|superchips?|Superchips?|"
    r"cards?|accelerators?|devices?|machines?|nodes?|servers?|boards?|instances?|platforms?|FPGAs?|architectures?)"
)
#: a hyphenated word that ties a device word to the name before it: "Blackwell-architecture GPUs", "Hopper-based
#: GPUs", "Ampere-generation GPUs"
_DEVICE_TIE = r"(?:-(?:architecture|generation|class|series|based))?"
#: (an architecture is a device line: "NVIDIA's recent Blackwell architecture")
_CLASS_WORD = re.compile(_DEVICE_TIE + r"\s(?:Tensor\sCore\s)?(?:GPU|CPU|NPU|TPU|chip|SoC|processor|superchip|Superchip|architecture)s?"
                         r"(?![^\W\d_])")
#: how the names of vendor-level mentions end ("NVIDIA GPU", "ARM CPU"): no product of the vendor's
VENDOR_LEVEL_SUFFIXES = (" GPU", " CPU", " NPU")
#: words that make a vendor's "processor" something other than a CPU: "Intel's neuromorphic processor"
_OTHER_PROCESSORS = r"(?:neuromorphic|graph|tensor|vision|neural|quantum|photonic|signal|image|video|network)"


class HardwareMention(NamedTuple):
    start: int
    end: int
    text: str
    entity: str
    count: int | None = None
    memory: str | None = None


@dataclass(frozen=True)
class _Product:
    group: str
    vendor: str
    canonical: str
    needs: str | None
    fields: tuple[tuple[str, str], ...]  # (unique group in the big pattern, field name in the template)
    also_vendors: tuple[str, ...] = ()  # vendors that sell the line too (AMD the Xilinx cards)
    code_name: bool = False  # a generation's code name ("Cascade Lake"): in brackets after a product it names its generation


@dataclass(frozen=True)
class Catalogue:
    """The compiled catalogue."""

    product_re: re.Pattern
    products: tuple[_Product, ...]
    vendor_of_alias: dict[str, str]
    vendor_lines: dict[str, tuple[str, ...]]
    class_re: re.Pattern
    class_names: dict[str, str]
    vendor_level_re: re.Pattern
    from_vendors_re: re.Pattern
    vendor_alias_re: re.Pattern
    platform_re: re.Pattern


def _alt(items) -> str:
    return "|".join(re.escape(i) for i in sorted(set(items), key=len, reverse=True))


_GROUP = re.compile(r"\(\?P<(\w+)>")
_OPTIONAL_PART = re.compile(r"\[([^\[\]]*)\]")
_FIELD = re.compile(r"\{(\w+)(?:\|(upper|title))?\}")
_CASE = {"upper": str.upper, "title": str.title, None: str}


def render_canonical(template: str, groups: dict[str, str | None]) -> str:
    """Fill "{group}" fields ("{group|upper}", "{group|title}": in that case, for names written either way,
    "U55c", "DGX-spark"); drop "[...]" parts whose groups did not match."""

    def optional(m: re.Match) -> str:
        names = [name for name, _ in _FIELD.findall(m.group(1))]
        return m.group(1) if all(groups.get(n) for n in names) else ""

    text = _OPTIONAL_PART.sub(optional, template)
    text = _FIELD.sub(lambda m: _CASE[m.group(2)](groups.get(m.group(1)) or ""), text)
    return re.sub(r"\s+", " ", text).strip()


@cache
def load_catalogue() -> Catalogue:
    data = tomllib.loads(resources.files("extractor.data").joinpath(CATALOGUE_FILE).read_text("utf-8"))
    vendor_of_alias: dict[str, str] = {}
    vendor_lines: dict[str, tuple[str, ...]] = {}
    for name, info in data["vendors"].items():
        vendor_lines[name] = tuple(info.get("lines", ()))
        for alias in info["aliases"]:
            vendor_of_alias[alias] = name
    vendor_alt = _alt(vendor_of_alias)
    products = []
    alternatives = []
    for i, entry in enumerate(data["product"]):
        group = f"p{i}"
        fields: list[tuple[str, str]] = []

        def unique(m: re.Match, i=i, fields=fields) -> str:
            # the standard re module wants every group name once in the whole pattern
            name = f"p{i}_{len(fields)}"
            fields.append((name, m.group(1)))
            return f"(?P<{name}>"

        pattern = _GROUP.sub(unique, entry["pattern"])
        products.append(_Product(group, entry["vendor"], entry["canonical"], entry.get("needs"), tuple(fields),
                                 tuple(entry.get("also_vendors", ())), entry.get("code_name", False)))
        alternatives.append(f"(?P<{group}>{pattern})")
    # "1,024 TPU v5p chips", "6K Ascend NPUs"
    count = r"(?P<count>(?:\d{1,3}(?:,\d{3})+|\d{1,3}[Kk](?=\s)|\d{1,5})\+?|" + _alt(_COUNT_WORDS) + r")"
    # (or nothing, where a copy lost the "×" between a count and a GPU's letter and number: "on a 4A100 GPU server")
    count_join = r"(?:\s?[xX×*]\s?|\s|-GPU\s|-way\s|-|(?<=\d)(?=[ABHV]\d00\b))"
    product_re = re.compile(
        # a match starts with a capital or a digit ("32 NVIDIA", "A100"), "iPhone", "i7-8700K", or a count word
        # ("a single", "two"): every other word start fails at once
        # (a price is no count: "a $20 ESP-EYE board", "a $35 Raspberry Pi")
        r"(?<![\w\-.$€£])(?<!\d,)(?=[A-Z\d]|i[A-Z]|i[3579]-\d|(?:" + _alt(_COUNT_WORDS) + r")\b)"
        r"(?:" + count + count_join + r")?"
        r"(?:(?P<vendor>" + vendor_alt + r")(?:'s|’s)?[\s-])?"
        # the architecture before the product says nothing more: "NVIDIA Ampere A100", "eight Hopper H100 GPUs"
        r"(?:(?:Ampere|Hopper|Volta|Blackwell|Turing|Pascal|Ada(?:\sLovelace)?)\s(?=[A-Z]{1,3}\d))?"
        r"(?:(?:PCIe|SXM\d?|NVL)\s)?"
        # (the brand in lower case: "50 tesla V100 GPUs")
        r"(?:tesla[\s-](?=[A-Z]))?"
        # every product name starts with a capital, a digit or "i" (iPhone): skip the long
        # alternation everywhere else
        r"(?=[A-Z\di])(?:" + guarded_alternation(alternatives) + r")"
        r"(?:s(?=[\s,.;:)]|$))?"
        r"(?:-(?:SXM\d?|PCIe|NVL|HBM\d?e?))?"
        r"(?:(?:[-\s]|\s\()(?P<mem>\d{1,3})\s?G(?:B|iB)?\)?)?"
        r"(?P<device>" + _DEVICE_TIE + r"\s" + _DEVICE_WORDS + r")?"
        r"(?![^\W_])"
        # a model named after the maker: "Cerebras-GPT"
        r"(?!-(?:GPT|LLMs?|LM|BERT|ViT)(?![^\W_]))"
    )
    class_names = {}
    class_alts = []
    for i, entry in enumerate(data["device_class"]):
        group = f"c{i}"
        class_names[group] = entry["name"]
        class_alts.append(f"(?P<{group}>{entry['pattern']})")
    # (after a prefix of how many, too, which the match holds but the mention does not: "a multi-FPGA system",
    # "dual-NPU boards")
    class_re = re.compile(r"(?<![\w\-])(?P<how_many>(?:multi|dual|quad|many)-)?(?:" + "|".join(class_alts) + r")"
                          r"(?![^\W_])")
    level_classes = data["vendor_level"]["classes"]
    cls_alt = "|".join(f"(?P<{name}>{pat})" for name, pat in level_classes.items())
    vendor_list = r"(?:" + vendor_alt + r")(?:\s?(?:,|and|or|&|/)\s?(?:and\s|or\s)?(?:" + vendor_alt + r"))*"
    vendor_level_re = re.compile(
        r"(?<![\w\-])(?P<vlist>" + vendor_list + r")(?:'s|’s)?\s"
        # (not "Intel's neuromorphic processor": a processor of another kind than a CPU)
        # (two adjectives joined: "NVIDIA consumer and data-center GPUs")
        r"(?:[a-z][\w-]*\s(?:and|or)\s)?"
        r"(?:(?!" + _OTHER_PROCESSORS + r"\s)(?:[a-z][\w-]*|[^\W\d_][\w]*-based|Data\sCenter|Datacenter|CUDA|ROCm)\s){0,2}?"
        r"(?:" + cls_alt + r")(?![^\W_])"
    )
    cls_plain = r"(?:GPUs?|CPUs?|NPUs?)"
    from_vendors_re = re.compile(
        r"(?<![\w\-])(?P<clist>" + cls_plain + r"(?:\s?(?:,|and|or|&|/)\s?(?:and\s)?" + cls_plain + r")*)"
        # (or the vendors listed after the class: "four GPU vendors (NVIDIA, AMD, Apple, Intel)", "CPU vendors
        # such as Intel and AMD")
        r"(?:\s(?:from|by|of)\s|[\s-]vendors?\s?(?:\(\s?|:\s|,?\s(?:such\sas|including|like|namely)\s))"
        r"(?P<vlist>" + vendor_list + r")(?![^\W_])"
    )
    vendor_alias_re = re.compile(vendor_alt)
    # "kernels for ARM and WebAssembly": a vendor named as the platform stands for its one device line
    platform_re = re.compile(
        r"\b(?:on|for|targeting|across|supporting|including)\s(?P<vendor>" + vendor_alt + r")"
        r"(?=\s*(?:,|;|\.|\)|\band\b|\bor\b|$))"
    )
    return Catalogue(product_re, tuple(products), vendor_of_alias, vendor_lines, class_re, class_names,
                     vendor_level_re, from_vendors_re, vendor_alias_re, platform_re)


#: a four-digit number after one of these is a year: "in 2023 NVIDIA ...", "since 2020 Apple ..."
_YEAR_BEFORE = re.compile(r"(?i)\b(?:in|since|by|until|of|during|from|early|late|mid|circa)\s+$")


def _count_value(raw: str | None, before: str = "") -> int | None:
    """The device count written before a product name, or None when it is none ("in 2023 NVIDIA")."""
    if raw is None:
        return None
    raw = raw.lower()
    if raw[:1].isdigit():
        raw = raw.rstrip("+")  # "1,000+ NVIDIA H100 GPUs"
        n = int(raw[:-1]) * 1000 if raw.endswith("k") else int(raw.replace(",", ""))
        # "in 2023 NVIDIA ..." is a year; "used 2048 Ascend 910B NPUs" and "2,048 GPUs" are counts
        year = len(raw) == 4 and 1900 <= n <= 2099 and (not before.strip() or _YEAR_BEFORE.search(before) is not None)
        return n if 0 < n <= 100_000 and not year else None
    return _COUNT_WORDS.get(raw)


#: a device count right before a vendor-level name ("49,152 AMD GPUs", "eight NVIDIA GPUs")
_COUNT_BEFORE = re.compile(
    r"(?<![\w.,-])(?P<count>\d{1,3}(?:,\d{3})+|\d{1,5}|" + _alt(_COUNT_WORDS) + r")\s$", re.IGNORECASE)


def _counted_start(text: str, start: int, end: int, free) -> tuple[int, int | None]:
    """(start, count) of a vendor-level or device-class mention ``text[start:end]`` with the count written
    before it ("49,152 AMD GPUs", "96 NPUs", "eight FPGAs", "a single NPU"), else (``start``, None); more
    than one device is written in the plural ("16 NPU cores", "Table 2 FPGA results" count none)."""
    counted = _COUNT_BEFORE.search(text, max(0, start - 16), start)
    if counted is None or not free(counted.start(), start):
        return start, None
    count = _count_value(counted.group("count"), text[max(0, counted.start() - 12):counted.start()])
    if count is None or (count > 1 and not text.endswith("s", start, end)):
        return start, None
    return counted.start(), count


def _vendors_in(text: str, cat: Catalogue) -> list[str]:
    return [cat.vendor_of_alias[m.group(0)] for m in cat.vendor_alias_re.finditer(text)]


#: the shape of a product code: "A100", "MI300X", "GH200", "L40S", "NVL-72", "RTX 4090", "TPUv4", "MAX78000"; names
#: without one ("Jetson", "Snapdragon 855", "Nvidia 4090") carry a catalogue word instead
#: (written to start with one character class, which the regex engine scans for in a tight loop; as
#: three alternatives it tried all of them at every position: 2.5x slower)
_PRODUCT_CODE = re.compile(r"[A-Z\d](?:(?<=[A-Z])[A-Z]{0,2}-?\d{1,5}[A-Za-z]{0,2}(?!\w)|(?<=[RG])TX[\s-]?(?:PRO\s)?v?\d|"
                           r"(?<=T)PU[\s-]?v?\d|(?<=\d)\d{3}(?:(?:\s?Ti)?\sGPU|[\s-]?(?:Ti|SUPER|Super)(?!\w)))")
#: an Intel processor number, the one product code that starts in lower case ("i7-8700K")
_PROCESSOR_NUMBER = re.compile(r"(?<![\w-])i[3579]-\d{4}")


@cache
def _gate_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(product words: the catalogue's words but device-class ones, vendor words, device-class words)."""
    data = tomllib.loads(resources.files("extractor.data").joinpath(CATALOGUE_FILE).read_text("utf-8"))
    vendors = _alias_first_words(data)
    classes: set[str] = set()
    for entry in data["device_class"]:
        for word in re.findall(r"[A-Za-z]{3,}", re.sub(r"\\[A-Za-z]|\(\?\w:", " ", entry["pattern"])):
            classes.update({word.lower(), word.lower().rstrip("s")})
    return catalogue_words() - frozenset(classes), frozenset(vendors), frozenset(classes)


#: a later word that ends a product name of the same line: "Raspberry Pi 4/5", "TPU v4/v5e",
#: "Jetson Orin/Xavier", "Raspberry Pi 3, 4, and 5"
#: what joins the names of a list: "T4 and A10", "L4, T4, and A10G", "A100/H100", "Gaudi 2 & 3"
_LIST_JOINER = r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+|/|&)\s*"
_LIST_JOIN = re.compile(_LIST_JOINER)
_VARIANT_STEP = re.compile("(" + _LIST_JOINER + r")(\w+)(?![\w/-])")
_LAST_WORD = re.compile(r"\w+$")


def _variants(text: str, m: re.Match, product: _Product, cat: Catalogue) -> list[HardwareMention]:
    """The later products of "Raspberry Pi 4/5" and "Raspberry Pi 3, 4, and 5": the name with its last
    word replaced by each word of the list, while the catalogue knows that name in the same line ("Pi
    4/5", not "Pi 4/USB"). A comma list counts only when "and" or "or" closes it ("Pi 4, 8 GB" is none);
    names matched on their own ("A100/H100") are dropped later as overlaps."""
    name = text[m.start(product.group):m.end()]
    last = _LAST_WORD.search(name)
    out: list[HardwareMention] = []
    closed = False
    pos = m.end()
    while last is not None and (step := _VARIANT_STEP.match(text, pos)) is not None:
        variant = name[:last.start()] + step.group(2)
        same = cat.product_re.fullmatch(variant)
        if same is None or same.group(product.group) is None or same.end(product.group) != len(variant):
            break  # (not "Raspberry Pi 4 and 5, and TPU accelerators": a device word after the name, no variant)
        groups = {field: same.group(n) for n, field in product.fields if same.group(n) is not None}
        out.append(HardwareMention(step.start(2), step.end(2), step.group(2),
                                   render_canonical(product.canonical, groups)))
        sep = step.group(1).strip()
        closed = sep in ("/", "&") or sep.endswith(("and", "or"))
        pos = step.end()
    return out if closed else []


def _product_matches(text: str, cat: Catalogue, has_product: bool):
    """(match, product, vendor alias) of every catalogue product in ``text``; the alias is dropped when
    it names another vendor than the product's line, and the match when the name needs its own."""
    for m in (cat.product_re.finditer(text) if has_product else ()):
        product = next(p for p in cat.products if m.group(p.group) is not None)
        vendor_alias = m.group("vendor")
        if vendor_alias and product.vendor and cat.vendor_of_alias[vendor_alias] != product.vendor \
                and cat.vendor_of_alias[vendor_alias] not in product.also_vendors:
            if product.needs:
                continue
            vendor_alias = None
        yield m, product, vendor_alias


_ON_BEFORE = re.compile(r"\bon\s$")
#: a device word and a list opener right before a name: "GPUs (e.g., Hopper", "GPUs such as Hopper"
_DEVICE_LIST_OPENS = re.compile(
    r"\b(?:GPUs?|CPUs?|NPUs?|accelerators?|processors?)\s*\(?\s*(?:e\.g\.,?|such\s+as|including|like|i\.e\.,?)\s*$")


def _borrowing(text: str, listed: list[tuple[int, int, str, bool, bool]],
               pending: list[tuple[re.Match, _Product]]) -> list[tuple[re.Match, _Product]]:
    """The pending names (needing their vendor or a device word) that get it from the list they stand
    in: a device word after a later name ("on T4 and A10 GPUs") or the vendor before an earlier one
    ("NVIDIA L4 and T4"), along names of one vendor's line joined by commas, "and", "or" or a slash; a
    name that needs neither counts as a device word ("A100, L40 and H20", "L4 and H100").
    ``listed``: (start, end, vendor of the line, vendor named, device word after or a name that needs
    neither) of every name."""
    def joined(k: int) -> bool:  # names k and k + 1 are neighbours in one list
        gap = _LIST_JOIN.fullmatch(text, listed[k][1], listed[k + 1][0])
        return gap is not None and listed[k][2] == listed[k + 1][2]

    device = [item[4] for item in listed]
    for k in range(len(listed) - 2, -1, -1):
        device[k] = device[k] or (device[k + 1] and joined(k))
    # "modern GPUs (e.g., Hopper, Blackwell)", "NVIDIA GPUs such as Hopper and Blackwell": the device word
    # that opens the list covers its members
    for k in range(len(listed)):
        device[k] = device[k] or _DEVICE_LIST_OPENS.search(text, max(0, listed[k][0] - 40), listed[k][0]) is not None \
            or (k > 0 and device[k - 1] and joined(k - 1))
    vendor = [item[3] for item in listed]
    for k in range(1, len(listed)):
        vendor[k] = vendor[k] or (vendor[k - 1] and joined(k - 1))
    # "x3.85 on H100, x3.13 on L40 and x2.38 on H20": a name in the same "on <name>" slot as a name of its
    # line that vouches for itself is a device too, though numbers stand between them
    on_slot = [_ON_BEFORE.search(text, max(0, item[0] - 4), item[0]) is not None for item in listed]
    vouched_lines = {item[2] for item, d, on in zip(listed, device, on_slot) if d and on}
    for k, item in enumerate(listed):
        device[k] = device[k] or (on_slot[k] and item[2] in vouched_lines)
    by_device = {item[0] for item, d in zip(listed, device) if d}
    by_vendor = {item[0] for item, v in zip(listed, vendor) if v}
    # a name that needs its vendor ("920", "855") gets nothing from a device word: "Kunpeng 920 CPUs" is no
    # Snapdragon
    return [(m, product) for m, product in pending
            if m.start() in by_vendor or (product.needs == "vendor_or_device" and m.start() in by_device)]


#: after a device name: its time, not its number ("GPU days", "GPU-hours")
_DEVICE_TIME_AFTER = re.compile(r"[\s-]*(?:GPU[\s-]?|TPU[\s-]?|chip[\s-]?)?(?:(?:training|compute|computing|inference)[\s-])?"
                                r"(?:days?|hours?|hrs?|years?|months?)\b", re.IGNORECASE)


#: the memory sizes devices are sold with, in GB: a size said next to a device is its memory only when it is one
_DEVICE_MEMORY_SIZES = frozenset({2, 4, 6, 8, 10, 11, 12, 16, 20, 24, 32, 40, 48, 64, 80, 94, 96, 128, 141, 192, 288})
_MEMORY_BEFORE_DEVICE = re.compile(r"(?<![\w.,])(?P<mem>\d{1,3})\s?G(?:B|iB)\s$")
#: the words of a device's memory after its size: "24GB memory", "48 GB VRAM", "80GB of HBM3"
_DEVICE_MEMORY_WORDS = r"memory|VRAM|RAM|HBM\w*|GDDR\w*"
_MEMORY_AFTER_DEVICE = re.compile(
    r"(?:\s+GPUs?)?,?\s+(?:each\s+)?with\s+(?:only\s+|just\s+)?(?P<mem>\d{1,3})\s?G(?:B|iB)"
    r"(?:\s+(?:of\s+)?(?:" + _DEVICE_MEMORY_WORDS + r"|device\s+memory|GPU\s+memory))?"
    r"(?!\s*(?:of\s+)?(?:peak|usage|footprint|consumption|activations?|KV|cache|[\w-]+\s+(?:usage|footprint)))(?![\w.])")


#: ... or in brackets after it: "4 NVIDIA A40 GPUs (48 GB VRAM each)", "an RTX 4090 (24GB)"
_MEMORY_IN_BRACKETS_AFTER_DEVICE = re.compile(
    r"(?:\s+GPUs?)?\s*\(\s*(?P<mem>\d{1,3})\s?G(?:B|iB)(?:\s+(?:of\s+)?(?:" + _DEVICE_MEMORY_WORDS + r"))?"
    r"(?:\s+each)?\s*[,;)]")


def _add_product(found: list[HardwareMention], variants: list[HardwareMention], text: str, m: re.Match,
                 product: _Product, cat: Catalogue) -> None:
    """The mention of one matched product (and of the later products of "Raspberry Pi 4/5")."""
    groups = {field: m.group(name) for name, field in product.fields if m.group(name) is not None}
    entity = render_canonical(product.canonical, groups)
    raw_count = m.group("count")
    count = _count_value(raw_count, text[max(0, m.start() - 12):m.start()])
    if count is not None and _DEVICE_TIME_AFTER.match(text, m.end()):
        count = None  # "199 A100 GPU days", "2,000 H100 GPU-hours": an amount of device time, not of devices
    start = m.start()
    if raw_count and count is None:  # "in 2023 NVIDIA ..." is not a count
        start = m.start("vendor") if m.group("vendor") else m.start(product.group)
    mem = m.group("mem")
    if mem is None:
        # the device's memory said next to it: "a 24GB NVIDIA RTX 4090", "RTX 4060 Ti with only 16 GB memory",
        # "8 RTX 3090, each with 24GB memory"
        said = _MEMORY_BEFORE_DEVICE.search(text, max(0, start - 8), start) or _MEMORY_AFTER_DEVICE.match(text, m.end()) \
            or _MEMORY_IN_BRACKETS_AFTER_DEVICE.match(text, m.end())
        if said is not None and int(said.group("mem")) in _DEVICE_MEMORY_SIZES:
            mem = said.group("mem")
    found.append(HardwareMention(start, m.end(), text[start:m.end()], entity, count,
                                 f"{int(mem)}GB" if mem else None))
    variants.extend(_variants(text, m, product, cat))


_ASIDE_AFTER_NAME = re.compile(r"\s*(?:CPUs?\s*)?\(\s*")


def find_hardware(text: str, lower_words: list[str] | None = None) -> list[HardwareMention]:
    """Every hardware mention in ``text``, left to right, without overlaps.

    Each of the five patterns runs only when the sentence holds a word it needs (a vendor for the
    vendor-level forms, "FPGA"/"NPU"/... for device classes): most sentences skip most of them.
    """
    product_words, vendor_words, class_words = _gate_words()
    words = set(lower_words if lower_words is not None else LOWER_WORD.findall(text.lower()))
    has_vendor = not vendor_words.isdisjoint(words)
    has_product = has_vendor or not product_words.isdisjoint(words) or _PRODUCT_CODE.search(text) is not None \
        or _PROCESSOR_NUMBER.search(text) is not None
    has_class = not class_words.isdisjoint(words)
    if not (has_product or has_class):
        return []
    cat = load_catalogue()
    found: list[HardwareMention] = []
    variants: list[HardwareMention] = []
    # names that need their vendor or a device word may borrow it along a list (_borrowing)
    listed: list[tuple[int, int, str, bool, bool]] = []
    pending: list[tuple[re.Match, _Product]] = []
    for m, product, vendor_alias in _product_matches(text, cat, has_product):
        if product.code_name and listed and listed[-1][2] == product.vendor \
                and _ASIDE_AFTER_NAME.fullmatch(text, listed[-1][1], m.start()):
            continue  # "a Xeon Gold 6248 (Cascade Lake)": the generation of the product just named
        has_device = bool(m.group("device") and _CLASS_WORD.match(m.group("device")))
        # a name that needs nothing vouches for its list like a device word: "on A100, L40 and H20"
        listed.append((m.start(), m.end(), product.vendor, bool(vendor_alias), has_device or not product.needs))
        if (product.needs == "vendor" and not vendor_alias) or (
                product.needs == "vendor_or_device" and not vendor_alias and not has_device):
            pending.append((m, product))
            continue
        _add_product(found, variants, text, m, product, cat)
    for m, product in (_borrowing(text, listed, pending) if pending else ()):
        _add_product(found, variants, text, m, product, cat)
    taken = [(h.start, h.end) for h in found]

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    for v in variants:
        if free(v.start, v.end):
            found.append(v)
            taken.append((v.start, v.end))

    for m in (cat.from_vendors_re.finditer(text) if has_vendor else ()):
        if not free(m.start(), m.end()):
            continue
        classes = {c.rstrip("s") for c in re.findall(r"GPU|CPU|NPU", m.group("clist"))}
        for vendor in _vendors_in(m.group("vlist"), cat):
            for cls in sorted(classes):
                # (a class of each vendor's: "CPUs and GPUs from ARM, Intel, AMD and Nvidia" names no NVIDIA CPU;
                # one class is said of every vendor listed: "GPU vendors (NVIDIA, AMD, Apple, Intel)")
                if len(classes) == 1 or cls in cat.vendor_lines.get(vendor, ()):
                    found.append(HardwareMention(m.start(), m.end(), m.group(0), f"{vendor} {cls}"))
        taken.append((m.start(), m.end()))
    for m in (cat.vendor_level_re.finditer(text) if has_vendor else ()):
        if not free(m.start(), m.end()):
            continue
        cls = next(name for name in ("GPU", "CPU", "NPU") if m.group(name))
        vendors = list(dict.fromkeys(_vendors_in(m.group("vlist"), cat)))
        if len(vendors) == 1 and any(h.end <= m.start() and not text[h.end:m.start()].strip()
                                     and h.entity.startswith(vendors[0] + " ") for h in found):
            continue  # "an RTX 4090 NVIDIA GPU": the vendor and device word after the product are the product's
        # "across 49,152 AMD GPUs", "on 512 NVIDIA GPUs": the count of one vendor's devices
        start, count = _counted_start(text, m.start(), m.end(), free) if len(vendors) == 1 else (m.start(), None)
        for vendor in vendors:
            found.append(HardwareMention(start, m.end(), text[start:m.end()], f"{vendor} {cls}", count))
        taken.append((start, m.end()))
    for m in (cat.platform_re.finditer(text) if has_vendor else ()):
        vendor = cat.vendor_of_alias[m.group("vendor")]
        lines = cat.vendor_lines.get(vendor, ())
        start, end = m.span("vendor")
        if len(lines) == 1 and free(start, end):
            found.append(HardwareMention(start, end, m.group("vendor"), f"{vendor} {lines[0]}"))
            taken.append((start, end))
    named = list(found)  # (the devices named before any device class is added)
    for m in (cat.class_re.finditer(text) if has_class else ()):
        begin = m.end("how_many") if m.group("how_many") else m.start()
        if not free(begin, m.end()):
            continue
        if any(h.end < begin and not text[h.end:begin].strip() for h in named):
            continue  # "Ascend Neural Processing Units (NPUs)": the class written out after a product is its device word
        name = next(cat.class_names[g] for g in cat.class_names if m.group(g) is not None)
        start, count = _counted_start(text, begin, m.end(), free) if begin == m.start() else (begin, None)
        found.append(HardwareMention(start, m.end(), text[start:m.end()], name, count))
        taken.append((start, m.end()))
    found.sort(key=lambda h: (h.start, h.end))  # (stable: the vendors of one mention in the order written)
    if "(" in text and len(found) > 1:
        # "Intel Neural Compute Stick 2 (NCS2)": the short name in brackets right after a name is that device
        # (not "A100 (H100)", whose letters are no initials of the name before)
        found = [h for k, h in enumerate(found) if not (
            k > 0 and _SHORT_NAME_OPENS.fullmatch(text, found[k - 1].end, h.start)
            and _SHORT_NAME_CLOSES.match(text, h.end) and _initials_of(h.text, found[k - 1].text))]
    return found


def _initials_of(short: str, name: str) -> bool:
    """The capitals of ``short`` are, in order, capitals of ``name`` ("NCS2" of "Neural Compute Stick 2")."""
    capitals = iter(ch for ch in name if ch.isupper())
    letters = [ch for ch in short if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and all(ch in capitals for ch in letters)


_SHORT_NAME_OPENS = re.compile(r"\s*\(\s*")
_SHORT_NAME_CLOSES = re.compile(r"\s*\)")


@cache
def catalogue_words() -> frozenset[str]:
    """Lower-case words that every catalogue match without a digit contains: the catalogue's
    ``anchors`` and every vendor alias.  The pre-filter relies on it."""
    data = tomllib.loads(resources.files("extractor.data").joinpath(CATALOGUE_FILE).read_text("utf-8"))
    return frozenset({w.lower() for w in data["anchors"]} | _alias_first_words(data))


def _alias_first_words(data: dict) -> set[str]:
    """The first word of every vendor alias, which every match of the alias holds: "analog" of "Analog Devices"
    (not the common "devices", which would send every sentence holding it through the finders)."""
    return {LOWER_WORD.findall(a.lower())[0] for v in data["vendors"].values() for a in v["aliases"]}
