"""Parallel passages across the project's documents, and two passages compared side by side.

Each document's parallel index (annotator.text.shingles.ShingleIndex) is built from its folded
text at import and stored with it, in the same transaction (services/imports.py). A document
without one, or with one of another format, gets it when parallel passages are first asked
for: `ensure_indexes` builds the missing ones outside the write lock and stores them in one
write. That covers a project upgraded to schema 0004 (a migration runs no application code),
documents that came in by another way (a REFI-QDA project, a copy), and a new index format or
variant table (INDEX_FORMAT names both).

An open project keeps the indexes it has loaded (zero-copy views of the stored bytes) with the
documents' sentence boundaries: an imported text never changes, so neither do they. A query
reads only the passage's folded text and, for its results, their stored text.

`compare` collates two ranges (annotator.text.collation) on their folded texts, so 國 and 国
are the same character, and returns the segments at stored offsets of each document, for a
view that marks the differences on the text shown.
"""

from __future__ import annotations

import functools
import hashlib
import threading
import weakref
from array import array
from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from annotator.domain import CollationSegment, ComparedPassage, Comparison, ParallelResult
from annotator.errors import UserError
from annotator.project import Project
from annotator.services.documents import resolve_document
from annotator.text import parallels as pure
from annotator.text.boundaries import decode_boundaries
from annotator.text.collation import collate
from annotator.text.shingles import FORMAT_VERSION, ShingleIndex
from annotator.text.variants import load_variants
from db.models import Document, ParallelIndex, Segmentation

LIMIT = pure.LIMIT
# Collation takes time quadratic in the worst case (annotator.text.collation): longer ranges
# are refused rather than left to run for minutes.
MAX_COMPARED_CHARACTERS = 20_000


@functools.cache
def index_format() -> str:
    """What an index is built by: the index format and the variant table it folds with (an
    index built with another table compares those characters the old way)."""
    table = "".join(f"{variant}{canonical}" for variant, canonical in sorted(load_variants().items()))
    return f"{FORMAT_VERSION}/variants-{hashlib.sha256(table.encode('utf-8')).hexdigest()[:12]}"


def build_index(folded_text: str) -> bytes:
    """The stored form of a document's parallel index, from its folded text."""
    return ShingleIndex.build(folded_text).to_bytes()


# -- stored indexes ----------------------------------------------------------------------------

class _Loaded(NamedTuple):
    format: str
    index: ShingleIndex
    sentences: array


class _Cache:
    """One open project's loaded indexes, by document id."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.documents: dict[int, _Loaded] = {}


_caches: weakref.WeakKeyDictionary[Project, _Cache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def _cache(project: Project) -> _Cache:
    with _caches_lock:
        cache = _caches.get(project)
        if cache is None:
            cache = _caches[project] = _Cache()
        return cache


def _outdated(session: Session) -> list[int]:
    """Documents with no index, or one of another format."""
    return list(session.scalars(
        select(Document.id)
        .outerjoin(ParallelIndex, ParallelIndex.document_id == Document.id)
        .where(or_(ParallelIndex.document_id.is_(None), ParallelIndex.format != index_format()))
        .order_by(Document.id)
    ))


def ensure_indexes(project: Project) -> list[int]:
    """Build and store the parallel index of every document that lacks one (or has one of
    another format), in one write; return their ids. Cheap when none is missing."""
    with project.read() as session:
        missing = _outdated(session)
    if not missing:
        return []
    built: dict[int, bytes] = {}
    for document_id in missing:
        with project.read() as session:
            folded = session.scalar(select(Document.folded_text).where(Document.id == document_id))
        if folded is not None:  # deleted meanwhile otherwise
            built[document_id] = build_index(folded)
    wanted = index_format()
    with project.write() as session:
        # Another program may have built some meanwhile, or deleted their documents.
        still = set(_outdated(session))
        for document_id, data in built.items():
            if document_id not in still:
                continue
            stored = session.get(ParallelIndex, document_id)
            if stored is None:
                session.add(ParallelIndex(document_id=document_id, format=wanted, data=data))
            else:
                stored.format, stored.data = wanted, data
    return sorted(set(built) & still)


def _loaded(project: Project, document_ids: Iterable[int] | None = None) -> dict[int, _Loaded]:
    """The indexes (and sentence boundaries) of the given documents (all when None), loading
    those this open project has not loaded yet."""
    wanted = None if document_ids is None else set(document_ids)
    with project.read() as session:
        statement = select(ParallelIndex.document_id, ParallelIndex.format)
        stored = {row.document_id: row.format for row in session.execute(statement)
                  if wanted is None or row.document_id in wanted}
    cache = _cache(project)
    with cache.lock:
        have = cache.documents
        for gone in [key for key in have if key not in stored and wanted is None]:
            del have[gone]  # deleted documents
        to_load = [key for key, stored_format in stored.items()
                   if key not in have or have[key].format != stored_format]
        for document_id in to_load:
            with project.read() as session:
                row = session.execute(
                    select(ParallelIndex.format, ParallelIndex.data, Segmentation.sentence_boundaries)
                    .join(Segmentation, Segmentation.document_id == ParallelIndex.document_id)
                    .where(ParallelIndex.document_id == document_id)
                ).first()
            if row is None:  # deleted meanwhile
                continue
            have[document_id] = _Loaded(row.format, ShingleIndex.from_bytes(row.data),
                                        decode_boundaries(row.sentence_boundaries))
        return {key: have[key] for key in stored if key in have}


def preload(project: Project) -> int:
    """Build the missing indexes and load every document's, so that the next query reads only
    its passage (reading ten volumes' indexes takes about 0.15 s: a window can do it in the
    background once a project is open). Returns how many documents' indexes are loaded."""
    ensure_indexes(project)
    return len(_loaded(project))


# -- finding -----------------------------------------------------------------------------------

def _range(session: Session, reference: str | int, start: int, end: int) -> Document:
    document = resolve_document(session, reference)
    if not (0 <= start < end <= document.length):
        raise UserError(
            "documents.range_outside", start=start, end=end, title=document.title,
            length=document.length
        )
    return document


def _slice(session: Session, column: object, document_id: int, start: int, end: int) -> str:
    """[start, end) of a stored text column, cut by the database (both count characters), so
    that a volume is not read for a sentence."""
    return session.scalar(
        select(func.substr(column, start + 1, end - start)).where(Document.id == document_id)
    ) or ""


def find_parallels(
    project: Project,
    document: str | int,
    start: int,
    end: int,
    *,
    limit: int = LIMIT,
    document_ids: Iterable[int] | None = None,
) -> list[ParallelResult]:
    """The passages that tell what [start, end) of ``document`` tells, best first: whole
    sentences of other documents, or of its own beside the range (never the range itself).
    ``document_ids`` limits the search to some documents (all when None)."""
    if limit <= 0:
        raise UserError("parallels.number_parallel_passages_find_must")
    with project.read() as session:
        source = _range(session, document, start, end)
        source_id = source.id
        query = _slice(session, Document.folded_text, source_id, start, end)
    ensure_indexes(project)
    loaded = _loaded(project, document_ids)
    matches = pure.find_parallels(
        query,
        {key: value.index for key, value in loaded.items()},
        sentences={key: value.sentences for key, value in loaded.items()},
        exclude=(source_id, start, end),
        limit=limit,
    )
    results = []
    with project.read() as session:
        titles = dict(session.execute(
            select(Document.id, Document.title).where(Document.id.in_({m.document_id for m in matches}))
        ).all()) if matches else {}
        for match in matches:
            text = _slice(session, Document.text, match.document_id, match.start, match.end)
            results.append(ParallelResult(match.document_id, titles[match.document_id], match.start,
                                          match.end, match.score, text))
    return results


# -- comparing ---------------------------------------------------------------------------------

Range = tuple[str | int, int, int]


def compare(project: Project, a: Range, b: Range, *, ignore_punctuation: bool = False) -> Comparison:
    """Two ranges (document, start, end) compared character by character on their folded
    texts; the segments are at stored offsets of each document. With ``ignore_punctuation``,
    punctuation and spacing are never marked (a modern edition's are the editor's)."""
    passages, folded = [], []
    with project.read() as session:
        for reference, start, end in (a, b):
            document = _range(session, reference, start, end)
            if end - start > MAX_COMPARED_CHARACTERS:
                raise UserError("parallels.characters_too_many_compare_compare",
                                length=end - start, limit=MAX_COMPARED_CHARACTERS)
            text = _slice(session, Document.text, document.id, start, end)
            passages.append(ComparedPassage(document.id, document.title, start, end, text))
            folded.append(_slice(session, Document.folded_text, document.id, start, end))
    first, second = passages
    segments = tuple(
        CollationSegment(str(segment.kind), first.start + segment.a_start, first.start + segment.a_end,
                         second.start + segment.b_start, second.start + segment.b_end)
        for segment in collate(folded[0], folded[1], ignore_punctuation=ignore_punctuation)
    )
    return Comparison(first, second, segments)
