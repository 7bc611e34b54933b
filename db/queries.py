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
from typing import Any, NamedTuple
from uuid import UUID, SafeUUID

from sqlalchemy import Select, String, bindparam, insert, select, text
from sqlalchemy.orm import Session

from db.models import Annotation, Change, Coder
from db.types import UtcDateTime

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


class TagFacts(NamedTuple):
    """What tagging checks and shows, read in one statement under the write lock (see
    `tag_facts`): None where there is no such document, code, coder or passage."""

    title: str | None  # the document's
    length: int | None
    coder_id: int | None
    twin_id: int | None  # this coder's passage of this code on this very span, if any
    code_name: str | None
    color: str | None
    code_path: str | None  # "parent/child", from the code's parents


# One row per code from the code up to its top-level parent (root first), each with the
# document's title and length, the coder's id and the twin's; a single row with no code when
# there is no such code. Written for both dialects: SQLite and PostgreSQL both have WITH
# RECURSIVE, and the parameters are plain ints and strings.
_TAG_FACTS = text("""
WITH RECURSIVE up(id, parent_id, name, color, depth) AS (
    SELECT id, parent_id, name, color, 0 FROM codes WHERE id = :code_id
    UNION ALL
    SELECT codes.id, codes.parent_id, codes.name, codes.color, up.depth + 1
    FROM codes JOIN up ON codes.id = up.parent_id
)
SELECT d.title, d.length, w.id, twin.id, up.name, up.color
FROM (SELECT 1 AS one) AS one
LEFT JOIN documents AS d ON d.id = :document_id
LEFT JOIN coders AS w ON w.name = :coder
LEFT JOIN annotations AS twin
    ON twin.document_id = :document_id AND twin.code_id = :code_id AND twin.start = :start
    AND twin."end" = :end AND twin.coder_id = w.id
LEFT JOIN up ON 1 = 1
ORDER BY up.depth DESC
""")


def tag_facts(session: Session, document_id: int, code_id: int, coder: str, start: int,
              end: int, separator: str) -> TagFacts:
    """The document, code (with its path, names joined by `separator`), coder and twin a tag
    needs, in one round trip: on a team server it runs while the tag holds the project's write
    lock, where each round trip is one that the other coders wait for."""
    rows = session.connection().execute(_TAG_FACTS, {
        "document_id": document_id, "code_id": code_id, "coder": coder, "start": start,
        "end": end}).all()
    title, length, coder_key, twin, _name, _color = rows[0]
    code = rows[-1]  # the code itself is the deepest
    path = separator.join(row[4] for row in rows) if code[4] is not None else None
    return TagFacts(title, length, coder_key, twin, code[4], code[5], path)


# PostgreSQL: the passage and its change-log entry in one round trip (a data-modifying WITH),
# so that the write lock is held for one round trip less. The entry is written exactly as
# db.changes writes one (see `changes.entry`).
_INSERT_PASSAGE_LOGGED = text("""
WITH new AS (
    INSERT INTO annotations (uuid, document_id, code_id, coder_id, start, "end", quote, memo,
                             created_at, updated_at)
    VALUES (:uuid, :document_id, :code_id, :coder_id, :start, :end, :quote, :memo,
            :created_at, :updated_at)
    RETURNING id, document_id
)
INSERT INTO changes (at, client, coder, kind, action, entity_id, document_id)
SELECT :log_at, :log_client, :log_coder, :log_kind, :log_action, new.id, new.document_id FROM new
RETURNING entity_id
""").bindparams(
    bindparam("uuid", type_=Annotation.__table__.c.uuid.type),
    bindparam("created_at", type_=UtcDateTime()), bindparam("updated_at", type_=UtcDateTime()),
    bindparam("log_at", type_=UtcDateTime()),
    bindparam("log_client", type_=String()), bindparam("log_coder", type_=String()),
    bindparam("log_kind", type_=String()), bindparam("log_action", type_=String()),
)


def insert_passage_logged(session: Session, values: dict, entry: dict) -> int:
    """Insert one passage (every column but its id in `values`) and its change-log entry
    (`entry`, its entity id left out: the new passage's); the passage's id. One statement on
    PostgreSQL; on SQLite (no INSERT inside WITH, and no round trips to save) two."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        return connection.execute(_INSERT_PASSAGE_LOGGED, {
            **values, **{f"log_{key}": value for key, value in entry.items()}}).scalar_one()
    passage_id = connection.execute(insert(Annotation).values(**values)
                                    .returning(Annotation.id)).scalar_one()
    connection.execute(insert(Change), [{**entry, "entity_id": passage_id,
                                         "document_id": values["document_id"]}])
    return passage_id


class Tagged(NamedTuple):
    """A passage `tag_at_once` stored, with what the window shows of it."""

    id: int
    title: str  # the document's
    code_name: str
    color: str
    code_path: str
    code_id: int  # the code's (what a code given by name turned out to be)


# PostgreSQL: a whole tag in one statement. The passage is inserted only if everything the
# checked path (tag_facts, then insert_passage_logged) checks holds: the document and the code
# exist, the span lies inside the document, the coder exists and has no twin of it; its
# change-log entry is written beside it, as db.changes writes one. Nothing is written when a
# check fails (or the coder is new): the caller then takes the checked path, which says why.
# `{code}` is the code's id: a parameter, or a look-up by name in `{named}` (see
# _CODE_BY_NAME), with what else the code must satisfy in `{code_check}`; what else the
# document must satisfy is `{document_check}` (see _TITLE_STILL_NAMES_IT).
_TAG_AT_ONCE_TEMPLATE = """
WITH RECURSIVE {named}up(id, parent_id, name, depth) AS (
    SELECT id, parent_id, name, 0 FROM codes WHERE id = {code}
    UNION ALL
    SELECT codes.id, codes.parent_id, codes.name, up.depth + 1
    FROM codes JOIN up ON codes.id = up.parent_id
), target AS (
    SELECT d.id AS document_id, d.title, c.id AS code_id, c.name, c.color, w.id AS coder_id
    FROM documents AS d, codes AS c, coders AS w
    WHERE d.id = %(document_id)s AND c.id = {code} AND w.name = %(coder)s
      AND 0 <= %(start)s AND %(start)s < %(end)s AND %(end)s <= d.length{code_check}{document_check}
      AND NOT EXISTS (
          SELECT FROM annotations AS twin
          WHERE twin.document_id = d.id AND twin.code_id = c.id AND twin.start = %(start)s
            AND twin."end" = %(end)s AND twin.coder_id = w.id)
), new AS (
    INSERT INTO annotations (uuid, document_id, code_id, coder_id, start, "end", quote, memo,
                             created_at, updated_at)
    SELECT %(uuid)s, document_id, code_id, coder_id, %(start)s, %(end)s, %(quote)s, %(memo)s,
           %(created_at)s, %(updated_at)s
    FROM target
    RETURNING id, document_id
), logged AS (
    INSERT INTO changes (at, client, coder, kind, action, entity_id, document_id)
    SELECT %(log_at)s, %(log_client)s, %(log_coder)s, %(log_kind)s, %(log_action)s, new.id,
           new.document_id
    FROM new
)
SELECT new.id, target.title, target.name, target.color,
       (SELECT string_agg(up.name, %(separator)s ORDER BY up.depth DESC) FROM up),
       target.code_id
FROM new, target
"""

# A code given by name or path, as annotator.services.codes.resolve_code reads one, resolved in
# the statement itself, under the write lock: no round trip to look it up first, and nothing
# to go stale between a look-up and the write (a code renamed or deleted meanwhile is simply not
# found). Only when exactly one code has the last name (of several, resolve_code on the checked
# path takes the one the path fits, or refuses the name listing their paths), and only if its
# parents, read upwards, are the path's other names: the names from the code up, as many as the
# path has, root first, are the path.
_CODE_BY_NAME = {
    "named": """code(id) AS (
    SELECT min(id) FROM codes WHERE name = %(code_name)s HAVING count(*) = 1
), """,
    "code": "(SELECT id FROM code)",
    "code_check": """
      AND ARRAY(SELECT up.name::text FROM up WHERE up.depth < cardinality(%(code_path)s::text[])
                ORDER BY up.depth DESC) = %(code_path)s::text[]""",
}
_CODE_BY_ID = {"named": "", "code": "%(code_id)s", "code_check": ""}

# A document given by title was looked up before the lock (its id, to read its text, which a
# passage quotes, from the cache): under the lock the title must still be its, and its alone,
# as resolve_document would find it there. Otherwise nothing is stored and the checked path
# resolves the title again, under the lock.
_TITLE_STILL_NAMES_IT = """
      AND d.title = %(title)s
      AND NOT EXISTS (SELECT FROM documents AS other WHERE other.title = %(title)s
                                                       AND other.id <> d.id)"""

# By (code by name, document by title).
_TAG_STATEMENTS = {
    (by_name, by_title): _TAG_AT_ONCE_TEMPLATE.format(
        **(_CODE_BY_NAME if by_name else _CODE_BY_ID),
        document_check=_TITLE_STILL_NAMES_IT if by_title else "")
    for by_name in (False, True) for by_title in (False, True)
}
_TAG_AT_ONCE = _TAG_STATEMENTS[False, False]  # the window's


def tag_at_once(session: Session, values: dict, entry: dict, coder: str,
                separator: str, code_path: Sequence[str] | None = None,
                title: str | None = None) -> Tagged | None:
    """On a server, in ONE round trip: take the write lock, then insert the passage of
    `values` with its change-log `entry` if every check holds (see _TAG_AT_ONCE); None when
    nothing was stored. The code is values["code_id"], or, given `code_path` (a name, or the
    names of a path, root first, as resolve_code splits one), the one code of that name and
    path, if there is exactly one (see _CODE_BY_NAME): the id is then Tagged.code_id. Given
    `title`, the document (values["document_id"]) must still be the one document so titled.
    The session's transaction must not have begun (its first statements are these), and it
    holds the lock from here to its end, as any writer's.

    Why: a coder's tag waits for the tags of the others ahead of it, each as long as it holds
    the lock, and on a server every round trip under it was one more wait for a client to be
    given a core again (eight coders and their eight server processes on two cores). Sent as
    one pipeline, the lock's statement, this one and their BEGIN reach the server together,
    and it runs this one as soon as the lock is granted: no client is waited for until COMMIT.
    (It is still two statements: one statement that took the lock and read would read what
    was committed before the lock was granted, and miss the last holder's write.)"""
    import psycopg  # only a team project gets here
    from sqlalchemy.exc import DBAPIError

    from db.engine import LOCKS_ITSELF_OPTION, write_lock_statement

    connection = session.connection(execution_options={LOCKS_ITSELF_OPTION: True})
    driver = connection.connection.driver_connection
    parameters = {**values, **{f"log_{key}": value for key, value in entry.items()},
                  "coder": coder, "separator": separator}
    if code_path is not None:
        parameters.update(code_name=code_path[-1], code_path=list(code_path))
    if title is not None:
        parameters["title"] = title
    statement = _TAG_STATEMENTS[code_path is not None, title is not None]
    try:
        if psycopg.Pipeline.is_supported():
            with driver.pipeline():
                driver.execute(write_lock_statement())
                cursor = driver.execute(statement, parameters)
        else:  # a libpq older than 14 has no pipeline mode: the same, in two round trips
            driver.execute(write_lock_statement())
            cursor = driver.execute(statement, parameters)
        row = cursor.fetchone()
    except psycopg.Error as error:
        # As SQLAlchemy would have raised it, for Project.write's one line (busy, lost, ...).
        if driver.broken:
            connection.invalidate()
        raise DBAPIError.instance(statement, parameters, error, psycopg.Error,
                                  connection_invalidated=driver.broken) from None
    return Tagged(*row) if row is not None else None
