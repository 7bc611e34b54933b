"""The command line's exchange and analysis: export by extension, import of .qdpx and .qdc with
its summary, report, matrix, co-occurrence and summary tables."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from annotator.cli import main
from tests.interchange.helpers import QUOTES, TEXT, qde_of, schema_errors, span
from tests.interchange.test_nvivo import ALL, nvivo_archive


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def coded(capsys, tmp_path) -> str:
    project = str(tmp_path / "sender.sqlite")
    source = tmp_path / "電報.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert run(capsys, "--project", project, "import", str(source))[0] == 0
    for quote, code in ((QUOTES[0], "diplomacy"), (QUOTES[3], "security"), (QUOTES[2], "diplomacy")):
        start, end = span(quote)
        assert run(capsys, "--project", project, "tag", "電報", str(start), str(end), code)[0] == 0
    return project


def test_export_by_extension_and_import_into_a_new_project(capsys, coded, tmp_path) -> None:
    out = tmp_path / "send.qdpx"
    code, printed, _ = run(capsys, "--project", coded, "export", "--out", str(out))
    assert code == 0 and printed.startswith("exported 1 document, ") and "(REFI-QDA project)" in printed
    assert schema_errors(qde_of(out.read_bytes())) == []
    receiver = str(tmp_path / "receiver.sqlite")
    code, printed, _ = run(capsys, "--project", receiver, "import", str(out))
    assert code == 0
    assert printed.startswith("imported send.qdpx (from ")
    assert "added 1 document" in printed and "3 passages" in printed
    code, printed, _ = run(capsys, "--project", receiver, "passages", "--json")
    assert sorted(p["text"] for p in json.loads(printed)) == sorted((QUOTES[0], QUOTES[3], QUOTES[2]))
    # The second time, nothing is added.
    code, printed, _ = run(capsys, "--project", receiver, "import", str(out))
    assert code == 0 and "added 0 documents, 0 codes, 0 coders, 0 passages, 0 memos" in printed


def test_the_other_formats_by_extension(capsys, coded, tmp_path) -> None:
    for name, shown in (("codes.qdc", "REFI-QDA codebook"), ("book.xlsx", "Excel workbook"),
                        ("report.html", "HTML report"), ("plain.csv", "CSV")):
        code, printed, _ = run(capsys, "--project", coded, "export", "--out", str(tmp_path / name))
        assert code == 0 and f"({shown})" in printed, name
    assert schema_errors((tmp_path / "codes.qdc").read_bytes(), "Codebook-mrt2019.xsd") == []
    assert openpyxl.load_workbook(tmp_path / "book.xlsx").sheetnames[0] == "Passages"
    code, _, error = run(capsys, "--project", coded, "export", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and error.count("\n") == 1 and ".qdpx" in error


def test_a_qdpx_export_onto_the_project_is_refused_and_nothing_changes(capsys, coded, tmp_path) -> None:
    link = tmp_path / "send.qdpx"
    link.symlink_to(coded)
    kept = Path(coded).read_bytes()
    code, _, error = run(capsys, "--project", coded, "export", "--out", str(link), "--follow-symlinks")
    assert code == 1 and "is the project itself" in error and error.count("\n") == 1
    assert Path(coded).read_bytes() == kept


def test_a_broken_file_is_one_line_and_the_project_unchanged(capsys, coded, tmp_path) -> None:
    broken = tmp_path / "broken.qdpx"
    broken.write_bytes(b"PK\x03\x04 not really")
    before = run(capsys, "--project", coded, "passages", "--json")[1]
    code, printed, error = run(capsys, "--project", coded, "import", str(broken))
    assert code == 1 and printed == "" and error.startswith("error: ") and error.count("\n") == 1
    assert "Traceback" not in error
    assert run(capsys, "--project", coded, "passages", "--json")[1] == before


def test_an_nvivo_project_lists_what_it_could_not_take(capsys, tmp_path) -> None:
    path = tmp_path / "nvivo.qdpx"
    path.write_bytes(nvivo_archive(ALL))
    receiver = str(tmp_path / "receiver.sqlite")
    code, printed, error = run(capsys, "--project", receiver, "import", str(path))
    assert code == 3  # partly: a link is not taken, and says so
    assert "(from NVivo)" in printed and "not taken: link" in printed and "not taken" in error
    passages = json.loads(run(capsys, "--project", receiver, "passages", "--json")[1])
    assert all(TEXT[p["start"]:p["end"]] == p["text"] for p in passages) and len(passages) == len(QUOTES)


def test_the_analysis_tables(capsys, coded, tmp_path) -> None:
    code, printed, _ = run(capsys, "--project", coded, "matrix")
    lines = [line.split("\t") for line in printed.splitlines()]
    assert code == 0 and lines[0] == ["code", "電報", "total"]
    assert ["diplomacy", "2", "2"] in lines and lines[-1] == ["total", "3", "3"]
    code, printed, _ = run(capsys, "--project", coded, "matrix", "--measure", "characters", "--json")
    rows = {row["code"]: row for row in json.loads(printed)}
    assert rows["diplomacy"]["電報"] == len(QUOTES[0]) + len(QUOTES[2])
    code, printed, _ = run(capsys, "--project", coded, "cooccurrence", "--json")
    rows = {row["code"]: row for row in json.loads(printed)}
    assert rows["diplomacy"]["security"] == 1  # 𠮷祥 inside 與斯大林會談。𠮷祥
    code, printed, _ = run(capsys, "--project", coded, "summary", "--json")
    summary = {row["code"]: row for row in json.loads(printed)}
    assert (summary["diplomacy"]["passages"], summary["diplomacy"]["documents"]) == (2, 1)


def test_report_writes_one_html_file(capsys, coded, tmp_path) -> None:
    out = tmp_path / "report.html"
    code, printed, _ = run(capsys, "--project", coded, "report", "--out", str(out), "--script", "simplified")
    assert code == 0 and printed.startswith("wrote a report of 3 passages")
    assert 'lang="zh-Hans"' in out.read_text(encoding="utf-8")
