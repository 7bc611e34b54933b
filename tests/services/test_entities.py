"""Entities of stored documents: found in either script at stored offsets, corrected in the
project (each correction one transaction with its undo), every mention coded in one step,
exported to CSV and Excel."""

from __future__ import annotations

import uuid
from datetime import timezone

import openpyxl
import pytest
from sqlalchemy import insert, select

from annotator import paths
from annotator.errors import USER_ERRORS, UserError
from annotator.project import Project
from annotator.services import annotations, entities
from annotator.services.codes import load_codebook
from annotator.services.documents import delete_document, restore_document
from annotator.services.entity_export import ENTITY_HEADER, export_entities
from annotator.services.export import read_csv
from annotator.services.imports import import_file
from db.backup import backup_folder
from db.models import Change, Coder
from db.models import EntityCorrection as CorrectionRow

# Characters beyond the BMP first: offsets are code points.
TRADITIONAL = "𠮷𪚥毛澤東到莫斯科。周恩來和毛澤東在北京會見大使羅申。1949年12月16日，毛澤東抵達莫斯科。"
SIMPLIFIED = "毛泽东和斯大林在莫斯科会谈。苏联政府同意。"


@pytest.fixture
def documents(project, write_text) -> tuple[int, int]:
    return (import_file(project, write_text("t.txt", TRADITIONAL)).document.id,
            import_file(project, write_text("s.txt", SIMPLIFIED)).document.id)


def spans(project, document_id, kind=None) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in entities.document_entities(project, document_id)
            if kind is None or m.kind == kind]


def test_entities_are_found_in_either_script_at_stored_offsets(project, documents) -> None:
    traditional, simplified = documents
    mentions = entities.document_entities(project, traditional)
    assert [(m.start, m.end, m.text, m.kind) for m in mentions][:3] == [
        (2, 5, "毛澤東", "person"), (6, 9, "莫斯科", "place"), (10, 13, "周恩來", "person")]
    assert all(TRADITIONAL[m.start:m.end] == m.text for m in mentions)
    [date] = [m for m in mentions if m.kind == "date"]
    assert (date.text, date.normalized) == ("1949年12月16日", "1949-12-16")
    assert ("苏联政府", "organization") in spans(project, simplified)
    assert [m.kind for m in entities.document_entities(project, traditional, kinds=["title"])] == ["title"]
    with pytest.raises(UserError, match="not a kind of entity"):
        entities.document_entities(project, traditional, kinds=["people"])


def test_summaries_count_mentions_with_their_positions(project, documents) -> None:
    summaries = entities.entity_summaries(project, documents[0])
    mao = next(s for s in summaries if s.key == "毛泽东")
    assert (mao.text, mao.kind, mao.count, mao.positions) == (
        "毛澤東", "person", 3, ((2, 5), (14, 17), (39, 42)))
    assert [s.kind for s in summaries] == sorted(
        (s.kind for s in summaries), key=["person", "place", "organization", "title", "date"].index)


def test_a_kind_set_for_a_text_holds_in_every_document_and_is_undone(project, documents) -> None:
    traditional, simplified = documents
    change = entities.set_entity_kind(project, "莫斯科", "organization")  # simplified: either script
    assert change.replaced is None and change.made.kind == "organization"
    assert ("莫斯科", "organization") in spans(project, traditional)
    assert ("莫斯科", "organization") in spans(project, simplified)
    assert ("莫斯科", "place") not in spans(project, traditional) + spans(project, simplified)
    back = entities.undo_correction(project, change)
    assert ("莫斯科", "place") in spans(project, traditional)
    assert entities.list_corrections(project) == []
    entities.undo_correction(project, back)  # redo
    assert [c.id for c in entities.list_corrections(project)] == [change.made.id]


def test_a_new_kind_replaces_the_old_and_its_undo_brings_the_old_back(project, documents) -> None:
    first = entities.set_entity_kind(project, "北京", "organization")
    second = entities.set_entity_kind(project, "北京", "title")
    assert second.replaced == first.made
    assert ("北京", "title") in spans(project, documents[0])
    entities.undo_correction(project, second)
    assert entities.list_corrections(project) == [first.made]  # the same id, coder and time
    with pytest.raises(UserError, match="organization in every document already"):
        entities.set_entity_kind(project, "北京", "organization")


def test_a_rejected_text_is_no_entity_anywhere_until_undone(project, documents) -> None:
    traditional, simplified = documents
    change = entities.reject_entity(project, "毛澤東")
    assert not any(text in ("毛澤東", "毛泽东") for text, _ in spans(project, traditional) + spans(project, simplified))
    entities.undo_correction(project, change)
    assert spans(project, simplified)[0] == ("毛泽东", "person")


def test_an_added_entity_wins_over_what_it_overlaps_in_its_document_only(project, documents) -> None:
    traditional, simplified = documents
    start = TRADITIONAL.index("北京會見")
    change = entities.add_entity(project, traditional, start, start + 4, "place")
    mentions = entities.document_entities(project, traditional)
    assert ("北京會見", "place") in [(m.text, m.kind) for m in mentions]
    assert ("北京", "place") not in [(m.text, m.kind) for m in mentions]
    assert change.made.text == "北京会见" and change.made.document_id == traditional
    entities.undo_correction(project, change)
    assert ("北京", "place") in spans(project, traditional)


def test_a_rejected_mention_is_dropped_there_alone(project, documents) -> None:
    traditional, _ = documents
    entities.reject_mention(project, traditional, 14, 17)  # the second 毛澤東
    positions = [(m.start, m.end) for m in entities.document_entities(project, traditional)
                 if m.text == "毛澤東"]
    assert positions == [(2, 5), (39, 42)]


def test_a_removed_correction_comes_back_under_its_id(project, documents) -> None:
    change = entities.add_entity(project, documents[0], 0, 2, "person")
    removed = entities.remove_correction(project, change.made.id)
    assert removed.made is None and removed.replaced == change.made
    assert ("𠮷𪚥", "person") not in spans(project, documents[0])
    entities.undo_correction(project, removed)
    assert entities.list_corrections(project, documents[0]) == [change.made]
    assert ("𠮷𪚥", "person") in spans(project, documents[0])


def test_bad_corrections_are_clear_errors_and_change_nothing(project, documents) -> None:
    traditional, _ = documents
    with pytest.raises(UserError, match="not a kind of entity"):
        entities.set_entity_kind(project, "北京", "city")
    with pytest.raises(UserError, match="needs a text"):
        entities.reject_entity(project, "  ")
    with pytest.raises(UserError, match="not inside"):
        entities.add_entity(project, traditional, 40, len(TRADITIONAL) + 1, "place")
    with pytest.raises(UserError, match="no document"):
        entities.add_entity(project, 99, 0, 2, "place")
    entities.reject_mention(project, traditional, 2, 5)
    with pytest.raises(UserError, match="rejected already"):
        entities.reject_mention(project, traditional, 2, 5)
    with pytest.raises(UserError, match="no entity correction"):
        entities.remove_correction(project, 12345)
    assert len(entities.list_corrections(project)) == 1


def test_an_undo_after_another_change_is_refused_and_changes_nothing(project, documents) -> None:
    first = entities.set_entity_kind(project, "北京", "organization")
    entities.remove_correction(project, first.made.id)
    with pytest.raises(UserError, match="removed meanwhile"):
        entities.undo_correction(project, first)
    entities.set_entity_kind(project, "北京", "title")
    removed = entities.remove_correction(project, entities.list_corrections(project)[0].id)
    entities.set_entity_kind(project, "北京", "place")
    with pytest.raises(UserError, match="corrected again meanwhile"):
        entities.undo_correction(project, removed)
    assert [c.kind for c in entities.list_corrections(project)] == ["place"]


def test_a_document_s_corrections_go_with_it_the_project_wide_ones_stay(project, documents) -> None:
    traditional, _ = documents
    entities.add_entity(project, traditional, 0, 2, "person")
    entities.reject_entity(project, "北京")
    before = entities.list_corrections(project)
    deletion = delete_document(project, traditional)
    assert [(c.document_id, c.text) for c in entities.list_corrections(project)] == [(None, "北京")]
    # Undoing the deletion brings the document's corrections back as they were.
    restore_document(project, deletion)
    assert entities.list_corrections(project) == before


def test_corrections_are_logged_for_other_windows(project, documents) -> None:
    from db.watch import ChangeWatcher

    watcher = ChangeWatcher(project.engine, client_id="another window")
    entities.set_entity_kind(project, "北京", "organization")
    assert watcher.poll().entities
    assert not watcher.poll().entities


# -- coding every mention ----------------------------------------------------------------------


def test_every_mention_is_coded_in_one_step_and_untag_many_undoes_it(project, documents) -> None:
    traditional, simplified = documents
    with project.read() as session:
        before = session.scalar(select(Change.id).order_by(Change.id.desc()).limit(1))
    passages = entities.code_entity_occurrences(project, None, "毛泽东", "diplomacy")
    assert [(p.document_id, p.start, p.end, p.text) for p in passages] == [
        (traditional, 2, 5, "毛澤東"), (traditional, 14, 17, "毛澤東"), (traditional, 39, 42, "毛澤東"),
        (simplified, 0, 3, "毛泽东")]
    assert {p.code for p in passages} == {"diplomacy"}
    with project.read() as session:  # one transaction: one log entry per document
        logged = session.execute(select(Change.kind, Change.document_id).where(Change.id > before)).all()
    assert sorted(logged) == [("passage", traditional), ("passage", simplified)]
    # Coded so already: skipped.
    assert entities.code_entity_occurrences(project, [traditional], "毛澤東", "diplomacy") == []
    annotations.untag_many(project, [p.id for p in passages])
    assert annotations.list_passages(project) == []
    assert annotations.restore_many(project, passages) == passages


def test_coding_follows_the_corrections_and_the_kind(project, documents) -> None:
    traditional, _ = documents
    entities.reject_mention(project, traditional, 39, 42)
    passages = entities.code_entity_occurrences(project, [traditional], "毛澤東", "security",
                                                kind="person")
    assert [p.start for p in passages] == [2, 14]
    with pytest.raises(UserError, match="not among the entities found as place"):
        entities.code_entity_occurrences(project, [traditional], "毛澤東", "security", kind="place")
    with pytest.raises(UserError, match="not among the entities"):
        entities.code_entity_occurrences(project, None, "林彪", "security")
    assert len(annotations.list_passages(project)) == 2


# -- export ------------------------------------------------------------------------------------


def test_the_mentions_export_to_csv(project, documents, tmp_path) -> None:
    traditional, _ = documents
    out = tmp_path / "entities.csv"
    assert export_entities(project, [traditional], out, kinds=["person", "date"]) == 6
    rows = read_csv(out)
    assert tuple(rows[0]) == ENTITY_HEADER
    assert [(r["text"], r["kind"], r["start"], r["end"]) for r in rows][:2] == [
        ("毛澤東", "person", "2", "5"), ("周恩來", "person", "10", "13")]
    date = next(r for r in rows if r["kind"] == "date")
    assert (date["text"], date["normalized"], date["found_by"]) == ("1949年12月16日", "1949-12-16", "date")
    assert rows[0]["text_simplified"] == "毛泽东" and rows[0]["context_after"] == "到莫斯科。"
    assert rows[0]["context_before"] == "𠮷𪚥"
    with pytest.raises(UserError, match="no format for entities"):
        export_entities(project, None, tmp_path / "entities.txt")
    backups = backup_folder(project.path)
    backups.mkdir()
    for kept in (backups / "entities.csv", backups / "entities.xlsx"):
        with pytest.raises(UserError, match="backups folder"):
            export_entities(project, None, kept)
    assert list(backups.iterdir()) == []


def test_the_mentions_export_to_excel(project, documents, tmp_path) -> None:
    out = tmp_path / "entities.xlsx"
    written = export_entities(project, None, out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "Entities"
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ENTITY_HEADER and len(values) == written + 1
    assert values[1][:7] == (documents[0], "t", "毛澤東", "毛泽东", "person", 2, 5)
    assert values[-1][2:5] == ("苏联政府", "苏联政府", "organization")


# -- on both dialects --------------------------------------------------------------------------


def test_corrections_are_kept_with_coder_and_utc_time_on_either_storage(location, write_text) -> None:
    with Project(location) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        document = import_file(project, write_text("t.txt", TRADITIONAL)).document.id
        entities.set_entity_kind(project, "北京", "organization", coder="沈志華")
        entities.add_entity(project, document, 0, 2, "person", coder="沈志華")
        entities.reject_mention(project, document, 14, 17, coder="沈志華")
        corrections = entities.list_corrections(project, document)
        assert [(c.document_id, c.text, c.kind, c.start, c.coder) for c in corrections] == [
            (None, "北京", "organization", None, "沈志華"), (document, "𠮷𪚥", "person", 0, "沈志華"),
            (document, "毛泽东", "rejected", 14, "沈志華")]
        assert all(c.created_at.utcoffset() == timezone.utc.utcoffset(None) for c in corrections)
        assert ("北京", "organization") in spans(project, document)
        # The schema itself keeps one project-wide correction per text, and one per span.
        with project.read() as session:
            coder = session.scalar(select(Coder.id).where(Coder.name == "沈志華"))
        for duplicate in ({"document_id": None, "folded_text": "北京", "start": None, "end": None},
                          {"document_id": document, "folded_text": "𠮷𪚥", "start": 0, "end": 2}):
            with pytest.raises(USER_ERRORS, match="integrity"):
                with project.write() as session:
                    session.execute(insert(CorrectionRow).values(
                        kind="place", coder_id=coder, **duplicate, uuid=uuid.uuid4(),
                        created_at=corrections[0].created_at))
        with pytest.raises(USER_ERRORS, match="integrity"):
            with project.write() as session:
                session.execute(insert(CorrectionRow).values(
                    kind="person", coder_id=coder, document_id=None, folded_text="周恩来", start=0,
                    end=3, uuid=uuid.uuid4(), created_at=corrections[0].created_at))
        assert len(entities.list_corrections(project)) == 3
        passages = entities.code_entity_occurrences(project, None, "毛泽东", "diplomacy")
        assert [p.start for p in passages] == [2, 39]
