"""Parallel passages: for the reader's selection (or the sentence at the cursor), the passages of
other documents that tell the same thing, best first (annotator.services.parallels), and a
side-by-side comparison of the query and the chosen one with what differs marked, character by
character, in the reader's display script (校勘: a memoir beside a telegram, two editions).

The comparison is the service's (`compare`, on the folded texts: script and variant
characters are not differences); its segments are at stored offsets, which the converted
forms share, so the marks fall on the same characters in either script.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import CollationSegment, Comparison, ParallelResult
from annotator.errors import USER_ERRORS
from annotator.services import parallels as parallel_service
from annotator.services.documents import list_documents
from annotator.text.boundaries import segment_at
from annotator.text.display import visible
from annotator.text.forms import DisplayScript
from annotator.ui.entities_panel import in_script
from annotator.ui.reader import ReaderView, font_families
from annotator.ui.session import ProjectSession
from annotator.ui.table_model import RowTableModel, row_table_view
from annotator.ui.jobs import Job, JobKind, JobRunner

Index = QModelIndex | QPersistentModelIndex
# What differs: replaced characters on both sides, and what one side has that the other lacks.
DIFFERENCE_STYLE = {
    "replaced": "background-color:#ffe08a;",
    "deleted": "background-color:#ffb3b3;",  # in the query only
    "inserted": "background-color:#b8e6b8;",  # in the parallel only
}
Query = tuple[int, str, int, int]  # document id, title, start, end


class ParallelsModel(RowTableModel[ParallelResult]):
    def __init__(self) -> None:
        super().__init__()
        self.HEADERS = (self.tr("Score"), self.tr("Document"), self.tr("Where"), self.tr("Passage"))
        self.script = DisplayScript.ORIGINAL
        self.document_scripts: dict[int, str] = {}  # each document's own script

    def set_script(self, script: DisplayScript) -> None:
        self.script = script
        if self.rows:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self.rows) - 1, 3))

    def result(self, row: int) -> ParallelResult:
        return self.rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        result = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{result.score:.2f}"
            if column == 1:
                return visible(result.document)
            if column == 2:
                return f"{result.start}–{result.end}"
            return visible(in_script(result.text, self.script,
                                     self.document_scripts.get(result.document_id))).replace("\n", " ")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def marked_html(text: str, start: int, pieces: Sequence[tuple[str, int, int]]) -> str:
    """``text`` (beginning at stored offset ``start``) as HTML, each (kind, start, end) piece
    that is not ``equal`` in its difference's colour."""
    parts = []
    for kind, piece_start, piece_end in pieces:
        chunk = escape(text[piece_start - start:piece_end - start]).replace("\n", "<br>")
        style = DIFFERENCE_STYLE.get(kind)
        parts.append(f'<span style="{style}">{chunk}</span>' if style and chunk else chunk)
    return "".join(parts)


def sides(segments: Sequence[CollationSegment]) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """The segments as pieces of each side: (kind, start, end), empty pieces left out."""
    a = [(s.kind, s.a_start, s.a_end) for s in segments if s.a_end > s.a_start]
    b = [(s.kind, s.b_start, s.b_end) for s in segments if s.b_end > s.b_start]
    return a, b


class ComparisonView(QWidget):
    """Two passages side by side, what differs marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.script = DisplayScript.ORIGINAL
        self.document_scripts: dict[int, str] = {}
        self.a_title, self.b_title = QLabel(), QLabel()
        self.a_text, self.b_text = QTextBrowser(), QTextBrowser()
        self.a_text.setObjectName("compareQuery")
        self.b_text.setObjectName("compareParallel")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for title, text in ((self.a_title, self.a_text), (self.b_title, self.b_text)):
            column = QWidget()
            layout = QVBoxLayout(column)
            layout.setContentsMargins(0, 0, 0, 0)
            title.setWordWrap(True)
            layout.addWidget(title)
            layout.addWidget(text)
            splitter.addWidget(column)
        self.legend = QLabel(self.tr(
            '<span style="{replaced}">&nbsp;changed&nbsp;</span> '
            '<span style="{deleted}">&nbsp;only on the left&nbsp;</span> '
            '<span style="{inserted}">&nbsp;only on the right&nbsp;</span>').format(**DIFFERENCE_STYLE))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        layout.addWidget(self.legend)

    def set_fonts(self, families: list[str], point_size: float) -> None:
        for view in (self.a_text, self.b_text):
            font = view.font()
            font.setFamilies(families)
            font.setPointSizeF(point_size)
            view.setFont(font)

    def show_comparison(self, comparison: Comparison | None, script: DisplayScript) -> None:
        self.comparison, self.script = comparison, script
        if comparison is None:
            for widget in (self.a_title, self.b_title, self.a_text, self.b_text):
                widget.clear()
            return
        a_pieces, b_pieces = sides(comparison.segments)
        for title, view, passage, pieces in ((self.a_title, self.a_text, comparison.a, a_pieces),
                                             (self.b_title, self.b_text, comparison.b, b_pieces)):
            title.setText(f"{escape(visible(passage.document))} · {passage.start}–{passage.end}")
            shown = visible(in_script(passage.text, script, self.document_scripts.get(passage.document_id)))
            view.setHtml(marked_html(shown, passage.start, pieces))

    def differing(self) -> tuple[list[str], list[str]]:
        """The marked stretches of each side as shown (what a reader sees coloured)."""
        if self.comparison is None:
            return [], []
        result = []
        for passage, pieces in zip((self.comparison.a, self.comparison.b), sides(self.comparison.segments)):
            shown = in_script(passage.text, self.script, self.document_scripts.get(passage.document_id))
            result.append([shown[s - passage.start:e - passage.start] for kind, s, e in pieces
                           if kind != "equal"])
        return result[0], result[1]


class ParallelsPanel(QWidget):
    jumpRequested = Signal(int, int, int)  # document id, start, end

    def __init__(self, reader: ReaderView, session: Callable[[], ProjectSession | None],
                 parent: QWidget | None = None, jobs: JobRunner | None = None) -> None:
        super().__init__(parent)
        # The window's runner (closing it cancels and waits for these); a panel alone has its own.
        self._jobs = jobs if jobs is not None else JobRunner(self)
        self.reader = reader
        self._session = session
        self._job: Job | None = None
        self.query: Query | None = None
        self._seen_session: ProjectSession | None = None
        self.find_button = QPushButton(self.tr("Find parallels of the selection"))
        self.find_button.setObjectName("parallelsFind")
        self.find_button.setToolTip(self.tr("The passages of every document that tell what the "
                                            "selection (or the sentence at the cursor) tells"))
        self.find_button.clicked.connect(self.find_for_selection)
        self.status = QLabel()
        self.status.setObjectName("parallelsStatus")
        self.open_button = QPushButton(self.tr("Open this passage"))
        self.open_button.setObjectName("parallelsOpen")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_current)
        self.back_button = QPushButton(self.tr("Back to the query"))
        self.back_button.setObjectName("parallelsBack")
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.open_query)

        self.model = ParallelsModel()
        self.view = row_table_view(self.model, "parallelsView")
        header = self.view.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(lambda index: self.show_result(index.row()))
        self.view.activated.connect(lambda index: self.show_result(index.row()))
        self.view.doubleClicked.connect(lambda index: self.open_result(index.row()))
        self.comparison = ComparisonView()

        bar = QHBoxLayout()
        for widget in (self.find_button, self.status):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.back_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.comparison)
        splitter.setSizes([400, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        reader.displayChanged.connect(self._display_changed)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _display_changed(self) -> None:
        if self._session() is not self._seen_session:
            # Another project: the passages found (or being found) belong to the old one.
            self._seen_session, self._job, self.query = self._session(), None, None
            self.model.set_rows([])
            self.comparison.show_comparison(None, self.reader.script)
            self.status.setText("")
            self.open_button.setEnabled(False)
            self.back_button.setEnabled(False)
        script = self.reader.script
        self.model.set_script(script)
        self.comparison.set_fonts(font_families(self.reader.font_variant), self.reader.font().pointSizeF())
        if self.comparison.comparison is not None and self.comparison.script != script:
            self.comparison.show_comparison(self.comparison.comparison, script)

    def query_span(self) -> tuple[int, int] | None:
        """The reader's selection, or else the sentence at the cursor."""
        start, end = self.reader.selected_span()
        if start < end:
            return start, end
        session, document_id = self._session(), self.reader.document_id
        if session is None or document_id is None:
            return None
        sentence = segment_at(session.boundaries(document_id).sentences, start)
        return sentence if sentence and sentence[0] < sentence[1] else None

    def find_for_selection(self) -> Job | None:
        session, document_id = self._session(), self.reader.document_id
        span = self.query_span()
        if session is None or document_id is None or span is None:
            if session is not None:
                session.report(self.tr("Select a passage in the reading view first"))
            return None
        title = session.document(document_id).title
        return self.find(document_id, title, *span)

    def find(self, document_id: int, title: str, start: int, end: int) -> Job:
        """Find, in a worker thread, the parallels of [start, end) of the document."""
        project = self._session().project
        query: Query = (document_id, title, start, end)

        def work(progress, cancel) -> tuple[list[ParallelResult], dict[int, str]]:
            results = parallel_service.find_parallels(project, document_id, start, end)
            return results, {document.id: document.script for document in list_documents(project)}

        job = self._jobs.start(JobKind.ANALYSIS, self.tr("Finding parallel passages"), work,
                               quiet=True)
        self._job = job
        job.done.connect(lambda found, j=job: self._finished(j, query, *found))
        job.failed.connect(lambda message, j=job: self._failed(j, message))
        self.status.setText(self.tr("finding parallel passages…"))
        return job

    def _finished(self, job: Job, query: Query, results: list[ParallelResult],
                  scripts: dict[int, str]) -> None:
        if job is not self._job:
            return
        self._job = None
        self.query = query
        self.model.document_scripts = self.comparison.document_scripts = scripts
        self.model.set_rows(results)
        self.back_button.setEnabled(True)
        _, title, start, end = query
        # Plural-proof wording: the English has no translation file to choose a form by number.
        self.status.setText(self.tr("parallel passages of {document} {start}–{end}: %n", "", len(results))
                            .format(document=visible(title), start=start, end=end))
        if results:
            self.view.selectRow(0)
            self.show_result(0)
        else:
            self.comparison.show_comparison(None, self.reader.script)
            self.open_button.setEnabled(False)

    def _failed(self, job: Job, message: str) -> None:
        if job is self._job:
            self._job = None
            self.status.setText(message)
            self._session().report(message)

    def show_result(self, row: int) -> None:
        """Compare the query with the parallel in this row."""
        if self.query is None:
            return
        result = self.model.result(row)
        document_id, _, start, end = self.query
        try:
            comparison = parallel_service.compare(self._session().project, (document_id, start, end),
                                                  (result.document_id, result.start, result.end))
        except USER_ERRORS as error:
            self._session().report(error)
            return
        self.comparison.show_comparison(comparison, self.reader.script)
        self.open_button.setEnabled(True)

    def open_result(self, row: int) -> None:
        """Open the parallel's document at its place."""
        result = self.model.result(row)
        self.jumpRequested.emit(result.document_id, result.start, result.end)

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.open_result(index.row())

    def open_query(self) -> None:
        if self.query is not None:
            document_id, _, start, end = self.query
            self.jumpRequested.emit(document_id, start, end)
