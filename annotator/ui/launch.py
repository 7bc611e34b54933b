"""Starting the window: a display check, the Qt application, the coder's name, and the project."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from annotator import APP_ID, APP_NAME, paths, settings as shared_settings
from annotator.errors import USER_ERRORS
from annotator.ui.crash import CrashReporter
from annotator.ui.first_paint import after_first_paint
from annotator.ui.messages import error_text
from annotator.services.bootstrap import open_project
from annotator.ui import i18n
from annotator.ui.recovery import ask_to_restore, restore_damaged
from db.errors import ProjectDamaged

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

ENV_EXIT_WHEN_READY = "ANNOTATOR_EXIT_WHEN_READY"
translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls

# What Qt's X11 platform plugin links against beyond Qt's own needs (`readelf -d` on PySide6
# 6.11's Qt/plugins/platforms/libqxcb.so and Qt/lib/libQt6XcbQpa.so.6), with the Debian and
# Ubuntu package of each. When one is missing, Qt names only libxcb-cursor0, whichever it was.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _library_present(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError as error:
        # The loader names the file it could not open: libxcb-image.so.0 fails when
        # libxcb-util.so.1 is missing, and only the latter is to be reported.
        blamed = str(error).split(":", 1)[0]
        return blamed != name and blamed in XCB_LIBRARIES
    return True


def display_problem(
    environ: Mapping[str, str],
    *,
    platform: str = sys.platform,
    library_present: Callable[[str], bool] = _library_present,
) -> str | None:
    """Why the window cannot open here, in one line, or None. Only Linux's X11 is checked:
    Qt's own message for it is misleading; other platforms report their problems well."""
    if not platform.startswith("linux"):
        return None
    requested = [entry.split(":", 1)[0] for entry in environ.get("QT_QPA_PLATFORM", "").split(";") if entry]
    if requested and "xcb" not in requested:
        return None  # offscreen, wayland, vnc…: chosen on purpose
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return (
            "no display (DISPLAY and WAYLAND_DISPLAY are unset): run from a desktop session, "
            "use the commands (python main.py --help), or set QT_QPA_PLATFORM=offscreen for an "
            "invisible window (screenshots, tests)"
        )
    if environ.get("WAYLAND_DISPLAY") and requested[:1] != ["xcb"]:
        return None  # Qt takes the Wayland plugin
    missing = [name for name in XCB_LIBRARIES if not library_present(name)]
    if not missing:
        return None
    packages = " ".join(XCB_LIBRARIES[name] for name in missing)
    return (
        f"the window needs system libraries that are missing: {', '.join(missing)} "
        f"(on Debian or Ubuntu: sudo apt-get install {packages})"
    )


def app_settings() -> QSettings:
    return QSettings(APP_ID, APP_ID)


def migrate_qsettings(settings: QSettings) -> None:
    """Once: move the coder's name (and the last project) that earlier versions kept in
    QSettings into the settings file the command line reads too."""
    stored = shared_settings.read_settings()
    changes: dict[str, object] = {}
    old_coder = str(settings.value("coder", "") or "").strip()
    if old_coder and shared_settings.KEY_CODER not in stored:
        changes[shared_settings.KEY_CODER] = old_coder
    old_project = str(settings.value("lastProject", "") or "")
    if old_project and shared_settings.KEY_LAST_PROJECT not in stored:
        changes[shared_settings.KEY_LAST_PROJECT] = old_project
    if changes and not shared_settings.update_settings(changes):
        return  # not moved: try again next time
    settings.remove("coder")


def coder_name(*, ask: bool = True) -> str:
    """The coder recorded with each tag: $ANNOTATOR_CODER, else the stored name, else asked
    once (the login name offered) and stored for the window and the command line alike."""
    from_env = os.environ.get(shared_settings.ENV_CODER, "").strip()
    if from_env:
        return from_env
    stored = shared_settings.stored_coder()
    if stored:
        return stored
    name = shared_settings.login_name()
    if ask:
        answer, ok = QInputDialog.getText(None, APP_NAME, translate("launch", "Your name, recorded with each tag you make:"),
                                           text=name)
        if ok and answer.strip():
            name = answer.strip()
    shared_settings.store_coder(name)
    return name


def confirm_new_project(path: Path) -> bool:
    """Whether to go on with `path`: a path that does not exist (a mistyped --project) is
    created only when the user says so; the default project is created without asking."""
    if os.path.lexists(path) or path.resolve() == paths.default_project_path().resolve():
        return True
    answer = QMessageBox.question(None, APP_NAME,
                                  translate("launch", "{path} does not exist. Create a new project there?").format(
                                      path=path),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def open_window(project_argument: str | None, settings: QSettings, *,
                jobs_after_first_paint: bool = False) -> MainWindow | None:
    """The main window on the project chosen by the rule the command line uses too
    (annotator.settings.choose_project), or None after saying why the project cannot open.
    With `jobs_after_first_paint`, the background work the window starts (its backup, a
    shown panel's listing) waits for the reading view's first paint."""
    from annotator.ui.main_window import MainWindow

    migrate_qsettings(settings)
    chosen = shared_settings.choose_project(project_argument)
    try:
        location = chosen.location
        language = i18n.current_language()  # a new project's codebook in the interface language
        if location.is_file:
            if not confirm_new_project(location.path):
                return None
            try:
                project = open_project(location, language=language)
            except ProjectDamaged as damaged:
                # Offer the newest sound backup rather than only refusing to start.
                backup = ask_to_restore(None, damaged)
                if backup is None or restore_damaged(None, damaged, backup) is None:
                    raise
                project = open_project(damaged.path)
        else:
            # A team project: the password asked for if the server wants one not found.
            from annotator.ui.team_project import with_password_prompt

            project = with_password_prompt(
                None, location, lambda where: open_project(where, language=language))
            if project is None:
                return None
    except USER_ERRORS as error:
        QMessageBox.critical(None, APP_NAME, error_text(error))
        print(f"error: {error}", file=sys.stderr)
        return None
    return MainWindow(project, coder_name(), settings, jobs_after_first_paint=jobs_after_first_paint)


def install_language(app: QCoreApplication, settings: QSettings) -> str:
    """Translate the window into the language chosen in View › Language, else the system's
    (annotator.ui.i18n.system_language); the language installed."""
    language = i18n.chosen_language(settings.value(i18n.SETTING, ""), QLocale.system().name())
    i18n.install(app, language)
    return language


def launch_window(project_argument: str | None) -> int:
    if QApplication.instance() is None:
        problem = display_problem(os.environ)
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    settings = app_settings()
    install_language(app, settings)
    # While the window runs, an unexpected error is logged and shown, never a silent crash.
    reporter = CrashReporter(parent=app).install()
    try:
        window = open_window(project_argument, settings, jobs_after_first_paint=True)
        if window is None:
            return 1
        if os.environ.get(ENV_EXIT_WHEN_READY):
            # For `python -m bench`: say so once the reading view has painted, and quit.
            after_first_paint(window.reader.viewport(), lambda: (print("ready", flush=True), app.quit()))
        window.show()
        return app.exec()
    finally:
        reporter.uninstall()

