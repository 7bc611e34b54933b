"""The codebook panel: the code tree with colours, passage counts and descriptions; add, rename,
recolour, re-parent by drag, merge and delete, each as an undoable command."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QColorDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import CodeInfo, Passage
from annotator.services.codes import NEW_CODE_COLOURS, count_affected
from annotator.text.display import visible
from annotator.ui.commands import (
    AddCodeCommand,
    DeleteCodeCommand,
    MergeCodesCommand,
    MoveCodeCommand,
    UpdateCodeCommand,
)
from annotator.ui.session import ProjectSession

CODE_MIME = "application/x-annotator-code-id"
Index = QModelIndex | QPersistentModelIndex


def colour_icon(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class CodeTreeModel(QAbstractItemModel):
    HEADERS = ("Code", "Passages", "Key")
    codeDropped = Signal(int, object)  # code id, new parent id (None for the top level)

    def __init__(self, session: ProjectSession) -> None:
        super().__init__()
        self.session = session
        self._codes: dict[int, CodeInfo] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        session.codesChanged.connect(self.refresh)
        session.passageAdded.connect(lambda passage: self._count(passage.code_id, +1))
        session.passageRemoved.connect(lambda passage: self._count(passage.code_id, -1))
        session.passageChanged.connect(self._recoded)
        self.refresh()

    def _count(self, code_id: int, change: int) -> None:
        code = self._codes.get(code_id)
        if code is not None:
            self._codes[code_id] = replace(code, passages=code.passages + change)
            index = self.index_of(code_id)
            self.dataChanged.emit(index.siblingAtColumn(1), index.siblingAtColumn(1))

    def _recoded(self, old: Passage, new: Passage) -> None:
        if old.code_id != new.code_id:
            self._count(old.code_id, -1)
            self._count(new.code_id, +1)

    def refresh(self) -> None:
        self.beginResetModel()
        codes = self.session.codes()
        self._codes = {code.id: code for code in codes}
        self._children = {None: []}
        for code in codes:  # tree order: parents come first, siblings sorted
            self._children.setdefault(code.parent_id, []).append(code.id)
        self.endResetModel()

    def code(self, index: Index) -> CodeInfo | None:
        return self._codes.get(index.internalId()) if index.isValid() else None

    def codes(self) -> list[CodeInfo]:
        return list(self._codes.values())

    def index_of(self, code_id: int) -> QModelIndex:
        code = self._codes.get(code_id)
        if code is None:
            return QModelIndex()
        return self.createIndex(self._children[code.parent_id].index(code_id), 0, code_id)

    # -- structure ------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        parent_id = parent.internalId() if parent.isValid() else None
        siblings = self._children.get(parent_id, [])
        if 0 <= row < len(siblings) and 0 <= column < len(self.HEADERS):
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_id = self._codes[index.internalId()].parent_id
        return self.index_of(parent_id) if parent_id is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(parent.internalId() if parent.isValid() else None, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        code = self.code(index)
        if code is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (visible(code.name), code.passages, code.shortcut or "")[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return colour_icon(code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{code.path}\n{code.description}" if code.description else code.path
        if role == Qt.ItemDataRole.EditRole and column == 0:
            return code.name
        return None

    # -- drag and drop: re-parenting goes through the undo stack -----------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CODE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(CODE_MIME, QByteArray(str(indexes[0].internalId()).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not data.hasFormat(CODE_MIME):
            return False
        code_id = int(bytes(data.data(CODE_MIME).data()).decode())
        new_parent = parent.internalId() if parent.isValid() else None
        self.codeDropped.emit(code_id, new_parent)
        # The command refreshes the model; returning False keeps the view from deleting rows.
        return False


class CodebookPanel(QWidget):
    """The codebook tree; clicking a code while text is selected tags it (`codeClicked`)."""

    codeClicked = Signal(object)  # CodeInfo

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = CodeTreeModel(session)
        self.model.codeDropped.connect(self._move)
        self.view = QTreeView()
        self.view.setObjectName("codebookView")
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.clicked.connect(self._clicked)
        self.model.modelReset.connect(self.view.expandAll)
        self.view.expandAll()

        # A tool bar rather than buttons: it folds into a » menu when the dock is narrow.
        tools = QToolBar()
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for label, slot, tip in (
            ("Add", self.add_code, "Add a code (under the selected one with Shift)"),
            ("Rename", self.rename_code, "Rename the selected code"),
            ("Colour", self.recolour_code, "Change the selected code's colour"),
            ("Merge…", self.merge_code, "Merge the selected code into another"),
            ("Delete", self.delete_code, "Delete the selected code"),
        ):
            action = tools.addAction(label)
            action.setToolTip(tip)
            action.triggered.connect(lambda checked=False, do=slot: do())
            self.view.addAction(action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(tools)

    def selected_code(self) -> CodeInfo | None:
        return self.model.code(self.view.currentIndex())

    def _clicked(self, index: QModelIndex) -> None:
        code = self.model.code(index)
        if code is not None:
            self.codeClicked.emit(code)

    def _move(self, code_id: int, new_parent: int | None) -> None:
        code = next((c for c in self.model.codes() if c.id == code_id), None)
        if code is not None and code.parent_id != new_parent:
            self.session.execute(MoveCodeCommand(self.session, code, new_parent))

    def add_code(self, *, name: str | None = None, parent_id: int | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, "Add code", "Name of the new code:")
            if not ok or not name.strip():
                return
            selected = self.selected_code()
            parent_id = selected.id if selected is not None and _shift_held() else None
        color = NEW_CODE_COLOURS[len(self.model.codes()) % len(NEW_CODE_COLOURS)]
        self.session.execute(AddCodeCommand(self.session, name, color, parent_id=parent_id))

    def rename_code(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        name, ok = QInputDialog.getText(self, "Rename code", "New name:", text=code.name)
        if ok and name.strip() and name.strip() != code.name:
            self.session.execute(UpdateCodeCommand(self.session, code, name=name.strip()))

    def recolour_code(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        color = QColorDialog.getColor(QColor(code.color), self, f"Colour of “{code.name}”")
        if color.isValid():
            self.session.execute(UpdateCodeCommand(self.session, code, color=color.name().upper()))

    def merge_code(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        others = [c for c in self.model.codes() if c.id != code.id]
        if not others:
            return
        label, ok = QInputDialog.getItem(
            self, "Merge code", f"Merge “{code.name}” and its passages into:",
            [c.path for c in others], 0, False,
        )
        if ok:
            target = next(c for c in others if c.path == label)
            self.session.execute(MergeCodesCommand(self.session, code, target))

    def delete_code(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        passages, children = count_affected(self.session.project, code.id)
        details = f"{passages} coded passage{'s' * (passages != 1)}"
        if children:
            details += f" and {children} sub-code{'s' * (children != 1)}"
        answer = QMessageBox.question(
            self, "Delete code",
            f"Delete “{code.name}”? This removes {details}. You can undo it with Edit › Undo.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.execute(DeleteCodeCommand(self.session, code))


def _shift_held() -> bool:
    return bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
