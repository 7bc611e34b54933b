"""Two programs on one project (the window and the command line, two windows): nothing is lost.

Each write transaction takes SQLite's write lock when it begins (BEGIN IMMEDIATE), so a second
writer waits for the first instead of failing halfway; after the busy timeout it gets a clear
"in use" error, and nothing of its change is written.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from annotator.errors import UserError
from annotator.project import Project
from annotator.services import annotations, codes
from db.engine import ENV_BUSY_TIMEOUT
from db.models import Document
from tests.reliability.conftest import assert_sound, parse_tags, start_tagger, stored_spans

N = 100


def hold_write_lock(path: Path) -> sqlite3.Connection:
    """Another program in the middle of a write transaction."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO coders (name) VALUES ('the other program')")
    return other


def test_a_write_transaction_holds_the_write_lock_from_its_start(project_file) -> None:
    # Its first reads (does the document exist? is this passage already coded?) then stay true
    # until it commits: no other program can write in between.
    path, _ = project_file
    other = sqlite3.connect(path, isolation_level=None, timeout=0.05)
    try:
        with Project(path, create=False) as project, project.write() as session:
            session.execute(select(Document.id)).all()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # and it lets go when it ends
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_two_processes_tagging_at_once_lose_nothing(project_file, tmp_path: Path) -> None:
    path, document_id = project_file
    log = tmp_path / "taggers.log"
    children = [start_tagger(path, document_id, coder, N, log) for coder in ("first", "second")]
    outputs = [child.communicate(timeout=120)[0] for child in children]
    assert [child.returncode for child in children] == [0, 0], log.read_text()

    shown = [parse_tags(output.splitlines(keepends=True)) for output in outputs]
    assert [len(tags) for tags in shown] == [N, N]
    assert shown[0].keys().isdisjoint(shown[1])
    stored = stored_spans(path)
    for tags in shown:
        assert all(stored.get(key) == span for key, span in tags.items())
    assert len(stored) == 2 * N
    assert_sound(path)


def test_a_write_waits_for_another_writer_to_finish(project_file) -> None:
    path, document_id = project_file
    with Project(path, create=False) as project:
        code = codes.list_codes(project)[0].id
        other = hold_write_lock(path)
        finish = threading.Timer(0.5, other.execute, ["COMMIT"])
        finish.start()
        try:
            passage = annotations.tag(project, document_id, 0, 2, code, coder="waiting")
        finally:
            finish.join()
            other.close()
    assert stored_spans(path) == {passage.id: (0, 2)}
    assert_sound(path)


def test_a_write_gives_up_with_a_clear_message_and_writes_nothing(
    project_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, document_id = project_file
    monkeypatch.setenv(ENV_BUSY_TIMEOUT, "300")
    with Project(path, create=False) as project:
        code = codes.list_codes(project)[0].id
        other = hold_write_lock(path)
        started = time.monotonic()
        try:
            with pytest.raises(UserError) as refused:
                annotations.tag(project, document_id, 0, 2, code, coder="impatient")
            waited = time.monotonic() - started
        finally:
            other.execute("ROLLBACK")
            other.close()
        message = str(refused.value)
        assert "in use" in message and "\n" not in message
        assert waited >= 0.25  # it waited for the busy timeout, not failed at once
        assert stored_spans(path) == {}
        assert "impatient" not in annotations.coder_names(project)

        passage = annotations.tag(project, document_id, 0, 2, code, coder="impatient")
    assert stored_spans(path) == {passage.id: (0, 2)}
