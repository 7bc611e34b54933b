"""Memos on documents and on codes."""

from __future__ import annotations

import pytest

from annotator.errors import UserError
from annotator.services import codes, memos
from annotator.services.documents import delete_document
from annotator.services.imports import import_file


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
