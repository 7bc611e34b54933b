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
    assert [b.path for b in list_backups(tagged)] == made[2:][::-1]
    assert [b.number for b in list_backups(tagged)] == [5, 4, 3]


def test_an_automatic_backup_is_skipped_when_a_recent_one_exists(tagged: Path) -> None:
    assert backup_if_due(tagged) is not None
    assert backup_if_due(tagged) is None
    assert backup_if_due(tagged, interval=timedelta(0)) is not None


def test_restore_brings_back_the_backup_and_keeps_the_present(tagged: Path) -> None:
    backup = make_backup(tagged, "manual")
    with Project(tagged) as project:
        annotations.tag(project, 1, 4, 7, "security")  # done after the backup
    assert count_passages(tagged) == 2
    safety = restore_backup(tagged, backup).safety
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


# -- round two: backups that must work exactly when they are needed -------------------------------

def test_a_damaged_project_is_never_backed_up_over_good_backups(tagged: Path) -> None:
    from db.errors import ProjectDamaged
    from tests.helpers.damage import flip_table_page

    good = make_backup(tagged, "manual")
    flip_table_page(tagged)
    for _ in range(KEEP + 2):  # more automatic backups than rotation keeps
        with pytest.raises(ProjectDamaged, match="restore latest"):
            backup_if_due(tagged, interval=timedelta(0))
    assert [b.path for b in list_backups(tagged)] == [good]
    assert not any(p.name.endswith(".partial") for p in good.parent.iterdir())


KEEP = 12


def test_rotation_follows_the_order_backups_were_made_not_the_clock(tagged: Path, monkeypatch) -> None:
    import db.backup as backup_module
    from datetime import datetime as real_datetime, timezone

    class AheadClock(real_datetime):
        @classmethod
        def now(cls, tz=None):
            return real_datetime(2099, 1, 1, tzinfo=timezone.utc)

    monkeypatch.setattr(backup_module, "datetime", AheadClock)
    ahead = [make_backup(tagged, "automatic", keep=3) for _ in range(3)]
    monkeypatch.undo()
    just_made = make_backup(tagged, "manual", keep=3)
    listed = list_backups(tagged)
    assert listed[0].path == just_made  # newest by number, though its stamp is earlier
    assert [b.path for b in listed] == [just_made, ahead[2], ahead[1]]
    # A newest backup from the future does not make the next automatic backup "not due".
    monkeypatch.setattr(backup_module, "datetime", AheadClock)
    make_backup(tagged, "automatic", keep=5)
    monkeypatch.undo()
    assert backup_if_due(tagged) is not None


def test_leftovers_of_killed_backups_are_not_listed_and_are_cleaned_up(tagged: Path) -> None:
    import os

    first = make_backup(tagged, "manual")
    folder = first.parent
    stale = [folder / (first.name.replace("manual", "automatic") + ".partial"),
             folder / (first.name + "-wal"), folder / (first.name + "-shm"),
             folder / "p-00007-20261201T000000000000Z-automatic.sqlite.partial-journal"]
    for leftover in stale:
        leftover.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
        os.utime(leftover, (0, 0))  # long ago: no backup in progress
    assert [b.path for b in list_backups(tagged)] == [first]
    second = make_backup(tagged, "manual")
    assert [b.number for b in list_backups(tagged)] == [2, 1]
    assert sorted(folder.iterdir()) == sorted([first, second])
    # Checking a backup opens it without leaving journal files beside it.
    from db.backup import check_backup

    check_backup(first)
    assert sorted(folder.iterdir()) == sorted([first, second])


def test_backups_from_before_numbering_keep_the_numbers_they_were_listed_with(tagged: Path) -> None:
    scratch = make_backup(tagged, "scratch")
    content = scratch.read_bytes()
    scratch.unlink()
    for stamp in ("20261121T100000000000Z", "20261120T100000000000Z"):
        (scratch.parent / f"p-{stamp}-automatic.sqlite").write_bytes(content)
    listed = {b.number: b.made_at.day for b in list_backups(tagged)}
    assert listed == {1: 20, 2: 21}
    make_backup(tagged, "manual")
    assert {b.number: (b.made_at.day, b.reason) for b in list_backups(tagged)} == {
        1: (20, "automatic"), 2: (21, "automatic"), 3: (list_backups(tagged)[0].made_at.day, "manual")}


def test_restore_puts_back_a_missing_project(tagged: Path) -> None:
    backup = make_backup(tagged, "manual")
    tagged.unlink()
    result = restore_backup(tagged, backup)
    assert result.safety is None and count_passages(tagged) == 1


def test_restore_sets_a_damaged_project_aside_and_restores_anyway(tagged: Path) -> None:
    from tests.helpers.damage import flip_table_page

    backup = make_backup(tagged, "manual")
    flip_table_page(tagged)
    damaged_bytes = tagged.read_bytes()
    result = restore_backup(tagged, backup)
    assert result.safety is None
    [aside] = result.set_aside
    assert aside.read_bytes() == damaged_bytes and ".damaged-" in aside.name
    assert count_passages(tagged) == 1


def test_restore_through_a_symbolic_link_restores_its_target(tagged: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.sqlite"
    link.symlink_to(tagged)
    backup = make_backup(link, "manual")
    with Project(link) as project:
        annotations.tag(project, 1, 4, 7, "security")
    restore_backup(link, backup)
    assert link.is_symlink() and link.resolve() == tagged.resolve()
    assert count_passages(tagged) == 1


def test_a_backup_of_a_newer_or_incomplete_schema_is_refused_before_anything_changes(tagged: Path) -> None:
    newer = make_backup(tagged, "newer")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    incomplete = make_backup(tagged, "incomplete")
    with sqlite3.connect(incomplete) as connection:
        connection.execute("DROP TABLE memos")
    connection.close()
    before = tagged.read_bytes()
    with pytest.raises(ProjectFileError, match="newer version"):
        restore_backup(tagged, newer)
    with pytest.raises(ProjectFileError, match="memos"):
        restore_backup(tagged, incomplete)
    assert tagged.read_bytes() == before


def test_a_backup_that_cannot_be_written_is_a_clear_error_and_leaves_nothing(tagged: Path) -> None:
    from db.errors import BackupNotWritten

    folder = tagged.with_name(tagged.name + ".backups")
    folder.write_text("not a folder")
    with pytest.raises(BackupNotWritten, match="is a file, not a folder"):
        make_backup(tagged, "manual")
