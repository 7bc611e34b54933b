"""Reading sources by format: what text a historian gets from a PDF, a Word file, a web page."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from annotator.text.errors import TextError
from annotator.text.sources import DOCX, HTML, PDF, TEXT, read_source, source_format
from tests.helpers.sources import docx_bytes, pdf_with_text_layer, with_footnotes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TYPESET = (FIXTURES / "cjk-text-layer.txt").read_text(encoding="utf-8").strip()


# -- PDF ------------------------------------------------------------------------------------------

def test_a_pdf_made_by_a_real_producer_reads_as_the_text_that_was_typeset() -> None:
    # Qt wrote ⽉ for 月, ⼾ for 户, ⻅ for 见, em spaces for the indents, a line break wherever
    # the page was full and a text object of its own for "ABC" (see fixtures/make_pdfs.py).
    from pypdf import PdfReader

    data = (FIXTURES / "cjk-text-layer.pdf").read_bytes()
    raw = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "⽉" in raw and "⼾⼝" in raw and "意⻅" in raw and "\nABC\n" in raw
    source = read_source(data, "访苏.pdf")
    assert source.text == TYPESET
    assert (source.format, source.encoding) == (PDF, "pdf")
    radicals = next(key for key in source.cleanup if key.startswith("radicals"))
    assert "U+2F49→月" in radicals and source.cleanup[radicals] > 20
    assert source.cleanup["line breaks inside sentences rejoined"] >= 8
    assert source.cleanup["em spaces beside Chinese → ideographic spaces (U+3000)"] == 7


def test_a_small_uncompressed_pdf_is_read_as_its_text_never_as_pdf_code() -> None:
    data = pdf_with_text_layer([["Hello, Moscow 1949"]])
    assert len(data) < 700 and b"(Hello, Moscow 1949) Tj" in data
    for name in ("letter.pdf", "letter.txt", "letter"):
        source = read_source(data, name)
        assert source.text == "Hello, Moscow 1949"
        assert source.format == PDF


def test_kangxi_radicals_in_a_text_layer_become_ideographs_and_broken_lines_are_rejoined() -> None:
    data = pdf_with_text_layer([
        ["第⼀章", "⼗⼆⽉⼗六⽇，⽑泽东抵达莫斯科，斯⼤林", "在克⾥姆林宫会⻅了他，两人谈了两个", "⼩时。"],
        [("双方讨论了", "ABC", "三套方案。")],
    ])
    source = read_source(data, "访苏.pdf")
    assert source.text == "第一章\n十二月十六日，毛泽东抵达莫斯科，斯大林在克里姆林宫会见了他，两人谈了两个小时。\n双方讨论了ABC三套方案。"


def test_a_scanned_pdf_without_a_text_layer_asks_for_ocr() -> None:
    with pytest.raises(TextError) as caught:
        read_source((FIXTURES / "scanned.pdf").read_bytes(), "档案.pdf")
    assert str(caught.value) == "档案.pdf: no text layer: run OCR first"


def test_pages_without_text_are_counted_in_the_report() -> None:
    data = pdf_with_text_layer([["毛泽东抵达莫斯科。"], [""], ["斯大林会见了他。"]])
    source = read_source(data, "x.pdf")
    assert source.text == "毛泽东抵达莫斯科。\n\n斯大林会见了他。"
    assert source.cleanup["pages without a text layer left out (scanned? run OCR on them)"] == 1


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_a_password_protected_pdf_is_refused_with_what_to_do(algorithm) -> None:
    locked = _encrypted(pdf_with_text_layer([["毛泽东抵达莫斯科。"]]), "secret", algorithm)
    with pytest.raises(TextError, match="^x.pdf: the PDF is protected by a password: .*without the password"):
        read_source(locked, "x.pdf")


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_a_pdf_with_only_an_owner_password_opens(algorithm) -> None:
    restricted = _encrypted(pdf_with_text_layer([["毛泽东抵达莫斯科。"]]), "", algorithm)
    assert read_source(restricted, "x.pdf").text == "毛泽东抵达莫斯科。"


def _encrypted(data: bytes, user_password: str, algorithm: str) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(data))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "data, name, message",
    [
        (b"%PDF-1.4\n" + bytes(range(256)) * 4, "x.pdf", "x.pdf: a damaged PDF that cannot be read"),
        (b"just text", "x.pdf", "x.pdf: is named .pdf but is not a PDF file"),
        (b"just text", "x.docx", "x.docx: is named .docx but is not a Word file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "x.doc", "x.doc: an old-format (Word 97-2003 .doc)"),
        (b"{\\rtf1\\ansi {\\fonttbl} hello}", "x.rtf", "x.rtf: an RTF file: save it as Word"),
        (b"", "x.pdf", "x.pdf: the file is empty"),
    ],
)
def test_unreadable_sources_are_refused_in_one_line(data, name, message) -> None:
    with pytest.raises(TextError) as caught:
        read_source(data, name)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_zip_archives_that_are_not_word_files_are_refused() -> None:
    odt, archive = io.BytesIO(), io.BytesIO()
    import zipfile

    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("letters/1.txt", "毛泽东")
    with pytest.raises(TextError, match="an OpenDocument file: save it as Word"):
        read_source(odt.getvalue(), "x.odt")
    with pytest.raises(TextError, match="a zip archive, not a text"):
        read_source(archive.getvalue(), "letters.zip")


# -- Word -----------------------------------------------------------------------------------------

def _letter(document) -> None:
    document.add_heading("毛泽东致斯大林", level=1)
    document.add_paragraph("斯大林同志：")
    paragraph = document.add_paragraph("我们同意你的意见。")
    paragraph.add_run().add_break()
    paragraph.add_run("此致\t敬礼")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "日期", "地点"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "一九四九年十二月十六日，莫斯科"
    document.add_paragraph("毛泽东")


def test_a_word_file_reads_as_its_paragraphs_in_order_with_the_table_cells() -> None:
    source = read_source(docx_bytes(_letter), "致斯大林.docx")
    assert source.text == (
        "毛泽东致斯大林\n斯大林同志：\n我们同意你的意见。\n此致\t敬礼\n"
        "日期\n地点\n一九四九年十二月十六日，莫斯科\n毛泽东"
    )
    assert (source.format, source.encoding, source.cleanup) == (DOCX, "docx", {})


def test_a_word_file_is_recognised_by_its_content_whatever_its_name() -> None:
    assert read_source(docx_bytes(_letter), "letter.txt").format == DOCX


def test_footnotes_left_out_of_a_word_file_are_reported() -> None:
    data = with_footnotes(docx_bytes(_letter), ["见《毛泽东年谱》", "同上"])
    source = read_source(data, "x.docx")
    assert "年谱" not in source.text
    assert source.cleanup == {"footnotes and endnotes left out": 2}


def test_tracked_insertions_are_kept_and_deletions_left_out() -> None:
    from docx.oxml import parse_xml

    def build(document) -> None:
        paragraph = document.add_paragraph("毛泽东")
        w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        paragraph._p.append(parse_xml(
            f'<w:ins {w} w:id="1" w:author="a"><w:r><w:t>于十二月</w:t></w:r></w:ins>'))
        paragraph._p.append(parse_xml(
            f'<w:del {w} w:id="2" w:author="a"><w:r><w:delText>十一月</w:delText></w:r></w:del>'))
        paragraph.add_run("抵达莫斯科。")

    assert read_source(docx_bytes(build), "x.docx").text == "毛泽东于十二月抵达莫斯科。"


# -- HTML -----------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>标题不显示</title>
<style>p { color: red }</style><script>var x = "<p>脚本</p>";</script></head>
<body><nav hidden>导航</nav>
<h1>毛泽东访苏</h1>
<p>1949年12月16日，毛泽东
抵达莫斯科。&ldquo;斯大林&rdquo;会见了他&hellip;</p>
<p>&nbsp;&nbsp;第二段<br>第二行</p>
<div style="display: none">隐藏</div>
<ul><li>甲</li><li>乙 &amp; 丙</li></ul>
<pre>  诗句一
  诗句二</pre>
</body></html>"""


def test_a_web_page_reads_as_its_visible_text() -> None:
    source = read_source(PAGE.encode("gb18030"), "访苏.html")
    assert source.text == (
        "毛泽东访苏\n1949年12月16日，毛泽东抵达莫斯科。“斯大林”会见了他…\n"
        "  第二段\n第二行\n甲\n乙 & 丙\n  诗句一\n  诗句二"
    )
    assert (source.format, source.encoding) == (HTML, "html (gb18030)")
    assert source.cleanup == {"&nbsp; → space": 2}


def test_a_web_page_without_a_charset_is_detected_and_one_that_lies_falls_back() -> None:
    plain = "<html><body><p>毛澤東抵達莫斯科。</p></body></html>"
    assert read_source(plain.encode("big5"), "a.htm").encoding == "html (big5)"
    lying = plain.replace("<body>", '<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>')
    source = read_source(lying.encode("utf-8"), "b.htm")
    assert (source.text, source.encoding) == ("毛澤東抵達莫斯科。", "html (utf-8)")
    # A page re-saved as UTF-8 that still declares gb2312: its bytes happen to be valid GB18030.
    resaved = '<html><head><meta charset="gb2312"></head><body>毛泽东会见斯大林</body></html>'
    assert "毛泽东会见斯大林".encode("utf-8").decode("gb18030") != "毛泽东会见斯大林"
    assert read_source(resaved.encode("utf-8"), "d.htm").text == "毛泽东会见斯大林"
    bom = "\ufeff<html><p>毛泽东</p></html>".encode("utf-16-le")
    assert read_source(bom, "c.html").text == "毛泽东"


def test_the_chosen_encoding_overrides_the_pages_charset() -> None:
    page = '<html><head><meta charset="utf-8"></head><body>毛澤東</body></html>'.encode("big5")
    assert read_source(page, "a.html", encoding="big5").text == "毛澤東"


@pytest.mark.parametrize(
    "data, name, expected",
    [
        (b"<!DOCTYPE html><html><body>x</body></html>", "saved.txt", HTML),
        (b"<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><p>x</p></html>", "page", HTML),
        ("<注>毛泽东</注> 原文".encode("utf-8"), "notes.txt", TEXT),
        ("毛泽东 <b>访苏</b>".encode("utf-8"), "notes.txt", TEXT),
        (b"anything", "page.HTM", HTML),
    ],
)
def test_formats_are_recognised_by_content_and_extension(data, name, expected) -> None:
    assert source_format(data, name) == expected


def test_plain_text_goes_through_strict_decoding() -> None:
    source = read_source("毛澤東致斯大林電。".encode("big5"), "電報.txt")
    assert (source.text, source.format, source.encoding) == ("毛澤東致斯大林電。", TEXT, "big5")
    with pytest.raises(TextError, match="binary"):
        read_source(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "x.png")
