"""The reading view: mouse selection snaps to words, offsets are code points, scripts switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from annotator.domain import Mark, Passage
from annotator.ui.reader import DisplayScript, LaterMarks, ReaderView
from tests.ui.conftest import point_of

# Characters outside the BMP before and inside the words: Qt counts each as two positions.
TEXT = "𠮷野家與𪚥字。毛澤東說：我是一個有話無處說的人。\n斯大林說：勝利者是不能受指責的。"
WORDS = [0, 1, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 16, 18, 20, 21, 22, 23, 24, 25, 28, 29, 30, 33, 34, 36, 37, 39, 40, 41]
SENTENCES = [0, 7, 25, 41]


@pytest.fixture
def reader(qtbot) -> ReaderView:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    view.load(1, TEXT, WORDS, SENTENCES, [])
    return view


def drag(qtbot, reader: ReaderView, start: int, end: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    viewport = reader.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, point_of(reader, start))
    qtbot.mouseMove(viewport, point_of(reader, end - 1, right_edge=True))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, point_of(reader, end - 1, right_edge=True))


def test_a_mouse_selection_snaps_outward_to_whole_words(qtbot, reader) -> None:
    # From the middle of 毛澤東 to the middle of 一個: whole words, in code points.
    drag(qtbot, reader, 8, 16)
    assert reader.selected_span() == (7, 16)
    assert TEXT[7:16] == "毛澤東說：我是一個"


def test_alt_selects_raw_characters(qtbot, reader) -> None:
    drag(qtbot, reader, 8, 16, Qt.KeyboardModifier.AltModifier)
    assert reader.selected_span() == (8, 16)


def test_a_selection_after_astral_characters_maps_to_code_points(qtbot, reader) -> None:
    drag(qtbot, reader, 0, 5)
    assert reader.selected_span() == (0, 5)
    assert reader.textCursor().selectedText() == "𠮷野家與𪚥"


def test_double_click_selects_the_word_under_the_mouse(qtbot, reader) -> None:
    qtbot.mouseDClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(reader, 27))
    assert reader.selected_span() == (25, 28)  # 斯大林


def test_hovering_highlights_the_segment_under_the_mouse(qtbot, reader) -> None:
    qtbot.mouseMove(reader.viewport(), point_of(reader, 8))
    assert reader._hover == (7, 10)
    qtbot.mouseMove(reader.viewport(), point_of(reader, 1))
    assert reader._hover == (1, 3)


def _passage(id_: int, start: int, end: int, color: str = "#0072B2") -> Passage:
    from datetime import datetime, timezone

    now = datetime.now(timezone.utc)
    return Passage(id_, 1, "d", 1, "security", "security", color, start, end, TEXT[start:end], "", "t", now, now)


def test_switching_script_keeps_passages_and_selection_on_the_same_words(qtbot, reader) -> None:
    reader.add_passage(_passage(5, 7, 10))
    reader.select_span(25, 28)
    reader.set_script(DisplayScript.SIMPLIFIED)
    assert reader.displayed_text[7:10] == "毛泽东"
    assert reader.textCursor().selectedText() == "斯大林"
    assert reader.selected_span() == (25, 28)
    assert reader.passage_ids_at(8) == [5]
    assert reader.text == TEXT  # the stored text never changes


def test_passages_are_found_by_position_and_removed(qtbot, reader) -> None:
    reader.add_passage(_passage(1, 0, 5))
    reader.add_passage(_passage(2, 3, 10, "#E69F00"))
    assert reader.passage_ids_at(4) == [1, 2]
    reader.remove_passage(_passage(1, 0, 5))
    assert reader.passage_ids_at(4) == [2]
    reader.repaint()  # painting overlapping passages must not fail


def test_a_click_on_a_passage_reports_it(qtbot, reader) -> None:
    reader.add_passage(_passage(9, 7, 10))
    with qtbot.waitSignal(reader.passagesClicked) as clicked:
        qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(reader, 8))
    assert clicked.args == [[9]]


def test_nothing_is_under_the_mouse_past_the_end_of_a_line(qtbot, reader) -> None:
    assert reader.position_at(QPoint(reader.viewport().width() - 3, 3)) is None


LONG_TEXT = ("毛澤東說：我是一個有話無處說的人。" * 3 + "\n") * 1200  # 62,400 characters
LONG_MARKS = [Mark(number + 1, start, start + 6, 1) for number, start in enumerate(range(0, len(LONG_TEXT) - 6, 97))]


def load_first_screen(reader: ReaderView, reads: list[int]) -> int:
    """Load LONG_TEXT with the marks of its first screen and the others to come."""
    before = reader.first_screen_chars()
    assert before < len(LONG_TEXT)

    def read() -> list[Mark]:
        reads.append(1)
        return LONG_MARKS

    reader.load(2, LONG_TEXT, [0, len(LONG_TEXT)], [0, len(LONG_TEXT)],
                [mark for mark in LONG_MARKS if mark.start < before], later=LaterMarks(before, len(LONG_MARKS), read))
    return before


def test_a_long_document_reads_its_other_passages_right_after_the_first_paint(qtbot, reader) -> None:
    reads: list[int] = []
    load_first_screen(reader, reads)
    assert reader.passage_count == len(LONG_MARKS)  # the status bar counts them all at once
    qtbot.waitUntil(lambda: reader.marks_complete)
    assert reads == [1] and reader.passage_count == len(LONG_MARKS)
    assert reader.passage_ids_at(LONG_MARKS[-1].start) == [LONG_MARKS[-1].id]


def test_whatever_looks_past_the_first_screen_first_reads_every_passage(qtbot, reader) -> None:
    reads: list[int] = []
    before = load_first_screen(reader, reads)
    far = next(mark for mark in LONG_MARKS if mark.start > before)
    assert reader.passage_ids_at(far.start) == [far.id] and reads == [1]

    reads.clear()
    load_first_screen(reader, reads)
    # Scrolled to the end before the event loop ran: the paint of that screen reads them first.
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    reader.viewport().repaint()
    assert reads == [1] and reader.marks_complete
    last = LONG_MARKS[-1]
    assert reader.mark(last.id) == last


def underline_box(reader: ReaderView, color: str):
    """The bounding box of the pixels painted in a code's own colour (a passage's underline)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor

    image = reader.viewport().grab().toImage()
    wanted = QColor(color).rgb()
    box = QRect()
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixel(x, y) == wanted:
                box = box.united(QRect(x, y, 1, 1))
    return None if box.isNull() else box


def character_rect(reader: ReaderView, position: int):
    """Where Qt itself lays out the character at code point `position` (no reader geometry)."""
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader._offsets.to_units(position))
    left = reader.cursorRect(cursor)
    cursor.setPosition(reader._offsets.to_units(position + 1))
    return left, reader.cursorRect(cursor)


def test_a_passage_is_painted_under_its_characters_after_a_rewrap_and_in_its_new_colour(qtbot) -> None:
    # The reader keeps each passage's rectangles while the lines stay as laid out: after the
    # text wraps anew (a narrower window) the underline must follow the characters, and a
    # recolour must repaint it in the new colour with no trace of the old.
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    text = "毛澤東訪蘇，斯大林說：我是一個有話無處說的人。" * 6
    view.load(1, text, list(range(len(text) + 1)), [0, len(text)], [])
    start = text.index("斯大林", 40)
    view.add_passage(_passage(1, start, start + 2, "#0072B2"))
    for width in (700, 330):
        view.resize(width, 300)
        qtbot.wait(20)
        left, right = character_rect(view, start)
        box = underline_box(view, "#0072B2")
        assert box is not None, width
        assert abs(box.left() - left.left()) <= 2, width  # starts at its first character
        assert left.top() - 1 <= box.top() <= left.bottom() + 1, width  # on that character's line
    view.set_code_colors({1: "#CC0000"})
    qtbot.wait(20)
    assert underline_box(view, "#0072B2") is None
    box = underline_box(view, "#CC0000")
    left, _ = character_rect(view, start)
    assert box is not None and abs(box.left() - left.left()) <= 2
