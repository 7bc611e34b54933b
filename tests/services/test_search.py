"""Searching in either script, literal or regex, with keyword-in-context lines."""

from __future__ import annotations

import pytest

from annotator.errors import UserError
from annotator.services.imports import import_file
from annotator.services.search import search
from tests.conftest import SIMPLIFIED_SAMPLE, TRADITIONAL_SAMPLE


@pytest.fixture
def samples(project):
    return [import_file(project, p).document for p in (TRADITIONAL_SAMPLE, SIMPLIFIED_SAMPLE)]


def test_a_simplified_query_finds_both_scripts(project, samples) -> None:
    hits = search(project, "毛泽东")
    matches = {hit.match for hit in hits}
    assert matches == {"毛泽东", "毛澤東"}
    assert {hit.document_id for hit in hits} == {d.id for d in samples}


def test_a_traditional_query_finds_the_simplified_text(project, samples) -> None:
    simplified = samples[1]
    assert any(hit.document_id == simplified.id for hit in search(project, "斯大林說"))


def test_spans_are_code_points_of_the_stored_text(project, write_text) -> None:
    document = import_file(project, write_text("x.txt", "𠮷𪚥毛澤東說。")).document
    [hit] = search(project, "毛泽东")
    assert (hit.start, hit.end, hit.document_id) == (2, 5, document.id)
    assert hit.context_before == "𠮷𪚥" and hit.context_after == "說。"


def test_context_stays_on_one_line_and_never_cuts_a_word(project, samples) -> None:
    for hit in search(project, "斯大林"):
        assert "\n" not in hit.context_before + hit.context_after
        assert len(hit.context_before) <= 20 and len(hit.context_after) <= 20


def test_regex_search(project, samples) -> None:
    hits = search(project, r"1949年\d+月", regex=True)
    assert hits and all(hit.match.startswith("1949年") for hit in hits)


def test_bad_queries_are_clear_errors(project, samples) -> None:
    with pytest.raises(UserError, match="not a valid regular expression"):
        search(project, "(毛", regex=True)
    with pytest.raises(UserError, match="empty"):
        search(project, "")


def test_search_can_be_limited_to_documents(project, samples) -> None:
    hits = search(project, "毛泽东", document_ids=[samples[0].id])
    assert hits and {hit.document_id for hit in hits} == {samples[0].id}
