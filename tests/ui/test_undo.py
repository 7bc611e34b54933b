"""Undo and redo never lose or duplicate anything, whatever the sequence, across close and reopen.

A hypothesis state machine drives every undoable command of the window (tag, tag all, untag,
re-code, adjust, passage memo; add, rename, recolour, move, merge and delete a code; edit a
document's details, delete a document; add, edit and delete a memo) through the real undo stack
and services on a real project file. After every step the project's rows (every column but the
times of the last edit, which an undo sets anew) must be exactly those the model recorded for
that place in the history, and the stack must stand exactly where the model says: after a
reopen the history starts again, empty.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from annotator import paths
from annotator.project import Project
from annotator.services.annotations import get_passages, list_passages, tag
from annotator.services.codes import add_code, list_codes, load_codebook
from annotator.services.documents import list_documents
from annotator.services.imports import ImportOptions, import_file
from annotator.services.memos import add_memo, memos_for
from annotator.ui.commands import (
    AddCodeCommand,
    AddMemoCommand,
    AdjustCommand,
    DeleteCodeCommand,
    DeleteDocumentCommand,
    DeleteMemoCommand,
    EditMemoCommand,
    MemoCommand,
    MergeCodesCommand,
    MetadataCommand,
    MoveCodeCommand,
    RecodeCommand,
    TagCommand,
    TagManyCommand,
    UntagCommand,
    UpdateCodeCommand,
)
from annotator.ui.session import ProjectSession
from db.models import Annotation, Code, Document, Memo, Segmentation

TEXTS = ("毛 澤東 到 莫斯科 。 斯大林 說 ： 勝利者 是 不能 受 指責 的 。",
         "周恩來 的 秘書 送來 一封 信 。")
# What is compared: every column but `updated_at` (an undo of an edit stamps it anew); the
# documents' text columns are covered by their checksum.
TABLES = {
    "documents": [c for c in Document.__table__.c if c.name not in ("text", "folded_text", "traditional_text")],
    "segmentations": list(Segmentation.__table__.c),
    "codes": list(Code.__table__.c),
    "annotations": [c for c in Annotation.__table__.c if c.name != "updated_at"],
    "memos": [c for c in Memo.__table__.c if c.name != "updated_at"],
}
NAMES = ("treaty", "Treaty", "條約", "army")  # "Treaty" clashes with "treaty" among siblings
COLOURS = ("#AA0000", "#00AA00", "#0000AA")
State = tuple  # of frozensets of rows, one per table of TABLES


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("undo")
    path = folder / "template.sqlite"
    with Project(path) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        for number, text in enumerate(TEXTS):
            source = folder / f"text{number}.txt"
            source.write_text(text, encoding="utf-8")
            import_file(project, source, ImportOptions(presegmented="yes"))
        # Something for every compound step to carry: passages of each code (twins among them,
        # with and without memos), a sub-code, memos on codes and on documents.
        treaty = add_code(project, "treaty", parent="diplomacy").id
        for document, start, end, code, memo in ((1, 1, 3, "diplomacy", "毛"), (1, 1, 3, "security", ""),
                                                  (1, 4, 7, "negotiation", ""), (2, 0, 3, treaty, "周"),
                                                  (2, 0, 3, "security", "秘書")):
            tag(project, document, start, end, code, memo=memo, coder="tester")
        for code in ("negotiation", "security", "diplomacy", treaty):
            add_memo(project, code=code, text=f"memo on {code}", coder="tester")
        for document in (1, 2):
            add_memo(project, document=document, text="來源", coder="tester")
    return path


def pick(items: list, choice: int):
    return items[choice % len(items)]


class UndoMachine(RuleBasedStateMachine):
    template: Path

    def __init__(self) -> None:
        super().__init__()
        self.app = QApplication.instance() or QApplication([])
        self.path = Path(tempfile.mkdtemp(prefix="undo-")) / "project.sqlite"
        shutil.copyfile(self.template, self.path)
        self.session = ProjectSession(Project(self.path), "tester")
        self.errors: list[str] = []
        self.session.errorOccurred.connect(self.errors.append)
        self.history: list[State] = [self.stored()]  # the stored state after each step on the stack
        self.position = 0

    # -- the project as it is ------------------------------------------------------------------

    @property
    def project(self) -> Project:
        return self.session.project

    def stored(self) -> State:
        with self.project.read() as session:
            return tuple(frozenset(tuple(row) for row in session.execute(select(*columns)))
                         for columns in TABLES.values())

    def documents(self):
        return list_documents(self.project)

    def codes(self):
        return list_codes(self.project)

    def passages(self):
        return list_passages(self.project)

    def memos(self):
        return memos_for(self.project)

    # -- running a command ---------------------------------------------------------------------

    def run(self, command) -> bool:
        """Execute a command: pushed when it changed something, else refused with a message
        and nothing changed."""
        before = self.stored()
        errors = len(self.errors)
        if self.session.execute(command):
            self.history = self.history[: self.position + 1] + [self.stored()]
            self.position += 1
            return True
        assert self.stored() == before
        assert len(self.errors) == errors + 1 and self.errors[-1]  # said why
        return False

    # -- passages ------------------------------------------------------------------------------

    @precondition(lambda self: self.codes() and self.documents())
    @rule(document=st.integers(0, 1), start=st.integers(0, 30), width=st.integers(1, 6),
          code=st.integers(0, 10**6))
    def tag(self, document: int, start: int, width: int, code: int) -> None:
        target = pick(self.documents(), document)
        start = start % target.length
        end = min(target.length, start + width)
        before = {p.id for p in self.passages()}
        code_info = pick(self.codes(), code)
        if self.run(TagCommand(self.session, target.id, start, end, code_info)):
            [added] = [p for p in self.passages() if p.id not in before]
            assert (added.document_id, added.start, added.end, added.code_id) == (target.id, start, end, code_info.id)

    @precondition(lambda self: self.codes() and self.documents())
    @rule(starts=st.lists(st.integers(0, 30), min_size=1, max_size=6), code=st.integers(0, 10**6))
    def tag_all(self, starts: list[int], code: int) -> None:
        """"Tag all" search results: two-character spans in every document, some coded already."""
        spans = [(d.id, start % (d.length - 1), start % (d.length - 1) + 2)
                 for d in self.documents() for start in starts]
        code_info = pick(self.codes(), code)
        had = {(p.document_id, p.start, p.end) for p in self.passages() if p.code_id == code_info.id}
        before = {p.id for p in self.passages()}
        if self.run(TagManyCommand(self.session, spans, code_info)):
            added = {(p.document_id, p.start, p.end, p.code_id) for p in self.passages() if p.id not in before}
            assert added == {(*span, code_info.id) for span in set(spans) - had}
        else:
            assert set(spans) <= had

    @precondition(lambda self: self.passages())
    @rule(choice=st.integers(0, 10**6))
    def untag(self, choice: int) -> None:
        assert self.run(UntagCommand(self.session, pick(self.passages(), choice)))

    @precondition(lambda self: self.passages())
    @rule(choice=st.integers(0, 10**6), code=st.integers(0, 10**6))
    def recode(self, choice: int, code: int) -> None:
        passage, code_info = pick(self.passages(), choice), pick(self.codes(), code)
        if code_info.id != passage.code_id:
            self.run(RecodeCommand(self.session, passage, code_info))

    @precondition(lambda self: self.passages())
    @rule(choice=st.integers(0, 10**6), start=st.integers(0, 30), width=st.integers(1, 4))
    def adjust(self, choice: int, start: int, width: int) -> None:
        passage = pick(self.passages(), choice)
        length = next(d.length for d in self.documents() if d.id == passage.document_id)
        start = start % length
        if (start, min(length, start + width)) != (passage.start, passage.end):
            self.run(AdjustCommand(self.session, passage, start, min(length, start + width)))

    @precondition(lambda self: self.passages())
    @rule(choice=st.integers(0, 10**6), memo=st.sampled_from(["", "毛的語氣", "=SUM(A1)"]))
    def passage_memo(self, choice: int, memo: str) -> None:
        passage = pick(self.passages(), choice)
        if memo != passage.memo:
            assert self.run(MemoCommand(self.session, passage, memo))

    # -- codes ---------------------------------------------------------------------------------

    @rule(name=st.sampled_from(NAMES), parent=st.integers(-1, 10**6), key=st.booleans())
    def add_code(self, name: str, parent: int, key: bool) -> None:
        parent_id = None if parent < 0 or not self.codes() else pick(self.codes(), parent).id
        taken = {c.shortcut for c in self.codes()}
        shortcut = next((k for k in "456789" if k not in taken), None) if key else None
        self.run(AddCodeCommand(self.session, name, "#123456", parent_id=parent_id,
                                description="新", shortcut=shortcut))

    @precondition(lambda self: self.codes())
    @rule(choice=st.integers(0, 10**6), name=st.sampled_from(NAMES))
    def rename_code(self, choice: int, name: str) -> None:
        code = pick(self.codes(), choice)
        if name != code.name:
            self.run(UpdateCodeCommand(self.session, code, name=name))

    @precondition(lambda self: self.codes())
    @rule(choice=st.integers(0, 10**6), colour=st.sampled_from(COLOURS))
    def recolour_code(self, choice: int, colour: str) -> None:
        code = pick(self.codes(), choice)
        if colour != code.color:
            self.run(UpdateCodeCommand(self.session, code, color=colour))

    @precondition(lambda self: self.codes())
    @rule(choice=st.integers(0, 10**6), parent=st.integers(-1, 10**6))
    def move_code(self, choice: int, parent: int) -> None:
        code = pick(self.codes(), choice)
        parent_id = None if parent < 0 else pick(self.codes(), parent).id
        if parent_id != code.parent_id:  # below itself or a sub-code of its own: refused
            self.run(MoveCodeCommand(self.session, code, parent_id))

    @precondition(lambda self: len(self.codes()) > 1)
    @rule(source=st.integers(0, 10**6), into=st.integers(0, 10**6))
    def merge_codes(self, source: int, into: int) -> None:
        source_code = pick(self.codes(), source)
        others = [c for c in self.codes() if c.id != source_code.id]
        self.run(MergeCodesCommand(self.session, source_code, pick(others, into)))

    @precondition(lambda self: len(self.codes()) > 1)
    @rule(choice=st.integers(0, 10**6))
    def delete_code(self, choice: int) -> None:
        assert self.run(DeleteCodeCommand(self.session, pick(self.codes(), choice)))

    # -- documents -----------------------------------------------------------------------------

    @precondition(lambda self: self.documents())
    @rule(choice=st.integers(0, 10**6), title=st.sampled_from(["毛澤東訪蘇", "周恩來"]),
          date=st.sampled_from(["", "1949-12-16"]))
    def edit_details(self, choice: int, title: str, date: str) -> None:
        document = pick(self.documents(), choice)
        self.run(MetadataCommand(self.session, document, {"title": title, "date": date}))

    @precondition(lambda self: self.documents())
    @rule(choice=st.integers(0, 10**6))
    def delete_document(self, choice: int) -> None:
        assert self.run(DeleteDocumentCommand(self.session, pick(self.documents(), choice)))

    # -- memos on documents and codes -----------------------------------------------------------

    @rule(on_code=st.booleans(), choice=st.integers(0, 10**6), text=st.sampled_from(["來源可疑", "軍事"]))
    def add_memo(self, on_code: bool, choice: int, text: str) -> None:
        if on_code and self.codes():
            command = AddMemoCommand(self.session, text, code_id=pick(self.codes(), choice).id)
        elif not on_code and self.documents():
            command = AddMemoCommand(self.session, text, title="出處", document_id=pick(self.documents(), choice).id)
        else:
            return
        assert self.run(command)

    @precondition(lambda self: self.memos())
    @rule(choice=st.integers(0, 10**6), text=st.sampled_from(["來源可靠", "改"]))
    def edit_memo(self, choice: int, text: str) -> None:
        memo = pick(self.memos(), choice)
        if text != memo.text:
            assert self.run(EditMemoCommand(self.session, memo, text))

    @precondition(lambda self: self.memos())
    @rule(choice=st.integers(0, 10**6))
    def delete_memo(self, choice: int) -> None:
        assert self.run(DeleteMemoCommand(self.session, pick(self.memos(), choice)))

    # -- the stack -----------------------------------------------------------------------------

    @precondition(lambda self: self.position > 0)
    @rule()
    def undo(self) -> None:
        self.session.undo_stack.undo()
        self.position -= 1

    @precondition(lambda self: self.position < len(self.history) - 1)
    @rule()
    def redo(self) -> None:
        self.session.undo_stack.redo()
        self.position += 1

    @rule()
    def close_and_reopen(self) -> None:
        self.session.close()
        self.session = ProjectSession(Project(self.path), "tester")
        self.session.errorOccurred.connect(self.errors.append)
        # A new window starts with an empty undo history: what was stored stays stored.
        self.history = [self.history[self.position]]
        self.position = 0

    @invariant()
    def stored_rows_match_the_model(self) -> None:
        assert self.stored() == self.history[self.position]
        stack = self.session.undo_stack
        assert (stack.index(), stack.count()) == (self.position, len(self.history) - 1)
        assert self.errors == [] or self.errors[-1]  # refusals say why; no step failed on replay
        assert not any(error.startswith("could not") for error in self.errors)

    @invariant()
    def every_passage_keeps_its_identity(self) -> None:
        passages = self.passages()
        identities = [p.uuid for p in get_passages(self.project, [p.id for p in passages])]
        assert None not in identities and len(set(identities)) == len(passages)

    def teardown(self) -> None:
        self.session.close()
        shutil.rmtree(self.path.parent, ignore_errors=True)


def test_undo_and_redo_never_lose_or_duplicate_anything(template: Path, qapp) -> None:
    UndoMachine.template = template
    runner = UndoMachine.TestCase
    runner.settings = settings(max_examples=30, stateful_step_count=30, deadline=None,
                               suppress_health_check=[HealthCheck.too_slow])
    runner().runTest()
