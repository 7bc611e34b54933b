"""The documents panel: the project's documents (title, script, coded passages), import by button
or drag-and-drop, metadata editing, memos and deletion."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import DocumentInfo, Passage
from annotator.text.display import visible
from annotator.ui.messages import shown
from annotator.ui.memo_dialog import MemoDialog
from annotator.ui.content_widths import ContentWidths
from annotator.ui.session import ProjectSession
from annotator.ui.table_model import RowTableModel, row_table_view

SCRIPT_LABELS = {"simplified": "简", "traditional": "繁", "mixed": "简繁", "unknown": "—"}
SCRIPT_NAMES = {
    "simplified": QT_TRANSLATE_NOOP("scripts", "simplified"),
    "traditional": QT_TRANSLATE_NOOP("scripts", "traditional"),
    "mixed": QT_TRANSLATE_NOOP("scripts", "mixed"),
    "unknown": QT_TRANSLATE_NOOP("scripts", "unknown"),
}
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls


def script_name(script: str) -> str:
    """A document's script ("simplified", ...) in the interface language."""
    return translate("scripts", SCRIPT_NAMES[script]) if script in SCRIPT_NAMES else script


class DocumentListModel(RowTableModel[DocumentInfo]):
    HEADERS = (QT_TRANSLATE_NOOP("headers", "Title"), QT_TRANSLATE_NOOP("headers", "Script"),
               QT_TRANSLATE_NOOP("headers", "Passages"))

    def __init__(self, session: ProjectSession) -> None:
        super().__init__()
        self.session = session
        session.documentsChanged.connect(self.refresh)
        session.visibleCodersChanged.connect(self.refresh)  # counts of the coders shown
        session.passageAdded.connect(lambda passage: self._count(passage, +1))
        session.passageRemoved.connect(lambda passage: self._count(passage, -1))
        session.passageChanged.connect(self._moved)
        self.refresh()

    def _count(self, passage: Passage, change: int) -> None:
        row = self.row_of(passage.document_id)
        if row is not None and self.session.shows(passage.coder):
            self.rows[row] = replace(self.rows[row], passages=self.rows[row].passages + change)
            self.dataChanged.emit(self.index(row, 2), self.index(row, 2))

    def _moved(self, old: Passage, new: Passage) -> None:
        if old.document_id != new.document_id:
            self._count(old, -1)
            self._count(new, +1)

    def refresh(self) -> None:
        self.set_rows(self.session.documents())

    def document(self, row: int) -> DocumentInfo:
        return self.rows[row]

    def row_of(self, document_id: int) -> int | None:
        return next((i for i, d in enumerate(self.rows) if d.id == document_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        document = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return visible(document.title)
            if column == 1:
                return SCRIPT_LABELS.get(document.script, document.script)
            return document.passages
        if role == Qt.ItemDataRole.ToolTipRole:
            # (lupdate reads a count only when it is a plain name.)
            characters, segments, sentences = document.length, document.segments, document.sentences
            details = [
                shown(document.title),
                ", ".join((
                    translate("DocumentListModel", "%Ln character(s)", None, characters),
                    translate("DocumentListModel", "%Ln segment(s)", None, segments),
                    translate("DocumentListModel", "%Ln sentence(s)", None, sentences),
                )),
                (self.tr("script: {script}; encoding: {encoding}; pre-segmented") if document.presegmented
                 else self.tr("script: {script}; encoding: {encoding}")).format(
                    script=script_name(document.script), encoding=shown(document.encoding)),
            ]
            details += [f"{label}: {shown(value)}" for label, value in (
                (self.tr("author"), document.author), (self.tr("date"), document.date),
                (self.tr("source"), document.source_ref), (self.tr("file"), document.source_name),
            ) if value]
            return "\n".join(details)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class DocumentsPanel(QWidget):
    """Emits the document the user opens and the files dropped on it."""

    documentActivated = Signal(int)
    importRequested = Signal(list)  # paths; an empty list asks for a file dialog
    editRequested = Signal(int)
    deleteRequested = Signal(int)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = DocumentListModel(session)
        self.view = row_table_view(self.model, "documentsView")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Script and passage count as wide as their contents, measured when the list changes
        # (not every row on each tag, as ResizeToContents would).
        self.widths = ContentWidths(self.view, (1, 2))
        self.view.activated.connect(lambda index: self.documentActivated.emit(self.model.document(index.row()).id))
        self.view.clicked.connect(lambda index: self.documentActivated.emit(self.model.document(index.row()).id))

        import_button = QPushButton(self.tr("Import…"))
        import_button.setToolTip(self.tr("Import texts: plain text, Word (.docx), PDF, web pages "
                                         "(or drop the files here)"))
        import_button.clicked.connect(lambda: self.importRequested.emit([]))
        edit_button = QPushButton(self.tr("Details…"))
        edit_button.clicked.connect(lambda: self._emit_for_current(self.editRequested))
        memo_button = QPushButton(self.tr("Memos…"))
        memo_button.setObjectName("documentMemosButton")
        memo_button.setToolTip(self.tr("The memos on the selected document: read, add, edit, delete"))
        memo_button.clicked.connect(self.open_memos)
        delete_button = QPushButton(self.tr("Delete"))
        delete_button.clicked.connect(lambda: self._emit_for_current(self.deleteRequested))
        buttons = QHBoxLayout()
        for button in (import_button, edit_button, memo_button, delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.setAcceptDrops(True)

    def current_document_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.document(index.row()).id if index.isValid() else None

    def select_document(self, document_id: int) -> None:
        row = self.model.row_of(document_id)
        if row is not None:
            self.view.selectRow(row)

    def open_memos(self) -> MemoDialog | None:
        """The memo dialog of the selected document (shown, not waited for)."""
        document_id = self.current_document_id()
        if document_id is None:
            return None
        dialog = MemoDialog(self.session, document=self.model.document(self.model.row_of(document_id)),
                            parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _emit_for_current(self, signal: Signal) -> None:
        document_id = self.current_document_id()
        if document_id is not None:
            signal.emit(document_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.importRequested.emit(paths)
