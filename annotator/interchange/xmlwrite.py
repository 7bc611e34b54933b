"""Writing XML text lean and exact: escaping for attributes and content, and what XML 1.0
cannot hold at all.

The writers build their documents from strings rather than element trees: an export of a large
project streams out without holding a tree of a hundred thousand selections, and string
formatting is faster than any tree serialiser.
"""

from __future__ import annotations

import re

# Characters XML 1.0 cannot contain in any form (not even as character references).
_RE_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Characters that need escaping (or are not XML): a value without any is written as it is.
_RE_ATTR_SPECIAL = re.compile("[&<>\"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_RE_TEXT_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def fits_xml(value: str) -> bool:
    """Whether XML can hold the value exactly."""
    return _RE_NOT_XML.search(value) is None


def xml_compatible(value: str) -> str:
    """The value with each character XML cannot hold replaced by U+FFFD."""
    return _RE_NOT_XML.sub(REPLACEMENT, value)


def attr(value: str) -> str:
    """An attribute value, escaped for double quotes. Line ends and tabs are written as
    character references: a parser would otherwise turn them into spaces."""
    if _RE_ATTR_SPECIAL.search(value) is None:
        return value
    return (
        xml_compatible(value)
        .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        .replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    )


def text(value: str) -> str:
    """Element content, escaped. A carriage return is written as a reference, since a parser
    turns a literal one into a line feed."""
    if _RE_TEXT_SPECIAL.search(value) is None:
        return value
    return (
        xml_compatible(value)
        .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def attributes(pairs: tuple[tuple[str, str | None], ...]) -> str:
    """' name="value"' for each pair whose value is not None, in the order given."""
    return "".join(f' {name}="{attr(value)}"' for name, value in pairs if value is not None)
