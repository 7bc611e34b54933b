"""The same project on SQLite and on PostgreSQL: schema from the same migrations, the same
integrity rules, aware UTC timestamps, identities, and the change log."""

from __future__ import annotations

import uuid
from datetime import timezone

import pytest
from sqlalchemy import select, text

from annotator import paths
from annotator.errors import USER_ERRORS
from annotator.project import Project
from annotator.services import annotations, codes, documents
from annotator.services.codes import load_codebook
from annotator.services.imports import import_file
from db.migrate import HEAD_REVISION, current_revision
from db.models import Annotation, Change, Code, Coder, Document, Memo, Segmentation


@pytest.fixture
def opened(location: str, write_text):
    with Project(location) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        import_file(project, write_text("t.txt", "𠮷毛澤東到莫斯科。斯大林說。"))
        yield project


def test_a_new_project_gets_the_newest_schema_and_the_codebook(opened: Project) -> None:
    assert current_revision(opened.engine) == HEAD_REVISION
    assert opened.created
    assert [c.path for c in codes.list_codes(opened)] == ["negotiation", "security", "diplomacy"]


def test_a_passage_cannot_end_after_its_document(opened: Project) -> None:
    with pytest.raises(USER_ERRORS, match="integrity"):
        with opened.write() as session:
            session.add(Annotation(document_id=1, code_id=1, coder_id=_coder(session), start=0,
                                   end=999, quote="x"))
    with pytest.raises(USER_ERRORS, match="integrity"):
        passage = annotations.tag(opened, 1, 0, 3, "diplomacy")
        with opened.write() as session:
            session.execute(text('UPDATE annotations SET "end" = 999 WHERE id = :id'), {"id": passage.id})


def test_an_imported_text_never_changes(opened: Project) -> None:
    with pytest.raises(USER_ERRORS, match="integrity"):
        with opened.write() as session:
            session.execute(text("UPDATE documents SET text = 'x', length = 1 WHERE id = 1"))
    assert documents.document_text(opened, 1).startswith("𠮷毛澤東")


def test_nothing_is_orphaned_by_deleting_what_passages_point_to(opened: Project) -> None:
    annotations.tag(opened, 1, 1, 4, "diplomacy")
    for statement in ("DELETE FROM documents WHERE id = 1", "DELETE FROM codes WHERE name = 'diplomacy'"):
        with pytest.raises(USER_ERRORS, match="integrity"):
            with opened.write() as session:
                session.execute(text(statement))
    assert len(annotations.list_passages(opened)) == 1


def test_timestamps_are_aware_utc_and_identities_are_uuids(opened: Project) -> None:
    passage = annotations.tag(opened, 1, 1, 4, "diplomacy", memo="m")
    [listed] = annotations.list_passages(opened)
    for stamp in (passage.created_at, listed.created_at, listed.updated_at,
                  documents.get_document(opened, 1).imported_at):
        assert stamp.tzinfo is not None and stamp.utcoffset() == timezone.utc.utcoffset(None)
    assert listed.created_at == passage.created_at
    with opened.read() as session:
        for model in (Document, Code, Coder, Annotation):
            identities = session.scalars(select(model.uuid)).all()
            assert identities and all(isinstance(value, uuid.UUID) for value in identities)
            assert len(set(identities)) == len(identities)


def test_code_names_are_unique_among_siblings_only(opened: Project) -> None:
    codes.add_code(opened, "Other", "#111111", parent="security")
    codes.add_code(opened, "Other", "#222222", parent="diplomacy")
    with pytest.raises(USER_ERRORS):
        codes.add_code(opened, "ｏｔｈｅｒ", "#333333", parent="security")
    with opened.read() as session:
        assert session.scalar(select(Code.name_key).where(Code.color == "#111111")) == "other"


def test_every_write_appends_to_the_change_log(opened: Project) -> None:
    with opened.read() as session:
        before = session.scalar(select(Change.id).order_by(Change.id.desc()).limit(1))
    passage = annotations.tag(opened, 1, 1, 4, "diplomacy")
    annotations.set_memo(opened, passage.id, "note")
    annotations.untag(opened, passage.id)
    with opened.read() as session:
        logged = session.execute(select(Change.kind, Change.action, Change.entity_id, Change.document_id,
                                        Change.client).where(Change.id > before).order_by(Change.id)).all()
    passages = [row for row in logged if row.kind == "passage"]
    assert [(r.action, r.entity_id, r.document_id) for r in passages] == [
        ("added", passage.id, 1), ("changed", passage.id, 1), ("removed", passage.id, 1)]
    assert {row.client for row in logged} == {opened.client_id}


def test_untag_returns_the_passage_as_it_was_and_a_missing_one_changes_nothing(opened: Project) -> None:
    passage = annotations.tag(opened, 1, 1, 4, "diplomacy", memo="毛")
    removed = annotations.untag(opened, passage.id)
    assert removed == passage and annotations.list_passages(opened) == []
    with opened.read() as session:
        logged = session.scalar(select(Change.id).order_by(Change.id.desc()).limit(1))
    with pytest.raises(USER_ERRORS, match="no annotation"):
        annotations.untag(opened, passage.id)
    with opened.read() as session:
        assert session.scalar(select(Change.id).order_by(Change.id.desc()).limit(1)) == logged
    assert annotations.restore(opened, removed) == passage


def test_a_documents_boundaries_come_back_as_stored(opened: Project) -> None:
    boundaries = documents.load_boundaries(opened, 1)
    with opened.read() as session:
        stored = session.get(Segmentation, 1)
        assert (boundaries.words.tobytes(), boundaries.sentences.tobytes(), boundaries.method) == (
            stored.word_boundaries, stored.sentence_boundaries, stored.method)
    assert boundaries.words[-1] == len("𠮷毛澤東到莫斯科。斯大林說。") and len(boundaries.sentences) >= 2
    with pytest.raises(USER_ERRORS):
        documents.load_boundaries(opened, 99)


def _coder(session) -> int:
    coder = Coder(name="someone")
    session.add(coder)
    session.flush()
    return coder.id


def test_bulk_writes_are_logged_per_document(opened: Project) -> None:
    from db.watch import ChangeWatcher

    watcher = ChangeWatcher(opened.engine, client_id="someone else")
    tagged = annotations.tag_many(opened, [(1, 1, 3), (1, 4, 6)], "security")
    summary = watcher.poll()
    assert summary.passages_in == {1} and not summary.codes
    annotations.untag_many(opened, [p.id for p in tagged])
    assert watcher.poll().passages_in == {1}
    assert watcher.poll().empty  # nothing new since
