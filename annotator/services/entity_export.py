"""The entities of documents exported to CSV or Excel, one row per mention.

The format follows the destination's extension: ``.csv`` is written as the passages' export is
(annotator.services.export: UTF-8 with BOM, formulas neutralised, atomic, never the project's
own files), ``.xlsx`` as one sheet "Entities" of typed cells (annotator.interchange.xlsx).

Columns: document_id, document, text (as stored), text_simplified (the folded text, by which
mentions are grouped and corrected), kind, start, end, normalized (dates: ISO 8601), found_by
(dictionary, names, titles, rule, date, user), and the rest of the mention's sentence before
and after it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import select

from annotator.context import sentence_context
from annotator.errors import UserError
from annotator.project import Project
from annotator.services.documents import load_boundaries
from annotator.services.entities import checked_kinds, found_entities
from annotator.services.export import checked_destination, neutralise, write_table_csv
from db.models import Document

ENTITY_HEADER = (
    "document_id", "document", "text", "text_simplified", "kind", "start", "end", "normalized",
    "found_by", "context_before", "context_after",
)
FORMATS = (".csv", ".xlsx")


def entity_rows(project: Project, document_ids: Iterable[int], kinds: Iterable[str] = ()
                ) -> Iterator[list[object]]:
    """The export's rows (values as stored) of the documents' mentions, of ``kinds`` if given."""
    wanted = set(kinds)
    for document_id in document_ids:
        found = found_entities(project, document_id)
        boundaries = load_boundaries(project, document_id)
        for mention in found.mentions:
            if wanted and mention.kind not in wanted:
                continue
            before, after = sentence_context(found.text, boundaries.sentences, boundaries.words,
                                             mention.start, mention.end)
            yield [found.document_id, found.title, mention.text,
                   found.folded[mention.start:mention.end], mention.kind, mention.start,
                   mention.end, mention.normalized or "", mention.source, before, after]


def export_entities(project: Project, document_ids: Iterable[int] | None, destination: Path | str,
                    *, kinds: Iterable[str] = (), follow_symlinks: bool = False) -> int:
    """Export the mentions of the documents (all when None) to `destination` (.csv or .xlsx);
    return how many."""
    destination = Path(destination)
    suffix = destination.suffix.lower()
    if suffix not in FORMATS:
        given = f"“{destination.suffix}”" if destination.suffix else "no extension"
        raise UserError("entity_export.no_format_entities_file", name=destination.name,
                        given=given, formats=', '.join(FORMATS))
    kinds = checked_kinds(kinds)
    if document_ids is None:
        with project.read() as session:
            document_ids = list(session.scalars(select(Document.id).order_by(Document.id)))
    rows = entity_rows(project, list(document_ids), kinds)
    if suffix == ".csv":
        safe = ([neutralise(cell) if isinstance(cell, str) else cell for cell in row] for row in rows)
        return write_table_csv(project, ENTITY_HEADER, safe, destination,
                               follow_symlinks=follow_symlinks)
    from annotator.interchange.xlsx import write_table

    target = checked_destination(project, destination, follow_symlinks=follow_symlinks)
    return write_table(target, "Entities", ENTITY_HEADER, rows,
                       wide=("text", "text_simplified", "context_before", "context_after"))
