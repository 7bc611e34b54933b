"""Our .qdpx: valid against Project-mrt2019.xsd, the stored texts as sources/<GUID>.txt with
code-point positions, the same bytes for the same project, everything read back as written;
and reading other files: inline texts, GUIDs in braces, broken files refused in one line."""

from __future__ import annotations

import io
import random
import uuid
import zipfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.interchange.errors import ExchangeError
from annotator.interchange.producers import ORIGIN
from annotator.interchange.qdpx import read_qdpx, write_qdpx
from annotator.interchange.records import (
    ExchangeCode,
    ExchangeCoding,
    ExchangeNote,
    ExchangeProject,
    ExchangeSelection,
    ExchangeSource,
    ExchangeUser,
    derived_guid,
)
from annotator.interchange.xmlwrite import fits_xml
from tests.interchange.helpers import QUOTES, TEXT, guid, qde_of, schema_errors, span, zip_bytes

G = uuid.UUID
T0 = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
ANNA = ExchangeUser(G(guid(1)), "Anna 安娜")
BO = ExchangeUser(G(guid(2)), "Bo")
TREATY = ExchangeCode(G(guid(11)), "條約", "#56B4E9", "", True)
DIPLOMACY = ExchangeCode(G(guid(10)), "diplomacy", "#CC79A7", "外交 & <negotiation>\nsecond line",
                         True, (TREATY,))
SECURITY = ExchangeCode(G(guid(12)), "security", "#D55E00")
OTHER_TEXT = "第二份文件：蘇聯方面的記錄。\n\n𪚥"


def passage(n: int, quote: str, code: ExchangeCode, user: ExchangeUser, text: str = TEXT) -> ExchangeSelection:
    start = text.index(quote)
    passage_guid = G(guid(100 + n))
    created = T0 + timedelta(minutes=n, microseconds=n * 7)
    return ExchangeSelection(
        guid=passage_guid, start=start, end=start + len(quote), name=quote,
        codings=(ExchangeCoding(derived_guid(passage_guid, "coding"), code.guid, user.guid, created),),
        creating_user=user.guid, created=created, modified=created + timedelta(hours=1),
    )


SELECTIONS = tuple(passage(n, quote, DIPLOMACY if n % 2 else TREATY, ANNA if n < 3 else BO)
                   for n, quote in enumerate(QUOTES))
TELEGRAM = ExchangeSource(
    G(guid(20)), "毛致斯大林電", TEXT, description="notes on the telegram\nsecond line",
    author="毛澤東", date="1949-12-16", source_ref="中央檔案館 1-2-3",
    selections=tuple(sorted(SELECTIONS, key=lambda s: (s.start, s.end, s.guid.int))),
    created=T0,
)
RECORD = ExchangeSource(G(guid(21)), "Soviet record", OTHER_TEXT,
                        selections=(passage(9, "𪚥", SECURITY, BO, OTHER_TEXT),), created=T0)
NOTES = (
    ExchangeNote(derived_guid(SELECTIONS[0].guid, "memo"), "", "the chairman himself", (SELECTIONS[0].guid,),
                 ANNA.guid, T0, ANNA.guid, T0),
    ExchangeNote(G(guid(30)), "About the telegram", "sent from Moscow", (TELEGRAM.guid,), BO.guid,
                 T0 + timedelta(days=1)),
    ExchangeNote(G(guid(31)), "Code memo", "what counts as diplomacy", (DIPLOMACY.guid,), None,
                 T0 + timedelta(days=2)),
    ExchangeNote(G(guid(32)), "Project memo", "start here", (), None, None),
)
PROJECT = ExchangeProject(
    name="Moscow 1949", origin=ORIGIN, users=(ANNA, BO), codes=(DIPLOMACY, SECURITY),
    sources=(TELEGRAM, RECORD), notes=NOTES, description="Mao's visit to Moscow",
    created=T0,
)


def export(project: ExchangeProject = PROJECT) -> bytes:
    buffer = io.BytesIO()
    assert write_qdpx(project, buffer) == ()
    return buffer.getvalue()


# -- writing ------------------------------------------------------------------------------------

def test_the_export_is_valid_against_the_project_schema() -> None:
    assert schema_errors(qde_of(export())) == []


def test_a_project_with_nothing_in_it_is_valid_too() -> None:
    assert schema_errors(qde_of(export(ExchangeProject(name="empty", origin=ORIGIN)))) == []


def test_sources_are_the_stored_texts_with_code_point_positions() -> None:
    with zipfile.ZipFile(io.BytesIO(export())) as archive:
        assert sorted(archive.namelist()) == sorted(
            ["project.qde", f"sources/{TELEGRAM.guid}.txt", f"sources/{RECORD.guid}.txt"])
        text = archive.read(f"sources/{TELEGRAM.guid}.txt").decode("utf-8")
    assert text == TEXT  # UTF-8, no BOM, LF
    for selection in TELEGRAM.selections:
        assert text[selection.start:selection.end] == selection.name
    assert f'startPosition="{span("𠮷祥")[0]}"'.encode() in qde_of(export())


def test_the_same_project_gives_the_same_bytes_whatever_order_it_comes_in() -> None:
    shuffled = random.Random(4).sample
    again = replace(
        PROJECT, users=tuple(shuffled(PROJECT.users, 2)), notes=tuple(shuffled(NOTES, len(NOTES))),
        sources=(replace(TELEGRAM, selections=tuple(shuffled(SELECTIONS, len(SELECTIONS)))), RECORD),
    )
    assert export() == export() == export(again)
    with zipfile.ZipFile(io.BytesIO(export())) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_reading_our_export_gives_back_the_project_and_re_exporting_the_same_file() -> None:
    data = export()
    back = read_qdpx(data)
    assert back == PROJECT  # every field, GUID, time (to the microsecond) and memo target
    assert export(back) == data


def test_document_metadata_travels_as_text_variables() -> None:
    qde = qde_of(export()).decode()
    assert 'name="Author" typeOfVariable="Text"' in qde and "<TextValue>毛澤東</TextValue>" in qde
    assert "<TextValue>中央檔案館 1-2-3</TextValue>" in qde


def test_a_note_with_characters_xml_cannot_hold_goes_in_a_file_exactly() -> None:
    odd = ExchangeNote(G(guid(40)), "form feed", "page one\x0cpage two", (TELEGRAM.guid,))
    project = replace(PROJECT, notes=NOTES + (odd,))
    data = export(project)
    assert schema_errors(qde_of(data)) == []
    assert {note.guid: note.text for note in read_qdpx(data).notes}[odd.guid] == "page one\x0cpage two"


def test_a_quote_with_a_control_character_is_written_replaced_with_a_warning() -> None:
    text = "甲\x0b乙丙"
    source = ExchangeSource(G(guid(50)), "odd", text,
                            selections=(passage(50, "\x0b乙", SECURITY, BO, text),))
    project = ExchangeProject("p", ORIGIN, (BO,), (SECURITY,), (source,))
    buffer = io.BytesIO()
    warnings = write_qdpx(project, buffer)
    assert len(warnings) == 1 and "replaced" in warnings[0]
    back = read_qdpx(buffer.getvalue())
    assert back.sources[0].text == text  # the text itself is exact
    assert (back.sources[0].selections[0].start, back.sources[0].selections[0].end) == (1, 3)


@pytest.mark.parametrize("project, message", [
    (replace(PROJECT, codes=(replace(SECURITY, color="red"),), sources=()), "not #RRGGBB"),
    (replace(PROJECT, codes=(SECURITY,)), "not in the codebook"),
    (replace(PROJECT, sources=(replace(RECORD, selections=(replace(RECORD.selections[0], end=99),)),)),
     "outside its text"),
])
def test_a_project_that_would_make_a_broken_file_is_refused(project, message) -> None:
    with pytest.raises(ExchangeError, match=message):
        export(project)


# -- reading other files --------------------------------------------------------------------------

def minimal_qde(body: str, attributes: str = 'origin="Some Program"') -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" '
            f'name="p" {attributes}>{body}</Project>').encode()


CODEBOOK = (f'<CodeBook><Codes><Code guid="{guid(10)}" name="c" isCodable="true" color="#ABC"/>'
            "</Codes></CodeBook>")


def coded(start: int, end: int, code: str = guid(10), n: int = 1) -> str:
    return (f'<PlainTextSelection guid="{guid(100 + n)}" startPosition="{start}" endPosition="{end}">'
            f'<Coding guid="{guid(200 + n)}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>')


def test_inline_text_and_guids_in_braces() -> None:
    start, end = span("𠮷祥")
    body = CODEBOOK.replace(guid(10), guid(10, upper=True, braces=True)) + (
        f'<Sources><TextSource guid="{guid(20, braces=True)}" name="inline">'
        f"<PlainTextContent>{TEXT}</PlainTextContent>"
        f"{coded(start, end, guid(10, braces=True))}</TextSource></Sources>")
    project = read_qdpx(zip_bytes({"project.qde": minimal_qde(body)}))
    (source,) = project.sources
    assert source.guid == G(guid(20)) and project.codes[0].guid == G(guid(10))
    assert project.codes[0].color == "#AABBCC"  # the schema's short form, written out
    assert source.text[source.selections[0].start:source.selections[0].end] == "𠮷祥"


def test_a_qde_inside_one_folder_and_a_coding_of_the_whole_source() -> None:
    body = CODEBOOK + (
        f'<Sources><TextSource guid="{guid(20)}" name="doc" plainTextPath="internal://{guid(20)}.txt">'
        f'<Coding guid="{guid(300)}"><CodeRef targetGUID="{guid(10)}"/></Coding></TextSource></Sources>')
    archive = zip_bytes({"Moscow/Moscow.qde": minimal_qde(body),
                         f"Moscow/sources/{guid(20)}.txt": "全文𠮷".encode()})
    (selection,) = read_qdpx(archive).sources[0].selections
    assert (selection.start, selection.end) == (0, 3)


def test_pdf_picture_audio_video_and_graphs_are_listed() -> None:
    body = CODEBOOK + (
        '<Sources>'
        f'<PDFSource guid="{guid(21)}" name="scan.pdf" path="internal://{guid(21)}.pdf">'
        f'<PDFSelection guid="{guid(22)}" page="1" firstX="0" firstY="0" secondX="1" secondY="1">'
        f'<Coding guid="{guid(23)}"><CodeRef targetGUID="{guid(10)}"/></Coding></PDFSelection></PDFSource>'
        f'<PictureSource guid="{guid(24)}" name="photo.jpg"/>'
        f'<AudioSource guid="{guid(25)}" name="interview.mp3"/>'
        f'<VideoSource guid="{guid(26)}" name="film.mp4"/></Sources>'
        f'<Graphs><Graph guid="{guid(27)}" name="network"/></Graphs>')
    project = read_qdpx(zip_bytes({"project.qde": minimal_qde(body)}))
    assert [(u.kind, u.name) for u in project.unsupported] == [
        ("PDF source", "scan.pdf"), ("picture source", "photo.jpg"), ("audio source", "interview.mp3"),
        ("video source", "film.mp4"), ("graph", "network")]
    assert "1 coding not taken" in project.unsupported[0].reason


def test_empty_containers_are_read_with_warnings() -> None:
    project = read_qdpx(zip_bytes({"project.qde": minimal_qde("<Users/><Sources/><Sets/>")}))
    assert project.sources == () and len(project.warnings) == 3


def _source_body(path: str = f"internal://{guid(20)}.txt", selection: str = "") -> str:
    return (CODEBOOK + f'<Sources><TextSource guid="{guid(20)}" name="doc" plainTextPath="{path}">'
            f"{selection}</TextSource></Sources>")


BROKEN = {
    "not a zip": (b"just some text", "not a zip archive"),
    "no qde": (zip_bytes({"readme.txt": b"hello"}), "no .qde project file inside"),
    "two qde": (zip_bytes({"a.qde": minimal_qde(""), "b.qde": minimal_qde("")}), "2 .qde files inside"),
    "malformed": (zip_bytes({"project.qde": b"<Project name='p'><Users></Project>"}), "not well-formed XML"),
    "not a project": (zip_bytes({"project.qde": b"<CodeBook/>"}), "not a REFI-QDA project"),
    "code ref to no code": (
        zip_bytes({"project.qde": minimal_qde(_source_body(selection=coded(0, 1, guid(99)))),
                   f"sources/{guid(20)}.txt": "甲乙".encode()}), "not in the codebook"),
    "source missing": (zip_bytes({"project.qde": minimal_qde(_source_body())}), "missing from the archive"),
    "bad colour": (zip_bytes({"project.qde": minimal_qde(CODEBOOK.replace("#ABC", "blue"))}), "not #RRGGBB"),
    "bad guid": (zip_bytes({"project.qde": minimal_qde(CODEBOOK.replace(guid(10), "1234"))}), "no valid GUID"),
    "not utf-8": (zip_bytes({"project.qde": minimal_qde(_source_body()),
                             f"sources/{guid(20)}.txt": "甲乙".encode("gb18030")}), "not UTF-8"),
}


@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_file_gets_one_clear_line(name: str) -> None:
    data, message = BROKEN[name]
    with pytest.raises(ExchangeError, match=message) as raised:
        read_qdpx(data, label="study.qdpx")
    assert str(raised.value).startswith("study.qdpx") and "\n" not in str(raised.value)


def test_an_external_text_is_listed_not_fetched() -> None:
    body = _source_body(path="absolute:///home/someone/doc.txt")
    project = read_qdpx(zip_bytes({"project.qde": minimal_qde(body)}))
    (item,) = project.unsupported
    assert item.kind == "text source" and "absolute:///home/someone/doc.txt" in item.reason


def test_reading_a_path(tmp_path) -> None:
    path = tmp_path / "研究.qdpx"
    path.write_bytes(export())
    assert read_qdpx(path) == PROJECT
    with pytest.raises(ExchangeError, match="cannot be opened"):
        read_qdpx(tmp_path / "missing.qdpx")


def test_times_in_other_zones_are_the_same_moments() -> None:
    body = (f'<Users><User guid="{guid(1)}" name="u"/></Users>' + CODEBOOK +
            f'<Notes><Note guid="{guid(30)}" name="n" creationDateTime="2024-03-01T17:30:00+08:00">'
            "<PlainTextContent>x</PlainTextContent></Note>"
            f'<Note guid="{guid(31)}" name="m" creationDateTime="2024-03-01T09:30:00">'
            "<PlainTextContent>y</PlainTextContent></Note></Notes>")
    project = read_qdpx(zip_bytes({"project.qde": minimal_qde(body)}))
    assert [note.created for note in project.notes] == [T0, T0]
    assert project.notes[0].created.utcoffset() == timedelta(hours=8)
    assert project.notes[0].created.tzinfo == timezone(timedelta(hours=8))
    assert any("without a time zone read as UTC" in w for w in project.warnings)


def test_the_text_fingerprint_is_the_one_documents_store() -> None:
    from annotator.services.imports import text_sha256

    assert TELEGRAM.text_sha256 == text_sha256(TEXT)


# -- any text survives the round trip ------------------------------------------------------------

CHARS = st.characters(blacklist_categories=("Cs",))  # any character but lone surrogates
XML_TEXT = st.text(CHARS, max_size=12).filter(fits_xml)
NAME = XML_TEXT.filter(str.strip)
STORED = st.text(st.sampled_from("毛澤 \t&<>\"'\n𠮷𪚥\u3000a\x0c]]>"), min_size=2, max_size=30)


@settings(max_examples=60, deadline=None)
@given(code_name=NAME, description=XML_TEXT, source_name=NAME, author=XML_TEXT,
       note_text=st.text(CHARS, max_size=20), text=STORED, data=st.data())
def test_any_names_and_texts_round_trip_exactly(code_name, description, source_name, author,
                                                 note_text, text, data) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    code = ExchangeCode(G(guid(1)), code_name, "#123456", description)
    selection = ExchangeSelection(G(guid(2)), start, end, name=text[start:end] if fits_xml(text) else "x",
                                  codings=(ExchangeCoding(G(guid(3)), code.guid),))
    source = ExchangeSource(G(guid(4)), source_name, text, description=description, author=author,
                            selections=(selection,))
    note = ExchangeNote(G(guid(5)), code_name, note_text.replace("\r\n", "\n").replace("\r", "\n"),
                        (selection.guid,))
    project = ExchangeProject("p", ORIGIN, codes=(code,), sources=(source,), notes=(note,))
    data_bytes = io.BytesIO()
    write_qdpx(project, data_bytes)
    assert schema_errors(qde_of(data_bytes.getvalue())) == []
    assert read_qdpx(data_bytes.getvalue()) == project
