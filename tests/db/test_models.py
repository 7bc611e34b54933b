"""The schema itself refuses what would corrupt a project, whatever code writes to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from db.migrate import open_project_engine


@pytest.fixture
def engine(tmp_path: Path):
    engine = open_project_engine(tmp_path / "p.sqlite").engine
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO documents (id, title, source_name, encoding, script, presegmented, text,"
            " folded_text, length, text_sha256, author, date, source_ref, notes, cleanup_report,"
            " imported_at) VALUES (1, 'd', 'd.txt', 'utf-8', 'simplified', 0, '𠮷毛泽东说', "
            " '𠮷毛泽东说', 5, 'x', '', '', '', '', '', '2026-01-01')"
        ))
        connection.execute(text(
            "INSERT INTO codes (id, name, color, description, sort_order, created_at)"
            " VALUES (1, 'security', '#0072B2', '', 1, '2026-01-01')"
        ))
        connection.execute(text("INSERT INTO coders (id, name) VALUES (1, 'tester')"))
    yield engine
    engine.dispose()


def _annotate(engine: Engine, start: int, end: int, document_id: int = 1, code_id: int = 1) -> None:
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO annotations (document_id, code_id, coder_id, start, \"end\", quote, memo,"
            " created_at, updated_at) VALUES (:d, :c, 1, :s, :e, '', '', '2026-01-01', '2026-01-01')"
        ), {"d": document_id, "c": code_id, "s": start, "e": end})


def test_a_passage_inside_the_text_is_accepted(engine: Engine) -> None:
    _annotate(engine, 0, 5)


@pytest.mark.parametrize("start, end", [(-1, 2), (3, 3), (4, 2), (0, 6)])
def test_a_passage_outside_the_text_or_empty_is_refused(engine: Engine, start: int, end: int) -> None:
    with pytest.raises(IntegrityError):
        _annotate(engine, start, end)


def test_the_same_passage_cannot_be_coded_twice_by_one_coder(engine: Engine) -> None:
    _annotate(engine, 1, 4)
    with pytest.raises(IntegrityError):
        _annotate(engine, 1, 4)


def test_a_passage_must_point_at_an_existing_document_and_code(engine: Engine) -> None:
    with pytest.raises(IntegrityError):
        _annotate(engine, 0, 1, document_id=99)
    with pytest.raises(IntegrityError):
        _annotate(engine, 0, 1, code_id=99)


def test_deleting_a_document_or_code_with_passages_is_refused_by_the_schema(engine: Engine) -> None:
    _annotate(engine, 0, 2)
    for statement in ("DELETE FROM documents WHERE id = 1", "DELETE FROM codes WHERE id = 1"):
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(text(statement))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM annotations")).scalar() == 1


def test_an_imported_text_cannot_be_changed(engine: Engine) -> None:
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text("UPDATE documents SET text = 'x', length = 1 WHERE id = 1"))


def test_a_code_colour_must_be_hex_rgb(engine: Engine) -> None:
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text("UPDATE codes SET color = 'red' WHERE id = 1"))


def test_a_whole_project_copy_and_a_snapshot_cover_every_table_but_the_change_log() -> None:
    """db.copy.TABLES is what `copy --to`, a snapshot and its restore carry: a table missing
    there is lost in a team project's restore (the entity corrections once were)."""
    from db.copy import TABLES
    from db.models import Base

    assert set(Base.metadata.tables) - set(TABLES) == {"changes"}
