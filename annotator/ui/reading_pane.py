"""The window's centre: the reading view with its coding stripes, under a banner that says
plainly when the text shown is a conversion rather than the original."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.text.forms import SCRIPT_MARKS, SIMPLIFIED, TRADITIONAL, DisplayScript, is_stored_form
from annotator.ui.documents_panel import script_name
from annotator.ui.coding_stripes import CodingStripes
from annotator.ui.reader import ReaderView

BANNER_STYLE = "#conversionBanner { background: #FFF1C2; border-bottom: 1px solid #D9B84A; }"
translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls


# The window's wording of annotator.text.forms' conversion_notice and script_status (which
# the command line prints in English), in the interface language.

def conversion_notice(document_script: str, shown: DisplayScript, differing: int,
                      original_key: str = "") -> str:
    """One line saying that the text shown is converted, or "" when it is the stored text."""
    if is_stored_form(document_script, shown) or differing == 0:
        return ""
    differ = translate("ReadingPane", "%Ln character(s) differ(s)", None, differing)
    notice = translate("ReadingPane", "{mark} Converted to {script} — not the original text: "
                       "{differ}, each marked with a dot").format(
        mark=SCRIPT_MARKS[shown], script=script_name(str(shown)), differ=differ)
    if original_key:
        notice += translate("ReadingPane", " · {key} shows the original").format(key=original_key)
    return notice


def script_status(document_script: str, shown: DisplayScript, differing: int) -> str:
    """The status bar's short form: which text is shown."""
    if is_stored_form(document_script, shown) or differing == 0:
        if document_script in (SIMPLIFIED, TRADITIONAL):
            return translate("ReadingPane", "original text ({script})").format(script=script_name(document_script))
        return translate("ReadingPane", "original text ({script} script)").format(
            script=script_name(document_script))
    return translate("ReadingPane", "converted to {script}: %Ln character(s) differ(s) from the original",
                     None, differing).format(script=script_name(str(shown)))


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
        show_original = QPushButton(self.tr("Show the original"))
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
