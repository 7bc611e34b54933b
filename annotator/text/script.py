"""Simplified and traditional script: detecting which one a text uses, converting between them.

Conversions here never change the length of a text: character i of the result is the
conversion of character i of the input. That is what lets offsets found in a converted text
(a segmentation, a search hit) be used unchanged in the original. The result is exactly
OpenCC's t2s / s2t conversion (its phrase table, then its character table), which keeps the
length with OpenCC's tables; ``conversion`` computes it 10 to 30 times faster than
opencc-python-reimplemented does, and converts by character any entry that would not.
"""

import collections
import functools
import sys
import threading
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.text.conversion import DICTIONARIES, NUMPY_MIN_CHARS, Tables, build_tables, code_points, convert

if TYPE_CHECKING:
    import numpy

# A text counts as one script when at most this share of its script-specific characters
# belong to the other: traditional texts keyed in on simplified systems pick up a few.
_MINORITY_SHARE = 0.1

# OpenCC's configurations t2s.json and s2t.json: a phrase table grouped before a character table.
_TABLE_FILES = {
    "t2s": ("TSPhrases.txt", "TSCharacters.txt"),
    "s2t": ("STPhrases.txt", "STCharacters.txt"),
}

_lock = threading.Lock()
_built: dict[str, Tables] = {}


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
    traditional, simplified = _specific_counts(text)
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
    return convert(text, _tables("t2s"))


def to_traditional(text: str) -> str:
    """OpenCC s2t conversion; same length as ``text``, character for character."""
    return convert(text, _tables("s2t"))


def fold(text: str) -> str:
    """The form of ``text`` used for searching: its simplified conversion (same length).

    Fold both the query and the document: a query folded the same way then finds the text
    whether it was written in simplified or traditional characters, at the same offsets.
    """
    return to_simplified(text)


def warm_up_long_texts() -> None:
    """Build now what detecting and converting a long text needs (the tables and their numpy
    forms: about 0.3 s in all), rather than inside the first import that needs them."""
    for config in _TABLE_FILES:
        _tables(config).lookup  # built on first use, then kept
    _specific_code_points()


def _tables(config: str) -> Tables:
    # Built once, by whichever thread needs them first (about 0.1 s for s2t's 49,000
    # phrases); the lock-free read keeps the cost of a short conversion down.
    tables = _built.get(config)
    if tables is None:
        with _lock:
            if config not in _built:
                _built[config] = build_tables(*_TABLE_FILES[config])
            tables = _built[config]
    return tables


def _specific_counts(text: str) -> tuple[int, int]:
    """How many of ``text``'s characters are traditional-only, and how many simplified-only."""
    # In numpy from the length where conversions translate in numpy (conversion.py).
    if len(text) >= NUMPY_MIN_CHARS:
        return _specific_counts_numpy(text)
    traditional_only, simplified_only = _script_specific_characters()
    # Each distinct character looked up once (a volume has a few thousand), not each of
    # the text's million.
    counts = collections.Counter(text)
    return (sum(counts[char] for char in traditional_only.intersection(counts)),
            sum(counts[char] for char in simplified_only.intersection(counts)))


def _specific_counts_numpy(text: str) -> tuple[int, int]:
    """_specific_counts by a count of every code point in numpy: 7 ms for a 1M-character
    volume, where counting its characters in a Counter takes 60-90 ms (and the import's
    thread that does it shares the cores with the segmentation workers)."""
    import numpy as np

    traditional_only, simplified_only = _specific_code_points()
    counts = np.bincount(code_points(text), minlength=sys.maxunicode + 1)
    return int(counts[traditional_only].sum()), int(counts[simplified_only].sum())


@functools.cache
def _specific_code_points() -> tuple["numpy.ndarray", "numpy.ndarray"]:
    import numpy as np

    return tuple(np.array(sorted(map(ord, characters)), dtype=np.intp)  # type: ignore[return-value]
                 for characters in _script_specific_characters())


@functools.cache
def _script_specific_characters() -> tuple[frozenset[str], frozenset[str]]:
    """(traditional-only, simplified-only) characters, from OpenCC's character tables.

    A character is specific to a script when it converts to something else and is not
    among its own conversions: 後 (t2s 后) is traditional-only, 后 (s2t 后 or 後) is not.
    """
    return (
        _changed_characters(DICTIONARIES / "TSCharacters.txt"),
        _changed_characters(DICTIONARIES / "STCharacters.txt"),
    )


def _changed_characters(table: Path) -> frozenset[str]:
    changed = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        source, targets = line.split("\t")
        if source not in targets.split(" "):
            changed.add(source)
    return frozenset(changed)
