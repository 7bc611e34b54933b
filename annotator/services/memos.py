"""Memos on documents and on codes: the analyst's running notes, each with its coder and its
times (aware, UTC). One transaction per change; a deleted memo comes back whole (`restore_memo`)."""

from __future__ import annotations

from sqlalchemy import or_, select

from annotator.domain import MemoInfo, StoredMemo
from annotator.errors import UserError
from annotator.project import Project, retrying
from annotator.services import stored
from annotator.services.annotations import coder_id
from annotator.services.codes import resolve_code
from annotator.services.documents import resolve_document
from db.models import Code, Coder, Document, Memo, utc_now


def _info(memo: Memo, coder: str | None) -> MemoInfo:
    return MemoInfo(
        id=memo.id,
        document_id=memo.document_id,
        code_id=memo.code_id,
        title=memo.title,
        text=memo.text,
        coder=coder or "",
        created_at=memo.created_at,
        updated_at=memo.updated_at,
    )


@retrying
def add_memo(
    project: Project,
    *,
    document: str | int | None = None,
    code: str | int | None = None,
    text: str,
    title: str = "",
    coder: str | None = None,
) -> MemoInfo:
    if (document is None) == (code is None):
        raise UserError("memos.memo_belongs_exactly_one_document")
    if not text.strip():
        raise UserError("memos.memo_needs_some_text")
    with project.write() as session:
        memo = Memo(
            document_id=resolve_document(session, document).id if document is not None else None,
            code_id=resolve_code(session, code).id if code is not None else None,
            coder_id=coder_id(session, coder),
            title=title.strip(),
            text=text,
        )
        session.add(memo)
        session.flush()
        memo_id = memo.id
    return get_memo(project, memo_id)


@retrying
def update_memo(project: Project, memo_id: int, *, text: str | None = None, title: str | None = None) -> MemoInfo:
    if text is not None and not text.strip():
        raise UserError("memos.memo_needs_some_text_delete")
    with project.write() as session:
        memo = session.get(Memo, memo_id)
        if memo is None:
            raise UserError("memos.no_such_id", memo_id=memo_id)
        if text is not None:
            memo.text = text
        if title is not None:
            memo.title = title.strip()
        memo.updated_at = utc_now()
    return get_memo(project, memo_id)


@retrying
def delete_memo(project: Project, memo_id: int) -> StoredMemo:
    """Delete a memo; it comes back whole, for `restore_memo`."""
    with project.write() as session:
        saved = stored.save(session, StoredMemo, Memo.id == memo_id)
        if not saved:
            raise UserError("memos.no_such_id", memo_id=memo_id)
        stored.remove(session, project, saved)
    return saved[0]


@retrying
def restore_memo(project: Project, saved: StoredMemo) -> MemoInfo:
    """Put a deleted memo back as it was: id, identity, coder and times (undo of delete)."""
    with project.write() as session:
        if session.get(Memo, saved.id) is not None:
            raise UserError("memos.memo_already_exists_another_program", id=saved.id)
        if saved.document_id is not None and session.get(Document, saved.document_id) is None:
            raise UserError("memos.document_memo_deleted_meanwhile", id=saved.id)
        if saved.code_id is not None and session.get(Code, saved.code_id) is None:
            raise UserError("memos.code_memo_deleted_meanwhile", id=saved.id)
        stored.put_back(session, project, [saved])
    return get_memo(project, saved.id)


def get_memo(project: Project, memo_id: int) -> MemoInfo:
    memos = _select(project, Memo.id == memo_id)
    if not memos:
        raise UserError("memos.no_such_id", memo_id=memo_id)
    return memos[0]


def memos_for(project: Project, *, document_id: int | None = None, code_id: int | None = None) -> list[MemoInfo]:
    """The memos on the document or on the code (on either, given both; every memo, given
    neither), oldest first."""
    targets = [condition for condition, wanted in ((Memo.document_id == document_id, document_id),
                                                   (Memo.code_id == code_id, code_id))
               if wanted is not None]
    return _select(project, or_(*targets) if targets else Memo.id.is_not(None))


def _select(project: Project, condition) -> list[MemoInfo]:
    with project.read() as session:
        rows = session.execute(
            select(Memo, Coder.name)
            .outerjoin(Coder, Coder.id == Memo.coder_id)
            .where(condition)
            .order_by(Memo.created_at, Memo.id)
        ).all()
        return [_info(memo, coder) for memo, coder in rows]
