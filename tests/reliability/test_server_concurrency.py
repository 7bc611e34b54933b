"""Several coders on one team project at once, as real processes on a real PostgreSQL server:
tagging, recoding and editing the codebook at the same moment loses nothing, and neither does
killing some of them (SIGKILL) midway. Writes are SERIALIZABLE and a conflicting one is run
again (annotator.project.retrying) or refused with one line."""

from __future__ import annotations

import random
import signal
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from annotator.project import Project
from annotator.services import annotations, codes
from db.models import Annotation
from tests.reliability.conftest import parse_tags, start_tagger

N = 60

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def reports(output: str) -> dict[str, list[list[str]]]:
    """The complete lines a child printed, by their first word ("tag" for "ID START END"); the
    announcements of writes about to be done ("doing ...") are left out (see `in_flight`)."""
    found: dict[str, list[list[str]]] = {}
    for line in output.splitlines(keepends=True):
        if not line.endswith("\n") or line == "ready\n" or line.startswith("doing "):
            continue
        fields = line.split()
        kind = "tag" if fields[0].isdigit() else fields[0]
        found.setdefault(kind, []).append(fields)
    return found


def in_flight(output: str) -> list[str]:
    """The write a killed child had announced and not yet reported (the fields of the report it
    would have printed), or []: it may have committed before the kill, so the server may hold
    it in place of the last reported value. Only the very last complete line can be one."""
    complete = [line for line in output.splitlines(keepends=True) if line.endswith("\n")]
    if complete and complete[-1].startswith("doing "):
        return complete[-1].split()[1:]
    return []


def stored(url: str) -> dict[int, tuple[int, int, int, int]]:
    """(start, end, code id, coder id) of every passage, by id."""
    with Project(url, create=False) as project, project.read() as session:
        return {row.id: (row.start, row.end, row.code_id, row.coder_id) for row in session.execute(
            select(Annotation.id, Annotation.start, Annotation.end, Annotation.code_id, Annotation.coder_id))}


def assert_sound(url: str) -> None:
    """No passage twice, every quote the slice of its text, the codebook a tree."""
    with Project(url, create=False) as project:
        listed = annotations.list_passages(project)
        places = [(p.document_id, p.code_id, p.coder, p.start, p.end) for p in listed]
        assert len(places) == len(set(places))
        for passage in listed:
            assert project.stored_text(passage.document_id)[passage.start:passage.end] == passage.text
        tree = codes.list_codes(project)  # visits parents before children: a cycle would drop codes
        with project.read() as session:
            from db.models import Code

            assert len(tree) == session.query(Code).count()


def test_coders_tagging_recoding_and_editing_the_codebook_at_once_lose_nothing(
        server_project, tmp_path: Path) -> None:
    url, document_id = server_project
    with Project(url) as project:
        codes.add_code(project, "A", "#111111")
        codes.add_code(project, "B", "#222222")
    log = tmp_path / "children.log"
    plan = [("first", "tag"), ("second", "tag"),
            ("first", "tag"),  # the same coder in two programs: the same spans, at the same time
            ("third", "recode"), ("fourth", "codebook"),
            ("fifth", "move-under:A:B"), ("sixth", "move-under:B:A")]
    children = [start_tagger(url, document_id, coder, N, log, mode) for coder, mode in plan]
    outputs = [child.communicate(timeout=300)[0] for child in children]
    assert [child.returncode for child in children] == [0] * len(plan), log.read_text()
    assert "Traceback" not in log.read_text()
    seen = [reports(output) for output in outputs]

    passages = stored(url)
    tags = {}
    for found in seen:
        tags.update(parse_tags([" ".join(fields) + "\n" for fields in found.get("tag", [])]))
    assert all(passages[key][:2] == span for key, span in tags.items())
    # The two programs of one coder: each span stored once, the other one told so in one line.
    same_coder = [parse_tags([" ".join(f) + "\n" for f in seen[i].get("tag", [])]) for i in (0, 2)]
    assert same_coder[0].keys().isdisjoint(same_coder[1])
    assert set(same_coder[0].values()).isdisjoint(same_coder[1].values())
    refusals = [" ".join(fields) for found in seen for fields in found.get("refused", [])]
    assert all("already has that code" in line or "cannot move below itself" in line
               for line in refusals), refusals
    assert len(same_coder[0]) + len(same_coder[1]) + sum("already has that code" in r for r in refusals) == 2 * N
    # Every recode reported is the passage's code now (the last one reported for it).
    last_code = {int(fields[1]): int(fields[2]) for fields in seen[3].get("recoded", [])}
    assert last_code and all(passages[key][2] == code for key, code in last_code.items())
    # Every code edit reported is in the codebook as last reported.
    with Project(url, create=False) as project:
        book = {code.id: (code.name, code.color) for code in codes.list_codes(project)}
    last_edit = {int(fields[1]): (" ".join(fields[2:-1]), fields[-1]) for fields in seen[4].get("code", [])}
    assert len(last_edit) == N // 3 and all(book[key] == value for key, value in last_edit.items())
    assert_sound(url)


def run_until_killed(url: str, document_id: int, coder: str, mode: str, log: Path,
                     delay: float) -> list[str]:
    child = start_tagger(url, document_id, coder, 0, log, mode)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in child.stdout:
            if line == "ready\n":
                ready.set()
            else:
                lines.append(line)
        ready.set()

    reader = threading.Thread(target=read)
    reader.start()
    try:
        assert ready.wait(60), "the child did not open the project"
        time.sleep(delay)
        assert child.poll() is None, f"the child stopped by itself: {log.read_text()}"
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
        reader.join()
        child.stdout.close()
    return lines


def test_writes_reported_before_a_kill_are_stored(server_project, tmp_path: Path) -> None:
    url, document_id = server_project
    randomness = random.Random()
    seed = randomness.randrange(2**32)
    randomness.seed(seed)
    log = tmp_path / "children.log"
    results: dict[str, list[str]] = {}

    def one(coder: str, mode: str) -> None:
        results[coder] = run_until_killed(url, document_id, coder, mode, log, randomness.uniform(1.0, 2.5))

    # Killed at random moments while others go on writing beside them.
    threads = [threading.Thread(target=one, args=(coder, mode))
               for coder, mode in (("k1", "tag"), ("k2", "tag"), ("k3", "recode"), ("k4", "codebook"))]
    survivor = start_tagger(url, document_id, "survivor", N, log)
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    survivor_output = survivor.communicate(timeout=300)[0]
    assert survivor.returncode == 0, log.read_text()

    passages = stored(url)
    with Project(url, create=False) as project:
        book = {code.id: (code.name, code.color) for code in codes.list_codes(project)}
    for coder, lines in results.items():
        found = reports("".join(lines))
        tags = parse_tags([" ".join(f) + "\n" for f in found.get("tag", [])])
        assert found, f"{coder} wrote nothing before it was killed (seed {seed})"
        lost = {key: span for key, span in tags.items() if passages.get(key, (None, None))[:2] != span}
        assert not lost, f"reported, then lost (seed {seed}): {lost}"
        # Every recode and code edit reported is what the server holds, unless the child's
        # next write to the same thing (announced, then killed before its report) replaced it.
        pending = in_flight("".join(lines))
        last_code = {int(f[1]): int(f[2]) for f in found.get("recoded", [])}
        wrong = {key: (code, passages[key][2]) for key, code in last_code.items()
                 if passages[key][2] != code and pending[:3] != ["recoded", str(key), str(passages[key][2])]}
        assert not wrong, f"reported recode (reported, stored) lost (seed {seed}): {wrong}"
        last_edit = {int(f[1]): (" ".join(f[2:-1]), f[-1]) for f in found.get("code", [])}
        announced = {int(pending[1]): (" ".join(pending[2:-1]), pending[-1])} if pending[:1] == ["code"] else {}
        wrong = {key: (value, book.get(key)) for key, value in last_edit.items()
                 if book.get(key) != value and announced.get(key) != book.get(key)}
        assert not wrong, f"reported code edit (reported, stored) lost (seed {seed}): {wrong}"
    assert len(parse_tags(survivor_output.splitlines(keepends=True))) == N
    assert "Traceback" not in log.read_text()
    assert_sound(url)
