"""The command line, as a user types it: exit codes, messages and --json output."""

from __future__ import annotations

import json
import os
import shutil
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


@pytest.fixture
def made_project(capsys, project_file) -> str:
    """A project that exists already (a command on a new path says it created one)."""
    assert main(["docs", "--project", project_file]) == 0
    capsys.readouterr()
    return project_file


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
def test_bad_input_exits_1_with_one_line(capsys, made_project, argv, message) -> None:
    code, out, err = run(capsys, *argv, "--project", made_project)
    assert code == 1
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_usage_errors_exit_2(capsys, project_file) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["tag", "1", "not-a-number", "5", "security", "--project", project_file])
    assert exited.value.code == 2


def test_a_failed_file_among_several_is_reported_and_the_others_imported(capsys, made_project, tmp_path) -> None:
    project_file = made_project
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run(capsys, "import", str(empty), str(TRADITIONAL_SAMPLE), "--project", project_file)
    assert code == 3  # partly done: README's exit codes
    assert out.startswith("imported 1\t") and out.count("imported") == 1
    assert err.splitlines() == [f"error: {empty}: the file is empty", "imported 1 of 2 files; 1 refused"]
    assert len(json.loads(run(capsys, "docs", "--json", "--project", project_file)[1])) == 1


def test_when_every_file_is_refused_the_exit_code_says_nothing_changed(capsys, project_file, tmp_path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run(capsys, "import", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"),
                         "--project", project_file)
    assert code == 1 and out == ""
    assert err.splitlines()[-1] == "imported 0 of 2 files; 2 refused"
    assert json.loads(run(capsys, "docs", "--json", "--project", project_file)[1]) == []


def test_a_second_copy_of_a_text_needs_allow_duplicate(capsys, project_file, tmp_path) -> None:
    copy = tmp_path / "second-edition.txt"
    copy.write_bytes(TRADITIONAL_SAMPLE.read_bytes())
    assert run(capsys, "import", str(TRADITIONAL_SAMPLE), "--project", project_file)[0] == 0
    code, out, err = run(capsys, "import", str(copy), "--project", project_file)
    assert code != 0 and "imported" not in out
    assert "already in the project as document 1" in err and "--allow-duplicate" in err
    code, out, err = run(capsys, "import", str(copy), "--allow-duplicate", "--project", project_file)
    assert code == 0 and out.startswith("imported 2\tsecond-edition")


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


def test_ctrl_c_during_an_import_keeps_and_reports_the_files_before(capsys, made_project, write_text, monkeypatch) -> None:
    project_file = made_project
    from annotator.services import imports

    first, second = write_text("a.txt", "毛澤東到莫斯科。"), write_text("b.txt", "斯大林說。")
    real_import = imports.import_file

    def interrupted_at_the_second(project, path, options, **keywords):
        if path == second:
            raise KeyboardInterrupt  # the user presses Ctrl+C while b.txt is being segmented
        return real_import(project, path, options, **keywords)

    monkeypatch.setattr(imports, "import_file", interrupted_at_the_second)
    code, out, err = run(capsys, "import", str(first), str(second), "--project", project_file)
    assert code == 3 and out.startswith("imported 1\t")
    assert err == f"interrupted at {second}: imported 1 of 2 files\n"


def test_without_project_a_command_says_which_project_it_used(capsys, tmp_path, write_text) -> None:
    from annotator import settings

    last = tmp_path / "last.sqlite"
    run(capsys, "import", str(write_text("a.txt", "毛澤東到莫斯科。")), "--project", str(last))
    settings.remember_project(last)  # as the window does when it opens a project
    code, out, err = run(capsys, "docs")
    assert code == 0 and "\ta\t" in out
    assert err == f"using project {last} (the last one opened in the window; --project chooses another)\n"
    code, out, err = run(capsys, "docs", "--project", str(last))
    assert err == ""


def test_tag_says_what_to_type_for_end(capsys, project_file) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["tag", "1", "9220", "END", "negotiation", "--project", project_file])
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert "“END” is not a number" in err and "one past the last character" in err


def test_counts_in_messages_are_singular_for_one(capsys, project_file, write_text, tmp_path) -> None:
    code, out, _ = run(capsys, "import", str(write_text("one.txt", "毛")), "--project", project_file)
    assert "\t1 character\t1 segment" in out
    run(capsys, "tag", "1", "0", "1", "diplomacy", "--project", project_file)
    code, out, _ = run(capsys, "export", "--out", str(tmp_path / "x.csv"), "--project", project_file)
    assert out.startswith("exported 1 passage to ")
    code, out, _ = run(capsys, "words", "add", "毛", "--project", project_file)
    assert out.endswith("re-segmented 1 document\n")


def test_the_csv_names_each_documents_author_date_and_source(capsys, project_file, write_text, tmp_path) -> None:
    from annotator.services.export import read_csv

    path = write_text("t.txt", "毛澤東到莫斯科。")
    run(capsys, "import", str(path), "--author", "丁明", "--date", "1949-12-16",
        "--source-ref", "=HYPERLINK(1)", "--project", project_file)
    run(capsys, "tag", "1", "0", "3", "diplomacy", "--project", project_file)
    out_csv = tmp_path / "c.csv"
    run(capsys, "export", "--out", str(out_csv), "--project", project_file)
    header = out_csv.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header[:7] == ["annotation_id", "document_id", "document", "author", "date", "source_ref", "code"]
    [row] = read_csv(out_csv)
    assert (row["author"], row["date"], row["source_ref"]) == ("丁明", "1949-12-16", "=HYPERLINK(1)")
    assert "'=HYPERLINK" in out_csv.read_text(encoding="utf-8-sig")  # neutralised like every cell


def codes_by_name(capsys, project_file) -> dict[str, dict]:
    listed = json.loads(run(capsys, "codes", "--json", "--project", project_file)[1])
    return {code["name"]: code for code in listed}


def test_codes_add_picks_an_unused_colour_and_the_next_free_key(capsys, project_file) -> None:
    from annotator.services.codes import NEW_CODE_COLOURS

    code, out, _ = run(capsys, "codes", "add", "treaty", "--project", project_file)
    assert code == 0 and out.endswith("\tkey 4\n")
    run(capsys, "codes", "add", "alliance", "--project", project_file)
    codes = codes_by_name(capsys, project_file)
    assert (codes["treaty"]["color"], codes["treaty"]["shortcut"]) == (NEW_CODE_COLOURS[0], "4")
    assert (codes["alliance"]["color"], codes["alliance"]["shortcut"]) == (NEW_CODE_COLOURS[1], "5")
    # A colour given, or taken by hand, is not given again.
    run(capsys, "codes", "add", "aid", "--color", NEW_CODE_COLOURS[2], "--key", "9", "--project", project_file)
    run(capsys, "codes", "add", "trade", "--project", project_file)
    codes = codes_by_name(capsys, project_file)
    assert (codes["trade"]["color"], codes["trade"]["shortcut"]) == (NEW_CODE_COLOURS[3], "6")


def test_codes_can_be_renamed_described_recoloured_rekeyed_and_moved(capsys, project_file) -> None:
    def ok(*argv: str) -> str:
        code, out, err = run(capsys, "codes", *argv, "--project", project_file)
        assert code == 0, err
        return out

    assert ok("rename", "security", "安全") == "renamed security → 安全\n"
    ok("describe", "安全", "軍事與戰略")
    ok("color", "安全", "#aa0000")
    ok("key", "安全", "7")
    assert ok("move", "安全", "--parent", "diplomacy") == "moved 安全 → diplomacy/安全\n"
    code = codes_by_name(capsys, project_file)["安全"]
    assert (code["path"], code["description"], code["color"], code["shortcut"]) == (
        "diplomacy/安全", "軍事與戰略", "#AA0000", "7")
    ok("move", "安全", "--top")
    ok("key", "安全", "--clear")
    code = codes_by_name(capsys, project_file)["安全"]
    assert (code["path"], code["shortcut"]) == ("安全", None)


@pytest.mark.parametrize(
    "argv, message",
    [
        (["codes", "key", "security", "1"], "already belongs to “negotiation”"),
        (["codes", "key", "security", "Ctrl+Q"], "one of the window's own keys"),
        (["codes", "key", "security", "Ctrl+中"], "one letter or digit"),
        (["codes", "key", "security", "Ctrl+Shift"], "one letter or digit"),
        (["codes", "move", "diplomacy", "--parent", "diplomacy"], "cannot move below itself"),
        (["codes", "rename", "security", "diplomacy"], "already exists"),
        (["codes", "color", "nothing", "#000000"], "no code named “nothing”"),
    ],
)
def test_refused_code_changes_exit_1_and_change_nothing(capsys, project_file, argv, message) -> None:
    before = codes_by_name(capsys, project_file)
    code, _, err = run(capsys, *argv, "--project", project_file)
    assert code == 1 and message in err and err.count("\n") == 1
    assert codes_by_name(capsys, project_file) == before


def test_deleting_a_code_with_passages_asks_for_yes_and_says_how_many(capsys, project_file, write_text) -> None:
    run(capsys, "import", str(write_text("d.txt", "毛澤東到莫斯科。")), "--project", project_file)
    run(capsys, "codes", "add", "treaty", "--parent", "diplomacy", "--project", project_file)
    run(capsys, "tag", "1", "0", "3", "diplomacy", "--project", project_file)
    run(capsys, "tag", "1", "4", "7", "treaty", "--project", project_file)
    code, _, err = run(capsys, "codes", "delete", "diplomacy", "--project", project_file)
    assert code == 1
    assert err == "error: “diplomacy” holds 1 sub-code and 2 coded passages; add --yes to delete them too\n"
    assert "treaty" in codes_by_name(capsys, project_file)
    code, out, _ = run(capsys, "codes", "delete", "diplomacy", "--yes", "--project", project_file)
    assert code == 0 and out == "deleted diplomacy with 1 sub-code and 2 coded passages\n"
    assert set(codes_by_name(capsys, project_file)) == {"negotiation", "security"}
    assert json.loads(run(capsys, "passages", "--json", "--project", project_file)[1]) == []
    code, out, _ = run(capsys, "codes", "delete", "security", "--project", project_file)
    assert code == 0 and out == "deleted security\n"


def _imported_project(tmp_path: Path) -> str:
    project = str(tmp_path / "pipe.sqlite")
    assert main(["import", str(TRADITIONAL_SAMPLE), "--project", project]) == 0
    return project


def _with_reader_gone(argv: list[str], cwd: Path) -> tuple[int, str]:
    """Run main.py with its standard output closed by the reader before the first line, as
    `| head -1` does once it has its line; every print goes straight to the pipe."""
    environ = dict(os.environ, PYTHONUNBUFFERED="1")
    with subprocess.Popen([sys.executable, str(ROOT / "main.py"), *argv], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, cwd=cwd, env=environ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        err = process.stderr.read()
        return process.wait(timeout=120), err


def test_search_into_a_reader_that_leaves_ends_quietly(tmp_path, capsys) -> None:
    project = _imported_project(tmp_path)
    code, err = _with_reader_gone(["search", "毛泽东", "--project", project], tmp_path)
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert code == 0 and "matches" in err  # the search finished and said how many it found


def test_an_import_goes_on_after_the_reader_left(tmp_path, capsys, write_text) -> None:
    project = str(tmp_path / "pipe.sqlite")
    first, second = write_text("a.txt", "毛澤東到莫斯科。"), write_text("b.txt", "斯大林說。")
    code, err = _with_reader_gone(["import", str(first), str(second), "--project", project], tmp_path)
    assert "Traceback" not in err and code == 0
    titles = [d["title"] for d in json.loads(run(capsys, "docs", "--json", "--project", project)[1])]
    assert titles == ["a", "b"]

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


# -- export --out replaces only what it may ---------------------------------------------------------


def _three_tags(capsys, project_file: str, write_text) -> None:
    run(capsys, "import", str(write_text("t.txt", "毛澤東到莫斯科。斯大林說。")), "--project", project_file)
    for start, end, code in ((0, 3, "diplomacy"), (4, 7, "security"), (8, 11, "negotiation")):
        assert run(capsys, "tag", "1", str(start), str(end), code, "--project", project_file)[0] == 0


def test_export_refuses_to_replace_the_project_and_its_tags_are_kept(capsys, project_file, write_text,
                                                                    tmp_path) -> None:
    _three_tags(capsys, project_file, write_text)
    for out in (project_file, str(tmp_path / "." / "cli.sqlite"), f"{project_file}-wal"):
        code, stdout, err = run(capsys, "export", "--out", out, "--project", project_file)
        assert code == 1 and stdout == "" and err.count("\n") == 1
        assert err.startswith(f"error: {out}: is the project")
    passages = json.loads(run(capsys, "passages", "--json", "--project", project_file)[1])
    assert [p["text"] for p in passages] == ["毛澤東", "莫斯科", "斯大林"]


def test_export_through_a_symbolic_link_only_when_asked(capsys, project_file, write_text, tmp_path) -> None:
    _three_tags(capsys, project_file, write_text)
    target, link = tmp_path / "real.csv", tmp_path / "link.csv"
    target.write_text("old", encoding="utf-8")
    link.symlink_to(target)
    code, _, err = run(capsys, "export", "--out", str(link), "--project", project_file)
    assert code == 1 and "is a symbolic link" in err and "--follow-symlinks" in err
    assert target.read_text(encoding="utf-8") == "old"
    code, out, err = run(capsys, "export", "--out", str(link), "--follow-symlinks", "--project", project_file)
    assert code == 0, err
    assert link.is_symlink() and target.read_bytes().count(b"\r\n") == 4  # the header and three rows


# -- import reads regular files only ---------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_importing_a_pipe_is_refused_at_once_instead_of_waiting_for_ever(tmp_path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    # In a process of its own: before, the open waited for a writer that never came.
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", str(pipe),
                             "--project", str(tmp_path / "p.sqlite")],
                            capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1] == (f"error: {pipe}: not a regular file (a pipe); "
                                              "only text files can be imported")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_importing_a_device_is_refused_before_reading_it(capsys, made_project, monkeypatch) -> None:
    opened: list[str] = []
    real_open = os.open

    def watching(path, *args, **kwargs):
        opened.append(str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", watching)
    code, out, err = run(capsys, "import", "/dev/zero", "--project", made_project)
    assert code == 1 and out == ""
    assert err == "error: /dev/zero: not a regular file (a device); only text files can be imported\n"
    assert "/dev/zero" not in opened  # refused before it was opened, not after 64 MB of zeros


# -- references: #ID, title:, name: ---------------------------------------------------------------


def test_a_document_titled_like_an_id_is_refused_bare_and_reached_by_title(capsys, project_file, write_text) -> None:
    run(capsys, "import", str(write_text("a.txt", "毛澤東到莫斯科。")), "--project", project_file)
    run(capsys, "import", str(write_text("1.txt", "斯大林說。")), "--project", project_file)  # titled "1"
    code, _, err = run(capsys, "tag", "1", "0", "3", "diplomacy", "--project", project_file)
    assert code == 1 and err.count("\n") == 1
    assert "write title:1 for the first or #1 for the second" in err
    assert run(capsys, "tag", "title:1", "0", "3", "diplomacy", "--project", project_file)[0] == 0
    assert run(capsys, "tag", "#1", "0", "3", "security", "--project", project_file)[0] == 0
    passages = json.loads(run(capsys, "passages", "--json", "--project", project_file)[1])
    assert sorted((p["document"], p["text"]) for p in passages) == [("1", "斯大林"), ("a", "毛澤東")]
    code, out, _ = run(capsys, "passages", "--document", "title:1", "--project", project_file)
    assert code == 0 and out.count("\n") == 2


def test_a_code_named_like_an_id_and_a_wrong_parent_are_refused(capsys, made_project) -> None:
    project_file = made_project
    assert run(capsys, "codes", "add", "3", "--project", project_file)[0] == 0
    code, _, err = run(capsys, "codes", "color", "3", "#000000", "--project", project_file)
    assert code == 1 and "write name:3 for the first or #3 for the second" in err
    assert run(capsys, "codes", "color", "#3", "#000000", "--project", project_file)[0] == 0
    assert codes_by_name(capsys, project_file)["diplomacy"]["color"] == "#000000"
    code, _, err = run(capsys, "codes", "describe", "security/diplomacy", "x", "--project", project_file)
    assert code == 1 and "no code “security/diplomacy”" in err
    assert codes_by_name(capsys, project_file)["diplomacy"]["description"] != "x"


# -- hidden characters are shown, and refused in code names ----------------------------------------


def test_a_code_name_with_a_zero_width_space_is_refused_showing_where(capsys, made_project) -> None:
    code, out, err = run(capsys, "codes", "add", "dipl\u200bomacy", "--project", made_project)
    assert code == 1 and out == ""
    assert err == ("error: “dipl⬚omacy”: a code name cannot contain invisible characters "
                   "(U+200B ZERO WIDTH SPACE at character 5)\n")
    code, _, err = run(capsys, "codes", "add", "Ｄｉｐｌｏｍａｃｙ", "--project", made_project)
    assert code == 1 and "a code named “diplomacy” already exists" in err


def test_messages_and_confirmations_show_hidden_characters_as_marks(capsys, made_project, write_text) -> None:
    from annotator.text.display import HIDDEN

    rlo = "\u202e"
    project_file = made_project
    outputs = [
        run(capsys, "words", "add", f"甲{rlo}乙", "--project", project_file),  # printed raw before
        run(capsys, "codes", "describe", "security", f"軍{rlo}事\u200b", "--project", project_file),
        run(capsys, "tag", f"不{rlo}在", "0", "1", "security", "--project", project_file),  # an error line
        run(capsys, "codes", "color", f"no{rlo}such", "#000000", "--project", project_file),
        run(capsys, "codes", "--json", "--project", project_file),
    ]
    assert outputs[0][0] == 0 and outputs[1][0] == 0 and outputs[2][0] == 1 and outputs[3][0] == 1
    for _, out, err in outputs:
        assert not set(out + err) & HIDDEN, (out, err)
    assert "甲⟪乙" in outputs[0][1] and "軍⟪事⬚" in outputs[1][1] and "不⟪在" in outputs[2][2]
    listed = json.loads(outputs[4][1])  # escaped, not changed
    assert next(c for c in listed if c["name"] == "security")["description"] == f"軍{rlo}事\u200b"
    with pytest.raises(SystemExit):
        main(["tag", "1", f"1{rlo}2", "5", "security", "--project", project_file])
    assert rlo not in capsys.readouterr().err  # argparse's own error line too


# -- --project: never empty; a new project is announced --------------------------------------------


@pytest.mark.parametrize("argv", [["docs"], ["import", "x.txt"], []])
def test_an_empty_project_path_is_refused(capsys, argv) -> None:
    from annotator import paths

    code, out, err = run(capsys, "--project", "", *argv)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("error: --project needs a path")
    assert not paths.default_project_path().exists()  # not silently the default project


def test_a_new_project_is_created_and_said_so(capsys, tmp_path) -> None:
    mistyped = tmp_path / "projcet.sqlite"
    code, out, err = run(capsys, "docs", "--project", str(mistyped))
    assert code == 0 and mistyped.is_file()
    assert err == f"created a new project at {mistyped}\n"
    code, out, err = run(capsys, "docs", "--project", str(mistyped))
    assert code == 0 and err == ""


# -- integer arguments: the digits 0-9 only ---------------------------------------------------------


@pytest.mark.parametrize("argv", [
    ["tag", "1", "١٢", "20", "diplomacy"], ["tag", "1", "0", "1_0", "diplomacy"], ["tag", "1", "+3", "9", "diplomacy"],
    ["tag", "1", "٠", "３", "diplomacy"], ["untag", "١"], ["untag", "1_0"], ["untag", " 1"], ["untag", "-1"],
])
def test_numbers_are_written_in_the_digits_0_to_9(capsys, made_project, write_text, argv) -> None:
    run(capsys, "import", str(write_text("n.txt", "毛澤東到莫斯科。" * 4)), "--project", made_project)
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--project", made_project])
    assert exited.value.code == 2
    assert "is not a number (the digits 0-9)" in capsys.readouterr().err
    assert json.loads(run(capsys, "passages", "--json", "--project", made_project)[1]) == []


# -- a reader that leaves: `backups | head -1` ------------------------------------------------------


@pytest.mark.skipif(shutil.which("head") is None, reason="needs head")
def test_backups_into_head_ends_without_a_traceback(capsys, project_file, write_text) -> None:
    from db.backup import backup_folder, list_backups

    run(capsys, "import", str(write_text("h.txt", "毛澤東到莫斯科。")), "--project", project_file)
    run(capsys, "backup", "--project", project_file)
    backup = list_backups(Path(project_file))[0]
    # More listing than a pipe holds, so `head` has gone while the listing is still being written.
    stem, _, rest = backup.path.name.partition(f"-{backup.number:05d}-")
    for number in range(backup.number + 1, 1500):
        os.link(backup.path, backup_folder(Path(project_file)) / f"{stem}-{number:05d}-{rest}")
    with subprocess.Popen([sys.executable, str(ROOT / "main.py"), "backups", "--project", project_file],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as listing:
        assert listing.stdout is not None and listing.stderr is not None
        head = subprocess.run(["head", "-1"], stdin=listing.stdout, capture_output=True, text=True, timeout=120)
        listing.stdout.close()  # as the shell does: only `head` reads the pipe
        err = listing.stderr.read()
        code = listing.wait(timeout=120)
    assert head.stdout.startswith("1499\t") and head.stdout.count("\n") == 1
    assert "Traceback" not in err and "BrokenPipeError" not in err and err == ""
    assert code == 0
