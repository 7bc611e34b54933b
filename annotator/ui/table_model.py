"""A flat table of rows with fixed headers: the part every list model of the window shares."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows in `self.rows`, columns named by `HEADERS` (English, marked with
    QT_TRANSLATE_NOOP("headers", ...) and translated when shown); subclasses supply `data`."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("headers", self.HEADERS[section])
        return None


# More changed rows than this at once, and Qt repaints the whole viewport (see RowTableView).
_MANY_ROWS = 64


class RowTableView(QTableView):
    """A QTableView that repaints only what changed on screen.

    Told that a column changed over many rows (a code's colour, beside each of 50,000
    passages), Qt repaints the whole viewport, even when none of those rows is shown; told of
    a few, it repaints their cells. The view passes on to Qt the changed rows that are on
    screen (rows off screen are read afresh whenever they are shown). And a row inserted or
    removed below the last row shown moves nothing on screen: the layout then updates the
    scroll bar alone instead of repainting every row."""

    def __init__(self) -> None:
        super().__init__()
        # None: no rows inserted or removed since the last layout; True while all of them were
        # below the rows shown; False once anything else needs the layout done in full.
        self._rows_below_only: bool | None = None

    def setModel(self, model: QAbstractTableModel | None) -> None:  # noqa: N802 - Qt's name
        old = self.model()
        if old is not None:
            for signal, slot in self._tracked(old):
                signal.disconnect(slot)
        super().setModel(model)
        if model is not None:
            for signal, slot in self._tracked(model):
                signal.connect(slot)

    def _tracked(self, model: QAbstractTableModel):
        return ((model.rowsAboutToBeInserted, self._rows_changing),
                (model.rowsAboutToBeRemoved, self._rows_changing),
                (model.modelAboutToBeReset, self._relayout),
                (model.layoutAboutToBeChanged, self._relayout),
                (model.columnsAboutToBeInserted, self._relayout),
                (model.columnsAboutToBeRemoved, self._relayout))

    def _rows_changing(self, parent: QModelIndex, first: int, _last: int) -> None:
        shown_last = self.rowAt(self.viewport().height() - 1)
        below = not parent.isValid() and shown_last >= 0 and first > shown_last
        self._rows_below_only = below and self._rows_below_only is not False

    def _relayout(self, *_: object) -> None:
        self._rows_below_only = False

    def doItemsLayout(self) -> None:  # noqa: N802 - Qt's name
        below_only, self._rows_below_only = self._rows_below_only, None
        if below_only and self.isVisible():
            # What QTableView's layout does less the repaint of every row: the scroll bar's
            # range, and the row header's updates (turned off while rows are removed).
            self.updateGeometries()
            if not self.verticalHeader().updatesEnabled():
                self.verticalHeader().setUpdatesEnabled(True)
            return
        super().doItemsLayout()

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex,  # noqa: N802
                    roles: list[int] = []) -> None:  # noqa: B006 - Qt's signature
        if (top_left.isValid() and bottom_right.isValid() and top_left.parent() == bottom_right.parent()
                and bottom_right.row() - top_left.row() > _MANY_ROWS):
            shown_first = self.rowAt(0)
            if shown_first < 0:
                return  # no row on screen
            shown_last = self.rowAt(self.viewport().height() - 1)
            if shown_last < 0:
                shown_last = self.model().rowCount(top_left.parent()) - 1
            first, last = max(top_left.row(), shown_first), min(bottom_right.row(), shown_last)
            if first > last:
                return  # none of them on screen
            top_left, bottom_right = top_left.siblingAtRow(first), bottom_right.siblingAtRow(last)
        super().dataChanged(top_left, bottom_right, roles)


def row_table_view(model: QAbstractTableModel, object_name: str) -> QTableView:
    """A table showing one item per row, selected whole, one line high."""
    view = RowTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    return view
