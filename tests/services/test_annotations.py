"""Tagging passages: offsets in code points, validation, listing and filters."""

from __future__ import annotations

import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from annotator import paths
from annotator.domain import PassageFilter
from annotator.errors import UserError
from annotator.project import Project
from annotator.services import annotations, codes
from annotator.services.documents import delete_document, document_text
from annotator.services.codes import load_codebook, resolve_code
from annotator.services.imports import import_file
from db.models import Code, Document
from tests.helpers.storage import everything

# Characters outside the BMP before and inside the passage: Qt would count them twice.
TEXT = "𠮷野家與𪚥字。毛澤東說：「我是一個有話無處說的人。」斯大林說：「勝利者是不能受指責的。」"


@pytest.fixture
def document(project, write_text):
    return import_file(project, write_text("ext.txt", TEXT)).document


def test_a_tag_quotes_exactly_the_code_points_it_covers(project, document) -> None:
    start = TEXT.index("毛澤東")
    passage = annotations.tag(project, document.id, start, start + 3, "diplomacy", memo="首次")
    assert passage.text == "毛澤東" == TEXT[passage.start:passage.end]
    inside = annotations.tag(project, document.id, 0, 5, "security")
    assert inside.text == "𠮷野家與𪚥"
    assert [p.id for p in annotations.list_passages(project)] == [inside.id, passage.id]


def test_a_document_title_works_as_well_as_its_id(project, document) -> None:
    passage = annotations.tag(project, "ext", 1, 3, "security")
    assert passage.document_id == document.id


@pytest.mark.parametrize("start, end", [(-1, 2), (5, 5), (6, 2), (0, len(TEXT) + 1)])
def test_a_range_outside_the_text_is_a_clear_error(project, document, start, end) -> None:
    with pytest.raises(UserError, match="not inside"):
        annotations.tag(project, document.id, start, end, "security")
    assert annotations.list_passages(project) == []


def test_unknown_codes_and_documents_are_clear_errors(project, document) -> None:
    with pytest.raises(UserError, match="no code named"):
        annotations.tag(project, document.id, 0, 2, "espionage")
    with pytest.raises(UserError, match="no document"):
        annotations.tag(project, "no such title", 0, 2, "security")
    with pytest.raises(UserError, match="no annotation"):
        annotations.untag(project, 12345)


def test_the_same_passage_twice_is_refused(project, document) -> None:
    annotations.tag(project, document.id, 0, 2, "security")
    with pytest.raises(UserError, match="already has that code"):
        annotations.tag(project, document.id, 0, 2, "security")


def test_untag_then_restore_brings_back_the_same_passage(project, document) -> None:
    passage = annotations.tag(project, document.id, 7, 10, "negotiation", memo="m")
    removed = annotations.untag(project, passage.id)
    assert annotations.list_passages(project) == []
    assert annotations.restore(project, removed) == passage


def test_memo_recode_and_adjust(project, document) -> None:
    passage = annotations.tag(project, document.id, 7, 10, "negotiation")
    assert annotations.set_memo(project, passage.id, "毛的語氣").memo == "毛的語氣"
    assert annotations.recode(project, passage.id, "security").code == "security"
    adjusted = annotations.adjust(project, passage.id, 7, 11)
    assert adjusted.text == TEXT[7:11]
    with pytest.raises(UserError):
        annotations.adjust(project, passage.id, 7, len(TEXT) + 5)


def test_filters_by_code_with_children_coder_and_text_in_either_script(project, document) -> None:
    treaty = codes.add_code(project, "treaty", "#AA0000", parent="diplomacy")
    a = annotations.tag(project, document.id, 7, 10, "diplomacy")
    b = annotations.tag(project, document.id, 26, 29, treaty.id, coder="沈志華")
    c = annotations.tag(project, document.id, 0, 2, "security")
    diplomacy = codes.get_code(project, "diplomacy").id

    def ids(**kwargs) -> list[int]:
        return [p.id for p in annotations.list_passages(project, PassageFilter(**kwargs))]

    assert ids(code_ids=(diplomacy,)) == [a.id, b.id]
    assert ids(code_ids=(diplomacy,), include_child_codes=False) == [a.id]
    assert ids(coders=("沈志華",)) == [b.id]
    assert ids(text_contains="毛泽东") == [a.id]
    assert ids(document_ids=(document.id,)) == [c.id, a.id, b.id]
    assert annotations.get_passage(project, b.id).code_path == "diplomacy/treaty"


def test_deleting_a_document_removes_its_passages_in_the_same_step(project, document) -> None:
    annotations.tag(project, document.id, 0, 2, "security")
    assert len(delete_document(project, document.id).passages) == 1
    assert annotations.list_passages(project) == []
    with pytest.raises(UserError):
        document_text(project, document.id)


# -- many at once: tagging all search results -------------------------------------------------


def test_tag_many_stores_every_span_at_code_points_and_skips_what_the_coder_has(project, document) -> None:
    mao, stalin = TEXT.index("毛澤東"), TEXT.index("斯大林")
    already = annotations.tag(project, document.id, mao, mao + 3, "diplomacy", coder="tester")
    spans = [(document.id, 0, 1), (document.id, mao, mao + 3), (document.id, stalin, stalin + 3),
             (document.id, 0, 1)]
    new = annotations.tag_many(project, spans, "diplomacy", coder="tester")
    assert [(p.start, p.end, p.text) for p in new] == [(0, 1, "𠮷"), (stalin, stalin + 3, "斯大林")]
    stored = annotations.list_passages(project)
    assert sorted(p.id for p in stored) == sorted([already.id, *(p.id for p in new)])
    assert {p.id: p for p in stored}[new[1].id] == new[1]  # what it returns is what is stored
    # Another coder's passage on the same span is no reason to skip.
    assert len(annotations.tag_many(project, spans[:2], "diplomacy", coder="other")) == 2


def test_tag_many_with_one_bad_span_stores_nothing(project, document) -> None:
    spans = [(document.id, 0, 3), (document.id, 5, len(TEXT) + 1)]
    with pytest.raises(UserError, match="not inside"):
        annotations.tag_many(project, spans, "security")
    with pytest.raises(UserError, match="no document"):
        annotations.tag_many(project, [(document.id, 0, 3), (document.id + 99, 0, 3)], "security")
    assert annotations.list_passages(project) == []


def test_untag_many_and_restore_many_bring_back_the_same_passages(project, document) -> None:
    spans = [(document.id, i, i + 2) for i in range(0, 40, 2)]
    tagged = annotations.tag_many(project, spans, "negotiation", coder="tester")
    before = annotations.list_passages(project)
    removed = annotations.untag_many(project, [p.id for p in tagged])
    assert removed == tagged and annotations.list_passages(project) == []
    assert annotations.restore_many(project, removed) == tagged
    assert annotations.list_passages(project) == before
    with pytest.raises(UserError, match="already exists"):
        annotations.restore_many(project, removed)


def test_untag_many_removes_none_when_one_is_missing(project, document) -> None:
    tagged = annotations.tag_many(project, [(document.id, 0, 2), (document.id, 2, 4)], "security")
    with pytest.raises(UserError, match="no annotation"):
        annotations.untag_many(project, [tagged[0].id, tagged[1].id + 1000])
    assert len(annotations.list_passages(project)) == 2


# -- the one passage filter: the query lets through what PassageFilter.matches does -----------


@pytest.fixture
def coded(project, document):
    """Passages of three codes (one a sub-code), two coders, memos in either script."""
    treaty = codes.add_code(project, "treaty", parent="diplomacy")
    spans = [(0, 2, "security", "甲", ""), (7, 10, "diplomacy", "乙", "毛泽东"),
             (7, 10, treaty.id, "甲", ""), (11, 13, "negotiation", "乙", "說"),
             (20, 24, treaty.id, "乙", "勝利")]
    for start, end, code, coder, memo in spans:
        annotations.tag(project, document.id, start, end, code, coder=coder, memo=memo)
    return project


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(codes_chosen=st.sets(st.integers(1, 5), max_size=2), children=st.booleans(),
       coders=st.sets(st.sampled_from(["甲", "乙", "丙"]), max_size=2),
       needle=st.sampled_from(["", "毛澤東", "毛泽东", "说", "勝", "無"]), documents=st.booleans())
def test_the_query_and_the_filters_own_rule_agree(coded, document, codes_chosen, children, coders,
                                                  needle, documents) -> None:
    passage_filter = PassageFilter(
        document_ids=(document.id,) if documents else (), code_ids=tuple(sorted(codes_chosen)),
        include_child_codes=children, coders=tuple(sorted(coders)), text_contains=needle)
    everything = annotations.list_passages(coded)
    code_set = passage_filter.code_set({c.id: c.parent_id for c in codes.list_codes(coded)})
    expected = [p for p in everything if passage_filter.matches(p, code_set)]
    assert annotations.list_passages(coded, passage_filter) == expected
    assert [r.id for r in annotations.export_records(coded, passage_filter)] == [p.id for p in expected]


def test_a_filter_on_a_code_takes_its_sub_codes_at_any_depth() -> None:
    parent_of = {1: None, 2: 1, 3: 2, 4: None, 5: 3}
    assert PassageFilter(code_ids=(1,)).code_set(parent_of) == {1, 2, 3, 5}
    assert PassageFilter(code_ids=(2, 4)).code_set(parent_of) == {2, 3, 4, 5}
    assert PassageFilter(code_ids=(1,), include_child_codes=False).code_set(parent_of) == {1}
    assert PassageFilter().code_set(parent_of) is None


def test_the_marks_of_chosen_coders_on_a_file_and_a_server(location: str, write_text) -> None:
    with Project(location) as project:
        codes.add_code(project, "diplomacy")
        document = import_file(project, write_text("marks.txt", "毛澤東到莫斯科，史達林接見了他。")).document
        mine = annotations.tag(project, document.id, 0, 3, "diplomacy", coder="沈志華")
        theirs = annotations.tag(project, document.id, 4, 7, "diplomacy", coder="牛軍")
        def marks(*coders: str) -> list[int]:  # marks come in no particular order
            chosen = coders if coders != ("*",) else None
            return sorted(m.id for m in annotations.passage_marks(project, document.id, coders=chosen))

        assert marks("*") == sorted([mine.id, theirs.id])
        assert marks("牛軍") == [theirs.id]
        assert marks("沈志華", "牛軍") == sorted([mine.id, theirs.id])
        assert marks() == [] == marks("nobody")


def _log(project: Project) -> list[tuple]:
    with project.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            "SELECT client, coder, kind, action, entity_id, document_id FROM changes ORDER BY id"))]


def test_a_tag_is_stored_as_shown_and_logged_on_a_file_and_a_server(location: str, write_text) -> None:
    # A colleague's window reloads the document's passages from the log entry; the window shows
    # the passage the call returns without reading it back: both must be what was stored.
    with Project(location) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        army = codes.add_code(project, "army", parent="security", color="#123456")
        document = import_file(project, write_text("tag.txt", TEXT)).document
        before = _log(project)
        passage = annotations.tag(project, document.id, 2, 5, army.id, memo="註", coder="沈志華")
        assert _log(project) == before + [(project.client_id, project.coder or "", "passage", "added",
                                           passage.id, document.id)]
        assert annotations.get_passage(project, passage.id) == passage
        assert (passage.document, passage.code_path, passage.color, passage.text, passage.coder) == (
            document.title, "security/army", "#123456", TEXT[2:5], "沈志華")
        # The coder's next tag (on a server: the window's one round trip), stored as shown too.
        second = annotations.tag(project, document.id, 6, 9, army.id, coder="沈志華")
        assert annotations.get_passage(project, second.id) == second
        assert (second.code_path, second.text) == ("security/army", TEXT[6:9])
        assert _log(project)[-1] == (project.client_id, project.coder or "", "passage", "added",
                                     second.id, document.id)
        # The same by name and title (the command line), and a second coder on the same span.
        again = annotations.tag(project, f"title:{document.title}", 2, 5, "security/army", coder="牛軍")
        assert annotations.get_passage(project, again.id) == again
        assert _log(project)[-1] == (project.client_id, project.coder or "", "passage", "added",
                                     again.id, document.id)
        with pytest.raises(UserError) as twin:
            annotations.tag(project, document.id, 2, 5, army.id, coder="沈志華")
        assert twin.value.key == "annotations.passage_already_code_annotation"


def test_a_tag_on_what_a_colleague_deleted_meanwhile_stores_nothing(location: str, write_text) -> None:
    # The window holds the ids of the code and the document it shows (and the document's text,
    # cached); a colleague deletes them: the tag is refused by name, and nothing is stored.
    with Project(location) as setup:
        load_codebook(setup, paths.DEFAULT_CODEBOOK)
        document = import_file(setup, write_text("gone.txt", TEXT)).document.id
        other = import_file(setup, write_text("kept.txt", TEXT + "又"), allow_duplicate=True).document.id
        doomed = codes.add_code(setup, "doomed").id
    with Project(location) as mine, Project(location) as colleague:
        assert mine.stored_text(document) == TEXT
        annotations.tag(mine, other, 0, 2, doomed)  # the code is shown, and used
        codes.delete_code(colleague, doomed, delete_passages=True)
        delete_document(colleague, document)
        before = everything(mine)
        with pytest.raises(UserError) as code_gone:
            annotations.tag(mine, other, 2, 4, doomed)
        assert code_gone.value.key == "codes.no_such_id"
        with pytest.raises(UserError) as document_gone:
            annotations.tag(mine, document, 2, 4, "security")
        assert document_gone.value.key == "documents.no_such_id"
        assert everything(mine) == before


def test_a_client_without_pipelines_tags_as_one_with_them(postgres_url: str, write_text, monkeypatch) -> None:
    # libpq before 14 has no pipeline mode: the window's tag sends the same two statements
    # one after the other, and stores and logs the same.
    import psycopg

    with Project(postgres_url) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        document = import_file(project, write_text("old.txt", TEXT)).document
        security = codes.get_code(project, "security").id
        annotations.tag(project, document.id, 0, 2, security, coder="沈志華")  # the coder added
        monkeypatch.setattr(psycopg.Pipeline, "is_supported", classmethod(lambda cls: False))
        passage = annotations.tag(project, document.id, 2, 5, security, coder="沈志華")
        assert annotations.get_passage(project, passage.id) == passage
        assert _log(project)[-1] == (project.client_id, project.coder or "", "passage", "added",
                                     passage.id, document.id)
        with pytest.raises(UserError) as twin:
            annotations.tag(project, document.id, 2, 5, security, coder="沈志華")
        assert twin.value.key == "annotations.passage_already_code_annotation"


# -- a code by name or path (the command line's, a script's) -----------------------------------


@pytest.fixture
def named(location: str, write_text):
    """A project with a sub-code, two codes of one name (as codebooks from other programs
    have), a document and a coder who has tagged once: on a file, then on a server."""
    with Project(location) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        codes.add_code(project, "treaty", parent="diplomacy", color="#123456")
        codes.add_code(project, "other", parent="security")
        codes.add_code(project, "other", parent="diplomacy")
        document = import_file(project, write_text("names.txt", TEXT)).document
        annotations.tag(project, document.id, 0, 1, "security", coder="沈志華")
        yield project, document.id


def _resolved(project: Project, reference: str) -> int | str:
    """What resolve_code makes of a reference: a code's id, or the key of its refusal."""
    with project.read() as session:
        try:
            return resolve_code(session, reference).id
        except UserError as error:
            return error.key


def test_a_code_by_name_or_path_is_the_code_resolve_code_names(named) -> None:
    project, document = named
    references = ["security", " name:security ", "diplomacy/treaty", "treaty", " diplomacy / treaty",
                  f"#{codes.get_code(project, 'treaty').id}", "other", "diplomacy/other",
                  "security/other", "name:negotiation"]
    for start, reference in enumerate(references, start=2):
        expected = _resolved(project, reference)
        try:
            passage = annotations.tag(project, document, start, start + 2, reference, coder="沈志華")
        except UserError as error:
            assert error.key == expected, reference
            continue
        assert passage.code_id == expected, reference
        assert annotations.get_passage(project, passage.id) == passage, reference  # as stored
        assert _log(project)[-1][3:] == ("added", passage.id, document)
    assert annotations.get_passage(project, passage.id).code_path == "negotiation"


@pytest.mark.parametrize(("reference", "key"), [
    ("diplomacy/security", "codes.wrong_parent"), ("treaty/diplomacy", "codes.wrong_parent"),
    ("nothing", "codes.no_code_named"), ("Security", "codes.no_code_named_but_alike"),
    ("/security", "codes.wrong_parent"), ("#999", "codes.no_such_id"),
    ("#x", "references.not_an_id"), ("999", "codes.no_code_named_no_code"),
])
def test_a_code_by_name_that_names_none_is_refused_as_ever(named, reference: str, key: str) -> None:
    project, document = named
    before = everything(project)
    with pytest.raises(UserError) as refused:
        annotations.tag(project, document, 2, 4, reference, coder="沈志華")
    assert refused.value.key == key == _resolved(project, reference)
    assert everything(project) == before


def test_a_tag_by_name_is_checked_as_one_by_id(named) -> None:
    project, document = named
    annotations.tag(project, document, 2, 4, "diplomacy/treaty", coder="沈志華")
    before = everything(project)
    for start, end, key in [(2, 4, "annotations.passage_already_code_annotation"),
                            (3, 3, "documents.range_outside"),
                            (2, len(TEXT) + 1, "documents.range_outside")]:
        with pytest.raises(UserError) as refused:
            annotations.tag(project, document, start, end, "treaty", coder="沈志華")
        assert refused.value.key == key
    assert everything(project) == before
    # A coder's first tag, by name, adds them as ever.
    passage = annotations.tag(project, document, 2, 4, "treaty", coder="牛軍")
    assert annotations.get_passage(project, passage.id) == passage
    assert "牛軍" in annotations.coder_names(project)


def test_a_tag_by_code_name_on_a_server_is_the_windows_one_round_trip(postgres_url: str,
                                                                      write_text) -> None:
    # The code's name is resolved in the statement that stores the passage, sent with the write
    # lock's in one pipeline: nothing goes through SQLAlchemy's cursor (the lock taken at BEGIN,
    # a look-up of the name, the checks and the insert were four round trips of their own, all
    # but the first with the lock held). The libpq trace of such a tag: the pool's ping, then
    # BEGIN, the lock and the tag together, then COMMIT.
    with Project(postgres_url) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        treaty = codes.add_code(project, "treaty", parent="diplomacy")
        document = import_file(project, write_text("trip.txt", TEXT)).document
        annotations.tag(project, document.id, 0, 1, "security", coder="沈志華")  # the coder added
        sent: list[str] = []

        def count(_connection, _cursor, statement, *_args) -> None:
            sent.append(statement)

        event.listen(project.engine, "before_cursor_execute", count)
        try:
            by_name = annotations.tag(project, document.id, 2, 5, "negotiation", coder="沈志華")
            by_path = annotations.tag(project, document.id, 2, 5, "diplomacy/treaty", coder="沈志華")
        finally:
            event.remove(project.engine, "before_cursor_execute", count)
        assert sent == []
        assert by_path.code_id == treaty.id and by_path.code_path == "diplomacy/treaty"
        # By title (the command line's way): the title is looked up, and the text read, before
        # the lock; under it, nothing but the pipeline again.
        event.listen(project.engine, "before_cursor_execute", count)
        try:
            by_title = annotations.tag(project, "title:trip", 6, 8, "negotiation", coder="沈志華")
            by_number = annotations.tag(project, f"#{document.id}", 8, 9, "negotiation", coder="沈志華")
        finally:
            event.remove(project.engine, "before_cursor_execute", count)
        assert sent and all(statement.lstrip().upper().startswith("SELECT") for statement in sent)
        assert not any("advisory" in statement for statement in sent)
        for passage in (by_name, by_path, by_title, by_number):
            assert annotations.get_passage(project, passage.id) == passage
        assert (by_title.document_id, by_title.text) == (document.id, TEXT[6:8])


def _tag_in_thread(project: Project, document: int, start: int, code: str) -> tuple[threading.Thread, list]:
    result: list = []

    def run() -> None:
        try:
            result.append(annotations.tag(project, document, start, start + 2, code, coder="沈志華"))
        except UserError as error:
            result.append(error.key)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


def _tag_while_a_colleague_holds_the_lock(mine: Project, colleague: Project, change, document,
                                          start: int, code: str) -> list:
    """What a tag in `mine` gives (the passage or the error's key) when it waits for the write
    lock while `colleague`, holding it, makes `change`."""
    with colleague.write() as session:
        change(session)
        session.flush()
        thread, result = _tag_in_thread(mine, document, start, code)
        thread.join(0.3)
        assert thread.is_alive()  # it waits for the lock
    thread.join(10)
    return result


def test_a_code_renamed_or_deleted_while_a_tag_by_its_name_waits_is_refused_clearly(
        postgres_url: str, write_text) -> None:
    # A colleague renames or deletes the code (or gives its name to another) while holding the
    # write lock; the tag by name waits for the lock and then finds the name as the colleague
    # left it: never a passage of a code that no longer has that name.
    with Project(postgres_url) as mine, Project(postgres_url) as colleague:
        load_codebook(mine, paths.DEFAULT_CODEBOOK)
        document = import_file(mine, write_text("race.txt", TEXT)).document.id
        renamed = codes.add_code(mine, "renamed").id
        deleted = codes.add_code(mine, "deleted").id
        moved = codes.add_code(mine, "moved").id
        annotations.tag(mine, document, 0, 1, "security", coder="沈志華")  # coder and text known

        def meanwhile(change, code: str, start: int) -> list:
            return _tag_while_a_colleague_holds_the_lock(mine, colleague, change, document, start, code)

        def rename(session) -> None:
            session.get(Code, renamed).name = "was renamed"

        def delete(session) -> None:
            session.delete(session.get(Code, deleted))

        def give_away(session) -> None:
            session.get(Code, moved).name = "moved away"
            session.flush()
            session.add(Code(name="moved", color="#654321"))

        before = everything(mine)
        assert meanwhile(rename, "renamed", 2) == ["codes.no_code_named"]
        assert meanwhile(delete, "deleted", 4) == ["codes.no_code_named"]
        assert everything(mine)["annotations"] == before["annotations"]
        [passage] = meanwhile(give_away, "moved", 6)
        assert passage.code_id != moved and passage.color == "#654321"
        assert annotations.get_passage(mine, passage.id) == passage


def test_a_document_retitled_while_a_tag_by_its_title_waits_is_refused_or_the_other_one(
        postgres_url: str, write_text) -> None:
    # The title was looked up before the lock; a colleague, holding it, retitles the document,
    # gives its title to another, or imports a second document of that title: the tag finds the
    # titles as the colleague left them, and quotes the text of the document it goes in.
    with Project(postgres_url) as mine, Project(postgres_url) as colleague:
        load_codebook(mine, paths.DEFAULT_CODEBOOK)
        first = import_file(mine, write_text("first.txt", TEXT)).document.id
        second = import_file(mine, write_text("second.txt", "又" + TEXT), allow_duplicate=True).document.id
        annotations.tag(mine, first, 0, 1, "security", coder="沈志華")  # coder and text known
        mine.stored_text(second)

        def meanwhile(change, title: str, start: int) -> list:
            return _tag_while_a_colleague_holds_the_lock(mine, colleague, change, title, start, "security")

        def retitle(session) -> None:
            session.get(Document, first).title = "renamed"

        def swap(session) -> None:
            session.get(Document, second).title = "first"  # the title "first" is free again

        def twin(session) -> None:
            session.get(Document, first).title = "first"  # the title of both, now

        assert meanwhile(retitle, "first", 2) == ["documents.no_such_title"]
        [passage] = meanwhile(swap, "title:first", 2)
        assert passage.document_id == second and passage.text == ("又" + TEXT)[2:4]
        assert annotations.get_passage(mine, passage.id) == passage
        assert meanwhile(twin, "first", 4) == ["documents.several_documents_titled_write"]


@pytest.mark.parametrize(("reference", "key"), [
    ("title:nothing", "documents.no_such_title"), ("nothing", "documents.no_such_title"),
    ("#999", "documents.no_such_id"), ("#x", "references.not_an_id"),
    ("999", "documents.no_such_id_or_title"),
])
def test_a_document_by_a_title_or_number_that_names_none_is_refused_as_ever(named, reference: str,
                                                                            key: str) -> None:
    project, document = named
    before = everything(project)
    with pytest.raises(UserError) as refused:
        annotations.tag(project, reference, 2, 4, "security", coder="沈志華")
    assert refused.value.key == key
    assert everything(project) == before
    for found in ("names", "title:names", f"#{document}", str(document)):
        passage = annotations.tag(project, found, 2, 4, "security", coder=found)
        assert (passage.document_id, passage.text) == (document, TEXT[2:4])
        assert annotations.get_passage(project, passage.id) == passage
