"""An open project: where it is, its database sessions, and the segmenter that knows its words.

A project is a `Location` (db.location): a file, or a database on a server. Every write is one
transaction (`write()`), which also appends what it changed to the change log (db.changes), so
that other windows on the same project reload just that.
"""

from __future__ import annotations

import functools
import random
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ParamSpec, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

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
# How often a write that conflicted with another coder's (PostgreSQL) is run again before the
# user is told; a write whose connection was lost is run again once.
CONFLICT_ATTEMPTS = 6
LOST_CONNECTION_ATTEMPTS = 2
# SQLSTATEs of integrity errors that, on a server, can come from a concurrent write by a program
# that did not wait for the write lock (db.engine; an older version of the app, a script): it
# stored the same tag, coder name or key at the same moment (unique_violation), or deleted what
# this write refers to (foreign_key_violation). Run again, the write sees it and says so.
_RACE_SQLSTATES = ("23505", "23503")


class WriteConflict(UserError):
    """A write that did not commit; nothing of it was saved. `retry` says whether running the
    whole action again is safe: the transaction never reached its commit (a conflict the server
    rolled back, a connection lost before COMMIT)."""

    def __init__(self, key: str, /, *, retry: bool, attempts: int = CONFLICT_ATTEMPTS,
                 **params: object) -> None:
        super().__init__(key, **params)
        self.retry = retry
        self.attempts = attempts


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
        # Commits made by each thread: an action is run again only if none of its own
        # transactions committed before the one that failed.
        self._local = threading.local()
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
        (migrations never run the app's own conversion code). A text written in traditional
        characters is its own traditional form and stores none (see imports.traditional_form)."""
        from annotator.text.script import Script, to_traditional

        with self.read() as session:
            missing = session.scalars(select(Document.id).where(
                Document.traditional_text == "", Document.length > 0,
                Document.script != str(Script.TRADITIONAL))).all()
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

    @property
    def commits(self) -> int:
        """How many write transactions this thread has committed on the project."""
        return getattr(self._local, "commits", 0)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One committed transaction per user action; any failure rolls all of it back.

        A failure says whether it happened before COMMIT was sent (nothing was saved, and the
        action may run again: see `retrying`) or during it (the server may or may not have
        stored it: never run again)."""
        if self.replaced:
            # Writing on would go to a deleted file (our connections still hold it) and be lost.
            raise ProjectFileError(
                "project.project_file_replaced_another_program", path=self.path
            )
        committing = False
        session = self._write_sessions()
        try:
            session.begin()
            try:
                yield session
            except BaseException:
                _roll_back(session)
                raise
            session.flush()  # the last statements before COMMIT: a failure here saved nothing
            committing = True
            session.commit()
            self._local.commits = self.commits + 1
        except IntegrityError as error:
            _roll_back(session)
            reason = _first_line(error.orig)
            if not self.is_file and getattr(error.orig, "sqlstate", None) in _RACE_SQLSTATES:
                raise WriteConflict("project.refused_project_integrity_rules", reason=reason,
                                    retry=not committing) from None
            raise UserError("project.refused_project_integrity_rules", reason=reason) from None
        except StaleDataError:
            # A row this write changes was deleted by another program since it was read.
            _roll_back(session)
            raise WriteConflict("project.another_program_changed_same_thing",
                                label=self.location.label, retry=not committing) from None
        except DBAPIError as error:
            _roll_back(session)
            raise self._translate(error, writing=True, committing=committing) from None
        finally:
            session.close()

    @property
    def is_file(self) -> bool:
        return self.location.is_file

    def _translate(self, error: DBAPIError, *, writing: bool = False, committing: bool = False) -> Exception:
        """A user's one line for what the driver's error code says; any other database error
        is a bug and is raised as it is (the window reports it as one)."""
        kind = classify(error)
        where = self.path if self.path is not None else self.location.label
        if kind == ErrorKind.DAMAGED:
            return ProjectDamaged(where, _first_line(error.orig))
        # Each message has a form that adds "nothing was saved" for a write.
        if kind == ErrorKind.BUSY and self.is_file:
            return WriteConflict("project.in_use_unsaved" if writing else "project.in_use",
                                 where=where, retry=False)
        if kind == ErrorKind.BUSY and getattr(error.orig, "sqlstate", None) == "55P03":
            # The write lock stayed taken for the whole busy timeout (a long import elsewhere).
            return WriteConflict("project.busy_unsaved" if writing else "project.busy",
                                 where=where, retry=False)
        if kind == ErrorKind.BUSY:
            # A serialization failure or deadlock: the server rolled the transaction back.
            return WriteConflict("project.conflict_unsaved" if writing else "project.conflict",
                                 where=where, retry=not committing)
        if kind == ErrorKind.READ_ONLY:
            return UserError("project.read_only_unsaved" if writing else "project.read_only",
                             where=where)
        if kind == ErrorKind.FULL:
            return UserError("project.disk_full_unsaved" if writing else "project.disk_full",
                             where=where)
        if kind == ErrorKind.CONSTRAINT:
            return UserError("project.refused_project_integrity_rules",
                             reason=_first_line(error.orig))
        if kind == ErrorKind.CONNECTION and not _never_connected(error):
            if committing:
                return WriteConflict(
                    "project.connection_server_lost_while_saving", where=where, retry=False)
            return WriteConflict(
                "project.connection_lost_unsaved" if writing else "project.connection_lost",
                where=where, retry=writing, attempts=LOST_CONNECTION_ATTEMPTS)
        if kind in (ErrorKind.CONNECTION, ErrorKind.LOGIN, ErrorKind.NO_DATABASE,
                    ErrorKind.PASSWORD_REQUIRED, ErrorKind.PERMISSION):
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


P = ParamSpec("P")
R = TypeVar("R")


def retrying(action: Callable[P, R]) -> Callable[P, R]:
    """Run a service action (its first argument the Project) again when its write failed in a
    way that saved nothing and may succeed on a second try: on a server, a conflict with another
    coder's write (a few times, after a short random pause) or a lost connection (once, on a
    fresh one). Never when the failure came during COMMIT, nor once any transaction of the
    action has committed: running it again could then do something twice."""

    @functools.wraps(action)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        project = args[0]
        assert isinstance(project, Project)
        attempt = 0
        while True:
            before = project.commits
            try:
                return action(*args, **kwargs)
            except WriteConflict as conflict:
                attempt += 1
                if not conflict.retry or attempt >= conflict.attempts or project.commits != before:
                    raise
                # Apart at random, so that two coders who collided do not collide again.
                time.sleep(random.uniform(0.0, 0.005 * 2 ** attempt))

    return run


def _roll_back(session: Session) -> None:
    try:
        session.rollback()
    except DBAPIError:
        pass  # the connection is gone: the server has rolled back already


def _never_connected(error: DBAPIError) -> bool:
    """Whether a connection error came from opening a connection (the server cannot be
    reached now) rather than from one that was open (lost mid-session)."""
    return str(error.orig).startswith("connection failed")


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
