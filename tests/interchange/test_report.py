"""The HTML report: grouped by code, passages marked in context, everything escaped, one file."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser

import pytest

from annotator.interchange.report import ReportCode, ReportPassage, render_report, write_report

MOSCOW = ReportPassage("毛致斯大林電", 12, 15, "毛澤東", "一九四九年十二月，", "訪問莫斯科。", "", "李")
HOSTILE = ReportPassage("<b>會談</b> & 記錄", 0, 2, "條約", "\u202e東澤毛", "", "<script>alert(1)</script>", "王 \"x\"")
CODES = [
    ReportCode("diplomacy", "外交\n往來", "#1F77B4", [MOSCOW]),
    ReportCode("diplomacy/treaty", "", "#FF7F0E", [HOSTILE, MOSCOW]),
    ReportCode("security", "安全", "#D62728", []),
]


class Outline(HTMLParser):
    """Which code each passage appears under, and what is marked: the report's structure."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[dict] = []
        self.tags: set[str] = set()
        self.links: list[tuple[str, str]] = []
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.add(tag)
        self.links.extend((name, value) for name, value in attrs if name in ("href", "src"))
        classes = dict(attrs).get("class", "")
        if tag == "section":
            self.sections.append({"heading": "", "marks": [], "memos": [], "wheres": []})
        if tag in ("meta", "br", "img", "link", "hr"):  # void: no end tag follows
            return
        self._in.append(tag if tag != "p" else f"p.{classes}")

    def handle_endtag(self, tag) -> None:
        self._in.pop()

    def handle_data(self, data) -> None:
        if not self.sections or not self._in:
            return
        section, where = self.sections[-1], self._in
        if "h2" in where:
            section["heading"] += data
        if where[-1] == "mark":
            section["marks"].append(data)
        if "p.memo" in where and where[-1] == "p.memo":
            section["memos"].append(data.strip())
        if "p.where" in where:
            section["wheres"].append(data)


def outline(document: str) -> Outline:
    parsed = Outline()
    parsed.feed(document)
    return parsed


def test_passages_are_grouped_under_their_codes_in_order() -> None:
    parsed = outline(render_report(CODES, title="報告", script="traditional"))
    assert [s["heading"].split(" ")[0] for s in parsed.sections] == ["diplomacy", "diplomacy/treaty", "security"]
    assert [s["marks"] for s in parsed.sections] == [["毛澤東"], ["條約", "毛澤東"], []]


def test_each_passage_shows_document_position_coder_and_its_sentence_with_the_passage_marked() -> None:
    document = render_report(CODES[:1], title="報告", script="traditional")
    assert "一九四九年十二月，<mark>毛澤東</mark>訪問莫斯科。" in document
    where = "".join(outline(document).sections[0]["wheres"])
    assert "毛致斯大林電" in where and "12–15" in where and "李" in where
    assert '<p class="description">外交\n往來</p>' in document


def test_every_value_is_escaped_and_hidden_characters_are_shown() -> None:
    document = render_report(CODES, title="<title>報告</title>", script="traditional")
    parsed = outline(document)
    assert "script" not in parsed.tags and "b" not in parsed.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document
    assert parsed.sections[1]["memos"] == ["<script>alert(1)</script>"]
    assert "&lt;b&gt;會談&lt;/b&gt; &amp; 記錄" in document
    assert "王 &quot;x&quot;" in document
    assert "&lt;title&gt;報告&lt;/title&gt;" in document
    # A right-to-left override would show 東澤毛 reversed; it is a visible mark instead.
    assert "\u202e" not in document and "\u27ea東澤毛" in document


def test_a_colour_that_is_not_a_colour_cannot_inject_style() -> None:
    bad = ReportCode("x", "", "red; } body { display: none", [MOSCOW])
    document = render_report([bad], title="t", script="traditional")
    assert "display: none" not in document and "--code: #808080" in document


def test_the_file_is_one_self_contained_utf8_document(tmp_path) -> None:
    path = tmp_path / "report.html"
    made = datetime(2026, 11, 22, 9, 42, tzinfo=timezone(timedelta(hours=8)))
    write_report(path, CODES, title="報告", script="simplified", made_at=made)
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
    document = path.read_bytes().decode("utf-8")
    parsed = outline(document)
    # Nothing loaded from elsewhere: links only within the page, no scripts, styles or images.
    assert all(name == "href" and value.startswith("#code-") for name, value in parsed.links)
    assert not parsed.tags & {"script", "link", "img", "iframe", "object", "embed"}
    assert "@import" not in document and "url(" not in document
    assert '<meta charset="utf-8">' in document and '<html lang="zh-Hans">' in document
    assert "@media print" in document and "break-inside: avoid" in document
    assert document.index('"Noto Serif CJK SC"') < document.index('"Noto Serif CJK TC"')
    assert "3 passages · 3 codes · simplified characters · made 2026-11-22 01:42 UTC" in document


def test_an_unknown_script_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown script"):
        render_report(CODES, title="t", script="cyrillic")
