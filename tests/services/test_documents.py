"""Documents: finding one by what the command line types (`#N` is an id, `title:X` a title, a
bare reference that could be either is refused rather than guessed), and its script forms (the
form in a document's own script is its stored text)."""

from __future__ import annotations

import pytest

from annotator.errors import UserError
from annotator.services.documents import document_script_forms, document_text, get_document, update_metadata
from annotator.services.imports import ImportOptions, import_file
from annotator.text.script import to_simplified, to_traditional
from tests.conftest import SIMPLIFIED_SAMPLE, TRADITIONAL_SAMPLE


@pytest.fixture
def documents(project, write_text):
    """Document 1 "莫斯科", document 2 titled "1", document 3 titled "#1"."""
    made = []
    for title in ("莫斯科", "1", "#1"):
        path = write_text(f"d{len(made)}.txt", f"毛澤東到莫斯科。第{len(made) + 1}天。")
        made.append(import_file(project, path, ImportOptions(title=title)).document)
    assert [d.id for d in made] == [1, 2, 3]
    return made


def test_a_number_that_is_both_an_id_and_a_title_is_refused_with_both_spellings(project, documents) -> None:
    with pytest.raises(UserError) as refused:
        get_document(project, "1")
    message = str(refused.value)
    assert "title of document 2" in message and "id of document “莫斯科”" in message
    assert "title:1" in message and "#1" in message and "\n" not in message


def test_an_id_and_a_title_are_each_reached_by_their_own_spelling(project, documents) -> None:
    assert get_document(project, "#1").title == "莫斯科"
    assert get_document(project, "title:1").id == 2  # "1" could never be reached by title before
    assert get_document(project, "title:#1").id == 3
    assert get_document(project, "  #3 ").title == "#1"
    assert get_document(project, 1).title == "莫斯科"  # the window passes ids
    assert get_document(project, "莫斯科").id == 1


def test_a_bare_number_that_is_no_title_is_the_id(project, documents) -> None:
    assert get_document(project, "3").title == "#1"
    with pytest.raises(UserError, match="no document with id or title “9”"):
        get_document(project, "9")
    with pytest.raises(UserError, match="no document with id 9"):
        get_document(project, "#9")


def test_a_number_that_is_a_documents_own_title_and_id_is_that_document(project, documents) -> None:
    update_metadata(project, 2, title="2")
    assert get_document(project, "2").id == 2


def test_only_the_digits_0_to_9_make_an_id(project, documents) -> None:
    for written in ("١", "1_0", "#١", "#", "#1.0", "# 1"):
        with pytest.raises(UserError):
            get_document(project, written)
    with pytest.raises(UserError, match="not an id"):
        get_document(project, "#x")


def test_a_title_several_documents_share_is_refused_naming_their_ids(project, documents) -> None:
    update_metadata(project, 3, title="莫斯科")
    with pytest.raises(UserError, match="several documents are titled “莫斯科”; write #1 or #3"):
        get_document(project, "莫斯科")
    with pytest.raises(UserError, match="write #1 or #3"):
        get_document(project, "title:莫斯科")


def test_the_traditional_form_of_a_traditional_source_is_the_source(project) -> None:
    document = import_file(project, TRADITIONAL_SAMPLE).document
    text = document_text(project, document.id)
    assert document.script == "traditional" and to_traditional(text) != text
    simplified, traditional = document_script_forms(project, document.id)
    assert traditional == text
    assert simplified == to_simplified(text) and simplified != text


def test_the_simplified_form_of_a_simplified_source_is_the_source(project, write_text) -> None:
    document = import_file(project, write_text("s.txt", "这个著名的人乾杯，毛泽东访苏。" * 3)).document
    text = document_text(project, document.id)
    assert document.script == "simplified" and to_simplified(text) != text  # t2s: 乾杯 → 干杯
    simplified, traditional = document_script_forms(project, document.id)
    assert simplified == text
    assert traditional == to_traditional(text)


def test_the_sample_simplified_document_keeps_its_own_characters(project) -> None:
    document = import_file(project, SIMPLIFIED_SAMPLE).document
    simplified, traditional = document_script_forms(project, document.id)
    assert simplified == document_text(project, document.id)
    assert len(traditional) == len(simplified) and traditional != simplified
