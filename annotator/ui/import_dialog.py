"""The import dialog: previews exactly the text an import of a file will store (read by its
format, normalised, web clean-up and pre-segmentation as chosen), says at once whether that
text is already in the project, and lets the user confirm or override encoding,
pre-segmentation, web clean-up and title (and add metadata) before the import runs."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.domain import DocumentInfo
from annotator.errors import USER_ERRORS
from annotator.ui.messages import error_text, shown
from annotator.services.imports import ImportOptions, SourceReading, reading_from_source
from annotator.text.decode import SUPPORTED_ENCODINGS
from annotator.text.display import visible
from annotator.text.script import detect_script
from annotator.text.sources import FORMAT_NAMES, SourceText, encoding_applies, read_source, source_format
from annotator.ui.documents_panel import script_name
from annotator.ui.reader import reading_font

PREVIEW_CHARS = 3000
AUTO = "auto"
translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls
# The names of the formats (annotator.text.sources.FORMAT_NAMES) and of the clean-ups the
# import reports (annotator.text.normalize and sources), marked here to be translated.
_FORMAT_NAMES = (QT_TRANSLATE_NOOP("formats", "plain text"), QT_TRANSLATE_NOOP("formats", "web page (HTML)"),
                 QT_TRANSLATE_NOOP("formats", "Word (.docx)"), QT_TRANSLATE_NOOP("formats", "PDF"))
_CLEANUPS = (
    QT_TRANSLATE_NOOP("cleanup", "&nbsp; → space"),
    QT_TRANSLATE_NOOP("cleanup", "trailing spaces removed from lines"),
    QT_TRANSLATE_NOOP("cleanup", "line breaks inside sentences rejoined"),
    QT_TRANSLATE_NOOP("cleanup", "pages without a text layer left out (scanned? run OCR on them)"),
    QT_TRANSLATE_NOOP("cleanup", "footnotes and endnotes left out"),
    QT_TRANSLATE_NOOP("cleanup", "em spaces beside Chinese → ideographic spaces (U+3000)"),
)


def format_name(kind: str) -> str:
    return translate("formats", FORMAT_NAMES[kind])

FindDuplicate = Callable[[str], DocumentInfo | None]


class ImportDialog(QDialog):
    """`source` is the file already read with the encoding detected (the window reads long
    PDFs in the background first); without it the dialog reads the file itself.
    `find_duplicate` looks a text's fingerprint up in the project."""

    def __init__(self, path: Path, data: bytes, parent: QWidget | None = None, *,
                 source: SourceText | None = None,
                 find_duplicate: FindDuplicate | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {name}").format(name=shown(path.name)))
        self.path, self.data = path, data
        self._find_duplicate = find_duplicate
        self._sources: dict[str | None, SourceText | Exception] = {}
        if source is not None:
            self._sources[None] = source
        self._reading: SourceReading | None = None
        self._duplicate: DocumentInfo | None = None

        self.duplicate_box = QFrame()
        self.duplicate_box.setObjectName("duplicateBox")
        self.duplicate_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_label = QLabel()
        self.duplicate_label.setObjectName("duplicateLabel")
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.duplicate_label.font()
        bold.setBold(True)
        self.duplicate_label.setFont(bold)
        self.import_anyway = QCheckBox(self.tr("Import anyway (e.g. a second edition)"))
        self.import_anyway.setObjectName("importAnyway")
        box_layout = QVBoxLayout(self.duplicate_box)
        box_layout.addWidget(self.duplicate_label)
        box_layout.addWidget(self.import_anyway)
        self.duplicate_box.hide()

        self.encoding = QComboBox()
        self.encoding.setObjectName("encodingChoice")
        self.encoding.addItem(self.tr("Detect automatically"), AUTO)
        for name in SUPPORTED_ENCODINGS:
            self.encoding.addItem(name, name)
        self.presegmented = QComboBox()
        self.presegmented.setObjectName("presegmentedChoice")
        self.presegmented.addItem(self.tr("Detect automatically"), "auto")
        self.presegmented.addItem(self.tr("Yes: words are separated by spaces"), "yes")
        self.presegmented.addItem(self.tr("No: segment it with jieba"), "no")
        self.clean_web = QComboBox()
        self.clean_web.setObjectName("cleanWebChoice")
        self.clean_web.setToolTip(self.tr("Decode HTML entities such as “& nbsp ;” left in text copied "
                                          "from the web, and remove spaces at line ends"))
        self.clean_web.addItem(self.tr("When web debris is found"), "auto")
        self.clean_web.addItem(self.tr("Always"), "yes")
        self.clean_web.addItem(self.tr("Never: keep the text as it is"), "no")
        self.title = QLineEdit(path.stem)
        self.title.setObjectName("titleEdit")
        self.author, self.date, self.source_ref = QLineEdit(), QLineEdit(), QLineEdit()
        self.date.setPlaceholderText(self.tr("e.g. 1949-12-16"))
        self.source_ref.setPlaceholderText(self.tr("archive, fonds, file, page…"))
        self.detected = QLabel()
        self.detected.setObjectName("detectedLabel")
        self.detected.setWordWrap(True)
        self.cleanup = QLabel()
        self.cleanup.setObjectName("cleanupLabel")
        self.cleanup.setWordWrap(True)
        self.cleanup.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setFont(reading_font(12))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Pre-segmented"), self.presegmented)
        form.addRow(self.tr("Web clean-up"), self.clean_web)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Source reference"), self.source_ref)
        layout = QVBoxLayout(self)
        layout.addWidget(self.duplicate_box)
        layout.addLayout(form)
        layout.addWidget(self.detected)
        layout.addWidget(self.cleanup)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 600)
        self._fixed_encoding()
        for choice in (self.encoding, self.presegmented, self.clean_web):
            choice.currentIndexChanged.connect(self.update_preview)
        self.import_anyway.toggled.connect(self._update_buttons)
        self.update_preview()

    def _fixed_encoding(self) -> None:
        """PDF and Word files carry Unicode text: no encoding to choose."""
        known = self._sources.get(None)
        try:
            kind = known.format if isinstance(known, SourceText) else source_format(self.data, self.path.name)
        except USER_ERRORS:
            return  # update_preview reports why the file cannot be read
        if not encoding_applies(kind):
            self.encoding.setEnabled(False)
            self.encoding.setToolTip(self.tr("A {format} file carries its own encoding").format(
                format=format_name(kind)))

    def _source(self, encoding: str | None) -> SourceText:
        """The file read in this encoding (None: detected), read once per encoding."""
        if encoding not in self._sources:
            try:
                self._sources[encoding] = read_source(self.data, self.path.name, encoding=encoding)
            except USER_ERRORS as error:
                self._sources[encoding] = error
        known = self._sources[encoding]
        if isinstance(known, Exception):
            raise known
        return known

    def update_preview(self) -> None:
        chosen = self.encoding.currentData()
        options = self.options()
        try:
            source = self._source(None if chosen == AUTO or not self.encoding.isEnabled() else chosen)
            reading = reading_from_source(source, self.path.name, options)
        except USER_ERRORS as error:
            self._reading, self._duplicate = None, None
            self.detected.setText(self.tr("<b>Cannot import:</b> {error}").format(
                error=html.escape(error_text(error))))
            self.cleanup.hide()
            self.preview.setPlainText("")
            self.duplicate_box.hide()
            self._update_buttons()
            return
        self._reading = reading
        shown = reading.text
        how = (self.tr("Encoding: <b>{encoding}</b>").format(encoding=html.escape(reading.encoding))
               if reading.format == "text"
               else self.tr("Read as: <b>{format}</b>").format(format=html.escape(format_name(reading.format)))
               + (f" ({html.escape(source.encoding.removeprefix('html ').strip('()'))})"
                  if reading.format == "html" else ""))
        presegmented = self.tr("pre-segmented: <b>{answer}</b>").format(
            answer=self.tr("yes") if reading.presegmented else self.tr("no"))
        if options.presegmented == "auto":
            presegmented = self.tr("{answer} (detected)").format(answer=presegmented)
        characters = len(shown)  # (lupdate reads a count only when it is a plain name)
        self.detected.setText(" · ".join((
            how,
            self.tr("script: <b>{script}</b>").format(script=script_name(detect_script(shown))),
            translate("ImportDialog", "%Ln character(s)", None, characters),
            presegmented,
        )))
        if reading.cleanup:
            self.cleanup.setText(self.tr("Cleaned: {changes}").format(changes="; ".join(
                f"{translate('cleanup', change)} ×{count:,}" for change, count in reading.cleanup.items())))
            self.cleanup.show()
        else:
            self.cleanup.hide()
        self.preview.setPlainText(shown[:PREVIEW_CHARS])
        self._duplicate = self._find_duplicate(reading.sha256) if self._find_duplicate else None
        if self._duplicate is not None:
            self.duplicate_label.setText(
                self.tr("This text is already in the project as document {number} “{title}”.").format(
                    number=self._duplicate.id, title=visible(self._duplicate.title))
            )
        self.duplicate_box.setVisible(self._duplicate is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Nothing to type or import while the text cannot be read, or is a copy the user has
        not confirmed."""
        ready = self._reading is not None and (self._duplicate is None or self.import_anyway.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        for field in (self.title, self.author, self.date, self.source_ref):
            field.setEnabled(ready)

    def reading(self) -> SourceReading | None:
        """The text the import will store, as previewed; None if the file cannot be imported."""
        return self._reading

    def allow_duplicate(self) -> bool:
        return self._duplicate is not None and self.import_anyway.isChecked()

    def options(self) -> ImportOptions:
        chosen = self.encoding.currentData()
        return ImportOptions(
            encoding=None if chosen == AUTO or not self.encoding.isEnabled() else chosen,
            title=self.title.text().strip() or None,
            presegmented=self.presegmented.currentData(),
            clean_web=self.clean_web.currentData(),
            author=self.author.text().strip(),
            date=self.date.text().strip(),
            source_ref=self.source_ref.text().strip(),
        )


class MetadataDialog(QDialog):
    """Edit a document's title, author, date, source reference and notes."""

    FIELDS = (("title", QT_TRANSLATE_NOOP("MetadataDialog", "Title")),
              ("author", QT_TRANSLATE_NOOP("MetadataDialog", "Author")),
              ("date", QT_TRANSLATE_NOOP("MetadataDialog", "Date")),
              ("source_ref", QT_TRANSLATE_NOOP("MetadataDialog", "Source reference")))

    def __init__(self, values: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Document details"))
        self.edits = {key: QLineEdit(values.get(key, "")) for key, _ in self.FIELDS}
        self.notes = QPlainTextEdit(values.get("notes", ""))
        form = QFormLayout(self)
        for key, label in self.FIELDS:
            form.addRow(translate("MetadataDialog", label), self.edits[key])
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        result = {key: edit.text() for key, edit in self.edits.items()}
        result["notes"] = self.notes.toPlainText()
        return result
