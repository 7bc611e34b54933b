"""The span index agrees with a brute-force scan for any set of spans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.span_index import LONG_SPAN, SpanIndex

spans = st.lists(
    st.tuples(st.integers(0, 3 * LONG_SPAN), st.integers(1, LONG_SPAN + 50)).map(
        lambda pair: (pair[0], pair[0] + pair[1])
    ),
    max_size=40,
)


@given(spans, st.integers(0, 3 * LONG_SPAN), st.integers(1, 200), st.data())
def test_overlapping_matches_brute_force_after_adds_and_removes(items, query_start, width, data) -> None:
    index = SpanIndex((key, a, b) for key, (a, b) in enumerate(items))
    removed = data.draw(st.sets(st.sampled_from(range(len(items))))) if items else set()
    for key in removed:
        index.remove(key)
    index.add(10_000, query_start, query_start + 1)
    alive = {key: span for key, span in enumerate(items) if key not in removed}
    alive[10_000] = (query_start, query_start + 1)
    query_end = query_start + width
    expected = {key for key, (a, b) in alive.items() if a < query_end and b > query_start}
    assert set(index.overlapping(query_start, query_end)) == expected
    assert len(index) == len(alive)


def test_at_a_position() -> None:
    index = SpanIndex([(1, 0, 3), (2, 2, 5), (3, 5, 6)])
    assert sorted(index.at(2)) == [1, 2]
    assert index.at(5) == [3]
    index.add(1, 10, 12)  # re-adding moves the span
    assert index.at(0) == [] and index.span(1) == (10, 12)
