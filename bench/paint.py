"""Paints that happened: a probe that counts the paint events of a scroll area's viewport and
notes when the first one was done, and a wait that fails when no paint came.

A figure that ends "to first paint" stops at the end of a real paint event delivered by Qt,
never at a `repaint()` call on a widget that may not be mapped (which paints nothing).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QApplication


class NoPaint(RuntimeError):
    """A widget was to paint and did not: the run measured nothing and must fail."""


class PaintProbe(QObject):
    """Counts the paint events of `area`'s viewport and notes when each one was done.

    The probe delivers the viewport's paint event to the scroll area itself (as Qt's own
    viewport filter would), so that it can read the clock after the painting, not before.
    """

    def __init__(self, area: QAbstractScrollArea, name: str) -> None:
        super().__init__(area)
        self.area = area
        self.name = name
        self.paints = 0
        self.done_at: list[float] = []  # perf_counter() after each paint
        self.widths: list[int] = []  # the viewport's width at each paint
        area.viewport().installEventFilter(self)

    def reset(self) -> None:
        self.paints = 0
        self.done_at.clear()
        self.widths.clear()

    @property
    def first_done(self) -> float:
        if not self.done_at:
            raise NoPaint(f"{self.name} did not paint")
        return self.done_at[0]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and watched is self.area.viewport():
            self.area.viewportEvent(event)
            self.paints += 1
            self.done_at.append(time.perf_counter())
            self.widths.append(self.area.viewport().width())
            return True  # painted: Qt's own viewport filter must not paint it again
        return False


def wait_until(condition, what: str, timeout: float = 120.0) -> None:
    """Run the event loop until `condition()` holds; NoPaint after `timeout` seconds."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    # Wakes the loop now and then, so that a condition met by another thread is seen.
    waker = QTimer()
    waker.start(20)
    try:
        while not condition():
            if time.monotonic() > deadline:
                raise NoPaint(f"{what}: not within {timeout:g} s")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        waker.stop()


def wait_for_paint(*probes: PaintProbe, timeout: float = 120.0) -> None:
    """Run the event loop until every probe has seen a paint since its last reset."""
    names = ", ".join(probe.name for probe in probes)
    wait_until(lambda: all(probe.paints for probe in probes), f"{names} did not paint", timeout)


def require_paint(probe: PaintProbe, before: int, what: str) -> None:
    """Raise unless `probe` painted since it had counted `before` paints."""
    if probe.paints <= before:
        raise NoPaint(f"{what}: {probe.name} did not paint")
