"""The command line on a team project: every command takes a server URL as it takes a file;
a server that cannot be used is one line, fast, and changes nothing; the password never shows."""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from annotator.cli import main
from db.engine import ENV_CONNECT_TIMEOUT
from tests.conftest import TRADITIONAL_SAMPLE


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def tables(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        return inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_every_command_works_on_a_server_as_on_a_file(capsys, postgres_url: str, tmp_path: Path,
                                                      monkeypatch) -> None:
    url = postgres_url
    code, out, _ = run(capsys, "codes", "--project", url)
    assert code == 0 and [line.split("\t")[1] for line in out.splitlines()[1:]] == [
        "negotiation", "security", "diplomacy"]  # an empty database became a project
    code, out, _ = run(capsys, "import", str(TRADITIONAL_SAMPLE), "--project", url)
    assert code == 0 and out.startswith("imported 1\t")
    monkeypatch.setenv("ANNOTATOR_PROJECT", url)  # from here on, as the environment says
    code, out, err = run(capsys, "docs", "--json")
    assert code == 0 and json.loads(out)[0]["id"] == 1
    assert f"using project {url} (from $ANNOTATOR_PROJECT" in err
    code, out, _ = run(capsys, "search", "毛泽东", "--json")
    hit = json.loads(out)[0]
    code, out, _ = run(capsys, "tag", "1", str(hit["start"]), str(hit["end"]), "diplomacy", "--memo", "訪蘇")
    assert code == 0
    passage = int(out)
    assert run(capsys, "codes", "add", "treaty", "--parent", "diplomacy")[0] == 0
    assert run(capsys, "codes", "rename", "treaty", "條約")[0] == 0
    assert run(capsys, "words", "add", "莫斯科")[0] == 0
    code, out, _ = run(capsys, "segment", "1")
    assert code == 0 and "莫斯科" in out.split()
    code, out, _ = run(capsys, "passages", "--json", "--code", "diplomacy")
    assert [p["text"] for p in json.loads(out)] == [hit["match"]]
    assert run(capsys, "export", "--out", str(tmp_path / "out.csv"))[0] == 0
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").count("訪蘇") == 1
    assert run(capsys, "untag", str(passage))[0] == 0
    code, out, _ = run(capsys, "passages", "--json")
    assert json.loads(out) == []


def test_a_team_project_is_copied_to_a_file_and_a_file_to_a_team_project(
        capsys, postgres_server, tmp_path: Path) -> None:
    solo = str(tmp_path / "solo.sqlite")
    assert run(capsys, "import", str(TRADITIONAL_SAMPLE), "--project", solo)[0] == 0
    assert run(capsys, "tag", "1", "0", "3", "diplomacy", "--project", solo)[0] == 0
    team = postgres_server.create_database()
    code, out, _ = run(capsys, "copy", "--to", team, "--project", solo)
    assert code == 0 and out.startswith("copied 1 document, 3 codes, 1 coder, 1 passage")
    home = str(tmp_path / "home.sqlite")
    assert run(capsys, "copy", "--to", home, "--project", team)[0] == 0
    for project in (team, home):
        code, out, _ = run(capsys, "passages", "--json", "--project", project)
        assert [(p["id"], p["start"], p["end"]) for p in json.loads(out)] == [(1, 0, 3)]
    code, _, err = run(capsys, "copy", "--to", team, "--project", solo)
    assert code == 1 and "not empty" in err and err.count("\n") == 1


def test_a_colleagues_project_file_is_merged_by_import(capsys, postgres_url: str, tmp_path: Path) -> None:
    theirs = str(tmp_path / "colleague.sqlite")
    assert run(capsys, "import", str(TRADITIONAL_SAMPLE), "--project", theirs)[0] == 0
    assert run(capsys, "tag", "1", "0", "3", "diplomacy", "--coder", "牛軍", "--project", theirs)[0] == 0
    assert run(capsys, "codes", "rename", "security", "安全", "--project", theirs)[0] == 0
    assert run(capsys, "copy", "--to", postgres_url, "--project", theirs)[0] == 0
    assert run(capsys, "codes", "rename", "安全", "safety", "--project", postgres_url)[0] == 0
    assert run(capsys, "tag", "1", "3", "6", "safety", "--project", postgres_url)[0] == 0
    assert run(capsys, "tag", "1", "6", "9", "安全", "--coder", "牛軍", "--project", theirs)[0] == 0

    code, out, err = run(capsys, "import", theirs, "--project", postgres_url)
    assert code == 3, err
    assert out.splitlines()[0] == ("merged " + theirs + ": added 0 documents, 0 codes, 0 coders, "
                                   "1 passage, 0 memos, 0 entity corrections; already here: 1 document, "
                                   "3 codes, 1 coder, 1 passage, 0 memos, 0 entity corrections")
    assert "conflict: the code “safety” is named “安全” in colleague.sqlite; kept “safety”" in out
    code, out, _ = run(capsys, "import", theirs, "--project", postgres_url)
    assert "added 0 documents, 0 codes, 0 coders, 0 passages, 0 memos, 0 entity corrections" in out


def test_backups_of_a_team_project_are_snapshots_and_a_restore_is_deliberate(
        capsys, postgres_url: str, tmp_path: Path) -> None:
    url = postgres_url
    assert run(capsys, "import", str(TRADITIONAL_SAMPLE), "--project", url)[0] == 0
    assert run(capsys, "tag", "1", "0", "3", "diplomacy", "--project", url)[0] == 0
    code, out, _ = run(capsys, "backup", "--project", url)
    snapshot = Path(out.strip())
    assert code == 0 and snapshot.is_file() and snapshot.suffix == ".sqlite"
    code, out, _ = run(capsys, "passages", "--json", "--project", str(snapshot))
    assert [(p["start"], p["end"]) for p in json.loads(out)] == [(0, 3)]  # a project file itself
    assert run(capsys, "tag", "1", "5", "9", "security", "--project", url)[0] == 0
    code, out, _ = run(capsys, "backups", "--project", url)
    assert out.splitlines()[0].split("\t")[0] == "1" and out.count("\n") == 1

    code, _, err = run(capsys, "restore", "1", "--project", url)
    assert code == 1 and "for everyone" in err and "--yes" in err
    from annotator.project import Project

    with Project(url):  # a coder has the project open
        code, _, err = run(capsys, "restore", "1", "--yes", "--project", url)
    assert code == 1 and "open in 1 other program" in err
    code, out, _ = run(capsys, "passages", "--json", "--project", url)
    assert len(json.loads(out)) == 2  # nothing changed

    code, out, _ = run(capsys, "restore", "1", "--yes", "--project", url)
    assert code == 0 and "the project as it was is kept in" in out
    code, out, _ = run(capsys, "passages", "--json", "--project", url)
    assert [(p["start"], p["end"]) for p in json.loads(out)] == [(0, 3)]
    code, out, _ = run(capsys, "tag", "1", "10", "12", "security", "--project", url)
    assert code == 0 and int(out) == 3  # ids never reused: 2 was the tag undone by the restore
    code, out, _ = run(capsys, "backups", "--project", url)
    assert [line.split("\t")[2] for line in out.splitlines()] == ["before-restore", "manual"]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_server_that_cannot_be_used_is_one_line_and_changes_nothing(capsys, postgres_server) -> None:
    role, port = postgres_server.password_role, postgres_server.port
    database = postgres_server.create_database(owner=role).rsplit("/", 1)[1]
    cases = [
        (f"postgresql+psycopg://someone@127.0.0.1:{_closed_port()}/team", "cannot be reached"),
        (f"postgresql+psycopg://{role}:wrong@127.0.0.1:{port}/{database}", "refused the login"),
        (f"postgresql+psycopg://{role}@127.0.0.1:{port}/{database}", "asks for the password"),
        (f"postgresql+psycopg://postgres@127.0.0.1:{port}/no_such_database", "no such database"),
    ]
    for url, says in cases:
        code, out, err = run(capsys, "docs", "--project", url)
        assert (code, out) == (1, ""), url
        assert says in err and err.count("\n") == 1 and "Traceback" not in err, err
        assert "wrong" not in err  # a password is never shown
    assert tables(postgres_server.url(database)) == []  # nothing was created
    assert postgres_server.admin(
        "SELECT count(*) FROM pg_database WHERE datname = 'no_such_database'") == [(0,)]


def test_the_password_comes_from_pgpassword_or_the_password_file(capsys, postgres_server, tmp_path,
                                                                 monkeypatch) -> None:
    role, port, password = postgres_server.password_role, postgres_server.port, postgres_server.password
    url = postgres_server.create_database(owner=role)
    monkeypatch.setenv("PGPASSWORD", password)
    code, out, _ = run(capsys, "codes", "--project", url)
    assert code == 0 and "negotiation" in out
    monkeypatch.delenv("PGPASSWORD")
    database = url.rsplit("/", 1)[1]
    pgpass = tmp_path / "pgpass"  # what PGPASSFILE points at in the tests (~/.pgpass otherwise)
    pgpass.write_text(f"127.0.0.1:{port}:{database}:{role}:{password.replace(':', chr(92) + ':')}\n",
                      encoding="utf-8")
    pgpass.chmod(0o600)
    code, out, _ = run(capsys, "docs", "--project", url)
    assert code == 0


def test_a_server_that_never_answers_is_given_up_on_after_the_timeout(capsys, monkeypatch) -> None:
    # A listening socket that accepts and never says a word, like a server behind a dead link.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        silent.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(silent.accept()[0])
            except OSError:
                pass

    thread = threading.Thread(target=accept)
    thread.start()
    monkeypatch.setenv(ENV_CONNECT_TIMEOUT, "1")
    try:
        code, _, err = run(capsys, "docs", "--project",
                           f"postgresql+psycopg://someone@127.0.0.1:{silent.getsockname()[1]}/team")
    finally:
        stop.set()
        thread.join()
        for connection in accepted:
            connection.close()
        silent.close()
    assert code == 1 and "cannot be reached" in err and "within 1 s" in err and err.count("\n") == 1
