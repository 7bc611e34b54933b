"""Opening, creating and upgrading project files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from db.backup import backup_folder
from db.errors import ProjectFileError
from db.migrate import current_revision, head_revision, open_project_engine


def test_a_new_project_file_is_created_at_the_newest_schema(tmp_path: Path) -> None:
    engine, backup = open_project_engine(tmp_path / "nested" / "new.sqlite")
    try:
        assert current_revision(engine) == head_revision()
        assert backup is None
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        engine.dispose()


def test_reopening_an_up_to_date_project_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite"
    open_project_engine(path)[0].dispose()
    engine, backup = open_project_engine(path)
    engine.dispose()
    assert backup is None
    assert not backup_folder(path).exists()


def test_a_backup_is_a_consistent_copy_that_opens_as_a_project(tmp_path: Path) -> None:
    from db.backup import make_backup

    path = tmp_path / "live.sqlite"
    engine, _ = open_project_engine(path)
    try:
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO coders (name) VALUES ('kept')"))
        # The row sits in the WAL file: a plain file copy of live.sqlite would miss it.
        backup = make_backup(path, "manual")
    finally:
        engine.dispose()
    assert backup.parent == backup_folder(path)
    copy, _ = open_project_engine(backup, create=False)
    try:
        with copy.connect() as connection:
            assert connection.execute(text("SELECT name FROM coders")).scalars().all() == ["kept"]
    finally:
        copy.dispose()


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("毛泽东 notes, not a database", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(ProjectFileError, match="not a project file"):
        open_project_engine(path)
    assert path.read_bytes() == before


def test_another_apps_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    connection.close()
    with pytest.raises(ProjectFileError, match="not a project of this app"):
        open_project_engine(path)


def test_a_project_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_project_engine(path)[0].dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    with pytest.raises(ProjectFileError, match="newer version"):
        open_project_engine(path)


def test_a_missing_project_is_an_error_when_creation_is_not_allowed(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="no such project"):
        open_project_engine(tmp_path / "absent.sqlite", create=False)
    assert not (tmp_path / "absent.sqlite").exists()


def test_a_folder_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="folder"):
        open_project_engine(tmp_path)


def test_the_head_revision_constant_matches_the_migrations() -> None:
    from db.migrate import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_the_first_migration_creates_exactly_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from db.models import Base

    engine, _ = open_project_engine(tmp_path / "p.sqlite")
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()
    assert differences == []
