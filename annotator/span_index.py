"""Which coded passages overlap a range: a sorted index, so the reading view paints only the
passages of the lines on screen, and adding one tag costs a bisect, not a re-format."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator

# Spans longer than this are few (whole paragraphs coded at once); they are checked one by one,
# which keeps the window of starts to scan for short spans bounded.
LONG_SPAN = 4096


class SpanIndex:
    """[start, end) spans keyed by id."""

    def __init__(self, spans: Iterable[tuple[int, int, int]] = ()) -> None:
        self._short: list[tuple[int, int, int]] = []  # (start, end, id), sorted
        self._long: dict[int, tuple[int, int]] = {}
        self._by_id: dict[int, tuple[int, int]] = {}
        for key, start, end in spans:
            self._by_id[key] = (start, end)
            if end - start > LONG_SPAN:
                self._long[key] = (start, end)
            else:
                self._short.append((start, end, key))
        self._short.sort()

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, key: int) -> bool:
        return key in self._by_id

    def span(self, key: int) -> tuple[int, int]:
        return self._by_id[key]

    def add(self, key: int, start: int, end: int) -> None:
        if key in self._by_id:
            self.remove(key)
        self._by_id[key] = (start, end)
        if end - start > LONG_SPAN:
            self._long[key] = (start, end)
        else:
            insort(self._short, (start, end, key))

    def remove(self, key: int) -> None:
        start, end = self._by_id.pop(key)
        if self._long.pop(key, None) is None:
            index = bisect_left(self._short, (start, end, key))
            del self._short[index]

    def overlapping(self, start: int, end: int) -> Iterator[int]:
        """Ids of spans that share at least one character with [start, end), by start."""
        first = bisect_left(self._short, (start - LONG_SPAN,))
        last = bisect_left(self._short, (end,))
        for span_start, span_end, key in self._short[first:last]:
            if span_end > start:
                yield key
        for key, (span_start, span_end) in self._long.items():
            if span_start < end and span_end > start:
                yield key

    def at(self, position: int) -> list[int]:
        """Ids of spans covering the character at `position`."""
        return list(self.overlapping(position, position + 1))
