"""The timeline's time axis: each date a mark at its days, one lane per document, tinted by the
code of the passage it dates (grey when it dates none); the wheel (or + and −) zooms around the
mouse, dragging pans, a click on a mark chooses its row.

Positions are days (proleptic Gregorian ordinals, as the dates are normalised), so a year, a
month and a day each take the width of the days they cover.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from annotator.text.display import visible

if TYPE_CHECKING:
    from annotator.ui.timeline_panel import TimelineRow

LANE_HEIGHT = 20
RULER_HEIGHT = 22
LABEL_WIDTH = 150  # the documents' titles, left of their lanes
MIN_MARK_WIDTH = 4.0
ZOOM_STEP = 1.5
MIN_SPAN_DAYS = 20.0  # zoomed in no further than about three weeks across
UNCODED = QColor(140, 140, 140)
CLICK_SLOP = 3  # pixels a mark may be missed by
DRAG_THRESHOLD = 4


def _ordinal(day: datetime.date) -> float:
    return float(day.toordinal())


class TimelineAxis(QWidget):
    rowClicked = Signal(int)  # the row of the mark clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineAxis")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.rows: list[TimelineRow] = []
        self._spans: list[tuple[float, float] | None] = []  # (first day, day after last) per row
        self._lanes: dict[int, int] = {}  # document id -> lane
        self._titles: list[str] = []
        self._whole = (0.0, 1.0)
        self.visible_range = (0.0, 1.0)  # days shown, left edge to right edge
        self.selected: int | None = None
        self._press: QPointF | None = None
        self._dragged = False

    # -- content --------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[TimelineRow]) -> None:
        self.rows = list(rows)
        self._spans, self._lanes, self._titles = [], {}, []
        for row in self.rows:
            try:
                first, last = row.date.first_day, row.date.last_day
            except ValueError:  # a year before 1 (no Python date): listed, not on the axis
                first = last = None
            self._spans.append((_ordinal(first), _ordinal(last) + 1) if first and last else None)
            if row.date.document_id not in self._lanes:
                self._lanes[row.date.document_id] = len(self._lanes)
                self._titles.append(visible(row.date.document))
        spans = [span for span in self._spans if span is not None]
        if spans:
            low, high = min(s for s, _ in spans), max(e for _, e in spans)
            pad = max((high - low) * 0.02, 15.0)
            self._whole = (low - pad, high + pad)
        else:
            self._whole = (0.0, 1.0)
        self.visible_range = self._whole
        self.selected = None
        self.setMinimumHeight(RULER_HEIGHT + LANE_HEIGHT * max(len(self._lanes), 1) + 6)
        self.update()

    def set_selected(self, row: int | None) -> None:
        self.selected = row
        self.update()

    # -- geometry -------------------------------------------------------------------------------

    def _plot_width(self) -> float:
        return max(self.width() - LABEL_WIDTH - 8, 10)

    def x_of_day(self, day: float) -> float:
        low, high = self.visible_range
        return LABEL_WIDTH + (day - low) / (high - low) * self._plot_width()

    def day_at(self, x: float) -> float:
        low, high = self.visible_range
        return low + (x - LABEL_WIDTH) / self._plot_width() * (high - low)

    def mark_rect(self, row: int) -> QRectF | None:
        """Where the row's mark is drawn (None: no days known, or off screen)."""
        span = self._spans[row] if 0 <= row < len(self._spans) else None
        if span is None:
            return None
        left, right = self.x_of_day(span[0]), self.x_of_day(span[1])
        if right - left < MIN_MARK_WIDTH:
            middle = (left + right) / 2
            left, right = middle - MIN_MARK_WIDTH / 2, middle + MIN_MARK_WIDTH / 2
        if right < LABEL_WIDTH or left > self.width():
            return None
        top = RULER_HEIGHT + self._lanes[self.rows[row].date.document_id] * LANE_HEIGHT + 3
        return QRectF(max(left, LABEL_WIDTH), top, min(right, self.width()) - max(left, LABEL_WIDTH),
                      LANE_HEIGHT - 6)

    def row_at(self, point: QPointF) -> int | None:
        """The mark under a point, the narrowest first (a day inside a month)."""
        hits = []
        for row in range(len(self.rows)):
            rect = self.mark_rect(row)
            if rect is not None and rect.adjusted(-CLICK_SLOP, 0, CLICK_SLOP, 0).contains(point):
                hits.append((rect.width(), row))
        return min(hits)[1] if hits else None

    # -- zoom and pan ---------------------------------------------------------------------------

    def zoom(self, factor: float, around: float | None = None) -> None:
        """Show ``factor`` times fewer days (below 1: more), keeping the day at x ``around``."""
        low, high = self.visible_range
        centre = self.day_at(around) if around is not None else (low + high) / 2
        whole = self._whole[1] - self._whole[0]
        span = min(max((high - low) / factor, MIN_SPAN_DAYS), whole * 4)
        share = (centre - low) / (high - low)
        self.visible_range = (centre - share * span, centre - share * span + span)
        self.update()

    def show_whole(self) -> None:
        self.visible_range = self._whole
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP ** steps, event.position().x())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif event.key() == Qt.Key.Key_0:
            self.show_whole()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press, self._dragged = event.position(), False
            self._pressed_range = self.visible_range

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = event.position().x() - self._press.x()
            if abs(moved) >= DRAG_THRESHOLD or self._dragged:
                self._dragged = True
                low, high = self._pressed_range
                shift = moved / self._plot_width() * (high - low)
                self.visible_range = (low - shift, high - shift)
                self.update()
            return
        row = self.row_at(event.position())
        if row is not None:
            date = self.rows[row].date
            QToolTip.showText(event.globalPosition().toPoint(),
                              f"{date.normalized} · {visible(date.text)} · {visible(date.document)}", self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and not self._dragged and event.button() == Qt.MouseButton.LeftButton:
            row = self.row_at(event.position())
            if row is not None:
                self.set_selected(row)
                self.rowClicked.emit(row)
        self._press = None

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        self._paint_ruler(painter)
        text_color = self.palette().text().color()
        for lane, title in enumerate(self._titles):
            top = RULER_HEIGHT + lane * LANE_HEIGHT
            painter.setPen(text_color)
            painter.drawText(QRectF(4, top, LABEL_WIDTH - 8, LANE_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
        painter.setClipRect(QRectF(LABEL_WIDTH, 0, self.width() - LABEL_WIDTH, self.height()))
        for row, entry in enumerate(self.rows):
            rect = self.mark_rect(row)
            if rect is None:
                continue
            color = QColor(entry.color) if entry.color else QColor(UNCODED)
            color.setAlpha(200 if entry.color else 110)
            painter.fillRect(rect, color)
        if self.selected is not None and (rect := self.mark_rect(self.selected)) is not None:
            painter.setPen(QPen(text_color, 2))
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))
        painter.end()

    def _paint_ruler(self, painter: QPainter) -> None:
        """Years (or months, zoomed in) along the top, a faint line down from each."""
        low, high = self.visible_range
        years = (high - low) / 365.2425
        text_color = self.palette().text().color()
        grid = QColor(text_color)
        grid.setAlpha(40)
        ticks: list[tuple[float, str]] = []
        first = datetime.date.fromordinal(max(int(low), 1))
        last = datetime.date.fromordinal(max(min(int(high), datetime.date.max.toordinal()), 1))
        if years > 2:
            step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if years / s <= 10)
            year = first.year - first.year % step + step
            while year <= last.year:
                ticks.append((_ordinal(datetime.date(year, 1, 1)), str(year)))
                year += step
        else:
            step = next(s for s in (1, 2, 3, 6) if years * 12 / s <= 12)
            month = first.year * 12 + first.month  # the month after the first shown
            while month <= last.year * 12 + last.month - 1:
                year, index = divmod(month, 12)
                if index % step == 0:
                    ticks.append((_ordinal(datetime.date(year, index + 1, 1)), f"{year}-{index + 1:02d}"))
                month += 1
        for day, label in ticks:
            x = self.x_of_day(day)
            if x < LABEL_WIDTH:
                continue
            painter.setPen(grid)
            painter.drawLine(QPointF(x, RULER_HEIGHT - 4), QPointF(x, self.height()))
            painter.setPen(text_color)
            painter.drawText(QPointF(x + 2, RULER_HEIGHT - 7), label)
