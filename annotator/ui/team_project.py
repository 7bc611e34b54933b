"""File › Open team project…: a project on a PostgreSQL server, named by its URL.

The password comes from the usual PostgreSQL places (PGPASSWORD, ~/.pgpass); when the server
asks for one and none was found, the window asks for it here and uses it for this connection
only (`Location.with_password`): it is never stored in the settings, nor shown in a title, the
recent list, a log or an error, since every one of those uses the location's key or label.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.errors import PasswordRequired, ProjectFileError
from db.location import Location

T = TypeVar("T")
EXAMPLE_URL = "postgresql+psycopg://coder@server.example.org:5432/project"


translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls


class TeamProjectDialog(QDialog):
    """Asks for a team project's URL; `location()` is what was typed, parsed."""

    def __init__(self, parent: QWidget | None = None, url: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open team project"))
        layout = QVBoxLayout(self)
        explanation = QLabel(self.tr(
            "The project's address on the team's PostgreSQL server. The password is taken from "
            "PGPASSWORD or ~/.pgpass, or asked for; it is never stored."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.url_edit = QLineEdit(url)
        self.url_edit.setObjectName("teamProjectUrl")
        self.url_edit.setPlaceholderText(EXAMPLE_URL)
        self.url_edit.setMinimumWidth(480)
        layout.addWidget(self.url_edit)
        self.problem = QLabel()
        self.problem.setObjectName("teamProjectProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._location: Location | None = None

    def _accept_if_valid(self) -> None:
        text = self.url_edit.text().strip()
        try:
            location = Location.parse(text)
        except ProjectFileError as error:
            self._say(str(error))
            return
        if location.is_file:
            self._say(self.tr("That is a file: use File › Open project… for a project file."))
            return
        self._location = location
        self.accept()

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def location(self) -> Location | None:
        return self._location


def ask_password(parent: QWidget | None, location: Location) -> str | None:
    """The password for `location`, typed hidden; None when the user cancels."""
    text, ok = QInputDialog.getText(
        parent, translate("TeamProject", "Password"),
        translate("TeamProject", "Password for {user} on {place}:").format(
            user=location.url.username or "", place=location.label),
        QLineEdit.EchoMode.Password)
    return text if ok else None


def with_password_prompt(parent: QWidget | None, location: Location,
                         opener: Callable[[Location], T]) -> T | None:
    """`opener(location)`, asking for the password when the server wants one that was not
    found; None when the user cancels the prompt. Other errors (a wrong password, a server
    that cannot be reached) are raised as they are, one line each."""
    while True:
        try:
            return opener(location)
        except PasswordRequired:
            password = ask_password(parent, location)
            if password is None:
                return None
            location = location.with_password(password)


def install(window) -> QAction:
    """Add File › Open team project… to the main window, below Open project…."""
    action = QAction(translate("TeamProject", "Open &team project…"), window)
    action.setObjectName("openTeamProjectAction")
    action.triggered.connect(lambda: choose_team_project(window))
    window.file_menu.insertAction(window.recent_menu.menuAction(), action)
    return action


def choose_team_project(window) -> bool:
    """Ask for a URL, then open that project in the window (the password asked if needed)."""
    dialog = TeamProjectDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.location() is None:
        return False
    return window.switch_project(dialog.location())
