"""Backups: consistent, rotated, and restorable without losing the present state."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from annotator.project import Project
from annotator.services import annotations
from annotator.services.imports import import_file
from db.backup import backup_if_due, list_backups, make_backup, prune_backups, restore_backup
from db.errors import ProjectFileError


@pytest.fixture
def tagged(tmp_path: Path, write_text) -> Path:
    path = tmp_path / "p.sqlite"
    with Project(path) as project:
        from annotator import paths
        from annotator.services.codes import load_codebook

        load_codebook(project, paths.DEFAULT_CODEBOOK)
        document = import_file(project, write_text("t.txt", "毛澤東到莫斯科。斯大林說。")).document
        annotations.tag(project, document.id, 0, 3, "diplomacy")
    return path


def count_passages(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        count = connection.execute("SELECT count(*) FROM annotations").fetchone()[0]
    connection.close()
    return count


def test_backups_rotate_keeping_the_newest(tagged: Path) -> None:
    made = [make_backup(tagged, f"n{i}", keep=100) for i in range(5)]
    removed = prune_backups(tagged, keep=3)
    assert set(removed) == set(made[:2])
    assert list_backups(tagged) == made[2:][::-1]


def test_an_automatic_backup_is_skipped_when_a_recent_one_exists(tagged: Path) -> None:
    assert backup_if_due(tagged) is not None
    assert backup_if_due(tagged) is None
    assert backup_if_due(tagged, interval=timedelta(0)) is not None


def test_restore_brings_back_the_backup_and_keeps_the_present(tagged: Path) -> None:
    backup = make_backup(tagged, "manual")
    with Project(tagged) as project:
        annotations.tag(project, 1, 4, 7, "security")  # done after the backup
    assert count_passages(tagged) == 2
    safety = restore_backup(tagged, backup)
    assert count_passages(tagged) == 1
    assert count_passages(safety) == 2
    with Project(tagged) as project:
        assert [p.text for p in annotations.list_passages(project)] == ["毛澤東"]


def test_a_damaged_or_foreign_backup_is_refused_and_changes_nothing(tagged: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    before = tagged.read_bytes()
    for candidate in (bogus, other):
        with pytest.raises(ProjectFileError):
            restore_backup(tagged, candidate)
    assert tagged.read_bytes() == before
