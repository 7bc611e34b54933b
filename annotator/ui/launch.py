"""Starting the window: the Qt application, settings, the coder's name, and the project."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from annotator import APP_ID, APP_NAME
from annotator.errors import USER_ERRORS
from annotator.services.annotations import ENV_CODER, default_coder_name
from annotator.services.bootstrap import open_project
from annotator.ui.recovery import ask_to_restore, restore_damaged
from db.errors import ProjectDamaged


ENV_EXIT_WHEN_READY = "ANNOTATOR_EXIT_WHEN_READY"


def app_settings() -> QSettings:
    return QSettings(APP_ID, APP_ID)


def coder_name(settings: QSettings, *, ask: bool = True) -> str:
    """The coder recorded with each tag: $ANNOTATOR_CODER, else asked once and remembered."""
    if os.environ.get(ENV_CODER):
        return os.environ[ENV_CODER].strip()
    stored = str(settings.value("coder", "") or "").strip()
    if stored:
        return stored
    name = default_coder_name()
    if ask:
        answer, ok = QInputDialog.getText(None, APP_NAME, "Your name, recorded with each tag you make:", text=name)
        if ok and answer.strip():
            name = answer.strip()
    settings.setValue("coder", name)
    return name


def launch_window(project_argument: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    settings = app_settings()
    from annotator.ui.main_window import MainWindow

    chosen = project_argument or os.environ.get("ANNOTATOR_PROJECT") or None
    if chosen is None:
        last = str(settings.value("lastProject", "") or "")
        chosen = last if last and Path(last).exists() else None
    try:
        try:
            project = open_project(Path(chosen) if chosen else None)
        except ProjectDamaged as damaged:
            # Offer the newest sound backup rather than only refusing to start.
            backup = ask_to_restore(None, damaged)
            if backup is None or restore_damaged(None, damaged, backup) is None:
                raise
            project = open_project(damaged.path)
    except USER_ERRORS as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        print(f"error: {error}", file=sys.stderr)
        return 1
    window = MainWindow(project, coder_name(settings), settings)
    window.show()
    if os.environ.get(ENV_EXIT_WHEN_READY):
        # For `python -m bench`: say so once the event loop is idle with the window up, and quit.
        QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    return app.exec()
