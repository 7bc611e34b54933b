"""The reading view: a document's text, read-only, with coded passages, word segments and the
current sentence painted over the lines on screen.

A converted form (simplified or traditional, `annotator.text.forms`) is never passed off as
the source: each character that differs from the stored text gets a dot above it, and
`differing_characters` says how many there are for the banner and the status bar.

Nothing is written into the QTextDocument's formats: passages live in a `SpanIndex` and are
painted per visible block in `paintEvent`, so adding a tag costs a bisect and a repaint even on
a million-character text. Offsets in and out are code points; Qt's UTF-16 positions are
converted here and nowhere else.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QMargins, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
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
from annotator.text import lexicon
from annotator.text.boundaries import segment_at, snap_range
from annotator.text.display import visible
from annotator.text.forms import DisplayScript, FontVariant, count_differences, differing_runs, font_variant, own_forms
from annotator.text.script import detect_script, to_simplified, to_traditional
from annotator.text.utf16 import Utf16Offsets
from annotator.ui.dictionary_panel import word_tooltip
from annotator.ui.messages import shown

__all__ = ["DisplayScript", "ReaderView", "reading_font"]

# Each regional variant first, then the others' fonts as fall-backs for missing glyphs.
_FALLBACK = ["Noto Serif CJK TC", "Noto Serif CJK SC", "Noto Sans CJK TC", "Noto Sans CJK SC", "serif"]
FONT_FAMILIES = {
    FontVariant.SC: ["Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", "Songti SC", "SimSun"],
    FontVariant.TC: ["Noto Serif CJK TC", "Source Han Serif TC", "Noto Sans CJK TC", "Songti TC", "PMingLiU"],
    FontVariant.HK: ["Noto Serif CJK HK", "Source Han Serif HC", "Noto Sans CJK HK", "MingLiU_HKSCS", "PMingLiU"],
}
PASSAGE_FILL_ALPHA = 60
UNDERLINE_WIDTH = 2.0
LANE_SPACING = 3.0
SENTENCE_TINT = QColor(255, 236, 150, 70)
HOVER_TINT = QColor(0, 0, 0, 30)
# Word segments: neutral grey (no hue a code could have) in rounded boxes that leave the top and
# bottom of the line clear, where a passage's tint runs the full height above its underline.
SEGMENT_TINT = QColor(128, 128, 128, 44)
SEGMENT_INSET = 3.0
# A dot above each character that a converted form shows differently from the stored text.
CONVERTED_MARK = QColor(110, 110, 110)
CONVERTED_MARK_SIZE = 3.0
EMPHASIS_ALPHA = 130  # a passage whose coding stripe is under the mouse
# A search hit's box: a saturated magenta, unlike every colour of the codebook's palette.
SEARCH_HIT_COLOR = QColor("#FF00FF")
SEARCH_HIT_WIDTH = 2.0


# Marks read before the first paint cover at least this many code points from the top.
FIRST_SCREEN_AT_LEAST = 20_000
# Span rectangles kept at most (a few screens of passages, words and hits), then measured anew.
RECT_CACHE_SPANS = 20_000


@dataclass(frozen=True)
class LaterMarks:
    """The rest of a document's marks, read just after its first paint: the marks given to
    `ReaderView.load` with it are those of every passage that starts before `before`, which
    is all that the first screen can show; `count` is how many passages there are in all."""

    before: int
    count: int
    read: Callable[[], Iterable[Mark]]


def reading_font(point_size: float = 15.0, variant: FontVariant = FontVariant.TC) -> QFont:
    font = QFont()
    font.setFamilies(font_families(variant))
    font.setPointSizeF(point_size)
    return font


def font_families(variant: FontVariant) -> list[str]:
    families = FONT_FAMILIES[FontVariant(variant)]
    return families + [f for f in _FALLBACK if f not in families]


class ReaderView(QPlainTextEdit):
    """Shows one document; emits code-point spans and passage ids, never Qt positions."""

    selectionSpanChanged = Signal(int, int)
    passagesClicked = Signal(list)  # ids of the passages under a click
    contextMenuAt = Signal(QPoint, int, list)  # global position, code point, passage ids there
    displayChanged = Signal()  # another document, or another form of it, is shown
    marksChanged = Signal()  # passages or code colours changed (the coding stripes repaint)

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
        self._forms_reader: Callable[[], tuple[str, str] | None] | None = None
        self._document_script = "unknown"
        self._encoding = ""
        self._shown = ""  # the form shown, before `visible`: compared with the original
        self._differing = 0
        self._display = ""
        self._offsets = Utf16Offsets("")
        self._words: Sequence[int] = [0]
        self._sentences: Sequence[int] = [0]
        self._index = SpanIndex()
        self._marks: dict[int, Mark] = {}
        self._later: LaterMarks | None = None  # the marks still to read, if any
        self._colors: dict[int, str] = {}
        self._labels: dict[int, str] = {}
        self._emphasis: int | None = None
        # Span rectangles relative to their block, while the lines stay laid out as they are.
        self._rect_cache: dict[tuple[int, int, int], list[QRectF]] = {}
        self._rect_generation: tuple | None = None
        # Full passages (code path, coder, memo) are fetched only for a tooltip.
        self.passage_lookup: Callable[[list[int]], list[Passage]] | None = None
        self._script = DisplayScript.ORIGINAL
        self._hover: tuple[int, int] | None = None
        # Reading help: a hovered word's tooltip gives its pinyin and senses (off by default).
        self.reading_help = False
        self._word_tip: tuple[str, bool, str] | None = None  # (word, loaded, tooltip): the last one
        self._pressed: int | None = None  # the character under the last mouse press
        self.show_segments = False
        self.highlight_sentence = True
        # Mouse selections keep exact characters instead of widening to words (as with Alt,
        # which many window managers take for moving windows).
        self.exact_selection = False
        self.selectionChanged.connect(self._emit_selection)
        self.cursorPositionChanged.connect(self.viewport().update)

    # -- content ---------------------------------------------------------------------------

    def load(self, document_id: int, text: str, words: Sequence[int], sentences: Sequence[int],
             marks: Iterable[Mark],
             script_forms: tuple[str, str] | Callable[[], tuple[str, str] | None] | None = None, *,
             document_script: str | None = None, encoding: str = "",
             script: DisplayScript | None = None, later: LaterMarks | None = None) -> None:
        """Show a document. `script_forms`: its stored simplified and traditional forms, which
        spare converting a whole volume when the display script changes, or a function that
        reads them the first time another script is shown (None then: converted here); a
        volume's forms are megabytes, which most openings never show. `document_script`
        (detected when not given) is the script it is written in: that form is the stored text
        itself. `script`: the script to show it in (else the one shown before). `later`: the
        rest of the marks, when `marks` are only the first screen's (see `first_screen_chars`)."""
        self.document_id = document_id
        self._original = text
        self._document_script = document_script or str(detect_script(text))
        self._encoding = encoding
        self._forms = None
        self._forms_reader = script_forms if callable(script_forms) else None
        if not callable(script_forms):
            self._keep_forms(script_forms)
        self._words, self._sentences = words, sentences
        self._set_marks(marks)
        self._later = later
        self._hover = self._emphasis = None
        if script is not None:
            self._script = DisplayScript(script)
        self._show(self._converted(self._script))
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.marksChanged.emit()

    def _keep_forms(self, forms: tuple[str, str] | None) -> None:
        if forms and len(forms[0]) == len(forms[1]) == len(self._original):
            self._forms = own_forms(self._original, self._document_script, *forms)

    def _stored_forms(self) -> tuple[str, str] | None:
        """The document's stored forms, read on first need if they were not given."""
        if self._forms is None and self._forms_reader is not None:
            reader, self._forms_reader = self._forms_reader, None
            self._keep_forms(reader())
        return self._forms

    def clear_document(self) -> None:
        self.document_id = None
        self._original = self._display = ""
        self._forms = None
        self._forms_reader = None
        self._document_script, self._encoding = "unknown", ""
        self._words = self._sentences = [0]
        self._marks, self._index, self._hover, self._emphasis = {}, SpanIndex(), None, None
        self._later = None
        self._show("")
        self.marksChanged.emit()

    def _show(self, shown: str) -> None:
        self._shown = shown
        # Counted once per form shown (0.1 s for a million characters), not per paint.
        self._differing = count_differences(self._original, shown)
        self._apply_font_variant()
        self._display = visible(shown)
        self._offsets = Utf16Offsets(self._display)
        self.setPlainText(self._display)
        self.displayChanged.emit()

    def _converted(self, script: DisplayScript) -> str:
        """The form to show: the stored text converted to `script` (the stored text itself for
        its own script). Same length: offsets are shared with the stored text."""
        own = self._document_script
        if script == DisplayScript.SIMPLIFIED and own != script:
            forms = self._stored_forms()
            return forms[0] if forms else to_simplified(self._original)
        if script == DisplayScript.TRADITIONAL and own != script:
            forms = self._stored_forms()
            return forms[1] if forms else to_traditional(self._original)
        return self._original

    def _apply_font_variant(self) -> None:
        families = font_families(self.font_variant)
        if self.font().families() != families:
            font = self.font()
            font.setFamilies(families)
            self.setFont(font)

    @property
    def font_variant(self) -> FontVariant:
        """The font's regional variant for the text as shown (SC, TC or HK)."""
        return font_variant(self._document_script, self._encoding, self._script)

    @property
    def script(self) -> DisplayScript:
        return self._script

    @property
    def document_script(self) -> str:
        """The script the open document is written in (simplified, traditional, mixed, unknown)."""
        return self._document_script

    @property
    def differing_characters(self) -> int:
        """How many characters shown differ from the stored text (0: the original is shown)."""
        return self._differing

    def set_script(self, script: DisplayScript) -> None:
        """Show the text in another script; passages, selection and scroll stay on the same words."""
        script = DisplayScript(script)
        if script == self._script:
            return
        self._script = script
        if self.document_id is None:
            return
        shown = self._converted(script)
        if shown is self._shown:
            # The same form (the original of a simplified text is its simplified form): nothing
            # to lay out again.
            self.displayChanged.emit()
            return
        selection = self.selected_span()
        # Both scripts have the same characters per line, so the same scroll value shows the
        # same lines.
        scrolled = self.verticalScrollBar().value()
        self.blockSignals(True)
        self._show(shown)
        self.blockSignals(False)
        self.select_span(*selection, scroll=False)
        self.verticalScrollBar().setValue(scrolled)
        self.displayChanged.emit()

    @property
    def text(self) -> str:
        """The stored text (always the original script)."""
        return self._original

    @property
    def displayed_text(self) -> str:
        return self._display

    # -- passages --------------------------------------------------------------------------------

    def first_screen_chars(self) -> int:
        """More code points than the view's first screen can show from the top of a text: as
        many lines as fit, each as full of the narrowest character as fits (twice over)."""
        metrics = self.fontMetrics()
        viewport = self.viewport()
        per_line = viewport.width() // max(1, metrics.horizontalAdvance("i")) + 1
        lines = viewport.height() // max(1, metrics.lineSpacing()) + 1
        return max(FIRST_SCREEN_AT_LEAST, 2 * per_line * lines)

    def _complete_marks(self, *, repaint: bool = True) -> None:
        """Read the marks still to read (once the first screen is painted, or as soon as
        something needs one beyond it)."""
        later, self._later = self._later, None
        if later is None:
            return
        self._set_marks(later.read())
        if repaint:
            self.viewport().update()
        self.marksChanged.emit()

    @property
    def marks_complete(self) -> bool:
        """Whether every passage's mark is read (the others follow the first paint)."""
        return self._later is None

    def _marks_cover(self, end: int) -> bool:
        """Whether every passage that overlaps [.., end) is among the marks read."""
        return self._later is None or end <= self._later.before

    @property
    def passage_count(self) -> int:
        return self._later.count if self._later is not None else len(self._marks)

    def passage_ids_at(self, position: int) -> list[int]:
        if not self._marks_cover(position + 1):
            self._complete_marks()
        return sorted(self._index.at(position))

    def mark(self, passage_id: int) -> Mark | None:
        if passage_id not in self._marks:
            self._complete_marks()
        return self._marks.get(passage_id)

    def set_code_colors(self, colors: dict[int, str]) -> None:
        """Code colours by id; only the passages on screen whose code changed colour are
        repainted (recolouring one code repaints what shows that code)."""
        changed = {key for key in colors.keys() | self._colors.keys()
                   if colors.get(key) != self._colors.get(key)}
        self._colors = dict(colors)
        if changed and self._display:
            first, last = self._screen_span()
            for mark in self.marks_overlapping(first, last):
                if mark.code_id in changed:
                    self._repaint_span(mark.start, mark.end)
        self.marksChanged.emit()

    def _screen_span(self) -> tuple[int, int]:
        """The code points [first, last) of the text on screen (a little more at the end)."""
        first = self.first_visible_position()
        corner = QPoint(self.viewport().width(), self.viewport().height())
        return first, self._offsets.to_code_point(self.cursorForPosition(corner).position()) + 1

    def set_code_labels(self, labels: dict[int, str]) -> None:
        """Code names by id, for the coding stripes."""
        self._labels = dict(labels)
        self.marksChanged.emit()

    def code_color(self, code_id: int) -> str:
        return self._colors.get(code_id, "#888888")

    def code_label(self, code_id: int) -> str:
        return self._labels.get(code_id, "")

    def marks_overlapping(self, start: int, end: int) -> list[Mark]:
        if not self._marks_cover(end):
            self._complete_marks()
        return [self._marks[key] for key in self._index.overlapping(start, end)]

    def add_passage(self, passage: Passage) -> None:
        if passage.document_id != self.document_id:
            return
        self._complete_marks()
        self._marks[passage.id] = Mark(passage.id, passage.start, passage.end, passage.code_id)
        self._colors.setdefault(passage.code_id, passage.color)
        self._labels.setdefault(passage.code_id, passage.code)
        self._index.add(passage.id, passage.start, passage.end)
        self._repaint_span(passage.start, passage.end)
        self.marksChanged.emit()

    def remove_passage(self, passage: Passage) -> None:
        self._complete_marks()
        if self._marks.pop(passage.id, None) is None:
            return
        self._index.remove(passage.id)
        if self._emphasis == passage.id:
            self._emphasis = None
        self._repaint_span(passage.start, passage.end)
        self.marksChanged.emit()

    def change_passage(self, old: Passage, new: Passage) -> None:
        self.remove_passage(old)
        self.add_passage(new)

    def reset_passages(self, marks: Iterable[Mark]) -> None:
        self._later = None
        self._set_marks(marks)
        if self._emphasis not in self._marks:
            self._emphasis = None
        self.viewport().update()
        self.marksChanged.emit()

    @property
    def emphasized(self) -> int | None:
        return self._emphasis

    def set_emphasized(self, passage_id: int | None) -> None:
        """Paint one passage stronger (its coding stripe is under the mouse), or none."""
        if passage_id == self._emphasis:
            return
        self._complete_marks()
        for key in (self._emphasis, passage_id):
            if key in self._marks:
                self._repaint_span(self._marks[key].start, self._marks[key].end)
        self._emphasis = passage_id if passage_id in self._marks else None

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
        first, last = self._screen_span()
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

    def visible_lines(self) -> list[tuple[int, int, float, float]]:
        """(start, end, top, bottom) of each laid-out line on screen, in code points and
        viewport y, top to bottom (for the coding stripes)."""
        lines = []
        offset = self.contentOffset()
        height = self.viewport().height()
        block = self.firstVisibleBlock()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > height:
                break
            if block.isVisible():
                layout, base = block.layout(), block.position()
                for number in range(layout.lineCount()):
                    line = layout.lineAt(number)
                    top = geometry.top() + line.y()
                    if top + line.height() < 0:
                        continue
                    if top > height:
                        break
                    first = base + line.textStart()
                    lines.append((self._offsets.to_code_point(first),
                                  self._offsets.to_code_point(first + line.textLength()),
                                  top, top + line.height()))
            block = block.next()
        return lines

    def set_left_margin(self, width: int) -> None:
        """Room left of the text for a margin widget (the coding stripes)."""
        self.setViewportMargins(QMargins(width, 0, 0, 0))

    def word_at_cursor(self) -> tuple[int, int] | None:
        """The word (segment) at the text cursor, for the Dictionary panel: the one clicked (a
        click on a character's right half puts the caret after it), the one after the caret
        when it was moved with the keys, the first one of a selection."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            position = self._offsets.to_code_point(cursor.selectionStart())
        else:
            position = self._offsets.to_code_point(cursor.position())
            if self._pressed is not None and position in (self._pressed, self._pressed + 1):
                position = self._pressed
        text = self._display
        if position >= len(text) or text[position] == "\n":
            position -= 1  # the caret at the end of a line: the word before it
        if position < 0 or text[position] == "\n":
            return None
        return segment_at(self._words, position)

    def shown_text(self, start: int, end: int) -> str:
        """Code points [start, end) of the text as shown (in the script shown)."""
        return self._shown[start:end]

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
        # Set before the caret moves, so that the word at the cursor is the one clicked.
        self._pressed = self.position_at(event.position().toPoint())
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
            if not (self.exact_selection or event.modifiers() & Qt.KeyboardModifier.AltModifier):
                self.snap_selection()
        else:
            position = self.position_at(event.position().toPoint())
            if position is not None:
                ids = self.passage_ids_at(position)
                if ids:
                    self.passagesClicked.emit(ids)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._pressed = None  # the caret moves by the keys: the word after it counts
        super().keyPressEvent(event)

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
            parts = [self.word_tooltip_at(position)] if position is not None and self.reading_help else []
            if passages:
                parts.append(passage_tooltip(passages))
            tip = "<hr>".join(part for part in parts if part)
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def word_tooltip_at(self, position: int) -> str:
        """Reading help for the word at `position`, as shown: its pinyin and first senses.
        Built again only when another word is hovered (Qt asks for the tooltip on every mouse
        move while it shows); the dictionary caches each word's entries."""
        word = self._shown[slice(*segment_at(self._words, position))]
        key = (word, lexicon.loaded())  # "Loading the dictionary…" is replaced once it is
        if self._word_tip is None or self._word_tip[:2] != key:
            self._word_tip = (*key, word_tooltip(word))
        return self._word_tip[2]

    # -- painting -----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._display:
            return
        self._check_rect_cache()
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        bottom = event.rect().bottom()
        offset = self.contentOffset()
        sentence = None
        if self.highlight_sentence:
            sentence = segment_at(self._sentences, self._offsets.to_code_point(self.textCursor().position()))
        region = event.region()  # a partial repaint: only the blocks it touches
        block = self.firstVisibleBlock()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom:
                break
            if (block.isVisible() and geometry.bottom() >= event.rect().top()
                    and region.intersects(geometry.toAlignedRect())):
                self._paint_block(painter, block, geometry.topLeft(), sentence)
            block = block.next()
        painter.end()
        if self._later is not None:
            # The first screen is painted: the other marks are read next, before anything else
            # the user does is handled.
            QTimer.singleShot(0, self, self._complete_marks)

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
        if self._differing:
            self._paint_converted(painter, block, origin, start, end)
        self._paint_search_hits(painter, block, origin, start, end)
        if not self._marks_cover(end):
            self._complete_marks(repaint=False)  # this paint shows more than the first screen
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
            fill.setAlpha(EMPHASIS_ALPHA if mark.id == self._emphasis else PASSAGE_FILL_ALPHA)
            for rect in self._line_rects(block, origin, mark.start, mark.end, start, end):
                painter.fillRect(rect, fill)
                y = rect.bottom() - 1 - lane * LANE_SPACING
                painter.fillRect(QRectF(rect.left(), y - UNDERLINE_WIDTH + 1, rect.width(), UNDERLINE_WIDTH), color)

    def _paint_segments(self, painter: QPainter, block: QTextBlock, origin: QPointF,
                        start: int, end: int) -> None:
        first = bisect_right(self._words, start) - 1
        last = bisect_left(self._words, end)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SEGMENT_TINT)
        for index in range(max(first, 0), min(last, len(self._words) - 1)):
            if index % 2 == 0:
                for rect in self._line_rects(block, origin, self._words[index], self._words[index + 1], start, end):
                    box = rect.adjusted(0.5, SEGMENT_INSET, -0.5, -SEGMENT_INSET)
                    painter.drawRoundedRect(box, SEGMENT_INSET, SEGMENT_INSET)
        painter.restore()

    def _paint_converted(self, painter: QPainter, block: QTextBlock, origin: QPointF,
                         start: int, end: int) -> None:
        """A dot above each character shown differently from the stored text."""
        first, last = self._visible_part(block, origin, start, end)
        if first >= last:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(CONVERTED_MARK)
        size = CONVERTED_MARK_SIZE
        for run_start, run_end in differing_runs(self._original, self._shown, first, last):
            for position in range(run_start, run_end):
                for rect in self._line_rects(block, origin, position, position + 1, start, end):
                    painter.drawEllipse(QRectF(rect.center().x() - size / 2, rect.top() + 1, size, size))
        painter.restore()

    def _visible_part(self, block: QTextBlock, origin: QPointF, start: int, end: int) -> tuple[int, int]:
        """The code points of a block's lines that are on screen (a paragraph may be long)."""
        layout = block.layout()
        height = self.viewport().height()
        first, last = end, start
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            top = origin.y() + line.y()
            if top + line.height() < 0:
                continue
            if top > height:
                break
            base = block.position()
            first = min(first, self._offsets.to_code_point(base + line.textStart()))
            last = max(last, self._offsets.to_code_point(base + line.textStart() + line.textLength()))
        return max(first, start), min(last, end)

    def _fill(self, painter: QPainter, block: QTextBlock, origin: QPointF, span_start: int,
              span_end: int, block_start: int, block_end: int, color: QColor) -> None:
        for rect in self._line_rects(block, origin, span_start, span_end, block_start, block_end):
            painter.fillRect(rect, color)

    def _check_rect_cache(self) -> None:
        """Forget the cached span rectangles when the lines may have been laid out anew: another
        width, font or text (checked once per paint or repaint request, not per span)."""
        generation = (self.viewport().width(), self.font().key(), self.document().revision())
        if generation != self._rect_generation or len(self._rect_cache) > RECT_CACHE_SPANS:
            self._rect_generation = generation
            self._rect_cache = {}

    def _line_rects(self, block: QTextBlock, origin: QPointF, span_start: int, span_end: int,
                    block_start: int, block_end: int) -> list[QRectF]:
        """Rectangles covering [span_start, span_end) on each laid-out line of the block.

        Kept per span relative to the block (see _check_rect_cache): a tag, an untag or a
        recolour repaints the passages already on screen, whose rectangles the paint that
        showed them measured (a dozen calls into the text layout per passage)."""
        first = max(span_start, block_start)
        last = min(span_end, block_end)
        if first >= last:
            return []
        base = block.position()
        key = (base, first, last)
        relative = self._rect_cache.get(key)
        if relative is None:
            relative = self._measure_line_rects(block, base, first, last)
            if relative is None:
                return []  # not laid out yet: measured when it is
            self._rect_cache[key] = relative
        x, y = origin.x(), origin.y()
        return [rect.translated(x, y) for rect in relative]

    def _measure_line_rects(self, block: QTextBlock, base: int, first: int, last: int) -> list[QRectF] | None:
        layout = block.layout()
        unit_first = self._offsets.to_units(first) - base
        unit_last = self._offsets.to_units(last) - base
        first_line = layout.lineForTextPosition(unit_first)
        if not first_line.isValid():
            return None
        rects = []
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
            rects.append(QRectF(x1, line.y(), x2 - x1, line.height()))
        return rects

    def _span_rect(self, start: int, end: int) -> QRect | None:
        """The bounding rectangle of a span's visible part, in viewport coordinates."""
        self._check_rect_cache()
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
        memo = f"<div><i>{escape(visible(passage.memo))}</i></div>" if passage.memo else ""
        parts.append(
            f"<div style='white-space:pre'><span style='color:{passage.color}'>■</span> "
            f"<b>{escape(shown(passage.code_path))}</b> — {escape(shown(passage.coder))}</div>{memo}"
        )
    return "".join(parts)
