"""Open, create and upgrade projects: Alembic runs automatically (after a backup, for files).

A project is a file or a database on a server (db.location). An empty server database gets its
schema from the same migrations as a new file; one of a newer schema, or one that is not a
project, is refused. Alembic is imported only when a project must be created or upgraded:
opening an up-to-date project (every start of the app) only reads its revision.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError, DatabaseError

from db.backup import make_backup
from db.engine import connect_timeout_seconds, create_project_engine
from db.errors import (
    ErrorKind,
    PasswordRequired,
    ProjectDamaged,
    ProjectFileError,
    ProjectUnreachable,
    classify,
    is_damage,
    server_reason,
)
from db.health import schema_check
from db.location import Location
from db.messages import Phrase

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).parent / "migrations"
# The newest revision in db/migrations/versions (a test checks that they agree).
HEAD_REVISION = "0004"


@dataclass(frozen=True)
class OpenedEngine:
    engine: Engine
    created: bool  # the project was made now (a new file, or an empty database given its schema)
    upgrade_backup: Path | None  # the backup taken before upgrading a file
    upgraded_from: str | None  # the schema revision it was upgraded from, if it was


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest revision as Alembic sees it."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to `revision` in one transaction.

    On SQLite foreign keys are switched off around it (they cannot be inside a transaction), as
    SQLite's documented procedure for schema changes says: copying a table that others refer to
    would otherwise fail; the transaction then checks every foreign key before it commits."""
    _migrate(engine, "upgrade", revision)


def downgrade(engine: Engine, revision: str) -> None:
    _migrate(engine, "downgrade", revision)


def _migrate(engine: Engine, direction: str, revision: str) -> None:
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        # On the driver's connection itself: through SQLAlchemy the PRAGMA would begin a
        # transaction, inside which SQLite ignores it.
        raw = connection.connection.dbapi_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                migrate_on(connection, direction, revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise ProjectFileError("db.migrate.schema_change_would_break_references",
                                               count=len(broken))
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")


def migrate_on(connection: Connection, direction: str = "upgrade", revision: str = "head") -> None:
    """Run the migrations inside the transaction `connection` is in (the caller commits): on
    PostgreSQL, whose schema changes are transactional, a copy makes the schema and fills it in
    one transaction."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    getattr(command, direction)(config, revision)


# Two programs opening a new, empty team database at once: one gives it its schema, the other
# waits for that and finds a project (a transaction-level advisory lock, per database).
SCHEMA_LOCK = 0x616E6E6F  # "anno"


def _give_schema(engine: Engine) -> bool:
    """Give an empty server database its schema; False if another program did meanwhile."""
    with engine.connect() as connection, connection.begin():
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
        if inspect(connection).get_table_names():
            return False
        migrate_on(connection)
    return True


def check_is_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise ProjectFileError("db.migrate.folder_not_project_file", path=path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise ProjectFileError("db.migrate.cannot_read", path=path, reason=error.strerror) from None
    if header != SQLITE_HEADER:
        raise ProjectFileError("db.migrate.not_project_file_not_sqlite", path=path)


def check_writable(path: Path) -> None:
    # SQLite in WAL mode writes two files beside the project even to read it; refusing up
    # front gives one clear message instead of a failure at the first tag.
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        raise ProjectFileError(
            "db.migrate.project_file_folder_read_only", path=path
        )


def open_project_engine(location: Location | Path | str, *, create: bool = True) -> OpenedEngine:
    """An engine on an up-to-date project: created, checked or upgraded as needed."""
    location = Location.parse(location)
    if location.is_file:
        return _open_file(location, create=create)
    return _open_server(location)


def _open_file(location: Location, *, create: bool) -> OpenedEngine:
    path = location.path
    assert path is not None
    if not path.exists():
        if not create:
            raise ProjectFileError("db.no_such_project_file", path=path)
        return OpenedEngine(_create(location), True, None, None)
    check_is_sqlite_file(path)
    check_writable(path)
    # The schema, the codebook and the passages (not the big texts): damage elsewhere shows
    # when it is read.
    problem = schema_check(path)
    if problem is not None:
        raise ProjectDamaged(path, problem)
    engine = create_project_engine(location)
    try:
        revision = _check_revision(engine, str(path), Phrase("phrase.db.an_sqlite_database"))
        if revision is None:  # an empty file: a new project
            upgrade(engine)
            return OpenedEngine(engine, True, None, None)
        if revision == HEAD_REVISION:
            return OpenedEngine(engine, False, None, None)
        backup = make_backup(path, f"before-upgrade-from-{revision}")
        upgrade(engine)
        return OpenedEngine(engine, False, backup, revision)
    except DatabaseError as error:
        engine.dispose()
        if is_damage(error):
            raise ProjectDamaged(path, str(error.orig)) from None
        if classify(error) == ErrorKind.FULL:
            raise ProjectFileError("db.migrate.cannot_opened_project_disk_full", path=path) from None
        raise
    except ProjectFileError:
        engine.dispose()
        raise


def _open_server(location: Location) -> OpenedEngine:
    engine = create_project_engine(location)
    try:
        revision = _check_revision(engine, location.label, Phrase("phrase.db.a_database"))
        if revision is None:  # an empty database: it becomes a project
            if _give_schema(engine):
                return OpenedEngine(engine, True, None, None)
            revision = _check_revision(engine, location.label, Phrase("phrase.db.a_database"))
        if revision != HEAD_REVISION:
            upgrade(engine)
            return OpenedEngine(engine, False, None, revision)
        return OpenedEngine(engine, False, None, None)
    except DBAPIError as error:
        engine.dispose()
        raise unreachable(location, error) from None
    except ProjectFileError:
        engine.dispose()
        raise


# The other kinds of error as the message names them (the window translates the phrase).
KIND_PHRASES = {ErrorKind.BUSY: "phrase.db.busy", ErrorKind.READ_ONLY: "phrase.db.read_only",
                ErrorKind.FULL: "phrase.db.full", ErrorKind.DAMAGED: "phrase.db.damaged",
                ErrorKind.CONSTRAINT: "phrase.db.constraint"}


def unreachable(location: Location, error: DBAPIError) -> ProjectFileError:
    """One line for a server that cannot be used: never the password, never a traceback."""
    kind = classify(error)
    where = location.label
    user = location.url.username if location.url is not None else None
    if kind == ErrorKind.PASSWORD_REQUIRED:
        return PasswordRequired(
            "db.migrate.server_asks_password_set_pgpassword", where=where, user=user)
    if kind == ErrorKind.LOGIN:
        return ProjectUnreachable(
            "db.migrate.server_refused_login_check_password", where=where, user=user)
    if kind == ErrorKind.NO_DATABASE:
        return ProjectUnreachable("db.migrate.server_no_such_database_ask", where=where)
    if kind == ErrorKind.PERMISSION:
        return ProjectUnreachable(
            "db.migrate.role_may_not_make_change", where=where, user=user)
    if kind == ErrorKind.CONNECTION or kind is None:
        return ProjectUnreachable(
            "db.migrate.server_cannot_reached_no_answer", where=where,
            reason=server_reason(error), seconds=connect_timeout_seconds())
    return ProjectUnreachable("db.migrate.project_cannot_opened", where=where,
                              kind=Phrase(KIND_PHRASES[kind]) if kind in KIND_PHRASES else kind)


def _check_revision(engine: Engine, where: str, what: Phrase) -> str | None:
    """The project's schema revision; None for an empty database; refuses foreign ones."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return revision  # the common case: no need to load Alembic to know it
    if revision is None:
        if inspect(engine).get_table_names():
            raise ProjectFileError("db.migrate.but_not_project_app", where=where, what=what)
        return None
    if revision not in known_revisions():
        raise ProjectFileError(
            "db.migrate.saved_newer_version_app_schema", where=where, revision=revision
        )
    return revision


def _create(location: Location) -> Engine:
    path = location.path
    assert path is not None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ProjectFileError("db.migrate.cannot_create_folder", folder=path.parent,
                               reason=error.strerror) from None
    engine = create_project_engine(location)
    try:
        upgrade(engine)
    except DatabaseError as error:
        engine.dispose()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise ProjectFileError("db.migrate.cannot_create_project", path=path, reason=error.orig) from None
    return engine
