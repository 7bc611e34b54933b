"""The search panel: literal or regex search in the current or all documents, in either script,
with results as keyword-in-context lines; "tag all results" with a code."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import CodeInfo, SearchHit
from annotator.services.search import search
from annotator.text.display import visible
from annotator.ui.session import ProjectSession
from annotator.ui.table_model import RowTableModel, row_table_view
from annotator.ui.workers import BackgroundJob

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(RowTableModel[SearchHit]):
    HEADERS = ("Document", "Before", "Match", "After")

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.set_rows(hits)

    def hit(self, row: int) -> SearchHit:
        return self.rows[row]

    def hits(self) -> list[SearchHit]:
        return list(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return visible((hit.document, hit.context_before, hit.match, hit.context_after)[column])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 1:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 2:
                return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == 2:
            font = QFont()
            font.setBold(True)
            return font
        return None


class SearchPanel(QWidget):
    jumpRequested = Signal(int, int, int)  # document id, start, end
    jobStarted = Signal(object)  # BackgroundJob: the window waits for it before closing
    tagAllRequested = Signal(list, object)  # [(document id, start, end)], CodeInfo

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current_document_id: int | None = None
        self._job: BackgroundJob | None = None
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText("Search (毛泽东 also finds 毛澤東)")
        self.query.returnPressed.connect(self.run_search)
        self.regex = QCheckBox("Regex")
        self.scope = QComboBox()
        self.scope.addItems(["This document", "All documents"])
        self.scope.setCurrentIndex(1)
        go = QPushButton("Search")
        go.clicked.connect(self.run_search)
        self.status = QLabel()
        self.code_choice = QComboBox()
        self.code_choice.setObjectName("tagAllCode")
        tag_all = QPushButton("Tag all with")
        tag_all.setObjectName("tagAllButton")
        tag_all.clicked.connect(self._tag_all)
        session.codesChanged.connect(self._fill_codes)
        self._fill_codes()

        self.model = SearchResultsModel()
        self.view = row_table_view(self.model, "searchResults")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._jump)
        self.view.doubleClicked.connect(self._jump)

        bar = QHBoxLayout()
        for widget in (self.query, self.regex, self.scope, go, self.status, tag_all, self.code_choice):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)

    def _fill_codes(self) -> None:
        current = self.code_choice.currentData()
        self.code_choice.clear()
        for code in self.session.codes():
            self.code_choice.addItem(code.path, code.id)
        index = self.code_choice.findData(current)
        if index >= 0:
            self.code_choice.setCurrentIndex(index)

    @property
    def searching(self) -> bool:
        return self._job is not None

    def run_search(self) -> BackgroundJob | None:
        """Search in a worker thread: ten volumes, or a regex near its time limit, must not
        freeze the window. A newer search supersedes an older one still running."""
        text = self.query.text()
        if not text:
            self._job = None
            self.model.set_hits([])
            self.status.setText("")
            return None
        only_this = self.scope.currentIndex() == 0 and self.current_document_id is not None
        project, regex = self.session.project, self.regex.isChecked()
        document_ids = [self.current_document_id] if only_this else []
        job = BackgroundJob(
            "Searching",
            lambda progress, cancel: search(project, text, regex=regex, document_ids=document_ids),
        )
        self._job = job
        job.done.connect(lambda hits, j=job: self._finished(j, hits))
        job.failed.connect(lambda message, j=job: self._failed(j, message))
        self.status.setText("searching…")
        self.jobStarted.emit(job)
        job.start()
        return job

    def _finished(self, job: BackgroundJob, hits: list[SearchHit]) -> None:
        if job is self._job:
            self._job = None
            self.model.set_hits(hits)
            self.status.setText(f"{len(hits)} matches")

    def _failed(self, job: BackgroundJob, message: str) -> None:
        if job is self._job:
            self._job = None
            self.status.setText(message)
            self.session.report(message)

    def _jump(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        self.jumpRequested.emit(hit.document_id, hit.start, hit.end)

    def _tag_all(self) -> None:
        hits = self.model.hits()
        code_id = self.code_choice.currentData()
        code: CodeInfo | None = next((c for c in self.session.codes() if c.id == code_id), None)
        if hits and code is not None:
            self.tagAllRequested.emit([(h.document_id, h.start, h.end) for h in hits], code)
