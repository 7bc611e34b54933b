"""The reader shows control and bidirectional formatting characters as visible marks, in every
script, at the stored offsets: a right-to-left override cannot reverse what the reader sees."""

from __future__ import annotations

import pytest

from annotator.services.documents import document_text, load_boundaries
from annotator.services.imports import import_file
from annotator.text.display import HIDDEN
from annotator.ui.reader import DisplayScript, ReaderView
from tests.conftest import TRADITIONAL_SAMPLE

RLO, PDF, LRI, PDI, RLM = "\u202e", "\u202c", "\u2066", "\u2069", "\u200f"
TEXT = (
    f"𠮷毛澤東{RLO}說：勝利{PDF}。\n\x07斯大林{LRI}曰{PDI}{RLM}好\x1b。\n"
    + TRADITIONAL_SAMPLE.read_text(encoding="utf-8")[:400]  # enough prose not to look binary
)


@pytest.fixture
def reader(qtbot, project, write_text) -> ReaderView:
    document = import_file(project, write_text("hostile.txt", TEXT)).document
    stored = document_text(project, document.id)
    assert stored == TEXT  # kept exactly in storage
    boundaries = load_boundaries(project, document.id)
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    view.load(document.id, stored, boundaries.words, boundaries.sentences, [])
    return view


@pytest.mark.parametrize("script", list(DisplayScript))
def test_the_displayed_text_has_no_hidden_characters_and_the_same_length(reader, script) -> None:
    reader.set_script(script)
    shown = reader.displayed_text
    assert len(shown) == len(TEXT)
    assert not set(shown) & HIDDEN
    assert reader.toPlainText() == shown  # what Qt holds is what was checked
    assert reader.text == TEXT  # the stored text is untouched


def test_offsets_on_screen_are_offsets_in_the_stored_text(reader) -> None:
    start, end = TEXT.index(RLO), TEXT.index(PDF) + 1
    reader.select_span(start, end)
    assert reader.selected_span() == (start, end)
    assert reader.displayed_text[start:end] == "⟪說：勝利⟫"
    assert TEXT[start:end] == f"{RLO}說：勝利{PDF}"
    after = TEXT.index("斯大林")
    assert reader.displayed_text[after:after + 3] == "斯大林"
