"""The sentence splitter, one row per real-world string: the title line, then the abstract's sentences."""

import pytest

from extractor.sentences import split_sentences


@pytest.mark.parametrize("abstract, sentences", [
    ("It is 2.4x faster. It uses 30% less memory.", ["It is 2.4x faster.", "It uses 30% less memory."]),
    # abbreviations, initials and decimals end no sentence
    ("Prior work (e.g. FlashAttention, Dao et al. 2022) is slower. Ours is not.",
     ["Prior work (e.g. FlashAttention, Dao et al. 2022) is slower.", "Ours is not."]),
    ("As J. Smith showed in Fig. 3, it runs at 1.5 GHz. It scales.",
     ["As J. Smith showed in Fig. 3, it runs at 1.5 GHz.", "It scales."]),
    ("Is it faster? Yes! By 3x.", ["Is it faster?", "Yes!", "By 3x."]),
    # ... but an abbreviation with a stop of its own does (Z356)
    ("We serve LLaMA-2-70B, Mixtral 8x7B, etc.. With real workloads, it gives 1.91x more throughput.",
     ["We serve LLaMA-2-70B, Mixtral 8x7B, etc..", "With real workloads, it gives 1.91x more throughput."]),
    # a stop that lost its space before a capitalised word ends a sentence ...
    ("Addax runs 30x faster than MeZO on one A100 GPU.Moreover, it beats SGD and Adam.",
     ["Addax runs 30x faster than MeZO on one A100 GPU.", "Moreover, it beats SGD and Adam."]),
    ("It gains 95%.Further, it wins.", ["It gains 95%.", "Further, it wins."]),
    ("It runs DeepSeek-R1-Distill-Qwen.We find 2x gains.", ["It runs DeepSeek-R1-Distill-Qwen.", "We find 2x gains."]),  # Z364
    # ... but names with dots, glued abbreviations and dotted initials do not
    ("We use Node.js and ASP.NET with e.g.Transformers in the U.S.Army.",
     ["We use Node.js and ASP.NET with e.g.Transformers in the U.S.Army."]),
])
def test_sentences(abstract, sentences):
    text = "A Title\n" + abstract
    assert [text[a:b] for a, b in split_sentences(text)] == ["A Title", *sentences]
