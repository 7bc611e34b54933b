"""An archive or XML from outside cannot unpack without limit, reach outside the archive, or
pull in other files through a DTD: each is refused in one line."""

from __future__ import annotations

import io
import stat
import zipfile

import pytest

from annotator.interchange import archive as archive_module
from annotator.interchange.errors import ExchangeError
from annotator.interchange.qdc import read_qdc
from annotator.interchange.qdpx import read_qdpx
from tests.interchange.helpers import zip_bytes

QDE = b'<Project xmlns="urn:QDA-XML:project:1.0" name="p"/>'


def refused(data: bytes, message: str) -> str:
    with pytest.raises(ExchangeError, match=message) as raised:
        read_qdpx(data, label="in.qdpx")
    text = str(raised.value)
    assert text.startswith("in.qdpx") and "\n" not in text
    return text


def test_a_well_formed_archive_passes() -> None:
    assert read_qdpx(zip_bytes({"project.qde": QDE})).name == "p"


def test_more_than_the_total_size_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_module, "MAX_TOTAL_BYTES", 1000)
    refused(zip_bytes({"project.qde": QDE, "sources/a.txt": b"x" * 1001}), "would unpack to")


def test_a_member_that_compresses_like_a_bomb_is_refused() -> None:
    refused(zip_bytes({"project.qde": QDE, "sources/a.txt": b"\0" * (16 * 1024 * 1024)}), "zip bomb")


def test_a_very_repetitive_text_is_no_bomb() -> None:
    text = ("毛澤東於一九四九年十二月訪問莫斯科，與斯大林會談。\n" * 200_000).encode()
    assert read_qdpx(zip_bytes({"project.qde": QDE, "sources/a.txt": text})).name == "p"


def test_too_many_members_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_module, "MAX_MEMBERS", 3)
    refused(zip_bytes({"project.qde": QDE, **{f"sources/{n}.txt": b"x" for n in range(3)}}), "files inside")


@pytest.mark.parametrize("name", ["../evil.txt", "sources/../../evil.txt", "/etc/passwd",
                                  "C:\\Windows\\evil.txt", "sources\\..\\..\\evil.txt"])
def test_member_paths_leaving_the_archive_are_refused(name: str) -> None:
    refused(zip_bytes({"project.qde": QDE, name: b"x"}), "points outside the archive")


def _with_info(info: zipfile.ZipInfo, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("project.qde", QDE)
        archive.writestr(info, data)
    return buffer.getvalue()


def test_a_symbolic_link_is_refused() -> None:
    info = zipfile.ZipInfo("sources/link.txt")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    refused(_with_info(info, b"/etc/passwd"), "symbolic link")


def test_an_encrypted_member_is_refused() -> None:
    data = bytearray(zip_bytes({"project.qde": QDE, "sources/secret.txt": b"x" * 16}))
    # zipfile writes no encryption; set the flag in the last central directory entry.
    entry = data.rindex(b"PK\x01\x02")
    data[entry + 8] |= 0x1
    refused(bytes(data), "encrypted")


def test_mac_resource_forks_do_not_count_as_a_second_project() -> None:
    data = zip_bytes({"project.qde": QDE, "__MACOSX/._project.qde": b"\0\5\x16\7"})
    assert read_qdpx(data).name == "p"


def test_an_external_entity_is_refused_and_nothing_is_read(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    qde = (f'<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "file://{secret}">]>'
           '<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>').encode()
    message = refused(zip_bytes({"project.qde": qde}), "document type")
    assert "TOP SECRET" not in message


def test_entity_expansion_is_refused() -> None:
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    qde = (f'<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY l0 "ha">{laughs}]>'
           '<Project xmlns="urn:QDA-XML:project:1.0" name="&l9;"/>').encode()
    refused(zip_bytes({"project.qde": qde}), "document type")


def test_a_doctype_in_a_codebook_is_refused_too() -> None:
    with pytest.raises(ExchangeError, match="document type"):
        read_qdc(b'<!DOCTYPE CodeBook SYSTEM "http://example.invalid/x.dtd"><CodeBook/>')


def test_a_doctype_in_utf16_is_caught_on_the_parsed_tree() -> None:
    qde = '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE Project><Project name="p"/>'
    refused(zip_bytes({"project.qde": qde.encode("utf-16")}), "document type")
