"""The Excel workbook export: the CSV's passages and the analyses, in one .xlsx file.

The sheets and their typed cells are annotator/interchange/xlsx.py's; the tables are
services/analysis.py's, over the passages the filter selects (the window's analysis view and
the command line show the same numbers). Written as every export is (services/export.py):
atomically, to what an export may replace.
"""

from __future__ import annotations

import threading
from pathlib import Path

from annotator.domain import PassageFilter
from annotator.interchange.xlsx import PassageRow, write_workbook
from annotator.project import Project
from annotator.services.analysis import (
    analysis_inputs, code_cooccurrence, code_matrix, code_summary, memo_records,
)
from annotator.services.annotations import list_passages
from annotator.services.export import HEADER, export_destination, passage_rows, watched
from annotator.services.imports import Progress


def export_workbook(project: Project, passage_filter: PassageFilter, destination: Path, *,
                    follow_symlinks: bool = False, progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> int:
    """Write the workbook of the passages a filter selects; return the passages written.
    `cancel` stops it (ExportCancelled), the destination as it was."""
    passages = list_passages(project, passage_filter)
    inputs = analysis_inputs(project, passage_filter)
    colours = (passage.color for passage in passages)
    rows = (PassageRow(cells, colour)
            for cells, colour in zip(passage_rows(project, watched(passages, progress, cancel),
                                                  typed=True), colours))
    with export_destination(project, destination, follow_symlinks=follow_symlinks) as temporary:
        return write_workbook(
            temporary, header=HEADER, passages=rows,
            matrix=code_matrix(project, inputs=inputs),
            codes=code_summary(project, inputs=inputs),
            cooccurrence=code_cooccurrence(project, inputs=inputs),
            memos=memo_records(project, passage_filter.document_ids),
        )
