"""Clean-up of LaTeX leftovers, entities and odd spaces, with offsets mapped back to the original."""

from __future__ import annotations

import pytest

from extractor.cleanup import clean


@pytest.mark.parametrize("original, cleaned", [
    (r"up to 2.4\times speedup", "up to 2.4× speedup"),
    (r"achieves 2.4$\times$ faster and 16$\times$ less", "achieves 2.4× faster and 16× less"),
    (r"a 50\% reduction", "a 50% reduction"),
    (r"an accuracy of $41.6\%$", "an accuracy of 41.6%"),
    (r"$1.6- 16.3\times$ speedup", "1.6- 16.3× speedup"),
    (r"$30M$ parameters", "30M parameters"),
    (r"12$-$48$\times$ faster, but prices of $5 - $10", "12-48× faster, but prices of $5 - $10"),
    ("speeds up convolutions by 2.2times, and", "speeds up convolutions by 2.2×, and"),
    (r"a 42.3$times$ speedup in runtime", "a 42.3× speedup in runtime"),  # the backslash lost
    (r"up to 8.6×\mathbf{8.6\times} faster and 45%\textbf{45\%} less", "up to 8.6× faster and 45% less"),  # bold echo
    ("a single 8timesA800 GPU", "a single 8×A800 GPU"),
    # "\times" whose "\t" a JSON copy read as a tab (Z500), and a word glued to a factor's "x" (Z501)
    ("up to \\(1.57\times\\) higher MFU, a\ttab", "up to 1.57× higher MFU, a tab"),
    ("a speedup factor of 2.3xfor SD v1.5 and 4.1xfor LDM, 2xon A100; 3xinference",
     "a speedup factor of 2.3x for SD v1.5 and 4.1x for LDM, 2x on A100; 3xinference"),
    # a MathML copy whose first rendering lost the relation before the number (Z494): the relation comes back
    (r"with a 12×\geq 12\times≥ 12 × cut in latency and 2.5×\sim 2.5\times∼ 2.5 × less memory; 3×\geq 10\times≥ 10 ×",
     "with a ≥12× cut in latency and ~2.5× less memory; 3×≥ 10×≥ 10 ×"),
    # MathJax's \unicode macro is the character it names (Z489: "x2014" read as a factor); a decimal comma inside a
    # bold group (Z490)
    (r"runs at 0.11s/token\\(\unicode\{x2014\}\\)half as slow; \unicode{8211} and \unicode{xD800}",
     "runs at 0.11s/token—half as slow; – and \\unicode{xD800}"),
    (r"up to \textbf{6}x lower latency and \textbf{5,7}x higher throughput",
     "up to 6x lower latency and 5.7x higher throughput"),
    # LaTeX whose backslashes a Markdown source doubled (Z481): "\\(1.42 \\times\\)" is "\(1.42 \times\)"
    (r"a \\(1.42 \\times\\) cut in latency, 30\\% less memory", "a 1.42 × cut in latency, 30% less memory"),
    # an echo with a thin space before its LaTeX sign (arXiv's HTML pages): the copy goes, not read as "7.3 × 7.3"
    (r"up to 7.3 ×7.3\text{\,}\times performance speedup and 3.6 ×3.6\text{\,}\times energy improvement",
     "up to 7.3 × performance speedup and 3.6 × energy improvement"),
    (r"a speedup of 2.46×2.46\,\times over", "a speedup of 2.46× over"),
    # entities that lost their "&#" in a site's copies (Z546, Z481): a percent after digits, a hyphen between letters
    ("saves 42.537; of training costs, the KV cache by 93.337;, and (20-9037;)", "saves 42.5% of training costs, the KV cache by 93.3%, and (20-90%)"),
    ("LoRA by over 1037;-3537; on the Mixture45;of45;Experts model", "LoRA by over 10%-35% on the Mixture-of-Experts model"),
    ("room 45;B and 137 ;x", "room 45;B and 137 ;x"),
    # a "\times" whose "\t" a JSON copy read as a tab and the tab then as a space (Z551); no number, no sign
    ("by a drastic $6.71 imes$ over 3D-GS, with $10.6 imes$ fewer primitives", "by a drastic 6.71× over 3D-GS, with 10.6× fewer primitives"),
    ("the $ imes$ sign", "the $ imes$ sign"),
    # a PDF copy's "×" (Z419), and digit groups set apart by thin spaces (Z416); not an arrow after a word
    ("a 72.7⇥ better energy metric, 3 ⇥ more", "a 72.7× better energy metric, 3 × more"),
    ("press Tab ⇥ to indent", "press Tab ⇥ to indent"),
    ("an enrichment factor of 12\u2009000 and 1\u202f234\u202f567 rows", "an enrichment factor of 12,000 and 1,234,567 rows"),
    ("of 12\u20090001 rows", "of 12 0001 rows"),
    # round thousands set apart by plain spaces (Z431); a space list of numbers stays
    ("a speed-up of 1 000 on 500 000 examples and 1 000 000 rows", "a speed-up of 1,000 on 500,000 examples and 1,000,000 rows"),
    ("batch sizes 64 128 256 and 8 000 0001", "batch sizes 64 128 256 and 8,000 0001"),
    # citations and cross-references carry no words of the sentence
    (r"compared to the original \cite{kerbl2023} implementation", "compared to the original implementation"),
    (r"faster than FlashAttention~\citep{dao2022} on H100", "faster than FlashAttention on H100"),
    (r"than vLLM\citet[p.~4]{kwon2023}. As Fig.~\ref{fig:speed} shows", "than vLLM. As Fig. shows"),
    # siunitx quantities read as written in plain text
    (r"at \SI{490}{\micro\joule \per Token} and \SI{340}{Token \per \second}", "at 490 µJ/Token and 340 Token/s"),
    (r"cuts energy by \SI{20}{\percent} with \SIrange{2}{3}{\giga\byte} and \num{1200} runs",
     "cuts energy by 20% with 2-3 GB and 1200 runs"),
    # thousands set apart by (thin) spaces before a factor or percent sign
    ("over 200 000x faster and 12\u2009500 % more", "over 200,000x faster and 12,500 % more"),
    ("batch sizes 8 128 256 and 1 024 tokens", "batch sizes 8 128 256 and 1 024 tokens"),
    # an escaped dollar inside math mode is a dollar sign, not the end of the formula
    (r"costs $\$5.6$ against $\$43.7$", "costs $5.6 against $43.7"),
    # markdown emphasis around a number (OpenReview copies)
    (r"up to *9.1*$\times$ speedup and **40%** less memory", "up to 9.1× speedup and 40% less memory"),
    ("a*b*c and 2*3*4 and x * 5 * y", "a*b*c and 2*3*4 and x * 5 * y"),
    ("2.35times sim 3.47times", "2.35× ~3.47×"),
    (r"reduce computation by sim75\%", "reduce computation by ~75%"),
    ("<!0.5% accuracy loss", "<0.5% accuracy loss"),
    (r"with $<$0.2\% error", "with <0.2% error"),
    (r"reduces memory by $>10$% compared to MeZO", "reduces memory by >10% compared to MeZO"),
    (r"with $<5$% loss", "with <5% loss"),
    # LaTeX's old font encoding prints "<" and ">" in running text as "¡" and "¿"
    ("a false-alarm rate of ¡10% per hour", "a false-alarm rate of <10% per hour"),
    ("¡Hola! 3 veces", "¡Hola! 3 veces"),
    (r"$>$90\% of the requests", ">90% of the requests"),
    (r"it costs $5 < $10 per run", "it costs $5 < $10 per run"),
    ("<=20B active parameters", "≤20B active parameters"),
    (r"\(\leq\)5\% throughput cost", "≤5% throughput cost"),
    (r"M\'elange derives", "Mélange derives"),
    (r"\textbf{SpecActor} is fast", "SpecActor is fast"),
    # LaTeX's font switches inside their group
    (r"+19.2\% over {\it cuBLAS} and {\bf 2.1$\times$} faster than {\itshape torch.matmul}",
     "+19.2% over cuBLAS and 2.1× faster than torch.matmul"),
    (r"We attain \textbf{4.5$\times$} faster decoding", "We attain 4.5× faster decoding"),
    # (a space before the group, as some copies write it: Z349)
    (r"showed up to \mathbf {4.5\times} more operations", "showed up to 4.5× more operations"),
    ("1{,}000 tokens", "1,000 tokens"),
    ("Table~1 shows", "Table 1 shows"),
    ("models leq 4B and geq0.5% gains", "models ≤4B and ≥0.5% gains"),
    ("the sequence length and the leq function", "the sequence length and the leq function"),
    ("A &amp; B, 3&#215; faster", "A & B, 3× faster"),
    ("two\u00a0\u00a0spaces and\u2009thin", "two spaces and thin"),
    ("zero\u200bwidth and \u202eRTL", "zerowidth and RTL"),
    ("Intel® Xeon® CPUs and NVIDIA™ GPUs ©2024", "Intel Xeon CPUs and NVIDIA GPUs 2024"),
    ("a 10\u201320\u2212fold gain", "a 10\u201320-fold gain"),
    ("we run each experiment 3 times", "we run each experiment 3 times"),
    # a sign glued to the next word by a PDF copy; a product code or a dimension stays glued
    ("trains 12 ×larger models, 3.1×faster", "trains 12 × larger models, 3.1× faster"),
    ("on 8×H100 with 3×3 kernels and 2×bf16", "on 8×H100 with 3×3 kernels and 2×bf16"),
    # a word glued to the number after it, or a comparative to the number before it; names with digits stay
    ("cuts memory by6× and is accurate on97.5% of cases", "cuts memory by 6× and is accurate on 97.5% of cases"),
    ("31% faster than A or58% faster than B and12% smaller", "31% faster than A or 58% faster than B and 12% smaller"),
    ("up to 2.6higher throughput and 1.9xfaster decoding", "up to 2.6 higher throughput and 1.9x faster decoding"),
    ("fp16, int8, top5 and Llama2 with 4090s more", "fp16, int8, top5 and Llama2 with 4090s more"),
    # ... and "percent" glued to the number before it (Z606); a word that only starts with it stays
    ("by up to 5.1percentage points (pp) and 2.6pp, and 10percent more", "by up to 5.1 percentage points (pp) and 2.6pp, and 10 percent more"),
    ("the 5percentages and v2percentile", "the 5percentages and v2percentile"),
    # a decimal comma before a factor or percent sign (one or two digits after it; a thousands separator has
    # three); a list of numbers stays
    ("and 1,4x, 3.2x, 1193x energy savings", "and 1.4x, 3.2x, 1193x energy savings"),
    ("a 2,5-fold cut, 12,75 % fewer and 3,1times", "a 2.5-fold cut, 12.75 % fewer and 3.1×"),
    ("a 2,000-fold cut, 1,000x, 1,2,4x, 12,5xyz and layers 3,4 stay",
     "a 2,000-fold cut, 1,000x, 1,2,4x, 12,5xyz and layers 3,4 stay"),
    # a web copy of a rendered formula: the sign, the TeX source and a spaced fallback, one after another
    (r"up to 2.75×2.75\times2.75 × faster", "up to 2.75× faster"),
    (r"and 1.9××1.9\texttimes\times1.9 × × on", "and 1.9× on"),
    (r"by 3.1×\times to 4.0×\times", "by 3.1× to 4.0×"),
    (r"cuts loss by 21.5%21.5\% and", "cuts loss by 21.5% and"),
    (r"from 12.5%2.5\% on", "from 12.5%2.5% on"),
    (r"a 4×\% mix", "a 4×% mix"),
    (r"a 1,234×1,234\times1,234 × gain", "a 1,234× gain"),
    (r"up to 2.28 ×2.28\times2.28 × faster", "up to 2.28 × faster"),
    # MathML copies: a percent with its name, the number twice, the TeX and the rendering; a pair in TeX after
    # the rendered pair
    (r"by up to 34.5%percent34.534.5\%34.5 % over", "by up to 34.5% over"),
    # ... and names "∼" before its TeX: "similar-to\sim"
    (r"FALO achieves 1.6similar-to\sim9.8×\times× speedup", "FALO achieves 1.6~9.8× speedup"),
    (r"reduces latency by similar-to\sim40%, similar to prior work", "reduces latency by ~40%, similar to prior work"),
    (r"up to 82×/3.6×82\times/3.6\times for", "up to 82×/3.6× for"),
    (r"by 30%/20%30\%/20\% respectively", "by 30%/20% respectively"),
    (r"by 3%/4%9\%/9\% here", "by 3%/4%9%/9% here"),
    ("5%percent6 stays", "5%percent6 stays"),
    # a percent sign glued to the next word (Z444); "%p" (points) stays
    ("by 16.7%and by 10.6%over X, a 23.88%p gain, the 95%ile time", "by 16.7% and by 10.6% over X, a 23.88%p gain, the 95%ile time"),
    (r"a 7.1×\textbf{7.1}\times7.1 × speedup", "a 7.1× speedup"),
    # a dash written as a hyphen before a factor and its comparative, or before "while" (Z456); a range of
    # factors, a model's name and a variant stay
    ("on an A100 GPU-15x faster than LLM-based baselines-while achieving",
     "on an A100 GPU 15x faster than LLM-based baselines while achieving"),
    ("a 1.9x-2.7x faster prefill, 3-to-5x faster, ResNet-50, GPT-4x and BERT-2x-large",
     "a 1.9x-2.7x faster prefill, 3-to-5x faster, ResNet-50, GPT-4x and BERT-2x-large"),
    # MathML copies that repeat the number itself (only numbers with decimals: no number repeats them)
    ("by up to 87.387.387.387.3% while", "by up to 87.3% while"),
    ("a 3.43.4× speedup", "a 3.4× speedup"),
    ("version 1.2.3 with 12.5% and 1212% stays", "version 1.2.3 with 12.5% and 1212% stays"),
    ("plain text stays as it is.", "plain text stays as it is."),
    # HTML tags of a web copy go (Z564): their ">" is no bound; a line break keeps words apart
    ("<em>all combinations of</em> three optimizers", "all combinations of three optimizers"),
    ("a <b>2.5x</b> speedup.<br>It is 3x faster.<br/> Done", "a 2.5x speedup. It is 3x faster. Done"),
    ("latency < 5 ms and a <10% drop", "latency < 5 ms and a <10% drop"),
    # a web copy of a rendered range echoes it in LaTeX (Z554)
    ("performing 20−100×20-100\\times faster", "performing 20-100× faster"),
    # a "\\times" that lost its backslash inside the math (Z581); a PDF copy's digits set apart in math mode,
    # where TeX ignores the spaces (Z583), but not two numbers that a dropped macro parts
    ("achieves a $2times$ improvement", "achieves a 2× improvement"),
    ("has a $1 0 0 \\%$ win rate and a $2 . 5 \\times$ speedup", "has a 100 % win rate and a 2.5 × speedup"),
    ("runs $10 \\cdot 5$ steps", "runs 10 ·5 steps"),
    # markdown bold words (Z590) and a vendor glued to its model (Z587); "2**3" stays
    ("over the **best-performing** alternative, not 2**3", "over the best-performing alternative, not 2**3"),
    ("on NvidiaV100 GPU and NVIDIAA100, not NVIDIA-smi", "on Nvidia V100 GPU and NVIDIA A100, not NVIDIA-smi"),
    # a MathML copy repeats a size too (Z586)
    ("from 2.72.72.72.7B to 32.832.832.832.8B parameters", "from 2.7B to 32.8B parameters"),
    # a number in math glued to the words around it (Z600), but not to a name ("GPT$4$o")
    ("by 50% and$2 \\times $throughput improvement", "by 50% and 2 × throughput improvement"),
    ("GPT$4$o", "GPT4o"),
    # a lost "&#45;" between a name and its size, or a size's parts (Z599)
    ("Mistral45;7B and Llama45;245;7B", "Mistral-7B and Llama-2-7B"),
])
def test_clean_text(original, cleaned):
    assert clean(original).text == cleaned


@pytest.mark.parametrize("original, clean_piece, original_piece", [
    (r"up to 2.4\times speedup", "2.4×", r"2.4\times"),
    (r"achieves 2.4$\times$ faster", "2.4×", r"2.4$\times$"),
    (r"a 50\% reduction by sim75\%", "75%", r"75\%"),
    (r"an accuracy of $41.6\%$ on X", "41.6%", r"$41.6\%$"),
    ("by 2.2times, and", "2.2×", "2.2times"),
    (r"M\'elange derives 8.2x", "8.2x", "8.2x"),
    ("A &amp; B 3&#215;", "3×", "3&#215;"),
    # a claim inside a \textbf{...} group keeps its own span, not the whole group's
    (r"It is \textbf{8.7$\times$ faster than AR and 2.5$\times$ faster than EAGLE} on A100", "2.5×", r"2.5$\times$"),
    (r"the \textsc{Critique-Coder-8B} model", "Critique-Coder-8B", "Critique-Coder-8B"),
    # the echoes of a rendered formula belong to the claim's text
    (r"up to 2.75×2.75\times2.75 × faster", "2.75×", r"2.75×2.75\times2.75 ×"),
    (r"cuts loss by 21.5%21.5\% and", "21.5%", r"21.5%21.5\%"),
])
def test_spans_map_back_to_the_original(original, clean_piece, original_piece):
    c = clean(original)
    start = c.text.index(clean_piece)
    s, e = c.original_span(start, start + len(clean_piece))
    assert original[s:e] == original_piece


def test_text_without_anything_to_clean_is_returned_as_is():
    c = clean("Nothing to do here: 8.2x faster.")
    assert c.text == c.original and c.segments == []
    assert c.original_span(20, 24) == (20, 24)
