"""Coders › whose passages the reader and the coded-passages panel show (all, mine, chosen), and
blind coding, a project setting that hides other coders' passages until a coder compares."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from annotator.project import Project
from annotator.services import annotations, team
from annotator.ui.coder_view import ALL, CHOSEN, MINE
from annotator.ui.commands import TagCommand
from annotator.ui.main_window import MainWindow


def shown(window) -> tuple[int, set[str]]:
    """Passages painted in the reader, and the coders the panel lists."""
    return window.reader.passage_count, {p.coder for p in window.passages_panel.model.passages()}


def coded_by_three(window):
    project = window.session.project
    document_id = window.reader.document_id
    annotations.tag(project, document_id, 0, 4, "diplomacy", coder="tester")
    annotations.tag(project, document_id, 10, 14, "diplomacy", coder="李")
    annotations.tag(project, document_id, 20, 24, "security", coder="王")
    window._reload_reader_passages()
    window.passages_panel.apply_filter()
    return project, document_id


def test_all_mine_and_chosen_coders(qtbot, window) -> None:
    coded_by_three(window)
    view = window.coder_view
    assert shown(window) == (3, {"tester", "李", "王"})
    window.findChild(type(view.actions[MINE]), "coders_mine").trigger()
    assert shown(window) == (1, {"tester"})
    view.show_coders(CHOSEN, ("李", "王"))
    assert shown(window) == (2, {"李", "王"})
    assert view.actions[CHOSEN].isChecked()
    qtbot.wait(50)  # the layout widens the coder dropdown to its new first entry
    combo = window.passages_panel.coder_filter  # its first entry is read in full
    assert combo.width() > combo.fontMetrics().horizontalAdvance(combo.itemText(0))
    view.show_coders(ALL)
    assert shown(window) == (3, {"tester", "李", "王"})


def test_blind_coding_hides_others_until_the_coder_compares(qtbot, window, tmp_path: Path) -> None:
    project, _ = coded_by_three(window)
    view = window.coder_view
    view.blind_action.trigger()
    assert team.blind_coding(project)
    assert shown(window) == (1, {"tester"})
    assert not view.actions[ALL].isEnabled()  # no way round it but comparing
    assert window.findChild(type(view.actions[MINE]), "agreementAction") is not None
    window.findChild(type(view.actions[MINE]), "agreementAction").trigger()
    assert "Blind coding is on" in window.last_error
    view.compare_action.trigger()
    assert shown(window) == (3, {"tester", "李", "王"})

    # The setting is the project's: a colleague's window opening it codes blind too.
    path = window.session.project.path
    other = MainWindow(Project(path), "李", QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(other)
    other.open_document(window.reader.document_id)
    assert other.coder_view.hiding_others and shown(other) == (1, {"李"})


def test_a_colleague_turning_blind_coding_on_hides_others_in_my_open_window(qtbot, window) -> None:
    coded_by_three(window)
    view = window.coder_view
    assert shown(window) == (3, {"tester", "李", "王"})
    # 李 turns it on from another program (the command line, their own window).
    with Project(window.session.project.path, create=False) as theirs:
        team.set_blind_coding(theirs, True)
    window.session.external_changes.check()  # the watcher's next poll
    qtbot.waitUntil(lambda: shown(window) == (1, {"tester"}))
    assert view.blind_action.isChecked() and not view.actions[ALL].isEnabled()
    with Project(window.session.project.path, create=False) as theirs:
        team.set_blind_coding(theirs, False)
    window.session.external_changes.check()
    qtbot.waitUntil(lambda: shown(window) == (3, {"tester", "李", "王"}))
    assert not view.blind_action.isChecked() and view.actions[ALL].isEnabled()
    assert "Blind coding was turned off" in window.statusBar().currentMessage()


def counts(window, code: str = "diplomacy") -> tuple[int, int]:
    """The passage counts the user reads beside a code in the codebook and beside the open
    document in the documents panel."""
    codebook = window.codebook_panel.model
    code_id = next(c.id for c in window.session.codes() if c.name == code)
    documents = window.documents_panel.model
    row = documents.row_of(window.reader.document_id)
    return (codebook.data(codebook.index_of(code_id).siblingAtColumn(1)),
            documents.data(documents.index(row, 2)))


def tag_as_me(window, start: int, end: int, code: str = "diplomacy"):
    code_info = next(c for c in window.session.codes() if c.name == code)
    assert window.session.execute(TagCommand(window.session, window.reader.document_id, start, end, code_info))


def test_counts_follow_the_coders_shown(qtbot, window) -> None:
    coded_by_three(window)
    window.session.reload_all()  # the three were written past the window
    view = window.coder_view
    assert counts(window) == (2, 3)  # diplomacy: tester's and 李's; the document: all three
    view.show_coders(MINE)
    assert counts(window) == (1, 1)
    view.show_coders(CHOSEN, ("李", "王"))
    assert counts(window) == (1, 2)
    assert counts(window, "security")[0] == 1
    view.show_coders(ALL)
    view.blind_action.trigger()  # blind coding: only my own are counted, as only they are shown
    assert counts(window) == (1, 1)
    assert counts(window, "security")[0] == 0
    tag_as_me(window, 30, 34)  # a new tag of mine is counted at once...
    assert counts(window) == (2, 2)
    annotations.tag(window.session.project, window.reader.document_id, 40, 44, "diplomacy", coder="李")
    window.session.external_changes.check()  # ...a colleague's, seen from the change log, is not
    assert counts(window) == (2, 2) and shown(window) == (2, {"tester"})
    view.compare_action.trigger()
    assert counts(window) == (4, 5)


def test_the_coder_dropdown_names_the_coders_shown(qtbot, window) -> None:
    coded_by_three(window)
    window.session.reload_all()
    view, combo = window.coder_view, window.passages_panel.coder_filter

    def choices() -> list[str]:
        return [combo.itemText(i) for i in range(combo.count())]

    assert choices()[0] == "All coders" and set(choices()[1:]) == {"tester", "李", "王"}
    combo.setCurrentIndex(combo.findData("王"))
    window.passages_panel.apply_filter()
    assert shown(window)[1] == {"王"}
    view.show_coders(CHOSEN, ("李", "王"))
    assert choices() == ["Coders shown: 李, 王", "李", "王"] and combo.currentText() == "王"
    view.show_coders(MINE)  # 王 is no longer shown: the dropdown says what the panel lists
    assert choices() == ["Only mine", "tester"] and combo.currentIndex() == 0
    assert shown(window)[1] == {"tester"}
    view.show_coders(ALL)
    view.blind_action.trigger()
    assert combo.currentText() == "Only mine"
    view.compare_action.trigger()
    assert combo.currentText() == "All coders" and combo.count() == 4


def test_my_new_tag_is_not_painted_when_I_am_not_among_the_coders_shown(qtbot, window) -> None:
    coded_by_three(window)
    view = window.coder_view
    view.show_coders(CHOSEN, ("李", "王"))
    tag_as_me(window, 30, 34)
    assert shown(window) == (2, {"李", "王"})  # saved, not painted nor listed
    assert "not shown" in window.statusBar().currentMessage()
    assert counts(window)[1] == 2
    window.session.undo_stack.undo()
    window.session.undo_stack.redo()  # restored: still not painted
    assert shown(window) == (2, {"李", "王"})
    view.show_coders(ALL)  # it was saved all along
    assert shown(window) == (4, {"tester", "李", "王"})
