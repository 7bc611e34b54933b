"""The timeline's data: every date of every document, normalised, and the coded passages that
contain a date or stand near one, with their codes and colours."""

from __future__ import annotations

from datetime import date

import pytest

from annotator.domain import TimelineDate
from annotator.services import annotations, entities
from annotator.services.imports import import_file
from annotator.services.timeline import timeline

TEXT = ("1949年12月16日，毛泽东抵达莫斯科。斯大林在车站迎接。他们谈了很久。\n"
        "1950年2月14日，条约签字；毛泽东很满意。2月17日毛泽东离开莫斯科。\n"
        "光緒二十六年，義和團進京。\n"
        "某月某日，無事。1949年12月16日到達1949年12月18日")
OTHER = "𠮷𪚥1945年8月，抗戰勝利。"


@pytest.fixture
def document(project, write_text) -> int:
    return import_file(project, write_text("dates.txt", TEXT)).document.id


def tag(project, document: int, text: str, code: str = "negotiation", occurrence: int = 0):
    start = TEXT.index(text)
    for _ in range(occurrence):
        start = TEXT.index(text, start + 1)
    return annotations.tag(project, document, start, start + len(text), code)


def dated(project) -> dict[str, tuple[tuple[str | None, ...], bool]]:
    return {d.passage.text: (tuple(x.normalized for x in d.dates), d.near)
            for d in timeline(project).passages}


def test_every_date_of_every_document_with_its_normal_form_and_precision(
    project, document, write_text
) -> None:
    other = import_file(project, write_text("other.txt", OTHER)).document.id
    found = timeline(project).dates
    assert [(d.document_id, d.start, d.end, d.text, d.normalized, d.precision, d.calendar)
            for d in found] == [
        (document, 0, 11, "1949年12月16日", "1949-12-16", "day", "gregorian"),
        (document, 38, 48, "1950年2月14日", "1950-02-14", "day", "gregorian"),
        (document, 61, 66, "2月17日", None, "day", "gregorian"),  # no year within reach
        (document, 76, 82, "光緒二十六年", "1900", "year", "lunar"),
        (document, 98, 109, "1949年12月16日", "1949-12-16", "day", "gregorian"),
        (document, 111, 122, "1949年12月18日", "1949-12-18", "day", "gregorian"),
        (other, 2, 9, "1945年8月", "1945-08", "month", "gregorian"),
    ]
    assert found[3].era == "光緒" and found[-1].document == "other"
    assert [d.document_id for d in timeline(project, [other]).dates] == [other]


def test_a_passage_is_dated_by_the_dates_inside_it(project, document) -> None:
    passage = tag(project, document, "1950年2月14日，条约签字")
    across = tag(project, document, "12月16日到達1949年", "security")
    [first, second] = timeline(project).passages
    assert (first.passage, first.dates[0].normalized, first.near) == (passage, "1950-02-14", False)
    assert first.passage.code == "negotiation" and first.passage.color.startswith("#")
    # A date partly inside counts; both are kept, in order.
    assert second.passage == across and second.passage.code == "security"
    assert [d.normalized for d in second.dates] == ["1949-12-16", "1949-12-18"]


def test_a_passage_without_a_date_takes_the_nearest_in_its_sentence_or_the_one_before(
    project, document
) -> None:
    tag(project, document, "毛泽东抵达莫斯科")  # its own sentence
    tag(project, document, "斯大林在车站迎接")  # the sentence before
    tag(project, document, "他们谈了很久")  # two sentences on: not dated
    tag(project, document, "毛泽东很满意")  # the sentence before; 2月17日 after it has no year
    tag(project, document, "毛泽东离开莫斯科")  # beside 2月17日 alone, which has no year
    tag(project, document, "義和團進京")
    tag(project, document, "到達")  # as near the date before as the one after: the one before
    assert dated(project) == {
        "毛泽东抵达莫斯科": (("1949-12-16",), True),
        "斯大林在车站迎接": (("1949-12-16",), True),
        "毛泽东很满意": (("1950-02-14",), True),
        "義和團進京": (("1900",), True),
        "到達": (("1949-12-16",), True),
    }
    near = next(d for d in timeline(project).passages if d.passage.text == "到達")
    assert near.dates[0].start == 98  # the second 1949年12月16日, in the passage's own sentence


def test_corrected_dates_are_left_out(project, document) -> None:
    tag(project, document, "毛泽东抵达莫斯科")
    entities.reject_entity(project, "1949年12月16日")
    assert all(d.text != "1949年12月16日" for d in timeline(project).dates)
    assert dated(project) == {}
    entities.set_entity_kind(project, "光緒二十六年", "title")
    entities.reject_mention(project, document, 111, 122)
    entities.add_entity(project, document, 44, 50, "organization")  # over 14日 of 1950年2月14日
    assert [d.text for d in timeline(project).dates] == ["2月17日"]


@pytest.mark.parametrize(("normalized", "precision", "first", "last"), [
    ("1949-12-16", "day", date(1949, 12, 16), date(1949, 12, 16)),
    ("1950-02", "month", date(1950, 2, 1), date(1950, 2, 28)),
    ("1949-12", "month", date(1949, 12, 1), date(1949, 12, 31)),
    ("1900", "year", date(1900, 1, 1), date(1900, 12, 31)),
    (None, "day", None, None),
])
def test_a_date_covers_the_days_of_its_precision(normalized, precision, first, last) -> None:
    mention = TimelineDate(1, "d", 0, 1, "x", normalized, precision, "gregorian")
    assert (mention.first_day, mention.last_day) == (first, last)
