"""The reading view: a document's text, read-only, with coded passages, word segments and the
current sentence painted over the lines on screen.

Nothing is written into the QTextDocument's formats: passages live in a `SpanIndex` and are
painted per visible block in `paintEvent`, so adding a tag costs a bisect and a repaint even on
a million-character text. Offsets in and out are code points; Qt's UTF-16 positions are
converted here and nowhere else.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from html import escape

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.domain import Mark, Passage
from annotator.span_index import SpanIndex
from annotator.text.boundaries import segment_at, snap_range
from annotator.text.display import visible
from annotator.text.script import to_simplified, to_traditional
from annotator.text.utf16 import Utf16Offsets

CJK_FONT_FAMILIES = [
    "Noto Serif CJK TC", "Noto Serif CJK SC", "Source Han Serif", "Noto Sans CJK TC",
    "Noto Sans CJK SC", "Songti TC", "PMingLiU", "SimSun", "serif",
]
PASSAGE_FILL_ALPHA = 60
UNDERLINE_WIDTH = 2.0
LANE_SPACING = 3.0
SENTENCE_TINT = QColor(255, 236, 150, 70)
HOVER_TINT = QColor(0, 0, 0, 30)
SEGMENT_TINT = QColor(90, 140, 220, 38)
# A search hit's box: a saturated magenta, unlike every colour of the codebook's palette.
SEARCH_HIT_COLOR = QColor("#FF00FF")
SEARCH_HIT_WIDTH = 2.0


class DisplayScript(StrEnum):
    ORIGINAL = "original"
    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"


def reading_font(point_size: float = 15.0) -> QFont:
    font = QFont()
    font.setFamilies(CJK_FONT_FAMILIES)
    font.setPointSizeF(point_size)
    return font


class ReaderView(QPlainTextEdit):
    """Shows one document; emits code-point spans and passage ids, never Qt positions."""

    selectionSpanChanged = Signal(int, int)
    passagesClicked = Signal(list)  # ids of the passages under a click
    contextMenuAt = Signal(QPoint, int, list)  # global position, code point, passage ids there

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFont(reading_font())
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document_id: int | None = None
        self._original = ""
        self._forms: tuple[str, str] | None = None
        self._display = ""
        self._offsets = Utf16Offsets("")
        self._words: Sequence[int] = [0]
        self._sentences: Sequence[int] = [0]
        self._index = SpanIndex()
        self._marks: dict[int, Mark] = {}
        self._colors: dict[int, str] = {}
        # Full passages (code path, coder, memo) are fetched only for a tooltip.
        self.passage_lookup: Callable[[list[int]], list[Passage]] | None = None
        self._script = DisplayScript.ORIGINAL
        self._hover: tuple[int, int] | None = None
        self.show_segments = False
        self.highlight_sentence = True
        self.selectionChanged.connect(self._emit_selection)
        self.cursorPositionChanged.connect(self.viewport().update)

    # -- content ---------------------------------------------------------------------------

    def load(self, document_id: int, text: str, words: Sequence[int], sentences: Sequence[int],
             marks: Iterable[Mark], script_forms: tuple[str, str] | None = None) -> None:
        """Show a document. `script_forms`: its stored simplified and traditional forms, which
        spare converting a whole volume when the display script changes."""
        self.document_id = document_id
        self._original = text
        self._forms = script_forms if script_forms and len(script_forms[1]) == len(text) else None
        self._words, self._sentences = words, sentences
        self._set_marks(marks)
        self._hover = None
        self._show(self._converted(self._script))
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def clear_document(self) -> None:
        self.document_id = None
        self._original = self._display = ""
        self._forms = None
        self._words = self._sentences = [0]
        self._marks, self._index, self._hover = {}, SpanIndex(), None
        self._show("")

    def _show(self, display: str) -> None:
        self._display = display
        self._offsets = Utf16Offsets(display)
        self.setPlainText(display)

    def _converted(self, script: DisplayScript) -> str:
        """The text as shown: converted to `script`, control and bidirectional formatting
        characters made visible (same length: offsets are shared with the stored text)."""
        if script == DisplayScript.SIMPLIFIED:
            return visible(self._forms[0] if self._forms else to_simplified(self._original))
        if script == DisplayScript.TRADITIONAL:
            return visible(self._forms[1] if self._forms else to_traditional(self._original))
        return visible(self._original)

    @property
    def script(self) -> DisplayScript:
        return self._script

    def set_script(self, script: DisplayScript) -> None:
        """Show the text in another script; passages, selection and scroll stay on the same words."""
        script = DisplayScript(script)
        if script == self._script:
            return
        self._script = script
        if self.document_id is None:
            return
        selection = self.selected_span()
        # Both scripts have the same characters per line, so the same scroll value shows the
        # same lines.
        scrolled = self.verticalScrollBar().value()
        self.blockSignals(True)
        self._show(self._converted(script))
        self.blockSignals(False)
        self.select_span(*selection, scroll=False)
        self.verticalScrollBar().setValue(scrolled)

    @property
    def text(self) -> str:
        """The stored text (always the original script)."""
        return self._original

    @property
    def displayed_text(self) -> str:
        return self._display

    # -- passages --------------------------------------------------------------------------------

    @property
    def passage_count(self) -> int:
        return len(self._marks)

    def passage_ids_at(self, position: int) -> list[int]:
        return sorted(self._index.at(position))

    def mark(self, passage_id: int) -> Mark | None:
        return self._marks.get(passage_id)

    def set_code_colors(self, colors: dict[int, str]) -> None:
        self._colors = dict(colors)
        self.viewport().update()

    def add_passage(self, passage: Passage) -> None:
        if passage.document_id != self.document_id:
            return
        self._marks[passage.id] = Mark(passage.id, passage.start, passage.end, passage.code_id)
        self._colors.setdefault(passage.code_id, passage.color)
        self._index.add(passage.id, passage.start, passage.end)
        self._repaint_span(passage.start, passage.end)

    def remove_passage(self, passage: Passage) -> None:
        if self._marks.pop(passage.id, None) is None:
            return
        self._index.remove(passage.id)
        self._repaint_span(passage.start, passage.end)

    def change_passage(self, old: Passage, new: Passage) -> None:
        self.remove_passage(old)
        self.add_passage(new)

    def reset_passages(self, marks: Iterable[Mark]) -> None:
        self._set_marks(marks)
        self.viewport().update()

    def _set_marks(self, marks: Iterable[Mark]) -> None:
        self._marks = {mark.id: mark for mark in marks}
        self._index = SpanIndex((m.id, m.start, m.end) for m in self._marks.values())

    # -- search hits (painted as boxes: no code's fill and underline looks like them) ----------

    _search_hits: list[tuple[int, int]] = []  # sorted; replaced whole, never changed in place
    _search_hit_starts: list[int] = []
    _search_hit_longest = 0

    def set_search_hits(self, spans: list[tuple[int, int]]) -> None:
        """Mark these code-point spans of the open document as search hits ([] removes the
        marks); only the hits that appear or go, and are on screen, are repainted."""
        old, new = self._search_hits, sorted(set(spans))
        self._search_hits = new
        self._search_hit_starts = [start for start, _ in new]
        self._search_hit_longest = max((end - start for start, end in new), default=0)
        if not self._display:
            return
        first = self.first_visible_position()
        corner = QPoint(self.viewport().width(), self.viewport().height())
        last = self._offsets.to_code_point(self.cursorForPosition(corner).position()) + 1
        for start, end in set(old).symmetric_difference(new):
            if start < last and end > first:
                self._repaint_span(start, end)

    def _paint_search_hits(self, painter: QPainter, block: QTextBlock, origin: QPointF,
                           start: int, end: int) -> None:
        if not self._search_hits:
            return
        first = bisect_left(self._search_hit_starts, start - self._search_hit_longest + 1)
        last = bisect_left(self._search_hit_starts, end)
        if first >= last:
            return
        painter.save()
        pen = QPen(SEARCH_HIT_COLOR, SEARCH_HIT_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = SEARCH_HIT_WIDTH / 2
        for hit_start, hit_end in self._search_hits[first:last]:
            for rect in self._line_rects(block, origin, hit_start, hit_end, start, end):
                painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
        painter.restore()

    def _repaint_span(self, start: int, end: int) -> None:
        rect = self._span_rect(start, end)
        if rect is not None:
            self.viewport().update(rect.adjusted(-2, -2, 2, 4))

    # -- selection, in code points -------------------------------------------------------------------

    def selected_span(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return (self._offsets.to_code_point(cursor.selectionStart()),
                self._offsets.to_code_point(cursor.selectionEnd()))

    def select_span(self, start: int, end: int, *, scroll: bool = True) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_units(start))
        cursor.setPosition(self._offsets.to_units(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if scroll:
            self.centerCursor()

    def _emit_selection(self) -> None:
        self.selectionSpanChanged.emit(*self.selected_span())

    def snap_selection(self) -> None:
        start, end = self.selected_span()
        if start < end:
            self.select_span(*snap_range(self._words, start, end), scroll=False)

    def first_visible_position(self) -> int:
        cursor = self.cursorForPosition(QPoint(0, 0))
        return self._offsets.to_code_point(cursor.position())

    # -- positions under the mouse -----------------------------------------------------------------

    def position_at(self, point: QPoint) -> int | None:
        """The code point of the character under `point` (viewport coordinates), if any."""
        cursor = self.cursorForPosition(point)
        unit = cursor.position()
        caret = self.cursorRect(cursor)
        if point.x() < caret.x() and unit > 0:
            unit -= 1
        position = self._offsets.to_code_point(unit)
        if position >= len(self._display) or self._display[position] == "\n":
            return None
        rect = self._span_rect(position, position + 1)
        if rect is None or not rect.adjusted(-1, -1, 1, 1).contains(point):
            return None
        return position

    # -- events -------------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        position = self.position_at(event.position().toPoint())
        hover = segment_at(self._words, position) if position is not None else None
        if hover != self._hover:
            for span in (self._hover, hover):
                if span is not None:
                    self._repaint_span(*span)
            self._hover = hover

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            old, self._hover = self._hover, None
            self._repaint_span(*old)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if (event.button() == Qt.MouseButton.LeftButton
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                and self.textCursor().hasSelection()):
            # A press inside the selection would start dragging the text out of a read-only
            # view; a reader expects it to start a new selection.
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.textCursor().hasSelection():
            if not event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.snap_selection()
        else:
            position = self.position_at(event.position().toPoint())
            if position is not None:
                ids = self.passage_ids_at(position)
                if ids:
                    self.passagesClicked.emit(ids)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        position = self.position_at(event.position().toPoint())
        if position is None:
            super().mouseDoubleClickEvent(event)
            return
        self.select_span(*segment_at(self._words, position), scroll=False)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        position = self.position_at(event.pos())
        if position is None:
            position = self.selected_span()[0]
        ids = self.passage_ids_at(position)
        self.contextMenuAt.emit(event.globalPos(), position, ids)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = self.position_at(event.pos())
            ids = self.passage_ids_at(position) if position is not None else []
            passages = self.passage_lookup(ids) if ids and self.passage_lookup else []
            if passages:
                QToolTip.showText(event.globalPos(), passage_tooltip(passages), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # -- painting -----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._display:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        bottom = event.rect().bottom()
        offset = self.contentOffset()
        sentence = None
        if self.highlight_sentence:
            sentence = segment_at(self._sentences, self._offsets.to_code_point(self.textCursor().position()))
        block = self.firstVisibleBlock()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom:
                break
            if block.isVisible() and geometry.bottom() >= event.rect().top():
                self._paint_block(painter, block, geometry.topLeft(), sentence)
            block = block.next()
        painter.end()

    def _paint_block(self, painter: QPainter, block: QTextBlock, origin: QPointF,
                     sentence: tuple[int, int] | None) -> None:
        start = self._offsets.to_code_point(block.position())
        end = self._offsets.to_code_point(block.position() + block.length() - 1)
        if self.show_segments:
            self._paint_segments(painter, block, origin, start, end)
        if sentence and sentence[0] < end and sentence[1] > start:
            self._fill(painter, block, origin, *sentence, start, end, SENTENCE_TINT)
        if self._hover and self._hover[0] < end and self._hover[1] > start:
            self._fill(painter, block, origin, *self._hover, start, end, HOVER_TINT)
        self._paint_search_hits(painter, block, origin, start, end)
        marks = [self._marks[key] for key in self._index.overlapping(start, end)]
        marks.sort(key=lambda m: (m.start, -m.end, m.id))
        lanes: list[int] = []  # end of the last passage in each underline lane
        for mark in marks:
            lane = next((i for i, lane_end in enumerate(lanes) if lane_end <= mark.start), len(lanes))
            if lane == len(lanes):
                lanes.append(mark.end)
            else:
                lanes[lane] = mark.end
            color = QColor(self._colors.get(mark.code_id, "#888888"))
            fill = QColor(color)
            fill.setAlpha(PASSAGE_FILL_ALPHA)
            for rect in self._line_rects(block, origin, mark.start, mark.end, start, end):
                painter.fillRect(rect, fill)
                y = rect.bottom() - 1 - lane * LANE_SPACING
                painter.fillRect(QRectF(rect.left(), y - UNDERLINE_WIDTH + 1, rect.width(), UNDERLINE_WIDTH), color)

    def _paint_segments(self, painter: QPainter, block: QTextBlock, origin: QPointF,
                        start: int, end: int) -> None:
        tint = SEGMENT_TINT
        first = bisect_right(self._words, start) - 1
        last = bisect_left(self._words, end)
        for index in range(max(first, 0), min(last, len(self._words) - 1)):
            if index % 2 == 0:
                self._fill(painter, block, origin, self._words[index], self._words[index + 1],
                           start, end, tint)

    def _fill(self, painter: QPainter, block: QTextBlock, origin: QPointF, span_start: int,
              span_end: int, block_start: int, block_end: int, color: QColor) -> None:
        for rect in self._line_rects(block, origin, span_start, span_end, block_start, block_end):
            painter.fillRect(rect, color)

    def _line_rects(self, block: QTextBlock, origin: QPointF, span_start: int, span_end: int,
                    block_start: int, block_end: int) -> list[QRectF]:
        """Rectangles covering [span_start, span_end) on each laid-out line of the block."""
        first = max(span_start, block_start)
        last = min(span_end, block_end)
        if first >= last:
            return []
        layout = block.layout()
        base = block.position()
        unit_first = self._offsets.to_units(first) - base
        unit_last = self._offsets.to_units(last) - base
        rects = []
        first_line = layout.lineForTextPosition(unit_first)
        if not first_line.isValid():
            return rects
        for line_number in range(first_line.lineNumber(), layout.lineCount()):
            line = layout.lineAt(line_number)
            line_start, line_end = line.textStart(), line.textStart() + line.textLength()
            if line_start >= unit_last:
                break
            a, b = max(unit_first, line_start), min(unit_last, line_end)
            if a >= b:
                continue
            x1 = line.cursorToX(a)[0]
            x2 = line.cursorToX(b)[0]
            rects.append(QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()))
        return rects

    def _span_rect(self, start: int, end: int) -> QRect | None:
        """The bounding rectangle of a span's visible part, in viewport coordinates."""
        rect = QRectF()
        offset = self.contentOffset()
        block = self.document().findBlock(self._offsets.to_units(start))
        bottom = self.viewport().height()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom:
                break
            block_start = self._offsets.to_code_point(block.position())
            if block_start >= end:
                break
            if geometry.bottom() >= 0:
                block_end = self._offsets.to_code_point(block.position() + block.length() - 1)
                for line_rect in self._line_rects(block, geometry.topLeft(), start, end, block_start, block_end):
                    rect = rect.united(line_rect)
            block = block.next()
        return rect.toAlignedRect() if not rect.isNull() else None


def passage_tooltip(passages: Sequence[Passage]) -> str:
    """One line per passage with its code and coder (never broken: Qt shapes a rich-text
    tooltip to a squarish box and would wrap "— coder" onto a line of its own), then its memo."""
    parts = []
    for passage in passages:
        memo = f"<div><i>{escape(passage.memo)}</i></div>" if passage.memo else ""
        parts.append(
            f"<div style='white-space:pre'><span style='color:{passage.color}'>■</span> "
            f"<b>{escape(passage.code_path)}</b> — {escape(passage.coder)}</div>{memo}"
        )
    return "".join(parts)
