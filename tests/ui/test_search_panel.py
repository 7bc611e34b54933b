"""The search panel in the window: counts in English, every hit counted even when not all are
listed, "Tag all with" asks first and tags every hit, clearing the query clears everything, and
the hits are marked in the reading view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QToolButton

from annotator.project import Project
from annotator.services.annotations import list_passages
from annotator.services.imports import import_file
from annotator.services.search import DEFAULT_LIMIT

MANY = DEFAULT_LIMIT + 5


def stored_passages(window) -> list:
    with Project(window.session.project.path) as fresh:  # a second connection: what is on disk
        return list_passages(fresh)


def search_for(qtbot, window, query: str) -> None:
    panel = window.search_panel
    panel.query.setText(query)
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.searching, timeout=30_000)  # it runs off the UI thread


class Asked(list):
    reply = QMessageBox.StandardButton.Yes


@pytest.fixture
def asked(monkeypatch) -> Asked:
    """Every question the window asks with QMessageBox.question, answered with `asked.reply`."""
    questions = Asked()

    def question(parent, title, text, *args, **kwargs):
        questions.append(text)
        return questions.reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


@pytest.fixture
def many_hits(window, write_text) -> int:
    """A third document with more hits of 毛澤東 than the list shows; its id."""
    path = write_text("many.txt", "毛澤東。" * MANY)
    document = import_file(window.session.project, path).document
    window.session.documentsChanged.emit()
    return document.id


def choose_code(window, name: str) -> None:
    choice = window.search_panel.code_choice
    choice.setCurrentIndex(choice.findText(name))


def test_one_hit_is_one_match(qtbot, window, write_text) -> None:
    import_file(window.session.project, write_text("one.txt", "獨一無二的句子。"))
    search_for(qtbot, window, "独一无二")
    assert window.search_panel.status.text() == "1 match"
    search_for(qtbot, window, "天外飛來")
    assert window.search_panel.status.text() == "no matches"
    assert not window.search_panel.tag_all_button.isEnabled()


def test_every_hit_is_counted_and_the_status_says_only_the_first_are_listed(qtbot, window, many_hits) -> None:
    panel = window.search_panel
    search_for(qtbot, window, "毛泽东")
    total = panel.results.total
    assert total > MANY  # the samples' hits as well
    assert panel.model.rowCount() == DEFAULT_LIMIT
    assert panel.status.text() == f"first {DEFAULT_LIMIT:,} of {total:,} matches shown"


def test_tag_all_asks_first_naming_the_count_and_no_changes_nothing(qtbot, window, asked) -> None:
    search_for(qtbot, window, "毛泽东")
    hits = window.search_panel.model.rowCount()
    choose_code(window, "diplomacy")
    asked.reply = QMessageBox.StandardButton.No
    qtbot.mouseClick(window.search_panel.tag_all_button, Qt.MouseButton.LeftButton)
    assert asked == [f"Tag all {hits} results with “diplomacy”? Edit › Undo removes them again in one step."]
    assert stored_passages(window) == []
    assert window.session.undo_stack.count() == 0

    asked.reply = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(window.search_panel.tag_all_button, Qt.MouseButton.LeftButton)
    stored = stored_passages(window)
    assert len(stored) == hits and {p.code for p in stored} == {"diplomacy"}
    assert window.statusBar().currentMessage() == f"Tagged {hits} passages with “diplomacy”"
    assert window.session.undo_stack.count() == 1
    window.session.undo_stack.undo()
    assert stored_passages(window) == []
    window.session.undo_stack.redo()
    assert sorted(p.id for p in stored_passages(window)) == sorted(p.id for p in stored)


def test_tag_all_tags_every_hit_not_only_those_listed(qtbot, window, asked, many_hits) -> None:
    panel = window.search_panel
    search_for(qtbot, window, "毛泽东")
    total = panel.results.total
    choose_code(window, "negotiation")
    qtbot.mouseClick(panel.tag_all_button, Qt.MouseButton.LeftButton)
    assert asked == [f"Tag all {total:,} results with “negotiation”? Edit › Undo removes them again in one step."]
    stored = stored_passages(window)
    assert len(stored) == total
    assert sum(1 for p in stored if p.document_id == many_hits) == MANY
    assert all(p.text in ("毛澤東", "毛泽东") for p in stored)
    # The window follows: the reader's document and the codebook count show them all.
    negotiation = next(c for c in window.codebook_panel.model.codes() if c.name == "negotiation")
    assert negotiation.passages == total
    window.session.undo_stack.undo()  # one step removes them all
    assert stored_passages(window) == []


def test_tag_all_says_which_results_were_already_coded(qtbot, window, asked) -> None:
    search_for(qtbot, window, "毛泽东")
    panel = window.search_panel
    hits = panel.model.rowCount()
    first = panel.model.hit(0)
    security = next(c for c in window.session.codes() if c.name == "security")
    window.session.tag(first.document_id, first.start, first.end, security.id)
    choose_code(window, "security")
    qtbot.mouseClick(panel.tag_all_button, Qt.MouseButton.LeftButton)
    assert len(stored_passages(window)) == hits
    assert window.statusBar().currentMessage() == (
        f"Tagged {hits - 1} passages with “security”; skipped 1 result already coded with it"
    )
    # Again: every result has the code now. Nothing is stored twice, and no empty undo step.
    steps = window.session.undo_stack.count()
    qtbot.mouseClick(panel.tag_all_button, Qt.MouseButton.LeftButton)
    assert "every result already has “security”" in window.last_error
    assert len(stored_passages(window)) == hits
    assert window.session.undo_stack.count() == steps


def test_clearing_the_query_clears_results_status_and_reader_marks(qtbot, window) -> None:
    panel, reader = window.search_panel, window.reader
    search_for(qtbot, window, "毛泽东")
    assert panel.model.rowCount() and panel.status.text().endswith("matches")
    in_reader = [(h.start, h.end) for h in panel.model.hits() if h.document_id == reader.document_id]
    assert in_reader and reader._search_hits == sorted(in_reader)
    clear_button = panel.query.findChild(QToolButton)  # the line edit's own clear button
    with qtbot.waitSignal(panel.resultsChanged) as cleared:
        qtbot.mouseClick(clear_button, Qt.MouseButton.LeftButton)
    assert panel.query.text() == ""
    assert cleared.args == [[]]
    assert panel.model.rowCount() == 0 and panel.status.text() == ""
    assert reader._search_hits == []
    assert not panel.tag_all_button.isEnabled()

    search_for(qtbot, window, "斯大林")
    assert panel.model.rowCount()
    panel.query.selectAll()
    qtbot.keyClick(panel.query, Qt.Key.Key_Delete)  # deleting the text by hand does the same
    assert panel.model.rowCount() == 0 and panel.status.text() == "" and reader._search_hits == []


def test_a_search_running_when_the_query_is_cleared_never_shows_its_results(qtbot, window) -> None:
    panel = window.search_panel
    panel.query.setText("毛泽东")
    job = panel.run_search()
    panel.query.clear()  # before the worker's answer can arrive (it is delivered by the event loop)
    assert job.wait(30)
    qtbot.wait(50)
    assert panel.model.rowCount() == 0 and panel.status.text() == "" and window.reader._search_hits == []


def test_a_failed_search_does_not_leave_the_old_results(qtbot, window) -> None:
    panel = window.search_panel
    search_for(qtbot, window, "毛泽东")
    assert panel.model.rowCount()
    panel.regex.setChecked(True)
    search_for(qtbot, window, "(毛")
    assert "not a valid regular expression" in panel.status.text()
    assert panel.model.rowCount() == 0 and window.reader._search_hits == []


def test_the_reader_marks_the_hits_of_whichever_document_is_open(qtbot, window) -> None:
    panel, reader = window.search_panel, window.reader
    search_for(qtbot, window, "毛泽东")

    def marked_here() -> list[tuple[int, int]]:
        return sorted((h.start, h.end) for h in panel.model.hits() if h.document_id == reader.document_id)

    first = reader.document_id
    assert reader._search_hits == marked_here() != []
    assert all(reader.text[s:e] in ("毛澤東", "毛泽东") for s, e in reader._search_hits)
    other = next(d.id for d in window.session.documents() if d.id != first)
    window.open_document(other)
    assert reader._search_hits == marked_here() != []
    assert all(reader.text[s:e] in ("毛澤東", "毛泽东") for s, e in reader._search_hits)
