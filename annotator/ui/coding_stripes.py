"""Coding stripes: a margin left of the reading view with one bar per coded passage, beside the
lines it covers, in its code's colour and labelled with the code; passages that overlap stand in
separate lanes (as in MAXQDA and NVivo).

Only the passages of the lines on screen are laid out, when the margin paints (the reading view
paints only its visible blocks the same way), so a million-character volume with 50,000 passages
costs what its visible page costs. Hovering, clicking and right-clicking look the bar up among
those laid out at the last paint.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from annotator.ui.reader import ReaderView, passage_tooltip

LANE_WIDTH = 17  # a bar and its label beside it
BAR_WIDTH = 4
MIN_LANE_WIDTH = 5  # below this, lanes past the margin's width are not drawn
MARGIN_WIDTH = 4 * LANE_WIDTH + 6  # four lanes at full width; more squeeze into it
LABEL_POINT_SIZE = 7.5
LABEL_FAMILIES = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "Noto Sans CJK SC", "sans-serif"]
BACKGROUND = QColor(246, 246, 246)
HOVER_OUTLINE = QColor(40, 40, 40)


@dataclass(frozen=True)
class Bar:
    passage_id: int
    code_id: int
    lane: int
    rect: QRectF  # the bar with its label, in margin coordinates


def assign_lanes(spans: list[tuple[int, int, int]]) -> dict[int, int]:
    """Lane per id for (start, end, id) spans: the first lane free at each span's start, spans
    taken by start (longer first), so nested and overlapping passages never share a lane."""
    lanes: list[int] = []  # end of the last span in each lane
    assigned = {}
    for start, end, key in sorted(spans, key=lambda s: (s[0], -s[1], s[2])):
        lane = next((i for i, lane_end in enumerate(lanes) if lane_end <= start), len(lanes))
        if lane == len(lanes):
            lanes.append(end)
        else:
            lanes[lane] = end
        assigned[key] = lane
    return assigned


def label_room(bars: list[Bar], height: float) -> dict[int, float]:
    """How long each bar's label may be: from its top (or the margin's) to the next bar's top
    in the same lane, or to the bottom of the margin."""
    room = {}
    by_lane: dict[int, list[Bar]] = {}
    for bar in bars:
        by_lane.setdefault(bar.lane, []).append(bar)
    for lane_bars in by_lane.values():
        lane_bars.sort(key=lambda bar: bar.rect.top())
        for bar, below in zip(lane_bars, lane_bars[1:] + [None]):
            top = max(bar.rect.top(), 0.0)
            bottom = below.rect.top() if below is not None else height
            room[bar.passage_id] = bottom - top
    return room


class CodingStripes(QWidget):
    """The margin; it places itself in the reader's left viewport margin and follows it."""

    passageClicked = Signal(int)
    passageMenuRequested = Signal(QPoint, int)  # global position, passage id

    def __init__(self, reader: ReaderView) -> None:
        super().__init__(reader)
        self.setObjectName("codingStripes")
        self.reader = reader
        self.setMouseTracking(True)
        self._bars: list[Bar] = []
        self._hover: int | None = None
        self._labels: dict[int, str] = {}  # passage id: the label drawn at the last paint
        self._label_font = QFont()
        self._label_font.setFamilies(LABEL_FAMILIES)
        self._label_font.setPointSizeF(LABEL_POINT_SIZE)
        reader.installEventFilter(self)
        reader.updateRequest.connect(self._reader_updated)
        reader.marksChanged.connect(self.update)
        reader.displayChanged.connect(self.update)
        self.setVisible(True)

    # -- place beside the reader ----------------------------------------------------------------

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        self.reader.set_left_margin(MARGIN_WIDTH if visible else 0)
        self._place()

    def sizeHint(self) -> QSize:
        return QSize(MARGIN_WIDTH, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.reader and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        # Level with the viewport (the reader's contents less its left margin), so a line's y in
        # the viewport is its y here. The contents rectangle is already the new one when the
        # reader's resize event arrives; the viewport is laid out only after it.
        contents = self.reader.contentsRect()
        self.setGeometry(QRect(contents.left(), contents.top(), MARGIN_WIDTH, contents.height()))

    def _reader_updated(self, rect: QRect, dy: int) -> None:
        if dy or rect.contains(self.reader.viewport().rect()):
            self.update()

    # -- layout ------------------------------------------------------------------------------------

    @property
    def bars(self) -> list[Bar]:
        """The bars laid out at the last paint."""
        return list(self._bars)

    @property
    def labels(self) -> dict[int, str]:
        """The label beside each bar at the last paint (elided to its room; none if no room)."""
        return dict(self._labels)

    def bar_of(self, passage_id: int) -> Bar | None:
        return next((bar for bar in self._bars if bar.passage_id == passage_id), None)

    def layout_bars(self) -> list[Bar]:
        """Bars for the passages on the lines on screen."""
        reader = self.reader
        if reader.document_id is None or not reader.displayed_text:
            return []
        lines = reader.visible_lines()
        if not lines:
            return []
        first, last = lines[0][0], lines[-1][1]
        marks = reader.marks_overlapping(first, last) if first < last else []
        if not marks:
            return []
        starts = [line[0] for line in lines]

        def line_of(position: int) -> tuple[int, int, float, float]:
            return lines[max(bisect_right(starts, position) - 1, 0)]

        lanes = assign_lanes([(m.start, m.end, m.id) for m in marks])
        lane_count = max(lanes.values()) + 1
        width = max(MIN_LANE_WIDTH, min(LANE_WIDTH, (MARGIN_WIDTH - 4) // lane_count))
        height = self.height()
        bars = []
        for mark in marks:
            lane = lanes[mark.id]
            right = MARGIN_WIDTH - 3 - lane * width
            if right - width < 0:
                continue  # more lanes than fit even squeezed: the passage is still in the text
            # Cut at the margin's edges where the passage runs on above or below the screen.
            top = line_of(mark.start)[2] if mark.start >= first else -2.0
            bottom = line_of(mark.end - 1)[3] if mark.end - 1 <= last else height + 2.0
            bars.append(Bar(mark.id, mark.code_id, lane, QRectF(right - width, top + 1, width - 1, bottom - top - 2)))
        return bars

    def bar_at(self, point: QPoint) -> Bar | None:
        """The bar under `point`, the innermost (nearest the text) where several are."""
        hits = [bar for bar in self._bars if bar.rect.contains(point.x(), point.y())]
        return min(hits, key=lambda bar: bar.lane) if hits else None

    # -- painting ------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self._bars = self.layout_bars()
        self._labels = {}
        painter = QPainter(self)
        painter.fillRect(event.rect(), BACKGROUND)
        painter.setFont(self._label_font)
        metrics = QFontMetrics(self._label_font)
        room = label_room(self._bars, self.height())
        for bar in self._bars:
            color = QColor(self.reader.code_color(bar.code_id))
            rect = bar.rect
            stripe = QRectF(rect.right() - BAR_WIDTH, rect.top(), BAR_WIDTH, rect.height())
            painter.fillRect(stripe, color)
            if bar.passage_id == self._hover:
                painter.setPen(HOVER_OUTLINE)
                painter.drawRect(rect.adjusted(0, 0, -0.5, -0.5))
            if rect.width() - BAR_WIDTH - 1 >= metrics.height():
                self._paint_label(painter, metrics, bar, color, room[bar.passage_id])
        painter.end()

    def _paint_label(self, painter: QPainter, metrics: QFontMetrics, bar: Bar, color: QColor,
                     length: float) -> None:
        # Written downwards beside the bar from its top, as NVivo does, on into the free part
        # of the lane below a short passage; left out where not even a character fits.
        top = max(bar.rect.top(), 0.0)
        label = self.reader.code_label(bar.code_id)
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(length) - 4)
        if not text or text == "…" or (text.endswith("…") and len(text) < 3):
            return
        self._labels[bar.passage_id] = text
        painter.save()
        painter.setPen(color.darker(160))
        # Turned a quarter clockwise, the glyphs rise to the right of the baseline: it stands
        # their ascent (and a pixel) left of the bar.
        painter.translate(bar.rect.right() - BAR_WIDTH - 1 - metrics.ascent(), top + 2)
        painter.rotate(90)
        painter.drawText(0, 0, text)
        painter.restore()

    # -- mouse ------------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position().toPoint())
        self._set_hover(bar.passage_id if bar else None)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hover(None)
        super().leaveEvent(event)

    def _set_hover(self, passage_id: int | None) -> None:
        if passage_id == self._hover:
            return
        old = self.bar_of(self._hover) if self._hover is not None else None
        self._hover = passage_id
        if passage_id is None:
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.reader.set_emphasized(passage_id)
        new = self.bar_of(passage_id) if passage_id is not None else None
        for bar in (old, new):
            if bar is not None:
                self.update(bar.rect.toAlignedRect().adjusted(-1, -1, 1, 1))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # not passed on to the reader, whose press would clear its selection

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        bar = self.bar_at(event.position().toPoint())
        if bar is not None:
            mark = self.reader.mark(bar.passage_id)
            if mark is not None:
                self.reader.select_span(mark.start, mark.end, scroll=False)
                self.reader.setFocus()
            self.passageClicked.emit(bar.passage_id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        bar = self.bar_at(event.pos())
        if bar is not None:
            self.passageMenuRequested.emit(event.globalPos(), bar.passage_id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            bar = self.bar_at(event.pos())
            lookup = self.reader.passage_lookup
            passages = lookup([bar.passage_id]) if bar is not None and lookup else []
            if passages:
                QToolTip.showText(event.globalPos(), passage_tooltip(passages), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
