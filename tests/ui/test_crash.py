"""An unexpected error in the window is logged to errors.log in the user's log folder and shown
in a dialog whose report can be copied; it never passes silently."""

from __future__ import annotations

import threading
from pathlib import Path

import PySide6
import pytest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

from annotator import __version__
from annotator.ui.crash import SEPARATOR, CrashDialog, CrashReporter
from annotator.ui.jobs import JobKind, JobRunner


def _crash_dialogs() -> list[CrashDialog]:
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, CrashDialog) and widget.isVisible()]


@pytest.fixture
def reporter(qapp):
    installed = CrashReporter().install()
    yield installed
    installed.uninstall()
    for dialog in _crash_dialogs():
        dialog.close()


# pytest-qt would otherwise take the exception itself (and fail the test); the reporter must.
@pytest.mark.qt_no_exception_capture
def test_an_error_escaping_a_slot_is_logged_and_shown_with_its_report(qtbot, reporter, app_home: Path):
    button = QPushButton("Break")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise RuntimeError("boom in 電報")

    button.clicked.connect(broken_slot)
    button.click()  # Qt runs the slot; the exception escapes it into the event loop
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1, timeout=5_000)

    log = app_home / "log" / "errors.log"  # the user's log folder (paths.log_dir)
    logged = log.read_text(encoding="utf-8")
    assert "RuntimeError: boom in 電報" in logged
    assert "in broken_slot" in logged  # the traceback, to the line that failed
    assert f"Chinese Text Annotator {__version__}" in logged and f"PySide6 {PySide6.__version__}" in logged

    dialog = _crash_dialogs()[0]
    assert not dialog.isModal()  # the window stays usable: it can still save and close
    report = dialog.findChild(QPlainTextEdit, "crashReport").toPlainText()
    assert "RuntimeError: boom in 電報" in report and report in logged
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == report


_RUNNERS: list[JobRunner] = []


@pytest.mark.qt_no_exception_capture
def test_a_background_jobs_unexpected_error_is_logged_and_shown(qtbot, reporter, app_home: Path):
    def work(progress, cancel):
        raise KeyError("no such thing")  # a bug in the work, not a user error

    runner = JobRunner()
    _RUNNERS.append(runner)  # as the window's, it outlives its jobs' threads
    job = runner.start(JobKind.SEARCH, "Breaking", work)
    with qtbot.waitSignal(job.failed, timeout=10_000) as failed:
        pass
    assert failed.args == ["unexpected error: KeyError('no such thing')"]
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1, timeout=5_000)
    logged = (app_home / "log" / "errors.log").read_text(encoding="utf-8")
    assert "KeyError: 'no such thing'" in logged and "Thread: Breaking" in logged


@pytest.mark.qt_no_exception_capture
def test_reports_are_appended_one_after_another(qtbot, reporter, app_home: Path):
    for number in (1, 2):
        thread = threading.Thread(target=lambda n=number: 1 / 0 if n else None, name=f"worker-{number}")
        thread.start()
        thread.join()
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 2, timeout=5_000)
    logged = (app_home / "log" / "errors.log").read_text(encoding="utf-8")
    assert logged.count("ZeroDivisionError") == 2 and logged.count(SEPARATOR) == 2
    assert logged.index("Thread: worker-1") < logged.index("Thread: worker-2")


def test_once_uninstalled_the_previous_hooks_are_back(qapp):
    import sys

    before = sys.excepthook, threading.excepthook
    CrashReporter().install().uninstall()
    assert (sys.excepthook, threading.excepthook) == before



def test_the_window_start_installs_the_reporter_for_as_long_as_it_runs(qapp, monkeypatch, tmp_path):
    # launch_window installs it before anything can fail and takes it away when it returns;
    # seen here from inside its first question (a new project?), answered No.
    import sys

    from PySide6.QtWidgets import QMessageBox

    from annotator.ui import crash
    from annotator.ui.launch import launch_window

    during = []

    def question(*args, **kwargs):
        during.append((crash._installed, sys.excepthook))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    before = sys.excepthook
    assert launch_window(str(tmp_path / "new.sqlite")) == 1
    installed, hook = during[0]
    assert isinstance(installed, CrashReporter) and hook == installed._excepthook
    assert crash._installed is None and sys.excepthook is before
