"""The window's exchange and analysis actions: File › Export… in every format, File › Import…
and drag-and-drop of REFI-QDA projects (.qdpx) and codebooks (.qdc) as well as texts, File ›
Report…, and the Analysis menu with the code matrix and co-occurrence view.

Installed on a MainWindow by one call (`install_exchange_actions`), so that the window's own
module only names it. The export's format is the one the chosen file type (or the file's
extension) names; it runs as a background job through services/export.py, with the export's
checks. An import reads, checks and segments in the background (with progress and cancel),
merges in one transaction on the UI thread and shows what it took.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenu, QMessageBox

from annotator import APP_NAME
from annotator.domain import PassageFilter
from annotator.errors import USER_ERRORS
from annotator.services.export import FORMATS, export_to
from annotator.text.forms import DisplayScript
from annotator.text.sources import SOURCE_PATTERNS
from annotator.ui.analysis_view import COOCCURRENCE, MATRIX, AnalysisView
from annotator.ui.jobs import Job, JobKind

if TYPE_CHECKING:
    from annotator.services.exchange import ExchangeSummary
    from annotator.ui.main_window import MainWindow

EXCHANGE_PATTERNS = ("*.qdpx", "*.qdc")


class ExchangeActions(QObject):
    """The actions, and what they do, for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_summary: ExchangeSummary | None = None
        self.analysis_dock: QDockWidget | None = None
        self.analysis_view: AnalysisView | None = None
        self._original_import = window.import_files
        self._build_menus()
        # The window's own entry points (its panels' import and export requests, its drops and
        # File › Import texts…) come here; panels made for another project connect to these too.
        window.import_files = self.import_files  # type: ignore[method-assign]
        window.export_passages = self.export_passages  # type: ignore[method-assign]
        self._reconnect_panels()

    # -- menus -----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.actions()[0].menu()
        assert isinstance(file_menu, QMenu)
        export_action = next(a for a in file_menu.actions() if a.shortcut().toString() == "Ctrl+E")
        export_action.setText(self.tr("&Export…"))
        export_action.setToolTip(self.tr("Coded passages as CSV or an Excel workbook, the project "
                                         "for NVivo, MAXQDA, ATLAS.ti, QualCoder (REFI-QDA), or its "
                                         "codebook"))
        export_action.triggered.disconnect()
        export_action.triggered.connect(lambda: self.export_passages())
        # File › Import texts… keeps its name: its dialog (import_files) offers .qdpx and .qdc too.
        self.report_action = QAction(self.tr("&Report…"), self.window)
        self.report_action.setObjectName("reportAction")
        self.report_action.triggered.connect(lambda: self.write_report())
        file_menu.insertAction(_after(file_menu, export_action), self.report_action)

        # One Analysis menu, whichever part of the window makes it first (the menu bar's child
        # named analysisMenu, as the reading-across panels look for it).
        existing = bar.findChild(QMenu, "analysisMenu")
        self.analysis_menu = existing or QMenu(self.tr("&Analysis"), bar)
        self.analysis_menu.setObjectName("analysisMenu")
        if existing is not None:
            self.analysis_menu.addSeparator()
        self.matrix_action = self.analysis_menu.addAction(self.tr("Code &matrix"),
                                                          lambda: self.show_analysis(MATRIX))
        self.cooccurrence_action = self.analysis_menu.addAction(
            self.tr("&Co-occurrence"), lambda: self.show_analysis(COOCCURRENCE))
        self.analysis_menu.addSeparator()
        self.analysis_menu.addAction(self.tr("&Report…"), lambda: self.write_report())
        if existing is None:
            bar.insertMenu(bar.actions()[-1], self.analysis_menu)  # before Help

    def _reconnect_panels(self) -> None:
        window = self.window
        window.documents_panel.importRequested.disconnect()
        window.documents_panel.importRequested.connect(self.import_files)
        window.passages_panel.exportRequested.disconnect()
        window.passages_panel.exportRequested.connect(self.export_passages)

    def _run(self, kind: JobKind, label: str, work) -> Job:
        """Run `work(progress, cancel)` on the window's job runner (its status bar, Cancel)."""
        job = self.window.jobs.start(kind, label, work)
        job.failed.connect(self.window.show_error)
        return job

    # -- export ----------------------------------------------------------------------------------

    def file_types(self) -> list[tuple[str, str]]:
        """(file-dialog filter, extension), CSV first."""
        names = {".csv": self.tr("CSV"), ".xlsx": self.tr("Excel workbook"),
                 ".qdpx": self.tr("REFI-QDA project (NVivo, MAXQDA, ATLAS.ti, QualCoder)"),
                 ".qdc": self.tr("REFI-QDA codebook"), ".html": self.tr("HTML report")}
        return [(f"{names[suffix]} (*{suffix})", suffix) for suffix in FORMATS]

    def export_passages(self, passage_filter: PassageFilter | None = None) -> Job | None:
        """Ask for a file and its type, then export the passages the filter selects to it."""
        if not isinstance(passage_filter, PassageFilter):
            passage_filter = self.window.passages_panel.current_filter()
        types = self.file_types()
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export"), str(Path.home() / "coded-passages.csv"),
            ";;".join(kind for kind, _ in types))
        if not path:
            return None
        return self.export_file(_with_suffix(Path(path), chosen, types), passage_filter)

    def export_file(self, path: Path, passage_filter: PassageFilter) -> Job:
        """Export in the background in the format the extension names."""
        project = self.window.session.project
        script = self.report_script()
        job = self._run(JobKind.EXPORT, self.tr("Exporting %1").replace("%1", path.name),
                        lambda progress, cancel: export_to(project, passage_filter, path,
                                                           script=script, progress=progress,
                                                           cancel=cancel))
        job.done.connect(lambda outcome: self.window.statusBar().showMessage(
            self.tr("Exported %1 to %2 (%3)").replace("%1", outcome.what).replace("%2", str(path))
            .replace("%3", outcome.format), 8000))
        # After the window's own message for a cancelled job (it speaks of imports).
        job.cancelled.connect(lambda: self.window.statusBar().showMessage(
            self.tr("Export cancelled; %1 is as it was").replace("%1", path.name), 8000))
        return job

    def report_script(self) -> str:
        return "simplified" if self.window.reader.script == DisplayScript.SIMPLIFIED else "traditional"

    def write_report(self, path: Path | None = None) -> Job | None:
        """File › Report…: the current passage filter's passages, grouped by code, as HTML."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Report"), str(Path.home() / "report.html"),
                self.tr("HTML report (*.html)"))
            if not chosen:
                return None
            path = Path(chosen) if Path(chosen).suffix.lower() in (".html", ".htm") else Path(chosen + ".html")
        return self.export_file(path, self.window.passages_panel.current_filter())

    # -- import ----------------------------------------------------------------------------------

    def import_files(self, paths: list[Path]) -> None:
        """Texts go to the window's import; REFI-QDA files are merged here. With no paths,
        File › Import…'s dialog offers both."""
        if not paths:
            patterns = " ".join((*SOURCE_PATTERNS, *EXCHANGE_PATTERNS))
            filters = ";;".join((
                self.tr("Texts and REFI-QDA files (%1)").replace("%1", patterns),
                self.tr("REFI-QDA project or codebook (%1)").replace("%1", " ".join(EXCHANGE_PATTERNS)),
                self.tr("All files (*)"),
            ))
            chosen, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import"), str(Path.home()),
                                                     filters)
            paths = [Path(p) for p in chosen]
            if not paths:
                return
        # Here, not at the top: REFI-QDA's reader (lxml and the rest) is not needed to start.
        from annotator.services.exchange import is_exchange_file

        exchange = [Path(p) for p in paths if is_exchange_file(Path(p))]
        texts = [Path(p) for p in paths if not is_exchange_file(Path(p))]
        for path in exchange:
            self.import_exchange(path)
        if texts:
            self._original_import(texts)

    def import_exchange(self, path: Path) -> Job:
        from annotator.services.exchange import prepare_exchange

        project = self.window.session.project
        # Read and segmented as a reading job (nothing stored); merged on the UI thread after.
        job = self._run(
            JobKind.READ, self.tr("Importing %1").replace("%1", path.name),
            lambda progress, cancel: prepare_exchange(project, path, progress=progress, cancel=cancel,
                                                      parallel=True))
        job.done.connect(lambda prepared: QTimer.singleShot(0, lambda: self._store(prepared, project)))
        return job

    def _store(self, prepared, project) -> None:
        window = self.window
        if window.session.project is not project:
            window.show_error(self.tr("%1: not imported, the project was closed meanwhile")
                              .replace("%1", prepared.source))
            return
        from annotator.services.exchange import store_exchange

        try:
            summary = store_exchange(project, prepared)
        except USER_ERRORS as error:
            window.show_error(str(error))
            return
        self.last_summary = summary
        session = window.session
        session.codesChanged.emit()
        session.documentsChanged.emit()
        session.passagesReset.emit()
        session.memosChanged.emit()
        self.show_summary(summary)

    def summary_text(self, summary: ExchangeSummary) -> tuple[str, str]:
        """The summary as the dialog shows it: the counts, then what to look at."""
        kinds = (("document", self.tr("Documents")), ("code", self.tr("Codes")),
                 ("coder", self.tr("Coders")), ("passage", self.tr("Passages")),
                 ("memo", self.tr("Memos")))
        lines = [self.tr("%1: %2 added, %3 already here").replace("%1", label)
                 .replace("%2", f"{summary.added.get(kind, 0):,}")
                 .replace("%3", f"{summary.matched.get(kind, 0):,}") for kind, label in kinds]
        details = []
        if summary.merge.conflicts:
            details.append(self.tr("Kept this project's version:"))
            details += [f"• {conflict.description}" for conflict in summary.merge.conflicts]
        if summary.unsupported:
            details.append(self.tr("Not taken:"))
            details += [f"• {item}" for item in summary.unsupported]
        if summary.warnings:
            details.append(self.tr("Read with deviations from the standard:"))
            details += [f"• {warning}" for warning in summary.warnings]
        return "\n".join(lines), "\n".join(details)

    def show_summary(self, summary: ExchangeSummary) -> QMessageBox:
        text, details = self.summary_text(summary)
        title = self.tr("Imported %1").replace("%1", summary.source)
        if summary.producer:
            title += " " + self.tr("(from %1)").replace("%1", summary.producer)
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, title, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("exchangeSummary")
        box.setInformativeText(text + ("\n\n" + details if details else ""))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.window.statusBar().showMessage(title, 8000)
        return box

    # -- analysis --------------------------------------------------------------------------------

    def show_analysis(self, kind: str = MATRIX) -> AnalysisView:
        window = self.window
        project = window.session.project
        if self.analysis_view is None or self.analysis_view.project is not project:
            if self.analysis_dock is None:
                self.analysis_dock = QDockWidget(self.tr("Analysis"), window)
                self.analysis_dock.setObjectName("analysisDock")
                window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.analysis_dock)
                window.tabifyDockWidget(window.passages_dock, self.analysis_dock)
            view = AnalysisView(project)
            view.cellActivated.connect(self.open_passages)
            view.errorOccurred.connect(window.show_error)
            session = window.session
            for signal in (session.passagesReset, session.codesChanged, session.documentsChanged,
                           session.passageAdded, session.passageRemoved, session.passageChanged):
                signal.connect(view.refresh_soon)
            old = self.analysis_dock.widget()
            self.analysis_dock.setWidget(view)
            if old is not None:
                old.deleteLater()
            self.analysis_view = view
        self.analysis_dock.show()
        self.analysis_dock.raise_()
        self.analysis_view.show_kind(kind)
        return self.analysis_view

    def open_passages(self, passage_filter: PassageFilter) -> None:
        """A cell's passages in the coded-passages panel."""
        self.window.passages_panel.model.set_filter(passage_filter)
        self.window.passages_dock.show()
        self.window.passages_dock.raise_()


def _after(menu: QMenu, action: QAction) -> QAction | None:
    actions = menu.actions()
    index = actions.index(action)
    return actions[index + 1] if index + 1 < len(actions) else None


def _with_suffix(path: Path, chosen: str, types: list[tuple[str, str]]) -> Path:
    """The path with the chosen type's extension, unless it has one an export writes."""
    if path.suffix.lower() in FORMATS or path.suffix.lower() == ".htm":
        return path
    suffix = next((extension for kind, extension in types if kind == chosen), ".csv")
    return path.with_name(path.name + suffix)


def install_exchange_actions(window: MainWindow) -> ExchangeActions:
    """Give the window its exchange and analysis actions (module docstring)."""
    window.exchange_actions = ExchangeActions(window)  # type: ignore[attr-defined]
    return window.exchange_actions  # type: ignore[attr-defined]
