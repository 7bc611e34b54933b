"""REFI-QDA exchange through the store: what a colleague with NVivo, ATLAS.ti or QualCoder
receives and what comes back, on the same characters."""

from __future__ import annotations

import io
import zipfile

import pytest
from sqlalchemy import func, select

from annotator import paths
from annotator.domain import PassageFilter
from annotator.errors import UserError
from annotator.project import Project
from annotator.services import annotations, codes, memos
from annotator.services.codes import list_codes, load_codebook
from annotator.services.documents import list_documents
from annotator.services.exchange import import_exchange
from annotator.services.export import export_to
from annotator.services.imports import import_file
from db.models import Annotation, Code, Coder, Document, Memo
from tests.interchange.helpers import QUOTES, TEXT, qde_of, schema_errors, span
from tests.interchange.test_atlasti import atlas_archive, quotation
from tests.interchange.test_nvivo import ALL, nvivo_archive

SECOND = "第二卷：𪚥在前，毛澤東在後。\n斯大林。"


@pytest.fixture
def coded(project, write_text):
    """Two documents with non-BMP characters before and inside passages, a sub-code, memos of
    a passage, a document and a code."""
    first = import_file(project, write_text("電報.txt", TEXT)).document
    second = import_file(project, write_text("second.txt", SECOND)).document
    army = codes.add_code(project, "army", parent="security", description="軍事").id
    for quote, code, memo in ((QUOTES[2], "diplomacy", "吉祥的𠮷"), (QUOTES[3], army, ""),
                              (QUOTES[4], "security", "=1+1")):
        start, end = span(quote)
        annotations.tag(project, first.id, start, end, code, memo=memo)
    start = SECOND.index("毛澤東")
    annotations.tag(project, second.id, start, start + 3, "diplomacy", coder="同事")
    memos.add_memo(project, document=first.id, text="來源：𠮷", title="provenance")
    memos.add_memo(project, code="security", text="包括軍事援助")
    return first, second


def _state(project: Project) -> dict:
    """What a user would compare between two projects: documents, codes, passages, memos."""
    paths_by_id = {code.id: code.path for code in list_codes(project)}
    with project.read() as session:
        titles = dict(session.execute(select(Document.id, Document.title)).all())
        passages = sorted(
            (titles[row.document_id], paths_by_id[row.code_id], row.start, row.end, row.quote,
             row.memo, row.name)
            for row in session.execute(
                select(Annotation.document_id, Annotation.code_id, Annotation.start, Annotation.end,
                       Annotation.quote, Annotation.memo, Coder.name)
                .join(Coder, Coder.id == Annotation.coder_id)))
        memo_rows = sorted(
            (row.title, row.text, titles.get(row.document_id), paths_by_id.get(row.code_id))
            for row in session.execute(select(Memo.title, Memo.text, Memo.document_id, Memo.code_id)))
        texts = sorted(session.execute(select(Document.title, Document.text, Document.uuid)).all())
    codebook = sorted((code.path, code.color, code.description) for code in list_codes(project))
    return {"documents": texts, "codes": codebook, "passages": passages, "memos": memo_rows}


def _counts(project: Project) -> tuple[int, ...]:
    with project.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(model))
                     for model in (Document, Code, Coder, Annotation, Memo))


@pytest.fixture
def fresh(tmp_path):
    """A new project as the window makes one: the default codebook, nothing else."""
    with Project(tmp_path / "fresh.sqlite") as opened:
        load_codebook(opened, paths.DEFAULT_CODEBOOK)
        yield opened


def test_the_exported_project_is_valid_refi_qda_with_every_part(project, coded, tmp_path) -> None:
    out = tmp_path / "send.qdpx"
    outcome = export_to(project, PassageFilter(), out)
    assert outcome.format == "REFI-QDA project" and outcome.passages == 4
    with zipfile.ZipFile(out) as archive:  # a real zip
        names = archive.namelist()
        assert archive.testzip() is None
        texts = {archive.read(name).decode("utf-8") for name in names if name.startswith("sources/")}
    assert "project.qde" in names and {TEXT, SECOND} <= texts
    qde = qde_of(out.read_bytes())
    assert schema_errors(qde) == []
    written = qde.decode("utf-8")
    # Positions are code points of the stored text: 𠮷 before the passage counts one.
    start, end = span(QUOTES[2])
    assert f'startPosition="{start}" endPosition="{end}"' in written
    for part in ("<Users>", 'name="同事"', 'name="army"', "<Description>軍事</Description>",
                 "吉祥的𠮷", "來源：𠮷", "包括軍事援助", "<NoteRef"):
        assert part in written


def test_re_exporting_gives_the_same_bytes(project, coded, tmp_path) -> None:
    export_to(project, PassageFilter(), tmp_path / "one.qdpx")
    export_to(project, PassageFilter(), tmp_path / "two.qdpx")
    assert (tmp_path / "one.qdpx").read_bytes() == (tmp_path / "two.qdpx").read_bytes()


def test_a_round_trip_into_a_new_project_gives_the_same_project(project, coded, fresh, tmp_path) -> None:
    out = tmp_path / "send.qdpx"
    export_to(project, PassageFilter(), out)
    summary = import_exchange(fresh, out)
    assert summary.added["document"] == 2 and summary.added["passage"] == 4
    # The default codebook of the new project met the sender's by path.
    assert summary.added["code"] == 1 and summary.matched["code"] == len(list_codes(project)) - 1
    assert _state(fresh) == _state(project)
    assert not summary.merge.conflicts and not summary.unsupported


def test_importing_the_same_file_twice_adds_nothing_the_second_time(project, coded, fresh, tmp_path) -> None:
    out = tmp_path / "send.qdpx"
    export_to(project, PassageFilter(), out)
    import_exchange(fresh, out)
    before = _counts(fresh)
    again = import_exchange(fresh, out)
    assert sum(again.added.values()) == 0 and again.matched["passage"] == 4
    assert _counts(fresh) == before
    # And our own file into the project it came from: everything matched by GUID.
    assert sum(import_exchange(project, out).added.values()) == 0


def test_a_filter_narrows_the_exported_project(project, coded, tmp_path) -> None:
    first, _ = coded
    out = tmp_path / "one-document.qdpx"
    outcome = export_to(project, PassageFilter(document_ids=(first.id,), coders=("同事",)), out)
    assert outcome.passages == 0
    qde = qde_of(out.read_bytes())
    assert schema_errors(qde) == [] and qde.count(b"<TextSource") == 1


def test_the_codebook_alone_round_trips_and_validates(project, coded, fresh, tmp_path) -> None:
    out = tmp_path / "codes.qdc"
    outcome = export_to(project, PassageFilter(), out)
    assert outcome.what == f"{len(list_codes(project))} codes"
    assert schema_errors(out.read_bytes(), "Codebook-mrt2019.xsd") == []
    summary = import_exchange(fresh, out)
    assert summary.added["code"] == 1  # army; the rest met the default codebook by path
    assert sorted(c.path for c in list_codes(fresh)) == sorted(c.path for c in list_codes(project))


def test_nvivo_utf16_positions_over_crlf_land_on_the_same_characters(fresh, tmp_path) -> None:
    path = tmp_path / "nvivo.qdpx"
    path.write_bytes(nvivo_archive(ALL))
    summary = import_exchange(fresh, path)
    assert summary.producer == "NVivo"
    (document,) = list_documents(fresh)
    passages = annotations.list_passages(fresh)
    assert sorted(p.text for p in passages) == sorted(QUOTES)
    assert all(TEXT[p.start:p.end] == p.text for p in passages)
    assert {p.coder for p in passages} == {"Historian"}
    assert any(item.kind == "link" for item in summary.unsupported)  # listed, not dropped
    assert [line for line in summary.lines() if "not taken" in line]


def test_atlas_ti_crlf_counted_as_one_lands_on_the_same_characters(fresh, tmp_path) -> None:
    path = tmp_path / "atlas.qdpx"
    path.write_bytes(atlas_archive("".join(quotation(n, q) for n, q in enumerate(QUOTES))))
    import_exchange(fresh, path)
    assert sorted(p.text for p in annotations.list_passages(fresh)) == sorted(QUOTES)


@pytest.mark.parametrize("content, problem", [
    (b"not a zip at all", "zip"),
    (b"PK\x03\x04broken", "zip"),
])
def test_a_broken_file_is_one_line_and_changes_nothing(project, coded, tmp_path, content, problem) -> None:
    path = tmp_path / "broken.qdpx"
    path.write_bytes(content)
    before = _counts(project)
    with pytest.raises(UserError) as error:
        import_exchange(project, path)
    assert "\n" not in str(error.value) and problem in str(error.value).lower()
    assert _counts(project) == before


def test_a_coderef_to_no_code_changes_nothing(project, coded, tmp_path) -> None:
    out = tmp_path / "send.qdpx"
    export_to(project, PassageFilter(), out)
    with zipfile.ZipFile(out) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    qde = members["project.qde"].decode("utf-8")
    first_ref = qde.index('<CodeRef targetGUID="') + len('<CodeRef targetGUID="')
    members["project.qde"] = (qde[:first_ref] + "00000000-0000-0000-0000-00000000dead"
                              + qde[first_ref + 36:]).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    broken = tmp_path / "broken.qdpx"
    broken.write_bytes(buffer.getvalue())
    fresh_counts = _counts(project)
    with pytest.raises(UserError, match="(?i)code"):
        import_exchange(project, broken)
    assert _counts(project) == fresh_counts


def test_a_file_that_is_neither_is_refused(project, tmp_path) -> None:
    path = tmp_path / "codes.xml"
    path.write_text("<x/>", encoding="utf-8")
    with pytest.raises(UserError, match="not a REFI-QDA file"):
        import_exchange(project, path)


def test_into_an_empty_project_every_identity_is_kept_and_the_export_is_the_same(project, coded, tmp_path) -> None:
    """With nothing to meet by path, the receiver keeps the sender's GUIDs and times: its own
    export is the sender's file, but for the project's name."""
    out = tmp_path / "send.qdpx"
    export_to(project, PassageFilter(), out)
    with Project(tmp_path / "project-copy.sqlite") as empty:
        import_exchange(empty, out)
        again = tmp_path / "again.qdpx"
        export_to(empty, PassageFilter(), again)
    sent = qde_of(out.read_bytes()).replace(b'name="project"', b'name="project-copy"', 1)
    assert qde_of(again.read_bytes()) == sent


def test_maxqda_variables_memos_on_segments_and_upper_case_guids(fresh, tmp_path) -> None:
    from tests.interchange.test_maxqda import maxqda_archive, segment

    path = tmp_path / "maxqda.qdpx"
    path.write_bytes(maxqda_archive("".join(segment(n, q, memo=f"備註{n}")
                                            for n, q in enumerate(QUOTES))))
    summary = import_exchange(fresh, path)
    assert summary.producer == "MAXQDA"
    (document,) = list_documents(fresh)
    assert (document.author, document.date) == ("丁明", "1949-12-16")
    assert "Archive: 中央檔案館" in document.notes and "From the Moscow archive" in document.notes
    passages = annotations.list_passages(fresh)
    assert sorted(p.text for p in passages) == sorted(QUOTES)
    assert {p.memo for p in passages} == {f"備註{n}" for n in range(len(QUOTES))}
    # Their "Diplomacy" is this project's "diplomacy" (names compared as siblings' are).
    assert {p.code_path for p in passages} == {"diplomacy/Visits"}


def test_qualcoder_categories_without_colours_and_codings_without_dates(fresh, tmp_path) -> None:
    from tests.interchange.test_qualcoder import qualcoder_archive

    path = tmp_path / "qualcoder.qdpx"
    path.write_bytes(qualcoder_archive(TEXT))
    summary = import_exchange(fresh, path)
    passages = [p for p in annotations.list_passages(fresh) if p.document != "journal"]
    assert sorted(p.text for p in passages if p.code == "visit") == sorted(QUOTES)
    colours = {code.path: code.color for code in list_codes(fresh)}
    assert all(colour.startswith("#") and len(colour) == 7 for colour in colours.values())
    assert sum(summary.added.values()) > 0
    # The same file again: nothing added, no conflict over the colour we chose.
    again = import_exchange(fresh, path)
    assert sum(again.added.values()) == 0 and not again.merge.conflicts


def test_taguettes_codebook_with_its_empty_sets_is_read_with_a_note(fresh, tmp_path) -> None:
    from tests.interchange.test_taguette import TAGUETTE_QDC

    path = tmp_path / "taguette.qdc"
    path.write_bytes(TAGUETTE_QDC)
    summary = import_exchange(fresh, path)
    assert summary.added["code"] == 3 and any("Sets" in line for line in summary.lines())


def test_a_missing_file_or_a_pipe_is_one_line(project, tmp_path) -> None:
    import os

    with pytest.raises(UserError, match="no such file"):
        import_exchange(project, tmp_path / "missing.qdpx")
    pipe = tmp_path / "pipe.qdpx"
    os.mkfifo(pipe)
    with pytest.raises(UserError, match="not a regular file"):
        import_exchange(project, pipe)  # refused before it is opened: no wait for a writer
