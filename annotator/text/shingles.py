"""The parallel-passage index of one document: its text normalised for comparison, cut into
character n-grams ("shingles"), and every shingle's positions, packed as bytes for storage.

Comparison runs on the folded (simplified) text, so a traditional account and a simplified
retelling share their shingles. Normalising then drops what rewording changes most and means
least: punctuation, white space and symbols are left out, the variants fold leaves apart are
one (擡 and 抬: variants.py's table, so an index built before that table changes compares
those characters the old way), letters are compared by their compatibility form in lower
case (Ａ, A and a are one), and every number is one placeholder:
a run of digits, Arabic (1949), full-width (１９４９) or Chinese (一九四九, 十二, 两), is a
single "#", so "1949年7月" and "一九四九年六月" both read "#年#月". Each normalised character
keeps the code-point span it came from in the stored text ([starts[i], ends[i])), so a match
found among normalised characters is reported at stored offsets.

Shingles are bigrams (SHINGLE_SIZE = 2), as measured on the sample texts by
`python -m bench.parallels --shingle-sizes`: of the ten retellings between them listed in
tests/text/test_parallels.py, bigrams find all ten first, each scoring at least 2.5 times the
best other sentence (3.2 times at the median); trigrams find nine (the retold direct speech,
which keeps words but hardly three characters in a row, not at all) and single characters
eight (sentences that merely share the names score half as high as the counterparts). Of
the traditional sample's sentences with a quarter of their characters replaced at random,
clauses swapped and numbers changed, bigrams find 98% first, trigrams 85%. A 2-character word
is the commonest unit of Chinese prose, which is why bigrams survive rewording.

A shingle's key is a 32-bit hash of its code points (a stable function, defined here, since
it is stored): two different bigrams share a key once in about four billion lookups, which at
worst adds a stray hit to a candidate, never a wrong offset.
"""

from __future__ import annotations

import functools
import struct
import sys
import threading
import unicodedata
from dataclasses import dataclass

import numpy as np

from annotator.text.errors import TextError
from annotator.text.variants import load_variants

SHINGLE_SIZE = 2
NUMBER_WEIGHT = 0.25  # see shingle_weights
PLACEHOLDER = "#"  # a number; "#" itself is punctuation, so it never stands for itself

# Chinese numerals that count as digits: the everyday ones (folded text is simplified; the
# traditional 萬億兩 are listed for text that was not folded) and the financial forms that are
# not also common words (伍 队伍, 陆 大陆 and 参 参加 are left out).
_CHINESE_NUMERALS = "〇零一二三四五六七八九十百千万亿两萬億兩廿卅壹贰貳叁肆柒捌玖拾佰仟"

_NUMBER_SEPARATORS = np.array([ord(c) for c in ",.，．"], dtype=np.uint32)
_DROP, _KEEP, _NUMBER, _UNKNOWN = 0, 1, 2, 255
_PLACEHOLDER_CODE = ord(PLACEHOLDER)
_BMP = 0x10000


class _CharacterTable:
    """Each code point's class (dropped, kept, number) and the character it is compared as.

    Filled lazily for the characters texts actually contain (a volume has a few thousand
    distinct ones): classifying all 65,536 of the BMP up front would cost every process
    about 0.1 s.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.classes = np.full(_BMP, _UNKNOWN, dtype=np.uint8)
        self.compared = np.arange(_BMP, dtype=np.uint32)
        self._astral: dict[int, tuple[int, int]] = {}

    def lookup(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(classes, compared code points) for an array of code points."""
        bmp = np.minimum(codes, _BMP - 1)
        classes = self.classes[bmp]
        unknown = classes == _UNKNOWN
        astral = codes >= _BMP
        if unknown.any():
            with self._lock:
                for code in np.unique(codes[unknown & ~astral]).tolist():
                    cls, compared = _classify(code)
                    # The class last: a reader that sees it known sees its character too.
                    self.compared[code] = compared
                    self.classes[code] = cls
            classes = self.classes[bmp]
        compared = self.compared[bmp]
        if astral.any():
            where = np.flatnonzero(astral)
            pairs = [self._astral_class(code) for code in codes[where].tolist()]
            classes[where] = [cls for cls, _ in pairs]
            compared[where] = [code for _, code in pairs]
        return classes, compared

    def _astral_class(self, code: int) -> tuple[int, int]:
        found = self._astral.get(code)
        if found is None:
            found = self._astral[code] = _classify(code)
        return found


def _classify(code: int) -> tuple[int, int]:
    character = chr(code)
    category = unicodedata.category(character)
    if category[0] == "N" or character in _CHINESE_NUMERALS:
        return _NUMBER, _PLACEHOLDER_CODE
    if category[0] != "L":
        return _DROP, code
    character = _variants().get(character, character)
    compared = unicodedata.normalize("NFKC", character).casefold()
    return _KEEP, ord(compared if len(compared) == 1 else character)


@functools.cache
def _variants() -> dict[str, str]:
    return load_variants()


_TABLE = _CharacterTable()


@dataclass(frozen=True, eq=False)
class Normalised:
    """A text as compared: ``codes[i]`` is normalised character i, which stands for the stored
    characters [starts[i], ends[i]) (more than one for a run of digits)."""

    codes: np.ndarray  # uint32 code points
    starts: np.ndarray  # uint32
    ends: np.ndarray  # uint32

    @property
    def text(self) -> str:
        return self.codes.astype("<u4").tobytes().decode("utf-32-le")

    def __len__(self) -> int:
        return len(self.codes)


def normalise(folded: str) -> Normalised:
    """``folded`` (a stored text's folded form, or a piece of it) as compared; offsets in the
    result count from the start of ``folded``."""
    codes = _code_points(folded)
    classes, compared = _TABLE.lookup(codes)
    kept = np.flatnonzero(classes != _DROP)
    number = classes[kept] == _NUMBER
    # A number character joins the number before it when it follows it directly or across
    # a digit-group or decimal separator (3,000 and 3.5 are one number; 3。1950 two).
    joins = np.zeros(len(kept), dtype=bool)
    if len(kept) > 1:
        gaps = np.diff(kept)
        separated = (gaps == 2) & np.isin(codes[kept[1:] - 1], _NUMBER_SEPARATORS)
        joins[1:] = number[1:] & number[:-1] & ((gaps == 1) | separated)
    heads = np.flatnonzero(~joins)
    lasts = np.empty(len(heads), dtype=np.intp)
    lasts[:-1] = heads[1:] - 1
    if len(heads):
        lasts[-1] = len(kept) - 1
    return Normalised(
        codes=compared[kept[heads]].astype(np.uint32),
        starts=kept[heads].astype(np.uint32),
        ends=(kept[lasts] + 1).astype(np.uint32),
    )


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.uint32)


# -- shingles -------------------------------------------------------------------------------------

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # Knuth's multiplicative hash constant (2^64 / phi)


def shingle_keys(codes: np.ndarray, size: int = SHINGLE_SIZE) -> np.ndarray:
    """The key (uint32) of each n-gram of ``codes``: key i is that of codes[i:i + size]."""
    if not 1 <= size <= 3:
        raise ValueError(f"shingles of {size} characters: 1 to 3 are possible")
    count = len(codes) - size + 1
    if count <= 0:
        return np.empty(0, dtype=np.uint32)
    wide = codes.astype(np.uint64)
    packed = wide[:count].copy()
    for k in range(1, size):  # 21 bits a code point: exact for up to three
        packed <<= np.uint64(21)
        packed |= wide[k : k + count]
    packed *= _GOLDEN  # wraps modulo 2^64, as the hash intends
    return (packed >> np.uint64(32)).astype(np.uint32)


def _sorted_by_key(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(positions ordered by key, positions in order within a key; the keys in that order).

    A stable argsort of the keys, made as one sort of (key, position) packed in 64 bits: every
    value is distinct, so any sort gives the stable order, and numpy sorts machine integers
    with its vectorised quicksort, 10 times faster than its stable argsort (110 ms for a
    volume's million shingles, in the import's thread beside the segmentation workers).
    """
    packed = (keys.astype(np.uint64) << np.uint64(32)) | np.arange(len(keys), dtype=np.uint64)
    packed.sort()
    return (packed & np.uint64(0xFFFFFFFF)).astype(np.intp), (packed >> np.uint64(32)).astype(np.uint32)


# -- weights -------------------------------------------------------------------------------------

def numbered_shingles(codes: np.ndarray, size: int = SHINGLE_SIZE) -> np.ndarray:
    """For each n-gram of ``codes``, whether it holds a number."""
    count = len(codes) - size + 1
    if count <= 0:
        return np.empty(0, dtype=bool)
    number = codes == _PLACEHOLDER_CODE
    holds = number[:count].copy()
    for k in range(1, size):
        holds |= number[k : k + count]
    return holds


def shingle_weights(frequencies: np.ndarray, shingles: int, numbered: np.ndarray) -> np.ndarray:
    """What shingles weigh in a score, in sixteenths (uint8): 1 + ln(shingles / frequency),
    for a document of ``shingles`` shingles that has each ``frequencies`` times, so that one it
    has once weighs about twice what its commonest do (毛泽 and 斯大 in the sample texts);
    and a quarter of that where ``numbered`` (the shingle holds a number).

    A number's value is ignored, so that changed numbers still match; that leaves "#月",
    "月#", "#日" saying only that a date is there, and at full weight any sentence with a date
    would join a match.
    """
    rarity = 1.0 + np.log(max(shingles, 1) / np.maximum(frequencies, 1))
    weight = rarity * np.where(numbered, NUMBER_WEIGHT, 1.0)
    return np.clip(np.rint(weight * 16), 1, 255).astype(np.uint8)


# -- the index ------------------------------------------------------------------------------------

_MAGIC = b"CTAP"  # Chinese Text Annotator Parallels
_VERSION = 1
FORMAT_VERSION = _VERSION  # public: a project stores it beside each index, to rebuild old ones
# magic, version, shingle size; normalised characters, distinct keys, runs in the offset map,
# characters standing for more than one stored character
_HEADER = struct.Struct("<4sBBxxIIII")


class ShingleIndex:
    """One document's shingles: for each distinct key, the sorted positions (indexes of
    normalised characters) where it starts; what the shingle at each position weighs; and the
    map back to stored offsets.

    Stored as little-endian arrays laid end to end, so that loading is a header and zero-copy
    views, and a query reads only the parts it needs: keys (uint32, sorted), bounds (uint32:
    the postings of keys[k] are postings[bounds[k]:bounds[k + 1]]), postings (uint32),
    weights (uint8, by position), then the offset map as runs of consecutive characters
    (first normalised character and its stored offset, uint32 each: one run per stretch
    between punctuation) and the numbers written with several digits (normalised position and
    stored end). About 5 bytes a normalised character, plus 8 for each distinct bigram and 8
    for each run.
    """

    def __init__(self, size: int, length: int, keys: np.ndarray, bounds: np.ndarray,
                 postings: np.ndarray, weights: np.ndarray, offsets: OffsetMap) -> None:
        self.size = size
        self.length = length  # normalised characters
        self.keys = keys
        self.bounds = bounds
        self.postings = postings
        self.weights = weights
        self.offsets = offsets

    @classmethod
    def build(cls, folded: str, size: int = SHINGLE_SIZE) -> ShingleIndex:
        """The index of a document from its folded text."""
        normalised = normalise(folded)
        keys = shingle_keys(normalised.codes, size)
        order, ordered = _sorted_by_key(keys)
        firsts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]) if len(ordered) \
            else np.empty(0, dtype=np.intp)
        bounds = np.append(firsts, len(ordered)).astype(np.uint32)
        frequencies = np.empty(len(keys), dtype=np.intp)
        runs = np.diff(bounds.astype(np.intp))
        frequencies[order] = np.repeat(runs, runs)
        weights = shingle_weights(frequencies, len(keys), numbered_shingles(normalised.codes, size))
        return cls(size, len(normalised), ordered[firsts], bounds, order.astype(np.uint32),
                   weights, OffsetMap.of(normalised))

    # -- storage -------------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        offsets = self.offsets
        header = _HEADER.pack(_MAGIC, _VERSION, self.size, self.length, len(self.keys),
                              len(offsets.run_firsts), len(offsets.wide))
        return b"".join([
            header, _le(self.keys), _le(self.bounds), _le(self.postings),
            self.weights.astype(np.uint8, copy=False).tobytes(),
            _le(offsets.run_firsts), _le(offsets.run_starts), _le(offsets.wide),
            _le(offsets.wide_ends),
        ])

    @classmethod
    def from_bytes(cls, blob: bytes) -> ShingleIndex:
        """Load what to_bytes stored (without copying it); damaged or foreign bytes raise
        TextError."""
        view = memoryview(blob)
        if len(view) < _HEADER.size:
            raise TextError("text.shingles.stored_parallel_index_damaged_too")
        magic, version, size, length, distinct, runs, wide = _HEADER.unpack_from(view)
        if magic != _MAGIC:
            raise TextError("text.shingles.stored_parallel_index_damaged_not")
        if version != _VERSION:
            raise TextError("text.shingles.stored_parallel_index_format_version",
                            version=version, supported=_VERSION)
        shingles = max(length - size + 1, 0)
        expected = _HEADER.size + 4 * (2 * distinct + 1 + shingles + 2 * runs + 2 * wide) \
            + shingles
        if len(view) != expected or not 1 <= size <= 3:
            raise TextError("text.shingles.stored_parallel_index_damaged_bytes", size=len(view),
                            expected=expected)
        at = _HEADER.size
        keys, at = _view(view, at, distinct)
        bounds, at = _view(view, at, distinct + 1)
        postings, at = _view(view, at, shingles)
        weights = np.frombuffer(view, dtype=np.uint8, count=shingles, offset=at)
        at += shingles
        run_firsts, at = _view(view, at, runs)
        run_starts, at = _view(view, at, runs)
        wide_positions, at = _view(view, at, wide)
        wide_ends, at = _view(view, at, wide)
        offsets = OffsetMap(length, run_firsts, run_starts, wide_positions, wide_ends)
        return cls(size, length, keys, bounds, postings, weights, offsets)

    # -- lookups -------------------------------------------------------------------------------

    def lookup(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Where ``keys`` (distinct) occur: (positions, which, counts). Positions come grouped
        by key, in the order of ``keys``, each group in position order; ``which`` holds, for
        each group, the index in ``keys`` of its key, and ``counts`` its size."""
        found, at = self._find(keys)
        firsts = self.bounds[at].astype(np.intp)
        counts = self.bounds[at + 1].astype(np.intp) - firsts
        total = int(counts.sum())
        if total == 0:
            empty = np.empty(0, dtype=np.intp)
            return empty, empty, empty
        # The slices gathered without a Python loop: index i of the result is postings[j] for
        # a j that steps by 1 within a key's slice and jumps to the next slice's start.
        steps = np.ones(total, dtype=np.intp)
        steps[0] = firsts[0]
        steps[np.cumsum(counts)[:-1]] = firsts[1:] - (firsts[:-1] + counts[:-1]) + 1
        return self.postings[np.cumsum(steps)].astype(np.intp), found, counts

    def count(self, keys: np.ndarray) -> np.ndarray:
        """How often each of ``keys`` occurs in the document."""
        found, at = self._find(keys)
        counts = np.zeros(len(keys), dtype=np.intp)
        counts[found] = self.bounds[at + 1].astype(np.intp) - self.bounds[at].astype(np.intp)
        return counts

    def _find(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(which of ``keys`` occur, where each of those is in self.keys)."""
        if not len(self.keys):
            return np.empty(0, dtype=np.intp), np.empty(0, dtype=np.intp)
        at = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        found = np.flatnonzero(self.keys[at] == keys)
        return found, at[found]


class OffsetMap:
    """Normalised positions ↔ stored offsets, kept as runs: normalised characters
    run_firsts[k] on are stored characters run_starts[k] on, one for one, up to the next run;
    a number of several digits (normalised position wide[i]) ends at stored wide_ends[i]."""

    def __init__(self, length: int, run_firsts: np.ndarray, run_starts: np.ndarray,
                 wide: np.ndarray, wide_ends: np.ndarray) -> None:
        self.length = length
        self.run_firsts = run_firsts
        self.run_starts = run_starts
        self.wide = wide
        self.wide_ends = wide_ends

    @classmethod
    def of(cls, normalised: Normalised) -> OffsetMap:
        starts = normalised.starts.astype(np.int64)
        firsts = np.flatnonzero(np.r_[True, np.diff(starts) != 1]) if len(starts) else \
            np.empty(0, dtype=np.intp)
        wide = np.flatnonzero(normalised.ends.astype(np.int64) - starts != 1)
        return cls(len(normalised), firsts.astype(np.uint32), normalised.starts[firsts],
                   wide.astype(np.uint32), normalised.ends[wide])

    def starts(self, positions: np.ndarray) -> np.ndarray:
        """The stored offset where each normalised character starts."""
        positions = np.asarray(positions, dtype=np.int64)
        run = np.searchsorted(self.run_firsts, positions, side="right") - 1
        return self.run_starts[run].astype(np.int64) + positions - self.run_firsts[run]

    def ends(self, positions: np.ndarray) -> np.ndarray:
        """The stored offset one past where each normalised character ends."""
        positions = np.asarray(positions, dtype=np.int64)
        ends = self.starts(positions) + 1
        if len(self.wide):
            at = np.minimum(np.searchsorted(self.wide, positions), len(self.wide) - 1)
            ends = np.where(self.wide[at] == positions, self.wide_ends[at].astype(np.int64), ends)
        return ends

    def positions(self, offsets: np.ndarray) -> np.ndarray:
        """For stored offsets, the first normalised character that starts at or after each."""
        offsets = np.asarray(offsets, dtype=np.int64)
        if not self.length:
            return np.zeros(len(offsets), dtype=np.int64)
        run = np.searchsorted(self.run_starts, offsets, side="right") - 1
        before = run < 0  # before the first character
        run = np.maximum(run, 0)
        inside = self.run_firsts[run].astype(np.int64) + offsets - self.run_starts[run]
        # An offset past its run's characters (on punctuation) belongs to the next run.
        last_run = run + 1 >= len(self.run_firsts)
        following = np.where(last_run, self.length,
                             self.run_firsts[np.where(last_run, run, run + 1)].astype(np.int64))
        return np.where(before, 0, np.minimum(inside, following))

    def span(self, first: int, last: int) -> tuple[int, int]:
        """The stored [start, end) of normalised characters [first, last) (last > first)."""
        return int(self.starts(np.array([first]))[0]), int(self.ends(np.array([last - 1]))[0])


def _le(array: np.ndarray) -> bytes:
    return array.astype("<u4", copy=False).tobytes()


def _view(view: memoryview, at: int, count: int) -> tuple[np.ndarray, int]:
    array = np.frombuffer(view, dtype="<u4", count=count, offset=at)
    if sys.byteorder == "big":
        array = array.astype(np.uint32)
    return array, at + 4 * count
