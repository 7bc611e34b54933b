"""`agreement` on the command line, on a file and on a server: the JSON objects as the issue
names them (totals with document null), the table, and one line for a bad choice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def project(location: str, tmp_path: Path, capsys) -> str:
    (tmp_path / "letter.txt").write_text("毛澤東到莫斯科史達林接見了他兩人談判條約", encoding="utf-8")
    assert run(capsys, "import", str(tmp_path / "letter.txt"), "--project", location)[0] == 0
    for start, end, coder in ((0, 8, "李"), (4, 14, "王")):
        assert run(capsys, "tag", "1", str(start), str(end), "diplomacy", "--coder", coder,
                   "--project", location)[0] == 0
    return location


def test_json_has_one_object_per_code_document_and_pair_and_totals(capsys, project: str) -> None:
    code, out, _ = run(capsys, "agreement", "--code", "diplomacy", "--coders", "李", "王", "--json",
                       "--project", project)
    assert code == 0
    rows = json.loads(out)
    assert [set(row) for row in rows] == [{"code", "document", "coders", "agreement", "kappa", "alpha",
                                           "characters"}] * 2
    first, total = rows
    assert (first["code"], first["document"], first["coders"], first["characters"]) == (
        "diplomacy", "letter", ["李", "王"], 20)
    assert first["agreement"] == pytest.approx(50.0) and first["kappa"] == pytest.approx(0.0)
    assert first["alpha"] == pytest.approx(1 - 390 / 396)
    assert total["document"] is None and total["characters"] == 20


def test_the_table_shows_undefined_measures_as_a_dash(capsys, project: str) -> None:
    code, out, err = run(capsys, "agreement", "--document", "letter", "--project", project)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "code\tdocument\tcoders\tagreement %\tkappa\talpha\tcharacters"
    assert "diplomacy\tletter\t李 / 王\t50.00\t0.000\t0.015\t20" in lines
    assert "security\t(total)\t李 / 王\t100.00\t–\t–\t20" in lines
    assert "1 comparison" in err


def test_a_bad_choice_is_one_line_and_exit_1(capsys, project: str) -> None:
    code, out, err = run(capsys, "agreement", "--coders", "李", "--project", project)
    assert (code, out) == (1, "") and err.strip().splitlines() == [
        "error: --coders needs two coders or more to compare (given: 李)"]
