"""The number grammar as pure functions: one row per real-world form."""

from __future__ import annotations

import pytest

from extractor.cleanup import clean
from extractor.numbers import find_quantities, parse_number


@pytest.mark.parametrize("text, value", [
    ("2,000", 2000), ("1,900", 1900), ("16,186", 16186), ("1.5", 1.5), (".5", 0.5), ("53", 53),
    ("10^4", 1e4), ("10^{3}", 1e3), ("1.5×10^3", 1500), ("2 ×10^-3", 0.002), ("3x10^{4}", 3e4),
    ("two", 2), ("twenty", 20), ("a dozen", 12), ("one million", 1e6), ("7 billion", 7e9),
    # numbers said in several words: hundreds, and tens with their digit
    ("five hundred", 500), ("three hundred and fifty", 350), ("twenty-five", 25), ("two hundred thousand", 2e5),
    ("a hundred and twenty-eight", 128), ("fifteen hundred", 1500), ("five hundred hundred", None),
    ("five and", None),
    ("", None), ("many", None),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def q(text: str):
    """(surface, low, high, unit) of every quantity, after the clean-up the pipeline applies."""
    cleaned = clean(text).text
    return [(x.text, x.low, x.high, x.unit) for x in find_quantities(cleaned)]


@pytest.mark.parametrize("text, expected", [
    # multipliers in every written form
    ("up to 8.2x faster", [("8.2x", 8.2, 8.2, "x")]),
    ("25.3X wall-clock attention speed-up", [("25.3X", 25.3, 25.3, "x")]),
    ("up to 2.4\\times speedup", [("2.4×", 2.4, 2.4, "x")]),
    ("achieves 2.4$\\times$ faster", [("2.4×", 2.4, 2.4, "x")]),
    ("speeds up convolutions by 2.2times", [("2.2×", 2.2, 2.2, "x")]),
    ("a 2,000-fold reduction in simulation time", [("2,000-fold", 2000, 2000, "x")]),
    ("a 3 fold increase", [("3 fold", 3, 3, "x")]),
    # a power of ten, as LaTeX or plain text, with or without its mantissa
    ("up to $10^4\\times$ and $10^3\\times$ energy reduction", [("10^4×", 1e4, 1e4, "x"), ("10^3×", 1e3, 1e3, "x")]),
    ("a 10^{2}-fold cut and 10^6 samples", [("10^{2}-fold", 100, 100, "x"), ("10^6", 1e6, 1e6, None)]),
    ("an error of $2.5 \\times 10^{-3}$", [("2.5 ×10^-3", 0.0025, 0.0025, None)]),
    ("2.2 times faster", [("2.2 times", 2.2, 2.2, "x")]),
    ("a 2.02 times throughput improvement", [("2.02 times", 2.02, 2.02, "x")]),
    ("memory is reduced by 3 times", [("3 times", 3, 3, "x")]),
    ("the performance improvement is significant (factor up to 38)", [("factor up to 38", 38, 38, "x")]),
    ("twice as fast", [("twice", 2, 2, "x")]),
    ("doubles throughput", [("doubles", 2, 2, "x")]),
    ("cuts training cost by half", [("half", 50, 50, "%")]),
    ("reduce memory usage by more than half", [("half", 50, 50, "%")]),
    # the other shares after "by" (Z391): a third, a quarter, two thirds; the "one" is no count of its own
    ("while reducing inference costs by one-third", [("one-third", 100 / 3, 100 / 3, "%")]),
    ("and the latency by a quarter", [("a quarter", 25, 25, "%")]),
    ("cuts energy by nearly two thirds", [("two thirds", 200 / 3, 200 / 3, "%")]),
    ("reduced by one third of the layers", [("one", 1, 1, None)]),  # a share of something: no change
    # "N times" before a comparison is a factor ("we run each experiment 3 times" counts runs)
    ("improve the efficiency 3-10 times comparing with SOTA", [("3-10 times", 3, 10, "x")]),
    ("improves the speed 5 times compared to SOTA", [("5 times", 5, 5, "x")]),
    ("it speeds up training twice.", [("twice", 2, 2, "x")]),
    # rates written out, and the units of supercomputers
    ("at over 20 frames per second", [("20 frames per second", 20, 20, "fps")]),
    # network rates, glued or spaced, in bits (Z174)
    ("over 500Mbps networks and 200Mb/s links at 10 Gbit/s", [("500Mbps", 500, 500, "mbps"),
                                                             ("200Mb/s", 200, 200, "mbps"), ("10 Gbit/s", 10, 10, "gbps")]),
    ("decompresses at 2.78 GiB/s", [("2.78 GiB/s", 2.78, 2.78, "gib/s")]),
    ("AERIS sustains 10.21 ExaFLOPS, or 684 PFlop/s", [("10.21 ExaFLOPS", 10.21, 10.21, "eflops"),
                                                       ("684 PFlop/s", 684, 684, "pflops")]),
    ("sustains 9 and 11 PFLOPs", [("9", 9, 9, "pflops"), ("11 PFLOPs", 11, 11, "pflops")]),
    # decimals joined by slashes share the sign after the last
    ("speeds up the inference 19.3/30.8/24.3/25.1 times compared to the diffusion model",
     [("19.3", 19.3, 19.3, "x"), ("30.8", 30.8, 30.8, "x"), ("24.3", 24.3, 24.3, "x"), ("25.1 times", 25.1, 25.1, "x")]),
    ("achieves 1.5/2.5% gains", [("1.5", 1.5, 1.5, "%"), ("2.5%", 2.5, 2.5, "%")]),
    ("StreamSpeech reaches 0.155 RTF", [("0.155 RTF", 0.155, 0.155, "rtf")]),
    ("more than half of the tokens", []),
    ("memory use is cut in half", [("in half", 2, 2, "x")]),
    # Z563: a bare number after a change of a speed said with "of" lost its "×"; a count or a score keeps its own
    ("CoStream achieves an improvement in throughput of up to 3, and a reduction", [("3", 3, 3, "x")]),
    ("an increase in inference speed of 2.4 over the baseline", [("2.4", 2.4, 2.4, "x")]),
    ("an improvement in throughput of 3 requests per second", [("3 requests per second", 3, 3, "requests/s")]),
    # Z558: "N times" right after a verb of change and its object is a factor; a count of rounds is not
    ("our proposed system reduces the data size 4250 times, while achieving", [("4250 times", 4250, 4250, "x")]),
    ("it speeds up training 3 times over the baseline", [("3 times", 3, 3, "x")]),
    ("we reduce the model size and repeat each experiment 3 times", []),
    ("we improve the model in each round 3 times", []),
    # Z572: "kb" in lower case (kilobytes, or a genome's kilobases) is a unit, not a bare number
    ("Evo generates sequences up to 650 kb in length", [("650 kb", 650, 650, "kb")]),
    # Z568: half of a unit of time is a span, not a halving
    ("embeds a graph with billions of edges in half an hour on a single machine", []),
    ("half precision and half of the layers", []),
    ("drops from 120 ms to 45 ms", [("120 ms", 120, 120, "ms"), ("45 ms", 45, 45, "ms")]),
    ("shrinks the model from 16 GB to 4 GB", [("16 GB", 16, 16, "gb"), ("4 GB", 4, 4, "gb")]),
    ("an order-of-magnitude improvement", [("an order-of-magnitude", 10, 10, "x")]),
    ("two orders of magnitude faster", [("two orders of magnitude", 100, 100, "x")]),
    ("by three to five orders of magnitude", [("three to five orders of magnitude", 1e3, 1e5, "x")]),
    ("2 orders of magnitude faster", [("2 orders of magnitude", 100, 100, "x")]),
    ("9999 orders of magnitude faster", [("9999", 9999, 9999, None)]),
    ("a 1-2 orders of magnitude speedup", [("1-2 orders of magnitude", 10, 100, "x")]),
    ("one or two orders of magnitude faster", [("one or two orders of magnitude", 10, 100, "x")]),
    ("more than a magnitude of improvements", [("a magnitude", 10, 10, "x")]),
    ("runs three times faster", [("three times", 3, 3, "x")]),
    ("a second scheduler, one that batches requests", []),
    ("Our approach is threefold: we prune, we quantize, we cache.", []),
    ("Our contributions are two-fold.", []),
    # ... and so does a spelled-out one before a noun that names no change
    ("it employs a two-fold first-in-last-out micro batch schedule to balance memory usage", []),
    ("a two-fold speedup and a threefold memory reduction", [("two-fold", 2, 2, "x"), ("threefold", 3, 3, "x")]),
    ("around twice the speed and half the memory cost", [("twice", 2, 2, "x"), ("half", 2, 2, "x")]),
    ("we achieve a factor two speed up", [("factor two", 2, 2, "x")]),
    # "triples" that names things is no multiplier; the verb is
    ("structured dialogue into compact semantic triples, and triples the throughput", [("triples", 3, 3, "x")]),
    # an ASCII asterisk for the sign, before a change only (after a score it marks a footnote)
    ("MTServe delivers up to 3.1* speedup while keeping 85.3* accuracy", [("3.1*", 3.1, 3.1, "x"), ("85.3", 85.3, 85.3, None)]),
    ("a key factor one should weigh", [("one", 1, 1, None)]),
    ("The end-to-end speedup is threefold.", [("threefold", 3, 3, "x")]),
    # a spelled factor restated by a number in brackets is one factor, the number's
    ("more than an order of magnitude ($11.1\\times$ faster)", [("11.1×", 11.1, 11.1, "x")]),
    ("twice (2.1x) as fast, and an order of magnitude faster (2 GPUs)",
     [("2.1x", 2.1, 2.1, "x"), ("an order of magnitude", 10, 10, "x"), ("2", 2, 2, None)]),
    # a version after a name written with a capital inside
    ("up to 1.3x over cuDNN 9.13 and 2.7x over Triton", [("1.3x", 1.3, 1.3, "x"), ("2.7x", 2.7, 2.7, "x")]),
    ("two caches, one which holds keys and one for values", [("two", 2, 2, None), ("one", 1, 1, None)]),
    ("a \u00d71.8 speedup over TGI", [("\u00d71.8", 1.8, 1.8, "x")]),
    ("decoding is (\u00d72.1) faster", [("\u00d72.1", 2.1, 2.1, "x")]),
    ("a $1 \\times 1$ patch and 3 \u00d7 3 kernels", [("3", 3, 3, None)]),
    ("1.8-times faster than TGI", [("1.8-times", 1.8, 1.8, "x")]),
    ("each trial is run 3-times", []),
    # title case: the factor words in any case
    ("Speeding Up Video Generation by 50-120 Times", [("50-120 Times", 50, 120, "x")]),
    ("A 12-Fold Reduction in Training Cost", [("12-Fold", 12, 12, "x")]),
    ("Our Kernel Runs 4 TIMES Faster", [("4 TIMES", 4, 4, "x")]),
    ("We Repeat Each Trial 5 Times", []),
    ("3-to-5x faster than PyTorch", [("3-to-5x", 3, 5, "x")]),
    ("reduces memory by a factor of two", [("factor of two", 2, 2, "x")]),
    # a sign of approximation between "factor of" and the number (Z564)
    ("can be accelerated by factors of ≈2–5 while preserving", [("factors of ≈2–5", 2, 5, "x")]),
    ("by a factor of ~3 on A100", [("factor of ~3", 3, 3, "x")]),
    ("an efficiency of 5.6TOPS/W", [("5.6TOPS/W", 5.6, 5.6, "tops/w")]),
    # a bare number before a comparative and the measure it compares lost its "×" (Z547, Z550); not a count
    ("delivering 4 faster inference on the H100 GPU", [("4", 4, 4, "x")]),
    ("show 119 higher throughput at 9740 lower latency compared with a GPU", [("119", 119, 119, "x"), ("9740", 9740, 9740, "x")]),
    # Z557: two words that say which measure
    ("a 51% lower memory footprint, and 4 higher effective training throughput while achieving",
     [("51%", 51, 51, "%"), ("4", 4, 4, "x")]),
    ("with 3 lower overall inference latency than a GPU", [("3", 3, 3, "x")]),
    ("the 2 lower latency variants", [("2", 2, 2, None)]),
    # "order-of-magnitude" with no count before what it multiplies (Z545)
    ("achieves order-of-magnitude improvements in runtime performance", [("order-of-magnitude", 10, 10, "x")]),
    ("the order-of-magnitude estimate", []),
    # a compression ratio written 1:N (Z537); a speedup's is not
    ("achieves a high compression ratio of 1:192, with", [("1:192", 192, 192, "x")]),
    ("a speedup ratio of 1:3", []),
    # a spelled multiple after "by", before its setting (Z540); not a count of repetitions
    ("reduces training time and memory by five times for CTR models", [("five times", 5, 5, "x")]),
    ("We run each experiment five times for robustness", [("five", 5, 5, None)]),
    # a list that leaves "times" to its last member: the earlier members are factors too, after a leader said
    # before the first ("by", "of"); with no leader the list counts runs
    ("It reduces memory usage by 2 and 3 times.", [("2", 2, 2, "x"), ("3 times", 3, 3, "x")]),
    ("speedups of 6, 8 and 10 times are achieved", [("6", 6, 6, "x"), ("8", 8, 8, "x"), ("10 times", 10, 10, "x")]),
    ("We ran it 2 and 3 times.", [("2", 2, 2, None)]),
    ("is two and three times faster than PyTorch", [("two", 2, 2, "x"), ("three times", 3, 3, "x")]),
    ("reduces memory by two, four and eight times, respectively",
     [("two", 2, 2, "x"), ("four", 4, 4, "x"), ("eight times", 8, 8, "x")]),
    ("We ran it two, four and eight times.", [("two", 2, 2, None), ("four", 4, 4, None), ("eight", 8, 8, None)]),
    ("Further speedups of six and ten times are achieved by packing user-defined types",
     [("six", 6, 6, "x"), ("ten times", 10, 10, "x")]),
    ("the results of runs repeated ten times were averaged", [("ten", 10, 10, None)]),
    # a bare speedup after "is", past the words that say of what (Z542)
    ("the speedup ratio of our method over the butterfly algorithm is about 2.49.", [("2.49", 2.49, 2.49, "x")]),
    # tokens per second per watt are tokens per joule (Z533)
    ("a power efficiency of 455 tokens/second/W", [("455 tokens/second/W", 455, 455, "tokens/j")]),
    ("reaching 32.5 tokens/s/W on the board", [("32.5 tokens/s/W", 32.5, 32.5, "tokens/j")]),
    ("up to 18 tokens per joule", [("18 tokens per joule", 18, 18, "tokens/j")]),
    ("239 GOPS/mm2 of area efficiency", [("239 GOPS/mm2", 239, 239, "gops/mm2")]),
    # percents and points
    ("reduces peak memory by 53%", [("53%", 53, 53, "%")]),
    ("a 9.3\\% performance improvement", [("9.3%", 9.3, 9.3, "%")]),
    ("an accuracy of $41.6\\%$", [("41.6%", 41.6, 41.6, "%")]),
    ("by 53 percent", [("53 percent", 53, 53, "%")]),
    ("by 15.1 percentage points", [("15.1 percentage points", 15.1, 15.1, "pp")]),
    ("by 33.06 absolute percentage points", [("33.06 absolute percentage points", 33.06, 33.06, "pp")]),
    # a percent sign touching the next number (a copy lost the space or the dash): two percentages
    ("by about 25.54%37.88% here", [("25.54%", 25.54, 25.54, "%"), ("37.88%", 37.88, 37.88, "%")]),
    # "point" naming a kind of thing is no percentage point
    ("runs 8 point cloud models and 5 point-sets", [("8", 8, 8, None), ("5", 5, 5, None)]),
    ("by 29.1 points", [("29.1 points", 29.1, 29.1, "pp")]),
    # ... nor after a magnitude: a count of data points (Z176)
    ("a 50M point simulation that handles 2.56B points", [("50M point", 5e7, 5e7, "points"),
                                                            ("2.56B points", 2.56e9, 2.56e9, "points")]),
    # magnitudes
    ("0.5B-72B parameters", [("0.5B-72B", 5e8, 7.2e10, None)]),
    ("a 13B model", [("13B", 1.3e10, 1.3e10, None)]),
    ("350M", [("350M", 3.5e8, 3.5e8, None)]),
    # a lower-case "b" or "m" before what it counts; elsewhere it is a unit of its own or a name
    ("up to 1.3b parameters, 350m-parameter models and 7b LLMs", [("1.3b", 1.3e9, 1.3e9, None), ("350m", 3.5e8, 3.5e8, None), ("7b", 7e9, 7e9, None)]),
    ("walks 350m in 5m with a 7b code", []),
    ("a 41 M parameter model, 7 B params and 128 K tokens", [("41 M", 4.1e7, 4.1e7, None), ("7 B", 7e9, 7e9, None), ("128 K", 128000, 128000, None)]),
    ("OLMoE-1B-7B (1.3 B active, 6.9 B total)", [("1.3 B", 1.3e9, 1.3e9, None), ("6.9 B", 6.9e9, 6.9e9, None)]),
    ("a 5 m total length", [("5", 5, 5, None)]),
    ("context lengths up to 1,900K", [("1,900K", 1.9e6, 1.9e6, None)]),
    ("128k tokens", [("128k", 1.28e5, 1.28e5, None)]),
    ("1T tokens", [("1T", 1e12, 1e12, None)]),
    ("16.8 billion parameters", [("16.8 billion", 1.68e10, 1.68e10, None)]),
    ("expanding its context window from 32K to 512K tokens", [("32K", 3.2e4, 3.2e4, None), ("512K", 5.12e5, 5.12e5, None)]),
    ("we extend the context length of Llama from 4K to 128K", [("4K", 4e3, 4e3, None), ("128K", 1.28e5, 1.28e5, None)]),
    ("models ranging from 1B to 70B parameters", [("1B to 70B", 1e9, 7e10, None)]),
    ("the 1.5B/70B draft/target model pair", [("1.5B", 1.5e9, 1.5e9, None), ("70B", 7e10, 7e10, None)]),
    ("32K/128K-token windows", [("32K", 3.2e4, 3.2e4, None), ("128K", 1.28e5, 1.28e5, None)]),
    ("at 3/4 of the cost", []),
    ("a 1-billion-parameter model", [("1-billion", 1e9, 1e9, None)]),
    ("$30M$ parameters", [("30M", 3e7, 3e7, None)]),
    # ranges
    ("1.03-2.4x end-to-end throughput", [("1.03-2.4x", 1.03, 2.4, "x")]),
    ("1.9x-2.7x faster prefill latency", [("1.9x-2.7x", 1.9, 2.7, "x")]),
    ("a 3-5% accuracy drop", [("3-5%", 3, 5, "%")]),
    ("4--5$\\times$ provable speedups", [("4--5×", 4, 5, "x")]),
    ("2.35times sim 3.47times", [("2.35× ~3.47×", 2.35, 3.47, "x")]),
    ("scales from 2 to 32 GPUs", [("2 to 32", 2, 32, None)]),
    ("between 1.4x and 2.0x", [("1.4x and 2.0x", 1.4, 2.0, "x")]),
    ("improves throughput by 84% - 96%", [("84% - 96%", 84, 96, "%")]),
    # the folds of a cross-validation named before it (Z441); a vague "a few hundred" (Z442)
    ("a rigorous 5-fold Leave-One-Session-Out (LOSO) cross-validation", [("5", 5, 5, None)]),
    ("only a few hundred tokens on several thousand GPUs", []),
    # a change is two values, not a range
    ("coverage rose from 23.2% to 71.3%", [("23.2%", 23.2, 23.2, "%"), ("71.3%", 71.3, 71.3, "%")]),
    # a half added to a spelled multiple (Z403); a year with a release letter is no size (Z401)
    ("runs one and a half times faster and two and a half times cheaper",
     [("one and a half times", 1.5, 1.5, "x"), ("two and a half times", 2.5, 2.5, "x")]),
    ("on RWTH-PHOENIX-Weather 2014T and 2T tokens", [("2T", 2e12, 2e12, None)]),
    # a second pair after a comma, or after a model name with dots in it (Z392)
    ("improves the success rate of Llama-3.1-8B from 4.8% to 42.4%, and from 6.1% to 43% for GLM-4-9B",
     [("4.8%", 4.8, 4.8, "%"), ("42.4%", 42.4, 42.4, "%"), ("6.1%", 6.1, 6.1, "%"), ("43%", 43, 43, "%")]),
    # ... or after the first pair's setting of up to eight words (Z617)
    ("with accuracy increasing from 37.3% to 38.5% for the Falcon2-11B model trained solely on Mathlib, and from 38.1% "
     "to 39.3% for the same model trained on a mix of rich datasets",
     [("37.3%", 37.3, 37.3, "%"), ("38.5%", 38.5, 38.5, "%"), ("38.1%", 38.1, 38.1, "%"), ("39.3%", 39.3, 39.3, "%")]),
    ("boosting the task success rate of Qwen-2.5-3B from 6.1% to 33.9% and Llama-3.1-8B from 8.5% to 44.8%",
     [("6.1%", 6.1, 6.1, "%"), ("33.9%", 33.9, 33.9, "%"), ("8.5%", 8.5, 8.5, "%"), ("44.8%", 44.8, 44.8, "%")]),
    ("ranging from 2% to 5% and 7x to 9x", [("2% to 5%", 2, 5, "%"), ("7x to 9x", 7, 9, "x")]),
    # lists stay separate quantities
    ("1.75x, 2.61x, 1.29x and 1.03x", [("1.75x", 1.75, 1.75, "x"), ("2.61x", 2.61, 2.61, "x"),
                                       ("1.29x", 1.29, 1.29, "x"), ("1.03x", 1.03, 1.03, "x")]),
    # a list of bare numbers shares the unit written after its last member
    ("reduces latency by 20 and 35%", [("20", 20, 20, "%"), ("35%", 35, 35, "%")]),
    ("1.5, 2.1, and 3.4x faster", [("1.5", 1.5, 1.5, "x"), ("2.1", 2.1, 2.1, "x"), ("3.4x", 3.4, 3.4, "x")]),
    ("by 2 and 4 orders of magnitude", [("2", 100, 100, "x"), ("4 orders of magnitude", 1e4, 1e4, "x")]),
    ("trained on 8 and 16 GPUs and 35% faster", [("8", 8, 8, None), ("16", 16, 16, None), ("35%", 35, 35, "%")]),
    ("scales 0.5 and 2x", [("0.5", 0.5, 0.5, None), ("2x", 2, 2, "x")]),
    # ... whatever its unit or magnitude ("and", commas, "or" or a spaced slash between the members)
    ("reach 54.7% and 56.5% AP at 124 and 78 FPS on an NVIDIA T4 GPU", [
        ("54.7%", 54.7, 54.7, "%"), ("56.5%", 56.5, 56.5, "%"), ("124", 124, 124, "fps"), ("78 FPS", 78, 78, "fps")]),
    ("achieves 53.0% AP at 124 / 78 FPS", [("53.0%", 53, 53, "%"), ("124", 124, 124, "fps"), ("78 FPS", 78, 78, "fps")]),
    ("latency drops to 3, 5, and 8 ms", [("3", 3, 3, "ms"), ("5", 5, 5, "ms"), ("8 ms", 8, 8, "ms")]),
    ("i.e., 7, 13, and 70 billion parameters", [("7", 7e9, 7e9, None), ("13", 13e9, 13e9, None),
                                               ("70 billion", 70e9, 70e9, None)]),
    ("runs on 8 GPUs and 35 ms per step", [("8", 8, 8, None), ("35 ms", 35, 35, "ms")]),
    # four digits between 1900 and 2099 are a year, unless they count something or size something
    ("scales up to 2048 GPUs", [("2048", 2048, 2048, None)]),
    ("a context length of 2048", [("2048", 2048, 2048, None)]),
    ("on 2048-token sequences", [("2048", 2048, 2048, None)]),
    # "-fold" after every number word
    ("by a thousandfold", [("thousandfold", 1000, 1000, "x")]),
    ("a millionfold reduction in simulation time", [("millionfold", 1e6, 1e6, "x")]),
    ("a thousand-fold speedup", [("thousand-fold", 1000, 1000, "x")]),
    # the factor sign said once, after the last member ("2- and 3-fold"); a bare number multiplied by
    ("2- and 3-fold, and 2-, 4-, or 8-times faster", [("2", 2, 2, "x"), ("3-fold", 3, 3, "x"), ("2", 2, 2, "x"), ("4", 4, 4, "x"), ("8-times", 8, 8, "x")]),
    ("a throughput multiplied by 13 and layers 3- and 4- stay", [("13", 13, 13, "x"), ("3", 3, 3, None), ("4", 4, 4, None)]),
    ("a twelve-fold speedup, a twenty-five-fold cut and a twelvefold saving",
     [("twelve-fold", 12, 12, "x"), ("twenty-five-fold", 25, 25, "x"), ("twelvefold", 12, 12, "x")]),
    ("twelve times faster, but we ran it twelve times", [("twelve times", 12, 12, "x"), ("twelve", 12, 12, None)]),
    # signed or bare decimals joined by a slash share the unit after the last one (an unsigned "1/2" is a fraction)
    ("achieving up to +3.7/+3.6 accuracy points and gains of +2.1/+3.4%",
     [("3.7", 3.7, 3.7, "pp"), ("3.6 accuracy points", 3.6, 3.6, "pp"), ("2.1", 2.1, 2.1, "%"), ("3.4%", 3.4, 3.4, "%")]),
    ("gains of 2.1/3.4 percentage points, a 1/2 split",
     [("2.1", 2.1, 2.1, "pp"), ("3.4 percentage points", 3.4, 3.4, "pp")]),
    # lower-case sizes in a range or list that ends in what they size
    ("models from 4m to 2.5B parameters, 30b/70b models and 30b and 70b models, a 5m/10m walk",
     [("4m to 2.5B", 4e6, 2.5e9, None), ("30b", 3e10, 3e10, None), ("70b", 7e10, 7e10, None),
      ("30b", 3e10, 3e10, None), ("70b", 7e10, 7e10, None)]),
    # a percent, then a size: a cut and what is left, no range; the folds of a validation are no factor
    ("the model size is reduced by 84% to 51K parameters, in 6-fold validation",
     [("84%", 84, 84, "%"), ("51K", 5.1e4, 5.1e4, None), ("6", 6, 6, None)]),
    # a change from one value to another, past a name with "@" ("its Pass@1 from 11% to 39%"); after a possessive
    # the words may name what a scaling study spans ("increase CellFoundation's parameters from 3M to 650M")
    ("increase its Pass@1 on the benchmark from 11% to 39%", [("11%", 11, 11, "%"), ("39%", 39, 39, "%")]),
    ("as we increase CellFoundation's parameters from 3M to 650M", [("3M to 650M", 3e6, 6.5e8, None)]),
    # hundreds said in words, as a factor and as a count (not "hundred times" alone: 100)
    ("our model is five hundred times faster than the solver",
     [("five hundred times", 500, 500, "x")]),
    ("fifteen hundred times faster on twelve hundred GPUs",
     [("fifteen hundred times", 1500, 1500, "x"), ("twelve hundred", 1200, 1200, None)]),
    ("one hundred and twenty times slower, and a five hundred-fold speedup",
     [("one hundred and twenty times", 120, 120, "x"), ("five hundred-fold", 500, 500, "x")]),
    ("using only five hundred data points from twenty-five datasets and two hundred thousand samples",
     [("five hundred", 500, 500, None), ("twenty-five", 25, 25, None), ("two hundred thousand", 2e5, 2e5, None)]),
    # "N times" before a participle that says the change
    ("5.29 times reduced memory footprint", [("5.29 times", 5.29, 5.29, "x")]),
    ("a speed-up ratio of up to 3.2", [("3.2", 3.2, 3.2, "x")]),
    ("an acceleration ratio of 1.8 on average", [("1.8", 1.8, 1.8, "x")]),
    # a dataset named between a number and its perplexity
    ("a loss of only 2.84 WikiText2 PPL", [("2.84 WikiText2 PPL", 2.84, 2.84, "ppl")]),
    ("5.47 C4 perplexity and 6.1 WikiText-2 perplexity",
     [("5.47 C4 perplexity", 5.47, 5.47, "ppl"), ("6.1 WikiText-2 perplexity", 6.1, 6.1, "ppl")]),
    ("uses 128 C4 samples for calibration", [("128", 128, 128, None)]),
    # a factor written with "x" before it; x86, x64 and PCIe x16 are names
    ("a speedup of x17.7 over the reference and up to x449", [("x17.7", 17.7, 17.7, "x"), ("x449", 449, 449, "x")]),
    ("runs on x86 CPUs and PCIe 4.0 x16 slots", []),
    # a factor before a comparison with a device class is no device count
    ("a mean speedup of 243x and 7.2x against CPU and GPU counterparts",
     [("243x", 243, 243, "x"), ("7.2x", 7.2, 7.2, "x")]),
    # other units as written
    ("13W", [("13W", 13, 13, "w")]),
    ("an 810GB model", [("810GB", 810, 810, "gb")]),
    ("for 16 hours", [("16 hours", 16, 16, "hours")]),
    ("more than 1,000 tokens/sec", [("1,000 tokens/sec", 1000, 1000, "tokens/s")]),
    ("0.2 PPL", [("0.2 PPL", 0.2, 0.2, "ppl")]),
    ("saves $1.2M", [("$1.2M", 1.2e6, 1.2e6, "$")]),
    ("reduce computation by sim75\\%", [("75%", 75, 75, "%")]),
    ("<!0.5% accuracy loss", [("0.5%", 0.5, 0.5, "%")]),
    # a character that lower-cases to two ("İ") must not shift the written-out quantities after it
    ("On İstanbul traffic data it is two times faster", [("two times", 2, 2, "x")]),
    # "No. 5" is a reference, a lower-case "no" before a size is not
    ("it needs no 70B teacher model", [("70B", 70e9, 70e9, None)]),
    # a number with decimals counts no repetitions
    ("1.30 times in long prefill", [("1.30 times", 1.3, 1.3, "x")]),
    ("a step takes 40s in total", [("40s", 40, 40, "s")]),
    # a range of times with decimals at its low end is a multiplier too
    ("cuts FLOPs 30.3-62 times on ViT", [("30.3-62 times", 30.3, 62, "x")]),
    # digit groups set apart by spaces before a factor sign (clean-up joins them)
    ("over 200 000x speed improvements", [("200,000x", 2e5, 2e5, "x")]),
    ("a 12\u2009500× gain", [("12,500×", 12500, 12500, "x")]),
    # a value and its spread: the value counts, in the unit written after the spread
    (r"a $1.24\pm0.53$\% gain", [("1.24±0.53%", 1.24, 1.24, "%")]),
    ("accuracy of 85.2 +/- 0.3%", [("85.2 +/- 0.3%", 85.2, 85.2, "%")]),
    ("2.1x ± 0.2x faster", [("2.1x ± 0.2x", 2.1, 2.1, "x")]),
    # percentage points written with the sign (Z579)
    ("improves accuracy by 6.5% points over", [("6.5% points", 6.5, 6.5, "pp")]),
    ("a gain of 3 %-points", [("3 %-points", 3, 3, "pp")]),
    # a bare number after "speedup of" and a sign of approximation (Z578)
    ("A speedup of ≈9 for the particle pusher kernel", [("9", 9, 9, "x")]),
    # the average said after a factor's peak, both bare in a copy that lost the "x" (Z584)
    ("a speedup of up to 132, averaging 25 across all datasets", [("132", 132, 132, "x"), ("25", 25, 25, "x")]),
    # a bracket ends the phrase of a measure after a bare number, as a comma does (Z589)
    ("up to 10 speedup (median 2.6)", [("10", 10, 10, "x"), ("2.6", 2.6, 2.6, "x")]),
    ("It delivers 4 faster inference (on average) than the baseline.", [("4", 4, 4, "x")]),
])
def test_quantities(text, expected):
    assert q(text) == expected


@pytest.mark.parametrize("text", [
    "In 2023, researchers", "(Hu et al., 2021)", "AlpacaEval 2.0", "Llama-3.1 models", "Claude 3.5 Sonnet",
    "the Llama 3.1 family", "(1) Token Elimination", "8-bit GaLore", "4 bits per element", "W4A4KV4", "INT8",
    "GPT-4o", "Table 3", "Figure 2", "NVIDIA 2:4 sparsity", "224x224 images", "$1 \\times 1$ patch size",
    "3D assets", "1e308x", "v1.5", "double buffering", "orders of magnitude", "a magnitude of the gradient",
    "A100 GPUs in 4x and 8x configurations", "we run each experiment 3 times", "before you can blink twice, it ends",
    "each sample is read twice per epoch", "we set a penalty factor of 2", "on the 1.5/2.0 versions", "in step 3", "Eq. 4",
    "model No. 5", "In 2023 the field changed", "released in 2024 models", "from 2019 to 2023",
    "1) better scaling and 2) lower latency",
    # a vague amount and a decade are no seconds
    "checkpoints take 100s of GB", "jobs span 1000s of GPUs", "since the 2010s",
    # nothing is multiplied by zero
    "a 0x prefix", "the 000x tail",
    # a version glued to a name after "++"
    "CUDASW++4.0 gains speed", "written in C++17",
    # a measure called a factor multiplies nothing
    "at a real-time factor of 0.3", "a real time factor of 104.3", "in a form factor of 2",
])
def test_not_quantities(text):
    assert q(text) == []


def test_a_number_too_long_for_an_int_after_x_is_read_without_error():
    # "x" + 5,000 digits: Python refuses int() of a string over 4,300 digits; the reader must not try, and a
    # value too large for a float is no quantity
    assert find_quantities("a x" + "9" * 5000 + " speedup") == []
