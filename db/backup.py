"""Backups of a project file: consistent copies through SQLite's online backup API (never a file
copy of a live database), kept in a folder beside it, rotated, and restorable."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from db.errors import ProjectFileError
from db.presence import Presence, in_use_error

# Automatic backups kept per project; older ones are deleted (manual ones count too).
KEEP_BACKUPS = 12
# An automatic backup is taken when the newest one is older than this.
AUTOMATIC_INTERVAL = timedelta(minutes=30)


def backup_folder(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".backups")


def backup_database(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` while other connections may be using it."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    try:
        with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
            src.backup(dst)
        src.close()
        dst.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(destination)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise ProjectFileError(f"{destination}: the backup could not be written ({error})") from None
    return destination


def make_backup(project_path: Path, reason: str, *, keep: int = KEEP_BACKUPS) -> Path:
    """Back `project_path` up into its backup folder, named by time and reason; rotate."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    name = f"{project_path.stem}-{stamp}-{reason}{project_path.suffix or '.sqlite'}"
    backup = backup_database(project_path, backup_folder(project_path) / name)
    prune_backups(project_path, keep)
    return backup


def list_backups(project_path: Path) -> list[Path]:
    """The project's backups, newest first."""
    folder = backup_folder(project_path)
    if not folder.is_dir():
        return []
    backups = [p for p in folder.iterdir() if p.is_file() and not p.name.endswith(".partial")]
    return sorted(backups, key=lambda p: p.name, reverse=True)


def prune_backups(project_path: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    removed = list_backups(project_path)[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_if_due(project_path: Path, interval: timedelta = AUTOMATIC_INTERVAL) -> Path | None:
    """An automatic backup, unless a recent one exists."""
    newest = list_backups(project_path)[:1]
    if newest:
        age = datetime.now(timezone.utc) - datetime.fromtimestamp(newest[0].stat().st_mtime, timezone.utc)
        if age < interval:
            return None
    return make_backup(project_path, "automatic")


def check_backup(backup: Path) -> None:
    """Refuse anything that is not an intact project file."""
    from db.migrate import check_is_sqlite_file

    check_is_sqlite_file(backup)
    try:
        with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as connection:
            status = connection.execute("PRAGMA quick_check").fetchone()[0]
            connection.execute("SELECT version_num FROM alembic_version").fetchone()
        connection.close()
    except sqlite3.Error as error:
        raise ProjectFileError(f"{backup}: is not a project backup ({error})") from None
    if status != "ok":
        raise ProjectFileError(f"{backup}: is damaged ({status}); choose another backup")


def restore_backup(project_path: Path, backup: Path) -> Path:
    """Replace the project with a backup; the current state is backed up first (returned).

    Refused while any program (this one included) has the project open: every open Project
    holds its presence lock (db.presence), so close it first."""
    backup = Path(backup)
    check_backup(backup)
    with Presence(project_path, exclusive=True):
        safety = make_backup(project_path, "before-restore", keep=KEEP_BACKUPS + 1)
        staged = project_path.with_name(project_path.name + ".restoring")
        backup_database(backup, staged)
        for leftover in (Path(f"{project_path}-wal"), Path(f"{project_path}-shm")):
            leftover.unlink(missing_ok=True)
        try:
            staged.replace(project_path)
        except PermissionError:
            # Windows: a file another program has open cannot be replaced.
            staged.unlink(missing_ok=True)
            raise in_use_error(project_path) from None
    return safety
