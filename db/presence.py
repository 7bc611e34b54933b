"""Who has a project open: a lock file beside it that every open project holds shared.

Replacing a project file (restoring a backup) under a program that has it open is how work gets
lost: that program keeps writing to the old, deleted file, and its tags look saved. So every
open `Project` holds a shared advisory lock on `<project>-lock`, and a restore takes it
exclusively first: while any window or command has the project open, the restore is refused.

The lock is a separate file, never the project itself: SQLite locks the database file with POSIX
`fcntl` locks, which a process loses as soon as it closes *any* descriptor of that file, so
touching the database file with locks of our own could silently drop SQLite's. `flock` locks on
a file of their own interfere with nothing. They are released by the kernel when the process
dies, so a crashed window never leaves the project locked.

Windows has no shared `flock`; there a file that another program has open cannot be replaced
at all, and the restore fails with a clear "in use" message instead (see db.backup).
"""

from __future__ import annotations

import os
from pathlib import Path

from db.errors import ProjectFileError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_SUFFIX = "-lock"


def lock_path(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + LOCK_SUFFIX)


def in_use_error(project_path: Path) -> ProjectFileError:
    return ProjectFileError(
        "db.presence.project_open_another_program_window", path=project_path
    )


class Presence:
    """This program's claim on a project: shared while it is open, exclusive to replace it."""

    def __init__(self, project_path: Path, *, exclusive: bool = False) -> None:
        # The real file: a project opened through a symbolic link is locked as its target.
        self.path = lock_path(Path(project_path).expanduser().resolve())
        self._descriptor: int | None = None
        if fcntl is None:
            return
        try:
            self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            # A read-only folder: the project is refused elsewhere with a clear message; and a
            # project nobody can write cannot be restored over either.
            return
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(self._descriptor, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._descriptor)
            self._descriptor = None
            if exclusive:
                raise in_use_error(Path(project_path)) from None
            # Only a restore holds it exclusively, for a moment: wait for it to finish.
            self._descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(self._descriptor, mode)

    def release(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)  # closing releases the flock
            self._descriptor = None

    def __enter__(self) -> Presence:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def server_clients(connection) -> int:
    """How many other connections of this app are open on the same database: a team project's
    counterpart of the lock file (a restore is refused while anyone has the project open). The
    application name and database of every session are visible to every role."""
    from sqlalchemy import text

    from db.engine import APPLICATION_NAME

    return connection.scalar(text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND application_name = :app AND pid <> pg_backend_pid()"), {"app": APPLICATION_NAME})
