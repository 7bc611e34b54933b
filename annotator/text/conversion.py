"""OpenCC's t2s and s2t conversions, reproduced with a character table and a few phrase lookups.

opencc-python-reimplemented converts about 400,000 characters a second (2.5 s for a
1,000,000-character volume). Its result is the character table's first candidate for every
character, except inside the dictionary phrases it picks. Most phrases convert exactly as their
characters do (维持→維持); only "exception" phrases (头发→頭髮, 乾隆 keeping 乾) make a
difference, and only at their "deviating" characters (发, 乾). So a conversion here is one
``str.translate`` with the character table, and then, only where a deviating character stands
beside a neighbour it deviates beside in some phrase, OpenCC's choice among the phrases there
made again. That is about 30 times faster, and identical.

How OpenCC chooses phrases (opencc/opencc.py, ``StringTree``): it splits the text at
punctuation and white space, and within each piece repeatedly takes the longest phrase found
anywhere (the leftmost of equally long ones), then does the same on what lies left and right of
it. That is a greedy choice in the order (longest, leftmost) among the phrases that do not
overlap one already taken, so it can be made separately for each group of phrase occurrences
that overlap one another: phrases in different groups never block each other.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import opencc

if TYPE_CHECKING:
    import numpy

DICTIONARIES = Path(opencc.__file__).parent / "dictionary"

# OpenCC converts the pieces between these separately, so no phrase that holds one matches.
_SEPARATORS: re.Pattern[str] = opencc.OpenCC().split_chars_re


@dataclass(frozen=True)
class Tables:
    """What one conversion needs, built from a phrase table and a character table."""

    characters: dict[int, int]  # for str.translate: code point -> its first candidate's
    phrases: dict[str, str]  # every phrase OpenCC can match -> its first candidate
    prefixes: frozenset[str]  # proper prefixes of phrases, two characters or longer
    reach: dict[str, int]  # first two characters of phrases -> length of the longest
    inside: dict[str, int]  # two neighbours in phrases -> their furthest offset in one
    deviating: re.Pattern[str]  # characters some phrase converts unlike the table does
    pairs_ending: frozenset[str]  # (left neighbour, deviating character) in such a phrase
    pairs_starting: frozenset[str]  # (deviating character, right neighbour) in such a phrase

    @functools.cached_property
    def lookup(self) -> "numpy.ndarray":
        """The character table as an array: code point -> its conversion, up to the highest
        code point converted (0.7 MB for OpenCC's tables), for translating long texts."""
        import numpy as np

        sources = np.fromiter(self.characters.keys(), dtype=np.uint32)
        targets = np.fromiter(self.characters.values(), dtype=np.uint32)
        table = np.arange(int(sources.max(initial=0)) + 1, dtype=np.uint32)
        table[sources] = targets
        return table


def build_tables(phrase_file: str, character_file: str) -> Tables:
    """Tables for OpenCC's configuration that groups ``phrase_file`` before ``character_file``."""
    characters = {
        ord(source): ord(target)
        for source, target in _read(DICTIONARIES / character_file).items()
        if len(target) == 1  # always, in OpenCC's tables; a longer one would shift offsets
    }
    phrases: dict[str, str] = {}
    entries = _read(DICTIONARIES / phrase_file)
    # Each distinct character tested once: the separators' pattern is slow to run per phrase.
    separators = {char for char in set("".join(entries)) if _SEPARATORS.fullmatch(char)}
    for source, target in entries.items():
        if separators and not separators.isdisjoint(source):
            continue
        if len(source) == 1:
            # Taken only where no longer phrase covers it, so it acts as a character entry.
            if len(target) == 1:
                characters[ord(source)] = ord(target)
            continue
        # A conversion of another length (there is none in OpenCC's tables) would shift every
        # later offset; the phrase still blocks those it overlaps, but converts by character.
        phrases[source] = target if len(target) == len(source) else source.translate(characters)
    deviating, pairs_ending, pairs_starting = _deviations(phrases, characters)
    return Tables(
        characters=characters,
        phrases=phrases,
        prefixes=frozenset(p[:n] for p in phrases for n in range(2, len(p))),
        reach=_reach(phrases),
        inside=_inside(phrases),
        # "(?!)" never matches: with no deviating character there is nothing to redo.
        deviating=re.compile(
            "[" + "".join(map(re.escape, sorted(deviating))) + "]" if deviating else "(?!)"
        ),
        pairs_ending=frozenset(pairs_ending),
        pairs_starting=frozenset(pairs_starting),
    )


def convert(text: str, tables: Tables) -> str:
    """``text`` converted as OpenCC converts it, every character kept at its offset."""
    translated = _translate(text, tables)
    pieces: list[str] = []
    done = 0  # translated[:done] is in pieces
    resolved = 0  # the characters before this are in groups already resolved
    pairs_ending, pairs_starting = tables.pairs_ending, tables.pairs_starting
    for match in tables.deviating.finditer(text):
        at = match.start()
        if at < resolved:
            continue
        if text[at - 1 : at + 1] not in pairs_ending and text[at : at + 2] not in pairs_starting:
            continue  # no phrase makes this character deviate beside these neighbours
        start, resolved, converted = _resolve_group(text, translated, at, tables)
        if converted is not None:
            pieces.append(translated[done:start])
            pieces.append(converted)
            done = resolved
    if not pieces:
        return translated
    pieces.append(translated[done:])
    return "".join(pieces)


def _translate(text: str, tables: Tables) -> str:
    """``text.translate(tables.characters)``; for a long text by a lookup table in numpy, about
    15 times faster (str.translate looks every character up in a dict: 50 ms for a volume,
    which an import waits for before its segmentation can start)."""
    if len(text) < NUMPY_MIN_CHARS:
        return text.translate(tables.characters)
    import numpy as np

    table = tables.lookup
    size = len(table)
    codes = code_points(text)
    converted = np.where(codes < size, table[np.minimum(codes, size - 1)], codes)
    # surrogatepass, as code_points: a lone surrogate passes through unchanged, as with translate.
    return converted.tobytes().decode("utf-32-le", "surrogatepass")


def code_points(text: str) -> "numpy.ndarray":
    """``text``'s code points as a (read-only) numpy array of uint32. A lone surrogate (which
    nothing should store, but a str can hold) is the code point it is, rather than an error."""
    import numpy as np

    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


# From this length a conversion translates in numpy (which the window loads only when it needs
# it: an import of a long text does, for its parallel index).
NUMPY_MIN_CHARS = 50_000


def _resolve_group(
    text: str, translated: str, at: int, tables: Tables
) -> tuple[int, int, str | None]:
    """(start, end, conversion) of the group of overlapping phrases around ``at``.

    The conversion is None where the phrases OpenCC takes there convert like the character
    table (or no phrase covers ``at``): ``translated`` is right there already.
    """
    reach, inside = tables.reach, tables.inside
    found: dict[int, list[int]] = {}  # position -> lengths of the phrases starting there
    start, end = at, at + 1
    while True:
        # Each phrase overlapping [start, end) overlaps one already in the group (they cover
        # it without a gap), so the group grows until no further phrase reaches in. Such a
        # phrase starts inside, or holds the two characters across ``start``: then it starts
        # at most inside[those two] characters before them.
        offset = inside.get(text[start - 1 : start + 1]) if start else None
        group = []
        new_start, new_end = start, end
        for position in range(start if offset is None else max(0, start - 1 - offset), end):
            longest = reach.get(text[position : position + 2])
            if longest is None or position + longest <= start:
                continue
            lengths = found.get(position)
            if lengths is None:
                lengths = found[position] = _phrase_lengths(text, position, longest, tables)
            for length in lengths:
                if position + length > start:
                    group.append((-length, position))
                    new_start = min(new_start, position)
                    new_end = max(new_end, position + length)
        if new_start == start and new_end == end:
            break
        start, end = new_start, new_end
    if not group:
        return start, end, None
    return start, end, _choose(group, text, translated, start, end, tables.phrases)


def _choose(
    group: list[tuple[int, int]],
    text: str,
    translated: str,
    start: int,
    end: int,
    phrases: dict[str, str],
) -> str | None:
    """OpenCC's conversion of text[start:end], the span of the (-length, position) ``group``;
    None if it is the same as the character table's."""
    converted = list(translated[start:end])
    taken = [False] * (end - start)
    changed = False
    for negative_length, position in sorted(group):  # longest first, then leftmost
        offset, length = position - start, -negative_length
        if any(taken[offset : offset + length]):
            continue
        taken[offset : offset + length] = [True] * length
        target = phrases[text[position : position + length]]
        if target != translated[position : position + length]:
            converted[offset : offset + length] = target
            changed = True
    return "".join(converted) if changed else None


def _phrase_lengths(text: str, position: int, longest: int, tables: Tables) -> list[int]:
    """Lengths of the phrases that start at ``position`` in ``text`` (none longer than
    ``longest``)."""
    lengths = []
    for length in range(2, longest + 1):
        candidate = text[position : position + length]
        if len(candidate) < length:
            break
        if candidate in tables.phrases:
            lengths.append(length)
        if candidate not in tables.prefixes:
            break
    return lengths


def _deviations(
    phrases: dict[str, str], characters: dict[int, int]
) -> tuple[set[str], set[str], set[str]]:
    """(deviating characters, pairs ending in one, pairs starting with one): where phrases
    convert a character unlike the character table, and beside which neighbour."""
    deviating: set[str] = set()
    pairs_ending: set[str] = set()
    pairs_starting: set[str] = set()
    for source, target in phrases.items():
        by_character = source.translate(characters)
        if target == by_character:
            continue
        for i, (char, wanted, table) in enumerate(zip(source, target, by_character, strict=True)):
            if wanted != table:
                deviating.add(char)
                if i > 0:
                    pairs_ending.add(source[i - 1 : i + 1])
                if i + 1 < len(source):
                    pairs_starting.add(source[i : i + 2])
    return deviating, pairs_ending, pairs_starting


def _reach(phrases: dict[str, str]) -> dict[str, int]:
    """The length of the longest phrase starting with each pair of characters."""
    reach: dict[str, int] = {}
    for phrase in phrases:
        reach[phrase[:2]] = max(reach.get(phrase[:2], 0), len(phrase))
    return reach


def _inside(phrases: dict[str, str]) -> dict[str, int]:
    """For each pair of neighbours in a phrase, the furthest offset in a phrase it stands at."""
    inside: dict[str, int] = {}
    for phrase in phrases:
        for offset in range(len(phrase) - 1):
            pair = phrase[offset : offset + 2]
            if inside.get(pair, -1) < offset:
                inside[pair] = offset
    return inside


def _read(table: Path) -> dict[str, str]:
    """A table as OpenCC reads it: source -> the first of its space-separated candidates."""
    entries = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.strip():
            source, targets = line.strip().split("\t")
            entries[source] = targets.split(" ")[0]
    return entries
