"""Importing files: what a historian sees in the project afterwards."""

from __future__ import annotations

import json

import pytest

from annotator.errors import USER_ERRORS
from annotator.services.documents import document_text, list_documents, load_boundaries
from annotator.services.imports import ImportOptions, import_file
from tests.conftest import SIMPLIFIED_SAMPLE, TRADITIONAL_SAMPLE

SENTENCE = "毛泽东于一九四九年十二月访问莫斯科，与斯大林会谈。"


def test_the_traditional_sample_is_imported_whole_and_segmented(project) -> None:
    result = import_file(project, TRADITIONAL_SAMPLE)
    document = result.document
    original = TRADITIONAL_SAMPLE.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert document_text(project, document.id) == original
    assert document.script == "traditional"
    assert document.encoding == "utf-8"
    assert not document.presegmented
    assert document.segments > 1000 and document.sentences > 50
    words = load_boundaries(project, document.id).words
    pieces = {original[a:b] for a, b in zip(words, words[1:])}
    assert "毛澤東" in pieces and "齊赫文斯基" in pieces


def test_the_presegmented_sample_keeps_its_words_without_the_spaces(project) -> None:
    document = import_file(project, SIMPLIFIED_SAMPLE).document
    text = document_text(project, document.id)
    assert document.presegmented and document.script == "simplified"
    assert text.startswith("毛泽东这次访苏，涉及的内容是重大的")
    words = load_boundaries(project, document.id).words
    assert [text[a:b] for a, b in zip(words[:6], words[1:7])] == ["毛泽东", "这次", "访苏", "，", "涉及", "的"]
    # The web debris "& nbsp ;" is cleaned, and the clean-up is reported.
    assert "nbsp" not in text
    assert json.loads(document.cleanup_report)


def test_presegmentation_can_be_refused(project) -> None:
    document = import_file(project, SIMPLIFIED_SAMPLE, ImportOptions(presegmented="no")).document
    assert not document.presegmented
    assert document_text(project, document.id).startswith("毛泽东 这次 访苏")


@pytest.mark.parametrize(
    "encoding, bom",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("gb18030", b""),
        ("big5", b""),
    ],
)
def test_every_supported_encoding_imports_to_the_same_text(project, write_text, encoding, bom) -> None:
    text = SENTENCE if encoding != "big5" else "毛澤東於一九四九年十二月訪問莫斯科，與斯大林會談。"
    path = write_text(f"letter-{encoding}.txt", text + "\r\n第二行。\r\n", encoding, bom)
    document = import_file(project, path).document
    assert document_text(project, document.id) == text + "\n第二行。\n"
    assert document.title == f"letter-{encoding}"


def test_characters_outside_the_bmp_are_kept(project, write_text) -> None:
    text = "𠮷野家與𪚥字。毛澤東說。"
    document = import_file(project, write_text("ext-b.txt", text, "gb18030")).document
    assert document_text(project, document.id) == text
    assert document.length == len(text) == 12


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("cut.txt", "毛泽东访问".encode("utf-8")[:-1], "cut.txt"),
        ("blank.txt", b"   \n\n  ", "no text"),
    ],
)
def test_bad_files_are_refused_and_change_nothing(project, tmp_path, name, content, message) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(USER_ERRORS, match=message) as caught:
        import_file(project, path)
    assert "\n" not in str(caught.value)
    assert list_documents(project) == []


def test_a_missing_file_is_a_clear_error(project, tmp_path) -> None:
    with pytest.raises(USER_ERRORS, match="no such file"):
        import_file(project, tmp_path / "absent.txt")


def test_the_same_text_twice_is_refused(project) -> None:
    import_file(project, TRADITIONAL_SAMPLE)
    with pytest.raises(USER_ERRORS, match="already in the project"):
        import_file(project, TRADITIONAL_SAMPLE, ImportOptions(title="again"))
    assert len(list_documents(project)) == 1


def test_an_explicit_encoding_overrides_detection(project, write_text) -> None:
    path = write_text("gbk.txt", "中文", "gbk")
    document = import_file(project, path, ImportOptions(encoding="gb18030")).document
    assert document_text(project, document.id) == "中文"
    with pytest.raises(USER_ERRORS):
        import_file(project, write_text("big5.txt", "中文資料", "big5"), ImportOptions(encoding="utf-8"))


def test_metadata_is_stored(project, write_text) -> None:
    options = ImportOptions(title="電報", author="毛澤東", date="1949-12-18", source_ref="AVPRF f.07")
    document = import_file(project, write_text("t.txt", "電報全文。"), options).document
    assert (document.title, document.author, document.date, document.source_ref) == (
        "電報", "毛澤東", "1949-12-18", "AVPRF f.07"
    )
