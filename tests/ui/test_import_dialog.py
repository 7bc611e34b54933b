"""The import dialog shows what an import will store, says at once when the text is already
in the project, and lets the user override what was detected; the window reads each file in
the background before asking."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from annotator.services.imports import find_duplicate, read_source_text
from annotator.ui.import_dialog import ImportDialog
from tests.conftest import SIMPLIFIED_SAMPLE, TRADITIONAL_SAMPLE
from tests.helpers.sources import docx_bytes, pdf_with_text_layer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TYPESET = (FIXTURES / "cjk-text-layer.txt").read_text(encoding="utf-8").strip()

LETTER = "毛澤東致斯大林：我們同意你的意見。\n一九四九年十二月"


def test_a_big5_file_is_detected_and_previewed(qtbot) -> None:
    dialog = ImportDialog(Path("信.txt"), LETTER.encode("big5"))
    qtbot.addWidget(dialog)
    assert "big5" in dialog.detected.text() and "traditional" in dialog.detected.text()
    assert dialog.preview.toPlainText() == LETTER
    assert dialog.title.text() == "信"


def test_a_wrong_encoding_override_disables_import_with_the_reason(qtbot) -> None:
    dialog = ImportDialog(Path("信.txt"), LETTER.encode("big5"))
    qtbot.addWidget(dialog)
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
    assert "Cannot import" in dialog.detected.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("big5"))
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.options().encoding == "big5"


def test_presegmentation_is_detected_and_can_be_refused(qtbot) -> None:
    dialog = ImportDialog(SIMPLIFIED_SAMPLE, SIMPLIFIED_SAMPLE.read_bytes())
    qtbot.addWidget(dialog)
    assert dialog.preview.toPlainText().startswith("毛泽东这次访苏")
    dialog.presegmented.setCurrentIndex(dialog.presegmented.findData("no"))
    assert dialog.preview.toPlainText().startswith("毛泽东 这次 访苏")
    dialog.title.setText("  访苏  ")
    dialog.author.setText("佚名")
    options = dialog.options()
    assert (options.presegmented, options.title, options.author) == ("no", "访苏", "佚名")


# -- the preview is what the import stores ------------------------------------------------------

def _count_shown(dialog: ImportDialog) -> int:
    match = re.search(r"([\d,]+) characters", dialog.detected.text())
    assert match, dialog.detected.text()
    return int(match[1].replace(",", ""))


def test_the_preview_shows_and_counts_exactly_what_the_import_stores(qtbot, window) -> None:
    # The pre-segmented sample carries web debris ("& nbsp ;"): the import cleans it, so the
    # preview must too, and say so.
    dialog = ImportDialog(SIMPLIFIED_SAMPLE, SIMPLIFIED_SAMPLE.read_bytes())
    qtbot.addWidget(dialog)
    assert "&nbsp; → space ×" in dialog.cleanup.text() and not dialog.cleanup.isHidden()
    shown, preview = _count_shown(dialog), dialog.preview.toPlainText()
    assert "nbsp" not in preview
    job = window.start_import(SIMPLIFIED_SAMPLE, SIMPLIFIED_SAMPLE.read_bytes(), dialog.options(),
                              reading=dialog.reading(), allow_duplicate=True)
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=120_000)
    stored = window.reader.text
    assert len(stored) == shown and stored.startswith(preview)


def test_the_web_clean_up_can_be_refused_as_on_the_command_line(qtbot) -> None:
    dialog = ImportDialog(SIMPLIFIED_SAMPLE, SIMPLIFIED_SAMPLE.read_bytes())
    qtbot.addWidget(dialog)
    cleaned = _count_shown(dialog)
    dialog.clean_web.setCurrentIndex(dialog.clean_web.findData("no"))
    assert _count_shown(dialog) > cleaned and "nbsp" in dialog.preview.toPlainText()
    assert dialog.cleanup.isHidden()
    assert dialog.options().clean_web == "no"
    reading = read_source_text(SIMPLIFIED_SAMPLE.read_bytes(), SIMPLIFIED_SAMPLE.name, dialog.options())
    assert dialog.reading() == reading


# -- a text already in the project --------------------------------------------------------------

def test_a_text_already_in_the_project_is_shown_at_once_before_any_metadata(qtbot, window) -> None:
    project = window.session.project
    original = next(d for d in window.session.documents() if d.script == "traditional")
    dialog = ImportDialog(Path("second edition.txt"), TRADITIONAL_SAMPLE.read_bytes(),
                          find_duplicate=lambda sha256: find_duplicate(project, sha256))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.duplicate_box.isVisible()
    assert dialog.duplicate_label.text() == (
        f"This text is already in the project as document {original.id} “{original.title}”."
    )
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and not dialog.title.isEnabled() and not dialog.author.isEnabled()
    dialog.import_anyway.setChecked(True)
    assert ok.isEnabled() and dialog.author.isEnabled() and dialog.allow_duplicate()
    # Another text is no duplicate.
    other = ImportDialog(Path("信.txt"), LETTER.encode("big5"),
                         find_duplicate=lambda sha256: find_duplicate(project, sha256))
    qtbot.addWidget(other)
    assert other.duplicate_box.isHidden() and not other.allow_duplicate()


def _accept_with(monkeypatch, check) -> list[ImportDialog]:
    """Replace the dialog's modal loop: run `check` on the dialog as shown, then accept."""
    seen: list[ImportDialog] = []

    def exec_(dialog: ImportDialog) -> int:
        seen.append(dialog)
        check(dialog)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    return seen


def test_a_second_edition_is_imported_from_the_window_when_the_user_means_it(qtbot, window, monkeypatch, tmp_path) -> None:
    path = tmp_path / "1998 edition.txt"
    path.write_bytes(TRADITIONAL_SAMPLE.read_bytes())

    def confirm(dialog: ImportDialog) -> None:
        assert "already in the project" in dialog.duplicate_label.text()
        dialog.import_anyway.setChecked(True)
        dialog.author.setText("丁明")

    seen = _accept_with(monkeypatch, confirm)
    window.import_files([path])
    qtbot.waitUntil(lambda: window.documents_panel.model.rowCount() == 3, timeout=120_000)
    assert len(seen) == 1
    copy = next(d for d in window.session.documents() if d.title == "1998 edition")
    assert copy.author == "丁明"
    assert window.reader.text == TRADITIONAL_SAMPLE.read_text(encoding="utf-8").replace("\r\n", "\n")


# -- Word, PDF and web pages in the window --------------------------------------------------------

def test_a_pdf_is_read_in_the_background_previewed_and_imported(qtbot, window, monkeypatch) -> None:
    def check(dialog: ImportDialog) -> None:
        assert "Read as: <b>PDF</b>" in dialog.detected.text()
        assert not dialog.encoding.isEnabled()
        assert "radicals → the ideographs" in dialog.cleanup.text()
        assert "line breaks inside sentences rejoined" in dialog.cleanup.text()
        assert dialog.preview.toPlainText() == TYPESET

    seen = _accept_with(monkeypatch, check)
    window.import_files([FIXTURES / "cjk-text-layer.pdf"])
    qtbot.waitUntil(lambda: window.documents_panel.model.rowCount() == 3, timeout=120_000)
    assert len(seen) == 1
    assert window.reader.text == TYPESET
    assert next(d for d in window.session.documents() if d.title == "cjk-text-layer").encoding == "pdf"


def test_a_scanned_pdf_is_refused_without_asking_and_the_next_file_is_asked_about(qtbot, window, monkeypatch, tmp_path) -> None:
    word = tmp_path / "致斯大林.docx"
    word.write_bytes(docx_bytes(lambda d: (d.add_paragraph("斯大林同志："), d.add_paragraph("我们同意。"))))
    seen = _accept_with(monkeypatch, lambda dialog: None)
    window.import_files([FIXTURES / "scanned.pdf", word])
    qtbot.waitUntil(lambda: window.documents_panel.model.rowCount() == 3, timeout=120_000)
    assert "scanned.pdf: no text layer: run OCR first" in window.last_error
    assert [dialog.path.name for dialog in seen] == ["致斯大林.docx"]
    assert window.reader.text == "斯大林同志：\n我们同意。"


def test_files_dropped_on_the_documents_panel_are_imported_whatever_their_format(qtbot, window, monkeypatch, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    page = tmp_path / "访苏.html"
    page.write_bytes('<html><head><meta charset="gb2312"></head><body><p>毛泽东访苏。</p></body></html>'
                     .encode("gb18030"))
    seen = _accept_with(monkeypatch, lambda dialog: None)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(page))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.documents_panel.dropEvent(event)
    qtbot.waitUntil(lambda: window.documents_panel.model.rowCount() == 3, timeout=120_000)
    assert [dialog.path for dialog in seen] == [page]
    assert window.reader.text == "毛泽东访苏。"


def test_the_file_dialog_offers_word_pdf_and_web_pages(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    offered = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args: offered.append(args[3]) or ([], ""))
    window.import_files([])
    first = offered[0].split(";;")[0]
    assert all(pattern in first for pattern in ("*.txt", "*.docx", "*.pdf", "*.html", "*.htm"))


def test_cancelling_while_a_long_pdf_is_read_asks_nothing_and_stores_nothing(qtbot, window, monkeypatch, tmp_path) -> None:
    book = tmp_path / "book.pdf"
    book.write_bytes(pdf_with_text_layer([[f"第{n}页，毛泽东访问莫斯科。"] for n in range(3000)]))
    later = tmp_path / "later.txt"
    later.write_text("稍后的文件。", encoding="utf-8")
    seen = _accept_with(monkeypatch, lambda dialog: None)
    window.import_files([book, later])
    assert window.cancel_button.isVisible() and "book.pdf" in window.progress.format()
    window.cancel_button.click()
    qtbot.waitUntil(lambda: not window.jobs, timeout=60_000)
    qtbot.wait(50)  # the queued step after the job
    assert seen == [] and window.documents_panel.model.rowCount() == 2
    assert "cancelled" in window.statusBar().currentMessage()
