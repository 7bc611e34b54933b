"""Memos in the window: from a document (documents panel) and from a code (codebook panel), a
dialog lists the item's memos; adding, editing and deleting one are undoable steps, stored with
the coder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from annotator.project import Project
from annotator.services import memos
from annotator.ui.memo_dialog import MemoDialog


def stored_memos(window) -> list[tuple]:
    with Project(window.session.project.path, create=False) as fresh:
        return [(m.document_id, m.code_id, m.title, m.text, m.coder) for m in memos.memos_for(fresh)]


def write(qtbot, dialog: MemoDialog, editor_opener, title: str, text: str) -> None:
    editor = editor_opener()
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    editor.text.clear()
    assert not ok.isEnabled()  # no memo without text
    editor.title.setText(title)
    editor.text.insertPlainText(text)  # as an input method commits it (keyClicks types Latin only)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def cells(dialog: MemoDialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [tuple(model.data(model.index(row, column)) for column in range(3)) for row in range(model.rowCount())]


def test_memos_on_a_document_added_edited_and_deleted_each_undoable(qtbot, window) -> None:
    panel, session = window.documents_panel, window.session
    document_id = window.reader.document_id
    panel.select_document(document_id)
    button = panel.findChild(QPushButton, "documentMemosButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(MemoDialog)
    assert dialog.isVisible() and "丁明" in dialog.windowTitle()
    assert dialog.empty.isVisible() and not dialog.edit_button.isEnabled()

    write(qtbot, dialog, dialog.add_memo, "來源", "丁明的回憶，1998年發表")
    assert stored_memos(window) == [(document_id, None, "來源", "丁明的回憶，1998年發表", "tester")]
    assert cells(dialog) == [("來源", "丁明的回憶，1998年發表", "tester")]
    dialog.view.selectRow(0)
    write(qtbot, dialog, dialog.edit_memo, "來源", "回憶錄")
    assert cells(dialog) == [("來源", "回憶錄", "tester")]
    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert stored_memos(window) == [] and dialog.model.rowCount() == 0

    stack = session.undo_stack
    assert stack.count() == 3
    stack.undo()  # the deletion
    assert cells(dialog) == [("來源", "回憶錄", "tester")]
    stack.undo()  # the edit
    assert stored_memos(window)[0][3] == "丁明的回憶，1998年發表"
    stack.undo()  # the memo itself
    assert stored_memos(window) == [] and dialog.empty.isVisible()
    for _ in range(3):
        stack.redo()
    assert stored_memos(window) == []
    stack.undo()
    assert cells(dialog) == [("來源", "回憶錄", "tester")]


def test_a_codes_memos_open_from_the_codebook_and_follow_the_code(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    panel, session = window.codebook_panel, window.session
    security = next(c for c in panel.model.codes() if c.name == "security")
    panel.view.setCurrentIndex(panel.model.index_of(security.id))
    assert panel.memos_action.isEnabled()
    panel.memos_action.trigger()
    dialog = panel.findChild(MemoDialog)
    assert "security" in dialog.windowTitle()
    write(qtbot, dialog, dialog.add_memo, "", "包括軍事援助")
    assert stored_memos(window) == [(None, security.id, "", "包括軍事援助", "tester")]
    # Deleting the code takes its memo with it; undoing the deletion brings both back.
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    panel.delete_code()
    assert stored_memos(window) == [] and dialog.model.rowCount() == 0
    session.undo_stack.undo()
    assert stored_memos(window) == [(None, security.id, "", "包括軍事援助", "tester")]
    assert cells(dialog) == [("", "包括軍事援助", "tester")]


def test_a_memo_another_program_adds_appears_in_the_open_dialog(qtbot, window) -> None:
    panel = window.documents_panel
    document_id = window.reader.document_id
    panel.select_document(document_id)
    dialog = panel.open_memos()
    with Project(window.session.project.path, create=False) as other:  # `python main.py memo add`
        memos.add_memo(other, document=document_id, text="另一個人的筆記", coder="someone else")
    window.session.external_changes.check()
    assert cells(dialog) == [("", "另一個人的筆記", "someone else")]
