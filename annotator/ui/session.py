"""The open project as the window sees it: services behind Qt signals, and the undo stack.

Widgets read through this object and change data only by pushing undoable commands
(`annotator.ui.commands`), which call the services here; every change is announced by a signal,
so each view updates just what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.domain import CodeInfo, DocumentInfo, Mark, Passage, PassageFilter
from annotator.errors import USER_ERRORS
from annotator.project import Project
from annotator.services import annotations, codes, documents


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
        # Every panel asks for the codebook when it changes; one query serves them all. The
        # passage counts in it go stale with each tag, so any passage change drops it.
        self._codes: list[CodeInfo] | None = None
        for signal in (self.passageAdded, self.passageRemoved, self.passageChanged, self.passagesReset):
            signal.connect(self._forget_codes)

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

    def codes_changed(self, *, passages_too: bool = False) -> None:
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
