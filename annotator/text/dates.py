"""Dates in a text, found and normalised to ISO 8601 with their precision.

What is found (on the folded, simplified text, so both scripts; offsets are the original's):

- Gregorian years in Arabic, full-width or Chinese digits, with a month and a day or without:
  1949年12月16日, １９４９年, 一九五〇年二月十四日; and 1949-12-16 (or / .) written out in full.
- Republican years, 民國/民国 N年 (中华民国 too): year N is 1911 + N, 元年 is 1912. Their months
  and days are Gregorian, as the Republic's calendar was.
- Reign years of the eras in resources/dictionaries/eras.tsv (Ming, Southern Ming, Later Jin,
  Qing): 光緒二十六年 is 1900, 乾隆元年 1736. Year N counts from the era's 元年 even where the
  emperor came to the throne in the year before it.
- A month and a day without a year (十二月十六日, 10月2日), and a day alone (16日) after a
  date with a month: see "Years from the sentence before" below.

Chinese numerals: 〇○零一二三四五六七八九 digit by digit for years; 十, 廿 (20) and 卅 (30)
compose the rest (二十六, 廿六, 卅一); 元年 is year 1; 正月 is the first month, 冬月 the
eleventh, 腊月/臘月 the twelfth, 閏/闰 marks a leap month, 初一 to 初十 are days 1 to 10.

Calendars. A reign year, and any date marked 農曆/阴历/旧历/夏历 or written with 正月, 冬月,
腊月, a leap month or 初N, is in the Chinese lunisolar calendar. Its month and day are
converted with lunar-python (``calendar == "lunar-converted"``); a lunar month without a day
is given as the Gregorian month in which its 15th day falls. A lunar year without a month is
not converted (``calendar == "lunar"``): a reign year is a lunisolar year, which begins in late
January or February, so a year-precision normalisation is the Gregorian year in which that
lunar year mostly falls (its 12th month may end in the January of the next). A date whose year
is not known is found but not normalised (``normalized`` is None).

ISO 8601 means the Gregorian calendar, extended back before its adoption: a day before
1582-10-15 is given in that proleptic Gregorian calendar, and ``julian`` holds the Julian date
that Western works usually quote for it (洪武元年正月初四 is 1368-01-31, Julian 1368-01-23).

Years from the sentence before. A month and day without a year take the last year written out
(explicitly, with 年) in the same sentence before them, or else in the sentence before that,
and no further: the year is carried across one sentence boundary only, so 10月3日 two sentences
after 1949年 has no year. A day alone (16日), at the start of a clause (after punctuation,
至, 到, 或, 和, 与, 及), takes its month and year from the last date with a month in the same or
the previous sentence, and is not a date without one (十日 is as often "ten days"). Sentences
are those of annotator/text/boundaries.py ``sentence_boundaries``.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import regex
from dataclasses import dataclass
from pathlib import Path

from lunar_python import Lunar

from annotator.text.boundaries import sentence_boundaries
from annotator.text.resources import ERAS
from annotator.text.script import fold, to_simplified

# The first day of the Gregorian calendar; lunar-python gives the Julian date before it.
_GREGORIAN_START = datetime.date(1582, 10, 15)
# Julian day number of 0001-01-01 (proleptic Gregorian) at 00:00, less one: JD - this = ordinal.
_JD_ORDINAL_OFFSET = 1721424.5
REPUBLIC = "民國"


@dataclass(frozen=True)
class Era:
    """A reign era from eras.tsv: year N of it is ``first + N - 1`` (see the file's header)."""

    traditional: str
    simplified: str
    dynasty: str
    emperor: str
    first: int
    last: int
    note: str = ""

    def year(self, number: int) -> int | None:
        """The Gregorian year of year ``number`` of this era, None outside its years."""
        if 1 <= number <= self.last - self.first + 1:
            return self.first + number - 1
        return None


@dataclass(frozen=True)
class DateMention:
    """A date expression at [start, end) of the text, and its ISO 8601 normalisation.

    ``normalized``: '1949-12-16', '1949-12' or '1949' as ``precision`` is 'day', 'month' or
    'year'; None when the year is not known or the day does not exist. ``calendar``:
    'gregorian', 'lunar-converted' (a lunar month or day converted to the Gregorian calendar)
    or 'lunar' (a lunar year, or a lunar date whose year is not known). ``era``: the era's
    traditional name (or 民國) when the year is a reign or Republican year.
    """

    start: int
    end: int
    text: str
    normalized: str | None
    precision: str
    calendar: str
    era: str | None = None
    julian: str | None = None


def load_eras(path: Path = ERAS) -> tuple[Era, ...]:
    """The eras of a table in eras.tsv's format."""
    eras = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) not in (6, 7):
            raise ValueError(f"{path.name}, line {number}: expected 6 or 7 tab-separated fields")
        traditional, simplified, dynasty, emperor, first, last = fields[:6]
        eras.append(Era(traditional, simplified, dynasty, emperor, int(first), int(last),
                        fields[6] if len(fields) == 7 else ""))
    return tuple(eras)


# --- numerals ---------------------------------------------------------------------------------

_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
_DIGIT = "0-9０-９"
_CN_DIGIT = "〇○零一二三四五六七八九"
# 1 to 99 in Chinese numerals: 十一, 二十, 二十六, 廿六, 卅, 卅一, 六十一, or a single digit.
_CN_NUMBER = "(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|[一二三四五六七八九])"


def chinese_number(text: str) -> int:
    """The value of 元 (1), a number in Arabic or full-width digits, Chinese digits read one by
    one (一九四九), or a Chinese number up to 99 (十, 二十六, 廿六, 卅一)."""
    if text == "元":
        return 1
    if text.isdecimal():
        return int(text)
    if "十" not in text and text[0] not in "廿卅":
        value = 0
        for char in text:
            value = value * 10 + _CN_DIGITS[char]
        return value
    tens, _, units = text.partition("十")
    if text[0] in "廿卅":
        tens, units = ("二" if text[0] == "廿" else "三"), text[1:]
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


_MONTH_NAMES = {"正": 1, "冬": 11, "腊": 12}


# --- the pattern ------------------------------------------------------------------------------

_LUNAR_MARKS = ("农历", "阴历", "旧历", "夏历")
_GREGORIAN_MARKS = ("公历", "阳历", "西历")
_MARK = "(?:" + "|".join(_LUNAR_MARKS + _GREGORIAN_MARKS) + ")"
_MONTH = rf"(?P<leap>闰)?(?P<month>正|冬|腊|十[一二]?|[一二三四五六七八九]|[{_DIGIT}]{{1,2}})月"
_DAY = (
    rf"(?:(?P<chu>初(?:十|[一二三四五六七八九]))日?"
    rf"|(?P<day>{_CN_NUMBER}|[{_DIGIT}]{{1,2}})[日号])"
)


@functools.cache
def _eras_by_form() -> dict[str, Era]:
    """Each era under every form it can take in folded text."""
    forms: dict[str, Era] = {}
    for era in load_eras():
        for name in (era.traditional, era.simplified):
            # fold converts by phrase; character by character covers a name inside another
            # phrase (乾隆 keeps its 乾 as a phrase, 干 by character).
            for form in (fold(name), "".join(map(to_simplified, name))):
                forms.setdefault(form, era)
    return forms


@functools.cache
def _pattern() -> regex.Pattern[str]:
    eras = "|".join(sorted(map(regex.escape, _eras_by_form()), key=len, reverse=True))
    year = (
        rf"(?:(?<![{_DIGIT}])(?P<gyear>[{_DIGIT}]{{4}})"
        rf"|(?<![{_CN_DIGIT}十])(?P<cyear>[{_CN_DIGIT}]{{4}})"
        rf"|(?P<era>{eras})(?P<eyear>元|{_CN_NUMBER}|[{_DIGIT}]{{1,2}})"
        rf"|(?:中华)?民国(?P<ryear>元|{_CN_NUMBER}|[{_DIGIT}]{{1,3}}))年(?!代)"
    )
    return regex.compile(
        rf"(?P<iso>(?<![{_DIGIT}])(?P<iy>[{_DIGIT}]{{4}})(?P<sep>[-/.])(?P<im>[{_DIGIT}]{{1,2}})"
        rf"(?P=sep)(?P<id>[{_DIGIT}]{{1,2}})(?![{_DIGIT}]))"
        rf"|(?P<mark1>{_MARK})?{year}(?:(?P<mark2>{_MARK})?{_MONTH}(?:{_DAY})?)?"
        rf"|(?P<mark3>{_MARK})?(?<![{_DIGIT}{_CN_DIGIT}十廿卅初闰])(?:{_MONTH}{_DAY})"
        rf"|(?P<alone>(?<=[\s，,、。．.；;：:（(！!？?至到或和与及])"
        rf"(?:{_CN_NUMBER}|[{_DIGIT}]{{1,2}}))日"
    )


# --- finding ----------------------------------------------------------------------------------


@dataclass
class _Parsed:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    leap: bool
    lunar: bool | None  # None: decided by the year it takes from the context
    era: str | None
    alone: bool  # a day without a month
    explicit: bool = True  # the year is written out here, not taken from the context


def find_dates(text: str, folded: str | None = None) -> list[DateMention]:
    """The date expressions of ``text``, in order (see the module docstring).

    ``folded`` is ``fold(text)`` when the caller has it (it must be that: same length).
    """
    if folded is None:
        folded = fold(text)
    if len(folded) != len(text):
        raise ValueError("folded text must have the same length as the text")
    parsed = [p for p in map(_parse, _pattern().finditer(folded)) if p is not None]
    if not parsed:
        return []
    sentences = sentence_boundaries(text)
    mentions: list[DateMention] = []
    resolved: list[tuple[int, _Parsed]] = []  # (sentence index, with year and month filled in)
    for item in parsed:
        sentence = bisect.bisect_right(sentences, item.start) - 1
        if item.year is None:
            source = _context(resolved, sentence, need_month=item.alone)
            if source is None and item.alone:
                continue  # a day alone with no month before it: not a date
            if source is not None:
                item.year, item.explicit = source.year, False
                if item.alone:
                    item.month, item.leap = source.month, source.leap
                if item.lunar is None:
                    item.lunar = source.lunar
        resolved.append((sentence, item))
        mentions.append(_mention(text, item))
    return mentions


def _context(
    resolved: list[tuple[int, _Parsed]], sentence: int, need_month: bool
) -> _Parsed | None:
    """The date a yearless one takes its year (and, for a day alone, its month) from: the last
    in this sentence or the one before with a year written out (with a month, for a day)."""
    for index, earlier in reversed(resolved):
        if index < sentence - 1:
            return None
        if earlier.year is None:
            continue
        if need_month:
            if earlier.month is not None:
                return earlier
        elif earlier.explicit:
            return earlier
    return None


def _parse(match: regex.Match[str]) -> _Parsed | None:
    group = match.group
    start, end = match.span()
    if group("alone"):
        day = chinese_number(group("alone"))
        if not 1 <= day <= 31:
            return None
        return _Parsed(start, end, None, None, day, False, None, None, alone=True)
    if group("iso"):
        year, month, day = (int(group(name)) for name in ("iy", "im", "id"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return _Parsed(start, end, year, month, day, False, False, None, alone=False)
    marks = {group("mark1"), group("mark2"), group("mark3")} - {None}
    lunar: bool | None = None
    if marks & set(_LUNAR_MARKS):
        lunar = True
    elif marks & set(_GREGORIAN_MARKS):
        lunar = False
    year: int | None = None
    era: str | None = None
    if group("gyear") or group("cyear"):
        year = chinese_number(group("gyear") or group("cyear"))
        lunar = bool(lunar)
    elif group("era"):
        reign = _eras_by_form()[group("era")]
        year = reign.year(chinese_number(group("eyear")))
        if year is None:
            return None  # 洪熙五年: no such year
        era, lunar = reign.traditional, True
    elif group("ryear"):
        year, era = 1911 + chinese_number(group("ryear")), REPUBLIC
        lunar = bool(lunar)
    month = day = None
    if group("month"):
        name = group("month")
        month = _MONTH_NAMES.get(name) or chinese_number(name)
        if not 1 <= month <= 12:
            return None
        if name in _MONTH_NAMES or group("leap"):
            lunar = True
    if group("chu"):
        day, lunar = chinese_number(group("chu")[1:]), True
    elif group("day"):
        day = chinese_number(group("day"))
        if not 1 <= day <= 31:
            return None
    return _Parsed(start, end, year, month, day, bool(group("leap")), lunar, era, alone=False)


def _mention(text: str, item: _Parsed) -> DateMention:
    precision = "day" if item.day is not None else "month" if item.month is not None else "year"
    lunar = bool(item.lunar)
    normalized = julian = None
    calendar = "lunar" if lunar else "gregorian"
    if item.year is not None:
        if not lunar:
            normalized = _gregorian(item.year, item.month, item.day)
        elif item.month is None:
            normalized = f"{item.year:04d}"
        else:
            converted = _from_lunar(item.year, item.month, item.leap, item.day)
            if converted is not None:
                calendar = "lunar-converted"
                gregorian, julian_date = converted
                normalized = gregorian.isoformat() if item.day else gregorian.isoformat()[:7]
                julian = julian_date if item.day and gregorian < _GREGORIAN_START else None
    return DateMention(item.start, item.end, text[item.start:item.end], normalized, precision,
                       calendar, item.era, julian)


def _gregorian(year: int, month: int | None, day: int | None) -> str | None:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None  # 2月30日


def _from_lunar(
    year: int, month: int, leap: bool, day: int | None
) -> tuple[datetime.date, str] | None:
    """(proleptic Gregorian date, lunar-python's own ISO date: Julian before 1582-10-15) of a
    lunar date; of the month's 15th day when ``day`` is None. None if there is no such day."""
    try:
        solar = Lunar.fromYmd(year, -month if leap else month, day or 15).getSolar()
    except Exception:  # lunar-python raises bare Exception for a month or day that does not exist
        return None
    gregorian = datetime.date.fromordinal(int(solar.getJulianDay() - _JD_ORDINAL_OFFSET))
    return gregorian, solar.toYmd()
