"""Word segmentation with jieba, as boundary offsets into the original text.

jieba is trained on simplified text and segments traditional text badly, so traditional and
mixed texts are segmented in their simplified conversion. That conversion keeps every
character at its offset (see script.py), so its boundaries hold in the original unchanged.

Each Segmenter owns a jieba.Tokenizer: jieba's global tokenizer is shared by everything in
the process, and words one project adds must not leak into another.

Long texts are segmented in worker processes, one per core (see segment_pool.py): jieba is
pure Python, so threads would all wait for the one interpreter lock.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
import weakref
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from annotator.text.boundaries import BOUNDARY_TYPECODE
from annotator.text.errors import TextError
from annotator.text.resources import HISTORICAL_NAMES
from annotator.text.script import Script, detect_script, to_simplified

if TYPE_CHECKING:
    import jieba

    from annotator.text.segment_pool import SegmentPool

# jieba builds a lattice over each run of hanzi it is given; unpunctuated classical text can
# hold very long runs, so lines are cut into pieces of at most this many characters, at a
# non-hanzi character where there is one.
_MAX_CHUNK = 10_000
_RE_BREAKABLE = re.compile(r"[^\u4e00-\u9fd5a-zA-Z0-9]")
_RE_LINE = re.compile(r"[^\n]+|\n")

# Texts are segmented in spans of about this many characters, each ending at a line break:
# often enough to report progress and notice a cancel, rarely enough to cost nothing.
SPAN_CHARS = 32_000
# Below this length starting worker processes (about a second) costs more than it saves.
PARALLEL_MIN_CHARS = 200_000
# segment_packed's machine integers: those the boundaries are stored as (uint32).
PACKED_TYPE = BOUNDARY_TYPECODE
# After this many failures (a worker killed, a pool that would not start) the automatic
# choice stops trying worker processes for this Segmenter.
_MAX_POOL_FAILURES = 2

_log = logging.getLogger(__name__)

PathArg = str | os.PathLike[str]
Progress = Callable[[float], None]


class Cancel(Protocol):
    """What ``segment`` polls to learn that the user cancelled; threading.Event is one."""

    def is_set(self) -> bool: ...


class SegmentationCancelled(Exception):
    """``segment`` stopped because its ``cancel`` was set; it returned nothing."""


class PoolUnavailable(Exception):
    """The worker processes could not start or failed; segment in this process instead."""


@dataclass(frozen=True)
class SegmenterSettings:
    """What a worker process needs to build a Segmenter that segments exactly like ours.

    ``words`` are the added forms in the order they reached the tokenizer: jieba suggests a
    new word's frequency from the words before it, so the order is part of the result.
    """

    cache_dir: str | None
    user_dictionaries: tuple[str, ...]
    words: tuple[str, ...]


class Segmenter:
    """Splits text into words; thread-safe, and loads jieba's dictionary on first use.

    ``cache_dir`` holds jieba's dictionary cache (jieba's default, the system temporary
    folder, when None). ``user_dictionaries`` are files in jieba's user-dictionary format
    ("word freq tag" per line, UTF-8); ``extra_words`` are added on top.

    Long texts go to worker processes that stay alive for the next text; ``close`` stops
    them (they also stop when the Segmenter is garbage-collected or the program exits).
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
        self._pool_lock = threading.Lock()
        self._segment_pool: SegmentPool | None = None
        self._pool_failures = 0
        for word in extra_words:
            self.add_word(word)

    @classmethod
    def from_settings(cls, settings: SegmenterSettings) -> "Segmenter":
        """A Segmenter that segments exactly like the one ``settings`` were taken from."""
        segmenter = cls(settings.cache_dir, settings.user_dictionaries)
        segmenter.add_forms(settings.words)
        return segmenter

    @property
    def settings(self) -> SegmenterSettings:
        """Everything that decides this Segmenter's output, to rebuild it in another process."""
        with self._lock:
            words = tuple(self._words)
        return SegmenterSettings(
            cache_dir=str(self._cache_dir) if self._cache_dir is not None else None,
            user_dictionaries=tuple(str(path) for path in self._user_dictionaries),
            words=words,
        )

    @property
    def method(self) -> str:
        """What produces the segmentation, stored with it so it can be redone identically."""
        digest = hashlib.sha256()
        for path in self._user_dictionaries:
            digest.update(_read_dictionary(path))
        with self._lock:
            words = sorted(set(self._words))
        digest.update("\n".join(words).encode("utf-8"))
        import jieba  # here, not at the top: the window's process shows texts without jieba

        return f"jieba-{jieba.__version__} precise HMM +dict:{digest.hexdigest()[:8]}"

    def add_word(self, word: str) -> None:
        """Make ``word`` (either script) come out as one segment from now on."""
        word = word.strip()
        if not word or any(char.isspace() for char in word):
            raise TextError("text.segment.cannot_add_word_empty_contains", word=word)
        # Traditional text is segmented in simplified form, so the word must exist in both.
        self.add_forms(dict.fromkeys((word, to_simplified(word))))

    def add_forms(self, forms: Iterable[str]) -> None:
        """Add ``forms`` as words exactly as given and in this order (add_word adds the
        simplified form too); for rebuilding this Segmenter from its settings."""
        with self._lock:
            for form in forms:
                self._words.append(form)
                if self._tokenizer is not None:
                    self._tokenizer.add_word(form)

    def preload(self, *, parallel: bool = False) -> None:
        """Load the dictionaries now (about half a second), e.g. from a worker thread.

        With ``parallel``, also start the worker processes for long texts (see warm_up).
        """
        self._ready()
        if parallel:
            self.warm_up()

    def warm_up(self) -> bool:
        """Start the worker processes and wait until each has loaded the dictionaries.

        Takes about a second, so call it off the UI thread, e.g. at start-up. False when the
        workers cannot be started: long texts are then segmented in this process.
        """
        # The import that follows names jieba's version in what it stores (`method`): load the
        # module now, with the workers (0.13 s, pkg_resources included), not inside the import.
        import jieba  # noqa: F401

        try:
            self._pool().start(self.settings)
        except PoolUnavailable:
            _log.warning("cannot start segmentation workers", exc_info=True)
            self._discard_pool()
            return False
        return True

    def close(self) -> None:
        """Stop the worker processes. The Segmenter stays usable and restarts them if needed."""
        with self._pool_lock:
            pool, self._segment_pool = self._segment_pool, None
        if pool is not None:
            pool.close()

    def segment(self, text: str, **options: Any) -> list[int]:
        """`segment_packed`'s boundaries (with the same options) as a list."""
        return self.segment_packed(text, **options).tolist()

    def segment_packed(
        self,
        text: str,
        *,
        script: Script | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        parallel: bool | None = None,
    ) -> array:
        """Word boundaries of ``text``: sorted code-point offsets from 0 to len(text), packed
        as machine integers (uint32, as they are stored). That is how the workers send them
        and an import stores them; a volume's half a million offsets as Python ints would
        cost a pass to make, tens of megabytes, and (measured) slow SQLite's writes of the
        import's store while alive. `segment` gives them as a list.

        ``script`` is detected when None. Line breaks and other whitespace characters are
        segments of their own, as is each character outside jieba's hanzi range (CJK
        Extension A and B, e.g. 𠮷).

        ``progress`` is called with the fraction done (0 to 1, never decreasing, 1 at the
        end); ``cancel`` is polled as the work goes on and, once set, makes this raise
        SegmentationCancelled. ``parallel`` chooses worker processes (True) or this process
        (False); None uses workers for texts over PARALLEL_MIN_CHARS on a machine with
        more than one core. The result is the same either way, and if the workers fail the
        text is segmented in this process instead.
        """
        if script is None:
            script = detect_script(text)
        convert = script in (Script.TRADITIONAL, Script.MIXED)
        report = _never_backwards(progress)
        if self._wants_workers(text, parallel):
            try:
                return self._pool().segment(self.settings, text, convert, report, cancel)
            except PoolUnavailable:
                _log.warning("segmentation workers failed; segmenting here", exc_info=True)
                self._discard_pool()
        return array(PACKED_TYPE, self._segment_here(text, convert, report, cancel))

    def segment_pieces(self, pieces: Sequence[str], *, convert: bool, start: int = 0) -> list[int]:
        """Boundaries after ``start`` of the pieces laid end to end from there, each segmented
        on its own.

        For worker processes: a piece is whole lines, or a piece of a long line as
        ``split_long_line`` cuts it; ``convert`` says the pieces are not yet simplified.
        """
        tokenizer = self._ready()
        boundaries: list[int] = []
        position = start
        for piece in pieces:
            if convert:
                piece = to_simplified(piece)
            _cut(tokenizer, piece, position, boundaries)
            position += len(piece)
        return boundaries

    def _segment_here(
        self, text: str, convert: bool, report: Progress, cancel: Cancel | None
    ) -> list[int]:
        if convert:
            text = to_simplified(text)
        tokenizer = self._ready()
        boundaries = [0]
        for start, end in line_spans(text, SPAN_CHARS):
            check_cancel(cancel)
            _cut(tokenizer, text[start:end], start, boundaries)
            report(end / len(text))
        report(1.0)
        return boundaries

    def _wants_workers(self, text: str, parallel: bool | None) -> bool:
        if parallel is not None:
            return parallel
        return (
            len(text) > PARALLEL_MIN_CHARS
            and (os.cpu_count() or 1) > 1
            and self._pool_failures < _MAX_POOL_FAILURES
        )

    def _pool(self) -> "SegmentPool":
        # Imported here: segment_pool imports this module, and short texts never need it.
        from annotator.text.segment_pool import SegmentPool

        with self._pool_lock:
            if self._segment_pool is None:
                self._segment_pool = SegmentPool()
                # Stops the workers when this Segmenter is collected, or at exit.
                weakref.finalize(self, self._segment_pool.close)
            return self._segment_pool

    def _discard_pool(self) -> None:
        with self._pool_lock:
            self._pool_failures += 1
        self.close()

    def _ready(self) -> jieba.Tokenizer:
        with self._lock:
            if self._tokenizer is None:
                self._tokenizer = self._load()
            return self._tokenizer

    def _load(self) -> jieba.Tokenizer:
        import jieba  # here, not at the top: imported in ~0.15 s (pkg_resources included)

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


def check_cancel(cancel: Cancel | None) -> None:
    """Raise SegmentationCancelled if ``cancel`` is set."""
    if cancel is not None and cancel.is_set():
        raise SegmentationCancelled("segmentation cancelled")


def line_spans(text: str, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of ``text``, each ending at the first line break
    at or after ``size`` characters (or at the end of the text).

    Words never cross a line break, so segmenting the pieces one by one gives the same
    boundaries as segmenting the whole text.
    """
    start = 0
    while start < len(text):
        cut = text.find("\n", start + size - 1)
        end = len(text) if cut < 0 else cut + 1
        yield start, end
        start = end


def _cut(tokenizer: jieba.Tokenizer, text: str, start: int, boundaries: list[int]) -> None:
    """Append the word ends of simplified ``text``, which starts at ``start``, to boundaries."""
    if "\r" not in text and (
        len(text) <= _MAX_CHUNK or max(map(len, text.split("\n"))) <= _MAX_CHUNK
    ):
        # No line to cut: jieba in one call over all the lines gives the words line by line
        # would (its words never hold a line break; only "\r\n" would come as one word) and
        # spares a call a line, a tenth of the time on a text of short lines.
        position = start
        for word in tokenizer.cut(text, HMM=True):
            position += len(word)
            boundaries.append(position)
        if position != start + len(text):
            raise RuntimeError("jieba returned words that do not add up to its input")
        return
    for line in _RE_LINE.finditer(text):
        if line[0] == "\n":
            boundaries.append(start + line.end())
            continue
        position = start + line.start()
        for chunk in split_long_line(line[0]):
            for word in tokenizer.cut(chunk, HMM=True):
                position += len(word)
                boundaries.append(position)
        if position != start + line.end():
            raise RuntimeError("jieba returned words that do not add up to its input")


def _never_backwards(progress: Progress | None) -> Progress:
    """``progress``, called only with fractions above the last: a fallback to this process
    after the workers failed starts again from 0, and a progress bar must not jump back."""
    last = -1.0

    def report(fraction: float) -> None:
        nonlocal last
        if progress is not None and fraction > last:
            last = fraction
            progress(fraction)

    return report


def _read_dictionary(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise TextError("text.segment.cannot_read_dictionary", name=path.name,
                        reason=exc.strerror) from None


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
            raise TextError("text.segment.line_expected_word_frequency_tag", name=path.name,
                            number=number)
        yield word, frequency, tag


def split_long_line(line: str) -> Iterator[str]:
    """``line`` in pieces of at most _MAX_CHUNK characters, cut after a non-hanzi if possible."""
    while len(line) > _MAX_CHUNK:
        breaks = [m.end() for m in _RE_BREAKABLE.finditer(line, _MAX_CHUNK // 2, _MAX_CHUNK)]
        cut = breaks[-1] if breaks else _MAX_CHUNK
        yield line[:cut]
        line = line[cut:]
    if line:
        yield line
