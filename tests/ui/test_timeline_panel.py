"""Analysis › Timeline in the window: the dates of both sample accounts on one axis in time
order (reign eras converted, as the timeline service gives them), tinted by the code of the
passage they date; a click opens the date's place, also after characters outside the BMP."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from annotator.services.imports import import_file
from annotator.ui.reader import DisplayScript

ERA = "𠮷𪚥。光緒二十六年，京師大亂。"


def open_timeline(qtbot, window):
    action = window.findChild(type(window.about_action), "timelineAction")
    assert action is not None and action.text() == "&Timeline"  # Analysis › Timeline
    action.trigger()
    panel = window.timeline_panel
    qtbot.waitUntil(lambda: not panel.busy and panel.model.rowCount() > 0, timeout=60_000)
    return panel


def column(panel, number: int) -> list:
    model = panel.model
    return [model.data(model.index(row, number)) for row in range(model.rowCount())]


def click(qtbot, panel, row: int, number: int = 0) -> None:
    index = panel.model.index(row, number)
    panel.view.scrollTo(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(index).center())


def test_both_accounts_dates_in_time_order(qtbot, window):
    panel = open_timeline(qtbot, window)
    dates = column(panel, 0)
    assert dates == sorted(dates)
    documents = set(column(panel, 2))
    assert documents == {"毛澤東訪蘇 (丁明)", "毛泽东访苏 (文化先锋)"}
    rows = list(zip(dates, column(panel, 1), column(panel, 2)))
    assert ("1949-06", "1949年6月", "毛澤東訪蘇 (丁明)") in rows
    assert ("1949-07", "1949年7月", "毛泽东访苏 (文化先锋)") in rows
    assert rows.index(("1949-06", "1949年6月", "毛澤東訪蘇 (丁明)")) < rows.index(
        ("1949-07", "1949年7月", "毛泽东访苏 (文化先锋)"))


def test_a_click_opens_the_date_in_its_document(qtbot, window):
    window.open_document(1)
    panel = open_timeline(qtbot, window)
    row = column(panel, 1).index("1949年7月")
    click(qtbot, panel, row, 3)
    assert window.reader.document_id == 2
    assert window.reader.selected_span() == (637, 644)
    assert window.reader.textCursor().selectedText() == "1949年7月"


def test_a_reign_era_after_astral_characters(qtbot, window, write_text):
    document = import_file(window.session.project, write_text("era.txt", ERA)).document
    window.session.documentsChanged.emit()
    panel = open_timeline(qtbot, window)
    row = column(panel, 1).index("光緒二十六年")
    assert column(panel, 0)[row] == "1900"
    assert "光緒" in panel.model.data(panel.model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert row == 0 or column(panel, 0)[row - 1] <= "1900"
    click(qtbot, panel, row)
    start = ERA.index("光緒")
    assert window.reader.document_id == document.id
    assert window.reader.selected_span() == (start, start + 6)
    assert window.reader.textCursor().selectedText() == "光緒二十六年"


def test_a_dated_passage_shows_its_code_and_colour(qtbot, window):
    code = window.session.codes()[0]
    window.open_document(2)
    window.reader.select_span(645, 661)  # the sentence after 1949年7月
    window.tag_selection(code)
    panel = open_timeline(qtbot, window)
    row = column(panel, 1).index("1949年7月")
    assert column(panel, 4)[row] == code.path
    assert panel.model.data(panel.model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    click(qtbot, panel, row, 4)  # the Coded column opens the passage
    assert window.reader.selected_span() == (645, 661)


def test_the_axis_a_lane_per_document_and_a_click_on_a_mark(qtbot, window):
    code = window.session.codes()[0]
    window.open_document(2)
    window.reader.select_span(645, 661)
    window.tag_selection(code)
    panel = open_timeline(qtbot, window)
    axis = panel.axis
    qtbot.waitUntil(lambda: axis.width() > 300)
    row = column(panel, 1).index("1949年7月")
    june = column(panel, 1).index("1949年6月")
    mark, other = axis.mark_rect(row), axis.mark_rect(june)
    assert mark is not None and other is not None
    assert other.left() < mark.left()  # June before July
    assert other.top() != mark.top()  # the two accounts in their own lanes
    window.open_document(1)
    qtbot.mouseClick(axis, Qt.MouseButton.LeftButton, pos=mark.center().toPoint())
    assert panel.view.currentIndex().row() == row
    assert window.reader.document_id == 2
    assert window.reader.selected_span() == (645, 661)  # the passage it dates


def test_zooming_spreads_the_marks_around_the_mouse(qtbot, window):
    panel = open_timeline(qtbot, window)
    axis = panel.axis
    qtbot.waitUntil(lambda: axis.width() > 300)
    june, july = column(panel, 1).index("1949年6月"), column(panel, 1).index("1949年7月")
    before = axis.mark_rect(july).center().x() - axis.mark_rect(june).center().x()
    x = axis.mark_rect(june).center().x()
    for _ in range(4):
        axis.zoom(1.5, x)
    after = axis.mark_rect(july).center().x() - axis.mark_rect(june).center().x()
    assert after > before * 4
    assert abs(axis.mark_rect(june).center().x() - x) < 3  # the date under the mouse stays there
    whole = panel.findChild(QToolButton, "timelineWhole")
    qtbot.mouseClick(whole, Qt.MouseButton.LeftButton)
    assert axis.mark_rect(july).center().x() - axis.mark_rect(june).center().x() == before


def test_the_list_follows_the_display_script(qtbot, window):
    panel = open_timeline(qtbot, window)
    row = column(panel, 1).index("1949年7月")
    assert "刘少奇" in column(panel, 3)[row]
    window.open_document(2)
    window.set_script(DisplayScript.TRADITIONAL)
    assert "劉少奇" in column(panel, 3)[row]
    june = column(panel, 1).index("1949年6月")
    assert column(panel, 3)[june] == panel.model.entry(june).context  # a traditional text as stored


def test_the_model_follows_the_qt_contract(qtmodeltester, qtbot, window):
    panel = open_timeline(qtbot, window)
    assert panel.status.text().startswith(f"dates: {panel.model.rowCount()} · 1903 – ")
    qtmodeltester.check(panel.model)
