"""The coded passages panel: every passage with document, code, text and memo; filters by code
(with its sub-codes), document, coder and free text; double-click jumps to the passage."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import Passage, PassageFilter
from annotator.text.display import visible
from annotator.text.script import fold
from annotator.ui.codebook_panel import colour_icon
from annotator.ui.session import ProjectSession
from annotator.ui.table_model import RowTableModel, row_table_view

Index = QModelIndex | QPersistentModelIndex


def _sort_key(passage: Passage) -> tuple[int, int, int, int]:
    return (passage.document_id, passage.start, passage.end, passage.id)


class PassageTableModel(RowTableModel[Passage]):
    HEADERS = ("Document", "Code", "Text", "Memo", "Coder")

    def __init__(self, session: ProjectSession) -> None:
        super().__init__()
        self.session = session
        self.filter = PassageFilter()
        self._wanted_codes: set[int] | None = None
        self._keys: list[tuple[int, int, int, int]] = []
        session.passageAdded.connect(self._added)
        session.passageRemoved.connect(self._removed)
        session.passageChanged.connect(self._changed)
        session.passagesReset.connect(self.refresh)
        session.passagesChangedIn.connect(lambda _document_ids: self.refresh())
        session.codesChanged.connect(self._codes_changed)
        self._codes = {code.id: code for code in session.codes()}
        self.refresh()

    def _codes_changed(self) -> None:
        # Names, paths and colours are looked up here, so renaming or recolouring a code
        # repaints one column instead of reloading every passage.
        self._codes = {code.id: code for code in self.session.codes()}
        self._wanted_codes = self._code_subtree()
        if self.rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.rows) - 1, 1))

    def set_filter(self, passage_filter: PassageFilter) -> None:
        self.filter = passage_filter
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = self.session.passages(self.filter)
        self._keys = [_sort_key(p) for p in self.rows]
        self._wanted_codes = self._code_subtree()
        self.endResetModel()

    def _code_subtree(self) -> set[int] | None:
        if not self.filter.code_ids:
            return None
        wanted = set(self.filter.code_ids)
        if self.filter.include_child_codes:
            codes = list(self._codes.values())
            changed = True
            while changed:
                changed = False
                for code in codes:
                    if code.parent_id in wanted and code.id not in wanted:
                        wanted.add(code.id)
                        changed = True
        return wanted

    def matches(self, passage: Passage) -> bool:
        f = self.filter
        if f.document_ids and passage.document_id not in f.document_ids:
            return False
        if self._wanted_codes is not None and passage.code_id not in self._wanted_codes:
            return False
        if f.coders and passage.coder not in f.coders:
            return False
        if f.text_contains:
            needle = fold(f.text_contains).casefold()
            if needle not in fold(passage.text).casefold() and needle not in fold(passage.memo).casefold():
                return False
        return True

    def _added(self, passage: Passage) -> None:
        if not self.matches(passage):
            return
        key = _sort_key(passage)
        row = bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, passage)
        self._keys.insert(row, key)
        self.endInsertRows()

    def _removed(self, passage: Passage) -> None:
        row = self._row_by_key(passage)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        del self._keys[row]
        self.endRemoveRows()

    def _changed(self, old: Passage, new: Passage) -> None:
        self._removed(old)
        self._added(new)

    def _row_by_key(self, passage: Passage) -> int | None:
        # Rows are sorted by key: a bisect, not a scan of tens of thousands of rows.
        key = _sort_key(passage)
        row = bisect_left(self._keys, key)
        return row if row < len(self._keys) and self._keys[row] == key else None

    def row_of(self, passage_id: int) -> int | None:
        return next((i for i, p in enumerate(self.rows) if p.id == passage_id), None)

    def passage(self, row: int) -> Passage:
        return self.rows[row]

    def passages(self) -> list[Passage]:
        return list(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        passage = self.rows[index.row()]
        column = index.column()
        code = self._codes.get(passage.code_id)
        if role == Qt.ItemDataRole.DisplayRole:
            path = code.path if code is not None else passage.code_path
            values = (passage.document, path, passage.text, passage.memo, passage.coder)
            shown = visible(values[column])  # no hidden bidi overrides or controls in the list
            return " ".join(shown.split()) if column in (2, 3) else shown
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 3):
            return (passage.text, passage.memo)[column - 2] or None
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return colour_icon(code.color if code is not None else passage.color, 10)
        return None


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
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda index: self.jumpRequested.emit(self.model.passage(index.row())))

        self.code_filter = QComboBox()
        self.code_filter.setObjectName("codeFilter")
        self.children_filter = QCheckBox("with sub-codes")
        self.children_filter.setChecked(True)
        self.document_filter = QComboBox()
        self.document_filter.setObjectName("documentFilter")
        self.coder_filter = QComboBox()
        self.coder_filter.setObjectName("coderFilter")
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("textFilter")
        self.text_filter.setPlaceholderText("Filter text or memo (either script)")
        self.text_filter.setClearButtonEnabled(True)
        export_button = QPushButton("Export…")
        export_button.setToolTip("Export the passages shown here to CSV")
        export_button.clicked.connect(lambda: self.exportRequested.emit(self.model.filter))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_filter)
        for combo in (self.code_filter, self.document_filter, self.coder_filter):
            combo.activated.connect(self.apply_filter)
        self.children_filter.toggled.connect(self.apply_filter)
        self.text_filter.textChanged.connect(self._debounce.start)
        session.codesChanged.connect(self._fill_codes)
        session.documentsChanged.connect(self._fill_documents_and_coders)

        filters = QHBoxLayout()
        for widget in (self.code_filter, self.children_filter, self.document_filter,
                       self.coder_filter, self.text_filter, export_button):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        self._fill_choices()

    def _fill_choices(self) -> None:
        self._fill_codes()
        self._fill_documents_and_coders()

    def _fill_codes(self) -> None:
        self._refill(self.code_filter, "All codes", [(c.id, c.path) for c in self.session.codes()])

    def _fill_documents_and_coders(self) -> None:
        self._refill(self.document_filter, "All documents",
                     [(d.id, d.title) for d in self.session.documents()])
        coders = sorted(set(self.session.coders()) | {self.session.coder})
        self._refill(self.coder_filter, "All coders", [(name, name) for name in coders])

    def _refill(self, combo: QComboBox, everything: str, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, self.ALL)
        for key, label in items:
            combo.addItem(label, key)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def current_filter(self) -> PassageFilter:
        def chosen(combo: QComboBox) -> tuple:
            value = combo.currentData()
            return () if value in (None, self.ALL) else (value,)

        return PassageFilter(
            document_ids=chosen(self.document_filter),
            code_ids=chosen(self.code_filter),
            include_child_codes=self.children_filter.isChecked(),
            coders=chosen(self.coder_filter),
            text_contains=self.text_filter.text().strip(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def select_passage(self, passage_id: int) -> None:
        row = self.model.row_of(passage_id)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
