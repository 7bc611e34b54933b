"""The few reads and writes on the hot paths, per dialect, in one place.

A volume has 50,000 passages and an archive 100,000: SQLAlchemy's per-row result processing
costs more than the query itself at that size, so these reads go straight through the driver.
Everything dialect-specific about them stays here: how a statement reaches the driver, and the
form a timestamp comes back in (SQLite: the naive UTC text db.types.UtcDateTime stores;
PostgreSQL: an aware datetime). Callers get aware datetimes or ISO 8601 strings, never either
storage form.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import Any
from uuid import UUID, SafeUUID

from sqlalchemy import Select, insert, select
from sqlalchemy.orm import Session

from db.models import Annotation, Coder

Timestamp = Callable[[Any], Any]


def fetch(session: Session, statement: Select) -> list[tuple]:
    """The rows of a Core select as plain tuples, without per-row processing: timestamps
    come back as stored (read them with `datetimes` or `iso_strings`)."""
    # Executed as a Core statement (SQLAlchemy compiles each shape of statement once and keeps
    # it: compiling it with its values written in cost 1.5 ms a call, more than one passage's
    # query), but the rows are taken from the driver's own cursor before SQLAlchemy processes
    # any: its Row objects would cost more than the query itself (100,000 rows: 0.23 s against
    # 0.46 s here).
    result = session.connection().execute(statement)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def fetch_binary(session: Session, statement: Select) -> list[tuple]:
    """As `fetch`, for rows with large binary columns: on PostgreSQL the rows come in the
    server's binary format. psycopg asks for text by default, in which a bytea travels as hex,
    twice its bytes and parsed back: a volume's 2.3 MB of word boundaries took 17-28 ms so, and
    4-7 ms in binary, on a server on the same machine."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return fetch(session, statement)
    compiled = statement.compile(dialect=connection.dialect)
    # The session's own connection, so the read is in its transaction.
    with connection.connection.driver_connection.cursor(binary=True) as cursor:
        cursor.execute(str(compiled), compiled.params)
        return cursor.fetchall()


def datetimes(session: Session) -> Timestamp:
    """Turns a timestamp as `fetch` returns it into an aware datetime in UTC."""
    if session.get_bind().dialect.name == "sqlite":
        # '2026-11-22 01:42:44.123456' (naive UTC): parsing with the offset appended is ~7x
        # faster than parsing and then replacing tzinfo.
        return lambda stored: datetime.fromisoformat(stored + "+00:00") if stored is not None else None
    return lambda value: value.astimezone(timezone.utc) if value is not None else None


def iso_strings(session: Session) -> Timestamp:
    """Turns a timestamp as `fetch` returns it into ISO 8601 to the second, '…T01:42:44+00:00'."""
    if session.get_bind().dialect.name == "sqlite":
        return lambda stored: f"{stored[:10]}T{stored[11:19]}+00:00" if stored is not None else ""
    return lambda value: (value.astimezone(timezone.utc).isoformat(timespec="seconds")
                          if value is not None else "")


def identities(session: Session) -> Callable[[Any], UUID | None]:
    """Turns a UUID as `fetch` returns it into a uuid.UUID (SQLite keeps it as 32 hex digits).
    Under 1 µs each on SQLite: uuid.UUID's own parsing (2 µs) was a tenth of a large export."""
    if session.get_bind().dialect.name == "sqlite":
        return _uuid_of_hex
    return lambda value: value


def _uuid_of_hex(stored: str | None) -> UUID | None:
    if stored is None:
        return None
    if len(stored) != 32 or not stored.isalnum():  # not SQLAlchemy's form: uuid's parsing, errors
        return UUID(stored)
    value = int(stored, 16)  # what UUID(hex=...) does with 32 digits, without its clean-up
    guid = object.__new__(UUID)
    object.__setattr__(guid, "int", value)
    object.__setattr__(guid, "is_safe", SafeUUID.unknown)
    return guid


def passage_marks(session: Session, document_id: int, before: int | None = None,
                  coders: Sequence[str] | None = None) -> list[tuple[int, int, int, int]]:
    """(id, start, end, code id) of a document's passages, in no particular order: those that
    start before `before`, if given (a first screen's); only those of the coders named, when
    `coders` is given."""
    statement = (select(Annotation.id, Annotation.start, Annotation.end, Annotation.code_id)
                 .where(Annotation.document_id == int(document_id)))
    if before is not None:
        statement = statement.where(Annotation.start < int(before))
    if coders is not None:
        statement = statement.where(Annotation.coder_id.in_(
            select(Coder.id).where(Coder.name.in_(list(coders)))))
    return fetch(session, statement)


def insert_passage(session: Session, values: dict) -> int:
    """Insert one annotation row (a tag) with a single statement; its id."""
    return session.execute(insert(Annotation).values(**values).returning(Annotation.id)).scalar_one()
