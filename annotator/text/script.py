"""Simplified and traditional script: detecting which one a text uses, converting between them.

Conversions here never change the length of a text: character i of the result is the
conversion of character i of the input. That is what lets offsets found in a converted text
(a segmentation, a search hit) be used unchanged in the original. OpenCC's character-level
configurations t2s and s2t keep the length (its phrase configurations such as s2twp do not),
and any chunk whose length would change anyway is converted character by character.
"""

import functools
import threading
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

import opencc

# A text counts as one script when at most this share of its script-specific characters
# belong to the other: traditional texts keyed in on simplified systems pick up a few.
_MINORITY_SHARE = 0.1

_lock = threading.Lock()
_converters: dict[str, opencc.OpenCC] = {}


class Script(StrEnum):
    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    MIXED = "mixed"
    UNKNOWN = "unknown"  # no character that is written differently in the two scripts


def detect_script(text: str) -> Script:
    """Which script ``text`` is written in, by its characters that exist in one script only.

    Characters valid in both (后, 于, 并 are traditional characters as well as simplified
    forms of 後, 於, 並) do not count either way.
    """
    traditional_only, simplified_only = _script_specific_characters()
    traditional = sum(map(traditional_only.__contains__, text))
    simplified = sum(map(simplified_only.__contains__, text))
    total = traditional + simplified
    if total == 0:
        return Script.UNKNOWN
    if simplified <= _MINORITY_SHARE * total:
        return Script.TRADITIONAL
    if traditional <= _MINORITY_SHARE * total:
        return Script.SIMPLIFIED
    return Script.MIXED


def to_simplified(text: str) -> str:
    """OpenCC t2s conversion; same length as ``text``, character for character."""
    return _convert(text, _converter("t2s"))


def to_traditional(text: str) -> str:
    """OpenCC s2t conversion; same length as ``text``, character for character."""
    return _convert(text, _converter("s2t"))


def fold(text: str) -> str:
    """The form of ``text`` used for searching: its simplified conversion (same length).

    Fold both the query and the document: a query folded the same way then finds the text
    whether it was written in simplified or traditional characters, at the same offsets.
    """
    return to_simplified(text)


def _converter(config: str) -> Callable[[str], str]:
    # OpenCC reads its dictionaries when constructed (tens of milliseconds for s2t's
    # 50,000 phrases), so each converter is built once, by whichever thread needs it first.
    with _lock:
        if config not in _converters:
            _converters[config] = opencc.OpenCC(config)
        return _converters[config].convert


def _convert(text: str, convert: Callable[[str], str]) -> str:
    result = convert(text)
    if len(result) == len(text):
        return result
    return "".join(_convert_line(line, convert) for line in text.splitlines(keepends=True))


def _convert_line(line: str, convert: Callable[[str], str]) -> str:
    result = convert(line)
    if len(result) == len(line):
        return result
    return "".join(_convert_character(char, convert) for char in line)


def _convert_character(char: str, convert: Callable[[str], str]) -> str:
    result = convert(char)
    return result if len(result) == 1 else char


@functools.cache
def _script_specific_characters() -> tuple[frozenset[str], frozenset[str]]:
    """(traditional-only, simplified-only) characters, from OpenCC's character tables.

    A character is specific to a script when it converts to something else and is not
    among its own conversions: 後 (t2s 后) is traditional-only, 后 (s2t 后 or 後) is not.
    """
    dictionaries = Path(opencc.__file__).parent / "dictionary"
    return (
        _changed_characters(dictionaries / "TSCharacters.txt"),
        _changed_characters(dictionaries / "STCharacters.txt"),
    )


def _changed_characters(table: Path) -> frozenset[str]:
    changed = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        source, targets = line.split("\t")
        if source not in targets.split(" "):
            changed.add(source)
    return frozenset(changed)
