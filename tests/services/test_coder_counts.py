"""Passage counts of chosen coders: what the codebook and documents panels show under the
Coders menu and blind coding, on a file and on a server."""

from __future__ import annotations

from annotator.project import Project
from annotator.services import annotations, codes, documents
from annotator.services.imports import import_file


def test_codes_and_documents_count_only_the_chosen_coders(location: str, write_text) -> None:
    with Project(location) as project:
        codes.add_code(project, "treaty")
        document = import_file(project, write_text("counts.txt", "毛澤東到莫斯科，史達林接見了他。")).document
        annotations.tag(project, document.id, 0, 3, "treaty", coder="沈志華")
        annotations.tag(project, document.id, 4, 7, "treaty", coder="牛軍")
        annotations.tag(project, document.id, 8, 11, "treaty", coder="牛軍")

        def counted(coders=None) -> tuple[int, int]:
            treaty = next(c for c in codes.list_codes(project, coders=coders) if c.name == "treaty")
            listed = next(d for d in documents.list_documents(project, coders=coders) if d.id == document.id)
            return treaty.passages, listed.passages

        assert counted() == (3, 3)
        assert counted(("沈志華",)) == (1, 1)
        assert counted(("牛軍", "沈志華")) == (3, 3)
        assert counted(()) == (0, 0) == counted(("nobody",))
