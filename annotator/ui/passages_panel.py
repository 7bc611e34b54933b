"""The coded passages panel: every passage with document, code, sentence context, text, memo,
coder and dates; filters by code (with its sub-codes), document, coder and free text; sorts by a
column; double-click jumps to the passage."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import DocumentInfo, Passage, PassageFilter
from annotator.text.display import visible
from annotator.ui.messages import shown
from annotator.text.script import fold
from annotator.ui.icons import colour_icon
from annotator.ui.passage_context import SentenceContexts
from annotator.ui.session import ProjectSession
from annotator.ui.table_model import RowTableModel, row_table_view

Index = QModelIndex | QPersistentModelIndex
SortKey = tuple
DOCUMENT, CODE, BEFORE, TEXT, AFTER, MEMO, CODER, DOCUMENT_DATE, CODED = range(9)
# Context is found only for the rows on screen, so the list cannot be sorted by it.
UNSORTABLE = frozenset({BEFORE, AFTER})
# Rows read at once when a row not yet read is shown: a screenful or two either side of it.
FETCH_BEFORE, FETCH_AFTER = 100, 300


def _position_key(passage: Passage) -> tuple[int, int, int, int]:
    return (passage.document_id, passage.start, passage.end, passage.id)


def coded_at(passage: Passage) -> str:
    """When the passage was coded, in the user's local time."""
    return passage.created_at.astimezone().strftime("%Y-%m-%d %H:%M")


def one_line(text: str) -> str:
    return " ".join(visible(text).split())


class PassageTableModel(RowTableModel[Passage | None]):
    """Rows are kept sorted by the chosen column's key (ascending; a descending sort shows them
    back to front), so a tag or an untag is a bisect, not a re-sort of tens of thousands.

    In document order (the first sort) without a text filter, only the rows' positions are read
    when the list fills: a row is None until it is shown, and is then read with the rows around
    it, so an archive of 100,000 passages lists in the time of its positions. Sorting by
    another column, or filtering by text, needs every row's fields: then all are read."""

    HEADERS = (QT_TRANSLATE_NOOP("headers", "Document"), QT_TRANSLATE_NOOP("headers", "Code"),
               QT_TRANSLATE_NOOP("headers", "Before"), QT_TRANSLATE_NOOP("headers", "Text"),
               QT_TRANSLATE_NOOP("headers", "After"), QT_TRANSLATE_NOOP("headers", "Memo"),
               QT_TRANSLATE_NOOP("headers", "Coder"), QT_TRANSLATE_NOOP("headers", "Document date"),
               QT_TRANSLATE_NOOP("headers", "Coded"))

    def __init__(self, session: ProjectSession) -> None:
        super().__init__()
        self.session = session
        self.filter = PassageFilter()
        self._wanted_codes: frozenset[int] | None = None
        self._keys: list[SortKey] = []
        self.sort_column = DOCUMENT
        self.descending = False
        self.contexts = SentenceContexts(self._load_document)
        session.passageAdded.connect(self._added)
        session.passageRemoved.connect(self._removed)
        session.passageChanged.connect(self._changed)
        session.passagesReset.connect(self.refresh)
        session.passagesChangedIn.connect(lambda _document_ids: self.refresh())
        session.codesChanged.connect(self._codes_changed)
        session.documentsChanged.connect(self._documents_changed)
        self._codes = {code.id: code for code in session.codes()}
        self._documents = {document.id: document for document in session.documents()}
        self._coders: set[str] = set()
        self.refresh()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {
                BEFORE: self.tr("The passage's sentence before it (or the sentence before, when it starts one)"),
                AFTER: self.tr("The passage's sentence after it (or the sentence after, when it ends one)"),
                DOCUMENT_DATE: self.tr("The date in the document's details"),
                CODED: self.tr("When the passage was coded (your local time)"),
            }.get(section)
        return super().headerData(section, orientation, role)

    def _load_document(self, document_id: int):
        boundaries = self.session.boundaries(document_id)
        return self.session.document_text(document_id), boundaries.sentences, boundaries.words

    def _codes_changed(self) -> None:
        # Names, paths and colours are looked up here, so renaming or recolouring a code
        # repaints one column instead of reloading every passage.
        self._codes = {code.id: code for code in self.session.codes()}
        self._wanted_codes = self._code_subtree()
        if self.sort_column == CODE:
            self._resort()
        elif self.rows:
            self.dataChanged.emit(self.index(0, CODE), self.index(len(self.rows) - 1, CODE))

    def _documents_changed(self) -> None:
        self._documents = {document.id: document for document in self.session.documents()}
        self.contexts.forget()
        if self.sort_column == DOCUMENT_DATE:
            self._resort()
        elif self.rows:
            last = len(self.rows) - 1
            self.dataChanged.emit(self.index(0, DOCUMENT_DATE), self.index(last, DOCUMENT_DATE))

    def set_filter(self, passage_filter: PassageFilter) -> None:
        self.filter = passage_filter
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._wanted_codes = self._code_subtree()
        if self.sort_column == DOCUMENT and not self.filter.text_contains:
            positions = self.session.passage_positions(self.filter)
            # Already in document order, which is this column's key (_position_key).
            self._keys = [(document_id, start, end, key) for document_id, start, end, key, _ in positions]
            self.rows = [None] * len(self._keys)
            self._coders = {coder for *_, coder in positions}
        else:
            self._set_sorted(self.session.passages(self.filter))
            self._coders = {p.coder for p in self.rows}
        self.endResetModel()

    def _read(self, first: int, last: int) -> None:
        """Read the rows not yet read among internal rows [first, last)."""
        first, last = max(first, 0), min(last, len(self.rows))
        wanted = [self._keys[i][-1] for i in range(first, last) if self.rows[i] is None]
        if not wanted:
            return
        by_id = {p.id: p for p in self.session.passages_to_show(wanted)}
        for internal in range(first, last):
            if self.rows[internal] is None:
                # A passage another program removed since the list was filled stays None (an
                # empty row) until its change log refreshes the list, about a second later.
                self.rows[internal] = by_id.get(self._keys[internal][-1])

    def _read_all(self) -> bool:
        """Read every row not yet read (before sorting by a field, or listing them all);
        False if some are gone (removed by another program since the list was filled)."""
        if any(row is None for row in self.rows):
            by_id = {p.id: p for p in self.session.passages(self.filter)}
            self.rows = [row if row is not None else by_id.get(key[-1])
                         for row, key in zip(self.rows, self._keys)]
        return all(row is not None for row in self.rows)

    # -- sorting ----------------------------------------------------------------------------------

    def _key_function(self) -> Callable[[Passage], SortKey]:
        column = self.sort_column
        if column == CODE:
            codes = self._codes
            return lambda p: ((codes[p.code_id].path if p.code_id in codes else p.code_path).casefold(),
                              *_position_key(p))
        if column == TEXT:
            return lambda p: (fold(p.text), *_position_key(p))
        if column == MEMO:
            return lambda p: (p.memo.casefold(), *_position_key(p))
        if column == CODER:
            return lambda p: (p.coder.casefold(), *_position_key(p))
        if column == DOCUMENT_DATE:
            documents = self._documents
            return lambda p: (documents[p.document_id].date if p.document_id in documents else "",
                              *_position_key(p))
        if column == CODED:
            return lambda p: (p.created_at, p.id)
        return _position_key  # Document: documents in the order listed, passages in text order

    @property
    def coder_count(self) -> int:
        """How many coders' passages are listed (a new one may need a wider Coder column)."""
        return len(self._coders)

    def distinct_values(self) -> dict[int, set[str]]:
        """What the short columns can show, for sizing them: a few values each."""
        documents = self._documents.values()
        return {
            DOCUMENT: {visible(d.title) for d in documents},
            CODE: {visible(c.path) for c in self._codes.values()},
            CODER: {visible(name) for name in self._coders},
            DOCUMENT_DATE: {visible(d.date) for d in documents},
            CODED: {"2000-12-31 23:59"},  # one format, digits of one width
        }

    def _set_sorted(self, passages: list[Passage]) -> None:
        key = self._key_function()
        keyed = sorted((key(p), p) for p in passages) if passages else []
        self._keys = [k for k, _ in keyed]
        self.rows = [p for _, p in keyed]

    def _resort(self, column: int | None = None, descending: bool | None = None) -> None:
        """Re-order the rows (by a new sort column or order, if given); selected rows stay
        selected."""
        if not self._read_all():  # some are gone: list the rest afresh in the new order
            self.sort_column = self.sort_column if column is None else column
            self.descending = self.descending if descending is None else descending
            self.refresh()
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.passage(index.row()).id if index.isValid() else None for index in persistent]
        same_column = column is None or column == self.sort_column
        if column is not None:
            self.sort_column = column
        if descending is not None:
            self.descending = descending
        if not (same_column and descending is not None):  # only the direction changed: no sort
            self._set_sorted(self.rows)
        rows = {p.id: row for row, p in enumerate(self.passages())}
        self.changePersistentIndexList(persistent, [
            self.index(rows[i], index.column()) if i in rows else QModelIndex()
            for i, index in zip(ids, persistent)
        ])
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column in UNSORTABLE or not 0 <= column < len(self.HEADERS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) != (self.sort_column, self.descending):
            self._resort(column, descending)

    def _shown(self, internal: int, length: int | None = None) -> int:
        """The row on screen of the `internal`th row (of `length` rows)."""
        length = len(self.rows) if length is None else length
        return length - 1 - internal if self.descending else internal

    # -- filtering and following changes ------------------------------------------------------------

    def _code_subtree(self) -> frozenset[int] | None:
        return self.filter.code_set({code.id: code.parent_id for code in self._codes.values()})

    def matches(self, passage: Passage) -> bool:
        """The filter's own rule (PassageFilter.matches), the one the service's query follows."""
        return self.filter.matches(passage, self._wanted_codes)

    def _added(self, passage: Passage) -> None:
        if not self.matches(passage):
            return
        key = self._key_function()(passage)
        internal = bisect_left(self._keys, key)
        shown = self._shown(internal, len(self.rows) + 1)
        self.beginInsertRows(QModelIndex(), shown, shown)
        self.rows.insert(internal, passage)
        self._keys.insert(internal, key)
        self._coders.add(passage.coder)
        self.endInsertRows()

    def _removed(self, passage: Passage) -> None:
        internal = self._internal_row(passage)
        if internal is None:
            return
        shown = self._shown(internal)
        self.beginRemoveRows(QModelIndex(), shown, shown)
        del self.rows[internal]
        del self._keys[internal]
        self.endRemoveRows()

    def _changed(self, old: Passage, new: Passage) -> None:
        self._removed(old)
        self._added(new)

    def _internal_row(self, passage: Passage) -> int | None:
        # Rows are sorted by key: a bisect, not a scan of tens of thousands of rows.
        key = self._key_function()(passage)
        row = bisect_left(self._keys, key)
        return row if row < len(self._keys) and self._keys[row] == key else None

    def row_of(self, passage_id: int) -> int | None:
        # Every sort key ends with the passage's id.
        internal = next((i for i, key in enumerate(self._keys) if key[-1] == passage_id), None)
        return None if internal is None else self._shown(internal)

    def passage(self, row: int) -> Passage | None:
        """The passage of a row (None only for one another program removed a moment ago)."""
        internal = self._shown(row)
        passage = self.rows[internal]
        if passage is None:
            # Read with its neighbours in the direction the list is shown (scrolling down).
            before, after = (FETCH_AFTER, FETCH_BEFORE) if self.descending else (FETCH_BEFORE, FETCH_AFTER)
            self._read(internal - before, internal + after)
            passage = self.rows[internal]
        return passage

    def passages(self) -> list[Passage]:
        """The rows in the order shown."""
        self._read_all()
        rows = [p for p in self.rows if p is not None]
        return rows[::-1] if self.descending else rows

    # -- cells ---------------------------------------------------------------------------------------

    def _cell(self, passage: Passage, column: int) -> str:
        if column == DOCUMENT:
            return visible(passage.document)
        if column == CODE:
            code = self._codes.get(passage.code_id)
            return visible(code.path if code is not None else passage.code_path)
        if column in (BEFORE, AFTER):
            before, after = self.contexts.around(passage.document_id, passage.start, passage.end)
            return one_line(before if column == BEFORE else after)
        if column == TEXT:
            return one_line(passage.text)
        if column == MEMO:
            return one_line(passage.memo)
        if column == CODER:
            return visible(passage.coder)
        if column == DOCUMENT_DATE:
            document: DocumentInfo | None = self._documents.get(passage.document_id)
            return visible(document.date) if document is not None else ""
        return coded_at(passage)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        passage = self.passage(index.row())
        if passage is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(passage, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (BEFORE, AFTER):
                before, after = self.contexts.around(passage.document_id, passage.start, passage.end)
                return visible(before if column == BEFORE else after) or None
            if column in (TEXT, MEMO):
                return visible(passage.text if column == TEXT else passage.memo) or None
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == CODE:
            code = self._codes.get(passage.code_id)
            return colour_icon(code.color if code is not None else passage.color, 10)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == BEFORE:
            # The context before ends where the passage starts: right-aligned, cut on the left.
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ElideLeftDelegate(QStyledItemDelegate):
    """Cuts long text on the left ("…end of the sentence"), for the context before a passage."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class PassagesPanel(QWidget):
    jumpRequested = Signal(object)  # Passage
    exportRequested = Signal(object)  # PassageFilter

    ALL = -1

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = PassageTableModel(session)
        self.view = row_table_view(self.model, "passagesView")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Short columns as wide as their widest value (see _fit_columns); context and memo a
        # width the user can change; the text takes the rest.
        self._fitted = False
        self._shown_once = False
        self._fit_columns()
        for signal in (self.model.modelReset, session.documentsChanged):
            signal.connect(self._fit_columns)
        # A new row can bring only a new coder's name (documents and codes have their signals).
        self._coders_fitted = self.model.coder_count
        self.model.rowsInserted.connect(self._rows_inserted)
        session.codesChanged.connect(self._codebook_changed)
        for column, width in ((BEFORE, 130), (AFTER, 130), (MEMO, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.view.setItemDelegateForColumn(BEFORE, ElideLeftDelegate(self.view))
        header.setSortIndicator(self.model.sort_column, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.view.doubleClicked.connect(self._double_clicked)

        self.code_filter = QComboBox()
        self.code_filter.setObjectName("codeFilter")
        self.children_filter = QCheckBox(self.tr("with sub-codes"))
        self.children_filter.setChecked(True)
        self.document_filter = QComboBox()
        self.document_filter.setObjectName("documentFilter")
        self.coder_filter = QComboBox()
        self.coder_filter.setObjectName("coderFilter")
        # Its first entry names the coders shown (Coders menu), longer than "All coders": grow.
        self.coder_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("textFilter")
        self.text_filter.setPlaceholderText(self.tr("Filter text or memo (either script)"))
        self.text_filter.setClearButtonEnabled(True)
        export_button = QPushButton(self.tr("Export…"))
        export_button.setToolTip(self.tr("Export the passages shown here to CSV"))
        export_button.clicked.connect(lambda: self.exportRequested.emit(self.model.filter))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_filter)
        for combo in (self.code_filter, self.document_filter, self.coder_filter):
            combo.activated.connect(self.apply_filter)
        self.children_filter.toggled.connect(self.apply_filter)
        self.text_filter.textChanged.connect(self._debounce.start)
        session.documentsChanged.connect(self._fill_documents_and_coders)
        session.visibleCodersChanged.connect(self._coders_shown_changed)

        filters = QHBoxLayout()
        for widget in (self.code_filter, self.children_filter, self.document_filter,
                       self.coder_filter, self.text_filter, export_button):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        self._fill_choices()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._shown_once:
            # Measured again with the font the view is shown in (before it is shown, a label
            # can measure narrower): else the first tag or recolour after opening widened the
            # columns, and the whole list was repainted for it.
            self._shown_once = True
            self._fit_columns()

    def _double_clicked(self, index: QModelIndex) -> None:
        passage = self.model.passage(index.row())
        if passage is not None:
            self.jumpRequested.emit(passage)

    def _fit_columns(self, *_: object) -> None:
        """Widen the short columns to their widest value, measured on the few distinct values
        (documents, codes, coders) rather than on rows: Qt's ResizeToContents measures up to a
        thousand rows on every change, which made recolouring a code take 0.3 s on a volume's
        50,000 passages. Columns only grow, so a width the user chose is kept."""
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        for column, values in self.model.distinct_values().items():
            widest = max((metrics.horizontalAdvance(value) for value in values), default=0) + 2 * margin + 8
            if column == CODE:
                widest += 10 + 2 * margin  # the colour swatch
            widest = max(widest, header.sectionSizeHint(column))
            if not self._fitted or widest > header.sectionSize(column):
                header.resizeSection(column, widest)
        self._fitted = True
        self._coders_fitted = self.model.coder_count

    def _rows_inserted(self, *_: object) -> None:
        if self.model.coder_count != self._coders_fitted:
            self._fit_columns()

    def _codebook_changed(self) -> None:
        # One code's colour, description or key (session.code_update): the code choices and
        # the columns show paths only, which stay as they are (the list's swatches follow the
        # model). Refilling the choices re-laid out the filter bar on every recolour.
        if self.session.code_update is not None:
            return
        self._fill_codes()
        self._fit_columns()

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column in UNSORTABLE:  # put the arrow back where the order really comes from
            order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
            self.view.horizontalHeader().setSortIndicator(self.model.sort_column, order)

    def _fill_choices(self) -> None:
        self._fill_codes()
        self._fill_documents_and_coders()

    def _fill_codes(self) -> None:
        self._refill(self.code_filter, self.tr("All codes"), [(c.id, c.path) for c in self.session.codes()])

    def _fill_documents_and_coders(self) -> None:
        self._refill(self.document_filter, self.tr("All documents"),
                     [(d.id, d.title) for d in self.session.documents()])
        self._fill_coders()

    def _fill_coders(self) -> None:
        """The coder choices are those the Coders menu shows (session.visible_coders, the one
        source of truth): its first entry names them rather than claiming all coders."""
        session = self.session
        shown_coders = session.visible_coders
        if shown_coders is None:
            everything = self.tr("All coders")
            coders = sorted(set(session.coders()) | {session.coder})
        else:
            coders = sorted(shown_coders)
            if shown_coders == (session.coder,):
                everything = self.tr("Only mine")
            elif not shown_coders:
                everything = self.tr("No coders shown")
            else:
                everything = self.tr("Coders shown: {names}").format(
                    names=self.tr(", ").join(shown(name) for name in coders))
        self._refill(self.coder_filter, everything, [(name, name) for name in coders])

    def _coders_shown_changed(self) -> None:
        self._fill_coders()  # a coder no longer shown falls back to the first entry
        self.apply_filter()

    def _refill(self, combo: QComboBox, everything: str, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, self.ALL)
        for key, label in items:
            combo.addItem(shown(label), key)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def current_filter(self) -> PassageFilter:
        def chosen(combo: QComboBox) -> tuple:
            value = combo.currentData()
            return () if value in (None, self.ALL) else (value,)

        coders = chosen(self.coder_filter)
        shown = self.session.visible_coders  # View › Coders shown, blind coding
        if shown is not None:
            coders = tuple(name for name in coders if name in shown) if coders else shown
            coders = coders or ("",)  # a coder not shown: nothing (no coder has an empty name)
        return PassageFilter(
            document_ids=chosen(self.document_filter),
            code_ids=chosen(self.code_filter),
            include_child_codes=self.children_filter.isChecked(),
            coders=coders,
            text_contains=self.text_filter.text().strip(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def select_passage(self, passage_id: int) -> None:
        row = self.model.row_of(passage_id)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
