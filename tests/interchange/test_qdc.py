"""Our .qdc: the codebook alone, valid against Codebook-mrt2019.xsd, read back as written;
codebooks from elsewhere read leniently, broken ones refused in one line."""

from __future__ import annotations

import uuid

import pytest

from annotator.interchange.errors import ExchangeError
from annotator.interchange.producers import ORIGIN
from annotator.interchange.qdc import qdc_bytes, read_qdc
from annotator.interchange.records import ExchangeCode, ExchangeCodebook
from tests.interchange.helpers import guid, schema_errors
from tests.interchange.test_qdpx import DIPLOMACY, SECURITY

CODEBOOK = ExchangeCodebook(codes=(
    DIPLOMACY, SECURITY,
    ExchangeCode(uuid.UUID(guid(13)), "人物 & 地點", None, "", False,
                 (ExchangeCode(uuid.UUID(guid(14)), "斯大林", "#000000", "𠮷 in a description"),)),
), origin=ORIGIN)


def test_the_codebook_is_valid_against_its_schema() -> None:
    assert schema_errors(qdc_bytes(CODEBOOK), "Codebook-mrt2019.xsd") == []


def test_it_reads_back_as_written_and_writes_the_same_bytes() -> None:
    data = qdc_bytes(CODEBOOK)
    back = read_qdc(data)
    assert back == CODEBOOK
    assert qdc_bytes(back) == data


def test_an_empty_codebook_cannot_be_a_qdc() -> None:
    with pytest.raises(ExchangeError, match="at least one code"):
        qdc_bytes(ExchangeCodebook(codes=()))


def test_a_codebook_in_the_project_namespace_is_read() -> None:
    data = (f'<CodeBook xmlns="urn:QDA-XML:project:1.0"><Codes><Code guid="{guid(1)}" name="a" '
            'isCodable="true"/></Codes></CodeBook>').encode()
    codebook = read_qdc(data)
    assert [code.name for code in codebook.codes] == ["a"] and not codebook.warnings


def test_a_code_without_iscodable_is_codable_with_a_warning() -> None:
    codebook = read_qdc(f'<CodeBook><Codes><Code guid="{guid(1)}" name="a"/></Codes></CodeBook>'.encode())
    assert codebook.codes[0].is_codable
    assert any("isCodable" in w for w in codebook.warnings)
    assert any("namespace" in w for w in codebook.warnings)


@pytest.mark.parametrize("data, message", [
    (b"<CodeBook><Codes><Code", "not well-formed XML"),
    (b"<Project name='p'/>", "not a REFI-QDA codebook"),
    (b"<CodeBook/>", "has no <Codes>"),
    (f'<CodeBook><Codes><Code guid="{guid(1)}" name="a" isCodable="true" color="#12345"/></Codes>'
     "</CodeBook>".encode(), "not #RRGGBB"),
    (f'<CodeBook><Codes><Code guid="{guid(1)}" name="a" isCodable="true"/><Code guid="{guid(1)}" '
     'name="b" isCodable="true"/></Codes></CodeBook>'.encode(), "same GUID"),
    (b"PK\x03\x04rest of a zip", "a zip archive, not a codebook"),
])
def test_a_broken_codebook_gets_one_clear_line(data: bytes, message: str) -> None:
    with pytest.raises(ExchangeError, match=message) as raised:
        read_qdc(data, label="codes.qdc")
    assert str(raised.value).startswith("codes.qdc") and "\n" not in str(raised.value)


def test_reading_a_path(tmp_path) -> None:
    path = tmp_path / "codes.qdc"
    path.write_bytes(qdc_bytes(CODEBOOK))
    assert read_qdc(path) == CODEBOOK
