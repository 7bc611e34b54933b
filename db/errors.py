"""Errors about a project file that the user must see as one clear line."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from db.messages import KeyedError

class ProjectFileError(KeyedError):
    """The project file cannot be opened, created or upgraded; nothing was changed."""


class ProjectDamaged(ProjectFileError):
    """The project file is damaged; it must be restored from a backup, never backed up."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path, self.reason = Path(path), reason
        super().__init__("db.damaged", path=path, reason=reason)


class BackupNotWritten(ProjectFileError):
    """A backup could not be written (full disk, no folder); the project itself is fine."""


def is_damage(error: BaseException) -> bool:
    """Whether a driver error says the database is damaged (by its error code)."""
    return classify(error) == ErrorKind.DAMAGED


class ProjectUnreachable(ProjectFileError):
    """A team project's server cannot be reached, refuses the login, or has no such database."""


class PasswordRequired(ProjectUnreachable):
    """The server asks for a password and none was found (PGPASSWORD, ~/.pgpass): the window
    asks for one and opens the project again with `Location.with_password`."""


class ErrorKind:
    """What a database error means for the user, read from the driver's error code."""

    BUSY = "busy"  # another program holds the lock, or a concurrent write conflicted
    READ_ONLY = "read-only"
    FULL = "full"  # disk full or failing
    DAMAGED = "damaged"
    CONSTRAINT = "constraint"  # refused by the schema's integrity rules
    CONNECTION = "connection"  # a server that cannot be reached, or a lost connection
    LOGIN = "login"
    PASSWORD_REQUIRED = "password-required"  # the server wants a password and none was given
    NO_DATABASE = "no-database"
    PERMISSION = "permission"  # the role may not do this (create tables, read a table)


# SQLite's primary result codes, by name (sqlite3.Error.sqlite_errorname; extended codes such as
# SQLITE_BUSY_SNAPSHOT start with their primary name).
_SQLITE_KINDS = {
    "SQLITE_BUSY": ErrorKind.BUSY,
    "SQLITE_LOCKED": ErrorKind.BUSY,
    "SQLITE_READONLY": ErrorKind.READ_ONLY,
    "SQLITE_FULL": ErrorKind.FULL,
    "SQLITE_IOERR": ErrorKind.FULL,
    "SQLITE_CORRUPT": ErrorKind.DAMAGED,
    "SQLITE_NOTADB": ErrorKind.DAMAGED,
    "SQLITE_CONSTRAINT": ErrorKind.CONSTRAINT,
    "SQLITE_CANTOPEN": ErrorKind.READ_ONLY,
}
# PostgreSQL's SQLSTATE codes, by class (two characters) or in full.
_SQLSTATE_KINDS = {
    "40001": ErrorKind.BUSY,  # serialization_failure
    "40P01": ErrorKind.BUSY,  # deadlock_detected
    "55P03": ErrorKind.BUSY,  # lock_not_available
    "25006": ErrorKind.READ_ONLY,  # read_only_sql_transaction
    "53100": ErrorKind.FULL,  # disk_full
    "XX001": ErrorKind.DAMAGED,  # data_corrupted
    "XX002": ErrorKind.DAMAGED,  # index_corrupted
    "28000": ErrorKind.LOGIN,  # invalid_authorization_specification
    "28P01": ErrorKind.LOGIN,  # invalid_password
    "3D000": ErrorKind.NO_DATABASE,  # invalid_catalog_name
    "42501": ErrorKind.PERMISSION,  # insufficient_privilege
    "57P01": ErrorKind.CONNECTION,  # admin_shutdown
    "57P02": ErrorKind.CONNECTION,
    "57P03": ErrorKind.CONNECTION,  # cannot_connect_now
}
_SQLSTATE_CLASSES = {"23": ErrorKind.CONSTRAINT, "08": ErrorKind.CONNECTION, "53": ErrorKind.FULL}
# A connection that fails before the server has accepted it carries no SQLSTATE (libpq keeps
# it only for results): what went wrong is read from libpq's and the server's messages. The
# server sends them in its own lc_messages; these are the English ones (the default).
_CONNECT_FAILURES = (
    (re.compile(r"no password supplied"), ErrorKind.PASSWORD_REQUIRED),
    (re.compile(r"password authentication failed|authentication failed for user|"
                r"role \S+ does not exist|no pg_hba\.conf entry|permission denied for database"),
     ErrorKind.LOGIN),
    (re.compile(r"database \S+ does not exist"), ErrorKind.NO_DATABASE),
)


def classify(error: BaseException) -> str | None:
    """The ErrorKind of a driver error (SQLAlchemy's wrapper or the driver's own), or None when
    the code says nothing a user can act on: then it is a bug, and reported as one."""
    original = getattr(error, "orig", None) or error
    if isinstance(original, sqlite3.Error):
        name = getattr(original, "sqlite_errorname", "") or ""
        for code, kind in _SQLITE_KINDS.items():
            if name == code or name.startswith(code + "_"):
                return kind
        return None
    sqlstate = getattr(original, "sqlstate", None)
    if sqlstate:
        return _SQLSTATE_KINDS.get(sqlstate) or _SQLSTATE_CLASSES.get(sqlstate[:2])
    # psycopg raises OperationalError without an SQLSTATE when it never reached a server, or
    # when the server refused the connection before accepting it (a login, a database).
    if type(original).__module__.startswith("psycopg") and type(original).__name__ == "OperationalError":
        message = str(original)
        for pattern, kind in _CONNECT_FAILURES:
            if pattern.search(message):
                return kind
        return ErrorKind.CONNECTION
    return None


def server_reason(error: BaseException) -> str:
    """The driver's own last line about a failed connection ("Connection refused", "timeout
    expired"), for the one line the user sees; it names the host and port, never a password."""
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    if not lines:
        return type(original).__name__
    # libpq: 'connection failed: connection to server at "h", port p failed: REASON'
    return lines[0].rsplit("failed: ", 1)[-1].removeprefix("FATAL:").strip()
