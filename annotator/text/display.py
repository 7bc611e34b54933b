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
- Zero-width and other invisible format characters: zero-width space, non-joiner and joiner
  (U+200B-U+200D), word joiner and the invisible operators (U+2060-U+2064), the byte-order mark
  (U+FEFF), soft hyphen (U+00AD), the deprecated format controls (U+206A-U+206F), the Mongolian
  vowel separator (U+180E), interlinear annotation marks (U+FFF9-U+FFFB), the combining grapheme
  joiner (U+034F) and the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0): ⬚ (U+2B1A). A
  zero-width space copied from a web page is then seen, and "dipl\u200bomacy" no longer reads
  as "diplomacy".

Every mark is one code point in the Basic Multilingual Plane and replaces one such code point,
so the shown text has the same length in code points and in UTF-16 units: offsets into the
stored text are offsets into the shown text. The marks are themselves direction-neutral.
Format characters outside the Basic Multilingual Plane (tag characters, U+E0001-U+E007F) are not
marked: a one-unit mark would move UTF-16 offsets. `hidden_character` finds them all, for the
places where a hidden character is refused outright (code names).
"""

from __future__ import annotations

import re
import unicodedata

C1_MARK = "\u2327"  # ⌧
BIDI_OPEN_MARK = "\u27ea"  # ⟪
BIDI_CLOSE_MARK = "\u27eb"  # ⟫
BIDI_MARK_MARK = "\u2999"  # ⦙
INVISIBLE_MARK = "\u2b1a"  # ⬚

BIDI_OPENERS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
BIDI_CLOSERS = "\u202c\u2069"
BIDI_MARKS = "\u200e\u200f\u061c"
INVISIBLE = (
    "\u00ad\u034f\u115f\u1160\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064"
    "\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\ufff9\ufffa\ufffb\uffa0"
)
# Names of the C0 and C1 controls (unicodedata knows them only as aliases).
CONTROL_NAMES = {
    0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x09: "CHARACTER TABULATION",
    0x0A: "LINE FEED", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED", 0x0D: "CARRIAGE RETURN",
    0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE",
}


def _table() -> dict[int, str]:
    table = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\t\n"}
    table[0x7F] = "\u2421"  # ␡
    table.update({code: C1_MARK for code in range(0x80, 0xA0)})
    table.update({ord(c): BIDI_OPEN_MARK for c in BIDI_OPENERS})
    table.update({ord(c): BIDI_CLOSE_MARK for c in BIDI_CLOSERS})
    table.update({ord(c): BIDI_MARK_MARK for c in BIDI_MARKS})
    table.update({ord(c): INVISIBLE_MARK for c in INVISIBLE})
    return table


_TABLE = _table()
HIDDEN = frozenset(chr(code) for code in _TABLE)
_RE_HIDDEN = re.compile("[" + re.escape("".join(sorted(HIDDEN))) + "]")


def visible(text: str) -> str:
    """`text` with each control, bidirectional formatting or invisible format character replaced
    by a visible mark (see the module docstring); the same length, so the same offsets."""
    if _RE_HIDDEN.search(text) is None:  # the usual case: no copy of a long text
        return text
    return text.translate(_TABLE)


def hidden_character(text: str) -> tuple[int, str] | None:
    """The first character of `text` that shows as nothing or as something else (everything
    `visible` marks, tab and line feed, and every other control or format character), with
    its index; None when there is none."""
    for index, character in enumerate(text):
        if character in HIDDEN or unicodedata.category(character) in ("Cc", "Cf"):
            return index, character
    return None


def describe_character(character: str) -> str:
    """A character by code point and name, for messages: "U+200B ZERO WIDTH SPACE"."""
    code = ord(character)
    name = unicodedata.name(character, "") or CONTROL_NAMES.get(code, "CONTROL CHARACTER")
    return f"U+{code:04X} {name}"


def marked(text: str) -> str:
    """`text` for a message or a terminal line, where offsets do not matter: as `visible`, and
    every other character `hidden_character` finds (tab, line feed, format characters outside
    the Basic Multilingual Plane) shown as ⬚ too."""
    shown = visible(text)
    if hidden_character(shown) is None:
        return shown
    return "".join(INVISIBLE_MARK if hidden_character(character) else character for character in shown)
