"""Searching in either script, literal or regex, with keyword-in-context lines."""

from __future__ import annotations

import pytest

from annotator.errors import UserError
from annotator.services.imports import import_file
from annotator.services.search import search, search_spans
from tests.conftest import SIMPLIFIED_SAMPLE, TRADITIONAL_SAMPLE


@pytest.fixture
def samples(project):
    return [import_file(project, p).document for p in (TRADITIONAL_SAMPLE, SIMPLIFIED_SAMPLE)]


def test_a_simplified_query_finds_both_scripts(project, samples) -> None:
    hits = search(project, "毛泽东").hits
    matches = {hit.match for hit in hits}
    assert matches == {"毛泽东", "毛澤東"}
    assert {hit.document_id for hit in hits} == {d.id for d in samples}


def test_a_traditional_query_finds_the_simplified_text(project, samples) -> None:
    simplified = samples[1]
    assert any(hit.document_id == simplified.id for hit in search(project, "斯大林說").hits)


def test_spans_are_code_points_of_the_stored_text(project, write_text) -> None:
    document = import_file(project, write_text("x.txt", "𠮷𪚥毛澤東說。")).document
    [hit] = search(project, "毛泽东").hits
    assert (hit.start, hit.end, hit.document_id) == (2, 5, document.id)
    assert hit.context_before == "𠮷𪚥" and hit.context_after == "說。"


def test_context_stays_on_one_line_and_never_cuts_a_word(project, samples) -> None:
    for hit in search(project, "斯大林").hits:
        assert "\n" not in hit.context_before + hit.context_after
        assert len(hit.context_before) <= 20 and len(hit.context_after) <= 20


def test_regex_search(project, samples) -> None:
    hits = search(project, r"1949年\d+月", regex=True).hits
    assert hits and all(hit.match.startswith("1949年") for hit in hits)


def test_bad_queries_are_clear_errors(project, samples) -> None:
    with pytest.raises(UserError, match="not a valid regular expression"):
        search(project, "(毛", regex=True)
    with pytest.raises(UserError, match="empty"):
        search(project, "")


def test_search_can_be_limited_to_documents(project, samples) -> None:
    hits = search(project, "毛泽东", document_ids=[samples[0].id]).hits
    assert hits and {hit.document_id for hit in hits} == {samples[0].id}


# -- every hit counted, the first ones handed out ------------------------------------------------


@pytest.fixture
def many(project, write_text):
    """Two documents: 7 hits of 毛澤東 after an astral character, then 5 of 毛泽东."""
    first = import_file(project, write_text("a.txt", "𠮷" + "毛澤東說。" * 7)).document
    second = import_file(project, write_text("b.txt", "毛泽东说。" * 5)).document
    return first, second


def test_every_hit_is_counted_though_only_the_first_are_handed_out(project, many) -> None:
    results = search(project, "毛泽东", limit=3)
    assert results.total == 12 and not results.complete
    assert [(h.document_id, h.start) for h in results.hits] == [(many[0].id, 1), (many[0].id, 6),
                                                                (many[0].id, 11)]
    # The limit can fall inside the second document: the rest of it is still counted.
    results = search(project, "毛泽东", limit=9)
    assert results.total == 12 and len(results.hits) == 9
    assert [h.document_id for h in results.hits].count(many[1].id) == 2


def test_without_a_limit_every_hit_comes_with_its_context(project, many) -> None:
    results = search(project, "毛泽东", limit=None)
    assert results.complete and len(results.hits) == results.total == 12
    assert all(h.match in ("毛澤東", "毛泽东") and h.context_after[:1] in ("說", "说") for h in results.hits)


def test_the_spans_of_every_hit_are_those_of_the_full_search(project, many) -> None:
    every = search(project, "毛泽东", limit=None).hits
    spans = search_spans(project, "毛泽东")
    assert spans == [(h.document_id, h.start, h.end) for h in every]
    assert spans[0] == (many[0].id, 1, 4)  # code points: 𠮷 is one, not two
    assert search_spans(project, "毛.东", regex=True, document_ids=[many[1].id]) == [
        (many[1].id, 5 * i, 5 * i + 3) for i in range(5)
    ]


# -- variant characters --------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "stored"), [
    ("爲", "為"), ("衆", "眾"), ("裏", "裡"), ("綫", "線"),  # conversion folds these already
    ("擡", "抬"), ("抬", "擡"), ("敍", "叙"), ("衞", "卫"),  # the variant table folds these
])
def test_a_variant_finds_the_other_form_at_its_offsets(project, write_text, query, stored) -> None:
    text = f"𠮷𪚥他{stored}頭看。{stored}"
    document = import_file(project, write_text("v.txt", text)).document
    results = search(project, query)
    assert [(h.start, h.end, h.match) for h in results.hits] == [(3, 4, stored), (7, 8, stored)]
    assert search_spans(project, f"他{query}頭") == [(document.id, 2, 5)]
    assert search(project, f"{query}頭", regex=True).total == 1


def test_characters_that_differ_are_not_folded_together(project, write_text) -> None:
    import_file(project, write_text("v.txt", "穿着西装。著作等身。"))
    assert [h.match for h in search(project, "着").hits] == ["着"]


# -- a search that is no longer wanted stops ----------------------------------------------------


def test_a_cancelled_search_stops_before_the_next_document(project, write_text) -> None:
    import threading

    from annotator.services.search import SearchCancelled

    for number in range(5):
        import_file(project, write_text(f"{number}.txt", f"第{number}卷：毛泽东说。"))
    cancel = threading.Event()
    searched: list[float] = []

    def progress(share: float) -> None:
        searched.append(share)
        cancel.set()  # superseded while the first document was searched

    with pytest.raises(SearchCancelled):
        search(project, "毛泽东", cancel=cancel, progress=progress)
    assert searched == [1 / 5]  # the four other documents were never searched
    with pytest.raises(SearchCancelled):
        search_spans(project, "毛泽东", cancel=cancel)
    # Not cancelled: every document, each reported once.
    searched.clear()
    results = search(project, "毛泽东", progress=searched.append)
    assert results.total == 5 and searched == [n / 5 for n in range(1, 6)]
