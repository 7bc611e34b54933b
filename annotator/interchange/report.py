"""The HTML report: coded passages grouped by code, in one file to read, print or save as PDF.

`render_report` turns the grouped passages into one self-contained UTF-8 HTML document: the
style sheet is inline, and there are no scripts, images, fonts or links to other files, so the
file can be mailed, archived or opened years later as it is. For each code: its path, colour
and description, then each passage with its document, position (the [start, end) character
offsets the command line and the CSV use), its sentence in context with the passage marked in
the code's colour, the memo and the coder. The caller gives every text already in the display
script chosen (the report converts nothing) and names that script.

Every value is escaped for HTML, and control and bidirectional formatting characters are
shown as visible marks (`annotator.text.display.visible`), so no title, memo or passage can
inject markup or reverse the text around it. Printing keeps the colours, keeps a code's heading
with its first passage and does not split a passage across pages.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from annotator.interchange.atomic import atomic_path
from annotator.text.display import visible

# Serif for reading, as the reading view (annotator/ui/reader.py); the chosen script's fonts first.
FONTS = {
    "traditional": ('"Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", "PMingLiU", "MingLiU", '
                    '"Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif'),
    "simplified": ('"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "NSimSun", '
                   '"Noto Serif CJK TC", "Source Han Serif TC", "PMingLiU", serif'),
}
LANGUAGES = {"traditional": "zh-Hant", "simplified": "zh-Hans"}
_COLOR = re.compile(r"#[0-9A-Fa-f]{6}")
FALLBACK_COLOR = "#808080"
# The reading view's passage tint (annotator/ui/reader.py PASSAGE_FILL_ALPHA).
MARK_OPACITY = 60 / 255


@dataclass(frozen=True)
class ReportPassage:
    """One passage as the report shows it; every text in the display script chosen."""

    document: str
    start: int
    end: int
    text: str
    context_before: str
    context_after: str
    memo: str
    coder: str


@dataclass(frozen=True)
class ReportCode:
    """A code and its passages, in the order they are to be shown."""

    path: str
    description: str
    color: str  # "#RRGGBB"
    passages: Sequence[ReportPassage]


def _text(value: str) -> str:
    """A value as HTML text: hidden characters made visible, then escaped."""
    return html.escape(visible(value), quote=True)


def _rgba(color: str) -> str:
    red, green, blue = (int(color[index:index + 2], 16) for index in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {MARK_OPACITY:.3f})"


def _style(script: str) -> str:
    fonts = FONTS.get(script, FONTS["traditional"])
    return f"""
:root {{ color-scheme: light; }}
body {{ font-family: {fonts}; line-height: 1.7; color: #111; background: #fff;
       max-width: 46em; margin: 2em auto; padding: 0 1em; }}
h1 {{ font-size: 1.6em; margin-bottom: 0.2em; }}
h2 {{ font-size: 1.25em; margin: 2em 0 0.3em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }}
.meta, .where, .count {{ color: #555; font-size: 0.9em; }}
.swatch {{ display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.4em;
          border: 1px solid #0003; vertical-align: baseline; }}
.description {{ white-space: pre-wrap; margin-top: 0; }}
nav ol {{ padding-left: 1.5em; }}
nav a {{ color: inherit; }}
ol.passages {{ list-style: none; padding: 0; }}
li.passage {{ margin: 0 0 1.2em; padding: 0.4em 0 0 0.8em; border-left: 3px solid var(--code); }}
.where {{ margin: 0; }}
cite {{ font-style: normal; }}  /* a slanted CJK font is a distorted one */
.context {{ margin: 0.2em 0; white-space: pre-wrap; }}
mark {{ background: var(--tint); color: inherit; border-bottom: 2px solid var(--code);
        padding: 0 1px; }}
.memo {{ margin: 0.2em 0; white-space: pre-wrap; font-size: 0.95em; }}
.label {{ color: #555; }}
.none {{ color: #555; font-style: italic; }}
@page {{ margin: 2cm 1.8cm; }}
@media print {{
  body {{ max-width: none; margin: 0; padding: 0; font-size: 11pt; }}
  * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  h2 {{ break-after: avoid; }}
  li.passage {{ break-inside: avoid; }}
  a {{ text-decoration: none; }}
}}
"""


def _passage(passage: ReportPassage) -> str:
    memo = (f'\n<p class="memo"><span class="label">Memo:</span> {_text(passage.memo)}</p>'
            if passage.memo else "")
    return (
        '<li class="passage">\n'
        f'<p class="where"><cite>{_text(passage.document)}</cite> · position '
        f"{passage.start}–{passage.end} · {_text(passage.coder)}</p>\n"
        f'<p class="context">{_text(passage.context_before)}<mark>{_text(passage.text)}</mark>'
        f"{_text(passage.context_after)}</p>{memo}\n"
        "</li>"
    )


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


def render_report(
    codes: Sequence[ReportCode],
    *,
    title: str,
    script: str,
    made_at: datetime | None = None,
) -> str:
    """The report as one HTML document (see the module docstring). `script` is the display
    script the texts are in, "traditional" or "simplified" (it sets the document's language
    and puts that script's fonts first); `made_at`, if given, is shown in UTC."""
    if script not in LANGUAGES:
        raise ValueError(f"unknown script {script!r}: 'traditional' or 'simplified'")
    total = sum(len(code.passages) for code in codes)
    meta = [_plural(total, "passage"), _plural(len(codes), "code"), f"{script} characters"]
    if made_at is not None:
        meta.append(f"made {made_at.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC")
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{LANGUAGES[script]}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(title)}</title>",
        f"<style>{_style(script)}</style>",
        "</head>",
        "<body>",
        f'<header>\n<h1>{_text(title)}</h1>\n<p class="meta">{_text(" · ".join(meta))}</p>\n</header>',
        "<nav>\n<ol>",
    ]
    for number, code in enumerate(codes, start=1):
        parts.append(f'<li><a href="#code-{number}">{_text(code.path)}</a> '
                     f'<span class="count">({len(code.passages):,})</span></li>')
    parts.append("</ol>\n</nav>")
    for number, code in enumerate(codes, start=1):
        color = code.color if _COLOR.fullmatch(code.color) else FALLBACK_COLOR
        parts.append(
            f'<section class="code" id="code-{number}" '
            f'style="--code: {color}; --tint: {_rgba(color)}">\n'
            f'<h2><span class="swatch" style="background: {color}"></span>{_text(code.path)} '
            f'<span class="count">{_plural(len(code.passages), "passage")}</span></h2>'
        )
        if code.description:
            parts.append(f'<p class="description">{_text(code.description)}</p>')
        if code.passages:
            parts.append('<ol class="passages">')
            parts.extend(_passage(passage) for passage in code.passages)
            parts.append("</ol>")
        else:
            parts.append('<p class="none">No coded passages.</p>')
        parts.append("</section>")
    parts.extend(["</body>", "</html>", ""])
    return "\n".join(parts)


def write_report(
    destination: Path | str,
    codes: Sequence[ReportCode],
    *,
    title: str,
    script: str,
    made_at: datetime | None = None,
) -> None:
    """Write the report to `destination` as one UTF-8 file, atomically (a failed write leaves
    an earlier report as it was). Raises UserError when the file cannot be written."""
    document = render_report(codes, title=title, script=script, made_at=made_at)
    with atomic_path(destination) as temporary:
        temporary.write_text(document, encoding="utf-8", newline="\n")
