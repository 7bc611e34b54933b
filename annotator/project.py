"""An open project: where it is, its database sessions, and the segmenter that knows its words.

A project is a `Location` (db.location): a file, or a database on a server. Every write is one
transaction (`write()`), which also appends what it changed to the change log (db.changes), so
that other windows on the same project reload just that.
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from annotator import paths
from annotator.errors import UserError
from annotator.text.segment import Segmenter
from db.changes import track_changes
from db.engine import make_session_factory, write_engine
from db.errors import ErrorKind, ProjectDamaged, ProjectFileError, classify
from db.location import Location
from db.migrate import open_project_engine, unreachable
from db.models import DictionaryWord, Document
from db.presence import Presence

TEXT_CACHE_DOCUMENTS = 4


class Project:
    """A project opened (created or upgraded if needed) for reading and writing."""

    def __init__(self, location: Location | Path | str, *, create: bool = True) -> None:
        self.location = Location.parse(location)
        opened = open_project_engine(self.location, create=create)
        self.engine = opened.engine
        self.created = opened.created
        self.upgrade_backup = opened.upgrade_backup
        self.upgraded_from = opened.upgraded_from
        # This program's writes, as the change log names them: a window skips its own.
        self.client_id = str(uuid.uuid4())
        # Who is recorded in the change log for writes that name no coder (code edits).
        self.coder = ""
        # Held while a project file is open, so that a restore elsewhere cannot replace it
        # under us (db.presence); the file's identity tells us if something replaced it anyway.
        self._presence = Presence(self.path) if self.path is not None else None
        self._identity = _file_identity(self.path) if self.path is not None else None
        self._sessions = make_session_factory(self.engine)
        # Same pool; on SQLite each write transaction begins with BEGIN IMMEDIATE (db.engine).
        self._write_sessions = make_session_factory(write_engine(self.engine))
        track_changes(self._write_sessions, self)
        self._segmenter: Segmenter | None = None
        self._segmenter_lock = threading.Lock()
        # Imported texts never change (a trigger forbids it), so they can be kept: tagging
        # quotes from the text, and reading a megabyte per tag is what would cost.
        self._texts: OrderedDict[int, str] = OrderedDict()
        self._texts_lock = threading.Lock()
        if self.upgraded_from is not None:
            self._fill_missing_forms()

    def _fill_missing_forms(self) -> None:
        """Store the traditional form of documents that an upgrade left without one
        (migrations never run the app's own conversion code)."""
        from annotator.text.script import to_traditional

        with self.read() as session:
            missing = session.scalars(select(Document.id).where(
                Document.traditional_text == "", Document.length > 0)).all()
        for document_id in missing:
            with self.write() as session:
                document = session.get(Document, document_id)
                if document is not None and not document.traditional_text:
                    document.traditional_text = to_traditional(document.text)

    @property
    def path(self) -> Path | None:
        """The project file (None for a project on a server)."""
        return self.location.path

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        if self._segmenter is not None:
            self._segmenter.close()  # its worker processes, if it started any
        self.engine.dispose()
        if self._presence is not None:
            self._presence.release()

    @property
    def replaced(self) -> bool:
        """Whether the file at our path is no longer the one we opened (restored, moved)."""
        return self.path is not None and _file_identity(self.path) != self._identity

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except DBAPIError as error:
            raise self._translate(error) from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One committed transaction per user action; any failure rolls all of it back."""
        if self.replaced:
            # Writing on would go to a deleted file (our connections still hold it) and be lost.
            raise ProjectFileError(
                f"{self.path}: the project file was replaced by another program (restored from "
                "a backup?); nothing was saved: open the project again"
            )
        try:
            with self._write_sessions.begin() as session:
                yield session
        except IntegrityError as error:
            raise UserError(f"refused by the project's integrity rules: {_first_line(error.orig)}") from None
        except DBAPIError as error:
            raise self._translate(error, writing=True) from None

    def _translate(self, error: DBAPIError, *, writing: bool = False) -> Exception:
        """A user's one line for what the driver's error code says; any other database error
        is a bug and is raised as it is (the window reports it as one)."""
        kind = classify(error)
        where = self.path if self.path is not None else self.location.label
        unsaved = "; nothing was saved" if writing else ""
        if kind == ErrorKind.DAMAGED:
            return ProjectDamaged(where, _first_line(error.orig))
        if kind == ErrorKind.BUSY:
            return UserError(f"{where}: the project is in use by another program; try again in a moment{unsaved}")
        if kind == ErrorKind.READ_ONLY:
            return UserError(f"{where}: the project or its folder is read-only{unsaved}")
        if kind == ErrorKind.FULL:
            return UserError(f"{where}: the disk is full or failing{unsaved}")
        if kind == ErrorKind.CONSTRAINT:
            return UserError(f"refused by the project's integrity rules: {_first_line(error.orig)}")
        if kind in (ErrorKind.CONNECTION, ErrorKind.LOGIN, ErrorKind.NO_DATABASE):
            return unreachable(self.location, error)
        return error

    def stored_text(self, document_id: int) -> str | None:
        """A document's stored text (None if there is no such document), from a small cache."""
        with self._texts_lock:
            if document_id in self._texts:
                self._texts.move_to_end(document_id)
                return self._texts[document_id]
        with self.read() as session:
            text = session.scalar(select(Document.text).where(Document.id == document_id))
        if text is not None:
            with self._texts_lock:
                self._texts[document_id] = text
                while len(self._texts) > TEXT_CACHE_DOCUMENTS:
                    self._texts.popitem(last=False)
        return text

    def forget_text(self, document_id: int) -> None:
        with self._texts_lock:
            self._texts.pop(document_id, None)

    @property
    def segmenter(self) -> Segmenter:
        """The project's segmenter: shipped dictionaries plus the project's own words."""
        with self._segmenter_lock:
            if self._segmenter is None:
                with self.read() as session:
                    # In the order they were added: jieba's result depends on it a little.
                    words = session.scalars(
                        select(DictionaryWord.word).order_by(DictionaryWord.id)
                    ).all()
                self._segmenter = project_segmenter(words)
            return self._segmenter

    def use_segmenter(self, segmenter: Segmenter) -> None:
        """Make ``segmenter`` the project's, once its words are stored, and stop the worker
        processes of the one it replaces (an import still using that one segments on in
        its own process)."""
        with self._segmenter_lock:
            old, self._segmenter = self._segmenter, segmenter
        if old is not None and old is not segmenter:
            old.close()


def project_segmenter(words: Iterable[str]) -> Segmenter:
    """A segmenter for a project whose dictionary holds ``words``, in the order added."""
    return Segmenter(cache_dir=paths.cache_dir(), extra_words=words)


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino
