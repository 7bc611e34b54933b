"""The timeline: every date of every document on one time axis, and the coded passages they date.

Dates are found by annotator.text.dates on each document's stored and folded text, with their
ISO 8601 normalisation, precision and calendar, and the user's entity corrections honoured (a
text rejected, or given another kind, is no date; so is a mention rejected in its document, or
one overlapping an entity the user added there of another kind). A date added by hand has no
normalised form and is not on the axis.

A coded passage is dated by the dates it contains (any part of them inside it), or, if it
contains none, by the nearest date in its own sentences or in the sentence before them
("1949年12月16日，毛泽东抵达莫斯科。" dates a passage on 毛泽东抵达莫斯科), the one before it
when two are as near; only dates with a normalised form count. Passages with no such date are
not on the timeline. Sentences are the stored sentence boundaries.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from sqlalchemy import select

from annotator.domain import DatedPassage, Passage, PassageFilter, Timeline, TimelineDate
from annotator.errors import UserError
from annotator.project import Project
from annotator.services.annotations import list_passages
from annotator.services.documents import load_boundaries
from annotator.services.entities import document_corrections
from annotator.text.dates import find_dates
from annotator.text.entities import DATE
from db.models import Document


def document_dates(project: Project, document_id: int) -> list[TimelineDate]:
    """The date mentions of one document in order, corrections applied."""
    with project.read() as session:
        row = session.execute(
            select(Document.title, Document.folded_text).where(Document.id == document_id)
        ).first()
        if row is None:
            raise UserError("documents.no_such_id", document_id=document_id)
        corrections = document_corrections(session, document_id)
    text = project.stored_text(document_id) or ""
    title, folded = row
    others = sorted((start, end) for start, end, kind in corrections.added if kind != DATE)
    dates = []
    for mention in find_dates(text, folded):
        corrected = corrections.kinds.get(folded[mention.start:mention.end])
        if corrected is not None and corrected != DATE:
            continue
        if (mention.start, mention.end) in corrections.rejected:
            continue
        if _overlaps(others, mention.start, mention.end):
            continue
        dates.append(TimelineDate(document_id, title, mention.start, mention.end, mention.text,
                                  mention.normalized, mention.precision, mention.calendar,
                                  mention.era, mention.julian))
    return dates


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    # Added spans may overlap each other, so look at every one starting before ``end``.
    return any(other_end > start for _, other_end in spans[:bisect.bisect_left(spans, (end,))])


def timeline(project: Project, document_ids: Iterable[int] = ()) -> Timeline:
    """The dates of the documents (all when none are given) and their dated passages."""
    with project.read() as session:
        statement = select(Document.id).order_by(Document.id)
        wanted = tuple(document_ids)
        if wanted:
            statement = statement.where(Document.id.in_(wanted))
        ids = list(session.scalars(statement))
    passages_by_document: dict[int, list[Passage]] = {}
    for passage in list_passages(project, PassageFilter(document_ids=tuple(ids))):
        passages_by_document.setdefault(passage.document_id, []).append(passage)
    all_dates: list[TimelineDate] = []
    dated: list[DatedPassage] = []
    for document_id in ids:
        dates = document_dates(project, document_id)
        all_dates += dates
        passages = passages_by_document.get(document_id, [])
        if passages:
            sentences = load_boundaries(project, document_id).sentences
            dated += date_passages(passages, [d for d in dates if d.normalized is not None],
                                   sentences)
    return Timeline(tuple(all_dates), tuple(dated))


def date_passages(passages: Iterable[Passage], dates: Sequence[TimelineDate],
                  sentences: Sequence[int]) -> list[DatedPassage]:
    """The passages of one document with the dates that date them (see the module docstring).
    ``dates`` are the document's normalised dates in order (they never overlap one another)."""
    starts = [d.start for d in dates]
    ends = [d.end for d in dates]
    result = []
    for passage in passages:
        first = bisect.bisect_right(ends, passage.start)  # the first date ending inside or after
        last = bisect.bisect_left(starts, passage.end)  # past the last date starting inside
        if first < last:
            result.append(DatedPassage(passage, tuple(dates[first:last]), near=False))
            continue
        nearest = _nearest(dates, starts, ends, sentences, passage.start, passage.end)
        if nearest is not None:
            result.append(DatedPassage(passage, (nearest,), near=True))
    return result


def _nearest(dates: Sequence[TimelineDate], starts: Sequence[int], ends: Sequence[int],
             sentences: Sequence[int], start: int, end: int) -> TimelineDate | None:
    """The date nearest [start, end) within its sentences and the sentence before."""
    if not dates or len(sentences) < 2:
        return None
    sentence = max(bisect.bisect_right(sentences, start) - 1, 0)
    low = sentences[max(sentence - 1, 0)]
    last = min(max(bisect.bisect_left(sentences, end), sentence + 1), len(sentences) - 1)
    high = sentences[last]
    best: tuple[int, int, TimelineDate] | None = None
    # The dates overlapping [low, high): they lie before or after the passage, none inside.
    for index in range(bisect.bisect_right(ends, low), bisect.bisect_left(starts, high)):
        candidate = dates[index]
        if candidate.end <= start:
            key = (start - candidate.end, 0)
        else:
            key = (candidate.start - end, 1)  # after: loses a tie to one before
        if best is None or key < best[:2]:
            best = (*key, candidate)
    return best[2] if best is not None else None
