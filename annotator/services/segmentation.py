"""The project's own dictionary words, re-segmentation, and snapping ranges to boundaries."""

from __future__ import annotations

from typing import Literal

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from annotator.errors import UserError
from annotator.project import Project, project_segmenter
from annotator.services.documents import load_boundaries
from annotator.services.imports import PRESEGMENTED_METHOD, segment_folded
from annotator.text.boundaries import encode_boundaries, snap_range
from annotator.text.script import fold
from db.models import DictionaryWord, Document, Segmentation, utc_now

Unit = Literal["word", "sentence"]

# Another program may add a word while we segment; we then start over with its word too.
# After this many tries the user is asked to try again.
ADD_WORD_ATTEMPTS = 5


def dictionary_words(project: Project) -> list[str]:
    with project.read() as session:
        return list(session.scalars(select(DictionaryWord.word).order_by(DictionaryWord.word)))


def add_dictionary_word(project: Project, word: str) -> list[int]:
    """Teach the segmenter a word and re-segment the documents that contain it (in either
    script); return their ids. Pre-segmented documents keep their source's boundaries.

    The documents are segmented first, by a new segmenter that knows the stored words and
    this one, without holding the write lock; one transaction then stores the word and the
    boundaries if the dictionary and the affected documents are still those segmented for
    (else it writes nothing and starts over); only then does the project use the new
    segmenter. If the write fails, the project and its segmenter are as they were.
    """
    word = word.strip()
    if not word or any(character.isspace() for character in word):
        raise UserError("segmentation.dictionary_word_must_non_empty")
    folded_word = fold(word)
    for _ in range(ADD_WORD_ATTEMPTS):
        with project.read() as session:  # one snapshot of the words and the documents
            known = _stored_words(session)
            affected = session.execute(_affected(folded_word, Document.folded_text)).all()
        if word in known:
            raise UserError("segmentation.already_project_dictionary", word=word)
        segmenter = project_segmenter([*known, word])
        try:
            boundaries = {
                document_id: encode_boundaries(segment_folded(segmenter, folded_text))
                for document_id, folded_text in affected
            }
            stored = _store(project, word, known, boundaries, segmenter.method)
        except BaseException:
            segmenter.close()
            raise
        if stored:
            project.use_segmenter(segmenter)
            return sorted(boundaries)
        segmenter.close()
    raise UserError(
        "segmentation.project_kept_changing_while_being", word=word
    )


def _store(
    project: Project, word: str, known: tuple[str, ...], boundaries: dict[int, bytes],
    method: str,
) -> bool:
    """Store ``word`` and the documents' new ``boundaries`` unless, since they were worked
    out, the dictionary changed or other documents came to contain the word: then write
    nothing and return False."""
    with project.write() as session:
        if _stored_words(session) != known:
            return False
        if set(session.scalars(_affected(fold(word)))) != set(boundaries):
            return False
        session.add(DictionaryWord(word=word))
        for document_id, encoded in boundaries.items():
            segmentation = session.get(Segmentation, document_id)
            segmentation.word_boundaries = encoded
            segmentation.method = method
            segmentation.created_at = utc_now()
    return True


def _stored_words(session: Session) -> tuple[str, ...]:
    """The project's words in the order they were added, the order the segmenter takes."""
    return tuple(session.scalars(select(DictionaryWord.word).order_by(DictionaryWord.id)))


def _affected(folded_word: str, *columns: object) -> Select:
    """The ids (and ``columns``) of the documents a new word re-segments: those whose folded
    text contains it, except pre-segmented ones."""
    return (
        select(Document.id, *columns)
        .join(Segmentation, Segmentation.document_id == Document.id)
        .where(Document.folded_text.contains(folded_word, autoescape=True))
        .where(Segmentation.method != PRESEGMENTED_METHOD)
        .order_by(Document.id)
    )


def snap(project: Project, document_id: int, start: int, end: int, unit: Unit = "word") -> tuple[int, int]:
    """Widen [start, end) outward to whole words or whole sentences."""
    boundaries = load_boundaries(project, document_id)
    offsets = boundaries.words if unit == "word" else boundaries.sentences
    if not (0 <= start <= end <= offsets[-1]):
        raise UserError("segmentation.range_outside_document_0", start=start, end=end,
                        length=offsets[-1])
    return snap_range(offsets, start, end)
