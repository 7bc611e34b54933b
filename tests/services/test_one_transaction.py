"""Every compound action is one transaction: a failure at its very last statement (the last
entry it writes to the change log) leaves the project exactly as it was, on SQLite and on
PostgreSQL; once the failure is gone the same call does it all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from annotator.errors import UserError
from annotator.services import annotations, codes, documents, exchange, memos
from tests.helpers.storage import FAILURE, everything, failing_log_entry, last_log_entry_is
from tests.services.conftest import World

@dataclass
class Case:
    prepare: Callable[[World], object]  # the call's argument, made before the failure
    call: Callable[[World, object], object]
    last_entry: Callable[[World, object], dict]  # what the call logs last


def _nvivo_file():
    """A project from NVivo with a document, codes and passages this project does not have."""
    import os
    import tempfile
    from pathlib import Path

    from tests.interchange.test_nvivo import ALL, nvivo_archive

    # One file, rewritten by each run (the case's `prepare` has no tmp_path to put it in).
    path = Path(tempfile.gettempdir()) / f"annotator-one-transaction-{os.getpid()}.qdpx"
    path.write_bytes(nvivo_archive(ALL))
    return path


def _spans(w: World) -> list[tuple[int, int, int]]:
    return [(w.first, 5, 8), (w.second, 1, 4), (w.second, 14, 16)]


CASES = {
    # The window's tag (ids, a coder who has tagged before): on a server the passage and its
    # entry are one statement.
    "tag": Case(
        lambda w: None,
        lambda w, _: annotations.tag(w.project, w.second, 14, 16, w.diplomacy),
        lambda w, _: {"kind": "passage", "action": "added", "document_id": w.second}),
    "tag many": Case(
        lambda w: None,
        lambda w, _: annotations.tag_many(w.project, _spans(w), w.security),
        lambda w, _: {"kind": "passage", "action": "added", "document_id": w.second}),
    "untag many": Case(
        lambda w: [p.id for p in annotations.list_passages(w.project)],
        lambda w, ids: annotations.untag_many(w.project, ids),
        lambda w, _: {"kind": "passage", "action": "removed", "document_id": w.second}),
    "restore many": Case(
        lambda w: annotations.untag_many(w.project, [p.id for p in annotations.list_passages(w.project)]),
        lambda w, removed: annotations.restore_many(w.project, removed),
        lambda w, _: {"kind": "passage", "action": "added", "document_id": w.second}),
    "delete a code with its passages": Case(
        lambda w: None,
        lambda w, _: codes.delete_code(w.project, w.security, delete_passages=True),
        lambda w, _: {"kind": "code", "action": "removed", "entity_id": w.security}),
    "undo a code's deletion": Case(
        lambda w: codes.delete_code(w.project, w.security, delete_passages=True),
        lambda w, deletion: codes.restore_code_deletion(w.project, deletion),
        lambda w, deletion: {"kind": "memo", "action": "added", "entity_id": deletion.memos[-1].id}),
    "merge": Case(
        lambda w: None,
        lambda w, _: codes.merge_codes(w.project, w.security, w.diplomacy),
        lambda w, _: {"kind": "code", "action": "removed", "entity_id": w.security}),
    "unmerge": Case(
        lambda w: codes.merge_codes(w.project, w.security, w.diplomacy),
        lambda w, merge: codes.unmerge(w.project, merge),
        lambda w, _: {"kind": "code", "action": "changed", "entity_id": w.diplomacy}),
    "delete a document": Case(
        lambda w: None,
        lambda w, _: documents.delete_document(w.project, w.first),
        lambda w, _: {"kind": "document", "action": "removed", "entity_id": w.first}),
    "undo a document's deletion": Case(
        lambda w: documents.delete_document(w.project, w.first),
        lambda w, deletion: documents.restore_document(w.project, deletion),
        # The parallel-passage index is put back last, after the passages and memos.
        lambda w, deletion: {"kind": "index", "action": "added",
                             "entity_id": deletion.parallel_index.document_id}),
    "edit a document's details": Case(
        lambda w: None,
        lambda w, _: documents.update_metadata(w.project, w.first, title="毛澤東", date="1949"),
        lambda w, _: {"kind": "document", "action": "changed", "entity_id": w.first}),
    "delete a memo": Case(
        lambda w: memos.memos_for(w.project, code_id=w.security)[0].id,
        lambda w, memo_id: memos.delete_memo(w.project, memo_id),
        lambda w, memo_id: {"kind": "memo", "action": "removed", "entity_id": memo_id}),
    "undo a memo's deletion": Case(
        lambda w: memos.delete_memo(w.project, memos.memos_for(w.project, code_id=w.security)[0].id),
        lambda w, saved: memos.restore_memo(w.project, saved),
        lambda w, saved: {"kind": "memo", "action": "added", "entity_id": saved.id}),
    "import a REFI-QDA project": Case(
        lambda w: _nvivo_file(),
        lambda w, path: exchange.import_exchange(w.project, path),
        # Its new document's passages are logged last, after documents, codes and memos.
        lambda w, _: {"kind": "passage", "action": "added"}),
}


@pytest.mark.parametrize("name", CASES)
def test_a_failure_at_the_last_statement_leaves_nothing_half_done(world: World, name: str) -> None:
    case = CASES[name]
    argument = case.prepare(world)
    last = case.last_entry(world, argument)
    before = everything(world.project)
    with failing_log_entry(world.project, **last), pytest.raises(UserError, match=FAILURE):
        case.call(world, argument)
    assert everything(world.project) == before
    # Without the failure the same call goes through, and that entry was indeed its last write.
    case.call(world, argument)
    assert everything(world.project) != before
    assert last_log_entry_is(world.project, **last)
