"""The HTML report: the coded passages grouped by code, each with its document, position,
sentence in context (the passage marked), memo and coder, in the display script chosen.

The page itself is annotator/interchange/report.py's; this reads the passages a filter selects
and writes it as every export is written (services/export.py: atomically, to what an export
may replace).
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from annotator.context import sentence_context
from annotator.domain import PassageFilter
from annotator.errors import UserError
from annotator.interchange.report import LANGUAGES, ReportCode, ReportPassage, write_report
from annotator.project import Project
from annotator.services.annotations import list_passages
from annotator.services.codes import list_codes
from annotator.services.documents import document_script_forms, load_boundaries
from annotator.services.export import check_cancel, export_destination

SCRIPTS = tuple(LANGUAGES)  # "traditional", "simplified"


def report_codes(project: Project, passage_filter: PassageFilter = PassageFilter(), *,
                 script: str = "traditional") -> list[ReportCode]:
    """The report's codes in codebook order, each with its passages in document order, every
    text in `script`. Without a code filter every code is listed (a code with no passage says
    so); with one, the codes that have passages."""
    if script not in SCRIPTS:
        raise UserError("report.unknown_script", script=script, choices=", ".join(SCRIPTS))
    passages = list_passages(project, passage_filter)
    forms: dict[int, tuple[str, object]] = {}
    by_code: dict[int, list[ReportPassage]] = {}
    for passage in passages:
        if passage.document_id not in forms:
            simplified, traditional = document_script_forms(project, passage.document_id)
            text = traditional if script == "traditional" else simplified
            forms[passage.document_id] = (text, load_boundaries(project, passage.document_id))
        text, boundaries = forms[passage.document_id]
        before, after = sentence_context(text, boundaries.sentences, boundaries.words,  # type: ignore[attr-defined]
                                         passage.start, passage.end)
        by_code.setdefault(passage.code_id, []).append(ReportPassage(
            document=passage.document, start=passage.start, end=passage.end,
            text=text[passage.start:passage.end], context_before=before, context_after=after,
            memo=passage.memo, coder=passage.coder,
        ))
    return [
        ReportCode(path=code.path, description=code.description, color=code.color,
                   passages=by_code.get(code.id, []))
        for code in list_codes(project)
        if code.id in by_code or not passage_filter.code_ids
    ]


def export_report(project: Project, passage_filter: PassageFilter, destination: Path, *,
                  script: str = "traditional", title: str | None = None,
                  follow_symlinks: bool = False, made_at: datetime | None = None,
                  cancel: threading.Event | None = None) -> int:
    """Write the report; return the number of passages in it."""
    from annotator.services.exchange import project_name

    codes = report_codes(project, passage_filter, script=script)
    check_cancel(cancel)
    with export_destination(project, destination, follow_symlinks=follow_symlinks) as temporary:
        write_report(temporary, codes, title=title or project_name(project), script=script,
                     made_at=made_at)
    return sum(len(code.passages) for code in codes)
