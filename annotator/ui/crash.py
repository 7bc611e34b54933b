"""An unexpected error in the window is never a silent crash: it is logged and shown.

A user error (bad input, a refused action) is a message (`annotator.ui.messages`); anything
else that escapes is a bug. `CrashReporter.install()`, done once at start (`launch`), replaces
`sys.excepthook` (Qt calls it for an exception that escapes a slot or an event handler) and
`threading.excepthook`; a background job hands its unexpected errors to `report`. Each one is
appended to `errors.log` in the user's log folder (`paths.log_dir()`), with the versions of
the app, Python and Qt, and shown in a dialog whose report can be copied. The dialog is not
modal: it never stops the event loop, so the window can still save and close.
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator import APP_NAME, __version__, paths
from annotator.ui.messages import shown

LOG_NAME = "errors.log"
# Between two reports in the log, so that each can be found and copied whole.
SEPARATOR = "=" * 72

_installed: CrashReporter | None = None


def report_text(error: BaseException, when: datetime | None = None) -> str:
    """What a developer needs to find the bug: when, the versions, and the traceback."""
    when = when or datetime.now(UTC)
    lines = [
        f"{APP_NAME} {__version__}: unexpected error at {when.isoformat(timespec='seconds')}",
        f"Python {platform.python_version()} ({sys.executable}); PySide6 {PySide6.__version__}, "
        f"Qt {qVersion()}; {platform.platform()}",
        f"Thread: {threading.current_thread().name}",
        "",
        *traceback.format_exception(type(error), error, error.__traceback__),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


def append_to_log(report: str, folder: Path | None = None) -> Path:
    """Append `report` to errors.log in `folder` (the user's log folder); its path.
    OSError if it cannot be written (the dialog then says so)."""
    folder = paths.log_dir() if folder is None else folder
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / LOG_NAME
    with log.open("a", encoding="utf-8") as handle:
        handle.write(f"{report}\n{SEPARATOR}\n")
        handle.flush()
    return log


def report(error: BaseException) -> None:
    """Report an unexpected error caught elsewhere (a background job's), from any thread;
    nothing happens unless a reporter is installed (the window's start installs one)."""
    if _installed is not None:
        _installed.handle(error)


class CrashDialog(QDialog):
    """Says that something went wrong that should not have, and shows the report to copy."""

    def __init__(self, report: str, logged: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(f"{APP_NAME}: unexpected error")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        explanation = QLabel(
            "Something went wrong that should not have: this is a bug in the program. What was "
            f"saved before it is safe; the last action may not have been done.\n\n{logged}\n\n"
            "Please send this report to the developers (Copy report puts it on the clipboard)."
        )
        explanation.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setObjectName("crashReport")
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("Copy report")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.report)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report.toPlainText())


class CrashReporter(QObject):
    """Logs and shows every unexpected error once installed; lives on the UI thread."""

    # Emitted from whichever thread failed; delivered on the UI thread (a queued connection
    # when the emitter is another thread), where the dialog can be made.
    _reported = Signal(str, str)

    def __init__(self, log_folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_folder = log_folder
        self.dialogs: list[CrashDialog] = []
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._reported.connect(self._show)

    def install(self) -> CrashReporter:
        global _installed
        self._previous_hook, self._previous_thread_hook = sys.excepthook, threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        _installed = self
        return self

    def uninstall(self) -> None:
        global _installed
        sys.excepthook, threading.excepthook = self._previous_hook, self._previous_thread_hook
        if _installed is self:
            _installed = None

    def _excepthook(self, kind: type[BaseException], error: BaseException,
                    trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal: not a bug
            self._previous_hook(kind, error, trace)
            return
        self.handle(error.with_traceback(trace))

    def _thread_excepthook(self, arguments: threading.ExceptHookArgs) -> None:
        if arguments.exc_value is None:
            self._previous_thread_hook(arguments)
            return
        self.handle(arguments.exc_value.with_traceback(arguments.exc_traceback))

    def handle(self, error: BaseException) -> None:
        """Log `error` and show it (from any thread); also written to stderr, as before."""
        text = report_text(error)
        print(text, file=sys.stderr)
        try:
            log = append_to_log(text, self.log_folder)
        except OSError as problem:
            logged = f"The report could not be written to the log ({problem.strerror or problem})."
        else:
            logged = f"The report was added to {shown(log)}."
        self._reported.emit(text, logged)

    def _show(self, report: str, logged: str) -> None:
        dialog = CrashDialog(report, logged)
        dialog.destroyed.connect(lambda *_: self.dialogs.remove(dialog) if dialog in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.show()
