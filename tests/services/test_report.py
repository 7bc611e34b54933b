"""The HTML report of a project: passages grouped by code, in the script chosen."""

from __future__ import annotations

import pytest

from annotator.domain import PassageFilter
from annotator.errors import UserError
from annotator.services.codes import list_codes
from annotator.services.export import export_to
from annotator.services.report import export_report
from tests.services.test_exchange import coded  # noqa: F401 - the fixture


def test_the_report_groups_passages_by_code_with_their_context(project, coded, tmp_path) -> None:
    out = tmp_path / "report.html"
    outcome = export_to(project, PassageFilter(), out)
    assert outcome.format == "HTML report" and outcome.passages == 4
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'lang="zh-Hant"' in page
    assert "<mark>𠮷祥</mark>" in page  # the passage marked inside its sentence
    assert "吉祥的𠮷" in page and "同事" in page and "軍事" in page  # memo, coder, description
    # In codebook order, a sub-code after its parent.
    headings = [page.index(f"</span>{code.path} <span") for code in list_codes(project)]
    assert headings == sorted(headings)


def test_the_report_in_simplified_characters(project, coded, tmp_path) -> None:
    out = tmp_path / "report.html"
    export_report(project, PassageFilter(), out, script="simplified")
    page = out.read_text(encoding="utf-8")
    assert 'lang="zh-Hans"' in page and "毛泽东" in page and "毛澤東" not in page.split("<body>")[1].split("<mark>")[-1]


def test_an_unknown_script_is_refused_and_nothing_written(project, coded, tmp_path) -> None:
    with pytest.raises(UserError, match="unknown script"):
        export_report(project, PassageFilter(), tmp_path / "r.html", script="kana")
    assert not list(tmp_path.glob("r.html"))
