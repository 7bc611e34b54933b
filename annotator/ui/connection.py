"""The connection to a team project's server, as the window shows it.

While a team project is open, a cheap query runs every few seconds in a thread of its own (a
server that does not answer must never freeze the window). When it fails, a banner in the
status bar says the connection is lost and that the work on screen is kept; nothing is closed
or reloaded, so the open document, the selection and the undo stack stay as they were. The
pool replaces dead connections by itself (db.engine: pool_pre_ping), so once a query succeeds
again the banner says so and goes; what colleagues changed meanwhile arrives through the change
log as usual (ExternalChanges reads on from the last entry it saw). A change tried while the
connection is down is refused with one line (Project.write: "nothing was saved; try again").
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from annotator.errors import USER_ERRORS
from db.engine import connect_timeout_seconds

translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls

PROBE_INTERVAL_MS = 3000
RECONNECTED_MESSAGE_MS = 6000


class ConnectionMonitor(QObject):
    """Probes the window's team project; `lost` and `restored` when its state changes."""

    lost = Signal(str)  # the one line the driver's error became
    restored = Signal()
    _probed = Signal(object, object)  # the project probed, None or the error's line

    def __init__(self, window, interval_ms: int = PROBE_INTERVAL_MS) -> None:
        super().__init__(window)
        self._window = window
        self.is_lost = False
        self._probing = False
        self._thread: threading.Thread | None = None
        self._probed.connect(self._settle)
        # Closing the window closes its project: no probe may be left holding a connection.
        window.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.probe)
        self.timer.start()

    def _project(self):
        session = self._window.session
        if session is None or session.project.is_file or not session.external_changes.watching:
            return None  # a file, or a project already closed
        return session.project

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def stop(self) -> None:
        """Probe no more, and let a probe under way finish (it gives up within the connect
        timeout), so that its connection goes back before the project is closed."""
        self.timer.stop()
        if self._thread is not None:
            self._thread.join(connect_timeout_seconds() + 1)

    def probe(self) -> None:
        """Start one probe of the open team project (none for a file, none while one runs)."""
        project = self._project()
        if project is None:
            if self.is_lost:  # another project was opened meanwhile
                self.is_lost = False
                self.restored.emit()
            return
        if self._probing:
            return
        self._probing = True
        self._thread = threading.Thread(target=self._run, args=(project,), daemon=True,
                                        name="connection-probe")
        self._thread.start()

    def _run(self, project) -> None:
        problem: str | None = None
        try:
            with project.read() as session:
                session.execute(text("SELECT 1"))
        except USER_ERRORS as error:
            problem = str(error)
        except DBAPIError as error:
            problem = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else type(error).__name__
        except Exception as error:  # a closed project, an engine disposed meanwhile
            problem = type(error).__name__
        self._probed.emit(project, problem)

    def _settle(self, project, problem: str | None) -> None:
        self._probing = False
        if project is not self._project():
            return  # the window has opened another project since
        if problem is not None and not self.is_lost:
            self.is_lost = True
            self.lost.emit(problem)
        elif problem is None and self.is_lost:
            self.is_lost = False
            self.restored.emit()


def install(window) -> ConnectionMonitor:
    """Watch the window's team project and show a banner in its status bar while the
    connection is lost."""
    banner = QLabel()
    banner.setObjectName("connectionBanner")
    banner.setStyleSheet("QLabel { background: #b3261e; color: white; padding: 2px 8px; }")
    banner.hide()
    window.statusBar().addPermanentWidget(banner)
    monitor = ConnectionMonitor(window)

    def lost(problem: str) -> None:
        banner.setText(translate("ConnectionMonitor",
                                 "Connection to the server lost: reconnecting… Your work on "
                                 "screen is kept; changes made now are refused until it is back."))
        banner.setToolTip(problem)
        banner.show()

    def restored() -> None:
        banner.hide()
        window.statusBar().showMessage(
            translate("ConnectionMonitor", "Connected to the server again"), RECONNECTED_MESSAGE_MS)

    monitor.lost.connect(lost)
    monitor.restored.connect(restored)
    window.connection_banner = banner
    return monitor
