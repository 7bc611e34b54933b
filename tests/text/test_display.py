"""Showing text safely: every control and bidirectional formatting character becomes a visible
mark, one code point for one, so offsets into the shown text are offsets into the stored text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from annotator.text.display import (
    BIDI_CLOSE_MARK,
    BIDI_MARK_MARK,
    BIDI_OPEN_MARK,
    C1_MARK,
    HIDDEN,
    visible,
)

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_c0_controls_show_as_their_control_pictures() -> None:
    assert visible("甲\x00乙\x07丙\x1b丁\x1f戊\x7f") == "甲␀乙␇丙␛丁␟戊␡"
    assert visible("\r") == "␍"


def test_tab_and_line_feed_are_text_and_stay() -> None:
    assert visible("甲\t乙\n丙") == "甲\t乙\n丙"


def test_c1_controls_show_as_one_mark() -> None:
    assert visible("a\x80b\x85c\x9f") == f"a{C1_MARK}b{C1_MARK}c{C1_MARK}"


def test_bidirectional_controls_show_as_opening_closing_and_mark_symbols() -> None:
    # "說勝利" after a right-to-left override would be painted "利勝說".
    assert visible("毛\u202e說勝利\u202c。") == f"毛{BIDI_OPEN_MARK}說勝利{BIDI_CLOSE_MARK}。"
    assert visible("\u2066甲\u2069") == f"{BIDI_OPEN_MARK}甲{BIDI_CLOSE_MARK}"
    assert visible("\u200e\u200f\u061c") == BIDI_MARK_MARK * 3


def test_every_bidirectional_control_is_hidden_and_every_mark_is_neutral() -> None:
    assert set(BIDI_CONTROLS) <= HIDDEN
    for mark in (BIDI_OPEN_MARK, BIDI_CLOSE_MARK, BIDI_MARK_MARK, C1_MARK):
        assert unicodedata.bidirectional(mark) == "ON"  # other neutral: reorders nothing
        assert mark not in HIDDEN and ord(mark) < 0x10000


def test_ordinary_text_is_returned_as_it_is() -> None:
    text = "𠮷野家與𪚥字。毛澤東說：「我是」—— ⏎ ␇ ⟪ Ａ１ a b\n"
    assert visible(text) is text


characters = st.one_of(
    st.sampled_from(sorted(HIDDEN)),
    st.sampled_from("毛澤東說。\n\t 𠮷𪚥⟪⟫␇"),
    st.characters(codec="utf-8"),
)


@given(st.text(characters, max_size=200))
def test_the_shown_text_has_the_same_offsets_and_no_hidden_character(text: str) -> None:
    shown = visible(text)
    assert len(shown) == len(text) and utf16_length(shown) == utf16_length(text)
    assert not set(shown) & HIDDEN
    for original, displayed in zip(text, shown):
        assert displayed == original or original in HIDDEN
