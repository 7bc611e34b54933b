"""MAXQDA's .qdpx: `sources/` in lower case, upper-case GUIDs, CRLF text counted as written,
selection names holding the start of the text ("..."), document variables in nameless Cases,
memos on coded segments as their Description and on uncoded ones as well."""

from __future__ import annotations

import uuid

from annotator.interchange.qdpx import read_qdpx
from tests.interchange.helpers import QUOTES, TEXT, crlf, guid, span, written_position, zip_bytes

USER, PARENT, CHILD, SOURCE = (guid(n, upper=True) for n in range(1, 5))
AUTHOR_VAR, DATE_VAR, ARCHIVE_VAR = (guid(n, upper=True) for n in range(10, 13))
WRITTEN = crlf(TEXT)


def segment(n: int, quote: str, coded: bool = True, memo: str = "") -> str:
    start, end = (written_position(p, WRITTEN, "code points") for p in span(quote))
    name = quote if len(quote) <= 4 else quote[:4] + "..."
    coding = (f'<Coding guid="{guid(200 + n, upper=True)}" creatingUser="{USER}" '
              f'creationDateTime="2022-05-06T07:08:09Z"><CodeRef targetGUID="{CHILD}"/></Coding>'
              if coded else "")
    description = f"<Description>{memo}</Description>" if memo else ""
    return (f'<PlainTextSelection guid="{guid(100 + n, upper=True)}" name="{name}" '
            f'startPosition="{start}" endPosition="{end}" creatingUser="{USER}" '
            f'creationDateTime="2022-05-06T07:08:09Z" modifyingUser="{USER}" '
            f'modifiedDateTime="2022-05-06T07:08:09Z">{description}{coding}</PlainTextSelection>')


def maxqda_archive(segments: str) -> bytes:
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project name="Moscow visit" origin="MAXQDA 2022 (Release 22.7.0)" creatingUserGUID="{USER}"
 creationDateTime="2022-05-06T07:00:00Z" xmlns="urn:QDA-XML:project:1.0">
<Users><User guid="{USER}" name="Li Hua" id="LH"/></Users>
<CodeBook><Codes>
<Code guid="{PARENT}" name="Diplomacy" isCodable="true" color="#FF0000">
<Code guid="{CHILD}" name="Visits" isCodable="true" color="#00FF00"/>
</Code></Codes></CodeBook>
<Variables>
<Variable guid="{AUTHOR_VAR}" name="Author" typeOfVariable="Text"/>
<Variable guid="{DATE_VAR}" name="Date" typeOfVariable="Date"/>
<Variable guid="{ARCHIVE_VAR}" name="Archive" typeOfVariable="Text"/>
</Variables>
<Cases>
<Case guid="{guid(20, upper=True)}">
<VariableValue><VariableRef targetGUID="{AUTHOR_VAR}"/><TextValue>丁明</TextValue></VariableValue>
<VariableValue><VariableRef targetGUID="{DATE_VAR}"/><DateValue>1949-12-16</DateValue></VariableValue>
<VariableValue><VariableRef targetGUID="{ARCHIVE_VAR}"/><TextValue>中央檔案館</TextValue></VariableValue>
<SourceRef targetGUID="{SOURCE}"/>
</Case>
<Case guid="{guid(21, upper=True)}" name="Soviet side"><SourceRef targetGUID="{SOURCE}"/></Case>
</Cases>
<Sources>
<TextSource guid="{SOURCE}" name="Telegram" plainTextPath="internal://{SOURCE}.txt"
 creatingUser="{USER}" creationDateTime="2022-05-06T07:00:00Z">
<Description>From the Moscow archive</Description>
{segments}
</TextSource>
</Sources>
</Project>""".replace("\n", "\r\n")
    return zip_bytes({"project.qde": qde.encode("utf-8"),
                      f"sources/{SOURCE}.txt": WRITTEN.encode("utf-8")})


def test_segments_land_on_their_passages_with_truncated_names() -> None:
    project = read_qdpx(maxqda_archive("".join(segment(n, q) for n, q in enumerate(QUOTES))))
    (source,) = project.sources
    assert [source.text[s.start:s.end] for s in source.selections] == list(QUOTES)
    assert source.selections[1].name == "訪問莫斯..."
    assert not [w for w in project.warnings if "positions" in w]


def test_document_variables_from_a_nameless_case() -> None:
    project = read_qdpx(maxqda_archive(segment(0, "毛澤東")))
    (source,) = project.sources
    assert (source.author, source.date, source.description) == ("丁明", "1949-12-16", "From the Moscow archive")
    assert [(v.name, v.value) for v in source.variables] == [("Archive", "中央檔案館")]
    assert [(u.kind, u.name) for u in project.unsupported] == [("case", "Soviet side")]


def test_a_code_with_sub_codes_that_is_codable_itself() -> None:
    project = read_qdpx(maxqda_archive(segment(0, "毛澤東")))
    (parent,) = project.codes
    assert parent.is_codable and [c.name for c in parent.children] == ["Visits"]
    assert parent.guid == uuid.UUID(PARENT)  # upper case in the file, the same GUID


def test_memos_on_segments_are_kept() -> None:
    coded = segment(0, "毛澤東", memo="the chairman")
    uncoded = segment(1, "訪問莫斯科", coded=False, memo="why Moscow?")
    project = read_qdpx(maxqda_archive(coded + uncoded))
    (selection,) = project.sources[0].selections
    assert selection.description == "the chairman"
    (note,) = project.notes
    assert note.text == "why Moscow?" and note.targets == (uuid.UUID(SOURCE),)
    listed = [u for u in project.unsupported if u.kind == "selection"]
    assert len(listed) == 1 and "no code" in listed[0].reason and "memo is kept" in listed[0].reason
