"""A device named by its family after one member of the family was named in full.

"... versus a Jetson Orin Nano GPU. ... compared to the full precision implementation on Jetson." and
"mapped to Loihi 2 ... We tailor our implementation to Loihi-specific features": the bare family ("NVIDIA
Jetson", "Intel Loihi") is the member the paper named, not a second device; so is "Orin devices" after a
"Jetson AGX Orin" ("NVIDIA Jetson Orin" in the catalogue's words). Only where the paper names
exactly one member of the family; with two ("Jetson Orin Nano and Jetson AGX Xavier ... on Jetson") the
family mention stays as it is. A name that ends in a tier word ("Jetson Nano", "Apple M2 Pro") is a device
of its own, never a family: the Jetson Nano is not the Jetson Orin Nano named again.
"""

from __future__ import annotations

from .candidate import Candidate
from .hardware import VENDOR_LEVEL_SUFFIXES


#: last words that make a name one device of a line, not the line: "Jetson Nano", "Xavier NX", "M2 Max"
_TIER_WORDS = frozenset({"Nano", "NX", "Mini", "Pro", "Max", "Ultra", "Super", "Ti", "Plus"})


def _within(words: list[str], longer: list[str]) -> bool:
    """``words`` stand in ``longer`` in order, with more words around or between them."""
    rest = iter(longer)
    return len(longer) > len(words) and all(w in rest for w in words)


def _members(family: str, entities: set[str]) -> list[str]:
    """The entities that say more than ``family`` around its words: "NVIDIA Jetson Orin Nano" of "NVIDIA
    Jetson", "NVIDIA Jetson AGX Orin" of "NVIDIA Jetson Orin"."""
    if family.endswith(VENDOR_LEVEL_SUFFIXES):
        return []  # vendor-level mentions ("NVIDIA GPU") are no family of the vendor's named products
    words = family.split()
    if words[-1] in _TIER_WORDS:
        return []
    return [e for e in entities if e.split()[0] == words[0] and _within(words, e.split())]


def name_family_members(sentences: list[tuple[int, str, list[Candidate]]]) -> None:
    """Rename, in place, a family-only device (its hardware claims and the hardware context of other
    claims) to the one member of the family that the same paper names.

    ``sentences``: (index of the sentence in its document, its text, its candidates), in document order.
    """
    entities = {c.entity for _, _, cands in sentences for c in cands if c.kind == "hardware" and c.entity}
    if len(entities) < 2:
        return
    renamed = {}
    for family in entities:
        members = _members(family, entities)
        if len(members) == 1:
            renamed[family] = members[0]
    if not renamed:
        return
    for _, _, cands in sentences:
        for c in cands:
            if c.kind == "hardware" and c.entity in renamed:
                c.entity = renamed[c.entity]
            if c.hardware in renamed:
                c.hardware = renamed[c.hardware]
