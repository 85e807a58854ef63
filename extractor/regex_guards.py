"""First-character guards for long alternations of regular expressions.

CPython's regex engine skips a branch of an alternation at a glance only when the branch starts
with a literal or a character class; a branch that starts with a group (the hardware catalogue
gives every entry a named group) is entered, and fails inside, at every position it is tried.
``guarded_alternation`` puts a lookahead on the characters each branch can start with before it:
the lookahead is a superset of those characters, so the matches are exactly the same, only found
sooner (the catalogue pattern runs 2.6 times as fast over benchmark sentences).

The branches are read with the standard library's own parser (``re._parser``, the module behind
``re.compile`` since Python 3.11); a branch it cannot read, or whose first characters are not a
short known set (a case-insensitive part, a negated class, ``.``), stays unguarded.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

#: a guard longer than this saves nothing over trying the branch
_MAX_GUARD = 64
_DIGITS = frozenset("0123456789")


class _Unknown(Exception):
    """A branch whose first characters this module cannot bound."""


def _class_chars(items) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_GUARD:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.update(_DIGITS)
        else:  # a negated class, \w, \s, a long range
            raise _Unknown
    return chars


def _first(items) -> tuple[set[str], bool]:
    """(the characters a match of the parsed sequence ``items`` can start with, whether it can be empty)."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            return chars | {chr(av)}, False
        if op is sre.IN:
            return chars | _class_chars(av), False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the next item starts the match
        if op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE:
                raise _Unknown
            first, empty = _first(sub.data)
        elif op is sre.BRANCH:
            first, empty = set(), False
            for branch in av[1]:
                f, e = _first(branch.data)
                first |= f
                empty = empty or e
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, sub = av
            first, empty = _first(sub.data)
            empty = empty or low == 0
        else:  # ., a back-reference, a conditional
            raise _Unknown
        chars |= first
        if not empty:
            return chars, False
    return chars, True


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, or None when that is not a short known set
    (the pattern can match the empty string, ignores case, or starts with ``.``, ``\\w``, ``[^...]``)."""
    try:
        parsed = sre_parser.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return None
        chars, empty = _first(parsed.data)
    except (_Unknown, re.error, AttributeError):
        return None
    if empty or not chars or len(chars) > _MAX_GUARD:
        return None
    return frozenset(chars)


def guarded_alternation(branches: list[str]) -> str:
    """``branches`` joined by "|", each behind a lookahead on its first characters where they are known."""
    guarded = []
    for branch in branches:
        chars = first_chars(branch)
        guard = "" if chars is None else "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"
        guarded.append(guard + branch)
    return "|".join(guarded)
