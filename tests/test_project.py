"""An open team project whose connection is lost mid-session (the server restarted, a laptop
slept, an administrator ended the session): it reconnects, a write that never reached COMMIT is
run again once on a fresh connection, and nothing shows a traceback. The backends are ended for
real, with pg_terminate_backend from another connection."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event, select

from annotator import paths
from annotator.errors import USER_ERRORS
from annotator.project import Project
from annotator.services import annotations, codes
from annotator.services.codes import load_codebook
from annotator.services.imports import import_file
from db.engine import APPLICATION_NAME
from db.models import Annotation

TEXT = "毛澤東到莫斯科。斯大林說：「𪚥。」談判開始了。"


@pytest.fixture
def team(postgres_url: str, write_text):
    with Project(postgres_url) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        import_file(project, write_text("t.txt", TEXT))
        yield project


def terminate_all(server, project: Project) -> int:
    """End every session of the app on the project's database; how many there were."""
    database = project.location.url.database
    return len(server.admin(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
        "AND application_name = %s", (database, APPLICATION_NAME)))


def stored(project: Project) -> list[tuple[int, int]]:
    with project.read() as session:
        return [tuple(row) for row in session.execute(
            select(Annotation.start, Annotation.end).order_by(Annotation.id))]


def end_own_backend_before(project: Project, server, sql: str, *, times: int = 1) -> list[int]:
    """End this connection's own backend just before its next statement holding `sql` is
    sent, `times` times: the statement then meets a dead connection. (Holding, not starting
    with: a tag's insert is the body of a WITH that also writes its change-log row.)"""
    ended: list[int] = []

    def before(connection, _cursor, statement, *_args) -> None:
        if sql in " ".join(statement.upper().split()) and len(ended) < times:
            pid = connection.connection.dbapi_connection.info.backend_pid
            server.admin("SELECT pg_terminate_backend(%s)", (pid,))
            ended.append(pid)

    event.listen(project.engine, "before_cursor_execute", before)
    return ended


def test_connections_ended_while_idle_are_replaced_before_the_next_tag(team: Project, postgres_server) -> None:
    annotations.tag(team, 1, 0, 3, "diplomacy")
    assert terminate_all(postgres_server, team) >= 1
    annotations.tag(team, 1, 4, 7, "security")  # the pool checks a connection before using it
    assert terminate_all(postgres_server, team) >= 1
    assert stored(team) == [(0, 3), (4, 7)]  # a read reconnects too


def test_a_write_whose_connection_is_lost_before_commit_runs_again_once(team: Project, postgres_server) -> None:
    ended = end_own_backend_before(team, postgres_server, "INSERT INTO ANNOTATIONS")
    passage = annotations.tag(team, 1, 0, 3, "diplomacy")
    assert len(ended) == 1
    assert stored(team) == [(0, 3)]
    assert annotations.get_passage(team, passage.id).text == TEXT[0:3]


def test_a_write_lost_twice_is_one_line_and_stores_nothing(team: Project, postgres_server) -> None:
    end_own_backend_before(team, postgres_server, "INSERT INTO CODES", times=2)
    with pytest.raises(USER_ERRORS) as refused:
        codes.add_code(team, "treaty", "#123456")
    message = str(refused.value)
    assert "connection to the server was lost" in message and "nothing was saved" in message
    assert "\n" not in message
    assert "treaty" not in [code.name for code in codes.list_codes(team)]
    assert codes.add_code(team, "treaty", "#123456").name == "treaty"  # and it works again


def test_a_connection_lost_during_commit_is_never_run_again(team: Project, postgres_server) -> None:
    ended: list[int] = []

    def before_commit(connection) -> None:
        if not ended:
            pid = connection.connection.dbapi_connection.info.backend_pid
            postgres_server.admin("SELECT pg_terminate_backend(%s)", (pid,))
            ended.append(pid)

    event.listen(team.engine, "commit", before_commit)
    with pytest.raises(USER_ERRORS) as refused:
        annotations.tag(team, 1, 0, 3, "diplomacy")
    message = str(refused.value)
    assert "lost while saving" in message and "may or may not be stored" in message
    assert "\n" not in message
    # Ended before COMMIT reached the server: not stored, and not stored twice by a second try.
    assert stored(team) == []


def test_a_tag_meeting_the_same_tag_by_another_program_is_one_clear_line(team: Project, postgres_server,
                                                                         postgres_url: str) -> None:
    with Project(postgres_url) as other:
        # Another program, holding the write lock, is about to store the same tag.
        with other.write() as session:
            session.add(Annotation(document_id=1, code_id=codes.get_code(other, "diplomacy").id,
                                   coder_id=annotations.coder_id(session, "tester"), start=0, end=3,
                                   quote=TEXT[0:3]))
            session.flush()
            result: list = []
            tagging = threading.Thread(target=lambda: result.append(_try_tag(team)))
            tagging.start()
            tagging.join(0.3)
            assert tagging.is_alive()  # it waits for the lock instead of deciding on old data
        tagging.join(10)
    assert "already has that code" in result[0]
    assert stored(team) == [(0, 3)]


def _try_tag(project: Project) -> str:
    try:
        annotations.tag(project, 1, 0, 3, "diplomacy", coder="tester")
    except USER_ERRORS as error:
        return str(error)
    return "stored"


def test_a_closed_project_is_freed_with_its_segmenter(tmp_path, write_text) -> None:
    # Each project's segmenter holds a dictionary of some 60 MB: a closed project kept alive by
    # its change-log listener made a long session (or the test suite) grow without end.
    import gc
    import weakref

    with Project(tmp_path / "p.sqlite") as project:
        import_file(project, write_text("t.txt", TEXT))
        freed = weakref.ref(project), weakref.ref(project.segmenter)
    del project
    gc.collect()
    assert [ref() for ref in freed] == [None, None]
