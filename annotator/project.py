"""An open project: its file, its database sessions, and the segmenter that knows its words."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from annotator import paths
from annotator.errors import UserError
from annotator.text.segment import Segmenter
from db.errors import ProjectDamaged, ProjectFileError, is_damage
from db.migrate import open_project_engine
from db.engine import make_session_factory, write_engine
from db.models import DictionaryWord, Document
from db.presence import Presence

TEXT_CACHE_DOCUMENTS = 4


class Project:
    """A project file opened (and upgraded if needed) for reading and writing."""

    def __init__(self, path: Path, *, create: bool = True) -> None:
        self.path = Path(path)
        self.engine, self.upgrade_backup = open_project_engine(self.path, create=create)
        # Held while the project is open, so that a restore elsewhere cannot replace the file
        # under us (db.presence); the file's identity tells us if something replaced it anyway.
        self._presence = Presence(self.path)
        self._identity = _file_identity(self.path)
        self._sessions = make_session_factory(self.engine)
        # Same pool; each write transaction begins with BEGIN IMMEDIATE (see db.engine).
        self._write_sessions = make_session_factory(write_engine(self.engine))
        self._segmenter: Segmenter | None = None
        self._segmenter_lock = threading.Lock()
        # Imported texts never change (a trigger forbids it), so they can be kept: tagging
        # quotes from the text, and reading a megabyte from SQLite per tag is what would cost.
        self._texts: OrderedDict[int, str] = OrderedDict()
        self._texts_lock = threading.Lock()

    def close(self) -> None:
        if self._segmenter is not None:
            self._segmenter.close()  # its worker processes, if it started any
        self.engine.dispose()
        self._presence.release()

    @property
    def replaced(self) -> bool:
        """Whether the file at our path is no longer the one we opened (restored, moved)."""
        return _file_identity(self.path) != self._identity

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except DatabaseError as error:
            if is_damage(error):
                raise ProjectDamaged(self.path, str(error.orig)) from None
            raise

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
        except OperationalError as error:
            raise UserError(self._explain(error)) from None
        except IntegrityError as error:
            raise UserError(f"refused by the project's integrity rules: {error.orig}") from None
        except DatabaseError as error:
            if is_damage(error):
                raise ProjectDamaged(self.path, str(error.orig)) from None
            raise

    def _explain(self, error: OperationalError) -> str:
        message = str(error.orig)
        if "locked" in message or "busy" in message:
            return f"{self.path}: the project is in use by another program; try again in a moment"
        if "readonly" in message:
            return f"{self.path}: the project file or its folder is read-only; nothing was saved"
        if "disk is full" in message or "disk I/O" in message:
            return f"{self.path}: the disk is full or failing; nothing was saved"
        return f"{self.path}: the project could not be written ({message})"

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


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino
