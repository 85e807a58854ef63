"""Unit tables: the surface forms of multipliers, percents, points, magnitudes and other units.

Data only; ``numbers`` compiles them into its grammar.  Each table maps a
surface form to the unit written in the output (spec section 3: named units
``x``, ``%``, ``pp``, ``params``, ``tokens``, ``count``; any other unit as
written, lower case).
"""

from __future__ import annotations

import re

#: the lower-case ASCII words of a lower-cased text, as the word tables and the hardware catalogue's
#: words are matched (one tokenisation, so that callers can share one word list)
LOWER_WORD = re.compile(r"[a-z]+")

#: Written magnitudes after a number: "7B", "128K", "16.8 billion".
MAGNITUDE_SUFFIXES: dict[str, float] = {
    "K": 1e3, "k": 1e3, "M": 1e6, "B": 1e9, "T": 1e12,
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6,
}

#: Multiplier suffixes: "8.2x", "8.2×", "8.2-fold", "2.2 times".
FACTOR_SUFFIXES = ("×", "x", "X", "-fold", " fold", "fold", " times")

#: Percent suffixes: "53%", "53 percent".
PERCENT_SUFFIXES = ("%", " %", " percent", " per cent", "-percent")

#: Percentage-point suffixes: "15.1 percentage points", "29.1 points", "3 pp".
POINT_SUFFIXES = (
    "percentage points", "percentage point", "percent points", "percent point",
    "percentage-points", "percentage-point", "percent-points", "percent-point",
    "absolute points", "absolute point", "points", "point", "pts", "pp", "p.p.",
)

#: Other units, as written -> as output (lower case, canonical spelling).
OTHER_UNITS: dict[str, str] = {
    # energy and power
    "kWh": "kwh", "Wh": "wh", "kW": "kw", "mW": "mw", "MW": "mw", "W": "w", "watts": "w", "watt": "w",
    "kJ": "kj", "mJ": "mj", "J": "j", "joules": "j",
    # memory and storage
    "TB": "tb", "GB": "gb", "MB": "mb", "KB": "kb", "kB": "kb", "GiB": "gib", "MiB": "mib", "TiB": "tib",
    "Tb": "tb", "Gb": "gb", "Mb": "mb", "tb": "tb", "gb": "gb", "mb": "mb",  # "5.5Gb of RAM": as written, lower case
    "kb": "kb",  # "128 kb of SRAM", and a genome's kilobases: "sequences up to 650 kb in length"
    "GB/s": "gb/s", "TB/s": "tb/s", "Gbps": "gbps", "Gb/s": "gb/s",
    "Mbps": "mbps", "Mb/s": "mbps", "Kbps": "kbps", "kbps": "kbps", "kb/s": "kbps", "Tbps": "tbps",
    "Mbit/s": "mbps", "Gbit/s": "gbps",
    # time
    "ms": "ms", "µs": "µs", "us": "µs", "ns": "ns", "s": "s", "sec": "s", "secs": "s",
    "seconds": "seconds", "second": "seconds", "minutes": "minutes", "minute": "minutes", "min": "minutes",
    "mins": "minutes", "hours": "hours", "hour": "hours", "hrs": "hours", "h": "hours",
    "days": "days", "day": "days", "weeks": "weeks", "months": "months",
    "GPU hours": "gpu hours", "GPU-hours": "gpu hours", "GPU hour": "gpu hours", "GPU days": "gpu days",
    "GPU-days": "gpu days",
    # rates and compute
    "tokens/s": "tokens/s", "tokens/sec": "tokens/s", "tokens/second": "tokens/s", "tok/s": "tokens/s",
    "tokens per second": "tokens/s", "token/s": "tokens/s", "req/s": "requests/s",
    "requests per second": "requests/s", "requests/s": "requests/s", "QPS": "qps", "FPS": "fps",
    "fps": "fps", "it/s": "it/s", "samples/s": "samples/s", "images/s": "images/s",
    "frames per second": "fps", "frames/s": "fps", "frames/sec": "fps", "frame/s": "fps",
    "images per second": "images/s", "samples per second": "samples/s", "queries per second": "qps",
    "GiB/s": "gib/s", "MB/s": "mb/s", "MiB/s": "mib/s",
    "EFLOPS": "eflops", "EFLOP/s": "eflops", "EFlop/s": "eflops", "ExaFLOPS": "eflops", "exaflops": "eflops",
    "PFLOP/s": "pflops", "PFlop/s": "pflops", "petaflops": "pflops", "PetaFLOPS": "pflops", "TFLOP/s": "tflops",
    "PFLOPs": "pflops", "EFLOPs": "eflops",
    "PFLOPS": "pflops", "TFLOPS": "tflops", "TFLOPs": "tflops", "GFLOPS": "gflops", "GFLOPs": "gflops",
    "FLOPs": "flops", "FLOPS": "flops", "TOPS": "tops", "GOPS": "gops", "GHz": "ghz", "MHz": "mhz", "Hz": "hz",
    # efficiency of accelerators: per watt, per area
    "TOPS/W": "tops/w", "GOPS/W": "gops/w", "TFLOPS/W": "tflops/w", "GFLOPS/W": "gflops/w",
    # tokens per second per watt are tokens per joule ("a power efficiency of 455 tokens/second/W")
    "tokens/J": "tokens/j", "tokens/joule": "tokens/j", "tokens/Joule": "tokens/j", "tokens per joule": "tokens/j", "tokens/s/W": "tokens/j",
    "tokens/sec/W": "tokens/j", "tokens/second/W": "tokens/j", "token/s/W": "tokens/j", "tok/s/W": "tokens/j",
    "tokens/s/watt": "tokens/j", "tokens per second per watt": "tokens/j",
    "TOPS/mm2": "tops/mm2", "GOPS/mm2": "gops/mm2", "TOPS/mm²": "tops/mm2", "GOPS/mm²": "gops/mm2",
    # quality
    "PPL": "ppl", "ppl": "ppl", "BLEU": "bleu", "dB": "db",
    # a speech system's real-time factor ("0.155 RTF")
    "RTF": "rtf",
    # money
    "USD": "usd", "dollars": "usd", "cents": "cents",
}

#: The lexicon's cue group that an amount in each unit measures, when a change of it is restated ("1,200
#: tokens/s, a 3x improvement over vLLM"): rates are throughput, times latency, and so on.
CHANGE_GROUP_OF_UNIT: dict[str, str] = {
    **dict.fromkeys(("tokens/s", "requests/s", "qps", "fps", "it/s", "samples/s", "images/s", "eflops", "pflops", "tflops",
                     "gflops", "tops", "gops"), "throughput"),
    **dict.fromkeys(("ms", "µs", "ns", "s", "seconds", "minutes", "hours", "days", "weeks", "months"), "latency"),
    # (a parameter count compared is a model's size: "878K parameters, 35 times less than the traditional U-Net")
    **dict.fromkeys(("tb", "gb", "mb", "kb", "gib", "mib", "tib", "params"), "memory"),
    **dict.fromkeys(("kwh", "wh", "kw", "mw", "w", "kj", "mj", "j"), "energy"),
    **dict.fromkeys(("tops/w", "gops/w", "tflops/w", "gflops/w", "tokens/j"), "energy_efficiency"),
    **dict.fromkeys(("usd", "cents", "$", "€", "£"), "cost"),
}

#: Currency signs written before the number: "$0.5", "$1.2M".
CURRENCY_PREFIXES: dict[str, str] = {"$": "$", "€": "€", "£": "£"}

#: Number words, for counts ("six datasets") and multipliers ("two orders of magnitude").
WORD_NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a thousand": 1000, "a dozen": 12,
}

#: Words that are multipliers on their own: "twice as fast", "doubles throughput".
MULTIPLIER_WORDS: dict[str, float] = {
    "twice": 2, "double": 2, "doubles": 2, "doubled": 2, "doubling": 2,
    "triple": 3, "triples": 3, "tripled": 3, "tripling": 3, "thrice": 3,
    "quadruple": 4, "quadruples": 4, "quadrupled": 4, "quadrupling": 4,
    "halve": 2, "halves": 2, "halved": 2, "halving": 2, "in half": 2,
}

#: Multiplier words that say the quantity went down ("halves memory").
DECREASING_MULTIPLIER_WORDS = frozenset({"halve", "halves", "halved", "halving", "in half"})

#: Nouns after a magnitude number that make it a parameter count.
PARAMETER_NOUNS = ("parameters", "parameter", "params", "param")

#: Nouns after a number that make it a token count.
TOKEN_NOUNS = ("tokens", "token")

#: generic quality names among METRIC_UNITS: "the scores of 10 models" counts models
GENERIC_METRICS = frozenset({"score", "scores", "accuracy"})

#: quality metrics written as a name and a bare number ("an FID50k of 2.85", "PPL as low as 12.49")
METRIC_UNITS: dict[str, str] = {
    "perplexity": "ppl", "ppl": "ppl", "fid": "fid", "fid50k": "fid", "fid-50k": "fid", "bleu": "bleu",
    "rouge": "rouge", "rouge-l": "rouge-l", "f1": "f1", "f1-score": "f1", "f1 score": "f1", "iou": "iou",
    "miou": "miou", "map": "map", "ap": "ap", "ap50": "ap50", "ap75": "ap75", "pq": "pq", "box ap": "ap", "mask ap": "ap", "auc": "auc", "auroc": "auc", "wer": "wer", "cer": "cer", "rmse": "rmse",
    "mae": "mae", "mse": "mse", "mape": "mape", "exact match": "em", "ndcg": "ndcg", "mrr": "mrr", "psnr": "psnr",
    "ssim": "ssim", "clip score": "clip score", "inception score": "is", "elo": "elo", "mce": "mce",
    "lpips": "lpips", "fvd": "fvd", "mos": "mos", "pesq": "pesq", "stoi": "stoi", "cider": "cider", "meteor": "meteor", "spice": "spice", "chrf": "chrf",
    "r^2": "r2", "r²": "r2", "win rate": "win rate", "winrate": "win rate", "win-rate": "win rate",
    "length-controlled win rate": "win rate", "lc win rate": "win rate",
    # generic names, read only before a bare number that counts nothing ("an average score of 66.1 on X")
    "score": "score", "scores": "score", "accuracy": "accuracy",
}
