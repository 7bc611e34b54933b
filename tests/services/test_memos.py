"""Memos on documents and on codes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from annotator.errors import UserError
from annotator.services import codes, memos
from annotator.services.documents import delete_document
from annotator.services.imports import import_file
from tests.helpers.storage import contents
from tests.services.conftest import World


def test_memos_on_a_document_and_a_code(project, write_text) -> None:
    document = import_file(project, write_text("t.txt", "毛澤東到莫斯科。")).document
    on_document = memos.add_memo(project, document=document.id, text="來源可疑", title="provenance")
    on_code = memos.add_memo(project, code="security", text="包括軍事援助")
    assert [m.text for m in memos.memos_for(project, document_id=document.id)] == ["來源可疑"]
    security = codes.get_code(project, "security").id
    assert [m.id for m in memos.memos_for(project, code_id=security)] == [on_code.id]
    updated = memos.update_memo(project, on_document.id, text="來源可靠")
    assert updated.text == "來源可靠" and updated.coder == "tester"
    delete_document(project, document.id)
    assert memos.memos_for(project, document_id=document.id) == []


def test_a_memo_needs_exactly_one_target(project) -> None:
    with pytest.raises(UserError, match="exactly one"):
        memos.add_memo(project, text="orphan")


def test_a_memo_keeps_its_coder_and_aware_utc_times(project, write_text) -> None:
    document = import_file(project, write_text("t.txt", "毛澤東到莫斯科。")).document
    memo = memos.add_memo(project, document=document.id, text="來源", coder="沈志華")
    assert memo.coder == "沈志華"
    for stamp in (memo.created_at, memo.updated_at):
        assert stamp.tzinfo is not None and stamp.utcoffset() == timedelta(0)
    assert memos.update_memo(project, memo.id, text="來源可靠").updated_at >= memo.updated_at


def test_a_memo_needs_some_text(project) -> None:
    with pytest.raises(UserError, match="needs some text"):
        memos.add_memo(project, code="security", text="  ")
    memo = memos.add_memo(project, code="security", text="x")
    with pytest.raises(UserError, match="needs some text"):
        memos.update_memo(project, memo.id, text="")
    assert memos.get_memo(project, memo.id).text == "x"


def test_a_deleted_memo_comes_back_exactly(world: World) -> None:
    project = world.project
    before = contents(project)
    memo = memos.memos_for(project, document_id=world.first)[0]
    saved = memos.delete_memo(project, memo.id)
    assert memos.memos_for(project, document_id=world.first) == []
    assert memos.restore_memo(project, saved) == memo
    assert contents(project) == before
    with pytest.raises(UserError, match="already exists"):
        memos.restore_memo(project, saved)


def test_memos_of_a_document_or_a_code_or_both(world: World) -> None:
    project = world.project
    on_document = [m.text for m in memos.memos_for(project, document_id=world.first)]
    on_code = [m.text for m in memos.memos_for(project, code_id=world.army)]
    assert (on_document, on_code) == (["來源可疑"], ["軍隊"])
    both = memos.memos_for(project, document_id=world.first, code_id=world.army)
    assert [m.text for m in both] == ["軍隊", "來源可疑"]  # oldest first
    assert len(memos.memos_for(project)) == 3
