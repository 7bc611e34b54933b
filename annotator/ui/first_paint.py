"""Acting once a widget has painted for the first time: what the user sees at start-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, action: Callable[[], object]) -> None:
        super().__init__(widget)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._action)  # once this paint is done
        return False


def after_first_paint(widget: QWidget, action: Callable[[], object]) -> None:
    """Call `action` once `widget` has painted for the first time: what the user sees."""
    widget.installEventFilter(_FirstPaint(widget, action))
