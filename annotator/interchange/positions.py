"""Placing selections from other programs exactly on our stored text.

The standard (section 10.2) counts positions in Unicode code points from 0, end exclusive, over
the source's plain text. Not every producer does:

- NVivo counts UTF-16 code units over the `.txt` as written: a character outside the BMP (𠮷)
  counts two, CRLF counts two, a byte-order mark not at all;
- ATLAS.ti counts a CRLF line end as one (as QualCoder's importer knows);
- MAXQDA, QualCoder, Taguette and this app count code points, CRLF as two (as written).

Our stored text is the file's text normalised (BOM dropped, CRLF and CR made LF), so each
reading maps a position onto it differently. The reading is chosen by the file's origin and
checked against the selections' names where the producer writes the selected text there: when
the names agree with another reading, that one is used (with a warning); a selection that no
reading places where its name says, or whose positions fall inside a character or a line end,
is reported and never shifted to somewhere near.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from annotator.text.normalize import normalize_text
from annotator.text.utf16 import Utf16Offsets


class Reading(Enum):
    """How a producer counts positions over the text as written."""

    CODE_POINTS = "code points"
    CODE_POINTS_CRLF_AS_ONE = "code points with CRLF as one"
    UTF16_UNITS = "UTF-16 code units"


# Tried in this order after the producer's own reading.
_ALL_READINGS = (Reading.CODE_POINTS, Reading.UTF16_UNITS, Reading.CODE_POINTS_CRLF_AS_ONE)

# A name at least this long that starts the selected text is taken as that text, truncated
# (short names could start many texts by chance).
_MIN_PREFIX = 8
_RE_SPACE = re.compile(r"\s+")
_ELLIPSES = ("...", "…")
_RE_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Enough named selections to judge a file's or a source's habit; a large project is not checked
# three times over for that.
_SAMPLE = 500


@dataclass(frozen=True, slots=True)
class Span:
    """A selection as written: positions in the producer's units and its name."""

    start: int
    end: int
    name: str = ""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a selection lies in the stored text, or why it cannot be placed (`reason`).
    `reading` is the reading that placed it, when it is not the one chosen for its source."""

    start: int = 0
    end: int = 0
    reason: str | None = None
    reading: Reading | None = None

    @property
    def placed(self) -> bool:
        return self.reason is None


class SourceText:
    """A source's text as written in the archive, and the maps from each reading's positions
    to code points of its normalised form (the stored text)."""

    def __init__(self, written: str) -> None:
        if written.startswith("\ufeff"):  # not counted by anyone
            written = written[1:]
        self.written = written
        self.text = normalize_text(written)
        # Raw positions of the CR of each CRLF: the position after it has no image in LF text.
        self._crlf = [m.start() for m in re.finditer("\r\n", written)] if "\r" in written else []
        self._utf16 = Utf16Offsets(written)

    @property
    def readings_agree(self) -> bool:
        """Whether every reading gives the same positions (no CRLF, nothing outside the BMP)."""
        return not self._crlf and self._utf16.is_identity

    def to_stored(self, position: int, reading: Reading) -> int | None:
        """The code-point position in the stored text, or None when the position is outside
        the text or falls inside a character (a surrogate pair) or inside a CRLF."""
        if position < 0:
            return None
        if reading is Reading.CODE_POINTS_CRLF_AS_ONE:
            # Code points with CRLF as one are code points of the normalised text.
            return position if position <= len(self.text) else None
        raw = position
        if reading is Reading.UTF16_UNITS:
            if position > self._utf16.units:
                return None
            raw = self._utf16.to_code_point(position)
            if self._utf16.to_units(raw) != position:
                return None
        if raw > len(self.written):
            return None
        crlf_before = bisect_left(self._crlf, raw)
        if crlf_before and self._crlf[crlf_before - 1] == raw - 1:
            return None
        return raw - crlf_before

    def place(self, span: Span, reading: Reading) -> Placement:
        """The span under one reading, unchecked against its name."""
        start, end = self.to_stored(span.start, reading), self.to_stored(span.end, reading)
        if start is None or end is None:
            return Placement(reason=f"its positions {span.start}–{span.end} do not fall on "
                                    f"characters of the text when read as {reading.value}")
        if start >= end:
            return Placement(reason=f"it is empty (positions {span.start}–{span.end})")
        return Placement(start, end)


def _comparable(value: str) -> str:
    return _RE_SPACE.sub(" ", _RE_NOT_XML.sub("\ufffd", value)).strip()


def name_matches(name: str, selected: str) -> bool:
    """Whether a selection's name is the selected text: equal up to white space, or its start
    (ending in an ellipsis, or long enough not to match by chance)."""
    if name == selected:
        return bool(name.strip())
    wanted, got = _comparable(name), _comparable(selected)
    if not wanted:
        return False
    if wanted == got:
        return True
    for ellipsis in _ELLIPSES:
        if wanted.endswith(ellipsis):
            stem = wanted[: -len(ellipsis)].rstrip()
            return bool(stem) and got.startswith(stem)
    return len(wanted) >= _MIN_PREFIX and got.startswith(wanted)


def _matches(text: SourceText, span: Span, reading: Reading) -> bool:
    placement = text.place(span, reading)
    return placement.placed and name_matches(span.name, text.text[placement.start:placement.end])


def names_hold_text(texts_and_spans: Sequence[tuple[SourceText, Sequence[Span]]]) -> bool:
    """Whether this file's producer writes the selected text in selection names: at least half
    of the named selections match the text under some reading."""
    named = matched = 0
    for text, spans in texts_and_spans:
        readings = _ALL_READINGS[:1] if text.readings_agree else _ALL_READINGS
        for span in spans:
            if not span.name.strip():
                continue
            named += 1
            matched += any(_matches(text, span, reading) for reading in readings)
            if named >= _SAMPLE:
                return 2 * matched >= named
    return named > 0 and 2 * matched >= named


@dataclass(frozen=True)
class SourcePlacements:
    """The placement of each span of a source, the reading used for the source, and warnings."""

    placements: tuple[Placement, ...]
    reading: Reading
    warnings: tuple[str, ...]


def place_spans(
    text: SourceText, spans: Sequence[Span], default: Reading, check_names: bool, label: str
) -> SourcePlacements:
    """Place a source's spans: by `default` (the producer's reading), unless the names (when
    `check_names`) agree more often with another reading; each span whose name disagrees is
    placed by a reading that agrees, or reported."""
    if text.readings_agree or not spans:
        chosen = default
    elif check_names:
        named = [span for span in spans if span.name.strip()][:_SAMPLE]
        votes = Counter(
            reading for span in named for reading in _ALL_READINGS if _matches(text, span, reading)
        )
        chosen = max(_ALL_READINGS, key=lambda r: (votes[r], r is default))
    else:
        chosen = default
    warnings: list[str] = []
    if chosen is not default:
        warnings.append(f"{label}: positions read as {chosen.value}, not {default.value} as its "
                        "producer usually writes them: the selections' names agree with that")
    placements = [_place_one(text, span, chosen, check_names) for span in spans]
    moved = sum(1 for placement in placements if placement.reading is not None)
    if moved:
        warnings.append(f"{label}: {moved} selection{'s' if moved != 1 else ''} placed by another "
                        "reading of their positions, where their names are")
    return SourcePlacements(tuple(placements), chosen, tuple(warnings))


def _place_one(text: SourceText, span: Span, chosen: Reading, check_names: bool) -> Placement:
    placement = text.place(span, chosen)
    if not check_names or not span.name.strip():
        return placement
    if placement.placed and name_matches(span.name, text.text[placement.start:placement.end]):
        return placement
    for reading in _ALL_READINGS:
        if reading is not chosen and _matches(text, span, reading):
            other = text.place(span, reading)
            return Placement(other.start, other.end, reading=reading)
    if not placement.placed:
        return placement
    return Placement(reason=f"its name does not match the text at positions "
                            f"{span.start}–{span.end} in any reading of them")
