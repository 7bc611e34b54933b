"""Showing text safely: invisible control characters become visible marks, one for one.

A text is stored exactly as imported, control characters included: they are the source's, and
an export must give them back. But shown raw they do harm. A right-to-left override (U+202E)
reverses what follows it on screen, so "毛澤東" can read as "東澤毛" while the stored characters
are in order; a NUL or an escape character may vanish or drive a terminal. `visible` replaces
each such character with a visible mark for display only:

- C0 controls U+0000-U+001F except tab and line feed, and DEL: their Unicode control pictures
  (U+2400-U+241F, U+2421), so U+0007 shows as ␇ and U+001B as ␛.
- C1 controls U+0080-U+009F (usually a mis-decoded Windows-1252 file): ⌧ (U+2327).
- Bidirectional embeddings, overrides and isolates that open a run (U+202A, U+202B, U+202D,
  U+202E, U+2066, U+2067, U+2068): ⟪ (U+27EA); those that close one (U+202C, U+2069): ⟫ (U+27EB).
- Bidirectional marks (U+200E, U+200F, U+061C): ⦙ (U+2999).

Every mark is one code point in the Basic Multilingual Plane and replaces one such code point,
so the shown text has the same length in code points and in UTF-16 units: offsets into the
stored text are offsets into the shown text. The marks are themselves direction-neutral.
"""

from __future__ import annotations

import re

C1_MARK = "\u2327"  # ⌧
BIDI_OPEN_MARK = "\u27ea"  # ⟪
BIDI_CLOSE_MARK = "\u27eb"  # ⟫
BIDI_MARK_MARK = "\u2999"  # ⦙

BIDI_OPENERS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
BIDI_CLOSERS = "\u202c\u2069"
BIDI_MARKS = "\u200e\u200f\u061c"


def _table() -> dict[int, str]:
    table = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\t\n"}
    table[0x7F] = "\u2421"  # ␡
    table.update({code: C1_MARK for code in range(0x80, 0xA0)})
    table.update({ord(c): BIDI_OPEN_MARK for c in BIDI_OPENERS})
    table.update({ord(c): BIDI_CLOSE_MARK for c in BIDI_CLOSERS})
    table.update({ord(c): BIDI_MARK_MARK for c in BIDI_MARKS})
    return table


_TABLE = _table()
HIDDEN = frozenset(chr(code) for code in _TABLE)
_RE_HIDDEN = re.compile("[" + re.escape("".join(sorted(HIDDEN))) + "]")


def visible(text: str) -> str:
    """`text` with each control or bidirectional formatting character replaced by a visible
    mark (see the module docstring); the same length, so the same offsets."""
    if _RE_HIDDEN.search(text) is None:  # the usual case: no copy of a long text
        return text
    return text.translate(_TABLE)
