"""Segment boundaries: sentences, compact storage, and snapping selections to segments.

A segmentation is a sorted list of code-point offsets that starts with 0 and ends with the
text's length; segment i is ``text[b[i]:b[i + 1]]``. Word and sentence segmentations share
this form, so the same helpers snap a selection to words or to sentences.
"""

import bisect
import re
import sys
from array import array
from collections.abc import Sequence

from annotator.text.errors import TextError

# Sentence-final punctuation, full- and half-width (the traditional sample uses "!?;"),
# then any closing quotes or brackets, then the line break(s) if the line ends there.
_ENDERS = "。！？；!?;…"
_CLOSERS = "”’」』）》)]"
_BLANK = r"[ \t\u3000]*"
_LINE_ENDS = rf"\n(?:{_BLANK}\n)*"  # a line break plus any blank lines after it
_RE_SENTENCE_END = re.compile(
    rf"[{_ENDERS}]+[{re.escape(_CLOSERS)}]*(?:{_BLANK}{_LINE_ENDS})?|{_LINE_ENDS}"
)

# Boundaries are stored as little-endian unsigned 32-bit integers (a text has at most some
# twenty million characters: imports.MAX_FILE_BYTES), packed in arrays of this type.
BOUNDARY_TYPECODE = next(code for code in "IL" if array(code).itemsize == 4)


def sentence_boundaries(text: str) -> list[int]:
    """Offsets where sentences start, plus 0 and len(text).

    A sentence ends after 。！？；…… (and ! ? ;) with the quotes or brackets closing on it,
    and at every line break; the line break, and any blank lines after it, belong to the
    sentence they end.
    """
    boundaries = [0]
    for match in _RE_SENTENCE_END.finditer(text):
        if match.end() > boundaries[-1]:
            boundaries.append(match.end())
    if boundaries[-1] != len(text):
        boundaries.append(len(text))
    return boundaries


def encode_boundaries(offsets: Sequence[int]) -> bytes:
    """Pack offsets as little-endian uint32 (4 bytes each) for storage."""
    # Already packed (Segmenter.segment_packed): no pass over them in Python.
    packed = offsets if isinstance(offsets, array) and offsets.typecode == BOUNDARY_TYPECODE \
        and sys.byteorder == "little" else array(BOUNDARY_TYPECODE, offsets)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tobytes()


def decode_boundaries(blob: bytes) -> "array[int]":
    """Unpack what encode_boundaries stored."""
    if len(blob) % 4:
        raise TextError("text.boundaries.stored_boundaries_damaged_bytes_not", size=len(blob))
    offsets = array(BOUNDARY_TYPECODE)
    offsets.frombytes(blob)
    if sys.byteorder == "big":
        offsets.byteswap()
    return offsets


def snap_range(boundaries: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) outward to segment boundaries.

    An empty range at p becomes the segment containing p; positions outside the text are
    clamped to it.
    """
    if start > end:
        raise ValueError(f"range start {start} is after its end {end}")
    first, last = boundaries[0], boundaries[-1]
    start, end = min(max(start, first), last), min(max(end, first), last)
    if start == end:
        return segment_at(boundaries, start)
    snapped_start = boundaries[bisect.bisect_right(boundaries, start) - 1]
    snapped_end = boundaries[bisect.bisect_left(boundaries, end)]
    return snapped_start, snapped_end


def segment_at(boundaries: Sequence[int], offset: int) -> tuple[int, int]:
    """The segment [start, end) containing ``offset``; the end of the text is in the last."""
    if len(boundaries) < 2:
        return boundaries[0], boundaries[0]
    index = bisect.bisect_right(boundaries, offset) - 1
    index = min(max(index, 0), len(boundaries) - 2)
    return boundaries[index], boundaries[index + 1]
