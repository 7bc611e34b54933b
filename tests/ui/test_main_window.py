"""The whole window, driven as a historian would: select, press a shortcut, undo, switch script,
search, jump from the passages panel, import and export; checked against the project file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from annotator.domain import PassageFilter
from annotator.project import Project
from annotator.services.annotations import list_passages
from annotator.services.export import read_csv
from annotator.services.imports import ImportOptions
from annotator.ui.reader import DisplayScript
from tests.ui.conftest import point_of


def stored_passages(window) -> list:
    with Project(window.session.project.path) as fresh:  # a second connection: what is on disk
        return list_passages(fresh)


def select_with_mouse(qtbot, reader, start: int, end: int) -> None:
    viewport = reader.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point_of(reader, start))
    qtbot.mouseMove(viewport, point_of(reader, end - 1, right_edge=True))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point_of(reader, end - 1, right_edge=True))


def test_the_window_opens_the_first_sample(window) -> None:
    assert window.reader.document_id is not None
    assert "毛澤東" in window.reader.text
    assert "characters" in window.status_label.text()
    assert window.documents_panel.model.rowCount() == 2


def test_select_press_a_shortcut_undo_and_redo(qtbot, window) -> None:
    reader = window.reader
    start = reader.text.index("毛澤東")
    select_with_mouse(qtbot, reader, start + 1, start + 2)  # inside the name: snaps to it
    assert reader.selected_span() == (start, start + 3)
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_2)  # "security" has the shortcut 2
    [passage] = stored_passages(window)
    assert (passage.code, passage.start, passage.end, passage.text) == ("security", start, start + 3, "毛澤東")
    assert reader.passage_ids_at(start) == [passage.id]
    assert window.passages_panel.model.rowCount() == 1
    security = next(c for c in window.codebook_panel.model.codes() if c.name == "security")
    assert security.passages == 1
    row = window.documents_panel.model.row_of(reader.document_id)
    assert window.documents_panel.model.document(row).passages == 1
    assert " · 1 passage · " in window.status_label.text()  # singular, no "1 passages"

    window.session.undo_stack.undo()
    assert window.documents_panel.model.document(row).passages == 0
    assert stored_passages(window) == []
    assert reader.passage_ids_at(start) == []
    window.session.undo_stack.redo()
    assert [p.id for p in stored_passages(window)] == [passage.id]


def test_clicking_a_code_tags_the_selection(qtbot, window) -> None:
    reader = window.reader
    reader.select_span(10, 20)
    panel = window.codebook_panel
    index = panel.model.index_of(next(c.id for c in panel.model.codes() if c.name == "diplomacy"))
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    [passage] = stored_passages(window)
    assert passage.code == "diplomacy" and (passage.start, passage.end) == (10, 20)


def test_passages_stay_on_their_words_in_either_script(qtbot, window) -> None:
    reader = window.reader
    start = reader.text.index("斯大林")
    reader.select_span(start, start + 3)
    qtbot.keyClick(reader, Qt.Key.Key_1)
    window.set_script(DisplayScript.SIMPLIFIED)
    assert reader.displayed_text[start:start + 3] == "斯大林"
    assert reader.passage_ids_at(start + 1)
    select_with_mouse(qtbot, reader, start, start + 3)
    qtbot.keyClick(reader, Qt.Key.Key_3)
    codes = sorted(p.code for p in stored_passages(window))
    assert codes == ["diplomacy", "negotiation"]
    assert all(p.text == "斯大林" for p in stored_passages(window))


def test_search_finds_both_scripts_and_tags_all_results(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    panel = window.search_panel
    panel.query.setText("毛泽东")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.searching, timeout=30_000)  # it runs off the UI thread
    matches = {hit.match for hit in panel.model.hits()}
    assert matches == {"毛泽东", "毛澤東"}
    count = panel.model.rowCount()
    panel.code_choice.setCurrentIndex(panel.code_choice.findText("diplomacy"))
    qtbot.mouseClick(panel.findChild(QPushButton, "tagAllButton"), Qt.MouseButton.LeftButton)
    assert len(stored_passages(window)) == count
    window.session.undo_stack.undo()
    assert stored_passages(window) == []


def test_double_clicking_a_passage_jumps_to_it(qtbot, window) -> None:
    session = window.session
    other = next(d for d in session.documents() if d.id != window.reader.document_id)
    text = session.document_text(other.id)
    start = text.index("斯大林")
    session.tag(other.id, start, start + 3, session.codes()[0].id)
    view = window.passages_panel.view
    rect = view.visualRect(window.passages_panel.model.index(0, 2))
    # A real double-click starts with a press; Qt's views ignore a double-click without one.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.document_id == other.id
    assert window.reader.selected_span() == (start, start + 3)


def test_export_writes_the_filtered_passages(qtbot, window, tmp_path: Path) -> None:
    reader = window.reader
    start = reader.text.index("毛澤東")
    reader.select_span(start, start + 3)
    qtbot.keyClick(reader, Qt.Key.Key_1)
    reader.select_span(0, 2)
    qtbot.keyClick(reader, Qt.Key.Key_2)
    security = next(c.id for c in window.session.codes() if c.name == "security")
    out = tmp_path / "coded.csv"
    job = window.export_to(out, PassageFilter(code_ids=(security,)))
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=30_000)
    assert window.statusBar().currentMessage() == f"Exported 1 passage to {out}"
    rows = read_csv(out)
    assert [row["code"] for row in rows] == ["security"]
    assert rows[0]["text"] == reader.text[0:2]


def test_importing_runs_off_the_ui_thread_and_opens_the_document(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "電報.txt"
    path.write_bytes("毛澤東致斯大林電報。\n𨋢字在此。".encode("big5hkscs"))
    job = window.start_import(path, path.read_bytes(), ImportOptions())
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=120_000)
    assert window.reader.text == "毛澤東致斯大林電報。\n𨋢字在此。"
    assert window.documents_panel.model.rowCount() == 3
    assert job not in window.jobs


def test_a_bad_file_is_reported_and_nothing_is_imported(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes("毛澤東".encode("utf-8")[:-1])
    job = window.start_import(path, path.read_bytes(), ImportOptions())
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60_000)
    assert "broken.txt" in window.last_error
    assert window.documents_panel.model.rowCount() == 2


def test_deleting_a_code_asks_and_can_be_undone(qtbot, window, monkeypatch) -> None:
    reader = window.reader
    reader.select_span(0, 2)
    qtbot.keyClick(reader, Qt.Key.Key_2)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    panel = window.codebook_panel
    panel.view.setCurrentIndex(panel.model.index_of(next(c.id for c in panel.model.codes() if c.name == "security")))
    panel.delete_code()
    assert "1 coded passage" in asked[0]
    assert stored_passages(window) == []
    assert "security" not in [c.name for c in window.session.codes()]
    window.session.undo_stack.undo()
    assert [p.code for p in stored_passages(window)] == ["security"]
    assert reader.passage_ids_at(0)


def test_dragging_a_code_onto_another_reparents_it(qtbot, window) -> None:
    model = window.codebook_panel.model
    codes = {c.name: c for c in model.codes()}
    data = model.mimeData([model.index_of(codes["security"].id)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(codes["diplomacy"].id))
    assert {c.name: c.path for c in window.session.codes()}["security"] == "diplomacy/security"
    window.session.undo_stack.undo()
    assert {c.name: c.path for c in window.session.codes()}["security"] == "security"


def test_item_models_follow_the_qt_contract(qtmodeltester, window) -> None:
    window.session.tag(window.reader.document_id, 0, 2, window.session.codes()[0].id)
    for model in (window.documents_panel.model, window.codebook_panel.model,
                  window.passages_panel.model, window.search_panel.model):
        qtmodeltester.check(model)


def test_settings_remember_script_and_font_size(qtbot, window, settings, sample_project) -> None:
    from annotator.ui.main_window import MainWindow

    window.keep_script_action.trigger()  # View › Keep the chosen script for every document
    window.set_script(DisplayScript.TRADITIONAL)
    window.zoom(3)
    size = window.reader.font().pointSizeF()
    window.close()
    again = MainWindow(Project(sample_project), "tester", settings)
    qtbot.addWidget(again)
    assert again.keep_script_action.isChecked()
    assert again.reader.script == DisplayScript.TRADITIONAL
    assert again.reader.font().pointSizeF() == size
    assert again.reader.document_id == window.reader.document_id


def test_hovering_a_passage_shows_its_code_coder_and_memo(qtbot, window) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    reader = window.reader
    security = next(c for c in window.session.codes() if c.name == "security")
    window.session.tag(reader.document_id, 0, 2, security.id, memo="起首的署名")
    point = point_of(reader, 1)
    QApplication.sendEvent(reader.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, reader.viewport().mapToGlobal(point)))
    shown = QToolTip.text()
    assert "security" in shown and "tester" in shown and "起首的署名" in shown


def test_dropping_files_on_the_documents_panel_asks_to_import_them(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = tmp_path / "dropped.txt"
    path.write_text("斯大林", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    panel = window.documents_panel
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.importRequested.disconnect()  # not into the modal dialog: it is tested on its own
    with qtbot.waitSignal(panel.importRequested) as requested:
        panel.dropEvent(event)
    assert requested.args == [[path]]


def test_a_cancelled_import_stores_nothing(qtbot, window, tmp_path: Path) -> None:
    sample = window.session.document_text(window.reader.document_id)
    path = tmp_path / "volume.txt"
    path.write_text(sample * 50, encoding="utf-8")
    job = window.start_import(path, path.read_bytes(), ImportOptions())
    assert window.cancel_button.isVisible()
    window.cancel_button.click()
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60_000)
    assert window.documents_panel.model.rowCount() == 2
    assert not window.progress.isVisible()
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_new_project_starts_with_the_default_codebook(qtbot, window, tmp_path: Path) -> None:
    window.switch_project(tmp_path / "team.sqlite")
    assert window.session.project.path == tmp_path / "team.sqlite"
    assert [c.name for c in window.session.codes()] == ["negotiation", "security", "diplomacy"]
    assert window.documents_panel.model.rowCount() == 0
    assert str(tmp_path / "team.sqlite") in [a.text() for a in window.recent_menu.actions()]


def test_a_file_that_is_not_a_project_is_refused_and_the_old_one_stays_open(qtbot, window, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a project")
    before = window.session.project.path
    window.switch_project(bogus)
    assert "not a project file" in window.last_error
    assert window.session.project.path == before


def test_tags_after_astral_characters_land_on_code_points_in_both_scripts(qtbot, window, tmp_path: Path) -> None:
    from annotator.services.imports import import_file

    path = tmp_path / "ext-b.txt"
    path.write_text("𠮷野家與𪚥字。毛澤東說：𠮷𪚥二字。", encoding="utf-8")
    document = import_file(window.session.project, path).document
    window.session.documentsChanged.emit()
    window.open_document(document.id)
    reader = window.reader
    for script, (start, end), key in ((DisplayScript.SIMPLIFIED, (7, 10), Qt.Key.Key_1),
                                      (DisplayScript.ORIGINAL, (12, 14), Qt.Key.Key_2)):
        window.set_script(script)
        select_with_mouse(qtbot, reader, start, end)
        qtbot.keyClick(reader, key)
    stored = sorted((p.start, p.end, p.text) for p in stored_passages(window) if p.document_id == document.id)
    assert stored == [(7, 10, "毛澤東"), (12, 14, "𠮷𪚥")]


def test_recolouring_a_code_repaints_its_passages_without_reloading(qtbot, window) -> None:
    from annotator.ui.commands import UpdateCodeCommand

    reader = window.reader
    reader.select_span(0, 2)
    qtbot.keyClick(reader, Qt.Key.Key_2)
    security = next(c for c in window.session.codes() if c.name == "security")
    reloads = []
    window.session.passagesReset.connect(lambda: reloads.append(1))
    window.session.execute(UpdateCodeCommand(window.session, security, color="#FF0000", name="安全"))
    assert reloads == []
    assert reader._colors[security.id] == "#FF0000"
    model = window.passages_panel.model
    assert model.data(model.index(0, 1)) == "安全"
    window.session.undo_stack.undo()
    assert model.data(model.index(0, 1)) == "security" and reader._colors[security.id] == "#0072B2"


def test_back_up_then_restore_from_the_window(qtbot, window) -> None:
    from db.backup import list_backups

    reader = window.reader
    reader.select_span(0, 2)
    qtbot.keyClick(reader, Qt.Key.Key_2)
    job = window.back_up_now()
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=30_000)
    backup = next(b.path for b in list_backups(window.session.project.path) if b.reason == "manual")
    reader.select_span(10, 12)
    qtbot.keyClick(reader, Qt.Key.Key_3)
    assert len(stored_passages(window)) == 2
    assert window.restore_backup(backup)
    assert [p.code for p in stored_passages(window)] == ["security"]
    assert window.reader.passage_ids_at(0) and not window.reader.passage_ids_at(10)
    assert any(b.reason == "before-restore" for b in list_backups(window.session.project.path))


def test_lists_show_bidi_overrides_and_controls_as_visible_marks(qtbot, window, tmp_path: Path) -> None:
    from annotator.services.imports import import_file

    sneaky = "\u202e電報\u0007"
    path = tmp_path / "t.txt"
    path.write_text(f"甲{sneaky}乙。" + "毛澤東到莫斯科。" * 20, encoding="utf-8")
    document = import_file(window.session.project, path, ImportOptions(title=sneaky)).document
    window.session.documentsChanged.emit()
    window.session.tag(document.id, 1, 5, window.session.codes()[0].id, memo=sneaky)
    shown = [window.documents_panel.model.data(window.documents_panel.model.index(row, 0))
             for row in range(window.documents_panel.model.rowCount())]
    passages = window.passages_panel.model
    cells = [passages.data(passages.index(0, column)) for column in range(passages.columnCount())]
    for text in shown + cells:
        assert "\u202e" not in text and "\u0007" not in text
    assert any("電報" in text for text in shown)
    assert window.session.document(document.id).title == sneaky  # stored exactly


def test_renaming_a_parent_code_updates_its_sub_codes_paths(qtbot, window) -> None:
    from annotator.ui.commands import AddCodeCommand, UpdateCodeCommand

    session = window.session
    diplomacy = next(c for c in session.codes() if c.name == "diplomacy")
    session.execute(AddCodeCommand(session, "treaty", "#AA3377", parent_id=diplomacy.id))
    session.execute(UpdateCodeCommand(session, diplomacy, name="外交"))
    assert "外交/treaty" in [c.path for c in session.codes()]
    reader = window.reader
    reader.select_span(0, 2)
    qtbot.keyClick(reader, Qt.Key.Key_1)
    assert next(c for c in session.codes() if c.name == "negotiation").passages == 1


def test_a_bad_regex_is_reported_in_the_search_bar(qtbot, window) -> None:
    panel = window.search_panel
    panel.regex.setChecked(True)
    panel.query.setText("(毛")
    panel.run_search()
    qtbot.waitUntil(lambda: not panel.searching, timeout=30_000)
    assert "not a valid regular expression" in panel.status.text()
    assert panel.model.rowCount() == 0


def test_the_status_bar_counts_a_tag_another_program_wrote(qtbot, window) -> None:
    from annotator.services import annotations

    reader = window.reader
    assert " · 0 passages" in window.status_label.text()
    with Project(window.session.project.path, create=False) as other:  # e.g. `python main.py tag`
        annotations.tag(other, reader.document_id, 0, 2, "security", coder="someone else")
    window.session.external_changes.check()
    assert reader.passage_count == 1
    assert " · 1 passage" in window.status_label.text()


def test_help_about_names_the_version_the_project_and_the_folders(qtbot, window) -> None:
    from annotator import __version__, paths
    from annotator.settings import settings_path
    from db.backup import backup_folder

    window.about_action.trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None and box.isVisible()
    text = box.text()
    project = window.session.project.path
    for expected in (__version__, str(project), str(backup_folder(project)), str(paths.data_dir()),
                     str(paths.cache_dir()), str(settings_path()), window.settings.fileName(),
                     str(paths.log_dir() / "errors.log")):
        assert expected in text
    assert str(paths.data_dir()).startswith(str(Path(project).parent))  # the test's folders, not the user's
    box.close()


def test_an_empty_project_says_how_to_import_and_takes_files_dropped_on_the_reader(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    window.switch_project(tmp_path / "empty.sqlite")
    reader = window.reader
    assert reader.document_id is None and reader.toPlainText() == ""
    assert reader.placeholderText() == "No documents yet — File › Import texts… or drop .txt files here"

    path = tmp_path / "letter.txt"
    path.write_text("斯大林", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    panel = window.documents_panel
    panel.importRequested.disconnect()  # not into the modal import dialog
    viewport = reader.viewport()
    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(panel.importRequested) as requested:
        QApplication.sendEvent(viewport, drop)
    assert requested.args == [[path]]

    # Once it has documents, the hint says where to open one.
    window.switch_project(Path(window.settings.value("recentProjects")[1]))  # the sample project
    window.reader.clear_document()
    assert window.reader.placeholderText() == "Choose a document in the Documents panel"


def test_the_tooltip_keeps_each_code_and_coder_on_one_line(qtbot, window) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QTextDocument
    from PySide6.QtWidgets import QApplication, QLabel

    from annotator.services import annotations
    from annotator.services.codes import add_code

    reader = window.reader
    session = window.session
    security = next(c for c in session.codes() if c.name == "security")
    diplomacy = next(c for c in session.codes() if c.name == "diplomacy")
    treaty = add_code(session.project, "treaty talks", "#AA3377", parent=diplomacy.id)  # a long path
    annotations.tag(session.project, reader.document_id, 0, 2, treaty.id, coder="Wang Xiaoming",
                    memo="起首的署名, which the telegram office added")
    annotations.tag(session.project, reader.document_id, 0, 2, security.id, coder="tester")
    session.reload_all()
    point = point_of(reader, 1)
    QApplication.sendEvent(reader.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, reader.viewport().mapToGlobal(point)))
    label = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label")
    assert isinstance(label, QLabel)
    # Lay the tooltip's text out as its label does, and read it line by line.
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()
    lines = []
    block = document.firstBlock()
    while block.isValid():
        layout = block.layout()
        lines += [block.text()[layout.lineAt(i).textStart():][:layout.lineAt(i).textLength()].strip()
                  for i in range(layout.lineCount())]
        block = block.next()
    assert "■ diplomacy/treaty talks — Wang Xiaoming" in lines
    assert "■ security — tester" in lines


def test_counts_in_the_window_are_singular_for_one(qtbot, window, tmp_path: Path) -> None:
    from annotator.services.imports import import_file

    document = import_file(window.session.project, _one_character_file(tmp_path)).document
    window.session.documentsChanged.emit()
    window.open_document(document.id)
    window.reader.select_span(0, 1)
    status = window.status_label.text()
    assert "1 character · 1 segment · 0 passages · selected 0–1 (1 character)" in status
    model = window.documents_panel.model
    tip = model.data(model.index(model.row_of(document.id), 0), Qt.ItemDataRole.ToolTipRole)
    assert "1 character, 1 segment, 1 sentence" in tip


def _one_character_file(folder: Path) -> Path:
    path = folder / "one.txt"
    path.write_text("毛", encoding="utf-8")
    return path


def test_deleting_a_document_is_undone_in_one_step_and_keeps_the_steps_before_it(qtbot, window, monkeypatch) -> None:
    session, reader = window.session, window.reader
    document_id = reader.document_id
    reader.select_span(0, 2)
    qtbot.keyClick(reader, Qt.Key.Key_2)
    [tagged] = stored_passages(window)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    window.delete_document(document_id)
    assert "1 coded passage" in asked[0] and "Undo brings them back" in asked[0]
    assert stored_passages(window) == [] and reader.document_id is None
    assert window.documents_panel.model.rowCount() == 1
    assert session.undo_stack.count() == 2  # the tag is still there, under the deletion
    session.undo_stack.undo()
    assert stored_passages(window) == [tagged]  # same id, so the tag's own undo still works
    assert window.documents_panel.model.rowCount() == 2
    session.undo_stack.undo()
    assert stored_passages(window) == []
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert stored_passages(window) == [] and window.documents_panel.model.rowCount() == 1
    assert window.last_error == ""


def test_a_step_whose_passage_another_program_deleted_says_so_and_changes_nothing(qtbot, window) -> None:
    from annotator.services.documents import delete_document

    session, reader = window.session, window.reader
    reader.select_span(0, 2)
    qtbot.keyClick(reader, Qt.Key.Key_2)
    [tagged] = stored_passages(window)
    with Project(session.project.path, create=False) as other:  # another window deletes the text
        delete_document(other, reader.document_id)
    session.undo_stack.undo()
    assert window.last_error == f"could not tag passage with “security”: no annotation with id {tagged.id}"
    assert stored_passages(window) == []


def test_editing_a_documents_details_is_one_undo_step(qtbot, window, monkeypatch) -> None:
    from annotator.ui.import_dialog import MetadataDialog

    session, reader = window.session, window.reader
    document_id = reader.document_id
    reader.select_span(0, 2)
    qtbot.keyClick(reader, Qt.Key.Key_2)
    old = session.document(document_id)

    def accepted(dialog) -> int:
        dialog.edits["title"].setText("丁明回憶")
        dialog.edits["date"].setText("1998")
        return 1

    monkeypatch.setattr(MetadataDialog, "exec", accepted)
    window.edit_document(document_id)
    assert (session.document(document_id).title, session.document(document_id).date) == ("丁明回憶", "1998")
    assert window.passages_panel.model.passages()[0].document == "丁明回憶"
    row = window.documents_panel.model.row_of(document_id)
    assert window.documents_panel.model.document(row).title == "丁明回憶"
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert (session.document(document_id).title, session.document(document_id).date) == (old.title, old.date)
    assert window.passages_panel.model.passages()[0].document == old.title
    # OK without a change is no step at all.
    monkeypatch.setattr(MetadataDialog, "exec", lambda dialog: 1)
    window.edit_document(document_id)
    assert session.undo_stack.count() == 2 and session.undo_stack.index() == 1


def test_opening_a_document_reads_its_other_script_only_when_it_is_shown(window) -> None:
    from sqlalchemy import event

    statements: list[str] = []
    engine = window.session.project.engine
    listener = lambda conn, cursor, statement, *rest: statements.append(statement)  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        listed = window.documents_panel.model
        other = next(listed.document(row).id for row in range(listed.rowCount())
                     if listed.document(row).id != window.reader.document_id)
        window.open_document(other)
        assert not any("folded_text" in s or "traditional_text" in s for s in statements)
        shown = window.reader.document_script
        window.reader.set_script(DisplayScript.TRADITIONAL if shown == "simplified" else DisplayScript.SIMPLIFIED)
        assert any("folded_text" in s or "traditional_text" in s for s in statements)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
