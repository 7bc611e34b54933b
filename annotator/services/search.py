"""Search across documents, literal or regex, in either script: 毛泽东 finds 毛澤東 and back.

Both the query and the text are folded to simplified characters with a length-preserving
conversion, so a match in the folded text is at the same code-point offsets in the stored text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from sqlalchemy import select

from annotator.context import kwic_context
from annotator.domain import SearchHit
from annotator.errors import UserError
from annotator.project import Project
from annotator.services.documents import load_boundaries
from annotator.text.script import fold
from db.models import Document

DEFAULT_LIMIT = 10_000


def compile_query(query: str, *, regex: bool = False) -> re.Pattern[str]:
    if not query:
        raise UserError("the search query is empty")
    folded = fold(query)
    if not regex:
        return re.compile(re.escape(folded))
    try:
        return re.compile(folded)
    except re.error as error:
        raise UserError(f"“{query}” is not a valid regular expression ({error})") from None


def find_spans(pattern: re.Pattern[str], folded_text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each non-empty match."""
    for match in pattern.finditer(folded_text):
        if match.end() > match.start():
            yield match.start(), match.end()


def search(
    project: Project,
    query: str,
    *,
    regex: bool = False,
    document_ids: Iterable[int] = (),
    context_chars: int = 20,
    limit: int = DEFAULT_LIMIT,
) -> list[SearchHit]:
    pattern = compile_query(query, regex=regex)
    with project.read() as session:
        statement = select(Document.id).order_by(Document.id)
        wanted = tuple(document_ids)
        if wanted:
            statement = statement.where(Document.id.in_(wanted))
        ids = session.scalars(statement).all()
    hits: list[SearchHit] = []
    for document_id in ids:
        with project.read() as session:
            title, text, folded = session.execute(
                select(Document.title, Document.text, Document.folded_text).where(
                    Document.id == document_id
                )
            ).one()
        spans = list(find_spans(pattern, folded))
        if not spans:
            continue
        words = load_boundaries(project, document_id).words
        for start, end in spans:
            before, after = kwic_context(text, words, start, end, context_chars)
            hits.append(SearchHit(document_id, title, start, end, text[start:end], before, after))
            if len(hits) >= limit:
                return hits
    return hits
