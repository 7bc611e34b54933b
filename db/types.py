"""Column types shared by every table: UTC timestamps that are always timezone-aware in Python.

SQLite has no time zones: it keeps the naive UTC text it always kept ('2026-11-22
01:42:44.123456'), so files written before this type existed read the same. PostgreSQL keeps
`timestamp with time zone`. Either way a value comes back as an aware datetime in UTC, and a
naive one is refused on the way in: a timestamp whose zone is unknown is a bug, not data.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"a timestamp without a time zone cannot be stored: {value!r}")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)
