"""Code points ↔ UTF-16 units, for the Qt boundary: Qt counts a character outside the BMP
(CJK Extension B and beyond, e.g. 𠮷) as two units, so every later Qt position shifts."""

from __future__ import annotations

from bisect import bisect_left


class Utf16Offsets:
    """Converts positions in one text. Costs one pass over the text; each lookup is a bisect."""

    def __init__(self, text: str) -> None:
        # Code-point positions of characters that take two UTF-16 units.
        self._astral: list[int] = (
            [i for i, character in enumerate(text) if ord(character) > 0xFFFF]
            if _has_astral(text)
            else []
        )
        # UTF-16 position of each of those characters.
        self._astral_units: list[int] = [cp + n for n, cp in enumerate(self._astral)]
        self.length = len(text)
        self.units = len(text) + len(self._astral)

    @property
    def is_identity(self) -> bool:
        return not self._astral

    def to_units(self, code_point: int) -> int:
        """UTF-16 position of a code-point position."""
        return code_point + bisect_left(self._astral, code_point)

    def to_code_point(self, unit: int) -> int:
        """Code-point position of a UTF-16 position (the middle of a pair maps to its start)."""
        return unit - bisect_left(self._astral_units, unit)


def _has_astral(text: str) -> bool:
    # Encoding is done in C and much faster than a Python loop for the common case of none.
    return len(text.encode("utf-16-le")) != 2 * len(text)
