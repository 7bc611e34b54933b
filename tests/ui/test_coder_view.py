"""Coders › whose passages the reader and the coded-passages panel show (all, mine, chosen), and
blind coding, a project setting that hides other coders' passages until a coder compares."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from annotator.project import Project
from annotator.services import annotations, team
from annotator.ui.coder_view import ALL, CHOSEN, MINE
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
    window.grab().save("/tmp/shots/coders_chosen.png")
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
    window.grab().save("/tmp/shots/blind_coding.png")
    view.compare_action.trigger()
    assert shown(window) == (3, {"tester", "李", "王"})

    # The setting is the project's: a colleague's window opening it codes blind too.
    path = window.session.project.path
    other = MainWindow(Project(path), "李", QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(other)
    other.open_document(window.reader.document_id)
    assert other.coder_view.hiding_others and shown(other) == (1, {"李"})
