"""The codebook panel: the code tree with colours, passage counts and keys; add, edit (name,
description, colour, key), rename, recolour, re-parent by drag, merge and delete, each as an
undoable command, and a code's memos, from buttons that are always visible and from the
right-click menu."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QColorDialog,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import CodeInfo, Passage
from annotator.services.codes import count_affected, next_code_colour, next_free_key
from annotator.text.display import visible
from annotator.ui.code_dialog import CodeDialog, keys_in_use
from annotator.ui.commands import (
    AddCodeCommand,
    DeleteCodeCommand,
    MergeCodesCommand,
    MoveCodeCommand,
    UpdateCodeCommand,
)
from annotator.ui.icons import colour_icon
from annotator.ui.memo_dialog import MemoDialog
from annotator.ui.content_widths import ContentWidths
from annotator.ui.session import ProjectSession
from annotator.ui.messages import shown

CODE_MIME = "application/x-annotator-code-id"
Index = QModelIndex | QPersistentModelIndex


def shown_key(shortcut: str | None) -> str:
    """A stored key ("Ctrl+K") as this system writes it (⌘K on a Mac)."""
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText) if shortcut else ""


class CodeTreeModel(QAbstractItemModel):
    HEADERS = (QT_TRANSLATE_NOOP("headers", "Code"), QT_TRANSLATE_NOOP("headers", "Passages"),
               QT_TRANSLATE_NOOP("headers", "Key"))
    codeDropped = Signal(int, object)  # code id, new parent id (None for the top level)

    def __init__(self, session: ProjectSession) -> None:
        super().__init__()
        self.session = session
        self._codes: dict[int, CodeInfo] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        session.codesChanged.connect(self.refresh)
        session.visibleCodersChanged.connect(self.refresh)  # counts of the coders shown
        session.passageAdded.connect(lambda passage: self._count(passage, +1))
        session.passageRemoved.connect(lambda passage: self._count(passage, -1))
        session.passageChanged.connect(self._recoded)
        self.refresh()

    def _count(self, passage: Passage, change: int) -> None:
        code_id = passage.code_id
        code = self._codes.get(code_id)
        if code is not None and self.session.shows(passage.coder):
            self._codes[code_id] = replace(code, passages=code.passages + change)
            index = self.index_of(code_id)
            self.dataChanged.emit(index.siblingAtColumn(1), index.siblingAtColumn(1))

    def _recoded(self, old: Passage, new: Passage) -> None:
        if old.code_id != new.code_id:
            self._count(old, -1)
            self._count(new, +1)

    def refresh(self) -> None:
        updated = self.session.code_update
        old = self._codes.get(updated.id) if updated is not None else None
        if old is not None and (old.name, old.parent_id) == (updated.name, updated.parent_id):
            # One code's colour, description or key: its row changes, not the tree (a reset
            # would collapse and expand it again, the larger part of recolouring a code).
            self._codes[updated.id] = updated
            index = self.index_of(updated.id)
            self.dataChanged.emit(index, index.siblingAtColumn(len(self.HEADERS) - 1))
            return
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
            return QCoreApplication.translate("headers", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        code = self.code(index)
        if code is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (visible(code.name), code.passages, shown_key(code.shortcut))[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return colour_icon(code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The path on one line, the description as written (its line breaks kept).
            return f"{shown(code.path)}\n{visible(code.description)}" if code.description else shown(code.path)
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
        # Passage count and key as wide as their contents, measured when the codebook changes
        # and a changed count alone (ResizeToContents read every row again on each tag).
        self.widths = ContentWidths(self.view, (1, 2))
        self.view.clicked.connect(self._clicked)
        # Editing a code re-reads the codebook: the same code stays selected.
        self._kept_code: int | None = None
        self.model.modelAboutToBeReset.connect(self._keep_current)
        self.model.modelReset.connect(self._after_reset)
        self.view.expandAll()

        # Buttons, not a tool bar: a tool bar folds its last actions (Delete) into a "»" menu
        # when the dock is narrow. The same actions make the right-click menu.
        self.add_action = self._action(self.tr("Add…"), self.add_code,
                                       self.tr("Add a code (under the selected one with Shift)"))
        self.add_child_action = self._action(self.tr("Add sub-code…"), lambda: self.add_code(under_selected=True),
                                             self.tr("Add a code under the selected one"))
        self.edit_action = self._action(self.tr("Edit…"), self.edit_code,
                                        self.tr("Edit the selected code's name, description, colour and key"))
        self.rename_action = self._action(self.tr("Rename…"), self.rename_code, self.tr("Rename the selected code"),
                                          "F2")
        self.colour_action = self._action(self.tr("Colour…"), self.recolour_code,
                                          self.tr("Change the selected code's colour"))
        self.merge_action = self._action(self.tr("Merge…"), self.merge_code,
                                         self.tr("Merge the selected code into another"))
        self.memos_action = self._action(self.tr("Memos…"), self.open_memos,
                                         self.tr("The memos on the selected code: read, add, edit, delete"))
        self.delete_action = self._action(self.tr("Delete"), self.delete_code, self.tr("Delete the selected code"),
                                          QKeySequence.StandardKey.Delete)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        buttons = QGridLayout()
        buttons.setSpacing(2)
        for position, action in enumerate((self.add_action, self.edit_action, self.rename_action,
                                           self.colour_action, self.merge_action, self.delete_action,
                                           self.memos_action)):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            # Three a row, as wide as a narrow dock allows; the memos take the last row.
            span = 3 if action is self.memos_action else 1
            buttons.addWidget(button, position // 3, position % 3, 1, span)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.selectionModel().currentChanged.connect(self._update_actions)
        self._update_actions()

    def _action(self, label: str, slot, tip: str, shortcut=None) -> QAction:
        action = QAction(label, self)
        action.setIconText(label)  # the button keeps its "…" (a dialog follows)
        action.setToolTip(tip)
        action.setObjectName(label.rstrip("…").replace(" ", "").lower() + "CodeAction")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            # Only while the codebook has the focus: Delete in the reader must not delete a code.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda checked=False, do=slot: do())
        self.view.addAction(action)
        return action

    def _update_actions(self, *_: object) -> None:
        selected = self.selected_code() is not None
        for action in (self.add_child_action, self.edit_action, self.rename_action,
                       self.colour_action, self.memos_action, self.delete_action):
            action.setEnabled(selected)
        self.merge_action.setEnabled(selected and len(self._codes()) > 1)

    def _keep_current(self) -> None:
        code = self.selected_code()
        self._kept_code = code.id if code is not None else None

    def _after_reset(self) -> None:
        self.view.expandAll()
        if self._kept_code is not None:
            index = self.model.index_of(self._kept_code)
            if index.isValid():
                self.view.setCurrentIndex(index)
        self._update_actions()

    def selected_code(self) -> CodeInfo | None:
        return self.model.code(self.view.currentIndex())

    def _codes(self) -> list[CodeInfo]:
        return self.model.codes()

    def _clicked(self, index: QModelIndex) -> None:
        code = self.model.code(index)
        if code is not None:
            self.codeClicked.emit(code)

    def _move(self, code_id: int, new_parent: int | None) -> None:
        code = next((c for c in self._codes() if c.id == code_id), None)
        if code is not None and code.parent_id != new_parent:
            self.session.execute(MoveCodeCommand(self.session, code, new_parent))

    def _reserved_keys(self) -> dict[str, str]:
        """Keys a code may not have: the window's own, and the other codes' (named)."""
        digits = [str(n) for n in range(1, 10)]  # the codes' default keys
        codes = self._codes()
        return keys_in_use(self.window(), digits + [c.shortcut for c in codes if c.shortcut])

    def _dialog(self, title: str, code: CodeInfo | None, **values) -> CodeDialog:
        codes = self._codes()
        reserved = self._reserved_keys()
        for other in codes:
            if other.shortcut and (code is None or other.id != code.id):
                reserved[QKeySequence(other.shortcut).toString(QKeySequence.SequenceFormat.PortableText)] = (
                    self.tr("the code “{name}”").format(name=shown(other.name)))
        names = {c.name for c in codes if code is None or c.id != code.id}
        dialog = CodeDialog(title, reserved=reserved, names_taken=names, parent=self, **values)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def add_code(self, *, name: str | None = None, parent_id: int | None = None,
                 under_selected: bool = False) -> CodeDialog | None:
        """Add a code with the next free colour and digit key; without a name, ask for it (and
        its description, colour and key) in a dialog, which is returned."""
        color = next_code_colour(self.session.project)
        shortcut = next_free_key(self.session.project)
        if name is not None:
            self.session.execute(AddCodeCommand(self.session, name, color, parent_id=parent_id,
                                                shortcut=shortcut))
            return None
        selected = self.selected_code()
        if selected is not None and (under_selected or _shift_held()):
            parent_id = selected.id
        title = (self.tr("Add a code under “{name}”").format(name=shown(selected.name))
                 if parent_id is not None and selected else self.tr("Add code"))
        dialog = self._dialog(title, None, color=color, shortcut=shortcut)

        def add() -> None:
            values = dialog.values()
            self.session.execute(AddCodeCommand(
                self.session, values["name"], values["color"], parent_id=parent_id,
                description=values["description"], shortcut=values["shortcut"],
            ))

        dialog.accepted.connect(add)
        dialog.open()
        return dialog

    def edit_code(self) -> CodeDialog | None:
        """Open the dialog on the selected code; OK applies what changed as one undo step."""
        code = self.selected_code()
        if code is None:
            return None
        dialog = self._dialog(self.tr("Edit code “{name}”").format(name=shown(code.name)), code, name=code.name,
                              description=code.description, color=code.color, shortcut=code.shortcut)

        def apply() -> None:
            current = next((c for c in self._codes() if c.id == code.id), None)
            if current is None:  # deleted meanwhile (another window, an undo)
                return
            changes = {key: value for key, value in dialog.values().items()
                       if value != getattr(current, key)}
            if changes:
                self.session.execute(UpdateCodeCommand(self.session, current, **changes))

        dialog.accepted.connect(apply)
        dialog.open()
        return dialog

    def rename_code(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename code"), self.tr("New name:"), text=code.name)
        if ok and name.strip() and name.strip() != code.name:
            self.session.execute(UpdateCodeCommand(self.session, code, name=name.strip()))

    def recolour_code(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        color = QColorDialog.getColor(QColor(code.color), self,
                                      self.tr("Colour of “{name}”").format(name=shown(code.name)))
        if color.isValid():
            self.session.execute(UpdateCodeCommand(self.session, code, color=color.name().upper()))

    def merge_code(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        others = [c for c in self._codes() if c.id != code.id]
        if not others:
            return
        label, ok = QInputDialog.getItem(
            self, self.tr("Merge code"),
            self.tr("Merge “{name}” and its passages into:").format(name=shown(code.name)),
            [c.path for c in others], 0, False,
        )
        if ok:
            target = next(c for c in others if c.path == label)
            self.session.execute(MergeCodesCommand(self.session, code, target))

    def open_memos(self) -> MemoDialog | None:
        """The memo dialog of the selected code (shown, not waited for)."""
        code = self.selected_code()
        if code is None:
            return None
        dialog = MemoDialog(self.session, code=code, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_code(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        passages, children = count_affected(self.session.project, code.id)
        details = QCoreApplication.translate("CodebookPanel", "%Ln coded passage(s)", None, passages)
        if children:
            details = QCoreApplication.translate("CodebookPanel", "{passages} and %Ln sub-code(s)", None,
                                                 children).format(passages=details)
        answer = QMessageBox.question(
            self, self.tr("Delete code"),
            self.tr("Delete “{name}”? This removes {details}. You can undo it with Edit › Undo.").format(
                name=shown(code.name), details=details),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.execute(DeleteCodeCommand(self.session, code))


def _shift_held() -> bool:
    return bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
