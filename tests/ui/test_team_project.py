"""File › Open team project… on a real PostgreSQL server: the URL asked for, the password asked
for when the server wants one, and never kept in the title, the settings or the recent list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from annotator.project import Project
from annotator.services import annotations, codes
from annotator.services.imports import import_file
from annotator.ui import team_project
from annotator.ui.main_window import MainWindow


def answer_dialogs(answers: list) -> None:
    """Answer each modal dialog as it opens: a TeamProjectDialog with a URL, a password prompt
    with a password (the next of `answers` each time)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        value = answers.pop(0)
        if isinstance(dialog, team_project.TeamProjectDialog):
            dialog.url_edit.setText(value)
            dialog._accept_if_valid()
        elif isinstance(dialog, QInputDialog):
            dialog.setTextValue(value)
            dialog.accept()
        else:
            dialog.reject()
        if answers:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def test_a_team_project_opens_with_its_password_asked_and_never_kept(
        qtbot, postgres_server, tmp_path: Path, write_text) -> None:
    role = postgres_server.password_role
    url = postgres_server.create_database(owner=role)
    with Project(url.replace(f"{role}@", f"{role}:{postgres_server.password}@")) as project:
        codes.add_code(project, "diplomacy")
        document = import_file(project, write_text("letter.txt", "毛澤東到莫斯科，史達林接見了他。")).document
        annotations.tag(project, document.id, 0, 3, "diplomacy", coder="牛軍")
    settings_path = tmp_path / "settings.ini"
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(Project(tmp_path / "solo.sqlite"), "tester", settings)
    qtbot.addWidget(window)
    window.show()

    answer_dialogs([url, postgres_server.password])
    assert team_project.choose_team_project(window)

    assert window.session.project.location.label in window.windowTitle()
    assert [d.title for d in window.session.documents()] == ["letter"]
    window.open_document(document.id)
    assert window.reader.passage_count == 1
    settings.sync()
    for kept in (window.windowTitle(), settings_path.read_text(encoding="utf-8"),
                 " ".join(a.text() for a in window.recent_menu.actions())):
        assert postgres_server.password not in kept
    assert any(url in action.text() for action in window.recent_menu.actions())


def test_a_cancelled_password_prompt_leaves_the_open_project(qtbot, postgres_server, tmp_path: Path) -> None:
    url = postgres_server.create_database(owner=postgres_server.password_role)
    window = MainWindow(Project(tmp_path / "solo.sqlite"), "tester",
                        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    answer_dialogs([url])  # the password prompt is rejected below

    def reject_prompt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            dialog.reject()
        else:
            QTimer.singleShot(20, reject_prompt)

    QTimer.singleShot(40, reject_prompt)
    assert not team_project.choose_team_project(window)
    assert window.session.project.path == tmp_path / "solo.sqlite"


def test_a_file_is_refused_in_the_team_dialog(qtbot) -> None:
    dialog = team_project.TeamProjectDialog()
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("/home/me/project.sqlite")
    dialog._accept_if_valid()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.location() is None
    assert "File › Open project" in dialog.problem.text()
