"""Context around a passage: keyword-in-context lines and sentence-bounded export context."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import chain

import numpy as np

# Export context never runs past this many characters, however long the sentence.
MAX_SENTENCE_CONTEXT = 200


def kwic_context(
    text: str, words: Sequence[int], start: int, end: int, width: int = 20
) -> tuple[str, str]:
    """About `width` characters either side of [start, end), on one line, never cutting a word."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    before_from = max(line_start, start - width)
    if before_from > line_start:
        # Move forward to a word boundary so the context does not open mid-word.
        index = bisect_left(words, before_from)
        before_from = min(words[index], start) if index < len(words) else start
    after_to = min(line_end, end + width)
    if after_to < line_end:
        index = bisect_right(words, after_to) - 1
        after_to = max(words[index], end) if index >= 0 else end
    return text[before_from:start], text[end:after_to]


def kwic_bounds(
    text: str, words: Sequence[int], spans: Sequence[tuple[int, int]], width: int = 20
) -> tuple[list[int], list[int]]:
    """Where `kwic_context`'s before context of each span starts and its after context ends,
    for all spans at once: the line and word-boundary look-ups are numpy's searchsorted over
    the text's line breaks and its words (a search of ten volumes has 60,000 hits; one
    Python loop over them, bisecting each, was a third of the search)."""
    if not spans:
        return [], []
    # fromiter over the flattened pairs: twice as fast as asarray on a list of tuples.
    pairs = np.fromiter(chain.from_iterable(spans), dtype=np.int64,
                        count=2 * len(spans)).reshape(-1, 2)
    starts, ends = pairs[:, 0], pairs[:, 1]
    length = len(text)
    # Offsets of the line breaks: the text as one code point per uint32, compared at once.
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    breaks = np.flatnonzero(points == 10)
    # The line around each span: after the last break before its start, to the first at or
    # after its end (str.rfind("\n", 0, start) + 1 and str.find("\n", end)).
    before_break = np.searchsorted(breaks, starts, "left") - 1
    line_starts = np.where(before_break >= 0, breaks[np.maximum(before_break, 0)] + 1, 0) \
        if breaks.size else np.zeros_like(starts)
    after_break = np.searchsorted(breaks, ends, "left")
    line_ends = np.where(after_break < breaks.size,
                         breaks[np.minimum(after_break, breaks.size - 1)], length) \
        if breaks.size else np.full_like(ends, length)
    bounds = np.asarray(words, dtype=np.int64)
    count = bounds.size
    # Before: `width` back, moved forward to a word boundary (never past the start), unless
    # the line begins within reach.
    before = starts - width
    if count:
        index = np.searchsorted(bounds, before, "left")
        word = np.where(index < count, bounds[np.minimum(index, count - 1)], starts)
    else:
        word = starts
    before = np.where(before > line_starts, np.minimum(word, starts), line_starts)
    # After: `width` on, moved back to a word boundary (never before the end), unless the line
    # ends within reach.
    after = ends + width
    if count:
        index = np.searchsorted(bounds, after, "right") - 1
        word = np.where(index >= 0, bounds[np.maximum(index, 0)], ends)
    else:
        word = ends
    after = np.where(after < line_ends, np.maximum(word, ends), line_ends)
    return before.tolist(), after.tolist()


def kwic_contexts(
    text: str, words: Sequence[int], spans: Sequence[tuple[int, int]], width: int = 20
) -> list[tuple[str, str]]:
    """`kwic_context` of each span, the look-ups of all of them at once (`kwic_bounds`)."""
    befores, afters = kwic_bounds(text, words, spans, width)
    return [(text[before:start], text[end:after])
            for (start, end), before, after in zip(spans, befores, afters)]


def sentence_context(
    text: str, sentences: Sequence[int], words: Sequence[int], start: int, end: int
) -> tuple[str, str]:
    """The rest of the passage's sentences before and after it (the neighbouring sentence when
    the passage starts or ends exactly on a sentence boundary), on its own lines: a sentence
    ends at a line break, and what is on another line (a heading, the paragraph before) is
    not the passage's context."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    before_index = bisect_right(sentences, start) - 1
    before_from = sentences[before_index] if before_index >= 0 else 0
    if before_from == start and before_index > 0:
        before_from = sentences[before_index - 1]
    before_from = max(before_from, line_start)
    after_index = bisect_left(sentences, end)
    after_to = sentences[after_index] if after_index < len(sentences) else len(text)
    if after_to == end and after_index + 1 < len(sentences):
        after_to = sentences[after_index + 1]
    after_to = min(after_to, line_end)
    if start - before_from > MAX_SENTENCE_CONTEXT:
        index = bisect_left(words, start - MAX_SENTENCE_CONTEXT)
        before_from = min(words[index], start) if index < len(words) else start
    if after_to - end > MAX_SENTENCE_CONTEXT:
        index = bisect_right(words, end + MAX_SENTENCE_CONTEXT) - 1
        after_to = max(words[index], end) if index >= 0 else end
    return text[before_from:start], text[end:after_to]
