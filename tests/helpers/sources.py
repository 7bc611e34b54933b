"""Source files built in a test: PDFs written by hand (uncompressed, as small as a PDF can be)
and Word files written by python-docx, so that no test depends on fonts or other programs."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Sequence

Line = str | Sequence[str]  # a line of text, or its runs: text objects on one baseline


def pdf_with_text_layer(pages: Sequence[Sequence[Line]], *, encrypt: bool = False) -> bytes:
    """A PDF whose text layer holds exactly `pages` (lists of lines), 15 points apart.

    ASCII-only text is set in Helvetica; anything else in a Type0 font with a ToUnicode map
    that maps each character's CID to the character as given (so a test can put the radical
    ⽉ into a text layer, as producers do). The font program itself is not embedded: text
    extraction only needs the ToUnicode map.
    """
    text = "".join(run for page in pages for line in page for run in _runs(line))
    cid = not text.isascii()
    codes = {char: index + 1 for index, char in enumerate(dict.fromkeys(text))}
    objects: list[bytes] = []
    page_ids = [3 + 2 * number for number in range(len(pages))]
    font_id = 3 + 2 * len(pages)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{page_id} 0 R" for page_id in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for page_id, page in zip(page_ids, pages):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 {40 + 15 * len(page)}] "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {page_id + 1} 0 R >>".encode()
        )
        objects.append(_stream(_content(page, codes if cid else None)))
    if cid:
        objects.append(
            f"<< /Type /Font /Subtype /Type0 /BaseFont /Song /Encoding /Identity-H "
            f"/DescendantFonts [{font_id + 1} 0 R] /ToUnicode {font_id + 2} 0 R >>".encode()
        )
        objects.append(
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Song /CIDSystemInfo "
            b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>"
        )
        objects.append(_stream(_to_unicode(codes)))
    else:
        objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return _assemble(objects)


def _runs(line: Line) -> Sequence[str]:
    return [line] if isinstance(line, str) else line


def _content(page: Sequence[Line], codes: dict[str, int] | None) -> bytes:
    commands = []
    for number, line in enumerate(page):
        y = 20 + 15 * (len(page) - number)
        x = 20
        for run in _runs(line):
            if codes is None:
                shown = "(" + re.sub(r"([()\\])", r"\\\1", run) + ")"
            else:
                shown = "<" + "".join(f"{codes[c]:04X}" for c in run) + ">"
            # Each run is a text object of its own, as producers write a change of font.
            commands.append(f"BT /F1 12 Tf 1 0 0 1 {x} {y} Tm {shown} Tj ET")
            x += 12 * len(run)
    return "\n".join(commands).encode("latin-1")


def _to_unicode(codes: dict[str, int]) -> bytes:
    entries = "\n".join(
        f"<{code:04X}> <{char.encode('utf-16-be').hex().upper()}>" for char, code in codes.items()
    )
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(codes)} beginbfchar\n{entries}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode("ascii")


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _assemble(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def docx_bytes(build: Callable[[object], None]) -> bytes:
    """A Word file made by python-docx: `build` fills the new document."""
    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def with_footnotes(data: bytes, notes: Sequence[str]) -> bytes:
    """The Word file with a footnotes part holding `notes` (and Word's two separator notes)."""
    bodies = [f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
              f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
              f'</w:r></w:p></w:footnote>']
    bodies += [f'<w:footnote w:id="{n}"><w:p><w:r><w:t>{note}</w:t></w:r></w:p></w:footnote>'
               for n, note in enumerate(notes, start=1)]
    footnotes = f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{_W}">{"".join(bodies)}</w:footnotes>'
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", (
                    f'<Override PartName="/word/footnotes.xml" ContentType="{_FOOTNOTES_TYPE}"/></Types>'
                ).encode())
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", (
                    f'<Relationship Id="rIdNotes" Type="{_FOOTNOTES_REL}" Target="footnotes.xml"/>'
                    "</Relationships>"
                ).encode())
            target.writestr(item, content)
        target.writestr("word/footnotes.xml", footnotes.encode("utf-8"))
    return out.getvalue()
