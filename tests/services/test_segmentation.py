"""The project's own dictionary words, and snapping a range to words or sentences."""

from __future__ import annotations

import pytest

from annotator.errors import UserError
from annotator.services.documents import document_text, load_boundaries
from annotator.services.imports import import_file
from annotator.services.segmentation import add_dictionary_word, dictionary_words, snap
from tests.conftest import SIMPLIFIED_SAMPLE

TEXT = "毛澤東與斯大林在克里姆林宮會談。中蘇友好同盟互助條約隨後簽訂。"


def pieces(project, document_id: int) -> list[str]:
    text = document_text(project, document_id)
    words = load_boundaries(project, document_id).words
    return [text[a:b] for a, b in zip(words, words[1:])]


def test_a_new_word_resegments_the_documents_that_contain_it(project, write_text) -> None:
    document = import_file(project, write_text("talks.txt", TEXT)).document
    assert "克里姆林宮會談" not in pieces(project, document.id)
    # The word is added in simplified form; the traditional text is found through its folding.
    assert add_dictionary_word(project, "克里姆林宫会谈") == [document.id]
    assert "克里姆林宮會談" in pieces(project, document.id)
    assert dictionary_words(project) == ["克里姆林宫会谈"]


def test_presegmented_documents_keep_their_source_boundaries(project) -> None:
    document = import_file(project, SIMPLIFIED_SAMPLE).document
    before = pieces(project, document.id)
    assert add_dictionary_word(project, "毛泽东这次") == []
    assert pieces(project, document.id) == before


def test_bad_or_repeated_words_are_refused(project) -> None:
    add_dictionary_word(project, "師哲")
    with pytest.raises(UserError, match="already"):
        add_dictionary_word(project, "師哲")
    with pytest.raises(UserError, match="no spaces"):
        add_dictionary_word(project, "師 哲")


def test_snapping_widens_a_range_to_words_and_sentences(project, write_text) -> None:
    document = import_file(project, write_text("talks.txt", TEXT)).document
    assert snap(project, document.id, 1, 2) == (0, 3)  # 毛澤東
    sentence = TEXT.index("。") + 1
    assert snap(project, document.id, 5, 6, "sentence") == (0, sentence)
    with pytest.raises(UserError):
        snap(project, document.id, 0, len(TEXT) + 1)
