"""Entities found over the stored word boundaries: dictionary tags, names, titles, rules and
dates, in either script, with the user's corrections honoured."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.text.entities import (
    DATE,
    ORGANIZATION,
    PERSON,
    PLACE,
    REJECTED,
    TITLE,
    default_lexicon,
    find_entities,
    summarize,
)
from annotator.text.script import fold
from annotator.text.segment import Segmenter


def segmented(*words: str) -> tuple[str, list[int]]:
    """A text made of ``words``, and its boundaries: stored segments given by hand."""
    boundaries = [0]
    for word in words:
        boundaries.append(boundaries[-1] + len(word))
    return "".join(words), boundaries


def entities(*words: str, **options):
    text, boundaries = segmented(*words)
    return find_entities(text, fold(text), boundaries, **options)


def found(*words: str, **options) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.source) for m in entities(*words, **options)]


def test_segments_are_looked_up_in_jieba_s_dictionary_in_either_script() -> None:
    assert found("毛澤東", "到", "北京", "和", "外交部") == [
        ("毛澤東", PERSON, "dictionary"), ("北京", PLACE, "dictionary"),
        ("外交部", ORGANIZATION, "dictionary")]


def test_segments_are_never_recut() -> None:
    # 毛泽东 split in two stored segments is not a person: the stored words are what counts.
    assert found("毛泽", "东到", "北京") == [("北京", PLACE, "dictionary")]


def test_common_words_jieba_tags_as_names_are_not_persons() -> None:
    lexicon = default_lexicon()
    assert lexicon.tags["明白"] == lexicon.tags["光荣"] == lexicon.tags["友谊"] == "nr"
    # 明白 and 光荣 by jieba's HMM; 友谊 by the shipped corrections.
    assert found("我", "明白", "光荣", "友谊") == []


def test_shipped_corrections_fix_jieba_s_tags() -> None:
    lexicon = default_lexicon()
    assert (lexicon.tags["周恩来"], lexicon.tags["莫斯科"]) == ("t", "nr")
    assert found("周恩來", "到", "莫斯科") == [("周恩來", PERSON, "names"), ("莫斯科", PLACE, "names")]


def test_the_names_dictionary_finds_what_jieba_does_not_know() -> None:
    assert "师哲" not in default_lexicon().tags
    assert found("師哲", "說") == [("師哲", PERSON, "names")]


@pytest.mark.parametrize("title", ["总理", "總理", "大使", "巡撫", "軍機大臣", "知府"])
def test_official_titles(title: str) -> None:
    assert found("周", title) == [(title, TITLE, "titles")]


def test_an_unknown_surname_and_name_beside_a_title_is_a_person() -> None:
    assert "孙德明" not in default_lexicon().tags
    assert found("大使", "孙德明", "说") == [("大使", TITLE, "titles"), ("孙德明", PERSON, "rule")]
    assert found("孙德明", "大使") == [("孙德明", PERSON, "rule"), ("大使", TITLE, "titles")]
    assert found("欧阳德明", "总督") == [("欧阳德明", PERSON, "rule"), ("总督", TITLE, "titles")]
    # Not beside a title, or not beginning with a surname: nothing.
    assert found("孙德明", "说") == []
    assert "德明" not in default_lexicon().tags
    assert found("大使", "德明") == [("大使", TITLE, "titles")]


def test_a_place_and_its_suffix_are_one_place() -> None:
    assert found("湖北", "省", "的") == [("湖北省", PLACE, "rule")]
    assert "云栖县" not in default_lexicon().tags
    assert found("到", "云栖县") == [("云栖县", PLACE, "rule")]


def test_a_place_and_an_organisation_word_are_one_organisation() -> None:
    assert found("蘇聯", "政府", "同意") == [("蘇聯政府", ORGANIZATION, "rule")]
    assert found("中國", "外交部") == [("中國外交部", ORGANIZATION, "rule")]
    assert "云栖银行" not in default_lexicon().tags
    assert found("云栖银行") == [("云栖银行", ORGANIZATION, "rule")]


def test_dates_are_entities_with_their_normalised_form() -> None:
    mentions = entities("1949", "年", "12", "月", "16", "日", "，", "乾隆", "元年")
    assert [(m.text, m.kind, m.source, m.normalized) for m in mentions] == [
        ("1949年12月16日", DATE, "date", "1949-12-16"), ("乾隆元年", DATE, "date", "1736")]
    # An entity inside a date gives way to it.
    assert found("乾隆", "元年", corrections={"乾隆": PERSON}) == [("乾隆元年", DATE, "date")]
    assert found("乾隆", "下旨", corrections={"乾隆": PERSON}) == [("乾隆", PERSON, "user")]


def test_a_correction_changes_a_kind_or_rejects_an_entity_everywhere() -> None:
    words = ("北京", "和", "毛澤東", "，", "北京")
    assert found(*words, corrections={"北京": ORGANIZATION, "毛泽东": REJECTED}) == [
        ("北京", ORGANIZATION, "user"), ("北京", ORGANIZATION, "user")]


def test_a_text_given_a_kind_is_marked_wherever_it_stands_on_word_boundaries() -> None:
    words = ("老", "孙", "来", "了", "，", "老孙", "走", "了")
    assert found(*words) == []
    mentions = entities(*words, corrections={"老孙": PERSON})
    assert [(m.start, m.end, m.kind, m.source) for m in mentions] == [
        (0, 2, PERSON, "user"), (5, 7, PERSON, "user")]
    # Not inside a word: 孙 is part of 老孙 here, not a word of its own.
    assert [(m.start, m.end) for m in entities(*words, corrections={"孙": PERSON})] == [(1, 2)]


def test_a_correction_holds_for_a_date_or_a_rule_s_entity_over_several_segments() -> None:
    assert found("1949", "年", corrections={"1949年": REJECTED}) == []
    assert found("湖北", "省", corrections={"湖北省": REJECTED}) == []
    assert found("湖北", "省", corrections={"湖北省": ORGANIZATION}) == [
        ("湖北省", ORGANIZATION, "user")]


def test_spans_the_user_added_are_kept_and_win_over_what_overlaps_them() -> None:
    words = ("北京", "大", "學", "的", "罗")
    mentions = entities(*words, added=[(0, 4, ORGANIZATION), (4, 5, PERSON)])
    assert [(m.text, m.kind, m.source) for m in mentions] == [
        ("北京大學", ORGANIZATION, "user"), ("的", PERSON, "user")]


def test_offsets_are_code_points_of_the_stored_text() -> None:
    text, boundaries = segmented("𠮷", "𪚥", "毛澤東", "在", "莫斯科")
    mentions = find_entities(text, fold(text), boundaries)
    assert [(m.start, m.end, m.text) for m in mentions] == [(2, 5, "毛澤東"), (6, 9, "莫斯科")]
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_json_fields() -> None:
    person, day = entities("毛泽东", "1949", "年")
    assert person.as_json() == {"text": "毛泽东", "kind": PERSON, "start": 0, "end": 3}
    assert day.as_json() == {"text": "1949年", "kind": DATE, "start": 3, "end": 8,
                             "normalized": "1949"}


def test_mismatched_input_is_refused() -> None:
    with pytest.raises(ValueError):
        find_entities("毛泽东", "毛泽", [0, 3])
    with pytest.raises(ValueError):
        find_entities("毛泽东", "毛泽东", [0, 2])


def test_summaries_count_each_entity_in_either_script_with_its_positions() -> None:
    text, boundaries = segmented("毛澤東", "和", "毛泽东", "到", "北京", "，", "毛澤東")
    folded = fold(text)
    summaries = summarize(find_entities(text, folded, boundaries), folded)
    assert [(s.text, s.key, s.kind, s.count, s.positions) for s in summaries] == [
        ("毛澤東", "毛泽东", PERSON, 3, ((0, 3), (4, 7), (11, 14))),
        ("北京", "北京", PLACE, 1, ((8, 10),)),
    ]


def test_the_sample_corpus(traditional_sample: str) -> None:
    boundaries = Segmenter().segment(traditional_sample, parallel=False)
    folded = fold(traditional_sample)
    summaries = {(s.key, s.kind): s.count
                 for s in summarize(find_entities(traditional_sample, folded, boundaries), folded)}
    assert summaries[("毛泽东", PERSON)] >= 100
    assert summaries[("斯大林", PERSON)] >= 80
    assert summaries[("周恩来", PERSON)] >= 20
    assert summaries[("莫斯科", PLACE)] >= 10
    assert summaries[("主席", TITLE)] >= 1
    assert ("国民党", ORGANIZATION) in summaries
    dates = {key for key, kind in summaries if kind == DATE}
    assert {"1949年12月16日", "1950年1月2日"} <= dates
    persons = {key for key, kind in summaries if kind == PERSON}
    assert not persons & {"友谊", "明白", "光荣", "高潮", "寿辰", "莫斯科"}


_WORDS = st.sampled_from([
    "毛澤東", "北京", "湖北", "省", "政府", "大使", "孙德明", "1949", "年", "12", "月", "16", "日",
    "乾隆", "元年", "，", "。", "\n", "明白", "的", "𠮷", "外交部", "莫斯科", "總督", "十二月十六日",
])


@given(st.lists(_WORDS, max_size=30))
def test_automatic_mentions_are_in_order_apart_and_hold_their_text(words: list[str]) -> None:
    text, boundaries = segmented(*words)
    mentions = find_entities(text, fold(text), boundaries)
    assert all(text[m.start:m.end] == m.text and m.start < m.end for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
