"""QDA-XML attribute values: GUIDs, colours, booleans and datetimes, read as real producers
write them and written one fixed way."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from uuid import UUID

# QDA-XML's GUIDType: 8-4-4-4-12 hex digits, optionally in braces; any case.
_RE_GUID = re.compile(
    r"\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?"
)
# RGBType: #RRGGBB or the short #RGB.
_RE_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


def parse_guid(value: str) -> UUID | None:
    """The GUID a value spells ("{6F96...}", upper or lower case), else None."""
    value = value.strip()
    if len(value) == 36:  # the usual form, checked by uuid itself (faster than the pattern)
        try:
            hyphens = value[8] + value[13] + value[18] + value[23]
            return uuid.UUID(value) if hyphens == "----" and value.count("-") == 4 else None
        except ValueError:
            return None
    match = _RE_GUID.fullmatch(value)
    if match is None or value.startswith("{") != value.endswith("}"):
        return None
    return uuid.UUID(match[1])


def format_guid(guid: UUID) -> str:
    return str(guid)


def parse_colour(value: str) -> str | None:
    """A colour as "#RRGGBB" in upper case ("#f00" becomes "#FF0000"), or None if the value is
    not one of the forms the standard allows."""
    value = value.strip()
    if not _RE_COLOUR.fullmatch(value):
        return None
    digits = value[1:]
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return "#" + digits.upper()


def is_colour(value: str) -> bool:
    """Whether a colour can be written as it is: "#RRGGBB"."""
    return len(value) == 7 and _RE_COLOUR.fullmatch(value) is not None


def parse_boolean(value: str) -> bool | None:
    """xsd:boolean: "true", "false", "1", "0" (with surrounding spaces), else None."""
    return {"true": True, "1": True, "false": False, "0": False}.get(value.strip())


def parse_datetime(value: str) -> tuple[datetime | None, bool]:
    """An xsd:dateTime as an aware datetime and whether it had a time zone (one without is
    taken as UTC). (None, False) when it is no date-time at all."""
    text = value.strip()
    if not text:
        return None, False
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None, False
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC), False
    return parsed, True


def format_datetime(moment: datetime) -> str:
    """UTC, "Z", seconds; microseconds only when there are any (so they survive a round trip)."""
    if moment.tzinfo is None:
        raise ValueError("datetimes exchanged must be aware")
    moment = moment.astimezone(UTC)
    if moment.year >= 1000:
        # isoformat gives the same digits as strftime below, ~4x faster (a large export formats
        # three per passage); "+00:00" is always its tail after astimezone(UTC).
        return moment.isoformat()[:-6] + "Z"
    if moment.microsecond:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
