"""QDA-XML values as producers write them (GUIDs in braces, short colours, times in any zone)
and as we write them (one fixed form)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest

from annotator.interchange.values import format_datetime, parse_boolean, parse_colour, parse_datetime, parse_guid

G = uuid.UUID("6f9619ff-8b86-d011-b42d-00c04fc964ff")


@pytest.mark.parametrize("written", [
    "6f9619ff-8b86-d011-b42d-00c04fc964ff", "6F9619FF-8B86-D011-B42D-00C04FC964FF",
    "{6F9619FF-8B86-D011-B42D-00C04FC964FF}", " {6f9619ff-8b86-d011-b42d-00c04fc964ff} ",
])
def test_guids_in_any_case_with_or_without_braces(written: str) -> None:
    assert parse_guid(written) == G


@pytest.mark.parametrize("written", [
    "", "1234", "{6f9619ff-8b86-d011-b42d-00c04fc964ff", "6f9619ff8b86d011b42d00c04fc964ff",
    "6f9619ff-8b86d-011-b42d-00c04fc964ff", "6f9619ff-8b86-d011-b42d-00c04fc964fg",
])
def test_what_is_no_guid(written: str) -> None:
    assert parse_guid(written) is None


def test_colours() -> None:
    assert parse_colour("#cc79a7") == "#CC79A7" and parse_colour("#F00") == "#FF0000"
    assert parse_colour("red") is None and parse_colour("#12345") is None and parse_colour("CC79A7") is None


def test_booleans() -> None:
    assert [parse_boolean(v) for v in ("true", " false ", "1", "0", "yes")] == [True, False, True, False, None]


def test_times_keep_their_moment_and_say_whether_they_had_a_zone() -> None:
    moment = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    assert parse_datetime("2024-03-01T09:30:00Z") == (moment, True)
    assert parse_datetime("2024-03-01T17:30:00+08:00")[0] == moment
    assert parse_datetime("2024-03-01T09:30:00") == (moment, False)
    assert parse_datetime("yesterday") == (None, False)


def test_times_are_written_in_utc_with_microseconds_only_when_there_are_some() -> None:
    china = timezone(timedelta(hours=8))
    assert format_datetime(datetime(2024, 3, 1, 17, 30, tzinfo=china)) == "2024-03-01T09:30:00Z"
    assert format_datetime(datetime(2024, 3, 1, 9, 30, 0, 5, tzinfo=UTC)) == "2024-03-01T09:30:00.000005Z"
    with pytest.raises(ValueError):
        format_datetime(datetime(2024, 3, 1))
