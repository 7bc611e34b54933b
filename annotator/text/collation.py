"""Collation (校勘): two passages compared character by character, for a side-by-side view
that marks what differs.

The comparison runs on the passages' folded texts, so 國 and 国 are the same character and
only real differences are marked; width does not count either (，and , or ３ and 3 are one).
The segments it returns hold offsets into each passage's stored text, which has the folded
text's length: the view marks them on the text as stored, in the display script.

difflib.SequenceMatcher aligns the characters (autojunk off: its heuristic would treat the
commonest characters of a passage over 200 characters long as noise). Python strings index
code points, so 𠮷 and 𪚥 are one character each, as offsets are everywhere else; the view
converts to UTF-16 at the Qt boundary. The alignment takes time quadratic in the worst case:
meant for passages up to a few thousand characters.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple


class Difference(StrEnum):
    EQUAL = "equal"
    REPLACED = "replaced"  # a's characters stand where b has others
    DELETED = "deleted"  # a's characters, which b lacks
    INSERTED = "inserted"  # b's characters, which a lacks


_KINDS = {
    "equal": Difference.EQUAL,
    "replace": Difference.REPLACED,
    "delete": Difference.DELETED,
    "insert": Difference.INSERTED,
}


class Segment(NamedTuple):
    """Aligned stretches: a[a_start:a_end] and b[b_start:b_end] (one of them empty when
    characters were deleted or inserted), offsets from the start of each passage."""

    kind: Difference
    a_start: int
    a_end: int
    b_start: int
    b_end: int


def collate(a_folded: str, b_folded: str, *, ignore_punctuation: bool = False) -> list[Segment]:
    """The two passages' aligned segments, in order; together they cover both passages, and
    no two equal segments follow each other.

    With ``ignore_punctuation``, punctuation, symbols and white space are not compared (a
    modern edition's punctuation is the editor's, not the text's) and never marked: those
    between compared characters of one segment belong to it, the others to equal segments.
    """
    a_compared = _compared_positions(a_folded, ignore_punctuation)
    b_compared = _compared_positions(b_folded, ignore_punctuation)
    matcher = SequenceMatcher(None, _keys(a_folded, a_compared), _keys(b_folded, b_compared),
                              autojunk=False)
    segments: list[Segment] = []
    a_done = b_done = 0  # stored offsets covered so far

    def add(kind: Difference, a_start: int, a_end: int, b_start: int, b_end: int) -> None:
        if a_start == a_end and b_start == b_end:
            return
        if kind is Difference.EQUAL and segments and segments[-1].kind is Difference.EQUAL:
            previous = segments.pop()
            a_start, b_start = previous.a_start, previous.b_start
        segments.append(Segment(kind, a_start, a_end, b_start, b_end))

    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        # A side without characters in the segment has an empty span where it stands.
        a_start = a_compared[a1] if a1 < a2 else a_done
        b_start = b_compared[b1] if b1 < b2 else b_done
        add(Difference.EQUAL, a_done, a_start, b_done, b_start)  # what was not compared
        a_done = a_compared[a2 - 1] + 1 if a1 < a2 else a_start
        b_done = b_compared[b2 - 1] + 1 if b1 < b2 else b_start
        add(_KINDS[tag], a_start, a_done, b_start, b_done)
    add(Difference.EQUAL, a_done, len(a_folded), b_done, len(b_folded))
    return segments


def _compared_positions(folded: str, ignore_punctuation: bool) -> Sequence[int]:
    if not ignore_punctuation:
        return range(len(folded))
    return [i for i, character in enumerate(folded) if _significant(character)]


def _keys(folded: str, positions: Sequence[int]) -> str:
    """The characters compared, as compared."""
    if isinstance(positions, range):
        return "".join(map(_compared_as, folded))
    return "".join(_compared_as(folded[i]) for i in positions)


@lru_cache(maxsize=8192)
def _compared_as(character: str) -> str:
    """Full-width forms as their ordinary ones (，→ ,  ３→ 3  Ａ→ A); one character always,
    so indexes stay those of the passage."""
    normal = unicodedata.normalize("NFKC", character)
    return normal if len(normal) == 1 else character


@lru_cache(maxsize=8192)
def _significant(character: str) -> bool:
    return unicodedata.category(character)[0] in "LN"
