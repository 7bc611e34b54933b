"""Word segmentation with jieba, as boundary offsets into the original text.

jieba is trained on simplified text and segments traditional text badly, so traditional and
mixed texts are segmented in their simplified conversion. That conversion keeps every
character at its offset (see script.py), so its boundaries hold in the original unchanged.

Each Segmenter owns a jieba.Tokenizer: jieba's global tokenizer is shared by everything in
the process, and words one project adds must not leak into another.
"""

import hashlib
import logging
import os
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import jieba

from annotator.text.errors import TextError
from annotator.text.resources import HISTORICAL_NAMES
from annotator.text.script import Script, detect_script, to_simplified

# jieba builds a lattice over each run of hanzi it is given; unpunctuated classical text can
# hold very long runs, so lines are cut into pieces of at most this many characters, at a
# non-hanzi character where there is one.
_MAX_CHUNK = 10_000
_RE_BREAKABLE = re.compile(r"[^\u4e00-\u9fd5a-zA-Z0-9]")
_RE_LINE = re.compile(r"[^\n]+|\n")

PathArg = str | os.PathLike[str]


class Segmenter:
    """Splits text into words; thread-safe, and loads jieba's dictionary on first use.

    ``cache_dir`` holds jieba's dictionary cache (jieba's default, the system temporary
    folder, when None). ``user_dictionaries`` are files in jieba's user-dictionary format
    ("word freq tag" per line, UTF-8); ``extra_words`` are added on top.
    """

    def __init__(
        self,
        cache_dir: PathArg | None = None,
        user_dictionaries: Sequence[PathArg] = (HISTORICAL_NAMES,),
        extra_words: Iterable[str] = (),
    ) -> None:
        self._cache_dir = Path(cache_dir) if cache_dir is not None else None
        self._user_dictionaries = tuple(Path(path) for path in user_dictionaries)
        self._words: list[str] = []
        self._lock = threading.Lock()
        self._tokenizer: jieba.Tokenizer | None = None
        for word in extra_words:
            self.add_word(word)

    @property
    def method(self) -> str:
        """What produces the segmentation, stored with it so it can be redone identically."""
        digest = hashlib.sha256()
        for path in self._user_dictionaries:
            digest.update(_read_dictionary(path))
        with self._lock:
            words = sorted(set(self._words))
        digest.update("\n".join(words).encode("utf-8"))
        return f"jieba-{jieba.__version__} precise HMM +dict:{digest.hexdigest()[:8]}"

    def add_word(self, word: str) -> None:
        """Make ``word`` (either script) come out as one segment from now on."""
        word = word.strip()
        if not word or any(char.isspace() for char in word):
            raise TextError(f"cannot add {word!r} as a word: it is empty or contains spaces")
        # Traditional text is segmented in simplified form, so the word must exist in both.
        forms = dict.fromkeys((word, to_simplified(word)))
        with self._lock:
            self._words.extend(forms)
            if self._tokenizer is not None:
                for form in forms:
                    self._tokenizer.add_word(form)

    def preload(self) -> None:
        """Load the dictionaries now (about half a second), e.g. from a worker thread."""
        self._ready()

    def segment(self, text: str, *, script: Script | None = None) -> list[int]:
        """Word boundaries of ``text``: sorted code-point offsets from 0 to len(text).

        ``script`` is detected when None. Line breaks and other whitespace characters are
        segments of their own, as is each character outside jieba's hanzi range (CJK
        Extension A and B, e.g. 𠮷).
        """
        if script is None:
            script = detect_script(text)
        if script in (Script.TRADITIONAL, Script.MIXED):
            text = to_simplified(text)
        tokenizer = self._ready()
        boundaries = [0]
        for line in _RE_LINE.finditer(text):
            if line[0] == "\n":
                boundaries.append(line.end())
                continue
            position = line.start()
            for chunk in _chunks(line[0]):
                for word in tokenizer.cut(chunk, HMM=True):
                    position += len(word)
                    boundaries.append(position)
            if position != line.end():
                raise RuntimeError("jieba returned words that do not add up to its input")
        return boundaries

    def _ready(self) -> jieba.Tokenizer:
        with self._lock:
            if self._tokenizer is None:
                self._tokenizer = self._load()
            return self._tokenizer

    def _load(self) -> jieba.Tokenizer:
        # jieba logs "Building prefix dict..." at DEBUG on its own stderr handler.
        logging.getLogger("jieba").setLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        if self._cache_dir is not None:
            self._cache_dir.mkdir(parents=True, exist_ok=True)
            tokenizer.tmp_dir = str(self._cache_dir)
        tokenizer.initialize()
        for path in self._user_dictionaries:
            for word, frequency, tag in _dictionary_entries(path):
                tokenizer.add_word(word, frequency, tag)
        for word in self._words:
            tokenizer.add_word(word)
        return tokenizer


def _read_dictionary(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise TextError(f"{path.name}: cannot read the dictionary ({exc.strerror})") from None


def _dictionary_entries(path: Path) -> Iterator[tuple[str, int | None, str | None]]:
    """(word, frequency, tag) of each entry of a jieba user dictionary; "#" starts a comment."""
    text = _read_dictionary(path).decode("utf-8-sig", errors="replace")
    for number, line in enumerate(text.splitlines(), 1):
        fields = line.split()
        if not fields or fields[0].startswith("#"):
            continue
        word, rest = fields[0], fields[1:]
        frequency = int(rest.pop(0)) if rest and rest[0].isdigit() else None
        tag = rest.pop(0) if rest else None
        if rest:
            raise TextError(f"{path.name}, line {number}: expected 'word [frequency] [tag]'")
        yield word, frequency, tag


def _chunks(line: str) -> Iterator[str]:
    """``line`` in pieces of at most _MAX_CHUNK characters, cut after a non-hanzi if possible."""
    while len(line) > _MAX_CHUNK:
        breaks = [m.end() for m in _RE_BREAKABLE.finditer(line, _MAX_CHUNK // 2, _MAX_CHUNK)]
        cut = breaks[-1] if breaks else _MAX_CHUNK
        yield line[:cut]
        line = line[cut:]
    if line:
        yield line
