"""QualCoder's .qdpx and .qdc: a BOM before the XML and the texts, `Sources/`, lower-case GUIDs,
the whole selected text as each selection's name, categories with isCodable="false" and no
colour, codings without a date, annotations as Notes that hold a PlainTextSelection, journals
as Notes in files; and its "line endings for MAXQDA" export (CRLF written, LF positions)."""

from __future__ import annotations

import html
import uuid

from annotator.interchange.qdc import read_qdc
from annotator.interchange.qdpx import read_qdpx
from tests.interchange.helpers import QUOTES, TEXT, crlf, guid, span, zip_bytes

USER, CATEGORY, CODE, SOURCE, PLAIN, JOURNAL, ANNOTATION = (guid(n) for n in range(1, 8))


def selection(n: int, quote: str) -> str:
    start, end = span(quote)  # QualCoder counts code points of its stored (LF) text
    return (f'<PlainTextSelection guid="{guid(100 + n)}" startPosition="{start}" endPosition="{end}" '
            f'name="{html.escape(quote)}" creatingUser="{USER}" creationDateTime="2023-05-01 10:11:12Z">\n'
            f"<Description>memo {n}</Description>\n"
            f'<Coding guid="{guid(200 + n)}" creatingUser="{USER}" >\n'
            f'<CodeRef targetGUID="{CODE}" />\n</Coding>\n</PlainTextSelection>\n')


def qualcoder_archive(text_as_written: str) -> bytes:
    selections = "".join(selection(n, q) for n, q in enumerate(QUOTES))
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="moscow.qda" origin="QualCoder 3.5" creatingUserGUID="{guid(99)}" creationDateTime="2023-05-01T09:00:00Z" xmlns="urn:QDA-XML:project:1.0">
<Users>
<User guid="{USER}" name="default" />
</Users>
<CodeBook>
<Codes>
<Code guid="{CATEGORY}" name="Foreign relations" isCodable="false">
<Description>a category</Description>
<Code guid="{CODE}" name="visit" isCodable="true" color="#F781F3" />
</Code>
</Codes>
</CodeBook>
<Sources>
<TextSource richTextPath="internal://{SOURCE}.txt" plainTextPath="internal://{PLAIN}.txt" creatingUser="{USER}" creationDateTime="2023-05-01T09:30:00Z" guid="{SOURCE}" name="telegram.txt">
{selections}<NoteRef targetGUID="{ANNOTATION}" />
</TextSource>
</Sources>
<Notes>
<Note guid="{JOURNAL}" creatingUser="{USER}" creationDateTime="2023-05-02T09:00:00Z" name="Research journal"  plainTextPath="internal://{JOURNAL}.txt" >
<Description /></Note>
<Note guid="{ANNOTATION}" creatingUser="{USER}" creationDateTime="2023-05-02T10:00:00Z" >
<PlainTextContent>an annotation on 莫斯科</PlainTextContent>
<PlainTextSelection guid="{guid(300)}" startPosition="25" endPosition="28" />
</Note>
</Notes>
<Description>The Moscow visit project</Description>
</Project>"""
    bom = b"\xef\xbb\xbf"
    return zip_bytes({
        "project.qde": bom + qde.encode("utf-8"),
        f"Sources/{SOURCE}.txt": bom + TEXT.encode("utf-8"),
        f"Sources/{PLAIN}.txt": bom + text_as_written.encode("utf-8"),
        f"Sources/{JOURNAL}.txt": bom + "Day one.\nDay two.".encode("utf-8"),
    })


def test_selections_categories_and_memos() -> None:
    project = read_qdpx(qualcoder_archive(TEXT))
    (source,) = project.sources
    assert [source.text[s.start:s.end] for s in source.selections] == list(QUOTES)
    assert [s.description for s in source.selections] == [f"memo {n}" for n in range(len(QUOTES))]
    assert all(c.created is None for s in source.selections for c in s.codings)
    (category,) = project.codes
    assert (category.is_codable, category.color, category.description) == (False, None, "a category")
    assert (category.children[0].name, category.children[0].color) == ("visit", "#F781F3")
    assert project.description == "The Moscow visit project"
    # QualCoder makes up a creating user for the project that is not among its users.
    assert project.creating_user is None
    assert any("1 reference to users not in <Users>" in w for w in project.warnings)


def test_journal_and_annotation_notes() -> None:
    project = read_qdpx(qualcoder_archive(TEXT))
    notes = {note.name or "annotation": note for note in project.notes}
    assert notes["Research journal"].text == "Day one.\nDay two." and notes["Research journal"].targets == ()
    assert notes["annotation"].text == "an annotation on 莫斯科"
    assert notes["annotation"].targets == (uuid.UUID(SOURCE),)
    assert any("marks a span of text" in warning for warning in project.warnings)


def test_a_space_in_the_creation_time_is_read_and_the_time_kept() -> None:
    project = read_qdpx(qualcoder_archive(TEXT))
    assert project.sources[0].selections[0].created.isoformat() == "2023-05-01T10:11:12+00:00"


def test_the_export_with_line_endings_for_maxqda_is_placed_by_its_names() -> None:
    """QualCoder writes CRLF but keeps the positions of its LF text; its names are the whole
    selected text, and they agree with CRLF read as one: used, with a warning."""
    project = read_qdpx(qualcoder_archive(crlf(TEXT)))
    (source,) = project.sources
    assert [source.text[s.start:s.end] for s in source.selections] == list(QUOTES)
    assert any("positions read as code points with CRLF as one" in w for w in project.warnings)
    assert not [u for u in project.unsupported if u.kind == "selection"]


QUALCODER_QDC = f"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" xsi:schemaLocation="urn:QDA-XML:codebook:1.0 Codebook.xsd" origin="QualCoder" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<Codes>
<Code guid="{CODE}" name="uncategorised" isCodable="true" color="#F781F3" />
<Code guid="{CATEGORY}" name="Foreign relations" isCodable="false">
<Code guid="{guid(50)}" name="visit" isCodable="true" color="#81BEF7" >
<Description>travel abroad</Description>
</Code>
</Code>
</Codes>
</CodeBook>
""".encode()


def test_a_qualcoder_codebook() -> None:
    codebook = read_qdc(QUALCODER_QDC)
    assert [(c.name, c.is_codable, c.color) for c in codebook.codes] == [
        ("uncategorised", True, "#F781F3"), ("Foreign relations", False, None)]
    assert codebook.codes[1].children[0].description == "travel abroad"
    assert not codebook.warnings and not codebook.unsupported
