"""Reading help in the window: the word tooltip (pinyin and senses), the Dictionary panel that
follows the text cursor, the toggle kept in the settings, the credits in Help › About."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolBar, QToolTip

from annotator.project import Project
from annotator.text import lexicon
from annotator.text.boundaries import segment_at
from annotator.ui.reader import DisplayScript
from tests.ui.conftest import point_of


def tooltip_at(reader, position: int) -> str:
    """What the reader's tooltip says over the character at `position` ("" for none)."""
    QToolTip.hideText()
    point = point_of(reader, position)
    QApplication.sendEvent(reader.viewport(),
                           QHelpEvent(QEvent.Type.ToolTip, point, reader.viewport().mapToGlobal(point)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def first_word(reader, word: str) -> int:
    """The position of the first occurrence of `word` that the segmenter kept as one word."""
    shown = reader.shown_text(0, len(reader.text))
    start = shown.index(word)
    while segment_at(reader._words, start) != (start, start + len(word)):
        start = shown.index(word, start + 1)
    return start


def turn_on(qtbot, window) -> None:
    window.reading_help_action.trigger()
    qtbot.waitUntil(lexicon.loaded, timeout=30_000)
    qtbot.waitUntil(lambda: window._lexicon_job is None)


def scroll_to(reader, position: int) -> None:
    reader.select_span(position, position)  # scrolls it on screen


def test_reading_help_is_off_by_default(qtbot, window) -> None:
    reader = window.reader
    assert not window.reading_help_action.isChecked()
    assert window.reading_help_action in window.findChild(QToolBar, "readingToolBar").actions()
    assert not window.dictionary_dock.isVisible()
    position = first_word(reader, "斯大林")
    scroll_to(reader, position)
    assert tooltip_at(reader, position) == ""


def test_with_it_on_hovering_a_word_shows_its_pinyin_and_senses(qtbot, window) -> None:
    reader = window.reader
    turn_on(qtbot, window)
    assert window.dictionary_dock.isVisible()
    position = first_word(reader, "斯大林")
    scroll_to(reader, position)
    tip = tooltip_at(reader, position + 1)
    assert "斯大林" in tip and "sī dà lín" in tip and "Stalin" in tip


@pytest.mark.parametrize(("script", "shown"), [
    (DisplayScript.ORIGINAL, "條約"),  # the first sample is traditional
    (DisplayScript.SIMPLIFIED, "条约"),
])
def test_the_word_is_shown_in_the_script_shown_and_found_in_either(qtbot, window, script, shown) -> None:
    reader = window.reader
    turn_on(qtbot, window)
    window.set_script(script)
    position = first_word(reader, shown)
    scroll_to(reader, position)
    tip = tooltip_at(reader, position)
    assert shown in tip and "tiáo yuē" in tip and "treaty" in tip
    other = "条约" if shown == "條約" else "條約"
    assert other not in tip


def test_punctuation_gets_no_word_help(qtbot, window) -> None:
    reader = window.reader
    turn_on(qtbot, window)
    position = reader.text.index("。")
    assert tooltip_at(reader, position) == ""


def test_a_passage_tooltip_and_the_word_help_show_together(qtbot, window) -> None:
    reader = window.reader
    turn_on(qtbot, window)
    position = first_word(reader, "斯大林")
    scroll_to(reader, position)
    security = next(c for c in window.session.codes() if c.name == "security")
    window.session.tag(reader.document_id, position, position + 3, security.id, memo="蘇方的態度")
    tip = tooltip_at(reader, position)
    assert "Stalin" in tip and "sī dà lín" in tip  # the word
    assert "security" in tip and "tester" in tip and "蘇方的態度" in tip  # the passage
    # With reading help off, the passage alone, as before.
    window.reading_help_action.trigger()
    tip = tooltip_at(reader, position)
    assert "security" in tip and "Stalin" not in tip


def test_the_panel_follows_the_text_cursor(qtbot, window) -> None:
    reader = window.reader
    turn_on(qtbot, window)
    panel = window.dictionary_panel
    position = first_word(reader, "毛澤東")
    scroll_to(reader, position)
    # A click on the right half of the word's last character: that word, not the next one.
    last = point_of(reader, position + 2, right_edge=True)
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=last)
    assert panel.word == "毛澤東"
    assert "毛澤東" in panel.text and "毛泽东" in panel.text  # both scripts
    assert "Máo Zé dōng" in panel.text and "Mao Zedong" in panel.text
    # The keys move the caret to the word after it.
    reader.setFocus()
    after = segment_at(reader._words, position + 3)
    qtbot.keyClick(reader, Qt.Key.Key_Right)
    assert reader.word_at_cursor() == after
    assert panel.word == reader.shown_text(*after)


def test_the_panel_shows_every_entry_and_sense(qtbot, window) -> None:
    reader = window.reader
    turn_on(qtbot, window)
    position = first_word(reader, "條約")
    reader.select_span(position, position)
    text = window.dictionary_panel.text
    entry = lexicon.lookup("條約")[0]
    assert all(lexicon.marked_gloss(gloss) in text for gloss in entry.glosses)
    assert "CL:個|个[gè]" in text  # cross-references in tone marks


def test_the_panel_follows_the_script_shown(qtbot, window) -> None:
    reader = window.reader
    turn_on(qtbot, window)
    position = first_word(reader, "條約")
    reader.select_span(position, position)
    window.set_script(DisplayScript.SIMPLIFIED)
    assert window.dictionary_panel.word == "条约"
    assert "Traditional 條約 · Simplified 条约" in window.dictionary_panel.text


def test_a_word_not_in_the_dictionary_shows_its_characters(qtbot, window) -> None:
    reader = window.reader
    turn_on(qtbot, window)
    # A selection that CC-CEDICT lacks as a whole: the word at its start is shown; a selection
    # that is a headword is shown whole.
    start = reader.text.index("毛澤東訪蘇")
    reader.select_span(start, start + 3)
    assert window.dictionary_panel.word == "毛澤東"
    panel = window.dictionary_panel
    panel.show_word("毛主席說")
    assert "Not in CC-CEDICT. Its characters:" in panel.text
    assert "shuō" in panel.text and "to speak" in panel.text and "hair" in panel.text


def test_a_selected_headword_is_shown_whole(qtbot, window) -> None:
    reader = window.reader
    turn_on(qtbot, window)
    start = reader.text.index("中共代表團")
    assert lexicon.lookup("代表團")
    reader.select_span(start + 2, start + 5)
    assert window.dictionary_panel.word == "代表團"
    assert "delegation" in window.dictionary_panel.text


def test_the_setting_is_kept(qtbot, window, sample_project: Path, settings: QSettings) -> None:
    from annotator.ui.main_window import MainWindow

    turn_on(qtbot, window)
    assert settings.value("view/readingHelp") in (True, "true")
    window.close()
    again = MainWindow(Project(sample_project), "tester", settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.reading_help_action.isChecked() and again.reader.reading_help
    assert again.dictionary_dock.isVisible()  # as the window was left
    position = first_word(again.reader, "斯大林")
    scroll_to(again.reader, position)
    assert "Stalin" in tooltip_at(again.reader, position)
    again.reading_help_action.trigger()
    again.close()
    third = MainWindow(Project(sample_project), "tester", settings)
    qtbot.addWidget(third)
    assert not third.reading_help_action.isChecked() and not third.reader.reading_help


def test_about_credits_cc_cedict_and_pypinyin(qtbot, window) -> None:
    about = window.about_text()
    assert "CC-CEDICT" in about and "MDBG" in about and "CC BY-SA 4.0" in about
    assert "pypinyin (MIT licence)" in about
    assert f"{lexicon.source().entries:,} entries" in about


def test_the_dictionary_dock_is_listed_in_the_view_menu(qtbot, window) -> None:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.dictionary_dock.toggleViewAction() in view.actions()
    window.dictionary_dock.toggleViewAction().trigger()
    assert window.dictionary_dock.isVisible()


def test_the_dictionary_loads_in_the_background_and_then_shows(qtbot, window, monkeypatch) -> None:
    import threading

    reader = window.reader
    monkeypatch.setattr(lexicon, "_lexicon", None)  # as in a window just started
    gate = threading.Event()
    real_load = lexicon.load
    monkeypatch.setattr(lexicon, "load", lambda: (gate.wait(30), real_load()))
    position = first_word(reader, "斯大林")
    reader.select_span(position, position)
    window.reading_help_action.trigger()
    assert not lexicon.loaded()
    assert "Loading the dictionary…" in tooltip_at(reader, position)
    assert "Loading the dictionary…" in window.dictionary_panel.text
    gate.set()
    qtbot.waitUntil(lambda: window._lexicon_job is None, timeout=30_000)
    assert lexicon.loaded()
    assert "Stalin" in window.dictionary_panel.text
    assert "Stalin" in tooltip_at(reader, position)


def test_a_dictionary_that_cannot_be_read_is_said_once_and_not_retried(qtbot, window, monkeypatch) -> None:
    reader = window.reader
    monkeypatch.setattr(lexicon, "_failure", None)  # put back as it was after the test
    monkeypatch.setattr(lexicon, "_lexicon", None)
    monkeypatch.setattr(lexicon, "default_path", lambda: Path("/nonexistent/cedict.txt.gz"))
    window.reading_help_action.trigger()
    qtbot.waitUntil(lambda: window._lexicon_job is None, timeout=30_000)
    assert "the CC-CEDICT dictionary cannot be read" in window.last_error
    window.last_error = ""
    position = first_word(reader, "斯大林")
    reader.select_span(position, position)
    assert "cannot be read" in window.dictionary_panel.text
    assert "cannot be read" in tooltip_at(reader, position)
    assert window._lexicon_job is None and window.last_error == ""  # not tried again
