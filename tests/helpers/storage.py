"""What a project holds, row for row, and a failure injected at a chosen write: for proving
that a compound action is one transaction (a failure at its last statement leaves nothing)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text

from annotator.project import Project
from db.models import Base

FAILURE = "injected failure"


def everything(project: Project) -> dict[str, list[tuple]]:
    """Every row of every table (the change log included), sorted: equal when nothing changed."""
    with project.engine.connect() as connection:
        return {
            table.name: sorted((tuple(row) for row in connection.execute(table.select())), key=repr)
            for table in Base.metadata.sorted_tables
        }


def contents(project: Project) -> dict[str, list[tuple]]:
    """What `everything` gives but the change log (which grows with every write, undo too)."""
    rows = everything(project)
    del rows["changes"]
    return rows


def _condition(prefix: str, **where: object) -> str:
    return " AND ".join(f"{prefix}{column} = {value!r}" for column, value in where.items())


@contextmanager
def failing_log_entry(project: Project, **where: object) -> Iterator[None]:
    """Make the change-log entry with these column values fail to be written, as if the disk
    failed there: the entry a compound action writes last, after all its other statements."""
    condition = _condition("NEW.", **where)
    with project.engine.begin() as connection:
        if project.dialect == "sqlite":
            connection.execute(text(
                f"CREATE TRIGGER injected_failure BEFORE INSERT ON changes WHEN {condition} "
                f"BEGIN SELECT RAISE(ABORT, '{FAILURE}'); END"))
        else:
            connection.execute(text(
                "CREATE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"RAISE EXCEPTION '{FAILURE}' USING ERRCODE = 'check_violation'; END $$"))
            connection.execute(text(
                f"CREATE TRIGGER injected_failure BEFORE INSERT ON changes FOR EACH ROW "
                f"WHEN ({condition}) EXECUTE FUNCTION injected_failure()"))
    try:
        yield
    finally:
        with project.engine.begin() as connection:
            if project.dialect == "sqlite":
                connection.execute(text("DROP TRIGGER injected_failure"))
            else:
                connection.execute(text("DROP TRIGGER injected_failure ON changes"))
                connection.execute(text("DROP FUNCTION injected_failure()"))


def last_log_entry_is(project: Project, **where: object) -> bool:
    """Whether the newest change-log entry has these column values."""
    with project.engine.connect() as connection:
        return bool(connection.scalar(text(
            f"SELECT count(*) FROM changes WHERE id = (SELECT max(id) FROM changes) AND "
            f"{_condition('', **where)}")))
