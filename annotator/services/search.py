"""Search across documents, literal or regex, in either script: 毛泽东 finds 毛澤東 and back.

Both the query and the text are folded to simplified characters with a length-preserving
conversion, so a match in the folded text is at the same code-point offsets in the stored text.
Variant characters that conversion leaves apart are folded to one form on top of it (擡 and 抬,
敍 and 叙: annotator.text.variants), one character for one, so offsets still hold.

Regular expressions run on the `regex` package rather than `re`, for one reason: a timeout. A
pattern such as ``(毛|毛)+$`` backtracks exponentially, and `re` would hold the process (and the
window) for ever; `regex` gives up after `REGEX_TIMEOUT_SECONDS` for the whole search and the user
gets a one-line message. Literal searches stay on `re` (escaped, linear, nothing to bound).

Every hit is counted, however many: counting needs only the folded texts. Contexts, which need
the stored text and its word boundaries, are made for the first `limit` hits only; `search_spans`
gives the spans of all of them, which is what tagging every hit needs.

A search can be stopped: `cancel` (anything with `is_set()`, a threading.Event) is checked
before each document is read and before each document's contexts are made, so a search the
window superseded stops within one document instead of scanning ten volumes nobody will see.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol

import regex as regex_engine
from sqlalchemy import select

from annotator.context import kwic_bounds
from annotator.domain import SearchHit, SearchResults
from annotator.errors import UserError
from annotator.project import Project
from annotator.text.boundaries import decode_boundaries
from annotator.text.script import fold
from annotator.text.variants import fold_variants, literal_needs_variants
from db.models import Document, Segmentation
from db.queries import fetch

# Hits handed out with their contexts; every hit is counted (SearchResults.total) whatever this is.
DEFAULT_LIMIT = 10_000
# For a whole regex search, across all documents. Ordinary patterns scan a million characters
# in milliseconds; a pattern still running after this long is backtracking, not working.
REGEX_TIMEOUT_SECONDS = 5.0

Pattern = re.Pattern[str] | regex_engine.Pattern[str]
Progress = Callable[[float], None]


class Cancel(Protocol):
    """What a search polls to learn that it is no longer wanted; threading.Event is one."""

    def is_set(self) -> bool: ...


class SearchCancelled(Exception):
    """The search stopped because its `cancel` was set; it returned nothing."""


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel.is_set():
        raise SearchCancelled("search cancelled")


def compile_query(query: str, *, regex: bool = False) -> Pattern:
    if not query:
        raise UserError("search.search_query_empty")
    folded = fold_variants(fold(query))
    if not regex:
        return re.compile(re.escape(folded))
    try:
        return regex_engine.compile(folded)
    except regex_engine.error as error:
        raise UserError("search.not_valid_regular_expression", query=query, error=error) from None


def find_spans(pattern: Pattern, folded_text: str, *,
               timeout: float | None = None) -> Iterator[tuple[int, int]]:
    """[start, end) of each non-empty match. A regex pattern raises TimeoutError once it has
    matched for `timeout` seconds (None: no limit); a literal one needs no limit."""
    if isinstance(pattern, re.Pattern):
        if pattern.pattern and not pattern.match(""):
            # A literal query (escaped, never empty): no empty match to leave out.
            yield from [match.span() for match in pattern.finditer(folded_text)]
            return
        matches = pattern.finditer(folded_text)
    else:
        matches = pattern.finditer(folded_text, timeout=timeout)
    for match in matches:
        if match.end() > match.start():
            yield match.start(), match.end()


def too_slow(query: str, timeout: float) -> UserError:
    return UserError(
        "search.regular_expression_took_longer_than", query=query, timeout=timeout
    )


def _matching_spans(
    project: Project,
    query: str,
    *,
    regex: bool,
    document_ids: Iterable[int],
    timeout: float | None,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
) -> Iterator[tuple[int, str, list[tuple[int, int]]]]:
    """(document id, title, spans of its matches) for each document searched, in id order. Only
    the folded texts are read: counting and spans need nothing else. `progress` gets the share
    of documents searched after each one."""
    pattern = compile_query(query, regex=regex)
    # A literal query with no character a variant folds onto matches the same either way.
    variants_matter = regex or literal_needs_variants(fold_variants(fold(query)))
    if timeout is None:
        timeout = REGEX_TIMEOUT_SECONDS
    remaining = timeout
    with project.read() as session:
        statement = select(Document.id).order_by(Document.id)
        wanted = tuple(document_ids)
        if wanted:
            statement = statement.where(Document.id.in_(wanted))
        ids = session.scalars(statement).all()
    for searched, document_id in enumerate(ids, 1):
        _check(cancel)
        with project.read() as session:
            # Straight through the driver: a million characters need no per-row processing.
            ((title, folded),) = fetch(session, select(Document.title, Document.folded_text)
                                       .where(Document.id == document_id))
        if variants_matter:
            folded = fold_variants(folded)  # as the query was; a few ms a volume without variants
        started = time.monotonic()
        try:
            # A budget used up by earlier documents is 0, on which `regex` times out at once.
            spans = list(find_spans(pattern, folded, timeout=max(remaining, 0.0)))
        except TimeoutError:
            raise too_slow(query, timeout) from None
        remaining -= time.monotonic() - started
        if progress is not None:
            progress(searched / len(ids))
        yield document_id, title, spans


def _text_and_words(project: Project, document_id: int) -> tuple[str, Sequence[int]]:
    """A document's stored text and word boundaries, what contexts need, in one query read
    straight through the driver (its sentence boundaries, which contexts do not need, unread)."""
    with project.read() as session:
        rows = fetch(session, select(Document.text, Segmentation.word_boundaries)
                     .join(Segmentation, Segmentation.document_id == Document.id)
                     .where(Document.id == document_id))
    if not rows:
        raise UserError("documents.document_no_segmentation", document_id=document_id)
    text, blob = rows[0]
    return text, decode_boundaries(blob)


def search(
    project: Project,
    query: str,
    *,
    regex: bool = False,
    document_ids: Iterable[int] = (),
    context_chars: int = 20,
    limit: int | None = DEFAULT_LIMIT,
    timeout: float | None = None,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
) -> SearchResults:
    """Every hit counted; the first `limit` of them (all when None), in document order, with
    their contexts. A regex search stops with a UserError after `timeout` seconds (default
    REGEX_TIMEOUT_SECONDS) of matching in all; reading the documents is not counted. Raises
    SearchCancelled, between documents, once `cancel` is set."""
    hits: list[SearchHit] = []
    total = 0
    for document_id, title, spans in _matching_spans(
        project, query, regex=regex, document_ids=document_ids, timeout=timeout,
        cancel=cancel, progress=progress,
    ):
        total += len(spans)
        room = len(spans) if limit is None else min(len(spans), limit - len(hits))
        if room <= 0:
            continue  # counted; contexts (the costly part) only for the hits handed out
        _check(cancel)
        text, words = _text_and_words(project, document_id)
        shown = spans[:room]
        befores, afters = kwic_bounds(text, words, shown, context_chars)
        make = SearchHit._make  # 60,000 hits: the tuple's own constructor, no per-hit call of ours
        hits.extend(make((document_id, title, start, end, text[start:end], text[before:start],
                          text[end:after]))
                    for (start, end), before, after in zip(shown, befores, afters))
    return SearchResults(tuple(hits), total)


def search_spans(
    project: Project,
    query: str,
    *,
    regex: bool = False,
    document_ids: Iterable[int] = (),
    timeout: float | None = None,
    cancel: Cancel | None = None,
) -> list[tuple[int, int, int]]:
    """(document id, start, end) of every hit, without contexts: what tagging all of them needs."""
    return [
        (document_id, start, end)
        for document_id, _title, spans in _matching_spans(
            project, query, regex=regex, document_ids=document_ids, timeout=timeout, cancel=cancel
        )
        for start, end in spans
    ]
