"""Engines and sessions for a project, set up for its dialect.

SQLite (a project file): foreign keys on, WAL, synchronous=FULL, a busy timeout, and write
transactions that take the write lock when they begin. PostgreSQL (a team project): a small
pool that checks connections before use, a connection timeout, and write transactions that
take the project's write lock when they begin, as on SQLite (see `_begin_postgresql`).
"""

from __future__ import annotations

import os
import sqlite3

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.location import Location

# How long a write waits for another process (a second window, the command line) to finish.
BUSY_TIMEOUT_MS = 5000
# Tests shorten the wait so that "the project is in use" can be checked in a fraction of a second.
ENV_BUSY_TIMEOUT = "ANNOTATOR_BUSY_TIMEOUT_MS"
# Execution option that marks a transaction as a writer: on SQLite it takes the write lock
# when it begins.
WRITE_OPTION = "sqlite_write"
# A server that does not answer: one clear line within this many seconds.
CONNECT_TIMEOUT_SECONDS = 8
# Tests shorten it, to show that a server that never answers is given up on.
ENV_CONNECT_TIMEOUT = "ANNOTATOR_CONNECT_TIMEOUT_S"
# How the app's connections show in the server's pg_stat_activity.
APPLICATION_NAME = "chinese-text-annotator"


def busy_timeout_ms() -> int:
    value = os.environ.get(ENV_BUSY_TIMEOUT, "").strip()
    return int(value) if value.isascii() and value.isdigit() else BUSY_TIMEOUT_MS


def connect_timeout_seconds() -> int:
    value = os.environ.get(ENV_CONNECT_TIMEOUT, "").strip()
    return int(value) if value.isascii() and value.isdigit() and int(value) > 0 else CONNECT_TIMEOUT_SECONDS


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


# The project's write lock on a server: a transaction-level advisory lock (released by COMMIT or
# ROLLBACK, and by the server when a client dies), per database.
WRITE_LOCK = 0x74616773  # "tags"


def _begin_postgresql(connection: Connection) -> None:
    # Writers take the project's write lock first, waiting up to the busy timeout, so that they
    # run one at a time as on SQLite: whatever a write reads (is this span already coded? would
    # this move make a cycle? which key is free?) stays true until it commits, and the services'
    # checks hold for several coders exactly as for one. Writes are short (a tag holds the lock
    # for about a millisecond), so coders do not notice each other; readers never wait for it.
    # (SERIALIZABLE would give the same promise, but its predicate locks turn concurrent tags
    # of one document into conflicts to be run again: with seven coders at once in the
    # concurrency test, a tag was refused after six attempts.)
    options = connection.get_execution_options()
    if options.get(WRITE_OPTION) and not options.get(LOCKS_ITSELF_OPTION):
        connection.exec_driver_sql(write_lock_statement())


# Execution option of a writer on a server that takes the write lock itself, in one round trip
# with its first statements (db.queries.tag_at_once): the begin handler leaves the lock to it.
LOCKS_ITSELF_OPTION = "locks_itself"


def write_lock_statement() -> str:
    """Takes the project's write lock on a server, waiting up to the busy timeout (one
    statement for both: each statement is a round trip)."""
    return (f"SELECT set_config('lock_timeout', '{busy_timeout_ms()}', true), "
            f"pg_advisory_xact_lock({WRITE_LOCK})")


def _begin_sqlite(connection: Connection) -> None:
    # A writer takes the write lock now, waiting up to the busy timeout for another writer to
    # finish; a reader takes none (in WAL it sees the last commit and never blocks a writer).
    if connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def create_project_engine(location: Location) -> Engine:
    """An engine on the project's database, configured for its dialect."""
    if location.is_file:
        engine = create_engine(location.connect_url)
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    engine = create_engine(
        location.connect_url,
        pool_size=4,
        max_overflow=4,
        # A team server restarts, a laptop sleeps: a dead pooled connection is replaced
        # rather than failing the next tag.
        pool_pre_ping=True,
        pool_timeout=connect_timeout_seconds(),
        connect_args={
            "connect_timeout": connect_timeout_seconds(),
            "application_name": APPLICATION_NAME,
        },
    )
    event.listen(engine, "begin", _begin_postgresql)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine (same pool), whose transactions are writers (see WRITE_OPTION)."""
    return engine.execution_options(**{WRITE_OPTION: True})


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Objects stay readable after commit: services convert them to domain objects anyway.
    return sessionmaker(engine, expire_on_commit=False)
