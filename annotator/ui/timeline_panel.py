"""Analysis › Timeline: every dated mention of every document on one time axis (zoomable, a
lane per document, tinted by code: annotator.ui.timeline_axis) and in a list in time order,
with the coded passages each one dates; a click on either opens the place in its document.

The dates are the timeline service's (annotator.services.timeline): already normalised to ISO
8601 (reign eras, Republican years and lunar dates converted there), so the list only sorts
them. A row takes the colour of the first code whose passage it dates. Dates with no year
known are not on the axis, as in `timeline` on the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import Passage, TimelineDate
from annotator.project import Project
from annotator.services.codes import list_codes
from annotator.services.documents import list_documents
from annotator.services.timeline import timeline
from annotator.text.display import visible
from annotator.text.forms import DisplayScript
from annotator.ui.entities_panel import in_script
from annotator.ui.session import ProjectSession
from annotator.ui.table_model import RowTableModel, row_table_view
from annotator.ui.timeline_axis import ZOOM_STEP, TimelineAxis
from annotator.ui.jobs import Job, JobKind, JobRunner
from annotator.ui.messages import shown

Index = QModelIndex | QPersistentModelIndex
CONTEXT = 12  # characters shown on each side of a date
ROW_TINT_ALPHA = 70


@dataclass(frozen=True)
class TimelineRow:
    """A date on the axis, the words around it, and the passages it dates."""

    date: TimelineDate
    context: str
    document_script: str
    passages: tuple[Passage, ...]
    color: str | None  # of the first passage's code


def timeline_rows(project: Project) -> list[TimelineRow]:
    """The rows in time order (ties: by document and position); run off the UI thread."""
    found = timeline(project)
    dated: dict[tuple[int, int], list[Passage]] = {}
    for entry in found.passages:
        for date in entry.dates:
            dated.setdefault((date.document_id, date.start), []).append(entry.passage)
    colors = {code.id: code.color for code in list_codes(project)}
    scripts = {document.id: document.script for document in list_documents(project)}
    texts: dict[int, str] = {}
    rows = []
    for date in found.dates:
        if date.normalized is None:
            continue
        if date.document_id not in texts:
            texts[date.document_id] = project.stored_text(date.document_id) or ""
        text = texts[date.document_id]
        context = text[max(0, date.start - CONTEXT):date.end + CONTEXT].replace("\n", " ")
        passages = tuple(dated.get((date.document_id, date.start), ()))
        rows.append(TimelineRow(date, context, scripts.get(date.document_id, ""), passages,
                                colors.get(passages[0].code_id) if passages else None))
    return sorted(rows, key=lambda r: (r.date.normalized, r.date.document_id, r.date.start))


class TimelineModel(RowTableModel[TimelineRow]):
    def __init__(self) -> None:
        super().__init__()
        self.HEADERS = (self.tr("Date"), self.tr("As written"), self.tr("Document"),
                        self.tr("Context"), self.tr("Coded"))
        self.script = DisplayScript.ORIGINAL

    def set_script(self, script: DisplayScript) -> None:
        self.script = script
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))

    def entry(self, row: int) -> TimelineRow:
        return self.rows[row]

    def _note(self, date: TimelineDate) -> str:
        notes = []
        if date.calendar == "lunar-converted":
            notes.append(self.tr("converted from the lunar calendar"))
        elif date.calendar == "lunar":
            notes.append(self.tr("a lunar month: only its year is certain"))
        if date.era:
            notes.append(self.tr("reign era {era}").format(era=date.era))
        if date.julian:
            notes.append(self.tr("Julian calendar: {date}").format(date=date.julian))
        return "; ".join(notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        date = row.date
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return date.normalized
            if column == 1:
                return visible(in_script(date.text, self.script, row.document_script))
            if column == 2:
                return visible(date.document)
            if column == 3:
                return visible(in_script(row.context, self.script, row.document_script))
            return "; ".join(dict.fromkeys(shown(p.code_path) for p in row.passages))
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 1):
            return self._note(date) or None
        if role == Qt.ItemDataRole.BackgroundRole and row.color:
            color = QColor(row.color)
            color.setAlpha(ROW_TINT_ALPHA)
            return QBrush(color)
        return None


class TimelinePanel(QWidget):
    jumpRequested = Signal(int, int, int)  # document id, start, end

    def __init__(self, session: Callable[[], ProjectSession | None], parent: QWidget | None = None,
                 jobs: JobRunner | None = None) -> None:
        super().__init__(parent)
        # The window's runner (closing it cancels and waits for these); a panel alone has its own.
        self._jobs = jobs if jobs is not None else JobRunner(self)
        self._session = session
        self._job: Job | None = None
        self._seen_session: ProjectSession | None = None
        self.status = QLabel()
        self.status.setObjectName("timelineStatus")
        reload = QPushButton(self.tr("Refresh"))
        reload.setObjectName("timelineRefresh")
        reload.clicked.connect(self.refresh)
        self.model = TimelineModel()
        self.view = row_table_view(self.model, "timelineView")
        header = self.view.horizontalHeader()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.axis = TimelineAxis()
        self.axis.rowClicked.connect(self._mark_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        for text, tip, name, slot in (
            ("+", self.tr("Zoom in (or the mouse wheel over the axis)"), "timelineZoomIn",
             lambda: self.axis.zoom(ZOOM_STEP)),
            ("−", self.tr("Zoom out"), "timelineZoomOut", lambda: self.axis.zoom(1 / ZOOM_STEP)),
            (self.tr("All"), self.tr("Show every date"), "timelineWhole", self.axis.show_whole),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addWidget(reload)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.axis)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.axis.minimumHeight() + 40, 1000])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def display_changed(self, script: DisplayScript) -> None:
        """The reader shows another document or script (or another project's)."""
        if self._session() is not self._seen_session:
            # Another project: the dates listed (or being read) belong to the old one.
            self._seen_session, self._job = self._session(), None
            self.model.set_rows([])
            self.axis.set_rows([])
            self.status.setText("")
            self.model.set_script(script)
            if self.isVisible() and self._seen_session is not None:
                self.refresh()  # the new project's dates
            return
        self.model.set_script(script)

    def refresh(self) -> Job | None:
        session = self._session()
        if session is None:
            self.model.set_rows([])
            return None
        project = session.project
        job = self._jobs.start(JobKind.ANALYSIS, self.tr("Reading the dates"),
                               lambda progress, cancel: timeline_rows(project), quiet=True)
        self._job = job
        job.done.connect(lambda rows, j=job: self._finished(j, rows))
        job.failed.connect(lambda message, j=job: self._failed(j, message))
        self.status.setText(self.tr("reading the dates…"))
        return job

    def _finished(self, job: Job, rows: list[TimelineRow]) -> None:
        if job is self._job:
            self._job = None
            self.model.set_rows(rows)
            self.axis.set_rows(rows)
            # The axis as high as its lanes (a few documents: the list gets the rest).
            self.splitter.setSizes([self.axis.minimumHeight() + 40,
                                    max(self.splitter.height() - self.axis.minimumHeight() - 40, 100)])
            first, last = (rows[0].date.normalized, rows[-1].date.normalized) if rows else ("", "")
            self.status.setText(self.tr("dates: %n", "", len(rows))
                                + (f" · {first} – {last}" if rows else ""))

    def _failed(self, job: Job, message: str) -> None:
        if job is self._job:
            self._job = None
            self.status.setText(message)
            session = self._session()
            if session is not None:
                session.report(message)

    def _mark_clicked(self, row: int) -> None:
        """A mark on the axis: its row chosen in the list, its place opened."""
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        self._open(self.model.index(row, 4))  # a passage it dates, if any

    def _open(self, index: QModelIndex) -> None:
        """The date's place in its document: the passage it dates (from the Coded column, or
        a mark on the axis), else the date itself."""
        self.axis.set_selected(index.row())
        row = self.model.entry(index.row())
        date = row.date
        if row.passages and index.column() == 4:
            passage = row.passages[0]
            self.jumpRequested.emit(passage.document_id, passage.start, passage.end)
        else:
            self.jumpRequested.emit(date.document_id, date.start, date.end)
