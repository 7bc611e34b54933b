"""Child process for the reliability tests: tags passages in a loop and reports each one.

    python tagger.py PROJECT DOCUMENT_ID CODER COUNT

Prints "ready" once the project is open, then "ID START END" for each tag, flushed only after
`annotations.tag` has returned: a printed id is one the user would have seen. COUNT 0 means
forever (until the parent kills the process).
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path


def spans(length: int):
    """Every span of the document, short ones first, so that no tag repeats another."""
    for width in range(1, length + 1):
        for start in range(0, length - width + 1):
            yield start, start + width


def main() -> int:
    project_path, document_id, coder, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    from annotator.project import Project
    from annotator.services import annotations, codes, documents

    with Project(Path(project_path), create=False) as project:
        length = documents.get_document(project, document_id).length
        code = codes.list_codes(project)[0].id
        print("ready", flush=True)
        todo = spans(length) if count == 0 else itertools.islice(spans(length), count)
        for start, end in todo:
            passage = annotations.tag(project, document_id, start, end, code, coder=coder)
            print(passage.id, passage.start, passage.end, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
