"""Columns as wide as their contents, measured when the rows change rather than on every edit.

Qt's ResizeToContents re-measures every row of such a column whenever any cell changes: a tag
changes one passage count, and the codebook and the documents list each read every row again
(a millisecond of the tag's few). Here a column is measured in full when rows are reset,
inserted, removed or moved, and a changed cell is measured alone: its column widens when that
cell needs more room. The width is what ResizeToContents gives (the view's widest cell or the
header's own hint, whichever is larger); it narrows again at the next full measure.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView


_REMEASURE = (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange,
              QEvent.Type.LanguageChange)


class ContentWidths(QObject):
    """Keeps `columns` of `view` (a QTableView or QTreeView) as wide as their contents."""

    def __init__(self, view: QTableView | QTreeView, columns: Sequence[int]) -> None:
        super().__init__(view)
        self.view = view
        self.columns = tuple(columns)
        header = self.header
        for column in self.columns:
            # Fixed, as ResizeToContents was: the user does not drag these.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged, model.headerDataChanged):
            signal.connect(self.fit)
        model.dataChanged.connect(self._changed)
        # ResizeToContents measures the rows shown: again once a branch opens or closes. Not
        # there and then: expandAll announces each branch while the tree is still laying
        # itself out, and measuring it then made Qt abort.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        if isinstance(view, QTreeView):
            view.expanded.connect(self._later.start)
            view.collapsed.connect(self._later.start)
        # Measured again once shown, and when the font or style changes the cells' size.
        view.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() in _REMEASURE:
            self.fit()
        return False

    @property
    def header(self) -> QHeaderView:
        view = self.view
        return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()

    def width_of(self, column: int) -> int:
        """The width ResizeToContents would give the column: its widest cell, or the header."""
        return max(self.view.sizeHintForColumn(column), self.header.sectionSizeHint(column))

    def fit(self, *_: object) -> None:
        header = self.header
        for column in self.columns:
            width = self.width_of(column)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles: object = None) -> None:
        if top_left.parent() != bottom_right.parent() or top_left.row() != bottom_right.row():
            self.fit()  # several rows: measure them all, as before
            return
        header = self.header
        for column in self.columns:
            if top_left.column() <= column <= bottom_right.column():
                index = top_left.siblingAtColumn(column)
                if _cell_width(self.view, index) > header.sectionSize(column):
                    header.resizeSection(column, self.width_of(column))


def _cell_width(view: QAbstractItemView, index: QModelIndex) -> int:
    # What sizeHintForColumn counts for one cell: the delegate's hint, and a table's grid line.
    width = view.sizeHintForIndex(index).width()
    if isinstance(view, QTableView) and view.showGrid():
        width += 1
    return width
