"""Showing text safely: every control, bidirectional formatting and invisible format character
becomes a visible mark, one code point for one, so offsets into the shown text are offsets into
the stored text."""

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
    INVISIBLE_MARK,
    describe_character,
    hidden_character,
    marked,
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
    for mark in (BIDI_OPEN_MARK, BIDI_CLOSE_MARK, BIDI_MARK_MARK, C1_MARK, INVISIBLE_MARK):
        assert unicodedata.bidirectional(mark) == "ON"  # other neutral: reorders nothing
        assert mark not in HIDDEN and ord(mark) < 0x10000


def test_zero_width_and_other_invisible_characters_show_as_one_mark_each() -> None:
    # "dipl\u200bomacy" must not read as "diplomacy", nor a soft hyphen vanish.
    assert visible("dipl\u200bomacy") == f"dipl{INVISIBLE_MARK}omacy"
    for hidden in "\u200b\u200c\u200d\u2060\ufeff\u00ad\u2062\u180e\u3164":
        assert visible(f"毛{hidden}澤") == f"毛{INVISIBLE_MARK}澤", hex(ord(hidden))
        assert hidden in HIDDEN
    assert visible("\u200b" * 3) == INVISIBLE_MARK * 3


def test_every_invisible_format_character_of_the_basic_plane_is_hidden() -> None:
    # Except the Arabic signs spanning the digits after them, which are painted.
    painted = set("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2")
    format_characters = {chr(code) for code in range(0x10000) if unicodedata.category(chr(code)) == "Cf"}
    assert format_characters - painted <= HIDDEN


def test_the_first_hidden_character_is_found_with_its_index_and_described() -> None:
    assert hidden_character("dipl\u200bomacy") == (4, "\u200b")
    assert describe_character("\u200b") == "U+200B ZERO WIDTH SPACE"
    assert hidden_character("a\tb") == (1, "\t")  # no tab in a name either
    assert describe_character("\x07") == "U+0007 BELL" and describe_character("\x1c").startswith("U+001C ")
    tag = "\U000e0041"  # a tag character: astral, so not marked, but found
    assert visible(f"a{tag}") == f"a{tag}" and hidden_character(f"a{tag}") == (1, tag)
    assert hidden_character("毛澤東 diplomacy Ａ１") is None


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


def test_messages_mark_every_hidden_character_even_outside_the_basic_plane() -> None:
    tag = "\U000e0041"
    assert marked(f"a{tag}\tb\u202e") == f"a{INVISIBLE_MARK}{INVISIBLE_MARK}b{BIDI_OPEN_MARK}"
    assert marked("毛澤東 Ａ") == "毛澤東 Ａ"
