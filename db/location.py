"""Where a project lives: a file on this computer (SQLite) or a database on a server.

Everything above `db/` names a project by its `Location`, never by a file path: the window's
title, the settings keys and recent projects, the messages. A location is written as a file path
or as a SQLAlchemy URL (`postgresql+psycopg://user@host:5432/database`); a password in a URL is
never kept in the location's key or shown in its label (it comes from PGPASSWORD, ~/.pgpass or a
prompt), so neither can leak into settings, titles, logs or error messages.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from db.errors import ProjectFileError

# "scheme://" or "scheme+driver://": anything else is a file name, whatever it contains.
_URL_START = re.compile(r"^[A-Za-z][A-Za-z0-9]*(\+[A-Za-z0-9_]+)?://")
SERVER_DIALECTS = ("postgresql",)


@dataclass(frozen=True)
class Location:
    """A project file (`path`) or a project on a database server (`url`, without password)."""

    path: Path | None = None
    url: URL | None = None
    # Given in the URL by the user: used to connect, never part of the key, label or repr.
    password: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def parse(cls, value: str | os.PathLike[str] | Location) -> Location:
        if isinstance(value, Location):
            return value
        if isinstance(value, os.PathLike):
            return cls(path=Path(value).expanduser())
        text = str(value)
        if not text.strip():
            raise ProjectFileError("db.location.project_path_empty_give_file")
        if not _URL_START.match(text):
            return cls(path=Path(text).expanduser())
        try:
            url = make_url(text)
        except ArgumentError:
            raise ProjectFileError("db.location.not_database_url", text=_hide_password(text)) from None
        if url.get_backend_name() == "sqlite":
            if not url.database:
                raise ProjectFileError("db.location.sqlite_url_needs_file_name")
            return cls(path=Path(url.database).expanduser())
        if url.get_backend_name() not in SERVER_DIALECTS:
            raise ProjectFileError(
                "db.location.servers_not_supported_use_file", backend=url.get_backend_name())
        if url.get_backend_name() == "postgresql" and url.get_driver_name() != "psycopg":
            url = url.set(drivername="postgresql+psycopg")
        if not url.database:
            raise ProjectFileError("db.location.names_no_database",
                                   url=url.render_as_string(hide_password=True))
        # Kept apart from the URL: usually the driver finds it in PGPASSWORD or ~/.pgpass, or
        # the window asks for it; a password typed into the URL is used but never shown.
        password = url.password if isinstance(url.password, str) else None
        # Not url.set(password=None): set() takes None for "leave as it is".
        return cls(url=url._replace(password=None), password=password)

    def with_password(self, password: str | None) -> Location:
        return Location(self.path, self.url, password)

    @property
    def connect_url(self) -> URL:
        """The URL the driver connects with (the only place a password may appear)."""
        if self.path is not None:
            # Built from the path's parts: `?`, `%41` or `#` in a file name are not URL syntax.
            return URL.create("sqlite", database=str(self.path))
        assert self.url is not None
        return self.url.set(password=self.password) if self.password else self.url

    @property
    def is_file(self) -> bool:
        return self.path is not None

    @property
    def dialect(self) -> str:
        return "sqlite" if self.path is not None else self.url.get_backend_name()  # type: ignore[union-attr]

    @property
    def key(self) -> str:
        """A stable string for settings and recent lists: the real file, or the URL (no password)."""
        if self.path is not None:
            return str(self.path.resolve())
        return self.url.render_as_string(hide_password=False)  # type: ignore[union-attr]

    @property
    def label(self) -> str:
        """What a user sees: the file name, or "database on host"."""
        if self.path is not None:
            return self.path.name
        url = self.url
        assert url is not None
        host = url.host or "localhost"
        return f"{url.database} on {host}" + (f":{url.port}" if url.port else "")

    def __str__(self) -> str:
        return str(self.path) if self.path is not None else self.key

    def exists(self) -> bool | None:
        """Whether a project file exists (None for a server: only connecting can tell)."""
        return self.path.exists() if self.path is not None else None


def _hide_password(text: str) -> str:
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", text)
