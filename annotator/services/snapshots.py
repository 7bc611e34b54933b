"""Backups of a team project: snapshots, each a complete project file copied from the server
(db.copy), numbered and rotated like a file project's backups, kept in this user's data folder.

Why copies and not `pg_dump`: they need nothing but the app (no client tools of the server's
version), every one is checked, any one opens in the app as an ordinary project file (a
historian takes the team project home), and restoring one is the same copy backwards. An
administrator's `pg_dump` of the database works too and is restored with `pg_restore` into an
empty database (README).

Restoring a team project replaces what the whole team sees, so it is deliberate: it needs
`--yes`, is refused while any other program of the app is connected to the database (the
server's own list of sessions stands in for the lock file of a project file), and takes a
snapshot of the present state first. The replacement is one transaction: if it fails, the
database is as it was.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from sqlalchemy import text

from annotator import paths
from annotator.errors import UserError
from annotator.project import Project
from db.backup import (
    KEEP_BACKUPS,
    Backup,
    RestoreResult,
    backup_database,
    check_backup,
    find_backup,
    list_backups,
    next_backup_path,
    prune_backups,
)
from db.copy import COUNTED, TABLES, copy_into, copy_rows, high_water, set_counter
from db.engine import create_project_engine
from db.location import Location
from db.migrate import SCHEMA_LOCK, open_project_engine
from db.presence import server_clients

TEAM_FOLDER = "team-projects"


def anchor(location: Location) -> Path:
    """The name that stands for a team project among this user's backups: its snapshots are in
    `<anchor>.backups/` (the anchor itself is never a file)."""
    url = location.url
    assert url is not None, "snapshots are of team projects; a file's backups are beside it"
    parts = [url.host or "localhost", str(url.port or 5432), url.database or ""]
    safe = "-".join(re.sub(r"[^\w.]+", "_", part) for part in parts)
    return paths.data_dir() / TEAM_FOLDER / f"{safe}.sqlite"


def snapshot_folder(location: Location) -> Path:
    return anchor(location).with_name(anchor(location).name + ".backups")


def make_snapshot(project: Project, reason: str = "manual", *, keep: int = KEEP_BACKUPS) -> Path:
    """A snapshot of the team project as the next numbered backup; rotate; its path."""
    destination = _next(project.location, reason)
    copy_into(project.engine, Location(path=destination))
    prune_backups(anchor(project.location), keep, just_made=destination)
    return destination


def list_snapshots(location: Location) -> list[Backup]:
    return list_backups(anchor(location))


def find_snapshot(location: Location, choice: str) -> Backup:
    return find_backup(anchor(location), choice)


def restore_snapshot(location: Location, snapshot: Path) -> RestoreResult:
    """Replace the team project's contents with a snapshot's (see the module's docstring)."""
    snapshot = Path(snapshot)
    check_backup(snapshot)
    with tempfile.TemporaryDirectory(prefix="annotator-restore-") as folder:
        # A copy of the snapshot, upgraded there if it is of an older schema: the snapshot
        # itself is never written to.
        staged = backup_database(snapshot, Path(folder) / "snapshot.sqlite")
        source = open_project_engine(Location(path=staged), create=False).engine
        try:
            opened = open_project_engine(location)
            try:
                with opened.engine.connect() as connection:
                    _refuse_while_in_use(connection, location)
                safety = None
                if not opened.created:
                    safety = _next(location, "before-restore")
                    copy_into(opened.engine, Location(path=safety))
            finally:
                opened.engine.dispose()
            engine = create_project_engine(location)
            try:
                with engine.connect() as connection, connection.begin():
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
                    _refuse_while_in_use(connection, location)
                    # Ids given since the snapshot are not given again (an export made
                    # meanwhile names them).
                    given = {name: high_water(connection, name) for name in COUNTED}
                    # Every table of the project at once (they refer to each other), the log
                    # too, counters back to 1; the copy then moves them past its ids.
                    tables = ", ".join(f'"{name}"' for name in (*TABLES, "changes"))
                    connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY"))
                    copy_rows(source, connection)
                    for name, highest in given.items():
                        set_counter(connection, name, max(highest, high_water(connection, name)))
            finally:
                engine.dispose()
        finally:
            source.dispose()
    if safety is not None:
        prune_backups(anchor(location), KEEP_BACKUPS + 1, just_made=safety)
    return RestoreResult(safety)


def _refuse_while_in_use(connection, location: Location) -> None:
    others = server_clients(connection)
    if others:
        raise UserError(
            "snapshots.project_open_other_program", label=location.label, others=others)


def _next(location: Location, reason: str) -> Path:
    destination = next_backup_path(anchor(location), reason)
    destination.parent.mkdir(parents=True, exist_ok=True)
    return destination
