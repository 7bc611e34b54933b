"""Undo and redo never lose or duplicate a tag, whatever the sequence, across close and reopen.

A hypothesis state machine drives the real undo stack and services on a real project file and
compares the stored passages with a model after every step.
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

from annotator import paths
from annotator.project import Project
from annotator.services.annotations import list_passages
from annotator.services.codes import list_codes, load_codebook
from annotator.services.imports import ImportOptions, import_file
from annotator.ui.commands import RecodeCommand, TagCommand, TagManyCommand, UntagCommand
from annotator.ui.session import ProjectSession

TEXT = "毛 澤東 到 莫斯科 。 斯大林 說 ： 勝利者 是 不能 受 指責 的 。"
LENGTH = len(TEXT.replace(" ", ""))
State = frozenset  # of (id, start, end, code_id)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("undo")
    source = folder / "text.txt"
    source.write_text(TEXT, encoding="utf-8")
    path = folder / "template.sqlite"
    with Project(path) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        import_file(project, source, ImportOptions(presegmented="yes"))
    return path


class UndoMachine(RuleBasedStateMachine):
    template: Path

    def __init__(self) -> None:
        super().__init__()
        self.app = QApplication.instance() or QApplication([])
        self.path = Path(tempfile.mkdtemp(prefix="undo-")) / "project.sqlite"
        shutil.copyfile(self.template, self.path)
        self.session = ProjectSession(Project(self.path), "tester")
        self.codes = [code.id for code in list_codes(self.session.project)]
        self.history: list[State] = [State()]  # the stored state after each step on the stack
        self.position = 0

    def stored(self) -> State:
        return State((p.id, p.start, p.end, p.code_id) for p in list_passages(self.session.project))

    def pushed(self) -> None:
        self.history = self.history[: self.position + 1] + [self.stored()]
        self.position += 1

    @rule(start=st.integers(0, LENGTH - 1), width=st.integers(1, 6), code=st.integers(0, 2))
    def tag(self, start: int, width: int, code: int) -> None:
        end = min(LENGTH, start + width)
        before = self.stored()
        document_id = 1
        code_info = next(c for c in list_codes(self.session.project) if c.id == self.codes[code])
        if self.session.execute(TagCommand(self.session, document_id, start, end, code_info)):
            self.pushed()
            added = self.stored() - before
            assert len(added) == 1 and next(iter(added))[1:] == (start, end, code_info.id)
        else:  # refused (the same passage twice): nothing changed, nothing pushed
            assert self.stored() == before

    @rule(starts=st.lists(st.integers(0, LENGTH - 2), min_size=1, max_size=6), code=st.integers(0, 2))
    def tag_all(self, starts: list[int], code: int) -> None:
        """"Tag all" search results: two-character spans, some maybe coded already."""
        spans = [(1, start, start + 2) for start in starts]
        before = self.stored()
        code_info = next(c for c in list_codes(self.session.project) if c.id == self.codes[code])
        had = {(s, e) for _, s, e, c in before if c == code_info.id}
        new = {(s, e) for _, s, e in spans} - had
        if self.session.execute(TagManyCommand(self.session, spans, code_info)):
            self.pushed()
            added = self.stored() - before
            assert {(s, e, c) for _, s, e, c in added} == {(s, e, code_info.id) for s, e in new}
        else:  # every span had the code already: nothing changed, nothing pushed
            assert not new and self.stored() == before

    @precondition(lambda self: self.history[self.position])
    @rule(choice=st.integers(0, 10**6))
    def untag(self, choice: int) -> None:
        passages = sorted(self.history[self.position])
        target = passages[choice % len(passages)]
        passage = next(p for p in list_passages(self.session.project) if p.id == target[0])
        assert self.session.execute(UntagCommand(self.session, passage))
        self.pushed()

    @precondition(lambda self: self.history[self.position])
    @rule(choice=st.integers(0, 10**6), code=st.integers(0, 2))
    def recode(self, choice: int, code: int) -> None:
        passages = sorted(self.history[self.position])
        target = passages[choice % len(passages)]
        passage = next(p for p in list_passages(self.session.project) if p.id == target[0])
        code_info = next(c for c in list_codes(self.session.project) if c.id == self.codes[code])
        if code_info.id != passage.code_id and self.session.execute(
            RecodeCommand(self.session, passage, code_info)
        ):
            self.pushed()

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
        # A new window starts with an empty undo history: what was stored stays stored.
        self.history = [self.history[self.position]]
        self.position = 0

    @invariant()
    def stored_passages_match_the_model(self) -> None:
        assert self.stored() == self.history[self.position]
        assert self.session.undo_stack.index() == self.position or self.position == 0

    def teardown(self) -> None:
        self.session.close()
        shutil.rmtree(self.path.parent, ignore_errors=True)


def test_undo_and_redo_never_lose_or_duplicate_a_tag(template: Path, qapp) -> None:
    UndoMachine.template = template
    runner = UndoMachine.TestCase
    runner.settings = settings(max_examples=25, stateful_step_count=25, deadline=None,
                               suppress_health_check=[HealthCheck.too_slow])
    runner().runTest()
