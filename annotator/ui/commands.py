"""Undoable actions: one QUndoCommand per change to passages or codes, each calling services.

A command is applied once by `ProjectSession.execute` (so a refused action never reaches the
stack); QUndoStack's first `redo` is then skipped, and later undo/redo replay it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from annotator.domain import CodeInfo, Passage
from annotator.errors import USER_ERRORS, UserError
from annotator.plural import count
from annotator.services import annotations, codes
from annotator.ui.session import ProjectSession


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
            self.session.report(f"could not {self.text().lower()}: {error}")

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class TagCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, document_id: int, start: int, end: int,
                 code: CodeInfo, memo: str = "") -> None:
        super().__init__(session, f"Tag passage with “{code.name}”")
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
        super().__init__(session, f"Remove “{passage.code}” passage")
        self.passage = passage

    def do(self) -> None:
        self.passage = self.session.untag(self.passage.id)

    def revert(self) -> None:
        self.session.restore_passage(self.passage)


class MemoCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, passage: Passage, memo: str) -> None:
        super().__init__(session, "Edit memo")
        self.passage_id, self.old, self.new = passage.id, passage.memo, memo

    def do(self) -> None:
        self.session.set_memo(self.passage_id, self.new)

    def revert(self) -> None:
        self.session.set_memo(self.passage_id, self.old)


class RecodeCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, passage: Passage, code: CodeInfo) -> None:
        super().__init__(session, f"Re-code passage as “{code.name}”")
        self.passage_id, self.old, self.new = passage.id, passage.code_id, code.id

    def do(self) -> None:
        self.session.recode(self.passage_id, self.new)

    def revert(self) -> None:
        self.session.recode(self.passage_id, self.old)


class AdjustCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, passage: Passage, start: int, end: int) -> None:
        super().__init__(session, "Adjust passage boundaries")
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
        super().__init__(session, f"Tag {count(len(spans), 'result')} with “{code.name}”")
        self.spans, self.code = list(spans), code
        self.passages: list[Passage] = []
        self.skipped = 0
        self._tagged = False

    def do(self) -> None:
        project = self.session.project
        if not self._tagged:
            self.passages = annotations.tag_many(project, self.spans, self.code.id, coder=self.session.coder)
            self.skipped = len(self.spans) - len(self.passages)
            self.setText(f"Tag {count(len(self.passages), 'result')} with “{self.code.name}”")
            if not self.passages:
                # Nothing was written, so there is nothing to undo: refuse rather than push.
                raise UserError(f"every result already has “{self.code.name}” (coded by "
                                f"{self.session.coder}); nothing was tagged")
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
        super().__init__(session, f"Add code “{name}”")
        self.request = (name, color, parent_id, description, shortcut)
        self.code: CodeInfo | None = None

    def do(self) -> None:
        if self.code is None:
            name, color, parent_id, description, shortcut = self.request
            self.code = codes.add_code(self.session.project, name, color, parent=parent_id,
                                       description=description, shortcut=shortcut)
        else:
            codes.restore_codes(self.session.project, [self.code])
        self.session.codes_changed()

    def revert(self) -> None:
        assert self.code is not None
        codes.delete_code(self.session.project, self.code.id)
        self.session.codes_changed()


class UpdateCodeCommand(ServiceCommand):
    """Rename, recolour, describe or re-key a code."""

    FIELDS = ("name", "color", "description", "shortcut")

    def __init__(self, session: ProjectSession, code: CodeInfo, **changes: str | None) -> None:
        label = "Recolour" if set(changes) == {"color"} else "Edit"
        super().__init__(session, f"{label} code “{code.name}”")
        self.code_id = code.id
        self.old = {key: getattr(code, key) for key in changes}
        self.new = changes

    def _set(self, values: dict[str, str | None]) -> None:
        fields = dict(values)
        shortcut = fields.pop("shortcut", "unchanged")
        updated = codes.update_code(
            self.session.project, self.code_id,
            shortcut=shortcut if shortcut not in (None, "unchanged") else None,
            clear_shortcut=shortcut is None, **fields,
        )
        # A new name changes the paths of its sub-codes too: then the whole codebook is re-read.
        self.session.codes_changed(updated=None if "name" in fields else updated)

    def do(self) -> None:
        self._set(self.new)

    def revert(self) -> None:
        self._set(self.old)


class MoveCodeCommand(ServiceCommand):
    def __init__(self, session: ProjectSession, code: CodeInfo, new_parent_id: int | None) -> None:
        super().__init__(session, f"Move code “{code.name}”")
        self.code_id, self.old, self.new = code.id, code.parent_id, new_parent_id
        self.old_order = code.sort_order

    def do(self) -> None:
        siblings = [c.sort_order for c in self.session.codes() if c.parent_id == self.new]
        codes.move_code(self.session.project, self.code_id, self.new, max(siblings, default=0) + 1)
        self.session.codes_changed()

    def revert(self) -> None:
        codes.move_code(self.session.project, self.code_id, self.old, self.old_order)
        self.session.codes_changed()


class DeleteCodeCommand(ServiceCommand):
    """Delete a code, its sub-codes and (after the user confirmed) their passages."""

    def __init__(self, session: ProjectSession, code: CodeInfo) -> None:
        super().__init__(session, f"Delete code “{code.name}”")
        self.code_id = code.id
        self.saved_codes: list[CodeInfo] = []
        self.saved_passages: list[Passage] = []

    def do(self) -> None:
        self.saved_codes = codes.subtree(self.session.project, self.code_id)
        doomed = {code.id for code in self.saved_codes}
        self.saved_passages = [p for p in self.session.passages() if p.code_id in doomed]
        codes.delete_code(self.session.project, self.code_id, delete_passages=True)
        self.session.codes_changed(passages_too=True)

    def revert(self) -> None:
        codes.restore_codes(self.session.project, self.saved_codes)
        for passage in self.saved_passages:
            annotations.restore(self.session.project, passage)
        self.session.codes_changed(passages_too=True)


class MergeCodesCommand(ServiceCommand):
    """Merge `source` into `target`; undo restores the source code and moves its passages back."""

    def __init__(self, session: ProjectSession, source: CodeInfo, target: CodeInfo) -> None:
        super().__init__(session, f"Merge “{source.name}” into “{target.name}”")
        self.source, self.target = source, target
        self.source_passages: list[Passage] = []
        self.target_passages: list[Passage] = []
        self.children: list[CodeInfo] = []

    def do(self) -> None:
        everything = self.session.passages()
        self.source_passages = [p for p in everything if p.code_id == self.source.id]
        self.target_passages = [p for p in everything if p.code_id == self.target.id]
        self.children = [c for c in self.session.codes() if c.parent_id == self.source.id]
        self.source = next(c for c in self.session.codes() if c.id == self.source.id)
        codes.merge_codes(self.session.project, self.source.id, self.target.id)
        self.session.codes_changed(passages_too=True)

    def revert(self) -> None:
        project = self.session.project
        codes.restore_codes(project, [replace(self.source, passages=0)])
        for child in self.children:
            codes.move_code(project, child.id, self.source.id, child.sort_order)
        surviving = {p.id for p in annotations.list_passages(project)}
        for passage in self.source_passages:
            if passage.id in surviving:
                annotations.recode(project, passage.id, self.source.id)
            else:
                annotations.restore(project, passage)
        for passage in self.target_passages:
            annotations.set_memo(project, passage.id, passage.memo)
        self.session.codes_changed(passages_too=True)
