"""Shared pieces of the exchange tests: a Chinese text with characters outside the BMP before
and inside passages, positions as each producer counts them, zips and schema checks."""

from __future__ import annotations

import io
import uuid
import zipfile
from functools import lru_cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).resolve().parents[2] / "resources" / "refi"

# 𠮷 and 𪚥 (CJK Extension B) are two UTF-16 units each: one before the first passage, others
# inside passages, and line ends between them.
TEXT = "𠮷野家的𪚥字。\n毛澤東於一九四九年十二月訪問莫斯科，\n與斯大林會談。𠮷祥如意，𪚥。\n"
QUOTES = ("毛澤東", "訪問莫斯科", "𠮷祥", "與斯大林會談。𠮷祥", "𪚥。")


def span(quote: str) -> tuple[int, int]:
    """Where a quote is in TEXT, in code points (our stored positions)."""
    start = TEXT.index(quote)
    assert TEXT.count(quote) == 1, quote
    return start, start + len(quote)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def written_position(stored: int, written: str, reading: str) -> int:
    """A stored position as a producer writes it over `written` (TEXT with CRLF line ends):
    "code points" over the text as written, "crlf as one", or "utf-16"."""
    raw = stored + TEXT[:stored].count("\n") * (written.count("\r\n") > 0)
    if reading == "code points":
        return raw
    if reading == "crlf as one":
        return stored
    if reading == "utf-16":
        return len(written[:raw].encode("utf-16-le")) // 2
    raise ValueError(reading)


def guid(n: int, upper: bool = False, braces: bool = False) -> str:
    """A readable fixed GUID for fixtures."""
    value = str(uuid.UUID(int=0x1000 + n))
    value = value.upper() if upper else value
    return "{" + value + "}" if braces else value


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@lru_cache(maxsize=None)
def _schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def schema_errors(document: bytes, name: str = "Project-mrt2019.xsd") -> list[str]:
    """What the REFI-QDA schema finds wrong with a document (none when it is valid)."""
    schema = _schema(name)
    schema.validate(etree.fromstring(document))
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def qde_of(archive: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        return opened.read("project.qde")
