"""How much a decoded string looks like real (mostly Chinese) text.

Encoding detection decodes the same bytes several ways and keeps the most plausible result.
Legacy Chinese encodings overlap so much that a wrong guess usually still decodes, but it
yields rarer characters, kana, Yi syllables or private-use code points instead of the few
thousand characters that make up almost all real text. The score rewards frequent characters
(so that even two or three characters can be told apart) and punishes noise.
"""

import functools
import itertools
import re

from annotator.text.resources import FREQUENT_HANZI

# Long texts are scored on slices spread through them: enough to tell encodings apart, and
# a text that opens with a long ASCII preface is still judged by its Chinese.
_SLICES = 16
_SLICE_CHARS = 2_000

# Full-width forms (，；：？！（） and the like) are matched by _RE_FULLWIDTH instead.
_CJK_PUNCTUATION = "。、“”‘’《》〈〉「」『』【】〔〕…—·～　"

# Weight of a hanzi by frequency rank (in either script); ranks past the last are "common".
_RANK_WEIGHTS = ((500, 1.0), (1500, 0.85), (3000, 0.7))
_COMMON_WEIGHT = 0.5

_RE_ASCII_TEXT = re.compile(r"[\t\n\r\x20-\x7e]")
_RE_CJK_UNIFIED = re.compile(r"[\u4e00-\u9fff]")
_RE_RARE_HAN = re.compile(r"[\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0003ffff]")
_RE_FULLWIDTH = re.compile(r"[\uff01-\uff5e]")
_RE_LETTER = re.compile(r"[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
_RE_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7a3]")
# Control characters, C1 controls, Yi syllables, private use and noncharacters: what a
# wrong decoding produces, and what real text almost never contains.
_RE_GARBAGE = re.compile(
    r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ua000-\ua4cf\ue000-\uf8ff\ufff0-\uffff"
    r"\U000f0000-\U0010ffff]"
)
_RE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


@functools.cache
def _weights() -> dict[str, float]:
    """Weight of every frequent or common hanzi and of CJK punctuation."""
    weights = dict.fromkeys(_common_hanzi(), _COMMON_WEIGHT)
    lines = FREQUENT_HANZI.read_text(encoding="utf-8").splitlines()
    ranked = [line.split() for line in lines if line and not line.startswith("#")]
    for rank, forms in enumerate(ranked):
        weight = next((w for limit, w in _RANK_WEIGHTS if rank < limit), _COMMON_WEIGHT)
        # Forms outside the basic CJK block are left to the rare-character rule below.
        weights.update((form, weight) for form in forms if "\u4e00" <= form <= "\u9fff")
    weights.update(dict.fromkeys(_CJK_PUNCTUATION, 1.0))
    return weights


def _common_hanzi() -> set[str]:
    """The common hanzi of both scripts, read off the legacy code tables themselves.

    GB2312 level 1 (rows B0-D7) holds the 3,755 most used simplified characters and Big5
    A440-C67E the 5,401 most used traditional ones.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            chars.update(bytes((lead, trail)).decode("gb2312", errors="ignore"))
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if (lead, trail) <= (0xC6, 0x7E):
                chars.update(bytes((lead, trail)).decode("big5", errors="ignore"))
    return chars


def _sample(text: str) -> str:
    if len(text) <= _SLICES * _SLICE_CHARS:
        return text
    step = len(text) // _SLICES
    return "".join(text[i : i + _SLICE_CHARS] for i in range(0, step * _SLICES, step))


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(pattern.findall(text))


def plausibility(text: str) -> float:
    """Score in [-1, 1]: near 1 for ordinary Chinese text, 0.5 for plain ASCII, < 0 for noise."""
    sample = _sample(text)
    if not sample:
        return 0.0
    weights = _weights()
    known = sum(map(weights.__contains__, sample))
    known_hanzi = known - sum(map(_CJK_PUNCTUATION.__contains__, sample))
    score = (
        sum(map(weights.get, sample, itertools.repeat(0.0)))
        + 0.3 * (_count(_RE_CJK_UNIFIED, sample) - known_hanzi)
        + 1.0 * _count(_RE_FULLWIDTH, sample)
        + 0.5 * _count(_RE_ASCII_TEXT, sample)
        + 0.4 * _count(_RE_LETTER, sample)
        + 0.2 * _count(_RE_KANA_HANGUL, sample)
        + 0.1 * _count(_RE_RARE_HAN, sample)
        - 1.0 * _count(_RE_GARBAGE, sample)
    )
    return score / len(sample)


def control_share(text: str) -> float:
    """Share of control characters (other than tab, line breaks, form feed and escape)."""
    sample = _sample(text)
    if not sample:
        return 0.0
    return _count(_RE_CONTROL, sample) / len(sample)
