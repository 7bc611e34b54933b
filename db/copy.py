"""Copy a whole project, row for row, into an empty file or database: the same ids and UUIDs,
byte-identical texts, the schema made by the migrations and its integrity triggers in force
while the rows go in.

All or nothing. A server target gets its schema and its rows in ONE transaction (PostgreSQL's
schema changes are transactional), so a copy that fails or is cancelled midway leaves the
database as empty as it was. A file target is written under a temporary name beside it and
renamed into place only when complete, so a failed copy leaves no file.

The change log (`changes`) is not copied: it tells the windows open on one database what was
just changed there, and a copy starts with no window open on it. Sequences (PostgreSQL) and
SQLite's AUTOINCREMENT counters are set past the highest id the source ever gave, so ids are
never reused in the copy either (an id that left in an export keeps meaning one thing).
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, func, insert, inspect, select, text
from sqlalchemy.exc import DBAPIError

from db.engine import create_project_engine
from db.errors import ProjectFileError
from db.messages import Phrase
from db.location import Location
from db.errors import ErrorKind, classify
from db.migrate import SCHEMA_LOCK, migrate_on, unreachable, upgrade
from db.models import Base

# Parents before the rows that refer to them (foreign keys are checked at once on PostgreSQL).
TABLES = ("coders", "codes", "documents", "segmentations", "annotations", "memos",
          "dictionary_words", "settings", "entity_corrections", "parallel_indexes")
# Tables whose integer ids come from a counter that must go on past the copied ones.
COUNTED = ("coders", "codes", "documents", "annotations", "memos", "dictionary_words",
           "entity_corrections")
# Rows fetched and inserted at a time: a volume's text is a few megabytes, a passage is small.
BATCH = {"documents": 4, "segmentations": 4}
DEFAULT_BATCH = 2000

# What makes a target unusable rather than the copy faulty.
_CANNOT_USE = (ErrorKind.CONNECTION, ErrorKind.LOGIN, ErrorKind.NO_DATABASE,
               ErrorKind.PASSWORD_REQUIRED, ErrorKind.PERMISSION)
Progress = Callable[[str, int], None]  # (table, rows copied so far); raising cancels the copy


@dataclass(frozen=True)
class CopySummary:
    """What a copy stored: rows per table, in the order they were copied."""

    target: Location
    rows: dict[str, int]

    def describe(self) -> str:
        names = {"documents": "document", "codes": "code", "coders": "coder",
                 "annotations": "passage", "memos": "memo", "dictionary_words": "dictionary word"}
        parts = []
        for table, noun in names.items():
            n = self.rows.get(table, 0)
            parts.append(f"{n:,} {noun}{'' if n == 1 else 's'}")
        return ", ".join(parts)


def check_empty_target(target: Location, engine: Engine | None = None) -> None:
    """Refuse a target that holds anything: a copy never merges into, or overwrites, data."""
    if target.is_file:
        path = target.path
        if path.exists() and (path.is_dir() or path.stat().st_size > 0):
            raise ProjectFileError("db.copy.already_exists_copy_goes_into", path=path)
        if not path.parent.is_dir():
            raise ProjectFileError("db.no_such_folder", folder=path.parent)
        return
    assert engine is not None
    with engine.connect() as connection:
        _refuse_unless_empty(connection, target)


def _refuse_unless_empty(connection: Connection, target: Location) -> None:
    tables = inspect(connection).get_table_names()
    if tables:
        what = (Phrase("phrase.db.a_project") if "alembic_version" in tables
                else Phrase("phrase.db.tables", count=len(tables)))
        raise ProjectFileError(
            "db.copy.not_empty_holds_copy_goes", target=target.label, what=what)


def copy_into(source: Engine, target: Location, *, progress: Progress | None = None) -> CopySummary:
    """Copy the project on `source` (an engine on an up-to-date project) into `target`, which
    must be empty: a new file, or a database with no tables."""
    if target.is_file:
        return _copy_to_file(source, target, progress)
    return _copy_to_server(source, target, progress)


def _copy_to_server(source: Engine, target: Location, progress: Progress | None) -> CopySummary:
    engine = create_project_engine(target)
    try:
        with engine.connect() as connection:
            with connection.begin():
                # Taken by a program giving an empty database its schema (db.migrate): a copy
                # and a first opening cannot both fill the database.
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
                _refuse_unless_empty(connection, target)
                migrate_on(connection)
                rows = copy_rows(source, connection, progress)
    except DBAPIError as error:
        if classify(error) in _CANNOT_USE:
            raise unreachable(target, error) from None
        raise
    finally:
        engine.dispose()
    return CopySummary(target, rows)


def _copy_to_file(source: Engine, target: Location, progress: Progress | None) -> CopySummary:
    check_empty_target(target)
    path = target.path
    partial = path.with_name(f".{path.name}.copying-{uuid.uuid4().hex[:8]}")
    staged = Location(path=partial)
    engine = create_project_engine(staged)
    try:
        upgrade(engine)  # the file is not the target yet: its schema may commit on its own
        with engine.connect() as connection, connection.begin():
            rows = copy_rows(source, connection, progress)
        engine.dispose()
        _settle(partial)
        if path.exists() and path.stat().st_size > 0:  # made meanwhile by someone else
            raise ProjectFileError("db.copy.appeared_while_copy_made_nothing", path=path)
        os.replace(partial, path)
    except BaseException:
        engine.dispose()
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm"),
                         Path(f"{partial}-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return CopySummary(target, rows)


def _settle(path: Path) -> None:
    """One self-contained file: out of WAL mode (the app switches it back when it opens it),
    synced, so that it can be moved, mailed or kept as a snapshot."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def copy_rows(source: Engine, target: Connection, progress: Progress | None = None) -> dict[str, int]:
    """Copy every project row from `source` into the empty tables `target` (in a transaction)
    sees, in one consistent snapshot of the source; check the counts; move the id counters."""
    rows: dict[str, int] = {}
    with _snapshot(source) as reading:
        for name in TABLES:
            table = Base.metadata.tables[name]
            copied = 0
            batches = _batches(reading, table)
            try:
                for batch in batches:
                    target.execute(insert(table), batch)
                    copied += len(batch)
                    if progress is not None:
                        progress(name, copied)
            finally:
                batches.close()  # and with it the source's cursor, when the copy stops midway
            stored = target.scalar(select(func.count()).select_from(table))
            if stored != copied:
                raise ProjectFileError("db.copy.copy_holds_rows_not_nothing", name=name,
                                       stored=stored, copied=copied)
            rows[name] = copied
        highest_given = {name: high_water(reading, name) for name in COUNTED}
    for name, highest in highest_given.items():
        set_counter(target, name, highest)
    return rows


class _snapshot:
    """A read transaction on the source that sees one moment: REPEATABLE READ on PostgreSQL
    (others may go on writing), a plain read transaction on SQLite (WAL keeps its snapshot)."""

    def __init__(self, engine: Engine) -> None:
        options = {"isolation_level": "REPEATABLE READ"} if engine.dialect.name == "postgresql" else {}
        self._connection = engine.connect().execution_options(**options)

    def __enter__(self) -> Connection:
        self._transaction = self._connection.begin()
        return self._connection

    def __exit__(self, *exc_info: object) -> None:
        self._transaction.rollback()  # it only read
        self._connection.close()


def _batches(connection: Connection, table: Table) -> Iterator[list[dict]]:
    size = BATCH.get(table.name, DEFAULT_BATCH)
    statement = select(table).order_by(*table.primary_key.columns)
    if table.name == "codes":
        # A parent may have a higher id than its child (a code moved under a newer one).
        ordered = parents_first([row._asdict() for row in connection.execute(statement)])
        for start in range(0, len(ordered), size):
            yield ordered[start:start + size]
        return
    result = connection.execution_options(yield_per=size).execute(statement)
    try:
        for partition in result.partitions():
            yield [row._asdict() for row in partition]
    finally:
        result.close()


def parents_first(codes: list[dict]) -> list[dict]:
    by_id = {code["id"]: code for code in codes}
    ordered: list[dict] = []
    placed: set[int] = set()

    def place(code: dict, seen: frozenset[int] = frozenset()) -> None:
        if code["id"] in placed:
            return
        parent = by_id.get(code["parent_id"]) if code["parent_id"] is not None else None
        if parent is not None and parent["id"] not in seen:
            place(parent, seen | {code["id"]})
        placed.add(code["id"])
        ordered.append(code)

    for code in codes:
        place(code)
    return ordered


def high_water(connection: Connection, table: str) -> int:
    """The highest id the table ever gave (deleted rows included, where the counter knows)."""
    highest = connection.scalar(text(f'SELECT max(id) FROM "{table}"')) or 0
    if connection.dialect.name == "sqlite":
        counter = connection.scalar(text("SELECT seq FROM sqlite_sequence WHERE name = :t"), {"t": table})
    else:
        sequence = connection.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table})
        counter = None
        if sequence:
            last, called = connection.execute(text(f"SELECT last_value, is_called FROM {sequence}")).one()
            counter = last if called else last - 1
    return max(highest, counter or 0)


def set_counter(connection: Connection, table: str, highest: int) -> None:
    """Make the next id of `table` come after `highest`."""
    if connection.dialect.name == "sqlite":
        has_counter = connection.scalar(text(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_sequence'"))
        autoincrement = connection.scalar(text(
            "SELECT sql LIKE '%AUTOINCREMENT%' FROM sqlite_schema WHERE type = 'table' AND name = :t"),
            {"t": table})
        if not (has_counter and autoincrement) or highest == 0:
            return  # rowid tables reuse max(id) + 1; nothing to move
        updated = connection.execute(text("UPDATE sqlite_sequence SET seq = max(seq, :v) WHERE name = :t"),
                                     {"v": highest, "t": table}).rowcount
        if not updated:
            connection.execute(text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :v)"),
                               {"t": table, "v": highest})
        return
    sequence = connection.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table})
    if sequence is None:
        return
    if highest > 0:
        connection.execute(text("SELECT setval(:s, :v, true)"), {"s": sequence, "v": highest})
    else:
        connection.execute(text("SELECT setval(:s, 1, false)"), {"s": sequence})
