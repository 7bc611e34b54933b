"""The memos on one document or one code: listed with their coder and when they last changed;
added, edited and deleted here, each change an undoable command (annotator.ui.commands)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import CodeInfo, DocumentInfo, MemoInfo
from annotator.text.display import visible
from annotator.ui.commands import AddMemoCommand, DeleteMemoCommand, EditMemoCommand
from annotator.ui.session import ProjectSession
from annotator.ui.table_model import RowTableModel, row_table_view
from annotator.ui.messages import shown

Index = QModelIndex | QPersistentModelIndex


class MemoListModel(RowTableModel[MemoInfo]):
    HEADERS = (QT_TRANSLATE_NOOP("headers", "Title"), QT_TRANSLATE_NOOP("headers", "Memo"),
               QT_TRANSLATE_NOOP("headers", "Coder"), QT_TRANSLATE_NOOP("headers", "Changed"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        memo = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return visible(memo.title)
            if column == 1:
                return " ".join(visible(memo.text).split())
            if column == 2:
                return visible(memo.coder)
            return memo.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")  # the user's local time
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return visible(memo.text)
        return None


class MemoEditor(QDialog):
    """A memo's title and text; OK only with some text."""

    def __init__(self, title: str, memo: MemoInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.title = QLineEdit(memo.title if memo else "")
        self.title.setObjectName("memoTitle")
        self.title.setPlaceholderText(self.tr("Optional"))
        self.text = QPlainTextEdit(memo.text if memo else "")
        self.text.setObjectName("memoText")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Memo"), self.text)
        form.addRow(self.buttons)
        self.text.textChanged.connect(self._check)
        self._check()
        self.resize(440, 280)

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def values(self) -> tuple[str, str]:
        """(title, text)."""
        return self.title.text().strip(), self.text.toPlainText()


class MemoDialog(QDialog):
    """The memos of `document` or of `code`, kept current as they change (here, by undo, or in
    another program)."""

    def __init__(self, session: ProjectSession, *, document: DocumentInfo | None = None,
                 code: CodeInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert (document is None) != (code is None)
        self.session = session
        self.document_id = document.id if document is not None else None
        self.code_id = code.id if code is not None else None
        title = (self.tr("Memos on “{title}”").format(title=shown(document.title)) if document is not None
                 else self.tr("Memos on the code “{code}”").format(code=shown(code.path)))
        self.setWindowTitle(title)
        self.setObjectName("memoDialog")
        self.editor: MemoEditor | None = None
        self.model = MemoListModel()
        self.view = row_table_view(self.model, "memoView")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_memo())
        self.empty = QLabel(self.tr("No memos yet: Add… writes one."))
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add_memo)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_memo)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected memo (Edit › Undo brings it back)"))
        self.delete_button.clicked.connect(self.delete_memo)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        session.memosChanged.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        self.resize(620, 320)

    def refresh(self) -> None:
        kept = self.selected()
        self.model.set_rows(self.session.memos(document_id=self.document_id, code_id=self.code_id))
        row = next((i for i, memo in enumerate(self.model.rows) if kept and memo.id == kept.id), None)
        if row is not None:
            self.view.selectRow(row)
        self.empty.setVisible(not self.model.rows)
        self._update_buttons()

    def selected(self) -> MemoInfo | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self, *_: object) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _open_editor(self, title: str, memo: MemoInfo | None, done) -> MemoEditor:
        self.editor = MemoEditor(title, memo, self)
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.accepted.connect(lambda editor=self.editor: done(*editor.values()))
        self.editor.open()
        return self.editor

    def add_memo(self) -> MemoEditor:
        def add(title: str, text: str) -> None:
            self.session.execute(AddMemoCommand(self.session, text, title=title,
                                                document_id=self.document_id, code_id=self.code_id))

        return self._open_editor(self.tr("Add memo"), None, add)

    def edit_memo(self) -> MemoEditor | None:
        memo = self.selected()
        if memo is None:
            return None

        def edit(title: str, text: str) -> None:
            if (title, text) != (memo.title, memo.text):
                self.session.execute(EditMemoCommand(self.session, memo, text, title))

        return self._open_editor(self.tr("Edit memo"), memo, edit)

    def delete_memo(self) -> None:
        memo = self.selected()
        if memo is not None:
            self.session.execute(DeleteMemoCommand(self.session, memo))
