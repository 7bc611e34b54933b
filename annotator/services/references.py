"""How the command line writes a document or a code: `#N` always the id, a prefix (`title:`,
`name:`) always the name, a bare reference the name unless it is a number that could be an id.
Shared by services/documents.py and services/codes.py, which look such references up."""

from __future__ import annotations

# A reference that is always an id.
ID_PREFIX = "#"


def is_number(text: str) -> bool:
    """Written in the digits 0-9 (not "٣" or "1_0", which int() would read as numbers)."""
    return text.isascii() and text.isdigit()


def parse_reference(reference: str | int, name_prefix: str) -> int | str | None:
    """What a reference names, read without the database: the id, or the name (after
    `name_prefix`, if written), or None where only the database can tell (a bare number may be
    a name or an id; a malformed `#N` is refused where it is looked up)."""
    if isinstance(reference, int) and not isinstance(reference, bool):
        return reference
    text = str(reference).strip()
    if text.startswith(ID_PREFIX):
        number = text[len(ID_PREFIX):]
        return int(number) if is_number(number) else None
    if text.startswith(name_prefix):
        return text[len(name_prefix):].strip()
    return None if is_number(text) else text
