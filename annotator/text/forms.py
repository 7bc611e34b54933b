"""Which form of a document's text is shown, and how far it is from the stored text.

A document is stored exactly as imported. Its simplified and traditional forms are conversions,
and a conversion of a text already in the target script is not neutral: OpenCC's s2t rewrites
characters that are already traditional (秘→祕, 了→瞭, 吃→喫, 布→佈, 回→迴), so the
"traditional" form of a traditional source would silently differ from the source. Hence:

- the form of a document in the script it is written in is its stored text itself, everywhere
  (reader, CSV columns); only a document in the other script, or in mixed or unknown script, is
  shown converted;
- a converted form says so, with the number of characters that differ from the stored text, and
  which ones (`differing_runs`), so that a quotation never silently differs from the source;
- a newly opened document shows its original text unless the user chose to keep one script;
- the reading font's regional variant follows the script shown (SC punctuation sits in the
  corner of the box, TC and HK in the middle).

Pure functions on strings: no database, no Qt. Every form has the stored text's length, so one
offset means the same character in every form.
"""

from __future__ import annotations

from enum import StrEnum
from itertools import compress, count
from operator import ne

from annotator.plural import count as counted

SIMPLIFIED = "simplified"
TRADITIONAL = "traditional"
# Encodings that only a Hong Kong source would use: its font variant is HK rather than TC.
HONG_KONG_ENCODINGS = frozenset({"big5hkscs"})
TRADITIONAL_ENCODINGS = frozenset({"big5", "cp950", "big5hkscs"})


class DisplayScript(StrEnum):
    ORIGINAL = "original"
    SIMPLIFIED = SIMPLIFIED
    TRADITIONAL = TRADITIONAL


class FontVariant(StrEnum):
    """The regional forms of a CJK font: the same characters, different glyphs and punctuation."""

    SC = "SC"  # mainland China: ，。： in the lower left corner
    TC = "TC"  # Taiwan: punctuation centred
    HK = "HK"  # Hong Kong: punctuation centred, some glyphs differ from TC


SCRIPT_MARKS = {DisplayScript.SIMPLIFIED: "简", DisplayScript.TRADITIONAL: "繁"}


def own_forms(text: str, document_script: str, simplified: str, traditional: str) -> tuple[str, str]:
    """A document's (simplified, traditional) forms as shown and exported: the stored `text`
    itself stands for the script it is written in; the other form is the given conversion."""
    return (
        text if document_script == SIMPLIFIED else simplified,
        text if document_script == TRADITIONAL else traditional,
    )


def is_stored_form(document_script: str, shown: DisplayScript) -> bool:
    """Whether showing `shown` means showing the stored text unchanged."""
    return shown == DisplayScript.ORIGINAL or shown == document_script


def opening_script(chosen: DisplayScript, keep_chosen: bool) -> DisplayScript:
    """The script a newly opened document is shown in: its original, unless the user asked to
    keep the chosen script for every document."""
    return DisplayScript(chosen) if keep_chosen else DisplayScript.ORIGINAL


def count_differences(original: str, shown: str) -> int:
    """How many characters of `shown` differ from `original` (same length)."""
    if original is shown or original == shown:
        return 0
    return sum(map(ne, original, shown))


def differing_runs(original: str, shown: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) runs of consecutive characters in `start`..`end` where `shown` differs from
    `original`, as offsets into both."""
    a, b = original[start:end], shown[start:end]
    if a == b:
        return []
    runs: list[tuple[int, int]] = []
    for position in compress(count(start), map(ne, a, b)):
        if runs and runs[-1][1] == position:
            runs[-1] = (runs[-1][0], position + 1)
        else:
            runs.append((position, position + 1))
    return runs


def font_variant(document_script: str, encoding: str, shown: DisplayScript) -> FontVariant:
    """The regional font variant for the text as shown: SC for simplified, TC or HK (a
    Big5-HKSCS source) for traditional; a mixed or unknown original by its encoding."""
    script = document_script if shown == DisplayScript.ORIGINAL else str(shown)
    encoding = encoding.lower().replace("-", "").replace("_", "")
    if script == SIMPLIFIED:
        return FontVariant.SC
    if script == TRADITIONAL or encoding in TRADITIONAL_ENCODINGS:
        return FontVariant.HK if encoding in HONG_KONG_ENCODINGS else FontVariant.TC
    return FontVariant.SC


def conversion_notice(document_script: str, shown: DisplayScript, differing: int,
                      original_key: str = "") -> str:
    """One line saying that the text shown is converted, or "" when it is the stored text."""
    if is_stored_form(document_script, shown) or differing == 0:
        return ""
    key = f" · {original_key} shows the original" if original_key else ""
    return (f"{SCRIPT_MARKS[shown]} Converted to {shown} — not the original text: "
            f"{_differ(differing)}, each marked with a dot{key}")


def script_status(document_script: str, shown: DisplayScript, differing: int) -> str:
    """The status bar's short form: which text is shown."""
    if is_stored_form(document_script, shown) or differing == 0:
        script = document_script if document_script in (SIMPLIFIED, TRADITIONAL) else f"{document_script} script"
        return f"original text ({script})"
    return f"converted to {shown}: {_differ(differing)} from the original"


def _differ(differing: int) -> str:
    return f"{counted(differing, 'character')} {'differs' if differing == 1 else 'differ'}"
