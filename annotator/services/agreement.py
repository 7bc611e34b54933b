"""Agreement between coders, read from the project (`agreement`, Analysis › Agreement).

One read transaction loads the documents, codes and passages compared; the counting is
annotator.analysis.agreement's (per character, as NVivo's coding comparison counts: percent
agreement, Cohen's kappa, Krippendorff's alpha nominal, and totals per code pooled over the
documents, that is weighted by their length). The rows it returns are plain frozen values
(`Agreement`, `Disagreement`) that the command line prints and a Qt model shows.

What is compared:
- every code of the project in tree order, or the one code asked for (its own passages: a
  sub-code is a code of its own, compared on its own row);
- every document in the project's order, or the one asked for;
- every pair of coders who both coded a document (who have a passage of any code in it), or
  only the pairs among the coders asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from annotator.analysis import agreement as counting
from annotator.analysis.agreement import Agreement, Disagreement, Stretch
from annotator.analysis.records import CodeRecord, DocumentRecord, PassageRecord
from annotator.errors import UserError
from annotator.project import Project
from annotator.services.codes import code_paths, resolve_code
from annotator.services.documents import resolve_document
from annotator.text.display import visible
from db.models import Annotation, Code, Coder, Document

__all__ = ["Agreement", "Comparison", "Disagreement", "Stretch", "agreement", "agreement_and_disagreements",
           "comparison", "disagreements", "project_coders"]


@dataclass(frozen=True)
class Comparison:
    """What one comparison covers, loaded in one transaction (for `agreement` and the window)."""

    passages: tuple[PassageRecord, ...]
    documents: tuple[DocumentRecord, ...]
    codes: tuple[CodeRecord, ...]
    coders: tuple[str, ...] | None  # None: every coder


def project_coders(project: Project) -> list[str]:
    """The names of the coders who have coded something, by name."""
    with project.read() as session:
        coded = select(Annotation.id).where(Annotation.coder_id == Coder.id).exists()
        return sorted(session.scalars(select(Coder.name).where(coded)))


def comparison(project: Project, *, code: str | int | None = None,
               document: str | int | None = None,
               coders: Sequence[str] | None = None) -> Comparison:
    """The passages, documents and codes to compare; `code`, `document` by name or id as the
    command line writes them, `coders` by name (two at least)."""
    chosen = _checked_coders(coders)
    with project.read() as session:
        if chosen is not None:
            _check_coders_exist(session, chosen)
        all_codes = session.scalars(select(Code)).all()
        paths = code_paths(list(all_codes))
        if code is not None:
            wanted = [resolve_code(session, code)]
        else:
            wanted = _tree_order(all_codes)
        codes = tuple(CodeRecord(row.id, paths[row.id], row.parent_id, row.color) for row in wanted)
        if document is not None:
            found = resolve_document(session, document)
            documents: tuple[DocumentRecord, ...] = (
                DocumentRecord(found.id, found.title, found.length),)
        else:
            documents = tuple(
                DocumentRecord(row.id, row.title, row.length) for row in session.execute(
                    select(Document.id, Document.title, Document.length).order_by(Document.id)))
        titles = {record.id: record.title for record in documents}
        statement = (select(Annotation.id, Annotation.document_id, Annotation.code_id, Coder.name,
                            Annotation.start, Annotation.end)
                     .join(Coder, Coder.id == Annotation.coder_id))
        if document is not None:
            statement = statement.where(Annotation.document_id == documents[0].id)
        passages = tuple(
            PassageRecord(row.id, row.document_id, titles.get(row.document_id, ""), row.code_id,
                          paths.get(row.code_id, ""), row.start, row.end, row.name)
            for row in session.execute(statement) if row.document_id in titles)
    return Comparison(passages, documents, codes, chosen)


def _tree_order(codes: Sequence[Code]) -> list[Code]:
    """Parents before their children, siblings by sort order then name (as `codes` lists them)."""
    children: dict[int | None, list[Code]] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code)
    ordered: list[Code] = []
    stack = sorted(children.get(None, []), key=lambda c: (c.sort_order, c.name), reverse=True)
    while stack:
        code = stack.pop()
        ordered.append(code)
        stack.extend(sorted(children.get(code.id, []), key=lambda c: (c.sort_order, c.name),
                            reverse=True))
    return ordered


def agreement(project: Project, *, code: str | int | None = None,
              document: str | int | None = None,
              coders: Sequence[str] | None = None) -> list[Agreement]:
    """Per code (tree order): a row per document and pair of coders who both coded it, then
    the code's totals over the documents (`document` None), one per pair."""
    loaded = comparison(project, code=code, document=document, coders=coders)
    return counting.agreement(loaded.passages, loaded.documents, loaded.codes, coders=loaded.coders)


def disagreements(project: Project, *, code: str | int | None = None,
                  document: str | int | None = None,
                  coders: Sequence[str] | None = None) -> list[Disagreement]:
    """Per code, document and pair: the stretches one coder applied the code to and the other
    did not (only where there is one)."""
    loaded = comparison(project, code=code, document=document, coders=coders)
    return counting.disagreements(loaded.passages, loaded.documents, loaded.codes,
                                  coders=loaded.coders)


def agreement_and_disagreements(project: Project, *, code: str | int | None = None,
                                document: str | int | None = None,
                                coders: Sequence[str] | None = None,
                                ) -> tuple[list[Agreement], list[Disagreement]]:
    """Both of the above from one read (the window's two tabs): a colleague's commit between
    two reads could otherwise make the disagreements disagree with the figures."""
    loaded = comparison(project, code=code, document=document, coders=coders)
    return (counting.agreement(loaded.passages, loaded.documents, loaded.codes, coders=loaded.coders),
            counting.disagreements(loaded.passages, loaded.documents, loaded.codes,
                                   coders=loaded.coders))


def _checked_coders(coders: Sequence[str] | None) -> tuple[str, ...] | None:
    if coders is None:
        return None
    names = tuple(dict.fromkeys(name.strip() for name in coders))
    if len(names) < 2 or "" in names:
        raise UserError("agreement.two_coders", given=", ".join(visible(name) for name in names))
    return names


def _check_coders_exist(session: Session, names: tuple[str, ...]) -> None:
    known = set(session.scalars(select(Coder.name).where(Coder.name.in_(names))))
    for name in names:
        if name not in known:
            raise UserError("agreement.no_coder", name=visible(name))
