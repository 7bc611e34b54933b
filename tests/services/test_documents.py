"""Documents' script forms: the form in a document's own script is its stored text."""

from __future__ import annotations

from annotator.services.documents import document_script_forms, document_text
from annotator.services.imports import import_file
from annotator.text.script import to_simplified, to_traditional
from tests.conftest import SIMPLIFIED_SAMPLE, TRADITIONAL_SAMPLE


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
