"""The search panel: literal or regex search in the current or all documents, in either script,
with results as keyword-in-context lines; "tag all results" with a code.

Every hit is counted; the list shows the first `DEFAULT_LIMIT` of them and says so. "Tag all"
tags every hit, shown or not: it asks the service for the spans of all of them.

Searches run on the window's job runner: a new search, or clearing the query, cancels the one
still running, which stops between documents and whose results are never shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
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

from annotator.domain import CodeInfo, SearchHit, SearchResults
from annotator.errors import USER_ERRORS
from annotator.services.search import search, search_spans
from annotator.text.display import visible
from annotator.ui.messages import shown
from annotator.ui.session import ProjectSession
from annotator.ui.table_model import RowTableModel, row_table_view
from annotator.ui.jobs import Job, JobKind, JobRunner

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(RowTableModel[SearchHit]):
    HEADERS = (QT_TRANSLATE_NOOP("headers", "Document"), QT_TRANSLATE_NOOP("headers", "Before"),
               QT_TRANSLATE_NOOP("headers", "Match"), QT_TRANSLATE_NOOP("headers", "After"))

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
    tagAllRequested = Signal(list, object)  # [(document id, start, end)] of every hit, CodeInfo
    resultsChanged = Signal(list)  # [SearchHit] listed: on new results, and [] when cleared

    def __init__(self, session: ProjectSession, jobs: JobRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs if jobs is not None else JobRunner(self)
        self.current_document_id: int | None = None
        self._job: Job | None = None
        self.results: SearchResults | None = None
        self._searched: tuple[str, bool, list[int]] | None = None  # query, regex, documents
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Search (毛泽东 also finds 毛澤東)"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.run_search)
        self.query.textChanged.connect(self._query_edited)
        self.regex = QCheckBox(self.tr("Regex"))
        self.scope = QComboBox()
        self.scope.addItems([self.tr("This document"), self.tr("All documents")])
        self.scope.setCurrentIndex(1)
        go = QPushButton(self.tr("Search"))
        go.clicked.connect(self.run_search)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.code_choice = QComboBox()
        self.code_choice.setObjectName("tagAllCode")
        self.tag_all_button = QPushButton(self.tr("Tag all with"))
        self.tag_all_button.setObjectName("tagAllButton")
        self.tag_all_button.setToolTip(self.tr("Tag every result, including any not listed, with the chosen code"))
        self.tag_all_button.setEnabled(False)
        self.tag_all_button.clicked.connect(self._tag_all)
        session.codesChanged.connect(self._codebook_changed)
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
        for widget in (self.query, self.regex, self.scope, go, self.status, self.tag_all_button,
                       self.code_choice):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)

    def _codebook_changed(self) -> None:
        # One code's colour, description or key (session.code_update): the choices, which
        # show paths, stay as they are.
        if self.session.code_update is None:
            self._fill_codes()

    def _fill_codes(self) -> None:
        current = self.code_choice.currentData()
        self.code_choice.clear()
        for code in self.session.codes():
            self.code_choice.addItem(shown(code.path), code.id)
        index = self.code_choice.findData(current)
        if index >= 0:
            self.code_choice.setCurrentIndex(index)

    @property
    def searching(self) -> bool:
        return self._job is not None

    def run_search(self) -> Job | None:
        """Search in a worker thread: ten volumes, or a regex near its time limit, must not
        freeze the window. A newer search cancels an older one still running."""
        text = self.query.text()
        if not text:
            self.clear_results()
            return None
        only_this = self.scope.currentIndex() == 0 and self.current_document_id is not None
        project, regex = self.session.project, self.regex.isChecked()
        document_ids = [self.current_document_id] if only_this else []
        # Shown by the panel's "searching…", not in the status bar: most searches take a blink.
        job = self.jobs.start(
            JobKind.SEARCH, self.tr("Searching"),
            lambda progress, cancel: search(project, text, regex=regex, document_ids=document_ids,
                                            cancel=cancel, progress=progress),
            quiet=True, exclusive=True,
        )
        self._job = job
        searched = (text, regex, document_ids)
        job.done.connect(lambda results, j=job: self._finished(j, results, searched))
        job.failed.connect(lambda message, j=job: self._failed(j, message))
        self.status.setText(self.tr("searching…"))
        return job

    def clear_results(self) -> None:
        """Empty the list, the count and the marks in the reader at once; a search still
        running is cancelled, so its results never appear after the query was cleared."""
        if self._job is not None:
            self._job.cancel()
        self._job = None
        self._show(None, None)
        self.status.setText("")

    def _query_edited(self, text: str) -> None:
        if not text:
            self.clear_results()

    def _show(self, results: SearchResults | None, searched: tuple[str, bool, list[int]] | None) -> None:
        self.results, self._searched = results, searched
        hits = list(results.hits) if results is not None else []
        self.model.set_hits(hits)
        self.tag_all_button.setEnabled(bool(results and results.total))
        self.resultsChanged.emit(hits)

    def _finished(self, job: Job, results: SearchResults,
                  searched: tuple[str, bool, list[int]]) -> None:
        if job is self._job:
            self._job = None
            self._show(results, searched)
            self.status.setText(results_summary(results))

    def _failed(self, job: Job, message: str) -> None:
        if job is self._job:
            self._job = None
            self._show(None, None)  # the old results do not answer the new query
            self.status.setText(message)
            self.session.report(message)

    def _jump(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        self.jumpRequested.emit(hit.document_id, hit.start, hit.end)

    def _tag_all(self) -> None:
        """Ask the window to tag every hit of the listed search, not only the listed ones."""
        results, searched = self.results, self._searched
        code_id = self.code_choice.currentData()
        code: CodeInfo | None = next((c for c in self.session.codes() if c.id == code_id), None)
        if results is None or searched is None or not results.total or code is None:
            return
        if results.complete:
            spans = [(h.document_id, h.start, h.end) for h in results.hits]
        else:
            query, regex, document_ids = searched
            try:
                # Spans only, no contexts: quick even for hundreds of thousands of hits.
                spans = search_spans(self.session.project, query, regex=regex, document_ids=document_ids)
            except USER_ERRORS as error:
                self.session.report(error)
                return
        if spans:
            self.tagAllRequested.emit(spans, code)


def results_summary(results: SearchResults) -> str:
    """“12 matches”, or “first 10,000 of 12,345 matches shown” when the list is not all."""
    translate = QCoreApplication.translate
    total = results.total  # (lupdate reads a count only when it is a plain name)
    if results.complete:
        if not total:
            return translate("SearchPanel", "no matches")
        return translate("SearchPanel", "%Ln match(es)", None, total)
    return translate("SearchPanel", "first {shown} of %Ln match(es) shown", None, total).format(
        shown=f"{len(results.hits):,}")
