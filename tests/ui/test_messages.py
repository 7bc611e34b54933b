"""The window renders errors through its translations and shows every name with its hidden
characters made visible: a U+202E in a title must not reverse the words around it on screen,
a U+0007 must not vanish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QMessageBox

from annotator.errors import UserError
from annotator.services.imports import ImportOptions, import_file
from annotator.text.errors import DecodeError
from annotator.ui.messages import error_text, shown

SNEAKY = "\u202e電報\u0007"  # a right-to-left override and a bell in a title
RAW = ("\u202e", "\u0007")


def _raw_in(text: str) -> bool:
    return any(character in text for character in RAW)


class _Chinese(QTranslator):
    """A translation of two templates, as the Chinese interface's .qm file gives them."""

    TEXTS = {
        "no code named “{text}”": "没有名为“{text}”的代码",
        "{source}: the file is empty": "{source}：文件是空的",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return self.TEXTS.get(source) if context == "messages" else None


@pytest.fixture
def chinese(qapp):
    translator = _Chinese()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_an_error_is_shown_by_its_translated_template(chinese):
    error = UserError("codes.no_code_named", text="外交")
    assert str(error) == "no code named “外交”"  # the command line's English line
    assert error_text(error) == "没有名为“外交”的代码"


def test_without_a_translation_the_english_template_is_shown(qapp):
    assert error_text(UserError("codes.no_code_named", text="外交")) == "no code named “外交”"


def test_a_parameter_shows_its_hidden_characters_as_marks(chinese):
    text = error_text(DecodeError("text.decode.empty", source=f"{SNEAKY}.txt"))
    assert text == "⟪電報␇.txt：文件是空的"
    assert str(DecodeError("text.decode.empty", source="a\u202eb")) == "a\u202eb: the file is empty"


def test_an_error_inside_an_error_is_translated_too(chinese):
    inner = DecodeError("text.decode.empty", source="甲.txt")
    outer = UserError("exchange.not_well_formed_xml", label="x.qde", error=inner)
    assert error_text(outer) == "x.qde: not well-formed XML (甲.txt：文件是空的)"


def test_an_error_without_a_key_is_shown_by_its_own_text_made_visible(qapp):
    assert error_text(RuntimeError(f"boom {SNEAKY}")) == "boom ⟪電報␇"


def test_the_display_helper_marks_line_breaks_in_a_one_line_name():
    assert shown(f"{SNEAKY}\nsecond") == "⟪電報␇⬚second"
    assert shown(Path("a\u202eb.sqlite")) == "a⟪b.sqlite"


# -- in the window ---------------------------------------------------------------------------


@pytest.fixture
def sneaky_document(window, tmp_path: Path):
    path = tmp_path / "t.txt"
    path.write_text("甲乙。" + "毛澤東到莫斯科。" * 5, encoding="utf-8")
    options = ImportOptions(title=SNEAKY, author=SNEAKY)
    document = import_file(window.session.project, path, options).document
    window.session.documentsChanged.emit()
    return document


def test_a_document_title_with_hidden_characters_shows_marks_in_its_tooltip(window, sneaky_document):
    model = window.documents_panel.model
    row = model.row_of(sneaky_document.id)
    tooltip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "⟪電報␇" in tooltip and "author: ⟪電報␇" in tooltip
    assert not _raw_in(tooltip)


def test_the_passage_filter_lists_a_title_with_marks(window, sneaky_document):
    combo = window.passages_panel.document_filter
    texts = [combo.itemText(index) for index in range(combo.count())]
    assert "⟪電報␇" in texts
    assert not any(_raw_in(text) for text in texts)


def test_deleting_a_document_names_it_with_marks_in_the_undo_menu(window, sneaky_document):
    from annotator.ui.commands import DeleteDocumentCommand

    session = window.session
    assert session.execute(DeleteDocumentCommand(session, sneaky_document))
    assert session.undo_stack.undoText() == "Delete “⟪電報␇”"


def test_a_project_whose_file_name_holds_hidden_characters_shows_marks_in_the_title(
        window, tmp_path: Path):
    path = tmp_path / "team\u202e\u0007.sqlite"
    assert window.switch_project(path)
    assert window.windowTitle().startswith("team⟪␇.sqlite — ")
    entries = [action.text() for action in window.recent_menu.actions()]
    assert any("team⟪␇.sqlite" in entry for entry in entries)
    assert not any(_raw_in(entry) for entry in [window.windowTitle(), *entries])


def test_an_import_error_names_the_file_with_marks(qtbot, window, tmp_path: Path):
    path = tmp_path / f"{SNEAKY}.txt"
    path.write_bytes(b"")
    job = window.start_import(path, b"", ImportOptions())
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60_000)
    assert window.last_error == "⟪電報␇.txt: the file is empty"
    box = window.findChild(QMessageBox, "errorBox")
    assert box.text() == "⟪電報␇.txt: the file is empty"


def test_a_passage_tooltip_shows_its_coder_and_memo_with_marks(window, sneaky_document):
    from annotator.ui.reader import passage_tooltip

    session = window.session
    session.coder = SNEAKY  # a coder name typed with hidden characters
    passage = session.tag(sneaky_document.id, 0, 2, session.codes()[0].id, memo=SNEAKY)
    tooltip = passage_tooltip(session.passages_by_id([passage.id]))
    assert tooltip.count("⟪電報␇") == 2  # coder and memo
    assert not _raw_in(tooltip)
