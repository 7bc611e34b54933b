"""The command line's `search`: every hit printed, however many, and counted in English."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.cli import main
from annotator.services.search import DEFAULT_LIMIT

MANY = DEFAULT_LIMIT + 1


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_more_hits_than_the_window_lists_are_all_printed_and_counted(capsys, tmp_path: Path) -> None:
    project = str(tmp_path / "cli.sqlite")
    source = tmp_path / "many.txt"
    source.write_text("𠮷" + "毛泽东。" * MANY, encoding="utf-8")
    assert run(capsys, "import", str(source), "--project", project)[0] == 0

    code, out, err = run(capsys, "search", "毛澤東", "--project", project)
    lines = out.splitlines()
    assert code == 0 and len(lines) == MANY
    assert err == f"{MANY:,} matches\n"
    assert lines[0].startswith("1:1-4\t") and lines[-1].startswith(f"1:{1 + 4 * (MANY - 1)}-")

    code, out, _ = run(capsys, "search", "毛澤東", "--json", "--project", project)
    assert len(json.loads(out)) == MANY


def test_one_hit_is_one_match_and_none_is_zero_matches(capsys, tmp_path: Path) -> None:
    project = str(tmp_path / "cli.sqlite")
    source = tmp_path / "one.txt"
    source.write_text("毛澤東說：勝利。", encoding="utf-8")
    assert run(capsys, "import", str(source), "--project", project)[0] == 0
    assert run(capsys, "search", "胜利", "--project", project)[2] == "1 match\n"
    assert run(capsys, "search", "失敗", "--project", project)[2] == "0 matches\n"
