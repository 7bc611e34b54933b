"""The open project as the window sees it: services behind Qt signals, and the undo stack.

Widgets read through this object and change data only by pushing undoable commands
(`annotator.ui.commands`), which call the services here; every change is announced by a signal,
so each view updates just what changed. Changes made by another program (a second window, the
command line) are noticed by `ExternalChanges` and reload everything.
"""

from __future__ import annotations

from dataclasses import replace

import sqlite3
import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy import Connection, event

from annotator.domain import CodeInfo, DocumentInfo, Mark, Passage, PassageFilter
from annotator.errors import USER_ERRORS
from annotator.project import Project
from annotator.services import annotations, codes, documents
from db.engine import WRITE_OPTION


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
    errorOccurred = Signal(str)

    def __init__(self, project: Project, coder: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.coder = coder
        self.undo_stack = QUndoStack(self)
        self.external_changes = ExternalChanges(project, parent=self)
        self.external_changes.changed.connect(self.reload_all)
        # Every panel asks for the codebook when it changes; one query serves them all. Its
        # passage counts follow each tag instead of being re-read.
        self._codes: list[CodeInfo] | None = None
        self.passageAdded.connect(lambda passage: self._count(passage.code_id, +1))
        self.passageRemoved.connect(lambda passage: self._count(passage.code_id, -1))
        self.passageChanged.connect(lambda old, new: (self._count(old.code_id, -1), self._count(new.code_id, +1)))
        self.passagesReset.connect(self._forget_codes)

    def close(self) -> None:
        """Stop watching the file and close the project."""
        self.external_changes.close()
        self.project.close()

    # -- running commands --------------------------------------------------------------------

    def execute(self, command: QUndoCommand) -> bool:
        """Apply a command now and push it on the undo stack; report a user error instead."""
        try:
            command.apply()
        except USER_ERRORS as error:
            self.errorOccurred.emit(str(error))
            return False
        self.undo_stack.push(command)
        return True

    def report(self, error: Exception) -> None:
        self.errorOccurred.emit(str(error))

    # -- reads ---------------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        return documents.list_documents(self.project)

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
            self._codes = codes.list_codes(self.project)
        return list(self._codes)

    def _forget_codes(self, *_: object) -> None:
        self._codes = None

    def _count(self, code_id: int, change: int) -> None:
        if self._codes is not None:
            self._codes = [replace(c, passages=c.passages + change) if c.id == code_id else c
                           for c in self._codes]

    def passages(self, passage_filter: PassageFilter = PassageFilter()) -> list[Passage]:
        return annotations.list_passages(self.project, passage_filter)

    def passages_by_id(self, annotation_ids: list[int]) -> list[Passage]:
        return annotations.get_passages(self.project, annotation_ids)

    def marks(self, document_id: int) -> list[Mark]:
        return annotations.passage_marks(self.project, document_id)

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
        self.codesChanged.emit()
        if passages_too:
            self.passagesReset.emit()
            self.documentsChanged.emit()

    def reload_all(self) -> None:
        self._codes = None
        self.documentsChanged.emit()
        self.codesChanged.emit()
        self.passagesReset.emit()


class ExternalChanges(QObject):
    """Notices commits to the project file by anything but this project's own writes.

    SQLite's `PRAGMA data_version` changes, on a connection, whenever another connection has
    committed; this watcher keeps a connection of its own for asking, about once a second. The
    project's own writes are other connections too, so the watcher looks again just after each
    of them ends. While a write of ours holds the write lock (from its BEGIN IMMEDIATE to its
    commit) no one else can commit, so a change seen at its start is someone else's.
    """

    changed = Signal()
    # The file at the project's path is no longer the one opened (something replaced it): the
    # window must reopen it before anything else is written (Project.write refuses meanwhile).
    replaced = Signal()

    def __init__(self, project: Project, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._engine = project.engine
        self._lock = threading.Lock()  # writes may begin and end on worker threads
        self._writing: set[int] = set()  # our pooled connections inside a write transaction
        self._connection: sqlite3.Connection | None = sqlite3.connect(
            f"{project.path.resolve().as_uri()}?mode=rw", uri=True, timeout=0.1,
            isolation_level=None, check_same_thread=False,
        )
        self._seen = self._version()
        self._missed = False  # someone else committed, seen at the start of a write of ours
        event.listen(self._engine, "begin", self._write_begins)
        event.listen(self._engine, "checkin", self._connection_returned)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        if self._connection is not None and self._project.replaced:
            self.close()
            self.replaced.emit()
            return
        with self._lock:
            if self._connection is None:
                return
            try:
                version = self._version()
            except sqlite3.Error:
                return  # the file is briefly unreadable (recovery after a crash): next time
            changed = self._missed or version != self._seen
            self._seen, self._missed = version, False
        if changed:
            self.changed.emit()

    @property
    def watching(self) -> bool:
        return self._connection is not None

    def close(self) -> None:
        self._timer.stop()
        with self._lock:
            if self._connection is None:
                return
            event.remove(self._engine, "begin", self._write_begins)
            event.remove(self._engine, "checkin", self._connection_returned)
            self._connection.close()
            self._connection = None

    def _version(self) -> int:
        assert self._connection is not None
        return self._connection.execute("PRAGMA data_version").fetchone()[0]

    def _write_begins(self, connection: Connection) -> None:
        # Runs after db.engine's listener has taken the write lock (listeners run in order).
        if not connection.get_execution_options().get(WRITE_OPTION):
            return
        with self._lock:
            if self._connection is None:
                return
            self._writing.add(id(connection.connection.dbapi_connection))
            try:
                self._missed |= self._version() != self._seen
            except sqlite3.Error:
                self._missed = True

    def _connection_returned(self, dbapi_connection: object, _record: object) -> None:
        # Back in the pool: our write has committed (or rolled back), and it released the lock.
        with self._lock:
            if id(dbapi_connection) not in self._writing:
                return
            self._writing.discard(id(dbapi_connection))
            if self._connection is None:
                return
            try:
                self._seen = self._version()
            except sqlite3.Error:
                pass  # then our own write will look like someone else's: one needless reload
