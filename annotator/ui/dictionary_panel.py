"""Reading help in the window: the word part of the reader's tooltip, and the Dictionary panel,
which shows every CC-CEDICT entry of the word at the text cursor.

The panel follows the text cursor (a click on a word, the arrow keys, a selection), not the
mouse: it has to stay put while the mouse travels to it to read or copy an entry; the tooltip
is what follows the mouse. Look-ups go through `annotator.text.lexicon`, which caches each
word's entries; until the dictionary is loaded (in the background, when reading help is turned
on) both say that it is loading instead of loading it on the UI thread.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from annotator.errors import USER_ERRORS
from annotator.ui.messages import error_text
from annotator.text import lexicon
from annotator.text.lexicon import Entry, WordHelp

TOOLTIP_ENTRIES = 3  # a tooltip shows the first few entries, each with its first few senses
TOOLTIP_GLOSSES = 3
TOOLTIP_CHARACTERS = 6  # of a word CC-CEDICT lacks, one line per character, up to this many
SELECTION_LOOKUP = 24  # a longer selection is not looked up as one word


translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls


def _failure_text() -> str:
    """Why the dictionary could not be read, translated ("" unless reading it failed)."""
    error = lexicon.failure_error()
    return error_text(error) if error is not None else ""


def word_tooltip(word: str) -> str:
    """The rich text a hovered word's tooltip shows: the word, its reading and its first senses
    ("" for a word without Chinese characters)."""
    if not lexicon.is_han(word):
        return ""
    title = f"<div style='white-space:pre'><b>{escape(word)}</b>"
    if not lexicon.loaded():
        waiting = _failure_text() or translate("DictionaryPanel", "Loading the dictionary…")
        return f"{title} — <i>{escape(waiting)}</i></div>"
    try:
        help_ = lexicon.explain(word)
    except USER_ERRORS as error:
        return f"{title}</div><div><i>{escape(error_text(error))}</i></div>"
    lines = [f"{title}  {escape(help_.pinyin)}</div>"]
    for entry in help_.entries[:TOOLTIP_ENTRIES]:
        lines.append(f"<div>{_reading_if_other(entry, help_.pinyin)}{_senses(entry, TOOLTIP_GLOSSES)}</div>")
    more = len(help_.entries) - TOOLTIP_ENTRIES
    if more > 0:
        more_text = translate("DictionaryPanel", "%n more in the Dictionary panel", None, more)
        lines.append(f"<div><i>{escape(more_text)}</i></div>")
    if not help_.entries:
        missing = translate("DictionaryPanel", "Not in CC-CEDICT")
        lines.append(f"<div><i>{escape(missing)}</i></div>")
        for character in help_.characters[:TOOLTIP_CHARACTERS]:
            first = character.entries[0] if character.entries else None
            senses = _senses(first, 2) if first else ""
            lines.append(f"<div style='white-space:pre'>{escape(character.word)}  "
                         f"{escape(character.pinyin)}  {senses}</div>")
    return "".join(lines)


def _reading_if_other(entry: Entry, reading: str) -> str:
    """An entry's own reading, where it is not the word's (行: háng, xíng)."""
    if entry.pinyin.lower().replace(" ", "") == reading.lower().replace(" ", ""):
        return ""
    return f"<i>{escape(entry.pinyin)}</i> "


def _senses(entry: Entry, limit: int | None = None) -> str:
    glosses = entry.glosses if limit is None else entry.glosses[:limit]
    text = "; ".join(lexicon.marked_gloss(gloss) for gloss in glosses)
    return escape(text) + ("; …" if limit is not None and len(entry.glosses) > limit else "")


class DictionaryPanel(QWidget):
    """The Dictionary dock's content: the full entries of one word, both scripts, all senses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTextBrowser()
        self.view.setObjectName("dictionaryView")
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.word = ""  # the word shown ("" for none)
        self._shown: tuple[str, bool] | None = None  # (word, loaded) last laid out
        self.show_word("")

    @property
    def text(self) -> str:
        """What the panel says, as plain text."""
        return self.view.toPlainText()

    def set_font_families(self, families: list[str]) -> None:
        """The reading view's fonts, so that characters look as they do in the text."""
        font = self.view.font()
        if font.families() != families:
            font.setFamilies(families)
            self.view.setFont(font)
            self.view.document().setDefaultFont(font)

    def show_word(self, word: str, selection: str = "") -> None:
        """Show the entries of `selection` when it is a CC-CEDICT headword (a name the segmenter
        split), else those of `word`; a word CC-CEDICT lacks shows its characters' entries."""
        ready = lexicon.loaded()
        if selection and len(selection) <= SELECTION_LOOKUP and ready and lexicon.is_han(selection):
            try:
                if lexicon.lookup(selection):
                    word = selection
            except USER_ERRORS:
                pass  # said below, for the word
        if self._shown == (word, ready) and not lexicon.failure():
            return
        self._shown = (word, ready)
        self.word = word
        self.view.setHtml(self._html(word, ready))

    def _html(self, word: str, ready: bool) -> str:
        if not word.strip():
            hint = self.tr("Click a word in the text to see its dictionary entries.")
            return f"<p><i>{escape(hint)}</i></p>"
        if not lexicon.is_han(word):
            return "<p><i>" + escape(self.tr("No Chinese characters at the cursor.")) + "</i></p>"
        if not ready:
            waiting = _failure_text() or self.tr("Loading the dictionary…")
            return f"<h2>{escape(word)}</h2><p><i>{escape(waiting)}</i></p>"
        try:
            help_ = lexicon.explain(word)
        except USER_ERRORS as error:
            return f"<h2>{escape(word)}</h2><p>{escape(error_text(error))}</p>"
        parts = [self._word_html(help_, "h2")]
        if not help_.entries:
            if help_.characters:
                parts.append("<p><i>" + escape(self.tr("Not in CC-CEDICT. Its characters:")) + "</i></p>")
                parts += [self._word_html(character, "h3") for character in help_.characters]
            else:
                parts.append("<p><i>" + escape(self.tr("Not in CC-CEDICT.")) + "</i></p>")
        credit = self.tr("CC-CEDICT (MDBG, CC BY-SA 4.0)")
        parts.append(f"<p style='color:gray; font-size:small'>{escape(credit)}</p>")
        return "".join(parts)

    def _word_html(self, help_: WordHelp, heading: str) -> str:
        parts = [f"<{heading}>{escape(help_.word)} <span style='font-weight:normal'>"
                 f"{escape(help_.pinyin)}</span></{heading}>"]
        if heading == "h3" and not help_.entries:
            parts.append("<p><i>" + escape(self.tr("Not in CC-CEDICT.")) + "</i></p>")
        for entry in help_.entries:
            parts.append(f"<p>{self._forms(entry)} &nbsp; <i>{escape(entry.pinyin)}</i></p><ol>")
            parts += [f"<li>{escape(lexicon.marked_gloss(gloss))}</li>" for gloss in entry.glosses]
            parts.append("</ol>")
        return "".join(parts)

    def _forms(self, entry: Entry) -> str:
        """The headword, in both scripts where they differ."""
        if entry.traditional == entry.simplified:
            return f"<b>{escape(entry.traditional)}</b>"
        return escape(self.tr("Traditional {traditional} · Simplified {simplified}")).format(
            traditional=f"<b>{escape(entry.traditional)}</b>",
            simplified=f"<b>{escape(entry.simplified)}</b>")
