"""The project's own dictionary words, re-segmentation, and snapping ranges to boundaries."""

from __future__ import annotations

from typing import Literal

from sqlalchemy import select

from annotator.errors import UserError
from annotator.project import Project
from annotator.services.documents import load_boundaries
from annotator.services.imports import PRESEGMENTED_METHOD, segment_folded
from annotator.text.boundaries import encode_boundaries, snap_range
from annotator.text.script import fold
from db.models import DictionaryWord, Document, Segmentation, utc_now

Unit = Literal["word", "sentence"]


def dictionary_words(project: Project) -> list[str]:
    with project.read() as session:
        return list(session.scalars(select(DictionaryWord.word).order_by(DictionaryWord.word)))


def add_dictionary_word(project: Project, word: str) -> list[int]:
    """Teach the segmenter a word and re-segment the documents that contain it (in either
    script); return their ids. Pre-segmented documents keep their source's boundaries."""
    word = word.strip()
    if not word or any(character.isspace() for character in word):
        raise UserError("a dictionary word must be non-empty and contain no spaces")
    segmenter = project.segmenter
    folded_word = fold(word)
    with project.write() as session:
        if session.scalar(select(DictionaryWord.id).where(DictionaryWord.word == word)):
            raise UserError(f"“{word}” is already in the project's dictionary")
        session.add(DictionaryWord(word=word))
        segmenter.add_word(word)
        if folded_word != word:
            segmenter.add_word(folded_word)
        affected = session.execute(
            select(Document.id, Document.folded_text)
            .join(Segmentation, Segmentation.document_id == Document.id)
            .where(Document.folded_text.contains(folded_word, autoescape=True))
            .where(Segmentation.method != PRESEGMENTED_METHOD)
        ).all()
        for document_id, folded_text in affected:
            segmentation = session.get(Segmentation, document_id)
            words = segment_folded(segmenter, folded_text)
            segmentation.word_boundaries = encode_boundaries(words)
            segmentation.method = segmenter.method
            segmentation.created_at = utc_now()
    return [document_id for document_id, _ in affected]


def snap(project: Project, document_id: int, start: int, end: int, unit: Unit = "word") -> tuple[int, int]:
    """Widen [start, end) outward to whole words or whole sentences."""
    boundaries = load_boundaries(project, document_id)
    offsets = boundaries.words if unit == "word" else boundaries.sentences
    if not (0 <= start <= end <= offsets[-1]):
        raise UserError(f"the range {start}-{end} is outside the document (0-{offsets[-1]})")
    return snap_range(offsets, start, end)
