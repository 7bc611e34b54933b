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


# -- words the core puts inside a message (db.messages.Phrase) -------------------------------


def _phrased_errors(tmp_path: Path) -> list[UserError | Exception]:
    """Every message whose parameter was English words of the core's, with each phrase its raise
    sites pass (taken from the modules that raise them, so a new phrase there shows up here)."""
    import stat

    from annotator.interchange.errors import ExchangeError
    from annotator.services import entities, export, stored
    from db import migrate
    from db.errors import ProjectFileError
    from db.messages import Phrase

    out = Path("导出.csv")  # a name without English letters: any letter left is the core's
    modes = (stat.S_IFDIR, stat.S_IFIFO, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFSOCK, 0)
    kinds = [Phrase(key) for key in entities.KIND_PHRASES.values()]
    errors: list[Exception] = [
        *(UserError("export.not_regular_file_export_writes", destination=out,
                    kind=export._kind(mode)) for mode in modes),
        *(UserError("imports.not_regular_file_only_text", name="甲.txt", kind=export._kind(mode))
          for mode in modes),
        *(UserError("export.export_another_file", destination=out, what=what)
          for what in export.PROJECT_FILE_SUFFIXES.values()),
        *(UserError("stored.some_these_removed_meanwhile_nothing", things=noun)
          for noun in stored.NOUNS.values()),
        *(UserError("stored.cannot_put_back_project_changed", things=noun, first=7)
          for noun in stored.NOUNS.values()),
        *(UserError("codes.code_named_already_exists", name="外交", where=Phrase(key))
          for key in ("phrase.codes.at_top", "phrase.codes.under_same_parent")),
        UserError("codes.code_named_already_exists_differs", existing="外交", name="外交",
                  where=Phrase("phrase.codes.at_top")),
        UserError("documents.no_such_title", title="甲"),
        UserError("documents.no_such_id_or_title", title="3"),
        UserError("cli.no_correction", text="甲"),
        UserError("cli.delete_code_needs_yes", code="外交", pronoun=Phrase("phrase.cli.them"),
                  held=Phrase("phrase.cli.both", first=Phrase("phrase.cli.sub_code", count=1),
                              second=Phrase("phrase.cli.coded_passages", count=1_200))),
        *(UserError("cli.delete_code_needs_yes", code="外交", held=Phrase(key, count=number),
                    pronoun=Phrase("phrase.cli.it" if number == 1 else "phrase.cli.them"))
          for key, number in (("phrase.cli.sub_codes", 2), ("phrase.cli.coded_passage", 1))),
        UserError("cli.no_correction_at", start=1, end=2, title="甲"),
        *(UserError("entities.not_found_as_kind", text="甲", kind=kind) for kind in kinds),
        *(UserError("entities.corrected_everywhere_already", text="甲", said=said)
          for said in (*kinds, Phrase("phrase.entities.no_entity"))),
        *(UserError("entities.span_corrected_already", start=1, end=2, title="甲", said=said)
          for said in (Phrase("phrase.entities.rejected"),
                       *(Phrase("phrase.entities.marked", kind=kind) for kind in kinds))),
        *(ExchangeError("exchange.no_valid_guid", label="甲.qde", what=Phrase(key), guid="?")
          for key in ("phrase.exchange.user", "phrase.exchange.text_source",
                      "phrase.exchange.coding", "phrase.exchange.note")),
        ExchangeError("exchange.no_valid_guid", label="甲.qde", guid="?",
                      what=Phrase("phrase.exchange.selection_in", source="乙")),
        *(ExchangeError("exchange.missing_from_archive", label="甲.qdpx", path="乙.txt",
                        what=Phrase(key, name="乙"))
          for key in ("phrase.exchange.text_of", "phrase.exchange.the_note")),
        *(UserError("exchange.more_than_excel_sheet_holds", limit=1_048_575, what=Phrase(key))
          for key in ("phrase.exchange.passages", "phrase.exchange.codes",
                      "phrase.exchange.memos", "phrase.exchange.rows")),
        *(ProjectFileError("db.copy.not_empty_holds_copy_goes", target="甲", what=what)
          for what in (Phrase("phrase.db.a_project"), Phrase("phrase.db.tables", count=3))),
        *(ProjectFileError("db.migrate.but_not_project_app", where="甲", what=Phrase(key))
          for key in ("phrase.db.an_sqlite_database", "phrase.db.a_database")),
        *(ProjectFileError("db.migrate.project_cannot_opened", where="甲", kind=Phrase(key))
          for key in migrate.KIND_PHRASES.values()),
    ]
    return errors


def _phrases_in(value: object) -> set[str]:
    from db.messages import Phrase

    if not isinstance(value, Phrase):
        return set()
    return {value.key}.union(*(_phrases_in(part) for part in value.params.values()))


# Names in a Chinese message that are no English words: products, formats, file suffixes, `id`,
# the command line's --yes.
KEPT = {"SQLite", "Unicode", "GUID", "Excel", "CSV", "id", "wal", "shm", "lock", "createdb",
        "qde", "qdpx", "txt", "csv", "yes"}


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_words_inside_a_message_are_translated_with_it(qapp, tmp_path, language):
    import re

    from annotator.messages import CATALOG
    from annotator.ui import i18n

    errors = _phrased_errors(tmp_path)
    used = set().union(*(_phrases_in(value) for error in errors for value in error.params.values()))
    assert used == {key for key in CATALOG if key.startswith("phrase.")}  # every phrase is seen
    i18n.install(qapp, language)
    try:
        for error in errors:
            text = error_text(error)
            english = set(re.findall(r"[A-Za-z]+", text)) - KEPT
            assert english == set(), f"{error.key}: {text}"
            assert text != str(error)
    finally:
        i18n.install(qapp, i18n.ENGLISH)


def test_the_command_line_says_the_phrases_in_english(tmp_path):
    from annotator.services import export

    error = UserError("export.not_regular_file_export_writes", destination=tmp_path,
                      kind=export._kind(0o040000))
    assert str(error).startswith(f"{tmp_path}: is a folder, not a regular file")
    assert error_text(error).startswith(f"{tmp_path}: is a folder, not a regular file")


def test_a_real_refusal_names_the_folder_in_chinese(qapp, project, tmp_path):
    from annotator.services.export import checked_destination
    from annotator.ui import i18n

    folder = tmp_path / "导出"
    folder.mkdir()
    with pytest.raises(UserError) as caught:
        checked_destination(project, folder)
    assert "is a folder" in str(caught.value)
    i18n.install(qapp, "zh_CN")
    try:
        assert "是文件夹，不是普通文件" in error_text(caught.value)
    finally:
        i18n.install(qapp, i18n.ENGLISH)
