"""Texts that arrive already word-segmented, one space between words.

Corpora prepared for linguistics are often distributed this way. The spaces are not part of
the text a historian quotes, so they are taken out and kept as segment boundaries instead:
the segmentation someone made by hand is better than any we could compute.
"""

import re
from dataclasses import dataclass

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_RE_HAN = re.compile(f"[{_HAN}]")
_RE_HAN_BY_SPACE = re.compile(f"[{_HAN}](?= )|(?<= )[{_HAN}]")
# A token is a run of anything but the separator space, or a line break on its own.
_RE_TOKEN = re.compile(r"[^ \n]+|\n")

# In a segmented text about nine in ten hanzi touch a space (words average under two
# characters); ordinary text with the odd space or an English passage stays far below this.
_SEGMENTED_SHARE = 0.5
_MIN_HANZI = 2


@dataclass(frozen=True)
class Unsegmented:
    """Text with the separator spaces removed, and where the segments were.

    ``boundaries`` are sorted code-point offsets into ``text``, from 0 to len(text).
    """

    text: str
    boundaries: list[int]


def looks_presegmented(text: str) -> bool:
    """Whether the hanzi of ``text`` are separated into words by single spaces."""
    # A space touches at most two hanzi (the one before it, the one after), so a text with
    # more than 4 hanzi a space is below the share: told from the hanzi of a prefix, which
    # spares a long ordinary text two passes of the patterns (a tenth of a second a volume).
    most_touching = 2 * text.count(" ")
    prefix = 4 * most_touching + 64
    while prefix < len(text):
        if _SEGMENTED_SHARE * _count(_RE_HAN, text, prefix) > most_touching:
            return False
        prefix *= 4
    hanzi = _count(_RE_HAN, text, len(text))
    if hanzi < _MIN_HANZI:
        return False
    return len(_RE_HAN_BY_SPACE.findall(text)) / hanzi >= _SEGMENTED_SHARE


def _count(pattern: re.Pattern[str], text: str, end: int) -> int:
    """How often ``pattern`` matches in text[:end] (subn counts without a list of matches)."""
    return pattern.subn("", text[:end])[1]


def remove_segmentation_spaces(text: str) -> Unsegmented:
    """Remove the spaces between words, keeping each word edge as a boundary.

    A run of spaces counts as one separator. Spaces between two Latin words or numbers
    ("Joseph Stalin", "1949 1950") stay in the text, as a segment of their own. Line breaks
    stay too, each its own segment; other whitespace (U+3000 ideographic space) is content.
    """
    pieces: list[str] = []
    boundaries = [0]
    length = 0
    previous: str | None = None  # the token before, within the current line
    previous_end = 0
    for match in _RE_TOKEN.finditer(text):
        token = match[0]
        if token == "\n":
            previous = None
        else:
            gap = match.start() - previous_end
            if gap and previous is not None and _joins_words(previous[-1], token[0]):
                spaces = text[previous_end : match.start()]
                pieces.append(spaces)
                length += gap
                boundaries.append(length)
            previous = token
        pieces.append(token)
        length += len(token)
        boundaries.append(length)
        previous_end = match.end()
    return Unsegmented("".join(pieces), boundaries)


def _joins_words(left: str, right: str) -> bool:
    """Whether a space between these characters separates words of an alphabetic script."""
    return _is_alphabetic(left) and _is_alphabetic(right)


def _is_alphabetic(char: str) -> bool:
    # Letters and digits below the CJK blocks: Latin, Greek, Cyrillic (Russian sources) and
    # the like; hanzi and full-width forms are written without spaces.
    return char.isalnum() and char < "\u2e80"
