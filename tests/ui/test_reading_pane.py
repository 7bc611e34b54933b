"""The window's reading pane as a new user meets it: a traditional source opens as stored, a
conversion says so in the banner and the status bar, the script keys leave Ctrl+F to search,
exact selection and coding stripes are a click away and remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QToolBar

from annotator.project import Project
from annotator.ui.reader import DisplayScript
from tests.ui.test_main_window import stored_passages

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_by_script(window, script: str) -> int:
    document = next(d for d in window.session.documents() if d.script == script)
    window.open_document(document.id)
    return document.id


def test_a_traditional_source_opens_as_stored_and_a_conversion_says_so(qtbot, window) -> None:
    open_by_script(window, "traditional")
    reader, pane = window.reader, window.reading_pane
    stored = reader.text
    assert reader.script == DisplayScript.ORIGINAL and reader.displayed_text == stored
    assert not pane.banner.isVisible()
    assert "original text (traditional)" in window.status_label.text()

    qtbot.keyClick(reader, Qt.Key.Key_J, CTRL_SHIFT)
    assert reader.script == DisplayScript.SIMPLIFIED
    assert pane.banner.isVisible()
    notice = pane.banner_label.text()
    assert notice.startswith("简 Converted to simplified — not the original text")
    assert f"{reader.differing_characters:,} characters differ" in notice and "Ctrl+0" in notice
    assert "converted to simplified" in window.status_label.text()

    # The traditional form of a traditional source is the source (s2t would write 祕 for 秘).
    qtbot.keyClick(reader, Qt.Key.Key_T, CTRL_SHIFT)
    assert reader.script == DisplayScript.TRADITIONAL
    assert reader.displayed_text == stored and "秘" in stored
    assert not pane.banner.isVisible()
    assert "original text (traditional)" in window.status_label.text()

    qtbot.keyClick(reader, Qt.Key.Key_J, CTRL_SHIFT)
    qtbot.keyClick(reader, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert reader.script == DisplayScript.ORIGINAL and not pane.banner.isVisible()
    qtbot.keyClick(reader, Qt.Key.Key_J, CTRL_SHIFT)
    qtbot.mouseClick(pane.findChild(QPushButton, "showOriginalButton"), Qt.MouseButton.LeftButton)
    assert reader.script == DisplayScript.ORIGINAL and reader.displayed_text == stored
    assert window.script_actions[DisplayScript.ORIGINAL].isChecked()


def test_a_newly_opened_document_shows_its_original_unless_the_user_keeps_a_script(
        qtbot, window, settings, sample_project) -> None:
    from annotator.ui.main_window import MainWindow

    traditional = open_by_script(window, "traditional")
    window.set_script(DisplayScript.SIMPLIFIED)
    open_by_script(window, "simplified")
    assert window.reader.script == DisplayScript.ORIGINAL
    assert window.script_actions[DisplayScript.ORIGINAL].isChecked()
    window.open_document(traditional)
    assert window.reader.displayed_text == window.reader.text
    assert not window.reading_pane.banner.isVisible()

    window.keep_script_action.trigger()
    window.set_script(DisplayScript.SIMPLIFIED)
    open_by_script(window, "simplified")
    assert window.reader.script == DisplayScript.SIMPLIFIED
    assert window.reader.displayed_text == window.reader.text  # its own script: the original
    assert not window.reading_pane.banner.isVisible()
    window.open_document(traditional)
    assert window.reader.script == DisplayScript.SIMPLIFIED and window.reading_pane.banner.isVisible()

    window.keep_script_action.trigger()
    window.close()
    again = MainWindow(Project(sample_project), "tester", settings)
    qtbot.addWidget(again)
    assert not again.keep_script_action.isChecked()
    assert again.reader.script == DisplayScript.ORIGINAL  # though simplified was chosen last


def test_ctrl_f_focuses_the_search_field_and_raises_the_search_panel(qtbot, window) -> None:
    window.activateWindow()
    window.reader.setFocus()
    # A tabbed dock behind another is moved off screen, not hidden.
    assert window.search_dock.visibleRegion().isEmpty()  # behind the coded passages tab
    window.search_panel.query.setText("斯大林")
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not window.search_dock.visibleRegion().isEmpty()
    assert QApplication.focusWidget() is window.search_panel.query
    assert window.search_panel.query.selectedText() == "斯大林"  # typing replaces it
    assert window.reader.script == DisplayScript.ORIGINAL


def test_the_reading_font_follows_the_document_and_the_script_shown(qtbot, window) -> None:
    open_by_script(window, "simplified")
    assert QFontInfo(window.reader.font()).family() == "Noto Serif CJK SC"
    open_by_script(window, "traditional")
    assert QFontInfo(window.reader.font()).family() == "Noto Serif CJK TC"
    window.set_script(DisplayScript.SIMPLIFIED)
    assert QFontInfo(window.reader.font()).family() == "Noto Serif CJK SC"


def test_exact_selection_and_coding_stripes_are_in_the_tool_bar_and_remembered(
        qtbot, window, settings, sample_project) -> None:
    from annotator.ui.main_window import MainWindow

    tool_bar = window.findChild(QToolBar, "readingToolBar")
    assert window.exact_action in tool_bar.actions() and window.stripes_action in tool_bar.actions()
    assert window.stripes.isVisible()
    window.exact_action.trigger()
    window.stripes_action.trigger()
    assert window.reader.exact_selection and not window.stripes.isVisible()
    window.close()
    again = MainWindow(Project(sample_project), "tester", settings)
    qtbot.addWidget(again)
    assert again.exact_action.isChecked() and again.reader.exact_selection
    assert not again.stripes_action.isChecked()


def with_open_menu(open_menu, inspect):
    """Call `open_menu` (which runs a menu's event loop) and `inspect` the menu while it is open."""
    result = {}

    def look() -> None:
        menu = QApplication.activePopupWidget()
        try:
            result["value"] = inspect(menu)
        finally:
            menu.close()

    QTimer.singleShot(0, look)
    open_menu()
    return result["value"]


def action_texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator() and action.text()
            and not action.text().startswith("“")]


# An open menu grabs the keyboard, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_a_coding_stripe_offers_the_readers_passage_menu(qtbot, window) -> None:
    from PySide6.QtGui import QContextMenuEvent

    reader, stripes = window.reader, window.stripes
    security = next(c for c in window.session.codes() if c.name == "security")
    start = reader.text.index("斯大林")
    passage = window.session.tag(reader.document_id, start, start + 3, security.id)
    stripes.repaint()

    point = reader._span_rect(start + 1, start + 2).center()
    expected = with_open_menu(
        lambda: QApplication.sendEvent(reader.viewport(), QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, reader.viewport().mapToGlobal(point))),
        lambda menu: action_texts(next(a.menu() for a in menu.actions() if a.menu() and "security" in a.text())),
    )
    assert expected == ["Edit memo…", "Re-code as", "Set boundaries to the selection", "Select passage", "Remove"]

    bar = stripes.bar_of(passage.id)
    assert bar is not None and stripes.labels[passage.id].rstrip("…") in "security"
    centre = bar.rect.center().toPoint()

    def remove(menu: QMenu) -> list[str]:
        texts = action_texts(menu)
        next(a for a in menu.actions() if a.text() == "Remove").trigger()
        return texts

    texts = with_open_menu(
        lambda: QApplication.sendEvent(stripes, QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, centre, stripes.mapToGlobal(centre))),
        remove,
    )
    assert texts == expected
    assert stored_passages(window) == []
    stripes.repaint()
    assert stripes.bar_of(passage.id) is None


def test_the_banner_reappears_for_a_window_started_with_a_kept_script(qtbot, sample_project, tmp_path) -> None:
    from annotator.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "kept.ini"), QSettings.Format.IniFormat)
    settings.setValue("view/keepScript", True)
    settings.setValue("view/script", "simplified")
    main = MainWindow(Project(sample_project), "tester", settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    open_by_script(main, "traditional")
    assert main.reader.script == DisplayScript.SIMPLIFIED
    assert main.reading_pane.banner.isVisible()
    assert "converted to simplified" in main.status_label.text()
    for job in list(main.jobs):
        job.cancel()
        job.wait(30)
