"""Sentence boundaries, boundary storage, and snapping a selection to whole segments."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.text.boundaries import (
    decode_boundaries,
    encode_boundaries,
    segment_at,
    sentence_boundaries,
    snap_range,
)
from annotator.text.errors import TextError


def sentences(text: str) -> list[str]:
    b = sentence_boundaries(text)
    return [text[x:y] for x, y in zip(b, b[1:], strict=False)]


def test_sentences_end_at_final_punctuation_with_their_closing_quote() -> None:
    text = "斯大林说：“胜利者是不能受指责的。”毛泽东沉默了……他走了！是吗？是；不"
    assert sentences(text) == [
        "斯大林说：“胜利者是不能受指责的。”",
        "毛泽东沉默了……",
        "他走了！",
        "是吗？",
        "是；",
        "不",
    ]


def test_half_width_punctuation_of_the_traditional_sample_ends_sentences(
    traditional_sample: str,
) -> None:
    found = sentences(traditional_sample)
    assert "".join(found) == traditional_sample
    assert any(s.endswith("!") for s in found)
    assert any(s.endswith("?") for s in found)
    assert "毛澤東訪蘇就是在這樣一個背景下提出來的。\n\n" in found


def test_a_line_break_ends_a_sentence_and_belongs_to_it() -> None:
    assert sentences("丁 明\n1947年,人民解放軍") == ["丁 明\n", "1947年,人民解放軍"]


def test_blank_lines_do_not_make_empty_sentences() -> None:
    assert sentences("甲。\n\n  \n\u3000\u3000乙") == ["甲。\n\n  \n", "\u3000\u3000乙"]


def test_empty_text_has_just_the_zero_boundary() -> None:
    assert sentence_boundaries("") == [0]


@given(st.text(alphabet=st.sampled_from("甲乙𠮷。！？!?;…”」)\n \u3000"), max_size=40))
def test_sentence_boundaries_cover_the_text_strictly_increasing(text: str) -> None:
    boundaries = sentence_boundaries(text)
    assert boundaries[0] == 0 and boundaries[-1] == len(text)
    assert all(a < b for a, b in zip(boundaries, boundaries[1:], strict=False))


def test_boundaries_round_trip_through_storage() -> None:
    offsets = [0, 3, 5, 1_000_000, 2**32 - 1]
    blob = encode_boundaries(offsets)
    assert len(blob) == 4 * len(offsets)
    assert blob[:8] == b"\x00\x00\x00\x00\x03\x00\x00\x00"  # little-endian
    assert list(decode_boundaries(blob)) == offsets


def test_damaged_storage_is_refused() -> None:
    with pytest.raises(TextError, match="damaged"):
        decode_boundaries(b"\x00\x00\x00")


WORDS = [0, 3, 5, 6, 10]  # 毛泽东|访苏|，|斯大林说


@pytest.mark.parametrize(
    ("start", "end", "snapped"),
    [
        (0, 3, (0, 3)),  # already whole words
        (1, 2, (0, 3)),  # inside one word
        (2, 4, (0, 5)),  # across a word edge
        (4, 4, (3, 5)),  # empty: the word at the cursor
        (3, 3, (3, 5)),  # empty at an edge: the word starting there
        (10, 10, (6, 10)),  # the end of the text: the last word
        (-5, 99, (0, 10)),  # outside the text: clamped
    ],
)
def test_snap_range_widens_to_whole_segments(start: int, end: int, snapped: tuple) -> None:
    assert snap_range(WORDS, start, end) == snapped


def test_snap_range_refuses_a_reversed_range() -> None:
    with pytest.raises(ValueError):
        snap_range(WORDS, 4, 2)


def test_segment_at_finds_the_segment_containing_an_offset() -> None:
    assert [segment_at(WORDS, i) for i in (0, 2, 3, 5, 9)] == [
        (0, 3), (0, 3), (3, 5), (5, 6), (6, 10)
    ]
    assert segment_at([0], 0) == (0, 0)


@given(
    st.lists(st.integers(1, 5), min_size=1, max_size=20),
    st.integers(0, 100),
    st.integers(0, 100),
)
def test_a_snapped_range_contains_the_selection_and_lies_on_boundaries(
    lengths: list[int], a: int, b: int
) -> None:
    boundaries = [0]
    for length in lengths:
        boundaries.append(boundaries[-1] + length)
    start, end = sorted((min(a, boundaries[-1]), min(b, boundaries[-1])))
    snapped = snap_range(boundaries, start, end)
    assert snapped[0] in boundaries and snapped[1] in boundaries
    assert snapped[0] <= start and end <= snapped[1] and snapped[0] < snapped[1]
