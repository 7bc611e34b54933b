"""Starting the app: a clear line when the window cannot open, the coder's name asked once and
shared with the command line, and the same project as the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import settings as shared_settings
from annotator.cli import main as cli_main
from PySide6.QtWidgets import QMessageBox
from annotator.ui.jobs import JobKind, JobState

from annotator.ui.launch import (
    XCB_LIBRARIES,
    _library_present,
    after_first_paint,
    coder_name,
    display_problem,
    launch_window,
    migrate_qsettings,
    open_window,
)

ROOT = Path(__file__).resolve().parents[2]


def everything_present(name: str) -> bool:
    return True


def test_the_coder_name_comes_from_the_environment_first(monkeypatch) -> None:
    monkeypatch.setenv("ANNOTATOR_CODER", "沈志華")
    assert coder_name(ask=False) == "沈志華"
    assert shared_settings.stored_coder() == ""  # a name from the environment is not stored


def test_the_coder_name_is_stored_once_chosen_in_the_shared_settings_file(monkeypatch) -> None:
    monkeypatch.delenv("ANNOTATOR_CODER")
    first = coder_name(ask=False)
    assert first and shared_settings.stored_coder() == first
    shared_settings.store_coder("楊奎松")
    assert coder_name(ask=False) == "楊奎松"


def test_the_command_line_tags_with_the_name_the_window_stored(capsys, monkeypatch, tmp_path, write_text) -> None:
    monkeypatch.delenv("ANNOTATOR_CODER")
    shared_settings.store_coder("楊奎松")  # as the window does after asking
    project = str(tmp_path / "p.sqlite")
    cli_main(["import", str(write_text("a.txt", "毛澤東到莫斯科。")), "--project", project])
    assert cli_main(["tag", "1", "0", "3", "diplomacy", "--project", project]) == 0
    assert cli_main(["tag", "1", "4", "7", "diplomacy", "--coder", "牛軍", "--project", project]) == 0
    capsys.readouterr()
    cli_main(["passages", "--json", "--project", project])
    assert [p["coder"] for p in json.loads(capsys.readouterr().out)] == ["楊奎松", "牛軍"]


def test_a_coder_name_in_the_old_qsettings_is_moved_once(settings, monkeypatch, qapp) -> None:
    monkeypatch.delenv("ANNOTATOR_CODER")
    settings.setValue("coder", "沈志華")
    migrate_qsettings(settings)
    assert shared_settings.stored_coder() == "沈志華" and settings.value("coder") is None
    assert coder_name(ask=False) == "沈志華"


def window_with_held_backup(qtbot, settings, sample_project) -> tuple:
    """A window started as `main.py` starts it, not shown yet, and its start-up backup, held."""
    shared_settings.remember_project(sample_project)
    window = open_window(None, settings, jobs_after_first_paint=True)
    assert window is not None
    qtbot.addWidget(window)
    held = [job for job in window.jobs if job.kind is JobKind.BACKUP]
    assert held and all(job.state is JobState.QUEUED for job in held)
    return window, held


def test_at_start_up_the_windows_background_work_waits_for_its_first_paint(
        qtbot, settings, sample_project) -> None:
    # The backup started with the project is held until the reading view has painted: the
    # first paint does not share the CPU with it; afterwards it runs as before.
    window, held = window_with_held_backup(qtbot, settings, sample_project)
    try:
        qtbot.wait(100)
        assert all(job.state is JobState.QUEUED for job in held)
        window.show()
        qtbot.waitUntil(lambda: all(job not in window.jobs for job in held), timeout=60_000)
        assert all(job.state is JobState.DONE for job in held)
    finally:
        window.jobs.shutdown(30)


def test_a_window_that_does_not_paint_at_start_up_still_runs_its_background_work(
        qtbot, settings, sample_project, monkeypatch) -> None:
    # Started minimized, the window paints only when restored: its backup does not wait for that.
    from annotator.ui import main_window

    monkeypatch.setattr(main_window, "JOBS_HELD_AT_MOST_MS", 300)
    window, held = window_with_held_backup(qtbot, settings, sample_project)
    try:
        qtbot.waitUntil(lambda: all(job not in window.jobs for job in held), timeout=60_000)
        assert all(job.state is JobState.DONE for job in held) and not window.isVisible()
    finally:
        window.jobs.shutdown(30)


def test_the_window_opens_the_project_the_command_line_would_use(qtbot, settings, sample_project, capsys) -> None:
    shared_settings.remember_project(sample_project)
    window = open_window(None, settings)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.session.project.path == sample_project
    finally:
        for job in list(window.jobs):
            job.cancel()
            job.wait(30)
    assert cli_main(["docs"]) == 0
    captured = capsys.readouterr()
    assert captured.err == f"using project {sample_project} (the last one opened in the window; --project chooses another)\n"
    assert "毛澤東訪蘇" in captured.out


def test_a_project_opened_in_the_window_becomes_the_command_lines_project(window, tmp_path, capsys) -> None:
    other = tmp_path / "other.sqlite"
    window.switch_project(other)
    assert shared_settings.choose_project(None) == shared_settings.ProjectChoice(other, "last")
    assert cli_main(["docs"]) == 0
    assert str(other) in capsys.readouterr().err


def test_a_team_project_the_window_cannot_reach_is_one_line_and_no_default_project(
        settings, capsys, monkeypatch, qapp) -> None:
    import socket

    from annotator import paths
    from annotator.ui import launch

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    shown: list[str] = []
    monkeypatch.setattr(launch.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert open_window(f"postgresql+psycopg://coder@127.0.0.1:{port}/cold_war", settings) is None
    assert len(shown) == 1 and "\n" not in shown[0] and "Traceback" not in shown[0]
    assert shown[0] in capsys.readouterr().err
    assert not paths.default_project_path().exists()


def test_the_window_opens_a_team_project_given_by_its_url(settings, postgres_url: str, qtbot) -> None:
    window = open_window(postgres_url, settings)
    assert window is not None
    qtbot.addWidget(window)
    assert window.windowTitle().startswith(window.session.project.location.label)
    assert [c.name for c in window.session.codes()] == ["negotiation", "security", "diplomacy"]


# -- "ready" for the benchmark -----------------------------------------------------------------


def test_ready_is_said_only_once_the_view_has_painted(qtbot) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    class View(QPlainTextEdit):
        painted = 0

        def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
            super().paintEvent(event)
            self.painted += 1

    view = View("毛澤東")
    qtbot.addWidget(view)
    paints_when_ready: list[int] = []
    after_first_paint(view.viewport(), lambda: paints_when_ready.append(view.painted))
    qtbot.wait(50)  # an idle event loop with nothing shown is not ready
    assert paints_when_ready == []
    view.show()
    qtbot.waitUntil(lambda: bool(paints_when_ready), timeout=5000)
    view.viewport().repaint()
    qtbot.wait(20)
    assert paints_when_ready == [1]  # once, after the first paint


# -- a project path that does not exist ----------------------------------------------------------


def _answering(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_a_mistyped_project_path_is_not_created_when_the_user_says_no(qapp, monkeypatch, tmp_path, capsys) -> None:
    mistyped = tmp_path / "projcet.sqlite"
    asked = _answering(monkeypatch, QMessageBox.StandardButton.No)
    assert launch_window(str(mistyped)) == 1
    assert asked == [f"{mistyped} does not exist. Create a new project there?"]
    assert not mistyped.exists() and list(tmp_path.glob("projcet*")) == []
    assert capsys.readouterr().err == ""  # quietly: the user chose this


def test_a_new_project_path_is_created_when_the_user_says_yes(qtbot, settings, monkeypatch, tmp_path) -> None:
    new = tmp_path / "new.sqlite"
    asked = _answering(monkeypatch, QMessageBox.StandardButton.Yes)
    window = open_window(str(new), settings)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert asked and new.is_file() and window.session.project.path == new
    finally:
        for job in list(window.jobs):
            job.cancel()
            job.wait(30)


def test_an_existing_project_and_the_default_one_open_without_a_question(qtbot, settings, monkeypatch,
                                                                          sample_project) -> None:
    from annotator import paths

    asked = _answering(monkeypatch, QMessageBox.StandardButton.No)
    for argument in (None, str(sample_project)):  # None: the default project (nothing opened before)
        window = open_window(argument, settings)
        assert window is not None
        qtbot.addWidget(window)
        for job in list(window.jobs):
            job.cancel()
            job.wait(30)
    assert asked == [] and paths.default_project_path().is_file()


# -- a code's key is one the window can use ------------------------------------------------------


def test_no_code_can_take_a_key_the_window_uses_itself(window) -> None:
    """The services keep their own list of the window's keys (they cannot ask Qt): it must hold
    every key of the window's menus, or a code's key and a menu's would cancel each other out."""
    from PySide6.QtGui import QAction, QKeySequence

    from annotator.errors import UserError
    from annotator.services.codes import WINDOW_SHORTCUTS, normalise_shortcut

    code_actions = set(window.code_actions)
    own = {
        sequence.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.findChildren(QAction) if action not in code_actions
        for sequence in action.shortcuts()
    }
    assert "Ctrl+E" in own and "Ctrl+Z" in own
    assert own <= WINDOW_SHORTCUTS
    for key in own:
        with pytest.raises(UserError):
            normalise_shortcut(key)


# -- without a display ---------------------------------------------------------------------------


def test_without_a_display_one_line_says_so_and_what_to_do() -> None:
    problem = display_problem({}, platform="linux", library_present=everything_present)
    assert problem is not None and "\n" not in problem
    assert problem.startswith("no display") and "QT_QPA_PLATFORM=offscreen" in problem


def test_missing_x11_libraries_are_named_with_their_packages() -> None:
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    problem = display_problem({"DISPLAY": ":0"}, platform="linux",
                              library_present=lambda name: name not in absent)
    assert problem is not None and "\n" not in problem
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in problem
    assert problem.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1)")
    assert "cursor" not in problem  # Qt's own message blames libxcb-cursor0 whatever is missing


def test_no_problem_with_a_display_and_every_library() -> None:
    assert display_problem({"DISPLAY": ":0"}, platform="linux", library_present=everything_present) is None


@pytest.mark.parametrize(
    "environ, platform",
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, "linux"),
        ({}, "darwin"),
        ({}, "win32"),
    ],
)
def test_no_x11_check_where_x11_is_not_used(environ, platform) -> None:
    looked_up: list[str] = []
    assert display_problem(environ, platform=platform, library_present=looked_up.append) is None
    assert looked_up == []


def test_xcb_chosen_explicitly_is_checked_even_under_wayland() -> None:
    problem = display_problem({"WAYLAND_DISPLAY": "w", "QT_QPA_PLATFORM": "xcb"}, platform="linux",
                              library_present=lambda name: name != "libxkbcommon-x11.so.0")
    assert problem is not None and "apt-get install libxkbcommon-x11-0)" in problem


def test_the_library_lookup_finds_what_is_there_and_not_what_is_not() -> None:
    assert _library_present("libc.so.6")
    assert not _library_present("libxcb-no-such-library.so.7")
    assert "libxcb-icccm.so.4" in XCB_LIBRARIES and "libxcb-keysyms.so.1" in XCB_LIBRARIES


def test_python_main_py_without_a_display_prints_one_line_and_exits_1(tmp_path) -> None:
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, str(ROOT / "main.py")], capture_output=True, text=True,
                            cwd=tmp_path, env=environ, timeout=120)
    assert result.returncode == 1
    assert result.stderr.startswith("error: no display") and result.stderr.count("\n") == 1


SHOW_A_STORED_TEXT = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from annotator.project import Project
from annotator.ui.main_window import MainWindow
window = MainWindow(Project(sys.argv[1]), "tester", QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
assert window.reader.document_id is not None and window.reader.toPlainText()
print(" ".join(name for name in ("jieba", "lxml") if name in sys.modules) or "neither")
window.jobs.shutdown(30)
"""


def test_the_window_shows_a_stored_text_without_loading_jieba_or_the_refi_qda_reader(
        sample_project, tmp_path) -> None:
    # jieba runs in the segmentation workers; REFI-QDA's reader when such a file is imported:
    # neither is loaded (half a second of start-up between them) to show what is stored.
    shown = subprocess.run(
        [sys.executable, "-c", SHOW_A_STORED_TEXT, str(sample_project), str(tmp_path / "settings.ini")],
        capture_output=True, text=True, timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=Path(__file__).resolve().parents[2])
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split()[-1] == "neither"
