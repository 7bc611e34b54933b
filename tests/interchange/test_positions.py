"""Positions as each producer counts them map exactly onto our stored text (LF, no BOM, code
points), or are reported; never shifted."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.interchange.positions import (
    Reading,
    SourceText,
    Span,
    name_matches,
    names_hold_text,
    place_spans,
)
from tests.interchange.helpers import QUOTES, TEXT, crlf, span, written_position

WRITTEN = "\ufeff" + crlf(TEXT)  # as NVivo, QualCoder and Windows editors write it
READINGS = {"code points": Reading.CODE_POINTS, "crlf as one": Reading.CODE_POINTS_CRLF_AS_ONE,
            "utf-16": Reading.UTF16_UNITS}


def test_the_stored_text_is_the_written_one_normalised() -> None:
    assert SourceText(WRITTEN).text == TEXT


def test_every_reading_places_every_quote_exactly() -> None:
    source = SourceText(WRITTEN)
    for label, reading in READINGS.items():
        for quote in QUOTES:
            start, end = span(quote)
            written = Span(written_position(start, crlf(TEXT), label),
                           written_position(end, crlf(TEXT), label))
            placement = source.place(written, reading)
            assert placement.placed, (label, quote, placement.reason)
            assert TEXT[placement.start:placement.end] == quote, (label, quote)


def test_nvivo_units_read_as_code_points_land_elsewhere() -> None:
    """The readings really differ on this text (so the tests above can fail)."""
    source = SourceText(WRITTEN)
    start, end = span("與斯大林會談。𠮷祥")
    units = Span(written_position(start, crlf(TEXT), "utf-16"), written_position(end, crlf(TEXT), "utf-16"))
    wrong = source.place(units, Reading.CODE_POINTS)
    assert not wrong.placed or TEXT[wrong.start:wrong.end] != "與斯大林會談。𠮷祥"


def test_a_position_inside_a_surrogate_pair_is_not_placed() -> None:
    source = SourceText(WRITTEN)
    start = written_position(span("𠮷祥")[0], crlf(TEXT), "utf-16")
    placement = source.place(Span(start + 1, start + 4), Reading.UTF16_UNITS)
    assert not placement.placed and "do not fall on characters" in placement.reason


def test_a_position_between_cr_and_lf_is_not_placed() -> None:
    source = SourceText("甲乙\r\n丙丁")
    assert source.to_stored(3, Reading.CODE_POINTS) is None
    assert source.to_stored(4, Reading.CODE_POINTS) == 3  # after the line end: 丙
    assert not source.place(Span(0, 3), Reading.CODE_POINTS).placed


def test_positions_past_the_end_or_empty_are_not_placed() -> None:
    source = SourceText("甲乙丙")
    assert not source.place(Span(1, 4), Reading.CODE_POINTS).placed
    assert not source.place(Span(-1, 2), Reading.CODE_POINTS).placed
    assert "empty" in source.place(Span(2, 2), Reading.CODE_POINTS).reason


def test_a_lone_cr_counts_as_one_line_end_in_every_reading() -> None:
    source = SourceText("甲\r乙")
    for reading in Reading:
        assert source.text[source.place(Span(2, 3), reading).start] == "乙"


def test_names_match_the_text_whole_or_its_start() -> None:
    assert name_matches("毛澤東", "毛澤東")
    assert name_matches("與斯大林\r\n會談", "與斯大林\n會談")  # line ends as written
    assert name_matches("於一九四九年...", "於一九四九年十二月")  # MAXQDA's truncation
    assert name_matches("於一九四九年十二月訪問", "於一九四九年十二月訪問莫斯科")  # long start
    assert not name_matches("毛澤", "毛澤東")  # too short to be a start by chance
    assert not name_matches("", "毛澤東") and not name_matches("Reference 1", "毛澤東")


def _placed(spans: list[Span], written: str, default: Reading):
    source = SourceText(written)
    check = names_hold_text([(source, spans)])
    result = place_spans(source, spans, default, check, "doc")
    return source, check, result


def test_names_overrule_the_producers_reading_for_the_whole_source() -> None:
    """QualCoder writing CRLF "for MAXQDA" keeps positions of the LF text: its names say so."""
    spans = [Span(*span(quote), quote) for quote in QUOTES]
    source, check, result = _placed(spans, crlf(TEXT), Reading.CODE_POINTS)
    assert check and result.reading is Reading.CODE_POINTS_CRLF_AS_ONE
    assert [source.text[p.start:p.end] for p in result.placements] == list(QUOTES)
    assert any("read as code points with CRLF as one" in warning for warning in result.warnings)


def test_a_selection_whose_name_agrees_with_no_reading_is_reported() -> None:
    spans = [Span(*span(quote), quote) for quote in QUOTES]
    start, end = span("毛澤東")
    spans.append(Span(start + 1, end + 1, "毛澤東"))  # shifted by one: no reading puts it there
    source, check, result = _placed(spans, TEXT, Reading.CODE_POINTS)
    assert [p.placed for p in result.placements] == [True] * len(QUOTES) + [False]
    assert "name does not match" in result.placements[-1].reason


def test_one_selection_in_another_reading_is_placed_with_a_warning() -> None:
    spans = [Span(*span(quote), quote) for quote in QUOTES]
    start, end = span("與斯大林會談。𠮷祥")
    units = (written_position(start, TEXT, "utf-16"), written_position(end, TEXT, "utf-16"))
    spans.append(Span(*units, "與斯大林會談。𠮷祥"))
    source, check, result = _placed(spans, TEXT, Reading.CODE_POINTS)
    last = result.placements[-1]
    assert last.placed and last.reading is Reading.UTF16_UNITS
    assert source.text[last.start:last.end] == "與斯大林會談。𠮷祥"
    assert any("1 selection placed by another reading" in w for w in result.warnings)


def test_labels_for_names_leave_the_producers_reading_alone() -> None:
    """Names that are labels ("Reference 1", NVivo) hold no text: positions are trusted."""
    start, end = (written_position(p, crlf(TEXT), "utf-16") for p in span("𠮷祥"))
    spans = [Span(start, end, "Reference 1")]
    source, check, result = _placed(spans, crlf(TEXT), Reading.UTF16_UNITS)
    assert not check
    assert source.text[result.placements[0].start:result.placements[0].end] == "𠮷祥"


ALPHABET = st.sampled_from(["毛", "a", " ", "𠮷", "𪚥", "\n", "\r\n", "\r", "澤"])


@given(st.lists(ALPHABET, min_size=1, max_size=40))
def test_every_reading_round_trips_every_character_boundary(pieces: list[str]) -> None:
    """For any text, a boundary between characters (not inside a CRLF) written in any reading
    maps back to the same stored position."""
    written = "".join(pieces)
    source = SourceText(written)
    # Counted independently: the stored position is the length of the normalised prefix.
    prefix = ""
    for piece in [""] + pieces:
        prefix += piece
        stored = len(prefix.replace("\r\n", "\n").replace("\r", "\n"))
        if prefix.endswith("\r") and written[len(prefix):].startswith("\n"):
            continue  # between the CR and LF of a line end
        units = {
            Reading.CODE_POINTS: len(prefix),
            Reading.UTF16_UNITS: len(prefix.encode("utf-16-le")) // 2,
            Reading.CODE_POINTS_CRLF_AS_ONE: stored,
        }
        for reading, position in units.items():
            assert source.to_stored(position, reading) == stored, (written, prefix, reading)
