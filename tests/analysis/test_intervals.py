"""Interval arithmetic agrees with counting characters one by one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.analysis.intervals import covered, intersection_length, merge, overlay

ranges = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 20)).map(lambda pair: (pair[0], pair[0] + pair[1])),
    max_size=12,
)


def characters(found) -> set[int]:
    return {index for start, end in found for index in range(start, end)}


def test_touching_and_overlapping_ranges_join() -> None:
    assert merge([(5, 9), (0, 2), (2, 4), (8, 12), (20, 21)]) == [(0, 4), (5, 12), (20, 21)]


@given(ranges, ranges)
def test_counts_match_characters_one_by_one(first, second) -> None:
    a, b = merge(first), merge(second)
    assert covered(a) == len(characters(first))
    assert intersection_length(a, b) == len(characters(first) & characters(second))
    runs = list(overlay(a, b))
    for (_, end, *was), (start, _, *now) in zip(runs, runs[1:]):
        assert end < start or was != now  # maximal: neighbours differ or do not touch
    for start, end, in_a, in_b in runs:
        for index in range(start, end):
            assert (index in characters(first), index in characters(second)) == (in_a, in_b)
    assert set().union(*(range(start, end) for start, end, *_ in runs)) == characters(first) | characters(second)
