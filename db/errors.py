"""Errors about a project file that the user must see as one clear line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# SQLite's result codes (primary, the low byte) for a file that is damaged or not a database.
_DAMAGE_CODES = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})


class ProjectFileError(Exception):
    """The project file cannot be opened, created or upgraded; nothing was changed."""


class ProjectDamaged(ProjectFileError):
    """The project file is damaged; it must be restored from a backup, never backed up."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path, self.reason = Path(path), reason
        super().__init__(
            f"{path}: the project file is damaged ({reason}); nothing was changed. Restore its "
            f"last good backup: python main.py restore latest --yes --project '{path}' "
            "(in the window: File › Restore from backup)"
        )


class BackupNotWritten(ProjectFileError):
    """A backup could not be written (full disk, no folder); the project itself is fine."""


def is_damage(error: BaseException) -> bool:
    """Whether a driver error says the database file is damaged (by SQLite's error code)."""
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.Error):
        return False
    name = getattr(original, "sqlite_errorname", "") or ""
    # Extended codes (SQLITE_CORRUPT_VTAB, …) share the primary name as a prefix.
    return any(name == code or name.startswith(code + "_") for code in _DAMAGE_CODES)
