"""The codebook panel as a new user meets it: every action visible, codes edited in one dialog
(name, description, colour, key), new codes given a free key, keys the window uses refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QToolButton

from annotator.project import Project
from annotator.services.annotations import list_passages
from annotator.services.codes import list_codes


def stored_codes(window) -> dict:
    with Project(window.session.project.path) as fresh:  # what is on disk
        return {code.name: code for code in list_codes(fresh)}


def select_code(panel, name: str) -> None:
    code = next(c for c in panel.model.codes() if c.name == name)
    panel.view.setCurrentIndex(panel.model.index_of(code.id))


def key_cell(panel, name: str) -> str:
    code = next(c for c in panel.model.codes() if c.name == name)
    return panel.model.data(panel.model.index_of(code.id).siblingAtColumn(2))


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_every_action_is_a_visible_button_even_in_a_narrow_dock(qtbot, window) -> None:
    window.resizeDocks([window.codebook_dock], [190], Qt.Orientation.Horizontal)
    qtbot.wait(10)
    panel = window.codebook_panel
    shown = {button.text(): button for button in panel.findChildren(QToolButton) if button.isVisible()}
    assert {"Add…", "Edit…", "Rename…", "Colour…", "Merge…", "Delete"} <= set(shown)
    for button in shown.values():  # inside the panel, not folded into an overflow menu
        assert panel.rect().contains(button.geometry())
        assert button.width() >= button.sizeHint().width()  # the label is not cut
    # The right-click menu has them too, with a sub-code entry.
    labels = [action.text() for action in panel.view.actions()]
    assert {"Add…", "Add sub-code…", "Edit…", "Delete"} <= set(labels)


def test_buttons_that_need_a_code_wait_for_one_and_it_stays_selected_after_an_edit(qtbot, window) -> None:
    panel = window.codebook_panel
    assert panel.add_action.isEnabled() and not panel.delete_action.isEnabled()
    select_code(panel, "security")
    assert panel.delete_action.isEnabled() and panel.edit_action.isEnabled()
    dialog = panel.edit_code()
    dialog.name_edit.setText("安全")
    dialog.accept()
    assert panel.selected_code().name == "安全"  # the codebook was re-read; same code selected
    assert panel.edit_action.isEnabled()


def test_a_new_code_gets_the_next_free_digit_and_its_key_tags(qtbot, window) -> None:
    panel = window.codebook_panel
    panel.add_code(name="treaty")
    assert stored_codes(window)["treaty"].shortcut == "4"
    assert key_cell(panel, "treaty") == "4"
    reader = window.reader
    start = reader.text.index("斯大林")
    reader.select_span(start, start + 3)
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_4)
    with Project(window.session.project.path) as fresh:
        assert [(p.code, p.start) for p in list_passages(fresh)] == [("treaty", start)]


def test_adding_in_the_dialog_with_a_description_then_undoing(qtbot, window) -> None:
    panel = window.codebook_panel
    select_code(panel, "diplomacy")
    dialog = panel.add_code(under_selected=True)
    assert dialog.key_edit.keySequence().toString() == "4"  # offered, the user may change it
    assert not ok_button(dialog).isEnabled()  # no name yet
    qtbot.keyClicks(dialog.name_edit, "treaty")
    dialog.description_edit.setPlainText("Treaty talks.\nNot trade agreements.")
    assert ok_button(dialog).isEnabled()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    treaty = stored_codes(window)["treaty"]
    assert (treaty.path, treaty.description, treaty.shortcut) == (
        "diplomacy/treaty", "Treaty talks.\nNot trade agreements.", "4")
    window.session.undo_stack.undo()
    assert "treaty" not in stored_codes(window)


def test_editing_name_description_colour_and_key_is_one_undo_step(qtbot, window) -> None:
    panel = window.codebook_panel
    select_code(panel, "security")
    dialog = panel.edit_code()
    assert dialog.description_edit.toPlainText().startswith("Military and strategic safety")
    dialog.name_edit.setText("安全")
    dialog.description_edit.setPlainText("軍事與戰略安全。\nAlliances, threats.")
    dialog.set_color("#aa3377")
    dialog.key_edit.setFocus()
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_K)  # pressed, as a user does
    assert dialog.problem.text() == ""
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    code = stored_codes(window)["安全"]
    assert (code.description, code.color, code.shortcut) == ("軍事與戰略安全。\nAlliances, threats.", "#AA3377", "K")
    assert key_cell(panel, "安全") == "K"

    reader = window.reader
    reader.select_span(0, 2)
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_K)
    with Project(window.session.project.path) as fresh:
        assert [p.code for p in list_passages(fresh)] == ["安全"]

    window.session.undo_stack.undo()  # the tag
    window.session.undo_stack.undo()  # the whole edit
    security = stored_codes(window)["security"]
    assert (security.color, security.shortcut) == ("#0072B2", "2")
    assert security.description.startswith("Military and strategic safety")


def test_the_dialog_refuses_keys_the_window_already_uses(qtbot, window) -> None:
    panel = window.codebook_panel
    select_code(panel, "security")
    dialog = panel.edit_code()
    for key, owner in (("Ctrl+Z", "Undo"), ("3", "the code “diplomacy”"), ("Alt+F", "the File menu"),
                       ("Ctrl+Shift+J", "Simplified"), ("Ctrl+I", "Import texts"), ("Ctrl+C", "Copy"),
                       ("Shift+Left", "moves around the window"), ("Return", "moves around the window")):
        dialog.key_edit.setKeySequence(QKeySequence(key))
        assert owner in dialog.problem.text(), key
        assert not ok_button(dialog).isEnabled(), key
    for key in ("Ctrl+Space", "Ctrl+F13"):  # a letter, digit or F1-F12, with modifiers or not
        dialog.key_edit.setKeySequence(QKeySequence(key))
        assert dialog.problem.text() and not ok_button(dialog).isEnabled(), key
    for key in ("2", "7", "K", "Ctrl+K", "F5", "Ctrl+Shift+D"):  # its own key, free ones
        dialog.key_edit.setKeySequence(QKeySequence(key))
        assert dialog.problem.text() == "" and ok_button(dialog).isEnabled(), key
    dialog.key_edit.clear()
    assert ok_button(dialog).isEnabled()  # no key at all is allowed
    dialog.name_edit.setText("diplomacy")
    assert "already exists" in dialog.problem.text() and not ok_button(dialog).isEnabled()
    dialog.name_edit.setText("a/b")
    assert "cannot contain" in dialog.problem.text()
    dialog.reject()
    assert stored_codes(window)["security"].shortcut == "2"  # Cancel changes nothing


def test_clearing_a_key_in_the_dialog_removes_it(qtbot, window) -> None:
    panel = window.codebook_panel
    select_code(panel, "diplomacy")
    dialog = panel.edit_code()
    dialog.key_edit.clear()
    dialog.accept()
    assert stored_codes(window)["diplomacy"].shortcut is None
    assert key_cell(panel, "diplomacy") == ""


def test_the_delete_key_in_the_codebook_asks_before_deleting(qtbot, window, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    panel = window.codebook_panel
    select_code(panel, "diplomacy")
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert asked == ["Delete “diplomacy”? This removes 0 coded passages. You can undo it with Edit › Undo."]
    assert "diplomacy" not in stored_codes(window)
    # Delete elsewhere in the window (the reading view) deletes no code.
    select_code(panel, "security")
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "security" in stored_codes(window)


def count_cell(panel, name: str) -> int:
    code = next(c for c in panel.model.codes() if c.name == name)
    return panel.model.data(panel.model.index_of(code.id).siblingAtColumn(1))


def test_a_recolour_keeps_the_count_of_the_coders_shown(qtbot, window) -> None:
    # With only some coders shown, the codebook counts their passages; recolouring a code
    # must not put every coder's count in its place.
    from annotator.services.annotations import tag
    from annotator.ui.commands import UpdateCodeCommand

    session = window.session
    document = session.documents()[0]
    tag(session.project, document.id, 0, 2, "security", coder="colleague")
    session.reload_all()
    panel = window.codebook_panel
    everyone = count_cell(panel, "security")
    session.visible_coders = (session.coder,)  # Coders › Only mine
    mine = count_cell(panel, "security")
    assert mine == everyone - 1
    security = next(c for c in session.codes() if c.name == "security")
    session.execute(UpdateCodeCommand(session, security, color="#CC0000"))
    assert count_cell(panel, "security") == mine
    assert next(c for c in panel.model.codes() if c.name == "security").color == "#CC0000"


def test_a_tag_updates_its_codes_count_and_the_column_widens_for_a_longer_number(qtbot, window) -> None:
    from annotator.ui.commands import TagCommand

    session = window.session
    panel = window.codebook_panel
    document = session.documents()[0]
    security = next(c for c in session.codes() if c.name == "security")
    before = count_cell(panel, "security")
    header = panel.view.header()
    for start in range(0, 3 * (1000 - before), 3):  # to four digits
        session.execute(TagCommand(session, document.id, start, start + 2, security))
    qtbot.wait(10)
    assert count_cell(panel, "security") == 1000
    index = panel.model.index_of(security.id).siblingAtColumn(1)
    assert header.sectionSize(1) >= panel.view.sizeHintForIndex(index).width()  # not cut
    assert header.sectionSize(1) >= header.sectionSizeHint(1)  # nor its title
