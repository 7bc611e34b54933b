"""The Entities panel in the window: the entities of the open document with their counts, in the
display script; a click marks every mention in the reading view and selects the first (right
also after characters outside the BMP); corrections and coding every mention are one undo step
each and are kept in the project."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.project import Project
from annotator.services.annotations import list_passages
from annotator.services.entities import list_corrections
from annotator.services.imports import import_file
from annotator.ui.entities_panel import highlighted_spans
from annotator.ui.reader import DisplayScript

ASTRAL = "𠮷𪚥𠮷。1949年12月16日，毛澤東抵達莫斯科。𪚥周恩來隨後抵達莫斯科。"


def shown(window) -> list[tuple[str, str, int]]:
    """The rows as the panel shows them: entity, kind, mentions."""
    model = window.entities_panel.model
    return [tuple(model.data(model.index(row, column)) for column in range(3))
            for row in range(model.rowCount())]


def show_entities(qtbot, window):
    window.entities_dock.show()
    window.entities_dock.raise_()
    panel = window.entities_panel
    qtbot.waitUntil(lambda: panel.active and not panel.busy and panel.model.rowCount() > 0, timeout=60_000)
    return panel


def click_entity(qtbot, window, text: str) -> None:
    panel = window.entities_panel
    row = next(r for r, values in enumerate(shown(window)) if values[0] == text)
    panel.view.scrollTo(panel.model.index(row, 0))
    rect = panel.view.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def astral_document(window, write_text) -> int:
    document = import_file(window.session.project, write_text("astral.txt", ASTRAL)).document
    window.session.documentsChanged.emit()
    window.open_document(document.id)
    return document.id


def wait_listed(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)


def test_the_simplified_account_lists_its_persons_and_places_with_counts(qtbot, window):
    window.open_document(2)
    show_entities(qtbot, window)
    rows = shown(window)
    assert ("毛泽东", "person", 16) in rows
    assert ("莫斯科", "place", 9) in rows
    assert rows.index(("毛泽东", "person", 16)) < rows.index(("莫斯科", "place", 9))  # persons first


def test_rows_follow_the_display_script_and_the_scope(qtbot, window):
    window.open_document(2)
    panel = show_entities(qtbot, window)
    window.set_script(DisplayScript.TRADITIONAL)
    assert ("毛澤東", "person", 16) in shown(window)
    panel.scope.setChecked(True)  # all documents: the traditional account's 108 as well
    wait_listed(qtbot, panel)
    assert ("毛澤東", "person", 16 + 108) in shown(window)


def test_clicking_an_entity_marks_its_mentions_after_astral_characters(qtbot, window, write_text):
    astral_document(window, write_text)
    show_entities(qtbot, window)
    click_entity(qtbot, window, "莫斯科")
    reader = window.reader
    first, second = ASTRAL.index("莫斯科"), ASTRAL.rindex("莫斯科")
    assert reader.selected_span() == (first, first + 3)
    assert reader.textCursor().selectedText() == "莫斯科"  # the very characters, in Qt's units
    assert highlighted_spans(reader) == [(first, first + 3), (second, second + 3)]
    assert [s.cursor.selectedText() for s in reader.extraSelections()] == ["莫斯科", "莫斯科"]
    qtbot.mouseClick(window.entities_panel.next_button, Qt.MouseButton.LeftButton)
    assert reader.selected_span() == (second, second + 3)
    assert reader.textCursor().selectedText() == "莫斯科"
    window.set_script(DisplayScript.SIMPLIFIED)  # laid out again: the marks stay on the words
    assert highlighted_spans(reader) == [(first, first + 3), (second, second + 3)]
    assert [s.cursor.selectedText() for s in reader.extraSelections()] == ["莫斯科", "莫斯科"]
    assert ("周恩来", "person", 1) in shown(window)


def test_a_new_kind_is_one_undo_step_and_kept_in_the_project(qtbot, window):
    window.open_document(2)
    panel = show_entities(qtbot, window)
    click_entity(qtbot, window, "莫斯科")
    row = next(r for r, values in enumerate(shown(window)) if values[0] == "莫斯科")
    menu = panel.entity_menu(row)
    kinds = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in kinds.actions() if a.text() == "organisation").trigger()
    wait_listed(qtbot, panel)
    assert ("莫斯科", "organisation", 9) in shown(window)
    assert panel.view.currentIndex().row() >= 0 and highlighted_spans(window.reader)  # still chosen
    with Project(window.session.project.path) as fresh:
        assert [(c.text, c.kind) for c in list_corrections(fresh)] == [("莫斯科", "organization")]
    window.session.undo_stack.undo()
    wait_listed(qtbot, panel)
    assert ("莫斯科", "place", 9) in shown(window)
    with Project(window.session.project.path) as fresh:
        assert list_corrections(fresh) == []
    window.session.undo_stack.redo()
    wait_listed(qtbot, panel)
    assert ("莫斯科", "organisation", 9) in shown(window)


def test_no_entity_everywhere_and_no_entity_here(qtbot, window):
    window.open_document(2)
    panel = show_entities(qtbot, window)
    entity = next(r for r in panel.model.rows if r.text == "莫斯科")
    assert panel.reject(entity)
    wait_listed(qtbot, panel)
    assert all(values[0] != "莫斯科" for values in shown(window))
    window.session.undo_stack.undo()
    wait_listed(qtbot, panel)
    click_entity(qtbot, window, "莫斯科")  # selects the first mention: that one is none
    entity = next(r for r in panel.model.rows if r.text == "莫斯科")
    assert panel.reject_here(entity)
    wait_listed(qtbot, panel)
    assert ("莫斯科", "place", 8) in shown(window)


def test_the_selection_added_as_an_entity(qtbot, window, write_text):
    astral_document(window, write_text)
    panel = show_entities(qtbot, window)
    start = ASTRAL.index("隨後")
    window.reader.select_span(start, start + 2)
    assert panel.add_selection("organization")
    wait_listed(qtbot, panel)
    assert ("隨後", "organisation", 1) in shown(window)
    window.session.undo_stack.undo()
    wait_listed(qtbot, panel)
    assert all(values[0] != "隨後" for values in shown(window))


def test_coding_every_mention_is_one_undo_step(qtbot, window):
    window.open_document(2)
    panel = show_entities(qtbot, window)
    code = window.session.codes()[0]
    entity = next(r for r in panel.model.rows if r.text == "莫斯科")
    assert panel.code_all(entity, code)
    coded = [(p.start, p.end) for p in list_passages(window.session.project)]
    assert sorted(coded) == sorted(entity.positions) and len(coded) == 9
    assert window.reader.passage_count == 9
    window.session.undo_stack.undo()
    assert list_passages(window.session.project) == []


def test_the_export_has_a_row_per_mention(qtbot, window, tmp_path):
    import csv

    window.open_document(2)
    panel = show_entities(qtbot, window)
    path = tmp_path / "entities.csv"
    panel.export_to(path)
    qtbot.waitUntil(lambda: not panel.exporting, timeout=60_000)
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert sum(1 for row in rows if row["text"] == "莫斯科" and row["kind"] == "place") == 9
    assert {row["document_id"] for row in rows} == {"2"}
    assert panel.status.text() == f"mentions exported to entities.csv: {len(rows)}"


def test_the_models_follow_the_qt_contract(qtmodeltester, qtbot, window):
    window.open_document(2)
    show_entities(qtbot, window)
    qtmodeltester.check(window.entities_panel.model)
