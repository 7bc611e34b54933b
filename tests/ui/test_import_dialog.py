"""The import dialog shows how a file decodes and lets the user override what was detected."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from annotator.ui.import_dialog import ImportDialog
from tests.conftest import SIMPLIFIED_SAMPLE

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
