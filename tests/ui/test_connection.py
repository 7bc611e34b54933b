"""A team project's connection lost mid-session, on the real server: the window says so, keeps
the open document, the selection and the undo stack, refuses a change with one line instead of
a traceback, and carries on once the server takes connections again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from annotator.project import Project
from annotator.services import codes
from annotator.services.imports import import_file
from annotator.ui.main_window import MainWindow


def test_a_lost_connection_is_shown_and_the_work_on_screen_kept(
        qtbot, postgres_server, postgres_url: str, tmp_path: Path, write_text) -> None:
    with Project(postgres_url) as project:
        codes.load_codebook(project, __import__("annotator.paths").paths.DEFAULT_CODEBOOK)
        document = import_file(project, write_text("letter.txt", "毛澤東到莫斯科，史達林接見了他。")).document
    window = MainWindow(Project(postgres_url), "tester", QSettings(str(tmp_path / "s.ini"),
                                                                   QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.open_document(document.id)
    diplomacy = next(c for c in window.session.codes() if c.name == "diplomacy")
    window.reader.select_span(0, 3)
    window.tag_selection(diplomacy)
    assert window.reader.passage_count == 1 and window.session.undo_stack.count() == 1
    window.reader.select_span(4, 7)
    monitor, banner = window.connection_monitor, window.connection_banner
    database = postgres_url.rsplit("/", 1)[1]
    try:
        # The outage: the database takes no new connection, and the open ones are cut.
        postgres_server.admin(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
        postgres_server.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = %s AND pid <> pg_backend_pid()", (database,))
        monitor.probe()
        qtbot.waitUntil(lambda: banner.isVisible(), timeout=15000)
        assert "Connection to the server lost" in banner.text()
        window.tag_selection(diplomacy)  # refused with one line, nothing changed
        assert window.last_error and "\n" not in window.last_error
        assert "Traceback" not in window.last_error
        assert window.session.undo_stack.count() == 1
    finally:
        postgres_server.admin(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
    monitor.probe()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15000)
    assert "Connected to the server again" in window.statusBar().currentMessage()
    # What the user was doing is as it was; the next change goes through.
    assert window.reader.document_id == document.id and window.reader.selected_span() == (4, 7)
    window.tag_selection(diplomacy)
    assert window.reader.passage_count == 2 and window.session.undo_stack.count() == 2
    window.session.undo_stack.undo()
    assert window.reader.passage_count == 1
