"""Analyses of the stored passages as plain tables: the code-by-document matrix, the
co-occurrence of codes, a summary per code, the project's memos.

One read of the store per call; the pure counting is `annotator.analysis`. The command line
prints these tables, the workbook writes them and the window's analysis view shows them, so the
three always agree. A passage filter narrows the passages (and, when it names documents, the
documents) as it narrows an export; the codes are always the whole codebook in tree order.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from annotator.analysis.cooccurrence import CoOccurrence, cooccurrence
from annotator.analysis.matrix import CodeDocumentMatrix, Measure, code_document_matrix
from annotator.analysis.records import CodeRecord, DocumentRecord, MemoRecord, PassageRecord
from annotator.analysis.summary import CodeSummary, code_summaries
from annotator.domain import PassageFilter
from annotator.project import Project
from annotator.services.annotations import list_passages
from annotator.services.codes import list_codes
from db import queries
from db.models import Coder, Document, Memo


@dataclass(frozen=True)
class AnalysisInputs:
    """What every analysis reads: the filter's passages, its documents and the codebook."""

    passages: tuple[PassageRecord, ...]
    documents: tuple[DocumentRecord, ...]
    codes: tuple[CodeRecord, ...]


def analysis_inputs(project: Project, passage_filter: PassageFilter = PassageFilter()) -> AnalysisInputs:
    """The passages a filter selects, with the documents (all, or the filter's) and codes."""
    passages = tuple(
        PassageRecord(
            id=passage.id, document_id=passage.document_id, document=passage.document,
            code_id=passage.code_id, code_path=passage.code_path, start=passage.start,
            end=passage.end, coder=passage.coder, text=passage.text, memo=passage.memo,
            created_at=passage.created_at, updated_at=passage.updated_at,
        )
        for passage in list_passages(project, passage_filter)
    )
    with project.read() as session:
        statement = select(Document.id, Document.title, Document.length, Document.author,
                           Document.date, Document.source_ref).order_by(Document.id)
        if passage_filter.document_ids:
            statement = statement.where(Document.id.in_(passage_filter.document_ids))
        documents = tuple(DocumentRecord(*row) for row in session.execute(statement).all())
    codes = tuple(
        CodeRecord(id=code.id, path=code.path, parent_id=code.parent_id, color=code.color,
                   description=code.description)
        for code in list_codes(project)
    )
    return AnalysisInputs(passages, documents, codes)


def code_matrix(project: Project, passage_filter: PassageFilter = PassageFilter(), *,
                measure: Measure = "passages", include_subcodes: bool = False,
                inputs: AnalysisInputs | None = None) -> CodeDocumentMatrix:
    """Codes by documents: passages (or characters) coded with each code in each document."""
    inputs = inputs or analysis_inputs(project, passage_filter)
    return code_document_matrix(inputs.passages, inputs.documents, inputs.codes, measure=measure,
                                include_subcodes=include_subcodes)


def code_cooccurrence(project: Project, passage_filter: PassageFilter = PassageFilter(), *,
                      inputs: AnalysisInputs | None = None) -> CoOccurrence:
    """Codes by codes: overlapping pairs of their passages in the same document."""
    inputs = inputs or analysis_inputs(project, passage_filter)
    return cooccurrence(inputs.passages, inputs.documents, inputs.codes)


def code_summary(project: Project, passage_filter: PassageFilter = PassageFilter(), *,
                 include_subcodes: bool = False, inputs: AnalysisInputs | None = None) -> list[CodeSummary]:
    """Per code: passages, documents, coders and characters coded."""
    inputs = inputs or analysis_inputs(project, passage_filter)
    return code_summaries(inputs.passages, inputs.documents, inputs.codes,
                          include_subcodes=include_subcodes)


def memo_records(project: Project, document_ids: tuple[int, ...] = ()) -> list[MemoRecord]:
    """The memos on documents (all, or these) and on codes, oldest first."""
    paths = {code.id: code.path for code in list_codes(project)}
    with project.read() as session:
        statement = (
            select(Memo.id, Memo.title, Memo.text, Coder.name, Document.title, Memo.code_id,
                   Memo.created_at, Memo.updated_at, Memo.document_id)
            .outerjoin(Coder, Coder.id == Memo.coder_id)
            .outerjoin(Document, Document.id == Memo.document_id)
            .order_by(Memo.created_at, Memo.id)
        )
        rows = queries.fetch(session, statement)
        aware = queries.datetimes(session)
    wanted = set(document_ids)
    return [
        MemoRecord(id=row[0], title=row[1], text=row[2], coder=row[3] or "", document=row[4],
                   code_path=paths.get(row[5]) if row[5] is not None else None,
                   created_at=aware(row[6]), updated_at=aware(row[7]))
        for row in rows
        if not wanted or row[8] is None or row[8] in wanted
    ]


def cell_filter(base: PassageFilter, *, code_id: int | None = None, document_id: int | None = None,
                include_subcodes: bool = False) -> PassageFilter:
    """The filter of a matrix cell's passages (what a click on the cell opens): the base
    filter narrowed to one code (with its sub-codes when folded in) and one document."""
    documents = (document_id,) if document_id is not None else base.document_ids
    codes = (code_id,) if code_id is not None else base.code_ids
    children = include_subcodes if code_id is not None else base.include_child_codes
    return PassageFilter(document_ids=documents, code_ids=codes, include_child_codes=children,
                         coders=base.coders, text_contains=base.text_contains)

