"""Interval arithmetic on [start, end) ranges: what the analyses count characters with.

Nothing here builds a list per character: a million-character document with thousands of
passages costs a sort of their boundaries and one sweep. Ranges are (start, end) pairs with
start < end; a "merged" list is sorted, and its ranges neither overlap nor touch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

Range = tuple[int, int]


def merge(ranges: Iterable[Range]) -> list[Range]:
    """The union of `ranges` as a merged list (touching ranges join: [0, 2) and [2, 5) make
    [0, 5))."""
    merged: list[Range] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def covered(merged: Iterable[Range]) -> int:
    """How many characters a merged list covers."""
    return sum(end - start for start, end in merged)


def intersection_length(first: list[Range], second: list[Range]) -> int:
    """How many characters two merged lists have in common (one walk through both)."""
    total = 0
    i = j = 0
    while i < len(first) and j < len(second):
        start = max(first[i][0], second[j][0])
        end = min(first[i][1], second[j][1])
        if start < end:
            total += end - start
        if first[i][1] <= second[j][1]:
            i += 1
        else:
            j += 1
    return total


def overlay(first: list[Range], second: list[Range]) -> Iterator[tuple[int, int, bool, bool]]:
    """The union of two merged lists cut where either begins or ends: (start, end, in_first,
    in_second) runs in order, each maximal (neighbouring runs differ in membership)."""
    points = sorted({point for ranges in (first, second) for bounds in ranges for point in bounds})
    i = j = 0
    run_start = run_end = 0
    run_a = run_b = False
    for left, right in zip(points, points[1:]):
        while i < len(first) and first[i][1] <= left:
            i += 1
        while j < len(second) and second[j][1] <= left:
            j += 1
        in_a = i < len(first) and first[i][0] <= left
        in_b = j < len(second) and second[j][0] <= left
        if not (in_a or in_b):
            continue
        if (in_a, in_b) == (run_a, run_b) and left == run_end:
            run_end = right
            continue
        if run_a or run_b:
            yield run_start, run_end, run_a, run_b
        run_start, run_end, run_a, run_b = left, right, in_a, in_b
    if run_a or run_b:
        yield run_start, run_end, run_a, run_b
