"""The window shows what another program (the command line, a second window) wrote to its
project, within about a second, and does not reload for its own writes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from annotator.project import Project
from annotator.services import annotations

REPO = Path(__file__).resolve().parents[2]


def test_a_tag_made_on_the_command_line_appears_in_the_window(qtbot, window) -> None:
    reader = window.reader
    start = reader.text.index("毛澤東")
    result = subprocess.run(
        [sys.executable, "main.py", "--project", str(window.session.project.path),
         "tag", str(reader.document_id), str(start), str(start + 3), "security"],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    passage_id = int(result.stdout.split()[0])

    qtbot.waitUntil(lambda: reader.passage_ids_at(start) == [passage_id], timeout=5000)
    panel = window.passages_panel.model
    assert [passage.id for passage in panel.passages()] == [passage_id]
    security = next(c for c in window.codebook_panel.model.codes() if c.name == "security")
    assert security.passages == 1


def test_own_writes_do_not_reload_but_a_change_just_before_one_does(qtbot, window) -> None:
    session = window.session
    watcher = session.external_changes
    reader = window.reader
    start = reader.text.index("毛澤東")
    security = next(c for c in session.codes() if c.name == "security")

    with qtbot.assertNotEmitted(session.passagesChangedIn):
        passage = session.tag(reader.document_id, start, start + 3, security.id)
        watcher.check()
    assert reader.passage_ids_at(start) == [passage.id]

    # Another program commits, then this window writes before the watcher's next look: the
    # change must not be taken for the window's own.
    with Project(session.project.path, create=False) as other:
        theirs = annotations.tag(other, reader.document_id, start, start + 1, security.id, coder="other")
    session.set_memo(passage.id, "mine")
    with qtbot.waitSignal(session.passagesChangedIn, timeout=1000) as changed:
        watcher.check()
    assert changed.args == [frozenset({reader.document_id})]
    assert theirs.id in reader.passage_ids_at(start)


def test_a_change_to_another_document_does_not_reload_the_reader(qtbot, window) -> None:
    session = window.session
    reader = window.reader
    other_document = next(d.id for d in session.documents() if d.id != reader.document_id)
    reloaded = []
    monkey_marks = session.marks
    session.marks = lambda document_id: reloaded.append(document_id) or monkey_marks(document_id)
    with Project(session.project.path, create=False) as other:
        annotations.tag(other, other_document, 0, 2, "security", coder="other")
    with qtbot.waitSignal(session.passagesChangedIn, timeout=1000):
        session.external_changes.check()
    assert reloaded == []  # the open document's passages were not read again
    row = window.documents_panel.model.row_of(other_document)
    assert window.documents_panel.model.document(row).passages == 1


def test_closing_the_project_stops_the_watcher(qtbot, window, tmp_path: Path) -> None:
    watcher = window.session.external_changes
    assert watcher.watching
    window.set_project(Project(tmp_path / "second.sqlite"))
    assert not watcher.watching
    second = window.session.external_changes
    window.close()
    assert not second.watching


def test_restoring_from_the_command_line_is_refused_while_the_window_has_the_project(qtbot, window) -> None:
    from db.backup import make_backup

    path = window.session.project.path
    backup = make_backup(path, "manual")
    result = subprocess.run(
        [sys.executable, "main.py", "--project", str(path), "restore", str(backup), "--yes"],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 1 and "open in another program" in result.stderr
    # The window goes on saving to the real project file.
    reader = window.reader
    reader.select_span(0, 2)
    qtbot.keyClick(reader, Qt.Key.Key_2)
    with Project(path, create=False) as fresh:
        assert len(annotations.list_passages(fresh)) == 1


def test_a_project_file_replaced_under_the_window_is_reopened_before_any_write(qtbot, window, tmp_path: Path) -> None:
    from db.backup import make_backup

    path = window.session.project.path
    copy = tmp_path / "replacement.sqlite"
    copy.write_bytes(make_backup(path, "manual").read_bytes())
    with Project(copy, create=False) as other:  # the replacement holds one passage already
        annotations.tag(other, 1, 0, 2, "security", coder="other")
    old_session = window.session
    copy.replace(path)
    # A write before the watcher has looked is refused rather than sent to the deleted file.
    reader = window.reader
    reader.select_span(5, 7)
    window.tag_selection(next(c for c in window.session.codes() if c.name == "diplomacy"))
    assert "replaced by another program" in window.last_error
    old_session.external_changes.check()
    assert window.session is not old_session
    assert "opened again" in window.last_error
    window.reader.select_span(10, 12)
    window.tag_selection(next(c for c in window.session.codes() if c.name == "diplomacy"))
    with Project(path, create=False) as fresh:
        assert sorted(p.coder for p in annotations.list_passages(fresh)) == ["other", "tester"]
