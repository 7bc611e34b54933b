"""Backups of a project file: checked, consistent copies kept in a folder beside it, numbered,
rotated, and restorable even when the project itself is damaged or gone.

- A backup is made through SQLite's online backup API (never a file copy of a live database),
  into a `.partial` file that is switched out of WAL mode, checked with `quick_check`, synced and
  only then renamed into place. A damaged project therefore never yields a backup: the copy
  fails its check, is deleted, and ProjectDamaged says how to restore instead.
- Backups are numbered in the order they were made (`<stem>-00017-<UTC stamp>-<reason>.sqlite`):
  the number a listing shows stays that backup's number, and rotation keeps the newest by
  number, so a clock that was wrong for a while cannot make new backups look old.
- Listing shows only complete backups that open as projects; files left by a killed backup
  (`.partial`, journals, `-wal`/`-shm`) are removed when the next backup is made.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from db.errors import BackupNotWritten, ProjectDamaged, ProjectFileError, is_damage
from db.health import quick_check, read_only_uri
from db.presence import Presence, in_use_error

# Backups kept per project; older ones are deleted (manual ones count too).
KEEP_BACKUPS = 12
# An automatic backup is taken when the newest one is older than this.
AUTOMATIC_INTERVAL = timedelta(minutes=30)
# Files a killed backup left behind are removed once they are this old (a younger one may be a
# backup another program is writing right now).
LEFTOVER_AGE_SECONDS = 600
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
SQLITE_HEADER = b"SQLite format 3\x00"
# Every table a project of this version has: a backup lacking one cannot be opened after a restore.
REQUIRED_TABLES = frozenset({
    "alembic_version", "annotations", "coders", "codes", "dictionary_words", "documents",
    "memos", "segmentations", "settings",
})


@dataclass(frozen=True)
class Backup:
    number: int  # its place in the order backups were made; shown and accepted by `restore`
    path: Path
    made_at: datetime  # UTC, from its name
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup of the present state, and a damaged file set aside."""

    safety: Path | None
    set_aside: tuple[Path, ...] = ()


def real_path(project_path: Path) -> Path:
    """The project file itself: a project opened through a symbolic link is its target."""
    return Path(project_path).expanduser().resolve()


def backup_folder(project_path: Path) -> Path:
    real = real_path(project_path)
    return real.with_name(real.name + ".backups")


def _name_pattern(project_path: Path) -> re.Pattern[str]:
    real = real_path(project_path)
    return re.compile(
        re.escape(real.stem) + r"-(?:(?P<number>\d{5,})-)?(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9-]+)"
        + re.escape(real.suffix or ".sqlite") + "$"
    )


def _parse(project_path: Path, path: Path) -> tuple[int | None, datetime, str] | None:
    match = _name_pattern(project_path).match(path.name)
    if match is None:
        return None
    stamp = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=timezone.utc)
    number = int(match["number"]) if match["number"] else None
    return number, stamp, match["reason"]


def _looks_like_database(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def list_backups(project_path: Path) -> list[Backup]:
    """The project's complete backups, newest (highest number) first.

    Backups named before numbering existed are numbered by their time stamps, oldest first and
    below every numbered one, exactly as `make_backup` renames them."""
    folder = backup_folder(project_path)
    if not folder.is_dir():
        return []
    numbered: list[Backup] = []
    legacy: list[tuple[datetime, str, Path]] = []
    for path in folder.iterdir():
        parsed = _parse(project_path, path)
        if parsed is None or not path.is_file() or path.is_symlink() or not _looks_like_database(path):
            continue
        number, made_at, reason = parsed
        if number is None:
            legacy.append((made_at, reason, path))
        else:
            numbered.append(Backup(number, path, made_at, reason))
    legacy.sort(key=lambda entry: (entry[0], entry[2].name))
    numbered += [Backup(index, path, made_at, reason)
                 for index, (made_at, reason, path) in enumerate(legacy, start=1)]
    return sorted(numbered, key=lambda backup: backup.number, reverse=True)


def find_backup(project_path: Path, choice: str) -> Backup:
    """A backup by its number, or `latest` for the newest one that passes its check."""
    backups = list_backups(project_path)
    if not backups:
        raise ProjectFileError("db.backup.no_backups", path=project_path)
    if choice == "latest":
        for backup in backups:
            if quick_check(backup.path, immutable=True) is None:
                return backup
        raise ProjectFileError("db.backup.none_backups_passes_check", path=project_path)
    if choice.isascii() and choice.isdigit():
        for backup in backups:
            if backup.number == int(choice):
                return backup
    numbers = ", ".join(str(b.number) for b in backups)
    raise ProjectFileError("db.backup.no_backup_number_backups_latest", choice=choice,
                           numbers=numbers)


def backup_database(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` while other connections may be using it; the copy is
    checked before it takes its name. ProjectDamaged if the copy (so the source) is unsound,
    BackupNotWritten if it cannot be written."""
    partial = destination.with_name(destination.name + ".partial")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(source)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # Out of WAL mode: opening the backup later then creates no -wal/-shm beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            src.close()
            dst.close()
        problem = quick_check(partial, immutable=True)
        if problem is not None:
            raise ProjectDamaged(source, problem)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(destination)
    except ProjectDamaged:
        _remove(partial)
        raise
    except sqlite3.DatabaseError as error:
        _remove(partial)
        if is_damage(error):
            raise ProjectDamaged(source, str(error)) from None
        raise BackupNotWritten("db.backup.backup_could_not_written", destination=destination,
                               reason=error) from None
    except OSError as error:
        _remove(partial)
        if isinstance(error, (FileExistsError, NotADirectoryError)):
            raise BackupNotWritten("db.backup.folder_is_a_file", destination=destination,
                                   folder=destination.parent) from None
        raise BackupNotWritten("db.backup.backup_could_not_written", destination=destination,
                               reason=error.strerror or str(error)) from None
    return destination


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-journal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def make_backup(project_path: Path, reason: str, *, keep: int = KEEP_BACKUPS) -> Path:
    """Back the project up as the next numbered backup; rotate; return the backup's path."""
    real = real_path(project_path)
    destination = next_backup_path(project_path, reason)
    if not real.is_file():
        # sqlite3 would create an empty database and back that up.
        raise ProjectFileError("db.no_such_project_file", path=project_path)
    made = backup_database(real, destination)
    prune_backups(project_path, keep, just_made=made)
    return made


def next_backup_path(project_path: Path, reason: str) -> Path:
    """Where the next numbered backup of `project_path` goes (leftovers cleaned up first). A
    team project's snapshots use the same numbering beside a name that stands for the server
    (annotator.services.snapshots)."""
    folder = backup_folder(project_path)
    _clean_leftovers(project_path)
    backups = _number_legacy_backups(project_path)
    number = max((b.number for b in backups), default=0) + 1
    real = real_path(project_path)
    stamp = datetime.now(timezone.utc).strftime(STAMP_FORMAT)
    return folder / f"{real.stem}-{number:05d}-{stamp}-{reason}{real.suffix or '.sqlite'}"


def _number_legacy_backups(project_path: Path) -> list[Backup]:
    """Give backups from before numbering the numbers `list_backups` shows for them."""
    backups = list_backups(project_path)
    renamed = []
    for backup in backups:
        if _parse(project_path, backup.path)[0] is None:  # type: ignore[index]
            stem = real_path(project_path).stem
            stamp = backup.made_at.strftime(STAMP_FORMAT)
            target = backup.path.with_name(
                f"{stem}-{backup.number:05d}-{stamp}-{backup.reason}{backup.path.suffix}")
            backup.path.replace(target)
            backup = Backup(backup.number, target, backup.made_at, backup.reason)
        renamed.append(backup)
    return renamed


def _clean_leftovers(project_path: Path) -> None:
    """Remove what killed backups and restores left in the backups folder."""
    folder = backup_folder(project_path)
    if not folder.is_dir():
        return
    now = time.time()
    for path in folder.iterdir():
        name = path.name
        if not (name.endswith((".partial", ".partial-journal", "-wal", "-shm", "-journal"))):
            continue
        try:
            if path.is_file() and now - path.stat().st_mtime > LEFTOVER_AGE_SECONDS:
                path.unlink()
        except OSError:
            pass


def prune_backups(project_path: Path, keep: int = KEEP_BACKUPS, *, just_made: Path | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups (by number); never the one just made."""
    removed = []
    for backup in list_backups(project_path)[max(keep, 1):]:
        if just_made is not None and backup.path == just_made:
            continue
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def backup_if_due(project_path: Path, interval: timedelta = AUTOMATIC_INTERVAL) -> Path | None:
    """An automatic backup, unless a recent one exists. A newest backup stamped in the future
    (the clock was ahead) does not count as recent."""
    newest = list_backups(project_path)[:1]
    if newest:
        age = datetime.now(timezone.utc) - newest[0].made_at
        if timedelta(0) <= age < interval:
            return None
    return make_backup(project_path, "automatic")


def check_backup(backup: Path) -> None:
    """Refuse anything that is not an intact project of a version this app can open."""
    from db.migrate import known_revisions

    backup = Path(backup)
    if not backup.is_file():
        raise ProjectFileError("db.backup.no_such_backup_file", backup=backup)
    if not _looks_like_database(backup):
        raise ProjectFileError("db.backup.not_project_backup_not_sqlite", backup=backup)
    problem = quick_check(backup, immutable=True)
    if problem is not None:
        raise ProjectFileError("db.backup.damaged_choose_another_backup", backup=backup,
                               problem=problem)
    try:
        connection = sqlite3.connect(read_only_uri(backup, immutable=True), uri=True)
        try:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table'")}
            revision = (connection.execute("SELECT version_num FROM alembic_version").fetchone()
                        if "alembic_version" in tables else None)
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise ProjectFileError("db.backup.not_project_backup", backup=backup, reason=error) from None
    if revision is None:
        raise ProjectFileError("db.backup.not_project_backup_no_schema", backup=backup)
    if revision[0] not in known_revisions():
        raise ProjectFileError(
            "db.backup.saved_newer_version_app_schema", backup=backup, revision=revision[0])
    missing = REQUIRED_TABLES - tables
    if missing and revision[0] == _head():
        raise ProjectFileError("db.backup.not_complete_project_no_table", backup=backup,
                               tables=', '.join(sorted(missing)))


def _head() -> str:
    from db.migrate import HEAD_REVISION

    return HEAD_REVISION


def restore_backup(project_path: Path, backup: Path) -> RestoreResult:
    """Replace the project with a backup.

    The present state is backed up first; a project that is missing is simply restored, and
    one that is damaged (it cannot be backed up) is set aside under a new name, never deleted.
    A project opened through a symbolic link has its target restored. Refused while any
    program (this one included) has the project open (db.presence)."""
    backup = Path(backup)
    check_backup(backup)
    target = real_path(project_path)
    with Presence(target, exclusive=True):
        safety: Path | None = None
        set_aside: tuple[Path, ...] = ()
        if target.exists():
            try:
                safety = make_backup(target, "before-restore", keep=KEEP_BACKUPS + 1)
            except ProjectDamaged:
                set_aside = _set_aside(target, "damaged")
            except BackupNotWritten:
                raise
            except ProjectFileError:
                set_aside = _set_aside(target, "unreadable")
        staged = target.with_name(target.name + ".restoring")
        backup_database(backup, staged)
        for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        try:
            staged.replace(target)
        except PermissionError:
            # Windows: a file another program has open cannot be replaced.
            staged.unlink(missing_ok=True)
            raise in_use_error(target) from None
    return RestoreResult(safety, set_aside)


def _set_aside(target: Path, why: str) -> tuple[Path, ...]:
    """Rename a project that cannot be backed up (and its journal files) out of the way."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    moved = []
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{target}{suffix}")
        if source.exists():
            destination = Path(f"{target}.{why}-{stamp}{suffix}")
            source.replace(destination)
            moved.append(destination)
    return tuple(moved)
