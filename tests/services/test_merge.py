"""`import OTHER.sqlite`: a colleague's project merged into this one, on a file or a server:
nothing duplicated, nothing overwritten, conflicts listed, the colleague's file untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator import paths
from annotator.project import Project
from annotator.services import annotations, codes, documents, entities, memos
from annotator.services.imports import import_file
from annotator.services.merge import merge_project
from annotator.services.transfer import copy_project
from db.models import ParallelIndex
from tests.helpers.projects import TEXT_ONE, TEXT_TWO, fill, rows


def passages(project: Project) -> set[tuple]:
    return {(p.document, p.code_path, p.coder, p.start, p.end, p.memo)
            for p in annotations.list_passages(project)}


def test_work_done_apart_on_a_copy_comes_together_once(location: str, tmp_path: Path) -> None:
    theirs_path = tmp_path / "colleague.sqlite"
    with Project(location) as ours:
        made = fill(ours, tmp_path)
        copy_project(ours, theirs_path)
        # Apart: the colleague codes more, adds a code and a text, renames a code; so do we.
        with Project(theirs_path) as theirs:
            annotations.tag(theirs, made["one"], 5, 8, "security", coder="牛軍", memo="theirs")
            codes.add_code(theirs, "archives", "#778899", parent="treaty")
            annotations.tag(theirs, made["two"], 9, 12, "archives", coder="牛軍")
            (tmp_path / "three.txt").write_text("第三份文件。毛澤東到莫斯科。", encoding="utf-8")
            three = import_file(theirs, tmp_path / "three.txt").document
            annotations.tag(theirs, three.id, 0, 5, "negotiation", coder="牛軍")
            memos.add_memo(theirs, document=three.id, text="a new memo", coder="牛軍")
            codes.update_code(theirs, codes.get_code(theirs, "negotiation").id, name="bargaining")
            their_passages = passages(theirs)
            their_boundaries = documents.load_boundaries(theirs, three.id)
        annotations.tag(ours, made["two"], 0, 3, "security", coder="沈志華")
        codes.update_code(ours, codes.get_code(ours, "negotiation").id, name="talks")
        before = theirs_path.read_bytes()

        summary = merge_project(ours, theirs_path)

        assert theirs_path.read_bytes() == before
        assert summary.added == {"coder": 1, "code": 1, "document": 1, "passage": 3, "memo": 1,
                                 "correction": 0}
        assert summary.matched["document"] == 2 and summary.matched["passage"] == 3
        assert [c.description for c in summary.conflicts] == [
            "the code “talks” is named “bargaining” in colleague.sqlite; kept “talks”"]
        merged = passages(ours)
        renamed = {tuple("talks" if part == "bargaining" else part for part in p) for p in their_passages}
        assert renamed <= merged
        assert sorted(d.title for d in documents.list_documents(ours)) == ["one", "three", "two"]
        new_doc = next(d for d in documents.list_documents(ours) if d.title == "three")
        assert documents.load_boundaries(ours, new_doc.id).words == their_boundaries.words
        assert [c.path for c in codes.list_codes(ours) if c.name == "archives"] == ["alliance/treaty/archives"]

        everything = rows(ours.engine)
        again = merge_project(ours, theirs_path)
        assert sum(again.added.values()) == 0
        assert rows(ours.engine) == everything


def test_independent_projects_meet_by_text_path_and_name(location: str, tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(TEXT_ONE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TEXT_TWO, encoding="utf-8")
    theirs_path = tmp_path / "theirs.sqlite"
    with Project(theirs_path) as theirs:
        codes.load_codebook(theirs, paths.DEFAULT_CODEBOOK)
        one = import_file(theirs, tmp_path / "one.txt").document
        import_file(theirs, tmp_path / "two.txt")
        annotations.tag(theirs, one.id, 0, 4, "diplomacy", coder="沈志華")
        annotations.tag(theirs, one.id, 2, 6, "security", coder="沈志華")
    with Project(location) as ours:
        codes.load_codebook(ours, paths.DEFAULT_CODEBOOK)
        mine = import_file(ours, tmp_path / "one.txt").document
        annotations.tag(ours, mine.id, 0, 4, "diplomacy", coder="沈志華")

        summary = merge_project(ours, theirs_path)

        assert summary.added == {"coder": 0, "code": 0, "document": 1, "passage": 1, "memo": 0,
                                 "correction": 0}
        assert summary.matched == {"coder": 1, "code": 3, "document": 1, "passage": 1, "memo": 0,
                                   "correction": 0}
        assert summary.conflicts == ()
        assert sorted(d.title for d in documents.list_documents(ours)) == ["one", "two"]
        assert {(p.document_id, p.code, p.start, p.end) for p in annotations.list_passages(ours)} == {
            (mine.id, "diplomacy", 0, 4), (mine.id, "security", 2, 6)}


def test_the_same_passage_recoded_apart_is_listed_and_ours_kept(location: str, tmp_path: Path) -> None:
    theirs_path = tmp_path / "theirs.sqlite"
    with Project(location) as ours:
        made = fill(ours, tmp_path)
        copy_project(ours, theirs_path)
        with Project(theirs_path) as theirs:
            annotations.recode(theirs, made["first_passage"], "security")
        summary = merge_project(ours, theirs_path)
        assert [c.kind for c in summary.conflicts] == ["passage"]
        assert "coded otherwise" in summary.conflicts[0].description
        assert annotations.get_passage(ours, made["first_passage"]).code == "negotiation"
        assert sum(summary.added.values()) == 0


def test_a_file_that_is_not_a_project_is_refused(location: str, tmp_path: Path) -> None:
    from annotator.errors import USER_ERRORS

    other = tmp_path / "notes.sqlite"
    other.write_text("not a database", encoding="utf-8")
    with Project(location) as ours:
        with pytest.raises(USER_ERRORS, match="not a project"):
            merge_project(ours, other)


def corrections(project: Project) -> set[tuple]:
    titles = {d.id: d.title for d in documents.list_documents(project)}
    return {(titles.get(c.document_id), c.text, c.kind, c.start, c.end, c.coder, c.uuid)
            for c in entities.list_corrections(project)}


def test_a_colleagues_entity_corrections_and_indexes_come_along_once(location: str, tmp_path: Path) -> None:
    theirs_path = tmp_path / "colleague.sqlite"
    with Project(location) as ours:
        made = fill(ours, tmp_path)
        entities.set_entity_kind(ours, "莫斯科", "place", coder="沈志華")
        copy_project(ours, theirs_path)
        with Project(theirs_path) as theirs:
            # Apart: the colleague corrects a text everywhere, a span of a shared document and
            # one of a new document; both of us correct the same span, differently.
            entities.set_entity_kind(theirs, "毛澤東", "person", coder="牛軍")
            entities.reject_mention(theirs, made["one"], 0, 2, coder="牛軍")
            entities.add_entity(theirs, made["two"], 0, 3, "organization", coder="牛軍")
            (tmp_path / "three.txt").write_text("第三份文件。毛澤東到莫斯科。", encoding="utf-8")
            three = import_file(theirs, tmp_path / "three.txt").document
            entities.add_entity(theirs, three.id, 6, 9, "person", coder="牛軍")
            their_corrections = corrections(theirs)
            with theirs.read() as session:
                their_index = session.get(ParallelIndex, three.id).data
        entities.add_entity(ours, made["two"], 0, 3, "place", coder="沈志華")

        summary = merge_project(ours, theirs_path)

        assert summary.added["correction"] == 3 and summary.matched["correction"] == 2
        disputed = next(c for c in their_corrections if c[0] == "two")
        assert [c.description for c in summary.conflicts if c.kind == "correction"] == [
            f"the entity correction of two 0-3 (“{disputed[1]}”) is “organization” in "
            "colleague.sqlite; kept “place”"]
        merged = corrections(ours)
        # Everything the colleague corrected is here, with its identity; ours kept in the conflict.
        assert their_corrections - {disputed} <= merged
        assert ("two", disputed[1], "place", 0, 3, "沈志華") in {c[:6] for c in merged}
        assert [m.kind for m in entities.document_entities(ours, "three") if (m.start, m.end) == (6, 9)] == ["person"]
        new_id = next(d.id for d in documents.list_documents(ours) if d.title == "three")
        with ours.read() as session:
            assert session.get(ParallelIndex, new_id).data == their_index

        everything = rows(ours.engine)
        again = merge_project(ours, theirs_path)
        assert sum(again.added.values()) == 0
        assert rows(ours.engine) == everything
