"""English counts with the right plural: "1 match", "2 matches", "1,550 characters".

The command line speaks English; the window's own strings go through Qt's translation system,
which has its own plural forms. This is for the English text both share (messages of the core).
"""

from __future__ import annotations

# Nouns whose plural is not the singular plus "s".
_IRREGULAR = {"match": "matches", "passage": "passages", "sub-code": "sub-codes", "copy": "copies"}


def plural(noun: str) -> str:
    return _IRREGULAR.get(noun, noun + "s")


def count(number: int, noun: str, plural_form: str | None = None) -> str:
    """`number` and `noun`, pluralised unless the number is exactly 1; thousands separated."""
    word = noun if number == 1 else (plural_form or plural(noun))
    return f"{number:,} {word}"
