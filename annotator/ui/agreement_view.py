"""Analysis › Agreement: agreement between coders as a table, and where they disagree.

The rows come from annotator.services.agreement (per code, document and pair of coders,
counted per character; a code's total over the documents has no document). The second tab lists
the stretches where one coder of a pair applied a code and the other did not, the two coders
side by side; clicking one shows it in the reading view. Both follow the project as it
changes (here or by a colleague), recomputed on the job runner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.services import agreement as service
from annotator.text.display import visible
from annotator.ui.jobs import Job, JobKind, JobRunner
from annotator.ui.seen_refresh import SeenRefresh
from annotator.ui.table_model import Index, RowTableModel

translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls

STRETCH_QUOTE = 60  # characters of a stretch shown; the reading view shows the rest
# After a change to the project, how long the window waits for more before it recomputes.
REFRESH_DELAY_MS = 300


def _measure(value: float | None, digits: int) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


class AgreementModel(RowTableModel[service.Agreement]):
    """One row per code, document and pair of coders; a code's totals in bold."""

    HEADERS = (
        QT_TRANSLATE_NOOP("headers", "Code"),
        QT_TRANSLATE_NOOP("headers", "Document"),
        QT_TRANSLATE_NOOP("headers", "Coders"),
        QT_TRANSLATE_NOOP("headers", "Agreement %"),
        QT_TRANSLATE_NOOP("headers", "Kappa"),
        QT_TRANSLATE_NOOP("headers", "Alpha"),
        QT_TRANSLATE_NOOP("headers", "Characters"),
    )

    def row(self, number: int) -> service.Agreement:
        return self.rows[number]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (visible(row.code),
                    self.tr("(total)") if row.document is None else visible(row.document),
                    " / ".join(visible(name) for name in row.coders),
                    _measure(row.agreement, 2), _measure(row.kappa, 3), _measure(row.alpha, 3),
                    f"{row.characters:,}")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.document is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (4, 5) and (row.kappa is None):
            return self.tr("Undefined: both coders gave every character the same answer")
        return None


class DisagreementModel(RowTableModel[tuple[service.Disagreement, service.Stretch, str]]):
    """One row per stretch one coder of a pair applied a code to and the other did not, as
    (disagreement, stretch, text); the stretch's text stands in the column of the coder who
    coded it."""

    HEADERS = (
        QT_TRANSLATE_NOOP("headers", "Code"),
        QT_TRANSLATE_NOOP("headers", "Document"),
        # Where the stretch is ("10–20"), not how many: the table above counts them.
        QT_TRANSLATE_NOOP("headers", "Characters at"),
        QT_TRANSLATE_NOOP("headers", "First coder"),
        QT_TRANSLATE_NOOP("headers", "Second coder"),
    )

    def place(self, number: int) -> tuple[int, int, int]:
        """(document id, start, end) of the stretch in row `number`."""
        disagreement, stretch, _ = self.rows[number]
        return disagreement.document_id, stretch.start, stretch.end

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        disagreement, stretch, text = self.rows[index.row()]
        column = index.column()
        first, second = disagreement.coders
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return visible(disagreement.code)
            if column == 1:
                return visible(disagreement.document)
            if column == 2:
                return f"{stretch.start}–{stretch.end}"
            coder = first if column == 3 else second
            if stretch.coder == coder:
                # Translated too: Chinese puts a full-width colon here, as in "not coded".
                return self.tr("{coder}: {text}").format(coder=visible(coder), text=visible(text))
            return self.tr("{coder}: not coded").format(coder=visible(coder))
        if role == Qt.ItemDataRole.ForegroundRole and column >= 3:
            coder = first if column == 3 else second
            if stretch.coder != coder:
                return Qt.GlobalColor.gray
        return None


class AgreementWindow(QDialog):
    """The agreement table and the disagreements, for one code or all; not modal, so that a
    click on a disagreement can show it in the reading view behind.

    The figures follow the project: a change here or by a colleague (seen through the change
    watcher) recomputes them on the job runner, once for a burst of changes, keeping the row
    the user selected and where the table was scrolled to."""

    jumpRequested = Signal(int, int, int)  # document id, start, end

    def __init__(self, session, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._jobs = jobs
        self._job: Job | None = None  # the computation whose answer will be shown
        self.setWindowTitle(self.tr("Agreement between coders"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Code:")))
        self.code_choice = QComboBox()
        self.code_choice.setObjectName("agreementCode")
        bar.addWidget(self.code_choice, 1)
        self.status = QLabel()
        self.status.setObjectName("agreementStatus")
        # Room for its longest line, so that the code choice does not jump when it shows.
        self.status.setMinimumWidth(max(self.status.fontMetrics().horizontalAdvance(line) for line in (
            self.tr("Recomputing…"), self.tr("Computing…"))))
        bar.addWidget(self.status)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)
        self.note = QLabel()
        self.note.setObjectName("agreementNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.tabs = QTabWidget()
        self.model = AgreementModel()
        self.table = self._view(self.model)
        self.tabs.addTab(self.table, self.tr("Agreement"))
        self.disagreement_model = DisagreementModel()
        self.disagreements = self._view(self.disagreement_model)
        self.disagreements.clicked.connect(self._jump)
        self.disagreements.activated.connect(self._jump)
        self.tabs.addTab(self.disagreements, self.tr("Disagreements"))
        layout.addWidget(self.tabs)
        self._fill_codes()
        self.code_choice.currentIndexChanged.connect(self.refresh)
        # A tag recomputes every figure (a read of every passage): a burst of changes (a
        # colleague's import, undoing several tags) waits for the last and computes once.
        self._seen = SeenRefresh(self, self.refresh, REFRESH_DELAY_MS)
        for signal in (session.passageAdded, session.passageRemoved, session.passageChanged,
                       session.passagesReset, session.passagesChangedIn, session.documentsChanged):
            signal.connect(self.refresh_soon)
        session.codesChanged.connect(self._codes_changed)
        session.closing.connect(self._project_closing)
        self.refresh()

    def _view(self, model: QAbstractTableModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # By pixel, so that a recomputed table can be put back where it was scrolled to.
        view.setVerticalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The stretches' text (the coders' columns) gets the room; in the table, the code.
        header.setStretchLastSection(isinstance(model, DisagreementModel))
        if isinstance(model, AgreementModel):
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return view

    def _fill_codes(self) -> None:
        """The code choice from the codebook, keeping the code chosen (All codes if it went)."""
        chosen = self.code_choice.currentData()
        self.code_choice.blockSignals(True)
        try:
            self.code_choice.clear()
            self.code_choice.addItem(self.tr("All codes"), None)
            for code in self.session.codes():
                self.code_choice.addItem(visible(code.path), code.id)
            self.code_choice.setCurrentIndex(max(0, self.code_choice.findData(chosen)))
        finally:
            self.code_choice.blockSignals(False)

    def _codes_changed(self) -> None:
        self._fill_codes()
        self.refresh_soon()

    def refresh_soon(self, *_: object) -> None:
        """After a change to the project: recompute once the changes stop coming, and only
        while the window is shown (a hidden one recomputes when it is shown again)."""
        self._seen.soon()

    def refresh(self, *_: object) -> Job:
        """Compute the figures and the disagreements on the job runner; a computation still
        running is cancelled and its answer never shown."""
        self._seen.done()
        if self._job is not None:
            self._job.cancel()
        code = self.code_choice.currentData()
        project = self.session.project

        def work(progress, cancel) -> tuple[list[service.Agreement], list[tuple]] | None:
            rows, found = service.agreement_and_disagreements(project, code=code)
            stretches = []
            texts: dict[int, str] = {}
            for disagreement in found:
                if cancel.is_set():
                    return None  # superseded: not delivered anyway
                if disagreement.document_id not in texts:
                    texts[disagreement.document_id] = project.stored_text(disagreement.document_id) or ""
                text = texts[disagreement.document_id]
                for stretch in disagreement.stretches:
                    quote = text[stretch.start:stretch.end]
                    if len(quote) > STRETCH_QUOTE:
                        quote = quote[:STRETCH_QUOTE - 1] + "…"
                    stretches.append((disagreement, stretch, quote))
            return rows, stretches

        job = self._jobs.start(JobKind.ANALYSIS, self.tr("Computing agreement"), work, quiet=True)
        self._job = job
        job.done.connect(lambda result, j=job: self._computed(j, *result))
        job.failed.connect(lambda message, j=job: self._failed(j, message))
        self.status.setText(self.tr("Recomputing…") if self.model.rows or self.disagreement_model.rows
                            else self.tr("Computing…"))  # the old figures stay until then
        return job

    def _computed(self, job: Job, rows: list[service.Agreement], stretches: list[tuple]) -> None:
        if job is not self._job:
            return
        self._job = None
        self.status.clear()
        _refill(self.table, self.model, rows, _agreement_key)
        _refill(self.disagreements, self.disagreement_model, stretches, _disagreement_key)
        pairs = {(row.document_id, row.coders) for row in rows if row.document is not None}
        if pairs:
            self.note.setText(self.tr(
                "Counted per character: for each character, a coder applied the code or did not. "
                "– where a measure is undefined (both coders gave every character the same answer). "
                "{count} stretches where one coder applied a code and the other did not.").format(
                    count=len(stretches)))
        else:
            self.note.setText(self.tr("No document was coded by two coders yet."))

    def _failed(self, job: Job, message: str) -> None:
        if job is self._job:
            self._job = None
            self.status.clear()
            self.note.setText(message)

    def _project_closing(self) -> None:
        """The project closes (another is opened): nothing more is read from it."""
        self._seen.done()
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self.close()

    def _jump(self, index: QModelIndex) -> None:
        if index.isValid():
            self.jumpRequested.emit(*self.disagreement_model.place(index.row()))


def _agreement_key(row: service.Agreement) -> tuple:
    return row.code_id, row.document_id, row.coders


def _disagreement_key(row: tuple[service.Disagreement, service.Stretch, str]) -> tuple:
    disagreement, stretch, _ = row
    return disagreement.code_id, disagreement.document_id, disagreement.coders, tuple(stretch)


def _refill(view: QTableView, model: RowTableModel, rows: list, key: Callable[[object], tuple]) -> None:
    """New rows in a view, the selected row kept selected (if it is still there) at the same
    height in the view, else the view scrolled as far as it was."""
    scrollbar = view.verticalScrollBar()
    scrolled = scrollbar.value()
    selected = view.selectionModel().selectedRows()
    kept = key(model.rows[selected[0].row()]) if selected else None
    height = view.rowViewportPosition(selected[0].row()) if selected else 0
    model.set_rows(rows)
    view.doItemsLayout()  # the scroll bar's range for the new rows, before it is set
    found = next((number for number, row in enumerate(rows) if key(row) == kept), None)
    if found is None:
        scrollbar.setValue(scrolled)
        return
    view.selectRow(found)
    scrollbar.setValue(view.verticalHeader().sectionPosition(found) - height)


def install(window) -> QAction:
    """Add Analysis › Agreement between coders… to the main window (the Analysis menu is
    shared with the other analyses: annotator.ui.reading_across)."""
    from annotator.ui.reading_across import analysis_menu

    menu = analysis_menu(window)
    action = QAction(translate("AgreementWindow", "&Agreement between coders…"), window)
    action.setObjectName("agreementAction")
    action.triggered.connect(lambda: show_agreement(window))
    menu.addAction(action)
    return action


def show_agreement(window) -> AgreementWindow | None:
    """Open (or bring forward and refresh) the agreement window of the open project."""
    coders = getattr(window, "coder_view", None)
    if coders is not None and coders.hiding_others:
        window.show_error(translate("AgreementWindow",
                                    "Blind coding is on: choose Coders › Compare with other coders "
                                    "first, then the agreement can be shown"))
        return None
    shown = getattr(window, "agreement_window", None)
    if shown is not None and shown.session is window.session:
        shown.refresh()
    else:
        if shown is not None:
            shown.close()
        shown = AgreementWindow(window.session, window.jobs, window)
        shown.jumpRequested.connect(window.jump_to)
        if coders is not None:
            # Blind coding turned on while it is open: other coders' work is hidden again.
            window.session.visibleCodersChanged.connect(
                lambda: shown.close() if coders.hiding_others else None)
        window.agreement_window = shown
    shown.show()
    shown.raise_()
    return shown
