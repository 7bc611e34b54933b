"""The window's centre: the reading view with its coding stripes, under a banner that says
plainly when the text shown is a conversion rather than the original."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.text.forms import conversion_notice
from annotator.ui.coding_stripes import CodingStripes
from annotator.ui.reader import ReaderView

BANNER_STYLE = "#conversionBanner { background: #FFF1C2; border-bottom: 1px solid #D9B84A; }"


class ReadingPane(QWidget):
    originalRequested = Signal()  # the banner's "Show the original"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = ReaderView()
        self.reader.setObjectName("reader")
        self.stripes = CodingStripes(self.reader)
        self.original_key = ""  # the shortcut that shows the original, named in the banner

        self.banner = QFrame()
        self.banner.setObjectName("conversionBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_label = QLabel()
        self.banner_label.setObjectName("conversionNotice")
        self.banner_label.setWordWrap(True)
        show_original = QPushButton("Show the original")
        show_original.setObjectName("showOriginalButton")
        show_original.clicked.connect(self.originalRequested)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.banner_label, 1)
        row.addWidget(show_original)
        self.banner.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.reader, 1)
        self.reader.displayChanged.connect(self.update_banner)

    @property
    def notice(self) -> str:
        """What the banner says ("" when the original text is shown)."""
        reader = self.reader
        if reader.document_id is None:
            return ""
        return conversion_notice(reader.document_script, reader.script, reader.differing_characters,
                                 self.original_key)

    def update_banner(self) -> None:
        notice = self.notice
        self.banner_label.setText(notice)
        self.banner.setVisible(bool(notice))
