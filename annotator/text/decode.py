"""Turn the bytes of an imported file into text, detecting the encoding when none is given.

Chinese texts arrive as UTF-8, UTF-16, GB18030/GBK or Big5 (sometimes Big5-HKSCS). Decoding
is always strict: a byte that does not belong is an error the user hears about, never a
silent replacement character in a document they will quote from.

Detection: a byte-order mark decides; NUL bytes mean UTF-16 or a binary file; otherwise every
supported encoding that decodes the bytes is scored by plausibility (common characters
versus noise) and the best wins. GB18030 accepts nearly any byte string, so "it decoded" on
its own proves nothing.
"""

import codecs
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from annotator.text.errors import DecodeError
from annotator.text.plausibility import control_share, plausibility

SUPPORTED_ENCODINGS: tuple[str, ...] = (
    "utf-8",
    "utf-16-le",
    "utf-16-be",
    "gb18030",
    "big5",
    "cp950",
    "big5hkscs",
)

# Legacy encodings tried when the bytes are not UTF-8; on equal scores the earlier one wins
# (plain Big5 before its Microsoft and Hong Kong supersets).
_BIG5_FAMILY = ("big5", "cp950", "big5hkscs")
_LEGACY_CANDIDATES = ("gb18030", *_BIG5_FAMILY)

# Python codec names of the aliases users and other programs write, mapped to what we report.
# GBK and GB2312 are subsets of GB18030, so decoding them as GB18030 gives the same text.
_CANONICAL = {
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8",
    "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be",
    "gb18030": "gb18030",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "big5": "big5",
    "cp950": "cp950",
    "big5hkscs": "big5hkscs",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# With this many non-ASCII bytes a valid UTF-8 decoding is not a coincidence: GB18030 or
# Big5 text that happens to be valid UTF-8 is only plausible for a handful of characters.
_UTF8_CERTAIN_BYTES = 8
# Real text has almost no control characters; binary data decoded as text has plenty.
_MAX_CONTROL_SHARE = 0.02
# How much more plausible the text before a decoding error must read than the same bytes in
# the best successful decoding for the file to count as damaged rather than misdetected.
_BROKEN_MARGIN = 0.15
# ASCII-only bytes read as UTF-16 must make very good sense to be believed.
_MIN_BOMLESS_UTF16_PLAUSIBILITY = 0.75
# Below this even the best decoding is noise rather than text.
_MIN_PLAUSIBILITY = 0.2


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from bytes, and the encoding (a name from SUPPORTED_ENCODINGS) it was in."""

    text: str
    encoding: str


@dataclass(frozen=True)
class _Candidate:
    """A successful decoding and its plausibility score."""

    encoding: str
    text: str
    score: float


def canonical_encoding(name: str) -> str:
    """The supported encoding that ``name`` (any alias: "GBK", "UTF8", "Big5-HKSCS") means."""
    try:
        python_name = codecs.lookup(name.strip()).name
    except LookupError:
        raise DecodeError("text.decode.unknown_encoding", name=name) from None
    try:
        return _CANONICAL[python_name]
    except KeyError:
        supported = ", ".join(SUPPORTED_ENCODINGS)
        raise DecodeError(
            "text.decode.encoding_not_supported_supported", name=name, supported=supported
        ) from None


def decode_bytes(
    data: bytes, *, encoding: str | None = None, source: str = "input"
) -> DecodedText:
    """Decode ``data`` strictly, in ``encoding`` if given, else in the detected encoding.

    Raises DecodeError (naming ``source``) for empty, binary, truncated or undecodable input.
    """
    if not data:
        raise DecodeError("text.decode.empty", source=source)
    if encoding is not None:
        return _decode_as(data, canonical_encoding(encoding), source)
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, bom_encoding, source)
    if b"\x00" in data:
        return _decode_with_nuls(data, source)
    return _detect(data, source)


def read_text_file(path: str | os.PathLike[str], *, encoding: str | None = None) -> DecodedText:
    """Read and decode a text file; any failure is a DecodeError naming the file."""
    name = Path(path).name
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise DecodeError("text.decode.cannot_read_file", name=name, reason=reason) from None
    return decode_bytes(data, encoding=encoding, source=name)


def _decode_as(data: bytes, encoding: str, source: str) -> DecodedText:
    """Strict decoding in a known encoding; a BOM of that encoding is dropped."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _describe_failure(exc, encoding, source, len(data)) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text:
        raise DecodeError("text.decode.empty", source=source)
    _refuse_binary(text, source)
    return DecodedText(text, encoding)


def _decode_with_nuls(data: bytes, source: str) -> DecodedText:
    """NUL bytes never occur in text except as half of a UTF-16 code unit."""
    attempts = _attempt(data, ("utf-16-le", "utf-16-be"))
    best = _best(attempts)
    if best is None:
        _refuse_if_broken(data, attempts, None, source)
    if best is None or best.score < _MIN_PLAUSIBILITY:
        raise DecodeError("text.decode.binary", source=source)
    _refuse_binary(best.text, source)
    return DecodedText(best.text, best.encoding)


def _detect(data: bytes, source: str) -> DecodedText:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        non_ascii = len(data) - len(text.encode("ascii", errors="ignore"))
        certain = non_ascii == 0 or non_ascii >= _UTF8_CERTAIN_BYTES
        if certain and control_share(text) <= _MAX_CONTROL_SHARE:
            return DecodedText(text, "utf-8")
        if non_ascii == 0:
            return _ascii_with_controls(data, source)

    names = ("utf-8", *_LEGACY_CANDIDATES)
    if len(data) % 2 == 0:
        names += ("utf-16-le", "utf-16-be")
    attempts = _attempt(data, names)
    best = _best(attempts)
    _refuse_if_broken(data, attempts, best, source)
    if best is None:
        if control_share(data.decode("latin-1")) > _MAX_CONTROL_SHARE:
            raise DecodeError("text.decode.binary", source=source)
        raise DecodeError("text.decode.cannot_decoded_utf_8_utf", source=source)
    _refuse_binary(best.text, source)
    return DecodedText(best.text, best.encoding)


def _ascii_with_controls(data: bytes, source: str) -> DecodedText:
    """ASCII bytes full of control characters: binary, or UTF-16 hanzi without a BOM.

    The UTF-16 code units of many hanzi consist of two ASCII bytes (不 is 0D 4E), so a short
    BOM-less UTF-16 file without Latin characters can look like ASCII with controls.
    """
    best = _best(_attempt(data, ("utf-16-le", "utf-16-be"))) if len(data) % 2 == 0 else None
    if best is None or best.score < _MIN_BOMLESS_UTF16_PLAUSIBILITY:
        raise DecodeError("text.decode.binary", source=source)
    return DecodedText(best.text, best.encoding)


def _attempt(data: bytes, encodings: Iterable[str]) -> dict[str, str | UnicodeDecodeError]:
    """Each encoding's strict decoding of ``data``, or the error it stopped at."""
    attempts: dict[str, str | UnicodeDecodeError] = {}
    for encoding in encodings:
        try:
            attempts[encoding] = data.decode(encoding)
        except UnicodeDecodeError as exc:
            attempts[encoding] = exc
    return attempts


def _best(attempts: dict[str, str | UnicodeDecodeError]) -> _Candidate | None:
    """The most plausible successful decoding; on a tie the encoding tried first."""
    best = None
    for encoding, text in attempts.items():
        if isinstance(text, UnicodeDecodeError):
            continue
        score = plausibility(text)
        if encoding == "utf-8":
            # Legacy bytes that happen to form valid UTF-8 read as nonsense; a tie should
            # still go to UTF-8, which is what modern files are written in.
            score += 0.05
        if best is None or score > best.score:
            best = _Candidate(encoding, text, score)
    return best


def _refuse_if_broken(
    data: bytes,
    attempts: dict[str, str | UnicodeDecodeError],
    best: _Candidate | None,
    source: str,
) -> None:
    """Raise when the data is most plausibly a damaged file in an encoding that failed.

    A UTF-8 file with one bad byte (or cut mid-character) still decodes as GB18030, as
    nonsense; comparing the text before the bad byte in both readings tells which it is.
    """
    for exc, encoding in _failures(attempts):
        before = data[: exc.start]
        if len(before) < 4:
            continue  # too little to judge the encoding by
        score = plausibility(before.decode(encoding, errors="ignore"))
        if best is None:
            rival = _MIN_PLAUSIBILITY
        else:
            # A cut through the middle of a character is no fault of the rival: ignore it.
            rival = plausibility(before.decode(best.encoding, errors="ignore"))
        if score > rival + _BROKEN_MARGIN:
            raise _describe_failure(exc, encoding, source, len(data))


def _failures(
    attempts: dict[str, str | UnicodeDecodeError],
) -> list[tuple[UnicodeDecodeError, str]]:
    """The decoding error of each encoding family that cannot decode the data at all.

    Big5 counts as failing only when its supersets (cp950, Big5-HKSCS) fail too; the error
    reported is the one that gets furthest into the data.
    """
    families = (("utf-8",), ("utf-16-le",), ("utf-16-be",), ("gb18030",), _BIG5_FAMILY)
    failures = []
    for family in families:
        errors = [
            (attempt, encoding)
            for encoding in family
            if isinstance(attempt := attempts.get(encoding), UnicodeDecodeError)
        ]
        if errors and len(errors) == sum(encoding in attempts for encoding in family):
            failures.append(max(errors, key=lambda e: e[0].start))
    return failures


def _describe_failure(
    exc: UnicodeDecodeError, encoding: str, source: str, size: int
) -> DecodeError:
    if exc.end >= size and exc.reason in (
        "unexpected end of data",
        "incomplete multibyte sequence",
        "truncated data",
    ):
        return DecodeError("text.decode.truncated", source=source, encoding=encoding,
                           offset=exc.start)
    return DecodeError("text.decode.invalid_byte", source=source, encoding=encoding,
                       byte=exc.object[exc.start], offset=exc.start)


def _refuse_binary(text: str, source: str) -> None:
    if "\x00" in text or control_share(text) > _MAX_CONTROL_SHARE:
        raise DecodeError("text.decode.binary", source=source)
