"""Context around a passage: keyword-in-context lines and sentence-bounded export context."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

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


def kwic_contexts(
    text: str, words: Sequence[int], spans: Sequence[tuple[int, int]], width: int = 20
) -> list[tuple[str, str]]:
    """`kwic_context` of each span, in one loop (a search of ten volumes has 60,000 hits:
    the calls and look-ups of one call per hit were half the cost of making the contexts)."""
    contexts = []
    append = contexts.append
    rfind, find, length, count = text.rfind, text.find, len(text), len(words)
    for start, end in spans:
        line_start = rfind("\n", 0, start) + 1
        line_end = find("\n", end)
        if line_end < 0:
            line_end = length
        before_from = start - width
        if before_from > line_start:
            index = bisect_left(words, before_from)
            before_from = (words[index] if words[index] < start else start) if index < count else start
        else:
            before_from = line_start
        after_to = end + width
        if after_to < line_end:
            index = bisect_right(words, after_to) - 1
            after_to = (words[index] if words[index] > end else end) if index >= 0 else end
        else:
            after_to = line_end
        append((text[before_from:start], text[end:after_to]))
    return contexts


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
