"""Parallel passages in a project: the index stored at import, built for documents without
one, the retellings between the two sample texts found at their hand-checked spans, and two
passages compared at stored offsets."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, update

from annotator.errors import UserError
from annotator.project import Project
from annotator.services import parallels
from annotator.services.documents import delete_document, document_text
from annotator.services.imports import import_file
from annotator.text.script import fold
from db.models import Change, ParallelIndex
from tests.conftest import SIMPLIFIED_SAMPLE, TRADITIONAL_SAMPLE
from tests.text.test_parallels import SAMPLE_PARALLELS, SIMPLIFIED, TRADITIONAL, stored_samples


@pytest.fixture
def samples(project: Project) -> dict[int, int]:
    """The two samples imported: the pure tests' ids (1 traditional, 2 simplified) to the
    project's."""
    return {TRADITIONAL: import_file(project, TRADITIONAL_SAMPLE).document.id,
            SIMPLIFIED: import_file(project, SIMPLIFIED_SAMPLE).document.id}


def _query(case, samples: dict[int, int]) -> tuple[int, int, int]:
    start = stored_samples()[case.source].index(case.query)
    return samples[case.source], start, start + len(case.query)


def test_the_imported_samples_are_the_texts_the_spans_were_checked_on(project, samples) -> None:
    for pure_id, text in stored_samples().items():
        assert document_text(project, samples[pure_id]) == text


def test_every_retelling_between_the_samples_is_found_first_at_its_checked_span(
    project, samples
) -> None:
    for case in SAMPLE_PARALLELS:
        document_id, start, end = _query(case, samples)
        found = parallels.find_parallels(project, document_id, start, end)
        best = found[0]
        target = samples[SIMPLIFIED if case.source == TRADITIONAL else TRADITIONAL]
        assert (best.document_id, best.start, best.end) == (target, case.start, case.end), case.name
        assert best.text == case.counterpart
        assert best.document == ("mao-visit-moscow-ding-ming-traditional" if target == samples[TRADITIONAL]
                                 else "mao-visit-moscow-presegmented-simplified")
        assert [r.score for r in found] == sorted((r.score for r in found), reverse=True)
        # Never the query itself.
        assert not any(r.document_id == document_id and r.start < end and start < r.end for r in found)


def test_a_copy_elsewhere_in_the_query_s_own_document_is_found(project, write_text) -> None:
    sentence = "周恩來對蘇方說,兩國的條約應當寫明互助二字。"
    text = "𠮷𪚥毛澤東到達莫斯科。\n" + sentence + "\n斯大林沒有回答。\n" + sentence + "\n"
    document = import_file(project, write_text("copy.txt", text)).document
    first = text.index(sentence)
    second = text.index(sentence, first + 1)
    [found] = parallels.find_parallels(project, document.id, first, first + len(sentence))
    assert (found.document_id, found.start, found.score) == (document.id, second, 1.0)
    assert found.text.rstrip("\n") == sentence


def test_the_search_can_be_limited_to_some_documents(project, samples) -> None:
    case = SAMPLE_PARALLELS[0]
    document_id, start, end = _query(case, samples)
    assert parallels.find_parallels(project, document_id, start, end,
                                    document_ids=[document_id]) == []
    assert parallels.find_parallels(project, document_id, start, end, limit=1)[0].start == case.start


def test_documents_without_an_index_get_one_when_parallels_are_first_asked_for(
    project, samples
) -> None:
    # As a project upgraded to schema 0004: its documents have no index yet.
    with project.write() as session:
        stored = {row.document_id: row.data for row in session.scalars(select(ParallelIndex))}
        session.execute(delete(ParallelIndex))
    assert set(stored) == set(samples.values())
    case = SAMPLE_PARALLELS[1]
    document_id, start, end = _query(case, samples)
    best = parallels.find_parallels(project, document_id, start, end)[0]
    assert (best.start, best.end) == (case.start, case.end)
    with project.read() as session:
        rebuilt = {row.document_id: (row.format, row.data) for row in session.scalars(select(ParallelIndex))}
        logged = session.scalars(select(Change.entity_id).where(Change.kind == "index",
                                                                Change.action == "added")).all()
    assert rebuilt == {key: (parallels.index_format(), data) for key, data in stored.items()}
    assert sorted(set(logged)) == sorted(samples.values())
    assert parallels.ensure_indexes(project) == []  # nothing left to build


def test_preloading_leaves_a_query_nothing_to_build_or_load(project, samples, monkeypatch) -> None:
    with project.write() as session:
        session.execute(delete(ParallelIndex).where(ParallelIndex.document_id == samples[SIMPLIFIED]))
    assert parallels.preload(project) == 2
    loads = []
    monkeypatch.setattr(parallels.ShingleIndex, "from_bytes", lambda blob: loads.append(blob))
    case = SAMPLE_PARALLELS[0]
    document_id, start, end = _query(case, samples)
    assert parallels.find_parallels(project, document_id, start, end)[0].start == case.start
    assert loads == []


def test_an_index_of_another_format_is_rebuilt(project, samples) -> None:
    with project.write() as session:
        session.execute(update(ParallelIndex).values(format="0/old", data=b"not an index"))
    assert parallels.ensure_indexes(project) == sorted(samples.values())
    case = SAMPLE_PARALLELS[6]
    document_id, start, end = _query(case, samples)
    assert parallels.find_parallels(project, document_id, start, end)[0].start == case.start


def test_a_deleted_document_and_its_index_are_gone_from_the_results(project, samples) -> None:
    case = SAMPLE_PARALLELS[0]
    document_id, start, end = _query(case, samples)
    assert parallels.find_parallels(project, document_id, start, end)  # loads both indexes
    delete_document(project, samples[TRADITIONAL])
    assert parallels.find_parallels(project, document_id, start, end) == []
    with project.read() as session:
        assert session.scalars(select(ParallelIndex.document_id)).all() == [document_id]


def test_bad_ranges_and_limits_are_clear_errors(project, samples) -> None:
    length = len(stored_samples()[TRADITIONAL])
    for start, end in [(5, 5), (10, 3), (0, length + 1)]:
        with pytest.raises(UserError, match="not inside"):
            parallels.find_parallels(project, samples[TRADITIONAL], start, end)
    with pytest.raises(UserError, match="at least 1"):
        parallels.find_parallels(project, samples[TRADITIONAL], 0, 10, limit=0)
    with pytest.raises(UserError, match="no document"):
        parallels.find_parallels(project, 999, 0, 10)


# -- comparing two passages --------------------------------------------------------------------


def test_a_comparison_marks_what_differs_at_stored_offsets_of_each_document(project, samples) -> None:
    simplified, traditional = samples[SIMPLIFIED], samples[TRADITIONAL]
    comparison = parallels.compare(project, (simplified, 637, 661), (traditional, 162, 185))
    a, b = comparison.a, comparison.b
    assert a.text == "1949年7月，刘少奇率领中共代表团访问莫斯科。"
    assert b.text == "1949年6月,劉少奇率領中共代表團秘密訪蘇。"
    marked = [(s.kind, document_text(project, simplified)[s.a_start:s.a_end],
               document_text(project, traditional)[s.b_start:s.b_end]) for s in comparison.segments]
    # The scripts differ, the characters do not: 劉少奇率領 is 刘少奇率领; ， and , are one.
    assert marked == [
        ("equal", "1949年", "1949年"), ("replaced", "7", "6"),
        ("equal", "月，刘少奇率领中共代表团", "月,劉少奇率領中共代表團"), ("inserted", "", "秘密"),
        ("equal", "访", "訪"), ("replaced", "问莫斯科", "蘇"), ("equal", "。", "。"),
    ]
    # The segments cover both passages, in order.
    assert comparison.segments[0].a_start == 637 and comparison.segments[-1].a_end == 661
    assert comparison.segments[0].b_start == 162 and comparison.segments[-1].b_end == 185


def test_comparing_counts_characters_beyond_the_bmp_as_one(project, write_text) -> None:
    first = import_file(project, write_text("a.txt", "𠮷𪚥前言。毛澤東到達莫斯科。")).document
    second = import_file(project, write_text("b.txt", "毛泽东抵达莫斯科。")).document
    start = document_text(project, first.id).index("毛")
    comparison = parallels.compare(project, (first.id, start, start + 9), (second.id, 0, 9))
    differing = [(s.a_start, s.a_end, s.b_start, s.b_end) for s in comparison.segments
                 if s.kind != "equal"]
    assert differing == [(start + 3, start + 4, 3, 4)]  # 到 and 抵
    assert document_text(project, first.id)[start + 3] == "到"


def test_ignoring_punctuation_leaves_it_unmarked(project, samples) -> None:
    simplified, traditional = samples[SIMPLIFIED], samples[TRADITIONAL]
    comparison = parallels.compare(project, (simplified, 637, 661), (traditional, 162, 185),
                                   ignore_punctuation=True)
    assert all(fold(document_text(project, simplified)[s.a_start:s.a_end]) != "，"
               for s in comparison.segments if s.kind != "equal")


def test_too_long_a_comparison_is_refused(project, write_text) -> None:
    document = import_file(project, write_text("long.txt", "毛澤東。" * 6000)).document
    with pytest.raises(UserError, match="too many to compare"):
        parallels.compare(project, (document.id, 0, 24_000), (document.id, 0, 10))


# -- on both dialects --------------------------------------------------------------------------


def test_the_index_is_stored_with_the_document_and_found_on_either_storage(
    location: str, write_text
) -> None:
    traditional = "1949年6月,劉少奇率領中共代表團秘密訪蘇。斯大林表示贊同。\n"
    simplified = "会谈很顺利。1949年7月，刘少奇率领中共代表团访问莫斯科。\n"
    with Project(location) as project:
        first = import_file(project, write_text("t.txt", traditional)).document
        second = import_file(project, write_text("s.txt", simplified)).document
        with project.read() as session:
            formats = dict(session.execute(select(ParallelIndex.document_id, ParallelIndex.format)).all())
        assert formats == {first.id: parallels.index_format(), second.id: parallels.index_format()}
        start = simplified.index("1949")
        [best] = parallels.find_parallels(project, second.id, start, simplified.index("\n") + 1)
        assert (best.document_id, best.start) == (first.id, 0)
        assert best.text == "1949年6月,劉少奇率領中共代表團秘密訪蘇。"
        # Built again on first use when missing, on either storage.
        with project.write() as session:
            session.execute(delete(ParallelIndex))
        assert parallels.ensure_indexes(project) == [first.id, second.id]
        segments = parallels.compare(project, (second.id, start, start + 24), (first.id, 0, 23)).segments
        assert [s.kind for s in segments if s.kind != "equal"] == ["replaced", "inserted", "replaced"]
