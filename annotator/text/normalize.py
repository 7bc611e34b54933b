"""Normalising imported text: line endings always, web debris only when the user asks.

Only what cannot matter to a reader is changed. Unicode normalisation (NFC) in particular is
not applied: it replaces CJK compatibility ideographs (U+F900 and on) with their unified
counterparts, and an editor who transcribed a source with them chose them on purpose.
"""

import html.entities
import re
from collections import Counter
from dataclasses import dataclass

# HTML entities as they survive copying from web pages, including the form split by a word
# segmenter ("& nbsp ;"). Only ASCII spaces may appear inside, and the semicolon is required,
# so an ampersand in ordinary prose is never taken for the start of an entity.
_RE_ENTITY = re.compile(
    r"(?P<before> *)&(?P<inner> *(?:#(?: *[xX] *[0-9a-fA-F]+| *[0-9]+)|[A-Za-z][A-Za-z0-9]*) *);"
    r"(?P<after> *)"
)
# A run of non-breaking space entities and the spaces around them: it becomes one space.
_RE_NBSP_RUN = re.compile(r" *(?:& *(?:nbsp|# *160|# *[xX] *0*[aA]0) *; *)+")
_RE_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_NBSP = "\u00a0"


@dataclass(frozen=True)
class Cleanup:
    """Cleaned text and what was changed: a readable description -> how many times."""

    text: str
    changes: dict[str, int]


def normalize_text(text: str) -> str:
    """Unify line endings to "\\n" and drop a leading byte-order mark; nothing else."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_web_text(text: str) -> Cleanup:
    """Decode HTML entities left in text copied from the web and strip trailing spaces.

    A run of non-breaking space entities becomes one ordinary space, swallowing the spaces
    around it, so "上 一页 & nbsp ; [ 1 ]" becomes "上 一页 [ 1 ]".
    """
    changes: Counter[str] = Counter()

    def replace(match: re.Match[str]) -> str:
        inner = match["inner"].replace(" ", "")
        decoded = _decode_entity(inner)
        if decoded is None:
            return match[0]
        if decoded == _NBSP:  # spelt in some way the run pattern does not know
            changes["&nbsp; → space"] += 1
            return " "
        changes[f"&{inner}; → {decoded}"] += 1
        return match["before"] + decoded + match["after"]

    def replace_nbsp_run(match: re.Match[str]) -> str:
        changes["&nbsp; → space"] += match[0].count("&")
        return " "

    cleaned = _RE_NBSP_RUN.sub(replace_nbsp_run, text)
    cleaned = _RE_ENTITY.sub(replace, cleaned)
    cleaned, stripped = _RE_TRAILING_SPACE.subn("", cleaned)
    if stripped:
        changes["trailing spaces removed from lines"] = stripped
    return Cleanup(cleaned, dict(changes))


def _decode_entity(inner: str) -> str | None:
    """The character(s) an entity body ("nbsp", "#12345", "#x4e00") stands for, if valid."""
    if inner.startswith("#"):
        digits = inner[1:]
        code = int(digits[1:], 16) if digits[0] in "xX" else int(digits)
        if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            return None
        return chr(code)
    return html.entities.html5.get(inner + ";")
