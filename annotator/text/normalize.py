"""Normalising imported text: line endings always, web debris only when the user asks, and the
damage of PDF text layers for every PDF.

Only what cannot matter to a reader is changed. Unicode normalisation (NFC) in particular is
not applied: it replaces CJK compatibility ideographs (U+F900 and on) with their unified
counterparts, and an editor who transcribed a source with them chose them on purpose. A PDF's
text layer is no transcription: the radicals in it stand for ideographs by accident of the
font, and its line breaks are where the page happened to be full.
"""

import html.entities
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from annotator.text.resources import RADICAL_EQUIVALENTS

# HTML entities as they survive copying from web pages, including the form split by a word
# segmenter ("& nbsp ;"). Only ASCII spaces may appear inside, and the semicolon is required,
# so an ampersand in ordinary prose is never taken for the start of an entity.
_RE_ENTITY = re.compile(
    r"(?P<before> *)&(?P<inner> *(?:#(?: *[xX] *[0-9a-fA-F]+| *[0-9]+)|[A-Za-z][A-Za-z0-9]*) *);"
    r"(?P<after> *)"
)
# A run of non-breaking space entities and the spaces around them: it becomes one space.
_RE_NBSP_RUN = re.compile(r" *(?:& *(?:nbsp|# *160|# *[xX] *0*[aA]0) *; *)+")
_RE_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_NBSP = "\u00a0"


@dataclass(frozen=True)
class Cleanup:
    """Cleaned text and what was changed: a readable description -> how many times."""

    text: str
    changes: dict[str, int]


def normalize_text(text: str) -> str:
    """Unify line endings to "\\n" and drop a leading byte-order mark; nothing else."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_web_text(text: str) -> Cleanup:
    """Decode HTML entities left in text copied from the web and strip trailing spaces.

    A run of non-breaking space entities becomes one ordinary space, swallowing the spaces
    around it, so "上 一页 & nbsp ; [ 1 ]" becomes "上 一页 [ 1 ]".
    """
    changes: Counter[str] = Counter()

    def replace(match: re.Match[str]) -> str:
        inner = match["inner"].replace(" ", "")
        decoded = _decode_entity(inner)
        if decoded is None:
            return match[0]
        if decoded == _NBSP:  # spelt in some way the run pattern does not know
            changes["&nbsp; → space"] += 1
            return " "
        changes[f"&{inner}; → {decoded}"] += 1
        return match["before"] + decoded + match["after"]

    def replace_nbsp_run(match: re.Match[str]) -> str:
        changes["&nbsp; → space"] += match[0].count("&")
        return " "

    cleaned = text
    # Each pattern starts with " *", so it is tried at every position of the text: 20-30 ms
    # each for a 1M-character volume. Most texts hold no "&" and no space before a line break
    # at all, which a plain scan finds out in a fraction of a millisecond.
    if "&" in cleaned:
        cleaned = _RE_NBSP_RUN.sub(replace_nbsp_run, cleaned)
        cleaned = _RE_ENTITY.sub(replace, cleaned)
    stripped = 0
    if _may_have_trailing_space(cleaned):
        cleaned, stripped = _RE_TRAILING_SPACE.subn("", cleaned)
    if stripped:
        changes["trailing spaces removed from lines"] = stripped
    return Cleanup(cleaned, dict(changes))


def _may_have_trailing_space(text: str) -> bool:
    """Whether _RE_TRAILING_SPACE can match: a space or tab before a line break or at the end."""
    return " \n" in text or "\t\n" in text or text.endswith((" ", "\t"))


def _decode_entity(inner: str) -> str | None:
    """The character(s) an entity body ("nbsp", "#12345", "#x4e00") stands for, if valid."""
    if inner.startswith("#"):
        digits = inner[1:]
        code = int(digits[1:], 16) if digits[0] in "xX" else int(digits)
        if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            return None
        return chr(code)
    return html.entities.html5.get(inner + ";")


# -- PDF text layers ----------------------------------------------------------------------------

_RE_RADICAL = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5]")
_DOOR_RADICAL = "\u2f3e"  # ⼾: decomposes to 戶, but simplified fonts draw 户 with its glyph
_RADICAL_EXAMPLES = 6
# The same fonts share the glyph of the ideographic space (U+3000) with the em space (U+2003),
# which comes first: paragraph indents "　　" read as em spaces. Beside Chinese they were the
# ideographic space.
_RE_EM_SPACES = re.compile("\u2003+")
_RE_CJK = re.compile(
    "[\u2e80-\u2fdf\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
    "\U00020000-\U0003ffff]"
)
_EM_SPACES = "em spaces beside Chinese → ideographic spaces (U+3000)"

_HANZI = "\u2e80-\u2fdf\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_RE_HANZI = re.compile(f"[{_HANZI}]")
# Sentence-final punctuation: a line ending in it (perhaps followed by closing quotes or
# brackets) may end a paragraph, so the break stays. Colons introduce what follows, often on
# a line of its own.
_FINAL = "。！？；：…!?;:."
_CLOSING = "」』）》〉】〕”’)]"
_OPENING = "「『（《〈【〔“‘("
_CONTINUING = "，、·—～,"  # never end a sentence
# The line after: starts with a hanzi, an opening bracket, punctuation that cannot start a
# line in Chinese typesetting, or a number run into a hanzi ("1949年"); not with a space (an
# indented paragraph) nor with a number on its own (a page number).
_RE_CONTINUES = re.compile(
    f"[{_HANZI}{re.escape(_OPENING + _CLOSING + _CONTINUING + _FINAL)}]|[0-9]+[{_HANZI}{_FINAL}，、]"
)
# A line counts as full, so that its break is the page's and not the author's, when it is at
# least this close to the page's full line width (in half-width units: a hanzi is 2).
_FULL_LINE_SLACK = 0.1
_MIN_FULL_LINE_SLACK = 4
_FULL_LINE_PERCENTILE = 0.9
# Pages with fewer lines than this take the document's full line width instead of their own.
_MIN_LINES_FOR_PAGE_WIDTH = 5
# Paragraphs count as indented when this share of the lines after a short line start with a
# space, seen at least this many times.
_INDENTED_SHARE = 0.6
_MIN_INDENT_EVIDENCE = 2
_REJOINED = "line breaks inside sentences rejoined"


@lru_cache(maxsize=1)
def _radical_table() -> dict[str, str]:
    """Radical -> the ideograph it stands for: compatibility decompositions (all Kangxi
    radicals, two of the supplement), then the rest of the supplement from the data file."""
    table = {}
    for code in [*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6)]:
        decomposed = unicodedata.normalize("NFKC", chr(code))
        if decomposed != chr(code) and len(decomposed) == 1:
            table[chr(code)] = decomposed
    for line in RADICAL_EQUIVALENTS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            radical, ideograph = line.split("\t")[:2]
            table[radical] = ideograph
    return table


def clean_pdf_text(pages: Sequence[str]) -> Cleanup:
    """A PDF's text layer, page by page, as text: radicals become the ideographs they stand
    for and line breaks inside sentences are taken out; pages are joined by line breaks.

    Fonts draw ⽉ (U+2F49) and 月 with one glyph, and producers often write the radical into
    the text layer, so "十二月" reads "⼗⼆⽉" and cannot be found. Each radical is mapped by its
    Unicode compatibility decomposition (applied to those characters only, never to the whole
    text), or by resources/dictionaries/radical_equivalents.txt where it has none; ⼾ becomes
    户 in a simplified text and 戶 otherwise. Em spaces beside Chinese become ideographic
    spaces (the same fonts share that glyph too).

    A line break is taken out when the line before it is full (about as wide as the page's
    full lines, so a heading or the last line of a paragraph is not), does not end a sentence
    (。！？；：…), and the line after it continues in Chinese (a hanzi, not an indent). Where
    paragraphs begin with an indent, as in most Chinese books, a full line followed by one
    without an indent is inside a paragraph even when it ends a sentence.
    """
    changes: Counter[str] = Counter()
    repaired = [_repair_em_spaces(page, changes) for page in _repair_radicals(pages, changes)]
    document_full = _full_width([w for page in repaired for w in _line_widths(page)])
    lines: list[str] = []
    limits: list[float] = []  # per line: the width from which it counts as full
    for page in repaired:
        widths = _line_widths(page)
        full = _full_width(widths) if len(widths) >= _MIN_LINES_FOR_PAGE_WIDTH else document_full
        limit = full - max(_MIN_FULL_LINE_SLACK, _FULL_LINE_SLACK * full)
        page_lines = page.split("\n")
        lines += page_lines
        limits += [limit] * len(page_lines)
    indented = _indents_paragraphs(lines, limits)
    pieces = [lines[0]] if lines else []
    for index in range(1, len(lines)):
        before, after = lines[index - 1], lines[index]
        if _inside_paragraph(before, after, limits[index - 1], indented):
            pieces[-1] = pieces[-1].rstrip(" \t") + after
            changes[_REJOINED] += 1
        else:
            pieces.append(after)
    return Cleanup("\n".join(pieces), dict(changes))


def _repair_radicals(pages: Sequence[str], changes: Counter[str]) -> list[str]:
    table = _radical_table()
    found: Counter[str] = Counter()
    for page in pages:
        found.update(match[0] for match in _RE_RADICAL.finditer(page) if match[0] in table)
    if not found:
        return list(pages)
    mapping = {ord(radical): table[radical] for radical in found}
    if _DOOR_RADICAL in found:
        from annotator.text.script import Script, detect_script

        # Judged without the radical itself, whose default 戶 would count as traditional.
        others = {**mapping, ord(_DOOR_RADICAL): None}
        if detect_script("".join(pages).translate(others)) == Script.SIMPLIFIED:
            mapping[ord(_DOOR_RADICAL)] = "户"
    # Code points, not the radicals themselves: on screen a radical looks like its ideograph.
    examples = ", ".join(f"U+{ord(r):04X}→{mapping[ord(r)]}"
                         for r, _ in found.most_common(_RADICAL_EXAMPLES))
    more = ", …" if len(found) > _RADICAL_EXAMPLES else ""
    changes[f"radicals → the ideographs they stand for ({examples}{more})"] += sum(found.values())
    return [page.translate(mapping) for page in pages]


def _repair_em_spaces(page: str, changes: Counter[str]) -> str:
    """Em spaces beside a CJK character, or indenting a line with Chinese in it, become
    ideographic spaces."""

    def replace(match: re.Match[str]) -> str:
        start, end = match.span()
        before = page[start - 1] if start else "\n"
        after = page[end] if end < len(page) else ""
        line_end = page.find("\n", end)
        rest_of_line = page[end:line_end if line_end >= 0 else len(page)]
        if not (_RE_CJK.match(before) or _RE_CJK.match(after)
                or (before == "\n" and _RE_CJK.search(rest_of_line))):
            return match[0]
        changes[_EM_SPACES] += end - start
        return "\u3000" * (end - start)

    return _RE_EM_SPACES.sub(replace, page)


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _line_widths(page: str) -> list[int]:
    return [_width(line.rstrip()) for line in page.split("\n") if line.strip()]


def _full_width(widths: list[int]) -> float:
    if not widths:
        return 0.0
    ordered = sorted(widths)
    return float(ordered[int(_FULL_LINE_PERCENTILE * (len(ordered) - 1))])


def _indents_paragraphs(lines: list[str], limits: list[float]) -> bool:
    """Whether paragraphs begin with an indent: most lines after a short line (the end of a
    paragraph, or a heading) do."""
    starts = [
        lines[i + 1][:1].isspace()
        for i in range(len(lines) - 1)
        if lines[i].strip() and lines[i + 1].strip() and _width(lines[i].rstrip()) < limits[i]
    ]
    return len(starts) >= _MIN_INDENT_EVIDENCE and sum(starts) >= _INDENTED_SHARE * len(starts)


def _inside_paragraph(before: str, after: str, full_from: float, indented: bool) -> bool:
    ending = before.rstrip(" \t")
    if not ending or not after or not _RE_CONTINUES.match(after):
        return False
    core = ending.rstrip(_CLOSING)
    if not core or (core[-1] in _FINAL and not indented):
        return False
    last = ending[-1]
    chinese_end = bool(_RE_HANZI.match(last)) or last in _CONTINUING + _OPENING + _CLOSING + _FINAL
    if not chinese_end and not (last.isdigit() and _RE_HANZI.match(after)):
        return False
    return _width(ending) >= full_from
