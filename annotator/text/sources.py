"""Turn an imported file's bytes into text, by its format: plain text, Word (.docx), PDF, HTML.

Historians keep their sources as Word files, PDFs and saved web pages as often as plain text.
The format is recognised by content first (a PDF named .txt is still a PDF, and must never be
imported as its PDF code), then by the file name's extension:

- PDF (``%PDF-`` in the first kilobyte): the text layer, page by page (pypdf), repaired by
  ``normalize.clean_pdf_text`` (radicals for ideographs, lines rejoined). A PDF without a text
  layer (a scan) or with a password is refused with a line that says what to do.
- Word (a zip archive holding ``word/document.xml``): the paragraphs in order, the text of
  table cells included, one line per paragraph (python-docx opens the package).
- HTML (.html/.htm, or content that starts like a web page): the visible text only; block
  elements end lines, entities are decoded. The charset is the byte-order mark's, else the
  one a ``<meta>`` declares, else detected as for plain text.
- Anything else is plain text, decoded strictly by ``decode.decode_bytes``.

Old Word (.doc) and other Office 97-2003 files, RTF and other zip archives are refused with
the name of a format to save them in.
"""

from __future__ import annotations

import io
import logging
import re
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from annotator.text.decode import DecodedText, canonical_encoding, decode_bytes
from annotator.text.errors import DecodeError, TextError
from annotator.text.normalize import clean_pdf_text, normalize_text
from annotator.text.plausibility import control_share

TEXT, HTML, DOCX, PDF = "text", "html", "docx", "pdf"
FORMAT_NAMES = {TEXT: "plain text", HTML: "web page (HTML)", DOCX: "Word (.docx)", PDF: "PDF"}
# File name patterns of the formats read here, for file dialogs.
SOURCE_PATTERNS = ("*.txt", "*.text", "*.md", "*.csv", "*.docx", "*.pdf", "*.html", "*.htm")

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, .xls, encrypted .docx
# Unpacked parts of a .docx beyond this are a zip bomb, not a text (the archive itself is
# limited by the import's file size limit; its XML is some ten times the text it holds).
_MAX_DOCX_PART_BYTES = 512 * 1024 * 1024
# A text layer that decodes to control characters or U+FFFD is garbled, not text.
_MAX_GARBLED_SHARE = 0.1

Progress = Callable[[float], None]

# pypdf reports the damage it works around (odd cross-reference tables and the like) through
# logging; without a handler Python prints those warnings on stderr, in the middle of the
# command line's output. What matters is whether text comes out, which is checked below.
logging.getLogger("pypdf").setLevel(logging.ERROR)


class ReadingCancelled(Exception):
    """The user cancelled while a file was being read."""


@dataclass(frozen=True)
class SourceText:
    """A file's text and how it was read.

    ``encoding`` is what the document records: the text encoding for plain text, "html
    (gb18030)" for a web page, "docx" or "pdf". ``cleanup`` says what reading changed or left
    out (a readable description -> how many times), as the web clean-up does.
    """

    text: str
    format: str
    encoding: str
    cleanup: dict[str, int] = field(default_factory=dict)


def source_format(data: bytes, name: str) -> str:
    """The format the file is read as (TEXT, HTML, DOCX or PDF); unreadable ones are refused."""
    head = data[:1024]
    suffix = Path(name).suffix.lower()
    if b"%PDF-" in head:
        return PDF
    if data.startswith(b"PK\x03\x04"):
        names = _zip_names(data, name)
        if "word/document.xml" in names:
            return DOCX
        if "content.xml" in names:
            raise TextError("text.sources.opendocument_file_save_word_docx", name=name)
        raise TextError("text.sources.zip_archive_not_text_import", name=name)
    if data.startswith(_OLE_MAGIC):
        raise TextError("text.sources.old_format_word_97_2003", name=name)
    if _sniff(head).startswith("{\\rtf"):
        raise TextError("text.sources.rtf_file_save_word_docx", name=name)
    if suffix == ".pdf":
        raise TextError("text.sources.named_pdf_but_not_pdf", name=name)
    if suffix == ".docx":
        raise TextError("text.sources.named_docx_but_not_word", name=name)
    if suffix in _HTML_SUFFIXES or _looks_like_html(_sniff(data[:4096])):
        return HTML
    return TEXT


def encoding_applies(source_format_name: str) -> bool:
    """Whether a chosen text encoding means anything for a format (PDF and Word carry Unicode)."""
    return source_format_name in (TEXT, HTML)


def read_source(
    data: bytes,
    name: str,
    *,
    encoding: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> SourceText:
    """The text of a file, read by its format. ``encoding`` overrides detection for plain
    text and HTML and is ignored for PDF and Word. Errors are TextErrors naming ``name``."""
    if not data:
        raise DecodeError("text.sources.file_empty", name=name)
    kind = source_format(data, name)
    if kind == PDF:
        return _read_pdf(data, name, progress, cancel)
    if kind == DOCX:
        return _read_docx(data, name)
    if kind == HTML:
        return _read_html(data, name, encoding)
    decoded = decode_bytes(data, encoding=encoding, source=name)
    return SourceText(decoded.text, TEXT, decoded.encoding)


# -- sniffing ---------------------------------------------------------------------------------

def _sniff(head: bytes) -> str:
    """The start of a file as lower-case text, enough to recognise markup (any encoding)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.decode("latin-1").replace("\x00", "")
    return text.lower().lstrip("\ufeffï»¿ \t\r\n")


def _looks_like_html(start: str) -> bool:
    if start.startswith(("<!doctype html", "<html", "<head", "<body", "<meta ")):
        return True
    # An XML declaration or a comment may come first.
    return start.startswith(("<?xml", "<!--")) and "<html" in start


def _zip_names(data: bytes, name: str) -> set[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise TextError("text.sources.damaged_zip_archive_word_file", name=name) from None


# -- PDF ----------------------------------------------------------------------------------------

def _read_pdf(data: bytes, name: str, progress: Progress | None,
              cancel: threading.Event | None) -> SourceText:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise TextError("text.sources.pdf_protected_password_open_save", name=name)
        pages = reader.pages
        texts = []
        for number, page in enumerate(pages):
            if cancel is not None and cancel.is_set():
                raise ReadingCancelled
            texts.append(normalize_text(_page_text(page)))
            if progress is not None:
                progress((number + 1) / len(pages))
    except (TextError, ReadingCancelled):
        raise
    except (FileNotDecryptedError, DependencyError):
        raise TextError("text.sources.pdf_encrypted_way_cannot_opened", name=name) from None
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        raise TextError("text.sources.damaged_pdf_cannot_read", name=name,
                        error=_one_line(error)) from None
    empty_pages = sum(1 for text in texts if not text.strip())
    if empty_pages == len(texts):
        raise TextError("text.sources.no_text_layer_run_ocr", name=name)
    text = "\n".join(texts)
    garbled = control_share(text) + text.count("\ufffd") / max(len(text), 1)
    if garbled > _MAX_GARBLED_SHARE:
        raise TextError("text.sources.pdf_text_layer_garbled", name=name)
    cleaned = clean_pdf_text(texts)
    cleanup = dict(cleaned.changes)
    if empty_pages:
        cleanup["pages without a text layer left out (scanned? run OCR on them)"] = empty_pages
    return SourceText(cleaned.text, PDF, PDF, cleanup)


def _page_text(page) -> str:
    """A page's text layer, one line per baseline.

    pypdf starts a new line for every text object, and producers start one wherever the font
    changes (a Latin word in a Chinese line, a bold name): "采取ABC三套方案" comes out in three
    lines. Runs are put back together when they sit on one baseline (within half the font
    size). Vertical writing, where every glyph has a baseline of its own, keeps pypdf's lines.
    """
    lines: list[tuple[float, float, list[str]]] = []  # baseline, font size, pieces

    def visit(text: str, cm: list[float], tm: list[float], font: object, font_size: float) -> None:
        if not text or text == "\n":
            return
        baseline = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        size = abs(font_size * (tm[3] * cm[3] + tm[1] * cm[2])) or abs(font_size)
        if lines and abs(lines[-1][0] - baseline) <= 0.5 * max(lines[-1][1], size):
            pieces = lines[-1][2]
            if _is_latin_word_char(pieces[-1][-1]) and _is_latin_word_char(text[0]):
                pieces.append(" ")  # two words in separate runs were two words
            pieces.append(text)
        else:
            lines.append((baseline, size, [text]))

    own = page.extract_text(visitor_text=visit) or ""
    rebuilt = "\n".join("".join(pieces) for _, _, pieces in lines)
    if lines and len(rebuilt) < 2 * len(lines) <= len(own):
        return own  # about one glyph per "line": vertical writing
    return rebuilt


def _is_latin_word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())[:200] or type(error).__name__


# -- Word ---------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Inside a paragraph: what becomes text. Deleted text (w:delText), field codes (w:instrText)
# and text boxes (their own paragraphs, drawn elsewhere on the page) do not.
_RUN_TEXT = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n",
             f"{_W}noBreakHyphen": "\u2011", f"{_W}softHyphen": ""}
_SKIPPED = {f"{_W}txbxContent", _MC_FALLBACK, f"{_W}del", f"{_W}instrText", f"{_W}pPr", f"{_W}rPr"}


def _read_docx(data: bytes, name: str) -> SourceText:
    import docx

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if any(info.file_size > _MAX_DOCX_PART_BYTES for info in archive.infolist()):
            raise TextError("text.sources.unpacks_more_than_mb_not", name=name,
                            limit=_MAX_DOCX_PART_BYTES // 2**20)
    try:
        document = docx.Document(io.BytesIO(data))
        text = "\n".join(_docx_blocks(document.element.body))
        footnotes = _count_notes(document)
    except Exception as error:  # noqa: BLE001 - python-docx and lxml raise many kinds
        raise TextError("text.sources.damaged_word_file_cannot_read", name=name,
                        error=_one_line(error)) from None
    cleanup = {}
    if footnotes:
        cleanup["footnotes and endnotes left out"] = footnotes
    return SourceText(normalize_text(text), DOCX, DOCX, cleanup)


def _docx_blocks(container) -> Iterator[str]:
    """The paragraphs of a body or table cell, in order, with those of tables inside it."""
    for element in container.iterchildren():
        if element.tag == f"{_W}p":
            yield _docx_paragraph(element)
        elif element.tag == f"{_W}tbl":
            for row in element.iterchildren(f"{_W}tr"):
                for cell in row.iterchildren(f"{_W}tc"):
                    yield from _docx_blocks(cell)
        elif element.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            # Content controls and custom XML wrap ordinary paragraphs.
            yield from _docx_blocks(element)


def _docx_paragraph(paragraph) -> str:
    pieces: list[str] = []

    def walk(element) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag in _RUN_TEXT:
                replacement = _RUN_TEXT[tag]
                pieces.append(child.text or "" if replacement is None else replacement)
            else:
                walk(child)

    walk(paragraph)
    return "".join(pieces)


def _count_notes(document) -> int:
    """Footnotes and endnotes in the file (python-docx does not read them; they are left out)."""
    count = 0
    for relationship in document.part.rels.values():
        if relationship.is_external or not relationship.reltype.endswith(("/footnotes", "/endnotes")):
            continue
        from lxml import etree

        root = etree.fromstring(relationship.target_part.blob,
                                etree.XMLParser(resolve_entities=False, no_network=True))
        # Separators and continuation notices are notes of a "type"; real notes have none.
        count += sum(1 for note in root if note.get(f"{_W}type") is None)
    return count


# -- HTML ---------------------------------------------------------------------------------------

# Valid UTF-8 with this many bytes beyond its characters (four hanzi) is UTF-8, whatever the page
# declares: legacy Chinese text is valid UTF-8 only by accident, for a character or two.
_UTF8_CERTAIN_EXTRA_BYTES = 8
_RE_META_CHARSET = re.compile(
    rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE
)


def _read_html(data: bytes, name: str, encoding: str | None) -> SourceText:
    decoded = _decode_html(data, name, encoding)
    parser = _VisibleText()
    parser.feed(normalize_text(decoded.text))
    parser.close()
    text, nbsp = parser.result()
    cleanup = {"&nbsp; → space": nbsp} if nbsp else {}
    if not text.strip():
        raise TextError("text.sources.web_page_shows_no_text", name=name)
    return SourceText(text, HTML, f"html ({decoded.encoding})", cleanup)


def _decode_html(data: bytes, name: str, encoding: str | None) -> DecodedText:
    """In the chosen encoding; else by byte-order mark; else as UTF-8 if the page is valid
    UTF-8 with Chinese in it; else the <meta> charset, if it is one we support and the bytes
    are valid in it; else detected.

    Pages re-saved as UTF-8 often keep their old "gb2312" declaration, and GB18030 decodes
    nearly any bytes, so the declaration alone would turn them into nonsense.
    """
    if encoding is not None or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data, encoding=encoding, source=name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if len(data) - len(text) >= _UTF8_CERTAIN_EXTRA_BYTES:
            return decode_bytes(data, encoding="utf-8", source=name)
    declared = _RE_META_CHARSET.search(data[:4096])
    if declared is not None:
        try:
            return decode_bytes(data, encoding=canonical_encoding(declared[1].decode("ascii")),
                                source=name)
        except DecodeError:
            pass  # an unsupported charset (a Western page) or a page that lies about its own
    return decode_bytes(data, source=name)


_RAW_SKIPPED = {"script", "style", "template", "noscript", "svg", "math", "iframe", "object",
                "canvas", "select", "datalist", "head", "title"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol",
    "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    "ul", "html", "textarea", "legend",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
# Marks while collecting: a block boundary, a <br>, a line break and a space inside <pre>.
# Unicode noncharacters, so that no text can contain them.
_BLOCK_MARK, _BR_MARK, _PRE_NEWLINE, _PRE_SPACE = "\ufdd0", "\ufdd1", "\ufdd2", "\ufdd3"
_RE_COLLAPSIBLE = re.compile(r"[ \t\n\f\r]+")
_CJK = (r"\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
        r"\U00020000-\U0003ffff")
# A line break in the page's source between two CJK characters is no space on screen (as in
# CSS's segment-break rules); between other characters it is one.
_RE_CJK_SEGMENT_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r\f]*\n[ \t\n\r\f]*(?=[{_CJK}])")
_RE_SPACE_AT_BREAK = re.compile(rf" *([{_BLOCK_MARK}{_BR_MARK}]) *")
_RE_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


class _VisibleText(HTMLParser):
    """What a browser shows of a page, as lines: blocks and <br> end lines, whitespace in the
    source collapses (except in <pre>), hidden elements and scripts are left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._pieces: list[str] = []  # shown text, marks, and preformatted text
        self._run: list[str] = []  # text whose whitespace collapses, not yet added
        self._skipping: list[str] = []  # open elements whose content is not shown
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and self._skipping[:1] == ["head"]:
            self._skipping.clear()  # a head left open ends where the body begins
        if self._skipping:
            if tag == self._skipping[-1] and tag not in _VOID:
                self._skipping.append(tag)
            return
        hidden = any(key == "hidden" or (key == "style" and value and _RE_HIDING_STYLE.search(value))
                     for key, value in attrs)
        if (tag in _RAW_SKIPPED or hidden) and tag not in _VOID:
            self._skipping.append(tag)
        elif tag == "br":
            self._mark(_BR_MARK)
        elif tag in _BLOCKS:
            self._mark(_BLOCK_MARK)
            if tag in ("pre", "textarea"):
                self._pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if tag == self._skipping[-1]:
                self._skipping.pop()
            elif tag in ("head", "html") and self._skipping[0] == "head":
                self._skipping.clear()  # an element left open in the head ends with it
            return
        if tag in _BLOCKS:
            self._mark(_BLOCK_MARK)
            if tag in ("pre", "textarea") and self._pre:
                self._pre -= 1

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if self._pre:
            self._flush()
            self._pieces.append(data.replace("\n", _PRE_NEWLINE).replace(" ", _PRE_SPACE))
        else:
            self._run.append(data)

    def _mark(self, mark: str) -> None:
        self._flush()
        self._pieces.append(mark)

    def _flush(self) -> None:
        if self._run:
            run = _RE_CJK_SEGMENT_BREAK.sub("", "".join(self._run))
            self._pieces.append(_RE_COLLAPSIBLE.sub(" ", run))
            self._run.clear()

    def result(self) -> tuple[str, int]:
        """The visible text, and how many non-breaking spaces became ordinary spaces."""
        self._flush()
        text = _RE_SPACE_AT_BREAK.sub(r"\1", "".join(self._pieces))
        text = text.replace(_BR_MARK, "\n").replace(_PRE_NEWLINE, "\n").replace(_PRE_SPACE, " ")
        # Blocks in a row (</p><p>, </td><td>) mean one line break, not an empty line each.
        text = re.sub(f"[{_BLOCK_MARK}\n]*{_BLOCK_MARK}[{_BLOCK_MARK}\n]*",
                      lambda m: "\n" * max(1, m[0].count("\n")), text)
        text = text.strip("\n ")
        nbsp = text.count("\u00a0")
        return text.replace("\u00a0", " "), nbsp
