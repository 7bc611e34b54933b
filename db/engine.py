"""Engines and sessions for a project file, with the SQLite settings every connection needs."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

# How long a write waits for another process (a second window, the command line) to finish.
BUSY_TIMEOUT_MS = 5000
# Tests shorten the wait so that "the project is in use" can be checked in a fraction of a second.
ENV_BUSY_TIMEOUT = "ANNOTATOR_BUSY_TIMEOUT_MS"
# Execution option that marks a transaction as a writer: it takes the write lock when it begins.
WRITE_OPTION = "sqlite_write"


def busy_timeout_ms() -> int:
    value = os.environ.get(ENV_BUSY_TIMEOUT, "").strip()
    return int(value) if value.isdigit() else BUSY_TIMEOUT_MS


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # pysqlite's own transaction handling begins late (before the first INSERT), so a transaction
    # that reads first and then writes asks for the write lock halfway, and SQLite answers "busy"
    # at once instead of waiting. SQLAlchemy emits BEGIN itself instead (see _begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
    # WAL lets readers run beside the writer; FULL makes each commit durable once it returns,
    # which is the promise "once a tag is shown it is on disk".
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _begin(connection: Connection) -> None:
    # A writer takes the write lock now, waiting up to the busy timeout for another writer to
    # finish; a reader takes none (in WAL it sees the last commit and never blocks a writer).
    if connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def create_project_engine(path: Path) -> Engine:
    # Built from the path's parts, never by pasting it into a URL string: a `?` or `%41` in a
    # file name would be read as URL syntax and another file opened.
    engine = create_engine(URL.create("sqlite", database=str(path)))
    event.listen(engine, "connect", _configure_sqlite)
    event.listen(engine, "begin", _begin)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine (same pool), whose transactions begin with the write lock held."""
    return engine.execution_options(**{WRITE_OPTION: True})


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Objects stay readable after commit: services convert them to domain objects anyway.
    return sessionmaker(engine, expire_on_commit=False)
