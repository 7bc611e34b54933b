"""Undoable actions: one QUndoCommand per change to passages, codes, documents or memos.

Each `do` and each `revert` is ONE service call, one transaction: a compound action (tag all
results, merge two codes, delete a code or a document with its passages) is a single call that
returns what its undo needs (a CodeMerge, a CodeDeletion, a DocumentDeletion), and the undo is
a single call that puts exactly that back. Nothing else in the window writes to the project.

A command is applied once by `ProjectSession.execute` (so a refused action never reaches the
stack); QUndoStack's first `redo` is then skipped, and later undo/redo replay it. The stack is
last in, first out, so a step is only ever replayed on the project as that step left it: the
passages an older step refers to are back (same ids) before it can be undone, even when a
document deleted after it took them away.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.domain import (
    CodeDeletion,
    CodeInfo,
    CodeMerge,
    DocumentDeletion,
    DocumentInfo,
    MemoInfo,
    Passage,
    StoredMemo,
)
from annotator.errors import USER_ERRORS, UserError
from annotator.services import annotations, codes, documents, memos
from annotator.ui.session import ProjectSession
from annotator.ui.messages import error_text, shown

# lupdate reads calls of `translate(context, text)`: the context is this module's.
translate = QCoreApplication.translate



def _tag_results(results: int, code: str) -> str:
    """The undo step's name for tagging many search results."""
    return translate("commands", "Tag %Ln result(s) with “{code}”", None, results).format(code=shown(code))


class ServiceCommand(QUndoCommand):
    """Base: `apply` does the change, `revert` undoes it; failures become messages."""

    def __init__(self, session: ProjectSession, text: str) -> None:
        super().__init__(text)
        self.session = session
        self._applied_by_execute = False

    def apply(self) -> None:
        self.do()
        self._applied_by_execute = True

    def redo(self) -> None:
        if self._applied_by_execute:
            self._applied_by_execute = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except USER_ERRORS as error:
            # The project changed underneath (e.g. another window); this step cannot be replayed.
            self.setObsolete(True)
            self.session.report(translate("commands", "could not {action}: {error}").format(
                action=self.text()[:1].lower() + self.text()[1:], error=error_text(error)))

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class TagCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, document_id: int, start: int, end: int,
                 code: CodeInfo, memo: str = "") -> None:
        super().__init__(session, translate("commands", "Tag passage with “{code}”").format(code=shown(code.name)))
        self.request = (document_id, start, end, code.id, memo)
        self.passage: Passage | None = None

    def do(self) -> None:
        if self.passage is None:
            self.passage = self.session.tag(*self.request)
        else:
            self.session.restore_passage(self.passage)

    def revert(self) -> None:
        assert self.passage is not None
        self.passage = self.session.untag(self.passage.id)


class UntagCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, passage: Passage) -> None:
        super().__init__(session, translate("commands", "Remove “{code}” passage").format(code=shown(passage.code)))
        self.passage = passage

    def do(self) -> None:
        self.passage = self.session.untag(self.passage.id)

    def revert(self) -> None:
        self.session.restore_passage(self.passage)


class MemoCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, passage: Passage, memo: str) -> None:
        super().__init__(session, translate("commands", "Edit memo"))
        self.passage_id, self.old, self.new = passage.id, passage.memo, memo

    def do(self) -> None:
        self.session.set_memo(self.passage_id, self.new)

    def revert(self) -> None:
        self.session.set_memo(self.passage_id, self.old)


class RecodeCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, passage: Passage, code: CodeInfo) -> None:
        super().__init__(session, translate("commands", "Re-code passage as “{code}”").format(code=shown(code.name)))
        self.passage_id, self.old, self.new = passage.id, passage.code_id, code.id

    def do(self) -> None:
        self.session.recode(self.passage_id, self.new)

    def revert(self) -> None:
        self.session.recode(self.passage_id, self.old)


class AdjustCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, passage: Passage, start: int, end: int) -> None:
        super().__init__(session, translate("commands", "Adjust passage boundaries"))
        self.passage_id = passage.id
        self.old, self.new = (passage.start, passage.end), (start, end)

    def do(self) -> None:
        self.session.adjust(self.passage_id, *self.new)

    def revert(self) -> None:
        self.session.adjust(self.passage_id, *self.old)


class TagManyCommand(ServiceCommand):
    """Tag every search result with one code, as one undo step and one transaction each way;
    spans the coder already has with that code are skipped (`skipped` says how many)."""

    def __init__(self, session: ProjectSession, spans: Sequence[tuple[int, int, int]], code: CodeInfo) -> None:
        super().__init__(session, _tag_results(len(spans), code.name))
        self.spans, self.code = list(spans), code
        self.passages: list[Passage] = []
        self.skipped = 0
        self._tagged = False

    def do(self) -> None:
        project = self.session.project
        if not self._tagged:
            self.passages = annotations.tag_many(project, self.spans, self.code.id, coder=self.session.coder)
            self.skipped = len(self.spans) - len(self.passages)
            self.setText(_tag_results(len(self.passages), self.code.name))
            if not self.passages:
                # Nothing was written, so there is nothing to undo: refuse rather than push.
                raise UserError("window.every_result_coded_already", code=self.code.name,
                                coder=self.session.coder)
            self._tagged = True
        else:
            self.passages = annotations.restore_many(project, self.passages)
        # Thousands of passages at once: the views reload rather than take them one by one.
        self.session.codes_changed(passages_too=True)

    def revert(self) -> None:
        self.passages = annotations.untag_many(self.session.project, [p.id for p in self.passages])
        self.session.codes_changed(passages_too=True)


class AddCodeCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, name: str, color: str, *,
                 parent_id: int | None = None, description: str = "",
                 shortcut: str | None = None) -> None:
        super().__init__(session, translate("commands", "Add code “{code}”").format(code=shown(name)))
        self.request = (name, color, parent_id, description, shortcut)
        self.code: CodeInfo | None = None
        self.deletion: CodeDeletion | None = None

    def do(self) -> None:
        if self.deletion is None:
            name, color, parent_id, description, shortcut = self.request
            self.code = codes.add_code(self.session.project, name, color, parent=parent_id,
                                       description=description, shortcut=shortcut)
        else:  # redo: the same code (id, identity) again
            self.code = codes.restore_code_deletion(self.session.project, self.deletion)
        self.session.codes_changed()

    def revert(self) -> None:
        assert self.code is not None
        self.deletion = codes.delete_code(self.session.project, self.code.id)
        self.session.codes_changed()


class UpdateCodeCommand(ServiceCommand):
    """Rename, recolour, describe or re-key a code."""

    FIELDS = ("name", "color", "description", "shortcut")

    def __init__(self, session: ProjectSession, code: CodeInfo, **changes: str | None) -> None:
        label = (translate("commands", "Recolour code “{code}”") if set(changes) == {"color"}
                 else translate("commands", "Edit code “{code}”"))
        super().__init__(session, label.format(code=shown(code.name)))
        self.code_id = code.id
        self.old = {key: getattr(code, key) for key in changes}
        self.new = changes

    def _set(self, values: dict[str, str | None]) -> None:
        fields = dict(values)
        shortcut = fields.pop("shortcut", "unchanged")
        updated = codes.update_code(
            self.session.project, self.code_id,
            shortcut=shortcut if shortcut not in (None, "unchanged") else None,
            clear_shortcut=shortcut is None, known_passages=self.session.known_count(self.code_id),
            **fields,
        )
        # A new name changes the paths of its sub-codes too: then the whole codebook is re-read.
        self.session.codes_changed(updated=None if "name" in fields else updated)

    def do(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)


class MoveCodeCommand(ServiceCommand):
    """Re-parent a code: it goes last among its new siblings, and back where it was on undo."""

    def __init__(self, session: ProjectSession, code: CodeInfo, new_parent_id: int | None) -> None:
        super().__init__(session, translate("commands", "Move code “{code}”").format(code=shown(code.name)))
        self.code_id, self.old, self.new = code.id, code.parent_id, new_parent_id
        self.old_order = code.sort_order
        self.new_order: int | None = None  # where the first move put it, for redo

    def do(self) -> None:
        moved = codes.move_code(self.session.project, self.code_id, self.new, self.new_order)
        self.new_order = moved.sort_order
        self.session.codes_changed()

    def revert(self) -> None:
        codes.move_code(self.session.project, self.code_id, self.old, self.old_order)
        self.session.codes_changed()


class DeleteCodeCommand(ServiceCommand):
    """Delete a code, its sub-codes and (after the user confirmed) their passages and memos;
    undo puts all of it back in one step."""

    def __init__(self, session: ProjectSession, code: CodeInfo) -> None:
        super().__init__(session, translate("commands", "Delete code “{code}”").format(code=shown(code.name)))
        self.code_id = code.id
        self.deletion: CodeDeletion | None = None

    def do(self) -> None:
        self.deletion = codes.delete_code(self.session.project, self.code_id, delete_passages=True)
        self.session.codes_changed(passages_too=True)
        self.session.memos_changed()

    def revert(self) -> None:
        assert self.deletion is not None
        codes.restore_code_deletion(self.session.project, self.deletion)
        self.session.codes_changed(passages_too=True)
        self.session.memos_changed()


class MergeCodesCommand(ServiceCommand):
    """Merge `source` into `target`; undo puts the source back exactly: its passages, sub-codes,
    memos and description, and the memos of the target's passages as they were."""

    def __init__(self, session: ProjectSession, source: CodeInfo, target: CodeInfo) -> None:
        super().__init__(session, translate("commands", "Merge “{source}” into “{target}”").format(
            source=shown(source.name), target=shown(target.name)))
        self.source_id, self.target_id = source.id, target.id
        self.merge: CodeMerge | None = None

    def do(self) -> None:
        self.merge = codes.merge_codes(self.session.project, self.source_id, self.target_id)
        self.session.codes_changed(passages_too=True)
        self.session.memos_changed()

    def revert(self) -> None:
        assert self.merge is not None
        codes.unmerge(self.session.project, self.merge)
        self.session.codes_changed(passages_too=True)
        self.session.memos_changed()


class MetadataCommand(ServiceCommand):
    """Edit a document's details (title, author, date, source reference, notes)."""

    def __init__(self, session: ProjectSession, document: DocumentInfo, values: Mapping[str, str]) -> None:
        super().__init__(session, translate("commands", "Edit details of “{title}”").format(
            title=shown(document.title)))
        self.document_id = document.id
        self.new = {key: value for key, value in values.items() if value != getattr(document, key)}
        self.old: dict[str, str] = {}

    def do(self) -> None:
        if not self.new:
            raise UserError("window.nothing_changed")
        edit = documents.update_metadata(self.session.project, self.document_id, **self.new)
        self.old = dict(edit.old)
        self.session.document_changed()

    def revert(self) -> None:
        documents.update_metadata(self.session.project, self.document_id, **self.old)
        self.session.document_changed()


class DeleteDocumentCommand(ServiceCommand):
    """Delete a document with its passages and memos; undo puts it back whole, under the same
    id, so that the older steps on the stack find their passages again."""

    def __init__(self, session: ProjectSession, document: DocumentInfo) -> None:
        super().__init__(session, translate("commands", "Delete “{title}”").format(title=shown(document.title)))
        self.document_id = document.id
        self.deletion: DocumentDeletion | None = None

    def do(self) -> None:
        self.deletion = documents.delete_document(self.session.project, self.document_id)
        self.session.document_removed(self.document_id)

    def revert(self) -> None:
        assert self.deletion is not None
        documents.restore_document(self.session.project, self.deletion)
        self.session.reload_all()


class AddMemoCommand(ServiceCommand):
    """A memo on a document (`document_id`) or on a code (`code_id`)."""

    def __init__(self, session: ProjectSession, text: str, *, title: str = "",
                 document_id: int | None = None, code_id: int | None = None) -> None:
        super().__init__(session, translate("commands", "Add memo"))
        self.request = (text, title, document_id, code_id)
        self.memo: MemoInfo | None = None
        self.deleted: StoredMemo | None = None

    def do(self) -> None:
        if self.deleted is None:
            text, title, document_id, code_id = self.request
            self.memo = memos.add_memo(self.session.project, document=document_id, code=code_id,
                                       text=text, title=title, coder=self.session.coder)
        else:
            self.memo = memos.restore_memo(self.session.project, self.deleted)
        self.session.memos_changed()

    def revert(self) -> None:
        assert self.memo is not None
        self.deleted = memos.delete_memo(self.session.project, self.memo.id)
        self.session.memos_changed()


class EditMemoCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, memo: MemoInfo, text: str, title: str | None = None) -> None:
        super().__init__(session, translate("commands", "Edit memo"))
        self.memo_id = memo.id
        self.old = (memo.text, memo.title)
        self.new = (text, memo.title if title is None else title)

    def do(self) -> None:
        memos.update_memo(self.session.project, self.memo_id, text=self.new[0], title=self.new[1])
        self.session.memos_changed()

    def revert(self) -> None:
        memos.update_memo(self.session.project, self.memo_id, text=self.old[0], title=self.old[1])
        self.session.memos_changed()


class DeleteMemoCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, memo: MemoInfo) -> None:
        super().__init__(session, translate("commands", "Delete memo"))
        self.memo_id = memo.id
        self.deleted: StoredMemo | None = None

    def do(self) -> None:
        self.deleted = memos.delete_memo(self.session.project, self.memo_id)
        self.session.memos_changed()

    def revert(self) -> None:
        assert self.deleted is not None
        memos.restore_memo(self.session.project, self.deleted)
        self.session.memos_changed()
