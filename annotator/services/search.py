"""Search across documents, literal or regex, in either script: 毛泽东 finds 毛澤東 and back.

Both the query and the text are folded to simplified characters with a length-preserving
conversion, so a match in the folded text is at the same code-point offsets in the stored text.

Regular expressions run on the `regex` package rather than `re`, for one reason: a timeout. A
pattern such as ``(毛|毛)+$`` backtracks exponentially, and `re` would hold the process (and the
window) for ever; `regex` gives up after `REGEX_TIMEOUT_SECONDS` for the whole search and the user
gets a one-line message. Literal searches stay on `re` (escaped, linear, nothing to bound).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator

import regex as regex_engine
from sqlalchemy import select

from annotator.context import kwic_context
from annotator.domain import SearchHit
from annotator.errors import UserError
from annotator.project import Project
from annotator.services.documents import load_boundaries
from annotator.text.script import fold
from db.models import Document

DEFAULT_LIMIT = 10_000
# For a whole regex search, across all documents. Ordinary patterns scan a million characters
# in milliseconds; a pattern still running after this long is backtracking, not working.
REGEX_TIMEOUT_SECONDS = 5.0

Pattern = re.Pattern[str] | regex_engine.Pattern[str]


def compile_query(query: str, *, regex: bool = False) -> Pattern:
    if not query:
        raise UserError("the search query is empty")
    folded = fold(query)
    if not regex:
        return re.compile(re.escape(folded))
    try:
        return regex_engine.compile(folded)
    except regex_engine.error as error:
        raise UserError(f"“{query}” is not a valid regular expression ({error})") from None


def find_spans(pattern: Pattern, folded_text: str, *,
               timeout: float | None = None) -> Iterator[tuple[int, int]]:
    """[start, end) of each non-empty match. A regex pattern raises TimeoutError once it has
    matched for `timeout` seconds (None: no limit); a literal one needs no limit."""
    if isinstance(pattern, re.Pattern):
        matches = pattern.finditer(folded_text)
    else:
        matches = pattern.finditer(folded_text, timeout=timeout)
    for match in matches:
        if match.end() > match.start():
            yield match.start(), match.end()


def too_slow(query: str, timeout: float) -> UserError:
    return UserError(
        f"the regular expression “{query}” took longer than {timeout:g} s; simplify it "
        "(nested repeats such as (a+)+ or (a|a)+ can run for ever)"
    )


def search(
    project: Project,
    query: str,
    *,
    regex: bool = False,
    document_ids: Iterable[int] = (),
    context_chars: int = 20,
    limit: int = DEFAULT_LIMIT,
    timeout: float | None = None,
) -> list[SearchHit]:
    """Hits in document order. A regex search stops with a UserError after `timeout` seconds
    (default REGEX_TIMEOUT_SECONDS) of matching in all; reading the documents is not counted."""
    pattern = compile_query(query, regex=regex)
    if timeout is None:
        timeout = REGEX_TIMEOUT_SECONDS
    remaining = timeout
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
        started = time.monotonic()
        try:
            # A budget used up by earlier documents is 0, on which `regex` times out at once.
            spans = list(find_spans(pattern, folded, timeout=max(remaining, 0.0)))
        except TimeoutError:
            raise too_slow(query, timeout) from None
        remaining -= time.monotonic() - started
        if not spans:
            continue
        words = load_boundaries(project, document_id).words
        for start, end in spans:
            before, after = kwic_context(text, words, start, end, context_chars)
            hits.append(SearchHit(document_id, title, start, end, text[start:end], before, after))
            if len(hits) >= limit:
                return hits
    return hits
