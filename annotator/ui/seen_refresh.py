"""Recompute a view once a burst of changes stops, and only while the view is seen.

The analysis and agreement views read every passage to recompute: a run of tags (a colleague's
import, several undos) waits for the last one and recomputes once, and a hidden view (a tab
not shown, a closed window) recomputes when it is shown again instead of in the background.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class SeenRefresh(QObject):
    """Calls `refresh` `delay_ms` after the last `soon()` while `view` is visible; a change
    while hidden, or one pending when it was hidden, refreshes when it is shown again."""

    def __init__(self, view: QWidget, refresh: Callable[[], object], delay_ms: int) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self.stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._run)
        view.installEventFilter(self)

    def soon(self, *_: object) -> None:
        """After a change to the project."""
        if self._view.isVisible():
            self._timer.start()
        else:
            self.stale = True

    def done(self) -> None:
        """The view refreshed (by itself or from here): nothing is pending any more."""
        self._timer.stop()
        self.stale = False

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def _run(self) -> None:
        self.done()
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._view:
            if event.type() == QEvent.Type.Show and self.stale:
                self._run()
            elif event.type() == QEvent.Type.Hide and self._timer.isActive():
                self._timer.stop()
                self.stale = True
        return False
