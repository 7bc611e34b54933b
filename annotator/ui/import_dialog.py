"""The import dialog: shows how a file decodes, lets the user confirm or override the encoding,
pre-segmentation and title (and add metadata) before the import runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import USER_ERRORS
from annotator.services.imports import ImportOptions
from annotator.text.decode import SUPPORTED_ENCODINGS, decode_bytes
from annotator.text.normalize import normalize_text
from annotator.text.presegmented import looks_presegmented, remove_segmentation_spaces
from annotator.text.script import detect_script
from annotator.ui.reader import reading_font

PREVIEW_CHARS = 3000
AUTO = "auto"


class ImportDialog(QDialog):
    def __init__(self, path: Path, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import {path.name}")
        self.path, self.data = path, data
        self.encoding = QComboBox()
        self.encoding.setObjectName("encodingChoice")
        self.encoding.addItem("Detect automatically", AUTO)
        for name in SUPPORTED_ENCODINGS:
            self.encoding.addItem(name, name)
        self.presegmented = QComboBox()
        self.presegmented.setObjectName("presegmentedChoice")
        self.presegmented.addItem("Detect automatically", "auto")
        self.presegmented.addItem("Yes: words are separated by spaces", "yes")
        self.presegmented.addItem("No: segment it with jieba", "no")
        self.title = QLineEdit(path.stem)
        self.title.setObjectName("titleEdit")
        self.author, self.date, self.source_ref = QLineEdit(), QLineEdit(), QLineEdit()
        self.date.setPlaceholderText("e.g. 1949-12-16")
        self.source_ref.setPlaceholderText("archive, fonds, file, page…")
        self.detected = QLabel()
        self.detected.setObjectName("detectedLabel")
        self.detected.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setFont(reading_font(12))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("Encoding", self.encoding)
        form.addRow("Pre-segmented", self.presegmented)
        form.addRow("Title", self.title)
        form.addRow("Author", self.author)
        form.addRow("Date", self.date)
        form.addRow("Source reference", self.source_ref)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.detected)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self.encoding.currentIndexChanged.connect(self.update_preview)
        self.presegmented.currentIndexChanged.connect(self.update_preview)
        self.update_preview()

    def update_preview(self) -> None:
        chosen = self.encoding.currentData()
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            decoded = decode_bytes(self.data, encoding=None if chosen == AUTO else chosen,
                                   source=self.path.name)
        except USER_ERRORS as error:
            self.detected.setText(f"<b>Cannot import:</b> {error}")
            self.preview.setPlainText("")
            ok_button.setEnabled(False)
            return
        text = normalize_text(decoded.text)
        choice = self.presegmented.currentData()
        detected_presegmented = looks_presegmented(text)
        presegmented = detected_presegmented if choice == "auto" else choice == "yes"
        shown = remove_segmentation_spaces(text).text if presegmented else text
        self.detected.setText(
            f"Encoding: <b>{decoded.encoding}</b> · script: <b>{detect_script(shown)}</b> · "
            f"{len(shown):,} characters · pre-segmented: <b>{'yes' if presegmented else 'no'}</b>"
            + (" (detected)" if choice == "auto" else "")
        )
        self.preview.setPlainText(shown[:PREVIEW_CHARS])
        ok_button.setEnabled(True)

    def options(self) -> ImportOptions:
        chosen = self.encoding.currentData()
        return ImportOptions(
            encoding=None if chosen == AUTO else chosen,
            title=self.title.text().strip() or None,
            presegmented=self.presegmented.currentData(),
            author=self.author.text().strip(),
            date=self.date.text().strip(),
            source_ref=self.source_ref.text().strip(),
        )


class MetadataDialog(QDialog):
    """Edit a document's title, author, date, source reference and notes."""

    FIELDS = (("title", "Title"), ("author", "Author"), ("date", "Date"), ("source_ref", "Source reference"))

    def __init__(self, values: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Document details")
        self.edits = {key: QLineEdit(values.get(key, "")) for key, _ in self.FIELDS}
        self.notes = QPlainTextEdit(values.get("notes", ""))
        form = QFormLayout(self)
        for key, label in self.FIELDS:
            form.addRow(label, self.edits[key])
        form.addRow("Notes", self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        result = {key: edit.text() for key, edit in self.edits.items()}
        result["notes"] = self.notes.toPlainText()
        return result
