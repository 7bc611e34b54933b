"""The Entities panel: the persons, places, organisations, official titles and dates of the open
document (or of every document), with counts; a click marks the entity's mentions in the reading
view and selects the first, "Next" the following one.

Entities come from annotator.services.entities (found on the folded text, so either script)
and are shown in the reader's display script. Corrections (another kind, no entity, no entity
here, a selection added as one) are undoable commands (annotator.ui.entity_commands), and
coding every mention is one TagManyCommand. Offsets are code points throughout; the reader's
extra selections are the one place they become UTF-16 (`highlight_spans`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import CodeInfo
from annotator.errors import USER_ERRORS
from annotator.project import Project
from annotator.services import entities as entity_service
from annotator.services.documents import list_documents
from annotator.services.entity_export import export_entities
from annotator.text.display import visible
from annotator.text.entities import DATE, KINDS, ORGANIZATION, PERSON, PLACE, TITLE, EntitySummary
from annotator.text.forms import DisplayScript
from annotator.text.script import to_simplified, to_traditional
from annotator.text.utf16 import Utf16Offsets
from annotator.ui.commands import TagManyCommand
from annotator.ui.entity_commands import EntityCorrectionCommand
from annotator.ui.reader import ReaderView
from annotator.ui.session import ProjectSession
from annotator.ui.table_model import RowTableModel, row_table_view
from annotator.ui.jobs import Job, JobKind, JobRunner
from annotator.ui.messages import shown

Index = QModelIndex | QPersistentModelIndex
# The mentions of the chosen entity: a pale orange fill, unlike a code's tint or a search box.
MENTION_COLOR = QColor(255, 170, 60, 110)


def kind_label(kind: str) -> str:
    """A kind of entity as the window names it (translated)."""
    labels = {
        PERSON: QCoreApplication.translate("EntitiesPanel", "person"),
        PLACE: QCoreApplication.translate("EntitiesPanel", "place"),
        ORGANIZATION: QCoreApplication.translate("EntitiesPanel", "organisation"),
        TITLE: QCoreApplication.translate("EntitiesPanel", "title"),
        DATE: QCoreApplication.translate("EntitiesPanel", "date"),
    }
    return labels.get(kind, kind)


def in_script(text: str, script: DisplayScript, document_script: str | None = None) -> str:
    """``text`` as the reader shows it: converted for simplified or traditional (same length),
    except in the script its document is written in, where the stored text is its own form."""
    if document_script is not None and document_script == script:
        return text
    if script == DisplayScript.SIMPLIFIED:
        return to_simplified(text)
    if script == DisplayScript.TRADITIONAL:
        return to_traditional(text)
    return text


@dataclass(frozen=True)
class EntityRow:
    """One entity listed: its count in the scope (the document or the project) and its
    positions in the open document (none when it is only in others)."""

    text: str
    key: str
    kind: str
    count: int
    positions: tuple[tuple[int, int], ...]


def entity_rows(project: Project, document_id: int, all_documents: bool) -> list[EntityRow]:
    """The rows of the panel (run off the UI thread: a volume takes seconds)."""
    own = entity_service.entity_summaries(project, document_id)
    if not all_documents:
        return [EntityRow(s.text, s.key, s.kind, s.count, s.positions) for s in own]
    totals: dict[tuple[str, str], list] = {}
    for document in list_documents(project):
        summaries: Sequence[EntitySummary] = own if document.id == document_id else \
            entity_service.entity_summaries(project, document.id)
        for summary in summaries:
            entry = totals.setdefault((summary.key, summary.kind), [summary.text, 0, ()])
            entry[1] += summary.count
            if document.id == document_id:
                entry[0], entry[2] = summary.text, summary.positions  # as this document writes it
    order = {kind: index for index, kind in enumerate(KINDS)}
    rows = [EntityRow(text, key, kind, total, positions)
            for (key, kind), (text, total, positions) in totals.items()]
    return sorted(rows, key=lambda r: (order.get(r.kind, len(order)), -r.count, r.key))


class EntitiesModel(RowTableModel[EntityRow]):
    def __init__(self) -> None:
        super().__init__()
        self.HEADERS = (self.tr("Entity"), self.tr("Kind"), self.tr("Mentions"))
        self.script = DisplayScript.ORIGINAL
        self.document_script: str | None = None

    def set_script(self, script: DisplayScript, document_script: str | None = None) -> None:
        self.script, self.document_script = script, document_script
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def entity(self, row: int) -> EntityRow:
        return self.rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return visible(in_script(row.text, self.script, self.document_script))
            if column == 1:
                return kind_label(row.kind)
            return row.count
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and not row.positions:
            return self.tr("Not in the open document")
        return None


def highlight_spans(reader: ReaderView, spans: Sequence[tuple[int, int]]) -> None:
    """Fill these code-point spans of the reader's document ([] clears them). The Qt boundary:
    positions become UTF-16 here."""
    offsets = Utf16Offsets(reader.displayed_text) if spans else None
    selections = []
    fill = QTextCharFormat()
    fill.setBackground(MENTION_COLOR)
    for start, end in spans:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(reader.document())
        cursor.setPosition(offsets.to_units(start))
        cursor.setPosition(offsets.to_units(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fill
        selections.append(selection)
    reader.setExtraSelections(selections)


def highlighted_spans(reader: ReaderView) -> list[tuple[int, int]]:
    """The code-point spans `highlight_spans` filled (what a user sees marked)."""
    offsets = Utf16Offsets(reader.displayed_text)
    return [(offsets.to_code_point(s.cursor.selectionStart()), offsets.to_code_point(s.cursor.selectionEnd()))
            for s in reader.extraSelections()]


class EntitiesPanel(QWidget):
    correctionsChanged = Signal()  # a correction was made, undone or redone

    def __init__(self, reader: ReaderView, session: Callable[[], ProjectSession | None],
                 parent: QWidget | None = None, jobs: JobRunner | None = None) -> None:
        super().__init__(parent)
        # The window's runner (closing it cancels and waits for these); a panel alone has its own.
        self._jobs = jobs if jobs is not None else JobRunner(self)
        self.reader = reader
        self._session = session
        self._job: Job | None = None
        self._shown: tuple[int | None, bool] | None = None  # (document, all documents) listed
        self._current: EntityRow | None = None
        self._occurrence = 0
        self.active = True  # False while the dock is hidden: nothing is computed
        self._seen_session: ProjectSession | None = None

        self.scope = QCheckBox(self.tr("All documents"))
        self.scope.setObjectName("entitiesScope")
        self.scope.setToolTip(self.tr("Count the mentions in every document, not only the open one"))
        self.scope.toggled.connect(lambda: self.refresh(force=True))
        self.status = QLabel()
        self.status.setObjectName("entitiesStatus")
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("entitiesNext")
        self.next_button.setToolTip(self.tr("Select the next mention of the chosen entity"))
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self.next_occurrence)
        self.add_button = QPushButton(self.tr("Add selection as…"))
        self.add_button.setObjectName("entitiesAdd")
        self.add_button.setToolTip(self.tr("The text selected in the reading view is an entity"))
        self.add_button.clicked.connect(self._add_menu)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("entitiesExport")
        self.export_button.setToolTip(self.tr("Every mention, to CSV or Excel (the open document, "
                                              "or every document with “All documents”)"))
        self.export_button.clicked.connect(self._choose_export)
        self._export_job: Job | None = None

        self.model = EntitiesModel()
        self.view = row_table_view(self.model, "entitiesView")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.clicked.connect(lambda index: self.show_entity(index.row()))
        self.view.activated.connect(lambda index: self.show_entity(index.row()))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        bar = QHBoxLayout()
        for widget in (self.scope, self.status):
            bar.addWidget(widget)
        bar.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        reader.displayChanged.connect(self._display_changed)

    # -- listing -----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._job is not None

    def set_active(self, active: bool) -> None:
        self.active = active
        if active:
            self.refresh()

    def _display_changed(self) -> None:
        if self._session() is not self._seen_session:
            # Another project: what was listed (or is being found) belongs to the old one.
            self._seen_session, self._job, self._shown, self._current = self._session(), None, None, None
            self.model.set_rows([])
        self.model.set_script(self.reader.script, self.reader.document_script)
        if (self.reader.document_id, self.scope.isChecked()) == self._shown:
            # Another script of the same text: the new layout lost the marks; put them back.
            self._mark(self._current)
            return
        self.refresh()

    def refresh(self, *, force: bool = False) -> Job | None:
        """List the entities of the open document (of every document with "All documents"),
        in a worker thread; a newer listing supersedes one still running."""
        session = self._session()
        document_id = self.reader.document_id
        wanted = (document_id, self.scope.isChecked())
        if not force and wanted == self._shown:
            return None
        if session is None or document_id is None:
            self._job = None
            self._show([], (None, wanted[1]))
            self.status.setText("")
            return None
        if not self.active:
            return None
        project, all_documents = session.project, wanted[1]
        job = self._jobs.start(JobKind.ANALYSIS, self.tr("Finding entities"),
                            lambda progress, cancel: entity_rows(project, document_id, all_documents),
                               quiet=True)
        self._job = job
        job.done.connect(lambda rows, j=job: self._finished(j, rows, wanted))
        job.failed.connect(lambda message, j=job: self._failed(j, message))
        self.status.setText(self.tr("finding entities…"))
        return job

    def _finished(self, job: Job, rows: list[EntityRow], wanted: tuple[int | None, bool]) -> None:
        if job is self._job and wanted == (self.reader.document_id, self.scope.isChecked()):
            self._job = None
            self._show(rows, wanted)
            self.status.setText(self.tr("entities: %n", "", len(rows)))
        elif job is self._job:
            self._job = None
            self.refresh()  # the document changed meanwhile

    def _failed(self, job: Job, message: str) -> None:
        if job is self._job:
            self._job = None
            self.status.setText(message)
            self._session().report(message)

    def _show(self, rows: list[EntityRow], shown: tuple[int | None, bool]) -> None:
        chosen = self._current
        self.model.set_rows(rows)
        self._shown = shown
        self._current = None
        # The entity chosen before stays chosen (after a correction, in another scope), under
        # its new kind if it was given one.
        if chosen is not None:
            same = [row for row, entity in enumerate(rows) if entity.key == chosen.key]
            same.sort(key=lambda row: rows[row].kind != chosen.kind)
            if same:
                self.view.selectRow(same[0])
                self._current = rows[same[0]]
        self._mark(self._current)
        self.next_button.setEnabled(bool(self._current and self._current.positions))

    # -- the mentions in the reader -----------------------------------------------------------------

    def show_entity(self, row: int) -> None:
        """Mark every mention of the entity in the reading view and select the first."""
        entity = self.model.entity(row)
        self._current, self._occurrence = entity, 0
        self._mark(entity)
        self.next_button.setEnabled(bool(entity.positions))
        if entity.positions:
            self.reader.select_span(*entity.positions[0])

    def next_occurrence(self) -> None:
        entity = self._current
        if entity is None or not entity.positions:
            return
        self._occurrence = (self._occurrence + 1) % len(entity.positions)
        self.reader.select_span(*entity.positions[self._occurrence])

    def _mark(self, entity: EntityRow | None) -> None:
        highlight_spans(self.reader, list(entity.positions) if entity else [])

    # -- corrections --------------------------------------------------------------------------------

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if index.isValid():
            self.entity_menu(index.row()).exec(self.view.viewport().mapToGlobal(point))

    def entity_menu(self, row: int) -> QMenu:
        """What can be done to a listed entity: another kind, no entity (everywhere, or this
        mention), code every mention."""
        entity = self.model.entity(row)
        label = visible(in_script(entity.text, self.reader.script, self.reader.document_script))
        menu = QMenu(self)
        kinds = menu.addMenu(self.tr("Kind"))
        for kind in KINDS:
            action = kinds.addAction(kind_label(kind), lambda k=kind: self.set_kind(entity, k))
            action.setCheckable(True)
            action.setChecked(kind == entity.kind)
        menu.addAction(self.tr("Not an entity (in every document)"), lambda: self.reject(entity))
        here = menu.addAction(self.tr("Not an entity here (the selected mention)"),
                              lambda: self.reject_here(entity))
        here.setEnabled(self._selected_mention(entity) is not None)
        session = self._session()
        code_menu = menu.addMenu(self.tr("Code every mention with"))
        for code in session.codes() if session is not None else []:
            code_menu.addAction(shown(code.path), lambda c=code: self.code_all(entity, c))
        menu.setTitle(label)
        return menu

    def _selected_mention(self, entity: EntityRow) -> tuple[int, int] | None:
        span = self.reader.selected_span()
        return span if span in entity.positions else None

    def _correct(self, text: str, make) -> bool:
        session = self._session()
        if session is None:
            return False
        return session.execute(EntityCorrectionCommand(session, text, make, self._corrected))

    def _corrected(self) -> None:
        self.correctionsChanged.emit()
        self.refresh(force=True)

    def set_kind(self, entity: EntityRow, kind: str) -> bool:
        project, coder = self._session().project, self._session().coder
        return self._correct(
            self.tr("Mark “{text}” as {kind}").format(text=entity.text, kind=kind_label(kind)),
            lambda: entity_service.set_entity_kind(project, entity.text, kind, coder=coder))

    def reject(self, entity: EntityRow) -> bool:
        project, coder = self._session().project, self._session().coder
        return self._correct(
            self.tr("Mark “{text}” as no entity").format(text=entity.text),
            lambda: entity_service.reject_entity(project, entity.text, coder=coder))

    def reject_here(self, entity: EntityRow) -> bool:
        span = self._selected_mention(entity)
        document_id = self.reader.document_id
        if span is None or document_id is None:
            return False
        project, coder = self._session().project, self._session().coder
        return self._correct(
            self.tr("Mark “{text}” at {start} as no entity").format(text=entity.text, start=span[0]),
            lambda: entity_service.reject_mention(project, document_id, *span, coder=coder))

    def _add_menu(self) -> None:
        menu = self.add_menu()
        menu.exec(self.add_button.mapToGlobal(QPoint(0, self.add_button.height())))

    def add_menu(self) -> QMenu:
        menu = QMenu(self)
        for kind in KINDS:
            menu.addAction(kind_label(kind), lambda k=kind: self.add_selection(k))
        return menu

    def add_selection(self, kind: str) -> bool:
        """The reader's selection is an entity of ``kind`` (in this document)."""
        start, end = self.reader.selected_span()
        document_id, session = self.reader.document_id, self._session()
        if session is None or document_id is None or start >= end:
            if session is not None:
                session.report(self.tr("Select the entity's text in the reading view first"))
            return False
        project, coder = session.project, session.coder
        text = self.reader.text[start:end]
        return self._correct(
            self.tr("Add “{text}” as {kind}").format(text=text, kind=kind_label(kind)),
            lambda: entity_service.add_entity(project, document_id, start, end, kind, coder=coder))

    def code_all(self, entity: EntityRow, code: CodeInfo) -> bool:
        """Code every mention of the entity (in the scope listed) with ``code``: one undo step."""
        session = self._session()
        document_id = self.reader.document_id
        if session is None or document_id is None:
            return False
        documents = None if self.scope.isChecked() else [document_id]
        try:
            spans = entity_service.entity_occurrences(session.project, documents, entity.text,
                                                      kind=entity.kind)
        except USER_ERRORS as error:
            session.report(error)
            return False
        if not spans:
            return False
        return session.execute(TagManyCommand(session, spans, code))

    # -- export -------------------------------------------------------------------------------------

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export entities"),
                                              str(Path.home() / "entities.xlsx"),
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    @property
    def exporting(self) -> bool:
        return self._export_job is not None

    def export_to(self, path: Path) -> Job | None:
        """Every mention of the scope listed to ``path`` (.xlsx or .csv), in a worker thread."""
        session, document_id = self._session(), self.reader.document_id
        if session is None or document_id is None:
            return None
        project = session.project
        documents = None if self.scope.isChecked() else [document_id]
        job = self._jobs.start(JobKind.EXPORT, self.tr("Exporting entities"),
                            lambda progress, cancel: export_entities(project, documents, path))
        self._export_job = job
        job.done.connect(lambda written: self._exported(path, written))
        job.failed.connect(lambda message: self._exported(path, None, message))
        return job

    def _exported(self, path: Path, written: int | None, message: str = "") -> None:
        self._export_job = None
        if written is None:
            self.status.setText(message)
            self._session().report(message)
        else:
            self.status.setText(self.tr("mentions exported to {path}: %n", "", written).format(path=shown(path.name)))
