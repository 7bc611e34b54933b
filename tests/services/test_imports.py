"""Importing files: what a historian sees in the project afterwards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.errors import USER_ERRORS
from sqlalchemy import select

from annotator.services.documents import document_script_forms, document_text, list_documents, load_boundaries
from annotator.services.imports import (
    ImportOptions,
    find_duplicate,
    import_file,
    prepare_document,
    read_source_text,
    store_document,
    warm_up,
)
from annotator.text.script import to_simplified, to_traditional
from db.models import Document
from tests.conftest import SIMPLIFIED_SAMPLE, TRADITIONAL_SAMPLE
from tests.helpers.sources import docx_bytes, pdf_with_text_layer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

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


def test_the_same_text_twice_is_refused_unless_a_duplicate_is_allowed(project, tmp_path) -> None:
    first = import_file(project, TRADITIONAL_SAMPLE).document
    copy = tmp_path / "second edition.txt"
    copy.write_bytes(TRADITIONAL_SAMPLE.read_bytes())
    with pytest.raises(USER_ERRORS) as caught:
        import_file(project, copy, ImportOptions(title="again"))
    assert str(caught.value) == (
        f"second edition.txt: the same text is already in the project as document {first.id} "
        f"“{first.title}” (--allow-duplicate imports it anyway, e.g. a second edition)"
    )
    assert len(list_documents(project)) == 1
    second = import_file(project, copy, ImportOptions(title="1998 edition"), allow_duplicate=True).document
    assert second.id != first.id and second.text_sha256 == first.text_sha256
    assert [d.title for d in list_documents(project)] == [first.title, "1998 edition"]


def test_a_duplicate_is_found_before_segmentation_and_refused_again_when_stored(project) -> None:
    stored = import_file(project, TRADITIONAL_SAMPLE).document
    data = TRADITIONAL_SAMPLE.read_bytes()
    reading = read_source_text(data, "copy.txt", ImportOptions())
    assert find_duplicate(project, reading.sha256) == stored
    assert find_duplicate(project, read_source_text("另一篇。".encode(), "x.txt", ImportOptions()).sha256) is None
    # Another import may store the same text between the check and the store: refused there.
    prepared = prepare_document(data, "copy.txt", ImportOptions(), project.segmenter)
    with pytest.raises(USER_ERRORS, match="already in the project"):
        store_document(project, prepared)
    assert store_document(project, prepared, allow_duplicate=True).id != stored.id


def test_the_reading_is_exactly_the_text_that_is_stored(project) -> None:
    reading = read_source_text(SIMPLIFIED_SAMPLE.read_bytes(), SIMPLIFIED_SAMPLE.name, ImportOptions())
    document = import_file(project, SIMPLIFIED_SAMPLE).document
    assert reading.text == document_text(project, document.id)
    assert len(reading.text) == document.length
    assert reading.cleanup == json.loads(document.cleanup_report)


def test_a_pdf_is_imported_as_its_repaired_text(project) -> None:
    document = import_file(project, FIXTURES / "cjk-text-layer.pdf").document
    text = document_text(project, document.id)
    assert text == (FIXTURES / "cjk-text-layer.txt").read_text(encoding="utf-8").strip()
    assert (document.encoding, document.script, document.title) == ("pdf", "simplified", "cjk-text-layer")
    report = json.loads(document.cleanup_report)
    assert report["line breaks inside sentences rejoined"] >= 8
    assert any(key.startswith("radicals → ") for key in report)
    words = load_boundaries(project, document.id).words
    assert "毛泽东" in {text[a:b] for a, b in zip(words, words[1:])}


def test_a_small_uncompressed_pdf_is_never_imported_as_pdf_code(project, tmp_path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(pdf_with_text_layer([["毛泽东抵达莫斯科。"]]))
    document = import_file(project, path).document
    assert document_text(project, document.id) == "毛泽东抵达莫斯科。"
    assert document.encoding == "pdf"


def test_word_files_and_web_pages_are_imported(project, tmp_path) -> None:
    word = tmp_path / "致斯大林.docx"
    word.write_bytes(docx_bytes(lambda d: (d.add_paragraph("斯大林同志："), d.add_paragraph("我们同意。"))))
    page = tmp_path / "访苏.html"
    page.write_bytes('<html><head><meta charset="big5"><title>x</title></head>'
                     '<body><p>毛澤東訪蘇。</p><p>斯大林&nbsp;會見。</p></body></html>'.encode("big5"))
    letter = import_file(project, word).document
    visit = import_file(project, page).document
    assert (document_text(project, letter.id), letter.encoding) == ("斯大林同志：\n我们同意。", "docx")
    assert (document_text(project, visit.id), visit.encoding) == ("毛澤東訪蘇。\n斯大林 會見。", "html (big5)")
    assert json.loads(visit.cleanup_report) == {"&nbsp; → space": 1}


def test_a_scanned_pdf_is_refused_with_the_reason(project) -> None:
    with pytest.raises(USER_ERRORS, match="^scanned.pdf: no text layer: run OCR first$"):
        import_file(project, FIXTURES / "scanned.pdf")
    assert list_documents(project) == []


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


def test_the_parallel_index_is_stored_in_the_document_s_own_transaction(project, write_text) -> None:
    from sqlalchemy import select

    from annotator.services.parallels import build_index, index_format
    from annotator.text.script import fold
    from db.models import ParallelIndex

    document = import_file(project, write_text("a.txt", SENTENCE)).document
    with project.read() as session:
        stored = session.execute(select(ParallelIndex.document_id, ParallelIndex.format,
                                        ParallelIndex.data)).all()
    assert [tuple(row) for row in stored] == [(document.id, index_format(), build_index(fold(SENTENCE)))]
    prepared = prepare_document(SENTENCE.encode("utf-8"), "b.txt", ImportOptions(), project.segmenter)
    with pytest.raises(USER_ERRORS, match="already in the project"):
        store_document(project, prepared)  # refused inside the transaction: no index stored either
    with project.read() as session:
        assert session.scalars(select(ParallelIndex.document_id)).all() == [document.id]


def test_a_cancel_that_comes_while_the_document_is_stored_rolls_it_back(project) -> None:
    import threading

    from annotator.services.imports import ImportCancelled

    prepared = prepare_document(SIMPLIFIED_SAMPLE.read_bytes(), "a.txt", ImportOptions(), project.segmenter)
    cancel = threading.Event()
    cancel.set()  # checked after every row was written, before the commit
    with pytest.raises(ImportCancelled):
        store_document(project, prepared, cancel=cancel)
    assert list_documents(project) == []
    # Nothing half stored stands in the way: the same text is stored, not refused as a duplicate.
    stored = store_document(project, prepared, cancel=threading.Event())
    assert [d.id for d in list_documents(project)] == [stored.id]


def _stored_traditional_form(project, document_id: int) -> str:
    with project.read() as session:
        return session.scalar(select(Document.traditional_text).where(Document.id == document_id))


def test_a_traditional_text_is_its_own_traditional_form_and_is_stored_once(project) -> None:
    document = import_file(project, TRADITIONAL_SAMPLE).document
    text = document_text(project, document.id)
    assert to_traditional(text) != text  # s2t would rewrite some of its characters
    assert _stored_traditional_form(project, document.id) == ""  # no second copy
    assert document_script_forms(project, document.id) == (to_simplified(text), text)


def test_a_simplified_text_stores_its_traditional_form(project) -> None:
    document = import_file(project, SIMPLIFIED_SAMPLE).document
    text = document_text(project, document.id)
    assert _stored_traditional_form(project, document.id) == to_traditional(text) != text
    assert document_script_forms(project, document.id) == (text, to_traditional(text))


def test_warming_up_for_an_import_leaves_nothing_to_load_for_it(project) -> None:
    import gc
    import sys

    from annotator.text import script

    assert warm_up(project) is True  # the workers started
    # The conversions and numpy are loaded, and the objects alive now are out of the
    # collector's full passes: an import pays none of these after the user presses Import.
    assert {"t2s", "s2t"} <= set(script._built)
    assert all("lookup" in vars(tables) for tables in script._built.values())  # their numpy forms
    assert "numpy" in sys.modules
    assert gc.get_freeze_count() > 0
