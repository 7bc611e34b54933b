"""ATLAS.ti's files: the .qde named after the project, CRLF line ends counted as one character,
quotation names holding the text, code groups and document groups as Sets."""

from __future__ import annotations

from annotator.interchange.qdc import read_qdc
from annotator.interchange.qdpx import read_qdpx
from tests.interchange.helpers import QUOTES, TEXT, crlf, guid, span, written_position, zip_bytes

USER, CODE, SOURCE = guid(1, upper=True), guid(2, upper=True), guid(3, upper=True)
WRITTEN = crlf(TEXT)


def quotation(n: int, quote: str, reading: str = "crlf as one") -> str:
    start, end = (written_position(p, WRITTEN, reading) for p in span(quote))
    return (f'<PlainTextSelection guid="{guid(100 + n, upper=True)}" name="{quote}" '
            f'startPosition="{start}" endPosition="{end}" creatingUser="{USER}" '
            f'creationDateTime="2023-11-20T08:30:00Z"><Coding guid="{guid(200 + n, upper=True)}" '
            f'creatingUser="{USER}" creationDateTime="2023-11-20T08:30:00Z">'
            f'<CodeRef targetGUID="{CODE}"/></Coding></PlainTextSelection>')


def atlas_archive(quotations: str, origin: str = "ATLAS.ti Win 23.4.0 (2994)") -> bytes:
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project name="Moscow visit" origin="{origin}" creatingUserGUID="{USER}"
 creationDateTime="2023-11-20T08:00:00Z" xmlns="urn:QDA-XML:project:1.0">
  <Users><User guid="{USER}" name="Ding Ming" /></Users>
  <CodeBook><Codes>
    <Code guid="{CODE}" name="diplomacy" isCodable="true" color="#46AA00"><Description>外交</Description></Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{SOURCE}" name="Telegram.txt" plainTextPath="internal://{SOURCE}.txt"
     creatingUser="{USER}" creationDateTime="2023-11-20T08:00:00Z">
      {quotations}
    </TextSource>
  </Sources>
  <Sets>
    <Set guid="{guid(400, upper=True)}" name="code group 1"><MemberCode targetGUID="{CODE}" /></Set>
    <Set guid="{guid(401, upper=True)}" name="telegrams"><MemberSource targetGUID="{SOURCE}" /></Set>
  </Sets>
</Project>"""
    return zip_bytes({
        "Moscow visit.qde": qde.encode("utf-8"),
        f"sources/{SOURCE}.txt": WRITTEN.encode("utf-8"),
    })


def test_the_qde_named_after_the_project_is_found_and_crlf_counts_one() -> None:
    project = read_qdpx(atlas_archive("".join(quotation(n, q) for n, q in enumerate(QUOTES))))
    (source,) = project.sources
    assert [source.text[s.start:s.end] for s in source.selections] == list(QUOTES)
    assert not [w for w in project.warnings if "positions" in w]


def test_an_unknown_origin_with_the_same_positions_is_saved_by_the_names() -> None:
    """Read with CRLF as two (the standard's reading), the passages after a line end would be
    off by one per line end; the quotation names agree with CRLF as one instead, and the whole
    source is read so, with a warning."""
    quotations = "".join(quotation(n, q) for n, q in enumerate(QUOTES))
    project = read_qdpx(atlas_archive(quotations, origin="Some Program 1.0"))
    assert [project.sources[0].text[s.start:s.end] for s in project.sources[0].selections] == list(QUOTES)
    assert any("read as code points with CRLF as one" in w for w in project.warnings)


def test_without_names_an_unknown_origin_gets_the_standard_reading() -> None:
    quotations = "".join(quotation(n, q) for n, q in enumerate(QUOTES)).replace(' name="', ' title="')
    project = read_qdpx(atlas_archive(quotations, origin="Some Program 1.0"))
    quotes = [project.sources[0].text[s.start:s.end] for s in project.sources[0].selections]
    assert quotes[0] != "毛澤東"  # after one line end: one character off, as the file says


def test_code_and_document_groups_are_listed_not_dropped() -> None:
    project = read_qdpx(atlas_archive(quotation(0, "毛澤東")))
    assert sorted((u.kind, u.name) for u in project.unsupported) == [
        ("set", "code group 1"), ("set", "telegrams")]
    assert project.codes[0].description == "外交" and project.codes[0].color == "#46AA00"


ATLAS_QDC = f"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:codebook:0:4 Codebook.xsd" origin="ATLAS.ti Win 23.4.0" xmlns="urn:QDA-XML:codebook:1.0">
  <Codes>
    <Code guid="{CODE}" name="code1" color="#46AA00" isCodable="true">
      <Description>description</Description>
    </Code>
  </Codes>
  <Sets>
    <Set name="code group 1" guid="{guid(400, upper=True)}">
      <Description>kategorie 1</Description>
      <MemberCode guid="{CODE}" />
    </Set>
  </Sets>
</CodeBook>""".encode()


def test_an_atlas_codebook_with_a_code_group() -> None:
    codebook = read_qdc(ATLAS_QDC)
    assert [(c.name, c.color, c.description) for c in codebook.codes] == [
        ("code1", "#46AA00", "description")]
    (group,) = codebook.unsupported
    assert (group.kind, group.name) == ("set", "code group 1") and "1 code is" in group.reason
    assert codebook.origin == "ATLAS.ti Win 23.4.0" and not codebook.warnings
