"""Open, create and upgrade project files: Alembic runs automatically, after a backup.

Alembic is imported only when a file must be created or upgraded: opening an up-to-date
project (every start of the app) only reads its revision, which keeps start-up fast.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from db.backup import make_backup
from db.engine import create_project_engine
from db.errors import ProjectDamaged, ProjectFileError, is_damage
from db.health import schema_check

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).parent / "migrations"
# The newest revision in db/migrations/versions (a test checks that they agree).
HEAD_REVISION = "0002"


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
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError as error:
            if "no such table" in str(error.orig):
                return None
            raise


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def check_is_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise ProjectFileError(f"{path}: is a folder, not a project file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise ProjectFileError(f"{path}: cannot be read ({error.strerror})") from None
    if header != SQLITE_HEADER:
        raise ProjectFileError(f"{path}: is not a project file (not an SQLite database)")


def check_writable(path: Path) -> None:
    # SQLite in WAL mode writes two files beside the project even to read it; refusing up
    # front gives one clear message instead of a failure at the first tag.
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        raise ProjectFileError(
            f"{path}: the project file or its folder is read-only; copy the project to a "
            "folder you can write to, or change the permissions"
        )


def open_project_engine(path: Path, *, create: bool = True) -> tuple[Engine, Path | None]:
    """Return an engine on an up-to-date project file, and the backup made before upgrading."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise ProjectFileError(f"{path}: no such project file")
        return _create(path), None
    check_is_sqlite_file(path)
    check_writable(path)
    # Cheap (the schema and small tables): damage elsewhere shows when it is read.
    problem = schema_check(path)
    if problem is not None:
        raise ProjectDamaged(path, problem)
    engine = create_project_engine(path)
    try:
        return engine, _bring_up_to_date(path, engine)
    except DatabaseError as error:
        engine.dispose()
        if is_damage(error):
            raise ProjectDamaged(path, str(error.orig)) from None
        reason = str(error.orig)
        if "disk I/O" in reason or "full" in reason:
            reason = "the disk is full or failing"
        raise ProjectFileError(f"{path}: cannot be opened as a project ({reason})") from None
    except ProjectFileError:
        engine.dispose()
        raise


def _create(path: Path) -> Engine:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ProjectFileError(f"{path.parent}: cannot create the folder ({error.strerror})") from None
    engine = create_project_engine(path)
    try:
        upgrade(engine)
    except DatabaseError as error:
        engine.dispose()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise ProjectFileError(f"{path}: cannot create the project ({error.orig})") from None
    return engine


def _bring_up_to_date(path: Path, engine: Engine) -> Path | None:
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return None
    if revision is None:
        if inspect(engine).get_table_names():
            raise ProjectFileError(f"{path}: is an SQLite database, but not a project of this app")
        upgrade(engine)
        return None
    if revision not in known_revisions():
        raise ProjectFileError(
            f"{path}: was saved by a newer version of this app (schema {revision}); "
            "please update the app to open it"
        )
    backup = make_backup(path, f"before-upgrade-from-{revision}")
    upgrade(engine)
    return backup
