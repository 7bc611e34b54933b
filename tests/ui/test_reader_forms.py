"""What the reader shows of a document: its original text in its own script, a conversion
marked character by character, a font variant that fits the script shown, word segments that
no code's tint resembles, and selections of exact characters without Alt."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFontInfo, QImage

from annotator import paths
from annotator.domain import Mark
from annotator.text.forms import count_differences
from annotator.text.script import to_simplified, to_traditional
from annotator.services.codes import NEW_CODE_COLOURS
from annotator.ui.reader import SEGMENT_TINT, DisplayScript, ReaderView
from tests.conftest import TRADITIONAL_SAMPLE
from tests.ui.conftest import point_of
from tests.ui.test_reader import SENTENCES, TEXT, WORDS, drag

SAMPLE = TRADITIONAL_SAMPLE.read_text(encoding="utf-8")[:600]


def make_reader(qtbot, text: str, script: str | None = None, encoding: str = "") -> ReaderView:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    qtbot.waitExposed(view)
    words = list(range(len(text) + 1))
    view.load(1, text, words, [0, len(text)], [], (to_simplified(text), to_traditional(text)),
              document_script=script, encoding=encoding)
    view.highlight_sentence = False
    return view


def grab(reader: ReaderView) -> QImage:
    return reader.viewport().grab().toImage()


def dark_pixels(image: QImage, left: int, top: int, right: int, bottom: int) -> int:
    return sum(
        1
        for x in range(left, right + 1)
        for y in range(top, bottom + 1)
        if QColor(image.pixel(x, y)).lightness() < 200
    )


def test_the_traditional_form_of_a_traditional_text_is_the_text_itself(qtbot) -> None:
    reader = make_reader(qtbot, SAMPLE, "traditional")
    assert to_traditional(SAMPLE) != SAMPLE  # s2t would rewrite 秘 as 祕
    for script in (DisplayScript.ORIGINAL, DisplayScript.TRADITIONAL):
        reader.set_script(script)
        assert reader.displayed_text == SAMPLE
        assert reader.differing_characters == 0
    reader.set_script(DisplayScript.SIMPLIFIED)
    assert reader.displayed_text == to_simplified(SAMPLE)
    assert reader.differing_characters == count_differences(SAMPLE, to_simplified(SAMPLE)) > 0


def test_a_document_without_a_given_script_is_detected(qtbot) -> None:
    reader = make_reader(qtbot, SAMPLE)
    assert reader.document_script == "traditional"
    reader.set_script(DisplayScript.TRADITIONAL)
    assert reader.displayed_text == SAMPLE


def test_each_converted_character_is_marked_with_a_dot(qtbot) -> None:
    reader = make_reader(qtbot, SAMPLE, "traditional")
    converted = SAMPLE.index("澤")  # 泽 when simplified
    kept = SAMPLE.index("人民")  # the same in both scripts
    assert to_simplified(SAMPLE)[kept] == SAMPLE[kept]

    def dot_at(position: int) -> int:
        rect = reader._span_rect(position, position + 1)
        centre = rect.center().x()
        return dark_pixels(grab(reader), centre - 2, rect.top(), centre + 2, rect.top() + 4)

    assert dot_at(converted) == 0 and dot_at(kept) == 0  # the original: no dots
    reader.set_script(DisplayScript.SIMPLIFIED)
    assert dot_at(converted) > 0
    assert dot_at(kept) == 0
    reader.set_script(DisplayScript.TRADITIONAL)  # the original again
    assert dot_at(converted) == 0


@pytest.mark.parametrize(("script", "encoding", "shown", "family"), [
    ("simplified", "utf-8", DisplayScript.ORIGINAL, "Noto Serif CJK SC"),
    ("traditional", "utf-8", DisplayScript.ORIGINAL, "Noto Serif CJK TC"),
    ("traditional", "utf-8", DisplayScript.SIMPLIFIED, "Noto Serif CJK SC"),
    ("simplified", "gb18030", DisplayScript.TRADITIONAL, "Noto Serif CJK TC"),
    ("traditional", "big5hkscs", DisplayScript.ORIGINAL, "Noto Serif CJK HK"),
])
def test_the_font_variant_follows_the_script_shown(qtbot, script, encoding, shown, family) -> None:
    reader = make_reader(qtbot, "毛泽东说：好。" if script == "simplified" else "毛澤東說：好。", script, encoding)
    size = reader.font().pointSizeF()
    reader.set_script(shown)
    assert QFontInfo(reader.font()).family() == family  # the font really used
    assert reader.font().pointSizeF() == size  # a zoom survives


def code_colours() -> list[str]:
    codebook = json.loads(paths.DEFAULT_CODEBOOK.read_text(encoding="utf-8"))
    return [code["color"] for code in codebook["codes"]] + list(NEW_CODE_COLOURS)


def test_word_segments_have_no_hue_a_code_could_share() -> None:
    assert SEGMENT_TINT.hsvSaturation() == 0  # neutral grey
    for colour in code_colours():
        tint = QColor(colour)
        if tint.hsvSaturation() > 40:
            assert tint.hsvSaturation() - SEGMENT_TINT.hsvSaturation() > 40, colour


@pytest.mark.parametrize("colour", code_colours())
def test_word_segments_are_shaded_unlike_any_coded_passage(qtbot, colour) -> None:
    # Grey codes exist (#999999 is offered): the segment shading leaves the top of the line
    # clear, where a passage's tint runs the full height.
    text = "毛澤東訪問蘇聯斯大林會談"
    reader = make_reader(qtbot, text, "traditional")
    reader._words = [0, 3, 5, 7, 10, 12]
    reader.show_segments = True
    reader.set_code_colors({1: colour})
    reader.reset_passages([Mark(1, 7, 10, 1)])  # 斯大林, a word the segments do not shade
    image = grab(reader)

    def top_of(position: int) -> QColor:
        rect = reader._span_rect(position, position + 1)
        return QColor(image.pixel(rect.center().x(), rect.top() + 1))

    def middle_of(position: int) -> QColor:
        rect = reader._span_rect(position, position + 1)
        return QColor(image.pixel(rect.left() + 1, rect.center().y()))

    background = top_of(5)  # 訪問: a word neither shaded nor coded
    assert middle_of(1) != middle_of(5)  # 澤 (in 毛澤東) is shaded as a segment
    assert top_of(1) == background  # ... but not at the top of its line
    assert top_of(8) != background  # 大 (in 斯大林) is coded: tinted the full height


def test_an_exact_selection_toggle_keeps_the_characters_dragged(qtbot) -> None:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(700, 300)
    reader.show()
    qtbot.waitExposed(reader)
    reader.load(1, TEXT, WORDS, SENTENCES, [])
    drag(qtbot, reader, 8, 16)
    assert reader.selected_span() == (7, 16)  # widened to words
    reader.exact_selection = True
    drag(qtbot, reader, 8, 16)
    assert reader.selected_span() == (8, 16)


def test_shift_and_arrow_keys_select_exact_characters_after_astral_ones(qtbot) -> None:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(700, 300)
    reader.show()
    qtbot.waitExposed(reader)
    reader.load(1, TEXT, WORDS, SENTENCES, [])
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(reader, 8))
    assert reader.selected_span() == (8, 8)
    for _ in range(2):
        qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert reader.selected_span() == (8, 10)  # 澤東, not widened to 毛澤東
    assert reader.textCursor().selectedText() == "澤東"
    reader.select_span(0, 0)
    for _ in range(5):
        qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert reader.selected_span() == (0, 5) and reader.textCursor().selectedText() == "𠮷野家與𪚥"


def test_an_emphasized_passage_is_painted_stronger(qtbot) -> None:
    reader = make_reader(qtbot, SAMPLE, "traditional")
    reader.set_code_colors({1: "#0072B2"})
    reader.reset_passages([Mark(7, 10, 20, 1)])
    point = reader._span_rect(12, 13).center()
    point = QPoint(point.x(), reader._span_rect(12, 13).top() + 2)
    before = QColor(grab(reader).pixel(point)).lightness()
    reader.set_emphasized(7)
    assert reader.emphasized == 7
    assert QColor(grab(reader).pixel(point)).lightness() < before
    reader.set_emphasized(None)
    assert QColor(grab(reader).pixel(point)).lightness() == before


def test_the_stored_forms_are_read_only_once_another_script_is_shown(qtbot) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    reads = []
    stored = ("毛泽东说：好。", "毛澤東說：好。")

    def read_forms():
        reads.append(1)
        return stored

    text = stored[1]
    view.load(1, text, list(range(len(text) + 1)), [0, len(text)], [], read_forms,
              document_script="traditional")
    view.set_script(DisplayScript.TRADITIONAL)  # its own script: the stored text itself
    assert reads == [] and view.toPlainText() == text
    view.set_script(DisplayScript.SIMPLIFIED)
    view.set_script(DisplayScript.ORIGINAL)
    view.set_script(DisplayScript.SIMPLIFIED)
    assert reads == [1] and view.toPlainText() == stored[0]


def test_forms_that_cannot_be_read_are_converted_instead(qtbot) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    view.load(1, SAMPLE, list(range(len(SAMPLE) + 1)), [0, len(SAMPLE)], [], lambda: None,
              document_script="traditional")
    view.set_script(DisplayScript.SIMPLIFIED)
    assert view.toPlainText() == to_simplified(SAMPLE)
