"""Two coders on one team project on the real server, as two programs: what one writes shows in
the other's window within seconds (the change log, read about once a second), keeping the
reader's document and selection; the window's own writes do not come back as a colleague's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from annotator import paths
from annotator.project import Project
from annotator.services import codes
from annotator.services.imports import import_file
from annotator.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]


def colleague(url: str, *argv: str) -> str:
    """The command line as another coder's program: its output."""
    result = subprocess.run(
        [sys.executable, "main.py", *argv, "--project", url], cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "ANNOTATOR_CODER": "牛軍"},
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_colleagues_tag_and_code_show_in_the_window_within_seconds(
        qtbot, postgres_url: str, tmp_path: Path, write_text) -> None:
    with Project(postgres_url) as project:
        codes.load_codebook(project, paths.DEFAULT_CODEBOOK)
        document = import_file(project, write_text("letter.txt", "毛澤東到莫斯科，史達林接見了他。")).document
    window = MainWindow(Project(postgres_url), "沈志華", QSettings(str(tmp_path / "s.ini"),
                                                                 QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.open_document(document.id)
    reader = window.reader
    reader.select_span(8, 11)
    security = next(c for c in window.session.codes() if c.name == "security")
    window.tag_selection(security)  # our own write: not reloaded as someone else's
    watcher = window.session.external_changes
    watcher.check()
    reader.select_span(4, 7)

    passage_id = int(colleague(postgres_url, "tag", str(document.id), "0", "3", "diplomacy").split()[0])
    qtbot.waitUntil(lambda: reader.passage_ids_at(1) == [passage_id], timeout=8000)
    assert reader.document_id == document.id and reader.selected_span() == (4, 7)
    coders = {p.coder for p in window.passages_panel.model.passages()}
    assert coders == {"沈志華", "牛軍"}

    colleague(postgres_url, "codes", "add", "treaty")
    qtbot.waitUntil(lambda: any(c.name == "treaty" for c in window.codebook_panel.model.codes()),
                    timeout=8000)
    # Undoing our own tag still works after the colleague's changes came in.
    window.session.undo_stack.undo()
    assert reader.passage_ids_at(9) == []


def test_undoing_a_tag_a_colleague_already_removed_is_a_clear_message(
        qtbot, postgres_url: str, tmp_path: Path, write_text) -> None:
    with Project(postgres_url) as project:
        codes.load_codebook(project, paths.DEFAULT_CODEBOOK)
        document = import_file(project, write_text("letter.txt", "毛澤東到莫斯科，史達林接見了他。")).document
    window = MainWindow(Project(postgres_url), "沈志華", QSettings(str(tmp_path / "s.ini"),
                                                                 QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.open_document(document.id)
    window.reader.select_span(0, 3)
    window.tag_selection(next(c for c in window.session.codes() if c.name == "security"))
    [passage_id] = window.reader.passage_ids_at(1)
    colleague(postgres_url, "untag", str(passage_id))
    qtbot.waitUntil(lambda: window.reader.passage_ids_at(1) == [], timeout=8000)

    window.session.undo_stack.undo()  # the tag is gone already: said so, nothing breaks
    assert window.last_error and "\n" not in window.last_error
    assert window.reader.passage_ids_at(1) == []
    window.reader.select_span(4, 7)
    window.tag_selection(next(c for c in window.session.codes() if c.name == "security"))
    assert len(window.reader.passage_ids_at(5)) == 1
