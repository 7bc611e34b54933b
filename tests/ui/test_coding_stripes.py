"""Coding stripes: one bar per passage beside its lines, in its code's colour, labelled, in
separate lanes where passages overlap; hover, click and right-click act on the passage."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QContextMenuEvent

from annotator.domain import Mark, Passage
from annotator.ui.coding_stripes import BAR_WIDTH, MARGIN_WIDTH, CodingStripes, assign_lanes
from annotator.ui.reader import ReaderView

# Astral characters (two UTF-16 units each) before the coded words on every line.
LINES = ["𠮷𪚥野家與字。毛澤東說：我是一個有話無處說的人。"[:20], "𪚥𠮷斯大林說：勝利者是不能受指責的。", "𠮷第三行：周恩來到莫斯科談判。"]
TEXT = "\n".join(LINES * 40)
COLOURS = {1: "#E69F00", 2: "#0072B2", 3: "#009E73"}
NAMES = {1: "negotiation", 2: "security", 3: "diplomacy"}


@pytest.fixture
def reader(qtbot) -> ReaderView:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    qtbot.waitExposed(view)
    view.load(1, TEXT, list(range(len(TEXT) + 1)), [0, len(TEXT)], [])
    view.set_code_colors(COLOURS)
    view.set_code_labels(NAMES)
    return view


@pytest.fixture
def stripes(reader) -> CodingStripes:
    margin = CodingStripes(reader)
    margin.show()
    return margin


def paint(qtbot, stripes: CodingStripes) -> None:
    stripes.repaint()


def line_start(number: int) -> int:
    return sum(len(line) + 1 for line in (LINES * 40)[:number])


def test_lanes_keep_overlapping_spans_apart_and_reuse_free_ones() -> None:
    lanes = assign_lanes([(0, 10, 1), (2, 5, 2), (6, 8, 3), (10, 12, 4), (4, 7, 5)])
    assert lanes[1] == 0 and lanes[4] == 0  # one after the other: the same lane
    assert lanes[2] != lanes[1] and lanes[5] not in (lanes[1], lanes[2])
    assert lanes[3] == lanes[2]  # 2 ended at 5, before 3 starts


def test_the_margin_sits_left_of_the_text(reader, stripes) -> None:
    assert reader.viewport().geometry().left() >= MARGIN_WIDTH
    assert stripes.geometry().right() < reader.viewport().geometry().left()
    stripes.hide()
    assert reader.viewport().geometry().left() < MARGIN_WIDTH


def test_a_bar_stands_beside_its_passage_after_astral_characters(qtbot, reader, stripes) -> None:
    start = line_start(10) + 2  # 斯大林 on the eleventh line, after 23 astral characters
    assert TEXT[start:start + 3] == "斯大林"
    reader.reset_passages([Mark(5, start, start + 3, 2)])
    paint(qtbot, stripes)
    [bar] = stripes.bars
    line = reader._span_rect(start, start + 3)
    assert bar.rect.top() < line.center().y() < bar.rect.bottom()
    assert bar.rect.height() < 2 * line.height()  # one line, not the line before or after
    image = stripes.grab().toImage()
    stripe = [QColor(image.pixel(x, y))
              for x in range(int(bar.rect.right()) - BAR_WIDTH + 1, int(bar.rect.right()))
              for y in range(int(bar.rect.top()) + 1, int(bar.rect.bottom()))]
    assert set(c.name() for c in stripe) == {QColor(COLOURS[2]).name()}  # its colour, no text over it
    assert stripes.labels[5] and NAMES[2].startswith(stripes.labels[5].rstrip("…"))
    label_area = [QColor(image.pixel(x, y)).lightness()
                  for x in range(int(bar.rect.left()), int(bar.rect.right()) - BAR_WIDTH)
                  for y in range(int(bar.rect.top()), int(bar.rect.bottom()))]
    assert min(label_area) < 200  # the label is written beside the bar


def test_overlapping_passages_stack_in_lanes_and_a_long_one_spans_its_lines(qtbot, reader, stripes) -> None:
    first, third = line_start(0), line_start(2)
    reader.reset_passages([
        Mark(1, first + 7, third + 5, 3),  # three lines
        Mark(2, first + 9, first + 12, 1),  # inside it, on the first line
        Mark(3, line_start(1) + 2, line_start(1) + 5, 2),  # inside it, on the second line
    ])
    paint(qtbot, stripes)
    bars = {bar.passage_id: bar for bar in stripes.bars}
    assert bars[1].lane != bars[2].lane and bars[1].lane != bars[3].lane
    assert bars[2].lane == bars[3].lane  # they do not overlap each other
    assert bars[1].rect.top() <= bars[2].rect.top() and bars[1].rect.bottom() >= bars[3].rect.bottom()
    assert bars[1].rect.left() != bars[2].rect.left()
    third_line = reader._span_rect(third, third + 1)
    assert bars[1].rect.bottom() > third_line.center().y()


def test_only_the_passages_on_screen_are_laid_out(qtbot, reader, stripes) -> None:
    marks = [Mark(n, line_start(n) + 2, line_start(n) + 5, 1 + n % 3) for n in range(120)]
    reader.reset_passages(marks)
    paint(qtbot, stripes)
    shown = {bar.passage_id for bar in stripes.bars}
    assert 0 in shown and 119 not in shown and len(shown) < 40
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum())
    # Scrolling the text repaints the margin by itself.
    qtbot.waitUntil(lambda: 119 in {bar.passage_id for bar in stripes.bars}, timeout=2000)
    shown = {bar.passage_id for bar in stripes.bars}
    assert 0 not in shown
    for bar in stripes.bars:  # each beside its own line
        mark = reader.mark(bar.passage_id)
        assert bar.rect.top() < reader._span_rect(mark.start, mark.end).center().y() < bar.rect.bottom()


def test_hovering_a_bar_highlights_its_passage_and_clicking_selects_it(qtbot, reader, stripes) -> None:
    from PySide6.QtWidgets import QApplication

    start = line_start(1) + 2
    reader.reset_passages([Mark(5, start, start + 3, 2), Mark(6, line_start(2) + 1, line_start(2) + 4, 1)])
    paint(qtbot, stripes)
    bar = stripes.bar_of(5)
    centre = bar.rect.center().toPoint()
    qtbot.mouseMove(stripes, centre)
    assert reader.emphasized == 5
    qtbot.mouseMove(stripes, stripes.bar_of(6).rect.center().toPoint())
    assert reader.emphasized == 6
    QApplication.sendEvent(stripes, QEvent(QEvent.Type.Leave))
    assert reader.emphasized is None
    with qtbot.waitSignal(stripes.passageClicked) as clicked:
        qtbot.mouseClick(stripes, Qt.MouseButton.LeftButton, pos=centre)
    assert clicked.args == [5]
    assert reader.selected_span() == (start, start + 3)
    assert reader.textCursor().selectedText() == "斯大林"


def test_right_clicking_a_bar_asks_for_its_passage_menu(qtbot, reader, stripes) -> None:
    from PySide6.QtWidgets import QApplication

    start = line_start(1) + 2
    reader.reset_passages([Mark(5, start, start + 3, 2)])
    paint(qtbot, stripes)
    centre = stripes.bar_of(5).rect.center().toPoint()
    with qtbot.waitSignal(stripes.passageMenuRequested) as requested:
        QApplication.sendEvent(stripes, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre,
                                                          stripes.mapToGlobal(centre)))
    assert requested.args[1] == 5


def test_a_new_passage_gets_its_bar_at_once(qtbot, reader, stripes) -> None:
    start = line_start(2) + 1
    now = datetime.now(timezone.utc)
    paint(qtbot, stripes)
    assert stripes.bars == []
    reader.add_passage(Passage(9, 1, "d", 3, "diplomacy", "diplomacy", COLOURS[3], start, start + 4,
                               TEXT[start:start + 4], "", "t", now, now))
    qtbot.waitUntil(lambda: [bar.passage_id for bar in stripes.bars] == [9], timeout=2000)
