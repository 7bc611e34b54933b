"""Normalising text: line endings unified, web debris removed, Chinese text left alone."""

import pytest

from annotator.text.normalize import Cleanup, clean_web_text, normalize_text


@pytest.mark.parametrize("raw", ["第一行\r\n第二行\r\n", "第一行\r第二行\r", "第一行\n第二行\n"])
def test_every_line_ending_becomes_a_newline(raw: str) -> None:
    assert normalize_text(raw) == "第一行\n第二行\n"


def test_a_leading_bom_is_dropped_but_nothing_else_changes() -> None:
    assert normalize_text("\ufeff毛泽东 \t\u3000") == "毛泽东 \t\u3000"


def test_compatibility_ideographs_survive() -> None:
    # NFC would turn U+F900 豈 into U+8C48 豈, and U+FA0E 﨎 must stay as it is too.
    text = "\uf900\uf901\ufa0e\U0002f800"
    assert normalize_text(text) == text
    assert clean_web_text(text).text == text


def test_the_split_nbsp_debris_of_the_sample_is_removed(simplified_sample: str) -> None:
    cleanup = clean_web_text(simplified_sample)
    assert "nbsp" not in cleanup.text
    assert cleanup.text.endswith("上 一页 [ 1 ] [ 2 ] [ 3 ]")
    assert cleanup.changes == {
        "&nbsp; → space": 4,
        "trailing spaces removed from lines": 1,
    }


def test_the_rest_of_the_sample_is_untouched(simplified_sample: str) -> None:
    cleaned = clean_web_text(simplified_sample).text
    end = simplified_sample.index(" & nbsp ;")
    assert cleaned.startswith(simplified_sample[:end])


def test_ordinary_chinese_text_is_not_touched(traditional_sample: str) -> None:
    assert clean_web_text(traditional_sample) == Cleanup(traditional_sample, {})


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("甲&nbsp;乙", "甲 乙"),
        ("甲&nbsp;&nbsp;&nbsp;乙", "甲 乙"),
        ("甲 & nbsp ; & nbsp ; 乙", "甲 乙"),
        ("甲&#160;乙", "甲 乙"),
        ("中&amp;苏", "中&苏"),
        ("中 & amp ; 苏", "中 & 苏"),
        ("&lt;条约&gt;", "<条约>"),
        ("&#19968;&#x4e00;&#X4E00;", "一一一"),
        ("& #x4e00 ;", "一"),
        ("&#x20BB7;", "𠮷"),
    ],
)
def test_entities_are_decoded(raw: str, clean: str) -> None:
    assert clean_web_text(raw).text == clean


@pytest.mark.parametrize(
    "text", ["AT&T 公司", "甲 & 乙", "&bogus;", "&#0;", "&#xD800;", "R&D;", "周&恩来"]
)
def test_things_that_are_not_entities_stay(text: str) -> None:
    assert clean_web_text(text) == Cleanup(text, {})


def test_changes_are_counted_per_kind() -> None:
    cleanup = clean_web_text("甲&amp;乙&amp;丙&lt; \n丁")
    assert cleanup.text == "甲&乙&丙<\n丁"
    assert cleanup.changes == {
        "&amp; → &": 2,
        "&lt; → <": 1,
        "trailing spaces removed from lines": 1,
    }


def test_trailing_spaces_go_but_indentation_and_ideographic_spaces_stay() -> None:
    text = "\u3000\u3000第一段 \t\n  第二段\u3000"
    assert clean_web_text(text).text == "\u3000\u3000第一段\n  第二段\u3000"
