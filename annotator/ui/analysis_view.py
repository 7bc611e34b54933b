"""The analysis view: the code-by-document matrix and the co-occurrence of codes, as Qt tables.

The numbers are services/analysis.py's (the same as the command line's `matrix` and
`cooccurrence` and the workbook's sheets). A cell opens its passages in the coded-passages
panel (`cellActivated` carries their filter); Copy puts the table on the clipboard as
tab-separated text, which a spreadsheet pastes as cells.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import PassageFilter
from annotator.errors import USER_ERRORS
from annotator.project import Project
from annotator.services.analysis import analysis_inputs, cell_filter, code_cooccurrence, code_matrix
from annotator.ui.icons import colour_icon
from annotator.ui.seen_refresh import SeenRefresh

Index = QModelIndex | QPersistentModelIndex
MATRIX, COOCCURRENCE = "matrix", "cooccurrence"
# How long after a change the tables are counted again (changes in between count once).
REFRESH_DELAY_MS = 300


@dataclass(frozen=True)
class Table:
    """A table as the view shows it: row and column labels, cells, optional totals, and the
    ids (code per row, document or code per column) that a cell's passages are found by."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]
    row_ids: tuple[int, ...]
    column_ids: tuple[int, ...]
    colours: tuple[str, ...] = ()
    row_totals: tuple[int, ...] | None = None
    column_totals: tuple[int, ...] | None = None
    total: int | None = None


class AnalysisTableModel(QAbstractTableModel):
    """A Table, with a total column and row when it has them."""

    def __init__(self, total_label: str) -> None:
        super().__init__()
        self.table = Table((), (), (), (), ())
        self.total_label = total_label

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def _has_totals(self) -> bool:
        return self.table.row_totals is not None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.rows) + self._has_totals()

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.columns) + self._has_totals()

    def is_total(self, index: Index) -> bool:
        return index.row() >= len(self.table.rows) or index.column() >= len(self.table.columns)

    def value(self, row: int, column: int) -> int | None:
        table = self.table
        if row < len(table.rows) and column < len(table.columns):
            return table.cells[row][column]
        if row < len(table.rows):
            return table.row_totals[row] if table.row_totals is not None else None
        if column < len(table.columns):
            return table.column_totals[column] if table.column_totals is not None else None
        return table.total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(index.row(), index.column())
            return None if value is None else f"{value:,}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(index):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and self.value(index.row(), index.column()) == 0:
            return QColor("#9A9A9A")  # zeros recede: the counts stand out
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        labels = self.table.columns if orientation == Qt.Orientation.Horizontal else self.table.rows
        if role == Qt.ItemDataRole.DisplayRole:
            return labels[section] if section < len(labels) else self.total_label
        if (role == Qt.ItemDataRole.DecorationRole and orientation == Qt.Orientation.Vertical
                and section < len(self.table.colours)):
            return colour_icon(self.table.colours[section])
        return None

    def tab_separated(self) -> str:
        """The whole table as a spreadsheet pastes it: a header row, then a row per code."""
        horizontal = Qt.Orientation.Horizontal
        header = [""] + [str(self.headerData(c, horizontal)) for c in range(self.columnCount())]
        lines = ["\t".join(header)]
        for row in range(self.rowCount()):
            label = str(self.headerData(row, Qt.Orientation.Vertical))
            values = [self.value(row, column) for column in range(self.columnCount())]
            lines.append("\t".join([label, *("" if v is None else str(v) for v in values)]))
        return "\n".join(lines) + "\n"


def matrix_table(project: Project, passage_filter: PassageFilter, *, measure: str,
                 include_subcodes: bool) -> Table:
    matrix = code_matrix(project, passage_filter, measure=measure,  # type: ignore[arg-type]
                         include_subcodes=include_subcodes)
    return Table(
        rows=tuple(code.path for code in matrix.codes),
        columns=tuple(document.title for document in matrix.documents),
        cells=matrix.cells, row_ids=tuple(code.id for code in matrix.codes),
        column_ids=tuple(document.id for document in matrix.documents),
        colours=tuple(code.color for code in matrix.codes),
        row_totals=matrix.code_totals, column_totals=matrix.document_totals, total=matrix.total,
    )


def cooccurrence_table(project: Project, passage_filter: PassageFilter) -> Table:
    table = code_cooccurrence(project, inputs=analysis_inputs(project, passage_filter))
    paths = tuple(code.path for code in table.codes)
    ids = tuple(code.id for code in table.codes)
    return Table(rows=paths, columns=paths, cells=table.counts, row_ids=ids, column_ids=ids,
                 colours=tuple(code.color for code in table.codes))


class AnalysisView(QWidget):
    """Choose a table and how it counts; double-click a cell for its passages; Copy."""

    cellActivated = Signal(object)  # PassageFilter of the cell's passages
    errorOccurred = Signal(str)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.base_filter = PassageFilter()
        self.setObjectName("analysisView")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Code matrix (codes × documents)"), MATRIX)
        self.kind.addItem(self.tr("Co-occurrence (codes × codes)"), COOCCURRENCE)
        self.measure = QComboBox()
        self.measure.addItem(self.tr("Passages"), "passages")
        self.measure.addItem(self.tr("Characters coded"), "characters")
        self.subcodes = QCheckBox(self.tr("Sub-codes folded in"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the table as tab-separated text (paste it into a "
                                            "spreadsheet)"))
        self.model = AnalysisTableModel(self.tr("total"))
        self.view = QTableView()
        self.view.setObjectName("analysisTable")
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.hint = QLabel()
        self.hint.setObjectName("analysisHint")

        controls = QHBoxLayout()
        controls.addWidget(self.kind)
        controls.addWidget(self.measure)
        controls.addWidget(self.subcodes)
        controls.addStretch(1)
        controls.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)

        self.kind.currentIndexChanged.connect(self.refresh)
        self.measure.currentIndexChanged.connect(self.refresh)
        self.subcodes.toggled.connect(self.refresh)
        self.copy_button.clicked.connect(self.copy)
        self.view.doubleClicked.connect(self._activated)
        QShortcut(QKeySequence.StandardKey.Copy, self.view, self.copy)
        self._seen = SeenRefresh(self, self.refresh, REFRESH_DELAY_MS)

    def refresh_soon(self, *_: object) -> None:
        """After a change: once, shortly (a run of tags recounts once), and only when the view
        is seen (a hidden tab recounts when it is shown): a recount reads every passage."""
        self._seen.soon()

    def show_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.refresh()

    def set_base_filter(self, passage_filter: PassageFilter) -> None:
        self.base_filter = passage_filter
        self.refresh()

    def refresh(self, *_: object) -> None:
        matrix = self.kind.currentData() == MATRIX
        self.measure.setEnabled(matrix)
        self.subcodes.setEnabled(matrix)
        try:
            if matrix:
                table = matrix_table(self.project, self.base_filter, measure=self.measure.currentData(),
                                     include_subcodes=self.subcodes.isChecked())
            else:
                table = cooccurrence_table(self.project, self.base_filter)
        except USER_ERRORS as error:
            self.errorOccurred.emit(str(error))
            return
        self.model.set_table(table)
        self.view.resizeColumnsToContents()
        if matrix:
            self.hint.setText(self.tr("Each cell: the passages (or characters) coded with the code in "
                                      "the document. Double-click a cell for its passages."))
        else:
            self.hint.setText(self.tr("Each cell: pairs of overlapping passages of the two codes in "
                                      "one document. Double-click a cell for the row code's passages."))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.model.tab_separated())

    def _activated(self, index: QModelIndex) -> None:
        self.cellActivated.emit(self.cell_filter(index.row(), index.column()))

    def cell_filter(self, row: int, column: int) -> PassageFilter:
        """The passages a cell counts (a total: the whole row or column)."""
        table = self.model.table
        code = table.row_ids[row] if row < len(table.row_ids) else None
        matrix = self.kind.currentData() == MATRIX
        document = table.column_ids[column] if matrix and column < len(table.column_ids) else None
        folded = self.subcodes.isChecked() if matrix else False
        return cell_filter(self.base_filter, code_id=code, document_id=document, include_subcodes=folded)

