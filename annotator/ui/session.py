"""The open project as the window sees it: services behind Qt signals, and the undo stack.

Widgets read through this object and change data only by pushing undoable commands
(`annotator.ui.commands`), which call the services here; every change is announced by a signal,
so each view updates just what changed. Changes made by another program (a second window, the
command line) are noticed by `ExternalChanges` and reload everything.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import DBAPIError

from annotator.domain import CodeInfo, DocumentInfo, Mark, MemoInfo, Passage, PassageFilter
from annotator.errors import USER_ERRORS
from annotator.ui.messages import error_text
from annotator.project import Project
from annotator.services import annotations, codes, documents, memos
from db.watch import ChangeSummary, ChangeWatcher


class ProjectSession(QObject):
    """One open project, its coder, and its undo history."""

    documentsChanged = Signal()
    codesChanged = Signal()
    # Passage-level changes, so the reading view can update its index without reloading.
    passageAdded = Signal(object)  # Passage
    passageRemoved = Signal(object)  # Passage
    passageChanged = Signal(object, object)  # old Passage, new Passage
    # documentsChanged and codesChanged are not emitted for single passages: listen to the three
    # passage signals above to keep counts current.
    # Many passages at once (code deleted or merged, another process wrote): reload.
    passagesReset = Signal()
    # Another program changed the passages of these documents (None: of any document).
    passagesChangedIn = Signal(object)
    # Memos on documents or codes were added, edited or deleted (here or by another program).
    memosChanged = Signal()
    # A document was deleted: a view showing it lets it go (documentsChanged follows).
    documentRemoved = Signal(int)
    errorOccurred = Signal(str)
    # Whose passages are shown changed (Coders menu, blind coding): the reader, the panels'
    # lists and their passage counts follow `visible_coders`, the one place that says so.
    visibleCodersChanged = Signal()
    # Another program changed a project setting (a colleague turned blind coding on or off).
    projectSettingsChanged = Signal()
    # The project is being closed (another opened, the window closing): a view of it that
    # outlives the session (the agreement window) lets go before it reads a closed project.
    closing = Signal()

    def __init__(self, project: Project, coder: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.coder = coder
        self.undo_stack = QUndoStack(self)
        # Whose passages the reader and the passages panel show (None: everyone's); set by
        # View › Coders shown and by blind coding (annotator.ui.coder_view).
        self._visible_coders: tuple[str, ...] | None = None
        self.external_changes = ExternalChanges(project, parent=self)
        self.external_changes.changed.connect(self.apply_outside_changes)
        # Every panel asks for the codebook when it changes; one query serves them all. Its
        # passage counts follow each tag instead of being re-read.
        self._codes: list[CodeInfo] | None = None
        # While codesChanged is emitted for one code whose colour, description or key changed
        # (nothing else in the codebook), that code: a view may then update just its row.
        self.code_update: CodeInfo | None = None
        self.passageAdded.connect(lambda passage: self._count(passage, +1))
        self.passageRemoved.connect(lambda passage: self._count(passage, -1))
        self.passageChanged.connect(lambda old, new: (self._count(old, -1), self._count(new, +1)))
        self.passagesReset.connect(self._forget_codes)

    @property
    def visible_coders(self) -> tuple[str, ...] | None:
        return self._visible_coders

    @visible_coders.setter
    def visible_coders(self, coders: tuple[str, ...] | None) -> None:
        coders = None if coders is None else tuple(coders)
        if coders == self._visible_coders:
            return
        self._visible_coders = coders
        self._codes = None  # its counts were of the coders shown before
        self.visibleCodersChanged.emit()

    def shows(self, coder: str) -> bool:
        """Whether this coder's passages are shown (and counted) in the window."""
        return self._visible_coders is None or coder in self._visible_coders

    def close(self) -> None:
        """Stop watching the file and close the project."""
        self.closing.emit()
        self.external_changes.close()
        self.project.close()

    # -- running commands --------------------------------------------------------------------

    def execute(self, command: QUndoCommand) -> bool:
        """Apply a command now and push it on the undo stack; report a user error instead."""
        try:
            command.apply()
        except USER_ERRORS as error:
            self.errorOccurred.emit(error_text(error))
            return False
        self.undo_stack.push(command)
        return True

    def report(self, error: Exception | str) -> None:
        """Show an error (by its translated line) or a line the window made itself."""
        self.errorOccurred.emit(error if isinstance(error, str) else error_text(error))

    # -- reads ---------------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        # Passage counts of the coders shown only, as the reader and passages panel show them.
        return documents.list_documents(self.project, coders=self._visible_coders)

    def document(self, document_id: int) -> DocumentInfo:
        return documents.get_document(self.project, document_id)

    def document_text(self, document_id: int) -> str:
        return documents.document_text(self.project, document_id)

    def boundaries(self, document_id: int) -> documents.Boundaries:
        return documents.load_boundaries(self.project, document_id)

    def coders(self) -> list[str]:
        return annotations.coder_names(self.project)

    def codes(self) -> list[CodeInfo]:
        if self._codes is None:
            self._codes = codes.list_codes(self.project, coders=self._visible_coders)
        return list(self._codes)

    def known_count(self, code_id: int) -> int | None:
        """The code's passage count as the window shows it (of the coders shown), if the
        codebook is read; None when it is not (it is then read again anyway)."""
        if self._codes is None:
            return None
        return next((c.passages for c in self._codes if c.id == code_id), None)

    def _forget_codes(self, *_: object) -> None:
        self._codes = None

    def _count(self, passage: Passage, change: int) -> None:
        if self._codes is not None and self.shows(passage.coder):
            self._codes = [replace(c, passages=c.passages + change) if c.id == passage.code_id else c
                           for c in self._codes]

    def passages(self, passage_filter: PassageFilter = PassageFilter()) -> list[Passage]:
        return annotations.list_passages(self.project, passage_filter)

    def passages_by_id(self, annotation_ids: list[int]) -> list[Passage]:
        return annotations.get_passages(self.project, annotation_ids)

    def passages_to_show(self, annotation_ids: list[int]) -> list[Passage]:
        """The passages with these ids as a list shows them (without their identities)."""
        return annotations.get_passages(self.project, annotation_ids, identities=False)

    def passage_positions(self, passage_filter: PassageFilter = PassageFilter()) -> list[tuple]:
        return annotations.passage_positions(self.project, passage_filter)

    def marks(self, document_id: int, *, before: int | None = None) -> list[Mark]:
        return annotations.passage_marks(self.project, document_id, before=before,
                                         coders=self.visible_coders)

    def memos(self, *, document_id: int | None = None, code_id: int | None = None) -> list[MemoInfo]:
        return memos.memos_for(self.project, document_id=document_id, code_id=code_id)

    # -- writes: called by undo commands only ----------------------------------------------------

    def tag(self, document_id: int, start: int, end: int, code_id: int, memo: str = "") -> Passage:
        passage = annotations.tag(
            self.project, document_id, start, end, code_id, memo=memo, coder=self.coder
        )
        self._passage_added(passage)
        return passage

    def restore_passage(self, passage: Passage) -> Passage:
        restored = annotations.restore(self.project, passage)
        self._passage_added(restored)
        return restored

    def untag(self, annotation_id: int) -> Passage:
        removed = annotations.untag(self.project, annotation_id)
        self.passageRemoved.emit(removed)
        return removed

    def set_memo(self, annotation_id: int, memo: str) -> Passage:
        return self._changed(annotation_id, lambda: annotations.set_memo(self.project, annotation_id, memo))

    def recode(self, annotation_id: int, code_id: int) -> Passage:
        return self._changed(annotation_id, lambda: annotations.recode(self.project, annotation_id, code_id))

    def adjust(self, annotation_id: int, start: int, end: int) -> Passage:
        return self._changed(
            annotation_id, lambda: annotations.adjust(self.project, annotation_id, start, end)
        )

    def _changed(self, annotation_id: int, change) -> Passage:
        old = annotations.get_passage(self.project, annotation_id)
        new = change()
        self.passageChanged.emit(old, new)
        return new

    def _passage_added(self, passage: Passage) -> None:
        # Only the passage signals: views adjust their counts themselves, so one tag never
        # re-queries every list (a year of coding is tens of thousands of passages).
        self.passageAdded.emit(passage)

    def codes_changed(self, *, passages_too: bool = False, updated: CodeInfo | None = None) -> None:
        """Announce a change to the codebook; `updated`, when only that code changed (name,
        colour, description, shortcut), spares a re-read of the whole codebook."""
        if updated is not None and self._codes is not None and not passages_too:
            self._codes = [updated if c.id == updated.id else c for c in self._codes]
        else:
            self._codes = None
            updated = None
        self.code_update = updated
        try:
            self.codesChanged.emit()
        finally:
            self.code_update = None
        if passages_too:
            self.passagesReset.emit()
            self.documentsChanged.emit()

    def reload_all(self) -> None:
        self._codes = None
        self.documentsChanged.emit()
        self.codesChanged.emit()
        self.passagesReset.emit()
        self.memosChanged.emit()

    def memos_changed(self) -> None:
        self.memosChanged.emit()

    def document_changed(self) -> None:
        """A document's details changed: its title is shown beside each of its passages too."""
        self.documentsChanged.emit()
        self.passagesReset.emit()

    def document_removed(self, document_id: int) -> None:
        self.documentRemoved.emit(document_id)
        self.reload_all()

    def apply_outside_changes(self, summary: ChangeSummary) -> None:
        """Reload what another program changed, and only that."""
        passages = summary.all_passages or bool(summary.passages_in)
        if summary.codes or passages:
            self._codes = None  # names, colours, or the passage counts shown beside them
            self.codesChanged.emit()
        if summary.documents or summary.words or passages:
            self.documentsChanged.emit()  # the list and its passage counts
        if summary.memos:
            self.memosChanged.emit()
        if passages:
            self.passagesChangedIn.emit(None if summary.all_passages else summary.passages_in)
        if summary.settings:
            self.projectSettingsChanged.emit()


class ExternalChanges(QObject):
    """Notices what other programs (a second window, the command line, a colleague on the team
    server) wrote to the project, by reading its change log about once a second (db.watch),
    and whether the project file itself was replaced. The project's own writes carry its
    client id in the log, so they never look like someone else's."""

    changed = Signal(object)  # db.watch.ChangeSummary
    # The file at the project's path is no longer the one opened (something replaced it): the
    # window must reopen it before anything else is written (Project.write refuses meanwhile).
    replaced = Signal()

    def __init__(self, project: Project, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._watcher: ChangeWatcher | None = ChangeWatcher(project.engine, project.client_id)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        if self._watcher is None:
            return
        if self._project.replaced:
            self.close()
            self.replaced.emit()
            return
        try:
            summary = self._watcher.poll()
        except USER_ERRORS:
            return  # briefly unreadable (recovery after a crash, a server restarting): next time
        except DBAPIError:
            return
        if not summary.empty:
            self.changed.emit(summary)

    @property
    def watching(self) -> bool:
        return self._watcher is not None

    def close(self) -> None:
        self._timer.stop()
        self._watcher = None
