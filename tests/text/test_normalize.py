"""Normalising text: line endings unified, web debris removed, Chinese text left alone."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.text.normalize import Cleanup, clean_pdf_text, clean_web_text, normalize_text


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


# -- PDF text layers ------------------------------------------------------------------------------

REJOINED = "line breaks inside sentences rejoined"


def test_radicals_in_a_text_layer_become_the_ideographs_they_stand_for() -> None:
    cleaned = clean_pdf_text(["⼗⼆⽉⼗六⽇⽑泽东会⻅斯⼤林。"])
    assert cleaned.text == "十二月十六日毛泽东会见斯大林。"
    [(key, count)] = cleaned.changes.items()
    assert count == 8 and key.startswith("radicals → the ideographs they stand for (U+2F17→十, ")


def test_only_radicals_are_mapped_never_the_whole_text_by_nfkc() -> None:
    # NFKC would also change the compatibility ideograph 豈 (U+F900), full-width letters,
    # circled numbers and the ideographic space; a text layer keeps them.
    text = "\uf900ＡＢＣ①\u3000㈠⺀⽉"
    assert clean_pdf_text([text]).text == "\uf900ＡＢＣ①\u3000㈠⺀月"


@pytest.mark.parametrize("text, door", [("⼾⼝登记处理这个问题。", "户"), ("⼾⼝登記處理這個問題。", "戶")])
def test_the_door_radical_follows_the_texts_script(text, door) -> None:
    assert clean_pdf_text([text]).text.startswith(door + "口")


def test_em_spaces_beside_chinese_become_ideographic_spaces() -> None:
    cleaned = clean_pdf_text(["第一章\u2003总论\n\u2003\u20031949年", "Dear\u2003Sir"])
    assert cleaned.text == "第一章\u3000总论\n\u3000\u30001949年\nDear\u2003Sir"
    assert cleaned.changes == {"em spaces beside Chinese → ideographic spaces (U+3000)": 3}


FULL = "毛泽东于一九四九年十二月访问莫斯科和列宁格勒"  # 22 hanzi: a full line on these pages
PAD = FULL[:-1] + "。"  # as full, and ends a sentence: never joined to what follows


@pytest.mark.parametrize(
    "lines, expected",
    [
        # A full line that does not end a sentence, followed by a hanzi: rejoined.
        ([FULL, "与斯大林会谈。"], [FULL + "与斯大林会谈。"]),
        # Also before an opening quote, a closing mark, a number run into a hanzi; after a comma.
        ([FULL, "「我们同意。」"], [FULL + "「我们同意。」"]),
        ([FULL[:-1] + "，", "1949年到达。"], [FULL[:-1] + "，1949年到达。"]),
        ([FULL + "  ", "与斯大林会谈。"], [FULL + "与斯大林会谈。"]),
        # A short line is a heading or the end of a paragraph.
        (["第一章", FULL, "与斯大林会谈。"], ["第一章", FULL + "与斯大林会谈。"]),
        # Sentence-final punctuation may end a paragraph.
        ([FULL[:-1] + "。", "斯大林会见了他。"], [FULL[:-1] + "。", "斯大林会见了他。"]),
        ([FULL[:-2] + "。」", "斯大林会见了他。"], [FULL[:-2] + "。」", "斯大林会见了他。"]),
        ([FULL[:-1] + "：", "我们同意。"], [FULL[:-1] + "：", "我们同意。"]),
        # A closing bracket after a word does not end a sentence.
        ([FULL[:-2] + "》", "第三版。"], [FULL[:-2] + "》第三版。"]),
        # An indented line starts a paragraph; a page number is not part of the sentence.
        ([FULL, "\u3000\u3000斯大林会见了他。"], [FULL, "\u3000\u3000斯大林会见了他。"]),
        ([FULL, "12", "与斯大林会谈。"], [FULL, "12", "与斯大林会谈。"]),
        # Latin lines are left alone; an empty line is a paragraph break.
        (["The visit of Mao Zedong to Moscow in", "December 1949"], ["The visit of Mao Zedong to Moscow in", "December 1949"]),
        ([FULL, "", "与斯大林会谈。"], [FULL, "", "与斯大林会谈。"]),
    ],
)
def test_line_breaks_inside_sentences_are_rejoined(lines, expected) -> None:
    page = [PAD] * 6 + lines  # enough full lines to know the page's width
    cleaned = clean_pdf_text(["\n".join(page)])
    assert cleaned.text.split("\n")[6:] == expected
    rejoined = len(page) - len(cleaned.text.split("\n"))
    assert cleaned.changes.get(REJOINED, 0) == rejoined


def test_where_paragraphs_are_indented_a_full_line_ending_a_sentence_continues() -> None:
    page = [
        "\u3000\u3000" + FULL[:-2], FULL[:-1] + "。", "斯大林会见了他。",
        "\u3000\u3000" + FULL[:-2], FULL, "会谈了两个小时。",
        "\u3000\u3000两人谈得很好。",
    ]
    assert clean_pdf_text(["\n".join(page)]).text.split("\n") == [
        "\u3000\u3000" + FULL[:-2] + FULL[:-1] + "。斯大林会见了他。",
        "\u3000\u3000" + FULL[:-2] + FULL + "会谈了两个小时。",
        "\u3000\u3000两人谈得很好。",
    ]


def test_a_sentence_continues_across_pages() -> None:
    first = "\n".join([PAD] * 4 + [FULL])
    cleaned = clean_pdf_text([first, "与斯大林会谈。"])
    assert cleaned.text.split("\n")[4:] == [FULL + "与斯大林会谈。"]
    assert cleaned.changes[REJOINED] == 1


_PDF_TEXT = st.lists(st.sampled_from(["毛泽东", "访问", "，", "。", "\n", " ", "\u3000", "12", "ABC",
                                      "⽉", "」", "\u2003"]), max_size=60).map("".join)


@given(st.lists(_PDF_TEXT, min_size=1, max_size=4))
def test_the_clean_up_only_maps_radicals_and_spaces_and_takes_out_line_breaks(pages) -> None:
    cleaned = clean_pdf_text(pages).text

    def visible(text: str) -> str:
        return re.sub(r"[\s\u3000\u2003]", "", text).replace("⽉", "月")

    assert visible(cleaned) == visible("\n".join(pages))
    assert cleaned.count("\n") <= "\n".join(pages).count("\n")


@pytest.mark.parametrize(("text", "clean"), [
    ("第一段 ", "第一段"),
    ("第一段\t", "第一段"),
    ("第一段\t\n第二段", "第一段\n第二段"),
    ("AT&T 與 R&D\n", "AT&T 與 R&D\n"),
    ("無空格\n無實體\n", "無空格\n無實體\n"),
])
def test_trailing_spaces_are_found_anywhere_and_a_bare_ampersand_stays(text: str, clean: str) -> None:
    assert clean_web_text(text).text == clean
