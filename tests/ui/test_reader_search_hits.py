"""The reading view marks search hits with boxes of their own colour, at code-point offsets
(after an astral character too), and removes them when the results are cleared."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from annotator.ui.reader import SEARCH_HIT_COLOR, ReaderView

# 𠮷 and 𪚥 are two UTF-16 units each: a hit after them is where Qt positions and ours differ.
TEXT = "𠮷野家與𪚥字。毛澤東說：我是一個有話無處說的人。\n斯大林說：毛澤東是不能受指責的。"
WORDS = [0, 1, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 16, 18, 20, 21, 22, 23, 24, 25, 28, 29, 30,
         33, 34, 36, 37, 39, 40, 41]
FIRST, SECOND = TEXT.index("毛澤東"), TEXT.rindex("毛澤東")


@pytest.fixture
def reader(qtbot) -> ReaderView:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    view.load(1, TEXT, WORDS, [0, 7, 25, 41], [])
    return view


def hit_pixels(reader: ReaderView) -> QRect | None:
    """The bounding box of the pixels painted in the search-hit colour, if any."""
    image = reader.viewport().grab().toImage()
    wanted = SEARCH_HIT_COLOR.rgb()
    box = QRect()
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixel(x, y) == wanted:
                box = box.united(QRect(x, y, 1, 1))
    return None if box.isNull() else box


def test_a_hit_after_astral_characters_is_boxed_exactly_around_its_characters(reader) -> None:
    assert hit_pixels(reader) is None
    reader.set_search_hits([(FIRST, FIRST + 3)])
    box = hit_pixels(reader)
    expected = reader._span_rect(FIRST, FIRST + 3)
    assert box is not None and expected is not None
    # Around 毛澤東 to within a pixel, not a character off to either side.
    assert abs(box.left() - expected.left()) <= 1 and abs(box.right() - expected.right()) <= 1
    assert abs(box.top() - expected.top()) <= 1 and abs(box.bottom() - expected.bottom()) <= 1


def test_every_hit_is_marked_and_clearing_removes_them_all(reader) -> None:
    reader.set_search_hits([(SECOND, SECOND + 3), (FIRST, FIRST + 3)])  # any order
    box = hit_pixels(reader)
    both = reader._span_rect(FIRST, FIRST + 3).united(reader._span_rect(SECOND, SECOND + 3))
    assert box is not None and abs(box.top() - both.top()) <= 1 and abs(box.bottom() - both.bottom()) <= 1
    reader.set_search_hits([])
    assert hit_pixels(reader) is None

