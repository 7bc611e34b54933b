"""A damaged project in the window: said plainly, with its last good backup one answer away; the
window never goes on tagging silently into a damaged file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from annotator import paths
from annotator.project import Project
from annotator.services.codes import load_codebook
from annotator.services import annotations
from annotator.services.imports import import_file
from db.backup import backup_if_due, list_backups, make_backup
from db.health import quick_check
from tests.helpers.damage import flip_table_page


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def run_automatic_backup(qtbot, window) -> None:
    job = window._start_backup(lambda path: backup_if_due(path, interval=timedelta(0)), "Backing up")
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=30_000)


def test_an_automatic_backup_that_finds_damage_offers_the_last_good_backup(qtbot, window, monkeypatch) -> None:
    path = window.session.project.path
    qtbot.waitUntil(lambda: not window.jobs, timeout=30_000)  # the start-up backup
    good = make_backup(path, "manual")
    flip_table_page(path)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    run_automatic_backup(qtbot, window)
    assert asked and "damaged" in asked[0] and f"number {list_backups(path)[0].number}" in asked[0]
    assert quick_check(path) is None  # restored
    assert any(p.name.startswith(path.name + ".damaged-") for p in path.parent.iterdir())
    assert window.session is not None and window.session.project.path == path
    assert "Restored backup" in window.statusBar().currentMessage()
    assert good in [b.path for b in list_backups(path)]


def test_declining_keeps_the_project_marked_damaged_and_never_backs_it_up(qtbot, window, monkeypatch) -> None:
    path = window.session.project.path
    qtbot.waitUntil(lambda: not window.jobs, timeout=30_000)  # the start-up backup
    make_backup(path, "manual")
    before = list_backups(path)
    flip_table_page(path)
    answer(monkeypatch, QMessageBox.StandardButton.No)
    run_automatic_backup(qtbot, window)
    assert window.damaged and "(damaged)" in window.windowTitle()
    assert not window.backup_timer.isActive()
    assert list_backups(path) == before


def test_opening_a_damaged_project_offers_to_restore_it(qtbot, window, monkeypatch, tmp_path: Path,
                                                         write_text) -> None:
    other = tmp_path / "other.sqlite"
    with Project(other) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        document = import_file(project, write_text("o.txt", "毛澤東到莫斯科。斯大林說。")).document
        annotations.tag(project, document.id, 0, 3, "diplomacy")
    make_backup(other, "manual")
    flip_table_page(other)
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.switch_project(other)
    assert window.session.project.path == other
    assert [p.text for p in window.session.passages()] == ["毛澤東"]
