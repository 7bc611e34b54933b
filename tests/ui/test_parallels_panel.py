"""Parallel passages in the window: a passage of one sample account finds its retelling in the
other, the two side by side with what differs marked (script and variant characters are no
difference), and a double click opens the other document at the retelling, also after
characters outside the BMP."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.services.imports import import_file
from annotator.ui.reader import DisplayScript

TELEGRAM = "𠮷𪚥。1949年12月16日，毛澤東乘專列抵達莫斯科，斯大林在克里姆林宮設宴歡迎。"
MEMOIR = "𪚥𠮷𠮷。1949年12月17日，毛泽东乘专列到达莫斯科，斯大林在克里姆林宫设宴欢迎他。"


def find(qtbot, window, document_id: int, start: int, end: int):
    window.open_document(document_id)
    window.reader.select_span(start, end)
    window.findChild(type(window.about_action), "findParallelsAction").trigger()
    panel = window.parallels_panel
    assert window.parallels_dock.isVisible()
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)
    return panel


def rows(panel) -> list[tuple]:
    model = panel.model
    return [tuple(model.data(model.index(row, column)) for column in range(4))
            for row in range(model.rowCount())]


def double_click(qtbot, panel, row: int) -> None:
    index = panel.model.index(row, 3)
    rect = panel.view.visualRect(index)
    # The press before: an item view takes a double click only on the item pressed first.
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_passage_finds_its_retelling_in_the_other_account(qtbot, window):
    panel = find(qtbot, window, 2, 637, 661)  # 1949年7月，刘少奇率领中共代表团访问莫斯科
    first = rows(panel)[0]
    assert first[1:3] == ("毛澤東訪蘇 (丁明)", "162–185")
    assert first[3] == "1949年6月,劉少奇率領中共代表團秘密訪蘇。"
    assert float(first[0]) > 0.5
    # Compared at once, side by side: the months and the wording differ, the script does not.
    query, other = panel.comparison.differing()
    assert "7" in query and "6" in other and "秘密" in other
    assert "刘少奇" not in "".join(query) and "劉少奇" not in "".join(other)
    assert panel.comparison.a_text.toPlainText() == "1949年7月，刘少奇率领中共代表团访问莫斯科。"
    assert panel.comparison.b_text.toPlainText() == "1949年6月,劉少奇率領中共代表團秘密訪蘇。"


def test_the_comparison_follows_the_display_script(qtbot, window):
    panel = find(qtbot, window, 2, 637, 661)
    window.set_script(DisplayScript.TRADITIONAL)
    assert panel.comparison.a_text.toPlainText() == "1949年7月，劉少奇率領中共代表團訪問莫斯科。"
    assert rows(panel)[0][3] == "1949年6月,劉少奇率領中共代表團秘密訪蘇。"


def test_a_double_click_opens_the_other_document_at_the_retelling(qtbot, window):
    panel = find(qtbot, window, 2, 637, 661)
    double_click(qtbot, panel, 0)
    assert window.reader.document_id == 1
    assert window.reader.selected_span() == (162, 185)
    panel.back_button.click()
    assert window.reader.document_id == 2
    assert window.reader.selected_span() == (637, 661)


def test_astral_characters_before_both_passages(qtbot, window, write_text):
    project = window.session.project
    telegram = import_file(project, write_text("telegram.txt", TELEGRAM)).document
    memoir = import_file(project, write_text("memoir.txt", MEMOIR)).document
    window.session.documentsChanged.emit()
    start = TELEGRAM.index("1949")
    panel = find(qtbot, window, telegram.id, start, len(TELEGRAM))
    listed = rows(panel)
    row = next(n for n, values in enumerate(listed) if values[1] == "memoir")
    assert row == 0
    query, other = panel.comparison.differing()
    assert "6" in query and "7" in other and "他" in other  # 16日 / 17日, and the added 他
    assert "抵" in "".join(query) and "到" in "".join(other)
    double_click(qtbot, panel, row)
    other_start = MEMOIR.index("1949")
    assert window.reader.document_id == memoir.id
    assert window.reader.selected_span() == (other_start, len(MEMOIR))
    assert window.reader.textCursor().selectedText() == MEMOIR[other_start:]


def test_with_nothing_selected_the_sentence_at_the_cursor_is_the_query(qtbot, window):
    window.open_document(2)
    window.reader.select_span(650, 650)
    panel = window.parallels_panel
    panel.find_for_selection()
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)
    assert panel.query is not None and panel.query[2] <= 650 < panel.query[3]
    assert rows(panel)[0][1:3] == ("毛澤東訪蘇 (丁明)", "162–185")


def test_the_model_follows_the_qt_contract(qtmodeltester, qtbot, window):
    panel = find(qtbot, window, 2, 637, 661)
    assert panel.status.text() == f"parallel passages of 毛泽东访苏 (文化先锋) 637–661: {panel.model.rowCount()}"
    qtmodeltester.check(panel.model)


def test_another_project_forgets_the_passages_found(qtbot, window, tmp_path):
    panel = find(qtbot, window, 2, 637, 661)
    timeline = window.timeline_panel
    window.timeline_dock.raise_()
    qtbot.waitUntil(lambda: not timeline.busy and timeline.model.rowCount() > 0, timeout=60_000)
    assert window.switch_project(tmp_path / "empty.sqlite")
    assert panel.model.rowCount() == 0 and panel.query is None
    assert panel.comparison.a_text.toPlainText() == ""
    qtbot.waitUntil(lambda: not timeline.busy, timeout=60_000)
    assert timeline.model.rowCount() == 0  # a click could not open the old project's places
