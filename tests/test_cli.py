"""The command line, as a user types it: exit codes, messages and --json output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main
from tests.conftest import SIMPLIFIED_SAMPLE, TRADITIONAL_SAMPLE

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project_file(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_tag_search_export_round_trip(capsys, project_file, tmp_path) -> None:
    code, out, _ = run(capsys, "--project", project_file, "import", str(TRADITIONAL_SAMPLE), str(SIMPLIFIED_SAMPLE))
    assert code == 0 and out.count("imported") == 2

    code, out, _ = run(capsys, "docs", "--json", "--project", project_file)
    docs = json.loads(out)
    assert {"id", "title", "script", "encoding", "chars", "segments", "passages"} <= set(docs[0])
    assert [d["script"] for d in docs] == ["traditional", "simplified"]

    code, out, _ = run(capsys, "search", "毛泽东", "--json", "--project", project_file)
    hits = json.loads(out)
    assert {h["match"] for h in hits} == {"毛泽东", "毛澤東"}
    assert set(hits[0]) == {"document_id", "document", "start", "end", "match", "context_before", "context_after"}

    hit = next(h for h in hits if h["match"] == "毛澤東")
    code, out, _ = run(capsys, "tag", str(hit["document_id"]), str(hit["start"]), str(hit["end"]),
                       "diplomacy", "--memo", "訪蘇", "--project", project_file)
    assert code == 0 and out.strip().isdigit()
    annotation_id = int(out)

    code, out, _ = run(capsys, "passages", "--json", "--project", project_file)
    [passage] = json.loads(out)
    assert passage["id"] == annotation_id and passage["text"] == "毛澤東" and passage["memo"] == "訪蘇"
    assert {"id", "document_id", "document", "code", "start", "end", "text", "memo", "coder"} <= set(passage)

    out_csv = tmp_path / "out.csv"
    code, out, _ = run(capsys, "export", "--out", str(out_csv), "--code", "diplomacy", "--project", project_file)
    assert code == 0 and out_csv.read_bytes().startswith(b"\xef\xbb\xbf")

    code, out, _ = run(capsys, "untag", str(annotation_id), "--project", project_file)
    assert code == 0
    assert json.loads(run(capsys, "passages", "--json", "--project", project_file)[1]) == []


def test_codes_list_and_add(capsys, project_file) -> None:
    code, out, _ = run(capsys, "codes", "add", "treaty", "--color", "#AA0000", "--parent", "diplomacy",
                       "--description", "條約", "--project", project_file)
    assert code == 0
    codes = json.loads(run(capsys, "codes", "--json", "--project", project_file)[1])
    assert [c["path"] for c in codes] == ["negotiation", "security", "diplomacy", "diplomacy/treaty"]


def test_segment_prints_one_space_between_words(capsys, project_file, write_text) -> None:
    path = write_text("s.txt", "毛澤東訪問蘇聯。\n斯大林說。")
    run(capsys, "import", str(path), "--project", project_file)
    code, out, _ = run(capsys, "segment", "s", "--project", project_file)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].replace(" ", "") == "毛澤東訪問蘇聯。" and " " in lines[0]
    assert lines[1].replace(" ", "") == "斯大林說。"


@pytest.mark.parametrize(
    "argv, message",
    [
        (["tag", "1", "0", "5", "security"], "no document"),
        (["search", "(", "--regex"], "not a valid regular expression"),
        (["untag", "99"], "no annotation"),
        (["codes", "add", "x", "--color", "red"], "#RRGGBB"),
    ],
)
def test_bad_input_exits_1_with_one_line(capsys, project_file, argv, message) -> None:
    code, out, err = run(capsys, *argv, "--project", project_file)
    assert code == 1
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_usage_errors_exit_2(capsys, project_file) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["tag", "1", "not-a-number", "5", "security", "--project", project_file])
    assert exited.value.code == 2


def test_a_failed_file_among_several_is_reported_and_the_others_imported(capsys, project_file, tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run(capsys, "import", str(empty), str(TRADITIONAL_SAMPLE), "--project", project_file)
    assert code == 1 and "empty" in err and "imported" in out


def test_a_fresh_process_prints_no_traceback_for_a_bad_project(tmp_path) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("not a database")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--project", str(bogus), "docs"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error:") and "not a project file" in result.stderr
    assert "Traceback" not in result.stderr


def test_backup_list_and_restore(capsys, project_file, write_text) -> None:
    path = write_text("b.txt", "毛澤東到莫斯科。")
    run(capsys, "import", str(path), "--project", project_file)
    run(capsys, "tag", "1", "0", "3", "diplomacy", "--project", project_file)
    code, out, _ = run(capsys, "backup", "--project", project_file)
    assert code == 0 and out.strip().endswith(".sqlite")
    run(capsys, "tag", "1", "4", "7", "security", "--project", project_file)
    code, out, err = run(capsys, "restore", "1", "--project", project_file)
    assert code == 1 and "--yes" in err
    code, out, _ = run(capsys, "backups", "--project", project_file)
    rows = [line.split("\t") for line in out.splitlines()]
    # Numbered in the order they were made, newest first: the automatic one of the `tag`
    # command, then the manual one.
    assert [(row[0], row[2]) for row in rows] == [("2", "manual"), ("1", "automatic")]
    code, out, err = run(capsys, "restore", "2", "--yes", "--project", project_file)
    assert code == 0, err
    passages = json.loads(run(capsys, "passages", "--json", "--project", project_file)[1])
    assert [p["text"] for p in passages] == ["毛澤東"]
    code, _, err = run(capsys, "restore", "99", "--yes", "--project", project_file)
    assert code == 1 and "no backup" in err


def _damaged_project(capsys, project_file: str, write_text) -> None:
    from tests.helpers.damage import flip_table_page

    run(capsys, "import", str(write_text("d.txt", "毛澤東到莫斯科。斯大林說。")), "--project", project_file)
    run(capsys, "tag", "1", "0", "3", "diplomacy", "--project", project_file)
    run(capsys, "backup", "--project", project_file)
    flip_table_page(Path(project_file))


@pytest.mark.parametrize("command", [
    ["passages"], ["export", "--out", "x.csv"], ["docs"], ["segment", "1"], ["tag", "1", "4", "7", "security"],
])
def test_a_damaged_project_gives_one_line_saying_how_to_restore(capsys, project_file, write_text, tmp_path,
                                                                  command) -> None:
    _damaged_project(capsys, project_file, write_text)
    if command[0] == "export":
        command = ["export", "--out", str(tmp_path / "x.csv")]
    code, out, err = run(capsys, *command, "--project", project_file)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "damaged" in err and "restore latest --yes" in err
    assert not (tmp_path / "x.csv").exists()


def test_a_damaged_project_is_restored_from_its_last_good_backup(capsys, project_file, write_text) -> None:
    _damaged_project(capsys, project_file, write_text)
    code, out, _ = run(capsys, "backups", "--project", project_file)
    assert code == 0 and out.count("\n") == 2  # the automatic and the manual backup
    code, out, err = run(capsys, "restore", "latest", "--yes", "--project", project_file)
    assert code == 0, err
    assert "set aside" in out
    passages = json.loads(run(capsys, "passages", "--json", "--project", project_file)[1])
    assert [p["text"] for p in passages] == ["毛澤東"]


def test_a_missing_project_is_restored_from_its_backups(capsys, project_file, write_text) -> None:
    run(capsys, "import", str(write_text("m.txt", "毛澤東到莫斯科。")), "--project", project_file)
    run(capsys, "backup", "--project", project_file)
    Path(project_file).unlink()
    code, out, err = run(capsys, "restore", "latest", "--yes", "--project", project_file)
    assert code == 0, err
    assert len(json.loads(run(capsys, "docs", "--json", "--project", project_file)[1])) == 1


def test_a_backup_that_cannot_be_written_only_warns_and_reading_goes_on(capsys, project_file, write_text,
                                                                         tmp_path) -> None:
    run(capsys, "import", str(write_text("w.txt", "毛澤東到莫斯科。")), "--project", project_file)
    Path(project_file + ".backups").write_text("in the way")  # the automatic backup fails
    code, out, err = run(capsys, "docs", "--json", "--project", project_file)
    assert code == 0 and len(json.loads(out)) == 1
    assert err.startswith("warning:") and "backup could not be written" in err
    code, out, err = run(capsys, "export", "--out", str(tmp_path / "e.csv"), "--project", project_file)
    assert code == 0 and (tmp_path / "e.csv").exists()
