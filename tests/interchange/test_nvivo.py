"""NVivo's .qdpx: `Sources/`, a .txt with a BOM and CRLF, positions in UTF-16 code units over
that text as written (CRLF two, BOM none), selection names that do not hold the text,
annotations as Links from a Note to a selection."""

from __future__ import annotations

import uuid

from annotator.interchange.qdpx import read_qdpx
from tests.interchange.helpers import QUOTES, TEXT, crlf, guid, span, written_position, zip_bytes

USER, DIPLOMACY, TREATY, SOURCE, PLAIN, NOTE = (guid(n) for n in range(1, 7))
WRITTEN = crlf(TEXT)


def selection(n: int, quote: str, code: str = DIPLOMACY, shift: int = 0) -> str:
    start, end = (written_position(p, WRITTEN, "utf-16") for p in span(quote))
    return (f'<PlainTextSelection guid="{guid(100 + n)}" name="" startPosition="{start}" '
            f'endPosition="{end + shift}" creatingUser="{USER}" creationDateTime="2021-03-04T05:06:07Z" '
            f'modifyingUser="{USER}" modifiedDateTime="2021-03-05T05:06:07Z">'
            f'<Coding guid="{guid(200 + n)}" creatingUser="{USER}" creationDateTime="2021-03-04T05:06:07Z">'
            f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>')


def nvivo_archive(selections: str, origin: str = "NVivo 12 Plus (12.6.1.970)") -> bytes:
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="Moscow visit" origin="{origin}"
 creatingUserGUID="{USER}" creationDateTime="2021-03-01T10:00:00Z" xmlns="urn:QDA-XML:project:1.0">
<Users><User guid="{USER}" name="Historian"/></Users>
<CodeBook><Codes>
<Code guid="{DIPLOMACY}" name="Diplomacy" isCodable="true" color="#3366CC">
<Code guid="{TREATY}" name="Treaty" isCodable="true" color="#CC6633"/></Code>
</Codes></CodeBook>
<Sources>
<TextSource guid="{SOURCE}" name="Telegram" richTextPath="internal://{SOURCE}.docx"
 plainTextPath="internal://{PLAIN}.txt" creatingUser="{USER}" creationDateTime="2021-03-01T10:00:00Z"
 modifyingUser="{USER}" modifiedDateTime="2021-03-02T10:00:00Z">
{selections}
</TextSource>
</Sources>
<Notes><Note guid="{NOTE}" name="Annotation on Telegram" plainTextPath="internal://{NOTE}.txt"
 creatingUser="{USER}" creationDateTime="2021-03-04T05:06:07Z"/></Notes>
<Links><Link guid="{guid(300)}" direction="OneWay" originGUID="{NOTE}" targetGUID="{guid(100)}"/></Links>
</Project>""".replace("\n", "\r\n")
    return zip_bytes({
        "project.qde": b"\xef\xbb\xbf" + qde.encode("utf-8"),
        f"Sources/{SOURCE}.docx": b"PK\x03\x04 a Word file NVivo adds beside the text",
        f"Sources/{PLAIN}.txt": b"\xef\xbb\xbf" + WRITTEN.encode("utf-8"),
        f"Sources/{NOTE}.txt": b"\xef\xbb\xbf" + "莫斯科的\r\n天氣。".encode("utf-8"),
    })


ALL = "".join(selection(n, quote) for n, quote in enumerate(QUOTES))


def test_utf16_positions_over_the_crlf_text_land_on_each_passage() -> None:
    project = read_qdpx(nvivo_archive(ALL))
    (source,) = project.sources
    assert source.text == TEXT  # BOM dropped, CRLF made LF, as our import stores text
    assert [source.text[s.start:s.end] for s in source.selections] == list(QUOTES)
    assert project.unsupported == (project.unsupported[0],)  # only the link
    assert not [w for w in project.warnings if "positions read as" in w]


def test_read_as_code_points_the_same_positions_would_be_wrong() -> None:
    """The producer decides the reading: the same file claiming another origin misplaces."""
    project = read_qdpx(nvivo_archive(ALL, origin="MAXQDA 2022"))
    quotes = [project.sources[0].text[s.start:s.end] for s in project.sources[0].selections]
    assert quotes != list(QUOTES)


def test_users_codes_and_times_are_kept() -> None:
    project = read_qdpx(nvivo_archive(ALL))
    assert [(u.guid, u.name) for u in project.users] == [(uuid.UUID(USER), "Historian")]
    (diplomacy,) = project.codes
    assert (diplomacy.name, diplomacy.color, [c.name for c in diplomacy.children]) == (
        "Diplomacy", "#3366CC", ["Treaty"])
    first = project.sources[0].selections[0]
    assert first.codings[0].creating_user == uuid.UUID(USER)
    assert first.created.isoformat() == "2021-03-04T05:06:07+00:00"
    assert first.modified.isoformat() == "2021-03-05T05:06:07+00:00"


def test_an_annotation_link_is_listed_and_its_note_kept() -> None:
    project = read_qdpx(nvivo_archive(ALL))
    (link,) = project.unsupported
    assert link.kind == "link" and "not kept" in link.reason
    (note,) = project.notes
    assert (note.name, note.text, note.targets) == ("Annotation on Telegram", "莫斯科的\n天氣。", ())


def test_a_selection_ending_inside_a_surrogate_pair_is_reported_not_shifted() -> None:
    # "𠮷祥" ends one unit into nothing; "與…𠮷祥" with its end moved into 𠮷's pair.
    start, _ = (written_position(p, WRITTEN, "utf-16") for p in span("𠮷祥"))
    broken = (f'<PlainTextSelection guid="{guid(150)}" startPosition="{start}" endPosition="{start + 1}">'
              f'<Coding guid="{guid(250)}"><CodeRef targetGUID="{TREATY}"/></Coding></PlainTextSelection>')
    project = read_qdpx(nvivo_archive(ALL + broken))
    assert len(project.sources[0].selections) == len(QUOTES)
    reported = [item for item in project.unsupported if item.kind == "selection"]
    assert len(reported) == 1 and "do not fall on characters" in reported[0].reason
    assert "Telegram" in reported[0].name
