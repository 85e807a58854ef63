"""Text clean-up with an offset map back to the original document.

Abstracts arrive with LaTeX leftovers (``2.4\\times``, ``0.07\\%``,
``$41.6\\%$``, ``sim75\\%`` where a scraper ate the backslash), HTML
entities and odd Unicode spaces.  :func:`clean` rewrites them into one plain
form the number grammar understands (``2.4×``, ``0.07%``, ``~75%``) and keeps
a map so every span found in the clean text points back at the exact
characters of the original document (spec section 4: ``text``, ``start``,
``end``).
"""

from __future__ import annotations

import html
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

import re

# Replacements for LaTeX macros inside or outside math mode.
_MACROS = {
    "times": "×", "sim": "~", "thicksim": "~", "approx": "≈", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
    "lt": "<", "gt": ">", "pm": "±", "cdot": "·", "%": "%", "&": "&", "$": "$", "#": "#", "_": "_",
    "ll": "≪", "gg": "≫", "to": "→", "rightarrow": "→", "infty": "∞", "mu": "µ",
}
_TEXT_COMMANDS = (
    "textbf|textit|texttt|textsc|textrm|textsf|emph|underline|mathbf|mathrm|mathit|mathsf|mathtt|"
    "mathcal|mathbb|text|operatorname|boldsymbol|bm|textcolor\\{[^{}]*\\}|href\\{[^{}]*\\}"
)
#: LaTeX's font switches, written inside the group they style: "{\\it torch.matmul}", "{\\bf 2.1x}"
_FONT_SWITCHES = "it|bf|em|tt|sc|rm|sf|sl|itshape|bfseries|ttfamily|scshape|upshape"
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b"}
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\f\v"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\ufeff" \
    "\u00ae\u2122\u00a9"  # (and the trademark signs: "Intel® Xeon® Gold 6538N" is "Intel Xeon Gold 6538N")

#: short words a PDF copy glues to the number after them ("by4-8x", "on99.2%", "or101% faster")
_GLUED_WORDS = ("by", "to", "on", "of", "at", "or", "and", "than", "over")
#: comparatives a PDF copy glues to the number before them ("up to 3.3higher throughput", "2.1xfaster")
_GLUED_COMPARATIVES = r"(?:higher|lower|faster|slower|less|more|fewer|larger|smaller|better|longer|shorter|cheaper)"
#: ... and the words after a number a copy glues to it: those comparatives, and "percent" ("5.1percentage points")
_GLUED_NEXT_WORDS = r"(?:" + _GLUED_COMPARATIVES + r"|percent|percentage)"
#: ... and the words that follow a factor, glued to its "x" by a copy: "a speedup factor of 2.3xfor Stable Diffusion"
_WORDS_AFTER_FACTOR = r"(?:for|on|over|than|in|with|compared|across|at|and|when|while)"

#: a dash written as a hyphen between words, before a factor and its comparative or before the clause it opens
#: ("on an A100 GPU-15x faster than LLM-based baselines-while achieving ..."; after a word of two letters at
#: least, and not "to" or "or": "1.9x-2.7x faster" and "3-to-5x faster" are ranges)
#: (the hyphen first: a pattern that opens with a look-behind is tried at every character, 150 µs an abstract)
_DASH_GLUED = (r"-(?:(?<=[^\W\d_]{2}-)(?<!\bto-)(?<!\bor-)(?=\d+(?:\.\d+)?[x×X]\ " + _GLUED_COMPARATIVES + r"\b)"
               r"|(?<=[a-z]-)(?=(?:while|whereas)\ ))")

#: after a decimal comma: one or two digits and a factor or percent sign ("1,4x", "2,5-fold", "3,7 %"); a
#: thousands separator has three digits after it
_DECIMAL_COMMA_AFTER = r"\d{1,2}\}?\s?(?:[x×X%]|-?fold|times)(?![^\W\d_])"  # ("\textbf{5,7}x")

#: digit groups set apart by spaces before a factor or percent sign: "over 200 000x", "12 500 %" (a
#: space-separated list of numbers has no sign right after its last one)
_GROUP_SPACE = "[ \u00a0\u2009\u202f]"
_SPACED_GROUPS = (r"(?:" + _GROUP_SPACE + r"\d{3})+(?![\d.,]?\d)(?=\s?(?:[x×X%]|-?fold|times)(?![^\W\d_]))")
#: (a thin space between digit groups is the SI thousands separator, whatever follows: "an enrichment factor
#: of 12\u2009000")
_THIN_GROUPS = r"(?:[\u2009\u202f]\d{3})+(?![\d.,]?\d)"
#: (and round thousands set apart by plain spaces: "a speed-up of 1 000", "500 000 examples"; not "64 128 256")
_ZERO_GROUPS = r"(?:[ \u00a0]000)+(?![\d.,]?\d)"
_SPACED_THOUSANDS = r"(?<![\d.,])\d{1,3}(?:" + _SPACED_GROUPS + "|" + _THIN_GROUPS + "|" + _ZERO_GROUPS + ")"
#: siunitx unit macros, and how they are written in plain text
_SI_UNITS = {
    "kilo": "k", "mega": "M", "giga": "G", "tera": "T", "peta": "P", "milli": "m", "micro": "µ", "nano": "n",
    "joule": "J", "watt": "W", "second": "s", "hour": "h", "minute": "min", "byte": "B", "bit": "b",
    "hertz": "Hz", "metre": "m", "meter": "m", "gram": "g", "volt": "V", "ampere": "A", "percent": "%",
    "square": "", "squared": "²", "cubed": "³", "per": "/",
}
_SI_MACRO = re.compile(r"\\([A-Za-z]+)\s*")

_PATTERN = re.compile(
    r"""
    # every alternative starts at one of these characters: other positions fail at once
    (?=[\\$&~<>{%*\u0080-\uffff\t\r\f\v]|\ \ |times|sim|[lg]eq|\d|,\d|-|(?<=vidia|VIDIA)[A-Z]|""" + _GLUED_NEXT_WORDS + "|" + _WORDS_AFTER_FACTOR + r""")
    (?:
    # a MathML copy that repeats the number itself: "94.694.694.694.6%" (only with decimals, which no
    # number repeats; found by _REPEATED_DECIMAL)
    (?P<repeat>(?P<rep_num>\d{1,4}\.\d{1,4})(?P=rep_num){1,3}(?=\s?[%×]|[KMBT](?![^\W\d_])))  # (or a size: "2.72.72.72.7B")
  |
    # a copy that lost the "&#" of its entities: "saves 42.537; of training costs" (42.5%, "&#37;"),
    # "Mixture45;of45;Experts", "Llama45;245;7B" ("&#45;", a hyphen)
    (?P<entity_digits>(?<=\d)37;(?=[\s)\]\-–.,;:]|$)|(?<=[^\W_])45;(?=[^\W_]))
  |
    # a pair written the LaTeX way right after the rendered one: "82×/3.6×82\times/3.6\times",
    # "30%/20%30\%/20\%" (the LaTeX copy goes)
    (?P<pair_echo>(?P<pair_sign>[×%])(?P<pair_tex>\d[\d.,]*\\(?:times|%)(?:/\d[\d.,]*\\(?:times|%))+))
  |
    # a web copy of a rendered formula gives it up to three times, "2.28×2.28\times2.28 ×",
    # "34.6%34.6\%", "2.46×\times": the echoes after the first sign go (the number before it is checked;
    # a thin space may stand before the LaTeX sign: "7.3 ×7.3\text{\,}\times")
    (?P<echo>(?P<echo_sign>×{1,2}|%)(?P<echo_bf>\\(?:textbf|mathbf|bm|boldsymbol)\{)?(?P<echo_num>\d[\d.,]*(?:-{1,2}\d[\d.,]*)?)?
             (?(echo_bf)\})(?:\\text\{\\[,;:!]\}|\\[,;:!])?\\(?P<echo_macro>texttimes|times|%)(?:\\times)?
             (?(echo_num)(?:(?P=echo_num)\ ?×(?:\ ?×)?)?|(?:(?<=times)×)?))  # "5.8×\times×": three copies of one sign
  |
    # ... with a relation before the number, which the first rendering lost: "10×\geq 10\times≥ 10 ×" (the match
    # starts at the first sign; the number before it is taken into the replacement, "≥10×")
    (?P<rel_echo>×\\(?P<rel>geq|leq|ge|le|approx|sim)\ ?(?P<rel_num>\d[\d.,]*)\\times\ ?[≥≤≈∼~]\ ?(?P=rel_num)\ ?×)
  |
    # ... or the bold LaTeX after the rendering: "8.6×\mathbf{8.6\times} faster"
    (?P<bf_echo>(?P<bf_sign>[×%])\\(?:textbf|mathbf|bm|boldsymbol)\{(?P<bf_num>\d[\d.,]*)\\(?P<bf_macro>times|%)\})
  |
    # ... MathML gives a percent as "34.5%percent34.534.5\%34.5 %" (sign, its name, the number twice, the
    # LaTeX, the rendering)
    (?P<pct_echo>%percent(?P<pct_num>\d[\d.,]*?)(?P=pct_num)\\%(?:(?P=pct_num)\ ?%)?)
  |
    (?P<math>\$(?P<math_inner>(?=[^$\n]{0,80}?[\\^_{}])(?:\\\$|[^$\n]){1,80}?|\s?(?:[<>~≈≤≥]=?\s?)?[-+]?[\d.,]+[KMBT]?\s?(?:\\?%|×|[xX](?![^\W_])|t?imes(?![^\W_]))?\s?|\s?[<>~≈≤≥]=?\s?|\s?[-–]\s?)\$)  # $\times$, $41.6\%$, $1.3×$, $29.6x$, $2times$, $30M$, $<$
  | (?P<siunitx>\\(?:SI|qty)\{(?P<si_num>[^{}]*)\}\{(?P<si_unit>[^{}]*)\}      # \SI{490}{\micro\joule} -> 490 µJ
      | \\(?:SIrange|qtyrange)\{(?P<si_low>[^{}]*)\}\{(?P<si_high>[^{}]*)\}\{(?P<si_range_unit>[^{}]*)\}
      | \\(?:num|si|unit)\{(?P<si_only>[^{}]*)\})
  | (?P<cite>~?\\(?:cite[a-z]*|[cC]?ref|eqref|autoref)\*?(?:\[[^\]\n]*\]){0,2}\{[^{}\n]*\}\ ?)  # \cite{x} -> (none)
  | (?P<text_cmd>(?:\\(?:""" + _TEXT_COMMANDS + r""")\s?\{|\{\\(?:""" + _FONT_SWITCHES + r""")\s+)(?P<text_arg>[^{}]*)\})  # \textbf{X}, {\it X} -> X
  | (?P<md_emph>(?<![\w*])(?P<md_mark>\*\*?)(?P<md_inner>[<>~≈]?\d[\d.,]*(?:\s?(?:%|×|x|X|\\%|\\times))?)(?P=md_mark)(?![\w*]))  # *9.1*x -> 9.1x
  | (?P<md_bold>(?<![\w*])\*\*(?P<md_bold_inner>[^\s*][^*\n]{0,78}?)\*\*(?![\w*]))   # **best-performing** -> best-performing
  | (?P<accent>\{?\\(?P<accent_mark>['`^"~=.]|[cvuH](?=\{))\{?(?P<accent_base>[^\W\d_])\}?\}?)  # \'e -> é
  | (?P<thousands>(?<=\d)(?:\{,\}|\\,)(?=\d{3}))                              # 1{,}000 -> 1,000
  | (?P<unicode>\\\\?unicode\\?\{(?:[xX](?P<u_hex>[0-9A-Fa-f]{2,6})|(?P<u_dec>\d{2,7}))\\?\})      # \unicode{x2014} -> —
  | (?P<macro>\\\\?(?P<macro_name>[A-Za-z]+|[%&$#_])(?:\{\})?)                # \times, \% (or \\times: Markdown)
  | (?P<thin>\\[,;:!](?!\d))                                                    # \, \; \! spacing
  | (?P<glued_times>(?<=\d)(?:times(?=[^a-z]|$)|\$\ ?times\ ?\$))             # 2.2times, 42.3$times$ -> 2.2×
  | (?P<mathml_sim>∼?similar-to\ ?\\sim)                   # "1.6similar-to\sim9.8": MathML's name of ∼, then its TeX
  | (?P<glued_sim>(?<![^\W_])sim\ ?(?=[\d.]))                                # sim75% -> ~75%
  | (?P<glued_leq>(?<![^\W_])[lg]eq\ ?(?=[\d.]))                             # leq 4B -> ≤4B
  | (?P<html_tag></?(?:em|i|b|strong|u|span|small|code|a|p|br|div|sub)(?:\s[^<>\n]{0,80})?\s?/?>)  # <em>X</em> -> X
  | (?P<lt_bang><!(?=\s?[\d.]))                                                 # <!0.5% -> <0.5%
  | (?P<ot1_sign>[¡¿](?=\s?[\d.]))               # ¡10% -> <10% (LaTeX's old font encoding prints < and > so)
  | (?P<le_ge>[<>]=(?=\s?[\d.$]))                                             # <=20B -> ≤20B
  | (?P<inline_math>\\\\?[()\[\]])                                         # \( ... \) delimiters (or \\( ... \\))
  | (?P<nbsp_tilde>(?<=[^\W\d_])~(?=[^\W\d_])|(?<=[^\W\d_])(?<!\d[xX])~(?=\d))  # Table~1 -> Table 1; 1.3x~1.6x stays
  | (?P<entity>&(?:[A-Za-z]{2,8}|\#\d{1,6}|\#[xX][0-9a-fA-F]{1,6});)            # &amp; &#215;
  | (?P<tab_times>\times(?![a-z]))                                           # "1.57\times" whose "\t" a JSON copy read as a tab
  | (?P<glued_word>(?<=\d[xX×])(?=""" + _WORDS_AFTER_FACTOR + r"""\b))                   # 2.3xfor -> 2.3x for
  | (?P<space>[ """ + _SPACES + r"""]{2,}|[""" + _SPACES + r"""])               # odd or repeated spaces
  | (?P<invisible>[""" + _INVISIBLE + r"""]+)                                   # zero-width, bidi marks
  | (?P<symbol>[∼⨉✕−‐‑]|(?:(?<=\d)|(?<=\d\ ))⇥)          # look-alike symbols; a PDF copy's "72.7⇥" is 72.7×
  | (?P<glued_vendor>(?:(?<=Nvidia)|(?<=NVIDIA)|(?<=nVidia))(?=[A-Z]{1,2}\d))        # NvidiaV100 -> Nvidia V100
  | (?P<glued_before>(?:""" + "|".join(rf"(?<=\s{w})" for w in _GLUED_WORDS) + r""")(?=\d))             # by4x -> by 4x
  | (?P<glued_after>(?:(?<=\d)|(?<=\dx))(?=""" + _GLUED_NEXT_WORDS + r"""\b))                  # 3.3higher -> 3.3 higher
  | (?P<glued_percent>(?<=\d)%(?!percent|ile)(?=[A-Za-z]{2}))                   # 16.7%and -> 16.7% and (not 95%ile)
  | (?P<decimal_comma>(?:(?<=[^\d.,]\d)|(?<=[^\d.,]\d\d)|(?<=^\d)|(?<=^\d\d)),(?=""" + _DECIMAL_COMMA_AFTER + r"""))  # 1,4x -> 1.4x
  | (?P<glued_sign>(?:(?<=\d)|(?<=\d\ ))×(?=[a-z]{3}))                         # 25 ×larger -> 25 × larger
  | (?P<hyphen_cmp>(?<=\d[x×X])-(?=""" + _GLUED_COMPARATIVES + r"""\b))                       # 2x-faster -> 2x faster
  | (?P<dash_glued>""" + _DASH_GLUED + r""")                                   # GPU-15x faster, baselines-while
  | (?P<spaced_thousands>""" + _SPACED_THOUSANDS + r""")                             # 200 000x -> 200,000x
    )
    """,
    re.VERBOSE,
)
#: the HTML tags of a block or a line break ("<p>", "<br/>")
_BLOCK_TAG = re.compile(r"<(?:p|br|div)\b")
#: the sign of a relation macro before a rendered number ("\geq 10\times" is "≥10×")
_RELATIONS = {"geq": "≥", "ge": "≥", "leq": "≤", "le": "≤", "approx": "~", "sim": "~"}
_SYMBOLS = {"∼": "~", "⨉": "×", "✕": "×", "⇥": "×", "−": "-", "‐": "-", "‑": "-"}
_INNER_MACRO = re.compile(r"\\([A-Za-z]+|[%&$#_,;:!])\s?(?:\{\})?")
_INNER_BRACES = re.compile(r"[{}]")


#: a "\times" whose "\t" a JSON copy read as a tab, and the tab then as a space: "$6.71 imes$"; or that lost its
#: backslash: "$2times$"
_TAB_LOST_TIMES = re.compile(r"(?<=\d)\s?t?imes\s?$")
#: a space between the digits of one number, which TeX's math mode ignores: a PDF copy's "$1 0 0 \%$" is 100%
#: (only spaces written in the text: one left by a dropped macro, "$10 \cdot 5$", parts two numbers)
_SPACED_DIGITS = re.compile(r"(?<=[\d.]) (?=[\d.])")


def _clean_math(inner: str) -> str:
    """Plain text for the inside of ``$...$``."""
    inner = _SPACED_DIGITS.sub("", _TAB_LOST_TIMES.sub("×", inner))
    out = _INNER_MACRO.sub(lambda m: _MACROS.get(m.group(1), " " if m.group(1) in ",;:" else ""), inner)
    out = _INNER_BRACES.sub("", out)
    out = out.replace("\\", "")
    return re.sub(r"\s{2,}", " ", out)


def _si_unit(unit: str) -> str:
    """Plain text for a siunitx unit argument: "\\micro\\joule \\per Token" -> "µJ/Token"."""
    text = _SI_MACRO.sub(lambda m: _SI_UNITS.get(m.group(1), m.group(1)), unit)
    return re.sub(r"\s*/\s*", "/", text).strip()


def _siunitx(m: re.Match) -> str:
    """ "\\SI{490}{\\micro\\joule}" -> "490 µJ", "\\SI{20}{\\percent}" -> "20%", "\\num{1200}" -> "1200"."""
    if m.group("si_only") is not None:
        return _si_unit(m.group("si_only"))
    if m.group("si_low") is not None:
        number, unit = f"{m.group('si_low').strip()}-{m.group('si_high').strip()}", _si_unit(m.group("si_range_unit"))
    else:
        number, unit = m.group("si_num").strip(), _si_unit(m.group("si_unit"))
    return number + unit if unit in ("%", "") else f"{number} {unit}"


#: the dash of a rendered range: "20−100×20-100\times" renders the LaTeX "20-100" with a minus sign
_RENDERED_DASH = re.compile(r"[-–−]{1,2}")


def _ends_with_number(text: str, at: int, number: str) -> bool:
    """``text[:at]`` ends with ``number`` (a LaTeX echo's number, "2.28" or the range "20-100"), as a whole
    number: no digit before it. A range's dash may be rendered as a minus or an en dash."""
    low, dash, high = number.partition("-")
    if dash:
        high = high.lstrip("-")
        start = at - len(high)
        d = _RENDERED_DASH.search(text, max(0, start - 2), start)
        if not text.endswith(high, 0, at) or d is None or d.end() != start:
            return False
        number, at = low, d.start()
    return text.endswith(number, 0, at) and not text[at - len(number) - 1:at - len(number)].isdigit()


def _replacement(m: re.Match) -> str | None:
    """What a match becomes, or None to keep it unchanged."""
    kind = m.lastgroup
    if kind == "siunitx":
        return _siunitx(m)
    if kind == "entity_digits":
        return "%" if m.group(0) == "37;" else "-"
    if kind == "cite":
        # "the original \cite{k} implementation" -> "the original implementation"; "FlashAttention~\citep{k} on"
        # -> "FlashAttention on": the space after the citation stays only where none stands before it
        spaced_before = m.start() == 0 or m.string[m.start() - 1].isspace()
        return " " if m.group(0).endswith(" ") and not spaced_before else ""
    if kind == "html_tag":
        # (a tag of a block or a line break stands between words: it keeps them apart)
        block = m.group(0)[1:2] != "/" and _BLOCK_TAG.match(m.group(0)) is not None
        around = m.string[m.start() - 1:m.start()] + m.string[m.end():m.end() + 1]
        return " " if block and around.strip() == around and len(around) == 2 else ""
    if kind == "md_emph":
        return m.group("md_inner")
    if kind == "md_bold":
        return m.group("md_bold_inner")
    if kind == "spaced_thousands":
        return re.sub(_GROUP_SPACE, ",", m.group(0))
    if kind == "echo":
        number = m.group("echo_num")
        if number is not None:
            # the number before the sign is the one echoed ("2.28 ×2.28\times": a space may stand between)
            at = m.start() - (m.string[m.start() - 1:m.start()] == " ")
            if not _ends_with_number(m.string, at, number):
                return None
        if (m.group("echo_sign") == "%") != (m.group("echo_macro") == "%"):
            return None  # "5×\%" is no echo
        return m.group("echo_sign")[0]
    if kind == "bf_echo":
        number = m.group("bf_num")
        if not m.string.endswith(number, 0, m.start()) or (m.group("bf_sign") == "%") != (m.group("bf_macro") == "%"):
            return None  # the number before the sign is the one echoed, in the same sign
        return m.group("bf_sign")
    if kind == "repeat":
        return m.group("rep_num")
    if kind == "pct_echo":
        number = m.group("pct_num")
        return "%" if m.string.endswith(number, 0, m.start()) else None
    if kind == "pair_echo":
        rendered = m.group("pair_tex").replace("\\times", "×").replace("\\%", "%")
        # the rendered pair ends at the sign this match starts with
        return m.group("pair_sign") if m.string.endswith(rendered, 0, m.start() + 1) else None
    if kind == "math":
        inner = _clean_math(m.group("math_inner"))
        if inner[:1].isdigit() and m.string[m.start() - 1:m.start()].islower():
            inner = " " + inner  # "and$2 \times $throughput": a number glued to the word before the math
        if inner.rstrip()[-1:] in ("×", "%") and m.string[m.end():m.end() + 1].isalpha():
            inner = inner.rstrip() + " "  # ... and a factor glued to the word after it
        return inner
    if kind == "accent":
        mark = _ACCENTS.get(m.group("accent_mark"))
        return unicodedata.normalize("NFC", m.group("accent_base") + mark) if mark else None
    if kind == "thousands":
        return ","
    if kind == "unicode":
        code = int(m.group("u_hex"), 16) if m.group("u_hex") else int(m.group("u_dec"))
        return chr(code) if 32 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else None
    if kind == "macro":
        name = m.group("macro_name")
        return _MACROS.get(name)
    if kind == "thin":
        return "" if m.group(0) == "\\!" else " "
    if kind == "decimal_comma":
        return "."
    if kind == "glued_times":
        return "×"
    if kind in ("glued_sim", "mathml_sim"):
        return "~"
    if kind == "glued_leq":
        return "≤" if m.group(0)[0] == "l" else "≥"
    if kind == "lt_bang":
        return "<"
    if kind == "ot1_sign":
        return "<" if m.group(0) == "¡" else ">"
    if kind == "le_ge":
        return "≤" if m.group(0)[0] == "<" else "≥"
    if kind == "inline_math":
        return ""
    if kind == "nbsp_tilde":
        return " "
    if kind == "entity":
        text = html.unescape(m.group(0))
        return None if text == m.group(0) else text
    if kind == "space":
        return " "
    if kind == "invisible":
        return ""
    if kind == "symbol":
        return _SYMBOLS[m.group(0)]
    if kind == "tab_times":
        return "×"
    if kind in ("glued_before", "glued_after", "hyphen_cmp", "dash_glued", "glued_word", "glued_vendor"):
        return " "
    if kind == "glued_sign":
        return "× "
    if kind == "glued_percent":
        return "% "
    return None  # pragma: no cover


@dataclass
class CleanText:
    """Clean text plus the map of its replaced segments back to the original."""

    text: str
    original: str
    # Replaced segments, sorted: (clean_start, clean_end, orig_start, orig_end).
    segments: list[tuple[int, int, int, int]] = field(default_factory=list)
    _clean_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._clean_starts = [s[0] for s in self.segments]

    def original_start(self, pos: int) -> int:
        """Original offset of the character at clean offset ``pos``."""
        i = bisect_right(self._clean_starts, pos) - 1
        if i < 0:
            return pos
        cs, ce, os_, oe = self.segments[i]
        if pos < ce:
            return os_
        return oe + (pos - ce)

    def original_end(self, pos: int) -> int:
        """Original offset just after the character ending at clean offset ``pos``."""
        i = bisect_right(self._clean_starts, pos - 1) - 1
        if i < 0:
            return pos
        cs, ce, os_, oe = self.segments[i]
        if pos <= ce:
            return oe
        return oe + (pos - ce)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.original_start(start), self.original_end(end)


#: where a match of _PATTERN can start (its leading lookahead, split so each part is fast to scan)
_START_CHARS = re.compile(r"[\\$&~<>{%*\u0080-\uffff\t\r\f\v]")
#: where a repeated decimal number may start: two decimal points in one run of digits, then the repeats (the
#: gate opens with the point, a literal the regex engine scans for, not with a digit it tries at every character)
_TWO_POINTS = re.compile(r"\.(?<=\d\.)\d+\.\d")
_REPEATED_DECIMAL = re.compile(r"(?<![\d.])(\d{1,4}\.\d{1,4})\1{1,3}(?=\s?[%×]|[KMBT](?![^\W\d_]))")
_START_WORDS = ("  ", "times", "sim", "leq", "geq", "37;", "45;")  # (the last two: entities that lost their "&#")
_DASH_GLUED_RE = re.compile(_DASH_GLUED)
#: a vendor glued to its product's model by a copy: "on NvidiaV100 GPU"
_GLUED_VENDOR = re.compile(r"\b(?:Nvidia|NVIDIA|nVidia)(?=[A-Z]{1,2}\d)")
#: where a decimal comma may stand ("1,4x")
_DECIMAL_COMMA = re.compile(r",(?=" + _DECIMAL_COMMA_AFTER + r")")
#: where a word and a number are glued together: a digit glued to the word before it (group "before":
#: the insertion point is the digit's start) or to the comparative after it (group "after": the point is
#: the match's end). Every match starts with its digit, so the scan skips to digits in C instead of
#: trying the words at every space.
_GLUED_AFTER = r"(?P<after>x?)(?=" + _GLUED_NEXT_WORDS + r"\b)"
#: (and where digit groups set apart by spaces go on after a digit: "200 000x", see _SPACED_THOUSANDS)
_GLUED = re.compile(r"\d(?:(?P<before>" + "|".join(rf"(?<=\s{w}\d)" for w in _GLUED_WORDS) + r")(?:"
                    + _GLUED_AFTER.replace("?P<after>", "?P<also_after>") + r")?|" + _GLUED_AFTER
                    + r"|(?P<spaced>(?=" + _SPACED_GROUPS + "|" + _THIN_GROUPS + "|" + _ZERO_GROUPS + r"))"
                    # (and a comparative hyphened to a factor: "2.4x-faster", the hyphen at the match's end)
                    + r"|(?P<hyphened>[x×X](?=-" + _GLUED_COMPARATIVES + r"\b))"
                    + r"|(?P<word_after>[x×X](?=" + _WORDS_AFTER_FACTOR + r"\b)))")


def _candidate_starts(text: str) -> list[int]:
    """Offsets where a clean-up rule could apply; a character class scan and ``str.find``
    are many times faster than letting the big pattern try every position."""
    starts = [m.start() for m in _START_CHARS.finditer(text)]
    for word in _START_WORDS:
        i = text.find(word)
        while i != -1:
            starts.append(i)
            i = text.find(word, i + 1)
    for m in _GLUED.finditer(text):
        if m.group("before") is not None:
            starts.append(m.start())
        if m.group("after") is not None or m.group("also_after") is not None or m.group("hyphened") is not None \
                or m.group("word_after") is not None:
            starts.append(m.end())
        if m.group("spaced") is not None:
            first = m.start()
            while first > 0 and m.start() - first < 2 and text[first - 1].isdigit():
                first -= 1
            starts.append(first)  # the first digit of "200 000x"
    if "vidia" in text or "VIDIA" in text:
        starts.extend(m.end() for m in _GLUED_VENDOR.finditer(text))
    starts.extend(m.start() for m in _DECIMAL_COMMA.finditer(text))
    starts.extend(m.start() for m in _DASH_GLUED_RE.finditer(text))
    if _TWO_POINTS.search(text):
        starts.extend(m.start() for m in _REPEATED_DECIMAL.finditer(text))
    starts.sort()
    return starts


def clean(original: str) -> CleanText:
    """Rewrite LaTeX leftovers, entities and odd spaces; keep the offset map."""
    starts = _candidate_starts(original)
    if not starts:
        return CleanText(original, original)
    parts: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    clean_pos = 0
    last = 0
    #: closing braces of "\textbf{...}" groups whose head was dropped: the argument stays in place, so
    #: a claim inside it keeps its own offsets ("\textbf{8.7$\times$ faster and 2.5$\times$ ...}")
    closers: list[int] = []

    def drop(begin: int, end: int) -> None:
        nonlocal clean_pos, last
        parts.append(original[last:begin])
        clean_pos += begin - last
        segments.append((clean_pos, clean_pos, begin, end))
        last = end

    for start in starts:
        while closers and closers[0] < start:
            at = closers.pop(0)
            if at >= last:
                drop(at, at + 1)
        if start < last:
            continue
        m = _PATTERN.match(original, start)
        if m is None:
            continue
        if m.lastgroup == "text_cmd":
            drop(m.start(), m.start("text_arg"))
            closers.append(m.end("text_arg"))
            continue
        begin = m.start()
        if m.lastgroup == "rel_echo":
            # the replacement starts at the number before the match: "10×\geq 10\times≥ 10 ×" -> "≥10×"
            number = m.group("rel_num")
            begin -= len(number)
            if begin < last or original[begin:m.start()] != number or original[begin - 1:begin] in tuple("0123456789.,"):
                continue
            new = _RELATIONS[m.group("rel")] + number + "×"
        else:
            new = _replacement(m)
            if new is None or new == m.group(0):
                continue
        if begin > last:
            parts.append(original[last:begin])
            clean_pos += begin - last
        parts.append(new)
        segments.append((clean_pos, clean_pos + len(new), begin, m.end()))
        clean_pos += len(new)
        last = m.end()
    for at in closers:
        if at >= last:
            drop(at, at + 1)
    if not segments:
        return CleanText(original, original)
    parts.append(original[last:])
    return CleanText("".join(parts), original, segments)
