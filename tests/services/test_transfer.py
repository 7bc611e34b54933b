"""`copy --to`: a whole project, file or server, into an empty file or server, identities kept,
all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from annotator.errors import USER_ERRORS
from annotator.project import Project
from annotator.services import annotations, codes, documents
from annotator.services.transfer import copy_project
from db.location import Location
from tests.helpers.projects import TEXT_ONE, fill, rows


@pytest.fixture(params=["file", "server"])
def target(request, tmp_path: Path) -> str:
    """An empty target: a new file, or a database without tables."""
    if request.param == "file":
        return str(tmp_path / "copy" / "target.sqlite")
    return request.getfixturevalue("postgres_server").create_database()


def test_every_row_is_copied_with_its_identity_and_the_copy_works_on(
        location: str, target: str, tmp_path: Path) -> None:
    Path(tmp_path / "copy").mkdir()
    with Project(location) as source:
        made = fill(source, tmp_path)
        summary = copy_project(source, target)
        expected = rows(source.engine)
    assert summary.rows["annotations"] == 3 and summary.rows["documents"] == 2
    assert "2 documents, 5 codes, 3 coders, 3 passages, 2 memos, 1 dictionary word" == summary.describe()
    with Project(target, create=False) as copy:
        assert not copy.created
        assert rows(copy.engine) == expected
        assert documents.document_text(copy, made["one"]) == TEXT_ONE
        # The counters go on past every id the source gave, the deleted passage's too.
        again = annotations.tag(copy, made["two"], 9, 12, "security", coder="沈志華")
        assert again.id > made["deleted_passage"]
        assert codes.add_code(copy, "new", "#000000").id > max(c["id"] for c in expected["codes"])
        # The integrity triggers hold in the copy.
        with pytest.raises(USER_ERRORS, match="integrity"):
            with copy.write() as session:
                session.execute(text("UPDATE documents SET text = 'x', length = 1"))
        with pytest.raises(USER_ERRORS, match="integrity"):
            with copy.write() as session:
                session.execute(text('UPDATE annotations SET "end" = 999'))


def test_a_target_that_is_not_empty_is_refused_and_left_alone(location: str, tmp_path: Path,
                                                               postgres_server) -> None:
    occupied_file = tmp_path / "occupied.sqlite"
    with Project(occupied_file):
        pass
    before = occupied_file.read_bytes()
    occupied_server = postgres_server.create_database()
    with Project(occupied_server) as other:
        codes.load_codebook(other, Path(__file__).resolve().parents[2] / "resources" / "codebook.json")
    with Project(location) as source:
        fill(source, tmp_path)
        for target, says in ((occupied_file, "already exists"), (occupied_server, "not empty")):
            with pytest.raises(USER_ERRORS, match=says) as refused:
                copy_project(source, target)
            assert "\n" not in str(refused.value)
        with pytest.raises(USER_ERRORS, match="is the project being copied"):
            copy_project(source, location)
    assert occupied_file.read_bytes() == before
    with Project(occupied_server, create=False) as other:
        assert [c.name for c in codes.list_codes(other)] == ["negotiation", "security", "diplomacy"]
        assert documents.list_documents(other) == []


def test_a_copy_that_fails_midway_leaves_the_target_empty(location: str, target: str, tmp_path: Path) -> None:
    (tmp_path / "copy").mkdir()

    def fail_among_the_passages(table: str, copied: int) -> None:
        if table == "annotations":
            raise KeyboardInterrupt  # as a user cancelling, or the program being stopped

    with Project(location) as source:
        fill(source, tmp_path)
        with pytest.raises(KeyboardInterrupt):
            copy_project(source, target, progress=fail_among_the_passages)
        copied = Location.parse(target)
        if copied.is_file:
            assert list((tmp_path / "copy").iterdir()) == []
        else:
            from sqlalchemy import create_engine, inspect

            engine = create_engine(copied.connect_url)
            try:
                assert inspect(engine).get_table_names() == []
            finally:
                engine.dispose()
        # And the same target takes the copy afterwards.
        assert copy_project(source, target).rows["annotations"] == 3


def test_a_server_that_cannot_be_reached_is_one_line(location: str, tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed once the block ends: nothing listens there
    with Project(location) as source:
        with pytest.raises(USER_ERRORS, match="cannot be reached") as refused:
            copy_project(source, f"postgresql+psycopg://someone@127.0.0.1:{port}/team")
    assert "\n" not in str(refused.value)
