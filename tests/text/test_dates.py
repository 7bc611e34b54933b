"""Dates found in either script and normalised to ISO 8601: numerals, Republican and reign
years from the era table, lunar dates converted, years carried from the sentence before."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.text.dates import DateMention, Era, chinese_number, find_dates, load_eras

# The first Gregorian year (元年) of every era in eras.tsv, written out a second time here from
# the standard chronology so that an edit to the table that breaks one is caught.
FIRST_YEARS = {
    "洪武": 1368, "建文": 1399, "永樂": 1403, "洪熙": 1425, "宣德": 1426, "正統": 1436,
    "景泰": 1450, "天順": 1457, "成化": 1465, "弘治": 1488, "正德": 1506, "嘉靖": 1522,
    "隆慶": 1567, "萬曆": 1573, "泰昌": 1620, "天啟": 1621, "崇禎": 1628,
    "弘光": 1645, "隆武": 1645, "永曆": 1647,
    "天命": 1616, "天聰": 1627, "崇德": 1636,
    "順治": 1644, "康熙": 1662, "雍正": 1723, "乾隆": 1736, "嘉慶": 1796, "道光": 1821,
    "咸豐": 1851, "同治": 1862, "光緒": 1875, "宣統": 1909,
}


def only(text: str) -> DateMention:
    mentions = find_dates(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


def test_the_table_holds_every_era_with_its_first_year() -> None:
    eras = load_eras()
    assert {era.traditional: era.first for era in eras} == FIRST_YEARS


@pytest.mark.parametrize("era", load_eras(), ids=lambda era: era.simplified)
def test_every_era_s_first_year_is_found_in_both_scripts(era: Era) -> None:
    for name in (era.traditional, era.simplified):
        mention = only(f"{name}元年")
        assert (mention.normalized, mention.precision, mention.era) == (
            str(FIRST_YEARS[era.traditional]), "year", era.traditional)
        assert mention.calendar == "lunar"


@pytest.mark.parametrize(("text", "year"), [
    ("光緒二十六年", "1900"), ("光绪二十六年", "1900"), ("乾隆元年", "1736"),
    ("宣統三年", "1911"), ("康熙六十一年", "1722"), ("萬曆元年", "1573"), ("万历元年", "1573"),
    ("洪武元年", "1368"), ("洪武三十五年", "1402"), ("萬曆四十八年", "1620"),
    ("嘉靖四十五年", "1566"), ("崇禎十七年", "1644"), ("道光廿二年", "1842"),
    ("乾隆60年", "1795"),
])
def test_known_reign_years(text: str, year: str) -> None:
    assert only(text).normalized == year


def test_the_table_s_eras_cover_every_year_of_the_ming_and_qing_in_order() -> None:
    eras = load_eras()
    for dynasty, years in (("明", range(1368, 1645)), ("清", range(1636, 1912))):
        chain = [era for era in eras if era.dynasty == dynasty]
        assert [era.first for era in chain] == sorted(era.first for era in chain)
        covered = {year for era in chain for year in range(era.first, era.last + 1)}
        assert covered >= set(years) and min(covered) == years[0]
    lengths = {era.traditional: era.last - era.first + 1 for era in eras}
    assert (lengths["康熙"], lengths["乾隆"], lengths["嘉靖"], lengths["光緒"]) == (61, 60, 45, 34)


def test_a_year_past_the_end_of_an_era_is_not_a_date() -> None:
    assert find_dates("洪熙五年") == []
    assert find_dates("宣統四年") == []


@pytest.mark.parametrize(("text", "normalized", "precision"), [
    ("1949年12月16日", "1949-12-16", "day"),
    ("一九五〇年二月十四日", "1950-02-14", "day"),
    ("一九五○年二月十四日", "1950-02-14", "day"),
    ("１９４９年１２月１６日", "1949-12-16", "day"),
    ("1949年12月廿六日", "1949-12-26", "day"),
    ("1950年1月卅一日", "1950-01-31", "day"),
    ("1949年12月16号", "1949-12-16", "day"),
    ("二〇〇〇年", "2000", "year"),
    ("1949年9月底", "1949-09", "month"),
    ("1949-12-16", "1949-12-16", "day"),
    ("1950/2/14", "1950-02-14", "day"),
    ("公历1950年2月17日", "1950-02-17", "day"),
])
def test_gregorian_dates_in_arabic_and_chinese_numerals(text, normalized, precision) -> None:
    mention = only(text)
    assert (mention.normalized, mention.precision, mention.calendar) == (
        normalized, precision, "gregorian")


def test_republican_years_count_from_1912_with_gregorian_months() -> None:
    mention = only("民國三十八年十月一日")
    assert (mention.normalized, mention.calendar, mention.era) == ("1949-10-01", "gregorian", "民國")
    assert only("民国元年").normalized == "1912"
    assert only("中華民國元年一月一日").normalized == "1912-01-01"
    assert only("民國38年").normalized == "1949"


@pytest.mark.parametrize(("text", "normalized"), [
    ("宣統三年八月十九日", "1911-10-10"),  # the Wuchang uprising
    ("崇禎十七年三月十九日", "1644-04-25"),  # the Chongzhen emperor's death
    ("道光二十二年七月二十四日", "1842-08-29"),  # the Treaty of Nanking
    ("1950年農曆正月初一", "1950-02-17"),  # the Spring Festival of 1950
    ("一九五〇年正月初一", "1950-02-17"),
    ("光緒二十六年閏八月初一", "1900-09-24"),  # 1900 had a leap eighth month
])
def test_lunar_dates_are_converted_where_the_year_is_known(text, normalized) -> None:
    mention = only(text)
    assert (mention.normalized, mention.precision, mention.calendar) == (
        normalized, "day", "lunar-converted")
    assert mention.julian is None


def test_a_lunar_month_is_the_gregorian_month_its_middle_falls_in() -> None:
    # 光緒二十六年五月 ran from 28 May to 25 June 1900.
    mention = only("光緒二十六年五月")
    assert (mention.normalized, mention.precision, mention.calendar) == (
        "1900-06", "month", "lunar-converted")


def test_a_day_before_1582_is_proleptic_gregorian_with_its_julian_date_beside_it() -> None:
    # The Hongwu emperor was proclaimed on 23 January 1368 (Julian).
    mention = only("洪武元年正月初四")
    assert (mention.normalized, mention.julian) == ("1368-01-31", "1368-01-23")


def test_a_leap_month_that_did_not_exist_is_found_but_not_normalised() -> None:
    mention = only("光緒二十六年閏五月")
    assert (mention.normalized, mention.precision) == (None, "month")
    assert only("1950年2月30日").normalized is None


def test_a_lunar_date_without_a_year_is_not_converted() -> None:
    mention = only("正月初一")
    assert (mention.normalized, mention.calendar) == (None, "lunar")


def test_a_month_and_day_take_the_year_of_the_sentence_before() -> None:
    mentions = find_dates("1949年，北京解放。十二月十六日，毛澤東到達莫斯科。")
    assert [m.normalized for m in mentions] == ["1949", "1949-12-16"]
    assert find_dates("1949年12月6日出發,10月2日")[1].normalized == "1949-10-02"


def test_the_year_is_carried_across_one_sentence_only() -> None:
    mentions = find_dates("1949年,北京解放。中間一句。十二月十六日,毛澤東到達莫斯科。")
    assert [m.normalized for m in mentions] == ["1949", None]
    # A year taken from the sentence before is not carried on again.
    mentions = find_dates("1949年10月1日開國。10月2日建交。10月3日來電。")
    assert [m.normalized for m in mentions] == ["1949-10-01", "1949-10-02", None]


def test_a_reign_year_before_makes_the_month_and_day_lunar() -> None:
    mentions = find_dates("光緒二十六年,拳民入京。五月初一日,使館被圍。")
    assert (mentions[1].normalized, mentions[1].calendar) == ("1900-05-28", "lunar-converted")


def test_a_day_alone_takes_month_and_year_from_the_date_before() -> None:
    mentions = find_dates("毛澤東于1949年12月6日出發。16日中午抵達,23日或24日與斯大林會談。")
    assert [(m.text, m.normalized) for m in mentions] == [
        ("1949年12月6日", "1949-12-06"), ("16日", "1949-12-16"),
        ("23日", "1949-12-23"), ("24日", "1949-12-24")]


@pytest.mark.parametrize("text", [
    "停留十日", "差不多三十年的時間", "需要3至5年的和平", "1950年代", "十月社會主義革命",
    "炸毀長春14號鐵路涵洞", "他說十日之內", "初一的學生",
])
def test_what_is_not_a_date(text: str) -> None:
    assert find_dates(text) == []


def test_offsets_are_code_points_of_the_original_text() -> None:
    text = "𠮷𪚥於光緒二十六年五月初一日"
    mention = only(text)
    assert (mention.start, mention.end) == (3, len(text))
    assert text[mention.start:mention.end] == mention.text == "光緒二十六年五月初一日"


def test_the_folded_text_must_match_the_text() -> None:
    with pytest.raises(ValueError):
        find_dates("1949年", "1949")


@pytest.mark.parametrize(("numeral", "value"), [
    ("元", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十六", 26), ("廿六", 26), ("卅", 30),
    ("卅一", 31), ("六十一", 61), ("一九四九", 1949), ("二〇〇〇", 2000), ("１９４９", 1949),
])
def test_chinese_numbers(numeral: str, value: int) -> None:
    assert chinese_number(numeral) == value


def _chinese(number: int, digitwise: bool = False) -> str:
    digits = "〇一二三四五六七八九"
    if digitwise:
        return "".join(digits[int(d)] for d in str(number))
    tens, units = divmod(number, 10)
    return (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (
        digits[units] if units else "")


@given(st.dates(min_value=datetime.date(1600, 1, 1), max_value=datetime.date(2100, 12, 31)),
       st.booleans())
def test_every_gregorian_date_written_out_is_normalised_to_itself(day, chinese) -> None:
    if chinese:
        text = f"{_chinese(day.year, True)}年{_chinese(day.month)}月{_chinese(day.day)}日"
    else:
        text = f"{day.year}年{day.month}月{day.day}日"
    mention = only(text)
    assert (mention.normalized, mention.start, mention.end) == (day.isoformat(), 0, len(text))
