"""The codebook: a tree of codes with colours, descriptions, order and shortcuts."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from annotator.domain import CodeDeletion, CodeInfo, CodeMerge, StoredCode, StoredMemo, StoredPassage
from annotator.errors import UserError
from db.messages import Phrase
from annotator.project import Project, retrying
from annotator.services import stored
from annotator.services.references import ID_PREFIX, is_number, parse_reference
from annotator.text.display import describe_character, hidden_character, marked, visible
from db import changes
from db.models import Annotation, Code, Coder, Memo, code_name_key

COLOR_PATTERN = re.compile(r"^#[0-9A-Fa-f]{6}$")
PATH_SEPARATOR = "/"
# Colours given to new codes, in turn, by the window and the command line alike (Okabe-Ito,
# distinguishable with colour blindness; the default codebook has the other three).
NEW_CODE_COLOURS = ("#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#999999", "#882255", "#44AA99")
# The keys a new code may get as its shortcut, in order.
DIGIT_KEYS = tuple("123456789")
# A reference that is always a name or path (see resolve_code).
NAME_PREFIX = "name:"

# Shortcuts, in the form Qt's QKeySequence reads and writes ("portable text"): modifiers in
# Qt's order, then one key. Kept free of Qt: the command line checks keys without loading it.
MODIFIERS = ("Meta", "Ctrl", "Alt", "Shift")
MODIFIER_SPELLINGS = {"meta": "Meta", "cmd": "Ctrl", "command": "Ctrl", "ctrl": "Ctrl", "control": "Ctrl",
                      "alt": "Alt", "option": "Alt", "shift": "Shift"}
FUNCTION_KEYS = tuple(f"F{number}" for number in range(1, 13))
SHORTCUT_MAX_LENGTH = 20  # the column's width
# The window's own keys (its menus, and what the reader does with a selection): a code given
# one of them would make the key ambiguous, and Qt then runs neither.
WINDOW_SHORTCUTS = frozenset((
    "Ctrl+N", "Ctrl+O", "Ctrl+Q", "Ctrl+W", "Ctrl+I", "Ctrl+E", "Ctrl+0", "Ctrl+J", "Ctrl+F",
    "Ctrl+B", "Ctrl++", "Ctrl+-", "Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z", "Ctrl+C", "Ctrl+A", "Ctrl+X", "Ctrl+V",
    # The script keys, exact selection, and the codebook's rename and delete.
    "Ctrl+Shift+J", "Ctrl+Shift+T", "Ctrl+Shift+X", "F2", "Del",
))


def normalise_color(color: str) -> str:
    color = color.strip()
    if not COLOR_PATTERN.match(color):
        raise UserError("codes.not_colour_form_rrggbb", color=visible(color))
    return color.upper()


def normalise_shortcut(shortcut: str) -> str:
    """A code's key, in the form the window's QKeySequence reads: one letter A-Z or digit 0-9,
    or F1-F12, alone or after modifiers ("4", "K", "F5", "Ctrl+Shift+K"); any spelling of the
    modifiers (ctrl, control, cmd, alt, option, shift, meta) in any order, written canonically."""
    *modifier_parts, key_part = [part.strip() for part in shortcut.strip().split("+")]
    key = key_part.upper()
    modifiers = set()
    for part in modifier_parts:
        modifier = MODIFIER_SPELLINGS.get(part.casefold())
        if modifier is None or modifier in modifiers:
            raise _not_a_key(shortcut)
        modifiers.add(modifier)
    is_letter_or_digit = len(key) == 1 and key.isascii() and key.isalnum()
    if not (is_letter_or_digit or key in FUNCTION_KEYS):
        raise _not_a_key(shortcut)
    normal = "+".join([*(m for m in MODIFIERS if m in modifiers), key])
    if len(normal) > SHORTCUT_MAX_LENGTH:
        raise UserError("codes.too_many_modifiers_code", shortcut=visible(shortcut))
    if normal in WINDOW_SHORTCUTS:
        raise UserError("codes.one_window_own_keys", normal=normal)
    return normal


def _not_a_key(shortcut: str) -> UserError:
    return UserError("codes.not_a_key", shortcut=visible(shortcut))


def _next_colour(session: Session) -> str:
    """The first palette colour no code has yet; when all are taken, the palette again in turn."""
    used = {color.upper() for color in session.scalars(select(Code.color))}
    free = [color for color in NEW_CODE_COLOURS if color not in used]
    if free:
        return free[0]
    count = session.scalar(select(func.count(Code.id))) or 0
    return NEW_CODE_COLOURS[count % len(NEW_CODE_COLOURS)]


def _next_key(session: Session) -> str | None:
    taken = set(session.scalars(select(Code.shortcut).where(Code.shortcut.is_not(None))))
    return next((key for key in DIGIT_KEYS if key not in taken), None)


def next_code_colour(project: Project) -> str:
    """The colour a new code gets when none is chosen."""
    with project.read() as session:
        return _next_colour(session)


def next_free_key(project: Project) -> str | None:
    """The first of the keys 1-9 that no code has as its shortcut, or None."""
    with project.read() as session:
        return _next_key(session)


def code_paths(codes: list[Code]) -> dict[int, str]:
    by_id = {code.id: code for code in codes}
    paths: dict[int, str] = {}

    def path_of(code: Code) -> str:
        if code.id not in paths:
            parent = by_id.get(code.parent_id) if code.parent_id is not None else None
            prefix = path_of(parent) + PATH_SEPARATOR if parent is not None else ""
            paths[code.id] = prefix + code.name
        return paths[code.id]

    for code in codes:
        path_of(code)
    return paths


def list_codes(project: Project, *, coders: Sequence[str] | None = None) -> list[CodeInfo]:
    """Every code in tree order (parents before their children, siblings by sort order).

    Each code's passage count is of every coder's passages, or only of those of `coders`
    (names) when given: the window counts what it shows (Coders menu, blind coding)."""
    with project.read() as session:
        codes = session.scalars(select(Code)).all()
        counting = select(Annotation.code_id, func.count(Annotation.id)).group_by(Annotation.code_id)
        if coders is not None:  # one query still: the coders' ids in a subquery
            counting = counting.where(Annotation.coder_id.in_(
                select(Coder.id).where(Coder.name.in_(list(coders)))))
        counts = dict(session.execute(counting).all())
    paths = code_paths(list(codes))
    children: dict[int | None, list[Code]] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code)
    ordered: list[CodeInfo] = []

    def visit(parent_id: int | None) -> None:
        for code in sorted(children.get(parent_id, []), key=lambda c: (c.sort_order, c.name)):
            ordered.append(_info(code, paths[code.id], counts.get(code.id, 0)))
            visit(code.id)

    visit(None)
    return ordered


def _info(code: Code, path: str, passages: int) -> CodeInfo:
    return CodeInfo(
        id=code.id,
        name=code.name,
        color=code.color,
        description=code.description,
        parent_id=code.parent_id,
        sort_order=code.sort_order,
        shortcut=code.shortcut,
        path=path,
        passages=passages,
    )


def resolve_code(session: Session, reference: str | int) -> Code:
    """A code by id or by name, as the command line writes it (the window passes ints: ids).

    `#N` is always the code with id N, and `name:X` always the code named (or with the path) X.
    A bare reference means the code with that name or path; a bare number that is no code's
    name means the id. A bare number that is both a name and another code's id is refused,
    naming both and how to write each. A path `a/b/c` names each parent in turn: c's parent
    must be b and b's must be a (a path may start below the top level: `b/c`)."""
    if isinstance(reference, int) and not isinstance(reference, bool):
        return _get(session, reference)
    text = str(reference).strip()
    if text.startswith(ID_PREFIX):
        number = text[len(ID_PREFIX):]
        if not is_number(number):
            raise UserError("references.not_an_id", text=visible(text), id_prefix=ID_PREFIX)
        return _get(session, int(number))
    if text.startswith(NAME_PREFIX):
        return _by_name_or_path(session, text[len(NAME_PREFIX):].strip(), prefixed=True)
    if not is_number(text):
        return _by_name_or_path(session, text, prefixed=False)
    named = _one_named(session, text, _named(session, text))
    with_id = session.get(Code, int(text))
    if named is not None and with_id is not None and named.id != with_id.id:
        raise UserError(
            "codes.both_name_code_id_code", text=text, named_id=named.id,
            name=visible(with_id.name), name_prefix=NAME_PREFIX, id_prefix=ID_PREFIX
        )
    code = named or with_id
    if code is None:
        raise UserError("codes.no_code_named_no_code", text=text)
    return code


def parse_code_reference(reference: str | int) -> int | list[str] | None:
    """What resolve_code looks a reference up by, read without the database: the id, or the
    names of the path (root first; a bare name is a path of one), or None where only
    resolve_code can tell (see references.parse_reference). For a statement that resolves the
    reference itself (db.queries.tag_at_once)."""
    parsed = parse_reference(reference, NAME_PREFIX)
    if not isinstance(parsed, str):
        return parsed
    # As _by_name_or_path splits it.
    return [part.strip() for part in parsed.split(PATH_SEPARATOR)]


def _by_name_or_path(session: Session, text: str, *, prefixed: bool) -> Code:
    """The one code whose name is the path's last part and whose parents, read upwards, are
    its other parts. Names are unique among siblings only ("Other" may stand under several
    parents), so a bare name several codes have, or a path that fits several, is refused
    with their paths; a path that fits none names the codes it could have meant."""
    parts = [part.strip() for part in text.split(PATH_SEPARATOR)]
    named = _named(session, parts[-1])
    if not named:
        raise _no_such_name(session, text, parts[-1])
    # Every parent named, in turn: "security/diplomacy" is not diplomacy unless it is under security.
    fitting = [code for code in named if _parents_are(session, code, parts[:-1])]
    if fitting:
        return _one_named(session, text, fitting)
    paths = [visible(code_path(session, code)) for code in named]
    if len(paths) == 1:
        raise UserError("codes.wrong_parent", text=visible(text), last=visible(parts[-1]),
                        actual=paths[0])
    raise UserError("codes.wrong_parents", text=visible(text), last=visible(parts[-1]),
                    paths=_listed(paths))


def _named(session: Session, name: str) -> list[Code]:
    return list(session.scalars(select(Code).where(Code.name == name).order_by(Code.id)))


def _one_named(session: Session, text: str, codes: list[Code]) -> Code | None:
    """The one of ``codes`` (those ``text`` names); several are refused, listing their paths."""
    if len(codes) > 1:
        raise UserError("codes.several_codes_named", text=visible(text),
                        paths=_listed([visible(code_path(session, code)) for code in codes]))
    return codes[0] if codes else None


def _listed(paths: list[str]) -> str:
    return ", ".join(f"“{path}”" for path in paths)


def _parents_are(session: Session, code: Code, names: list[str]) -> bool:
    """Whether ``code``'s parent is named names[-1], its grandparent names[-2], and so on."""
    child = code
    for expected in reversed(names):
        parent = session.get(Code, child.parent_id) if child.parent_id is not None else None
        if parent is None or parent.name != expected:
            return False
        child = parent
    return True


def _no_such_name(session: Session, text: str, name: str) -> UserError:
    folded = fold_name(name)
    alike = next((other for other in session.scalars(select(Code.name)) if fold_name(other) == folded), None)
    if alike is None:
        return UserError("codes.no_code_named", text=visible(text))
    return UserError("codes.no_code_named_but_alike", text=visible(text), alike=visible(alike))


def fold_name(name: str) -> str:
    """A code name as compared with the others: NFKC and case folded, so that "Diplomacy",
    "ｄｉｐｌｏｍａｃｙ" and "café" composed or decomposed are each the same name as another
    (the schema keeps it as `name_key`, unique among siblings)."""
    return code_name_key(name)


def get_code(project: Project, reference: str | int) -> CodeInfo:
    with project.read() as session:
        return _code_info(session, resolve_code(session, reference))


def code_path(session: Session, code: Code) -> str:
    """A code's path, from its parents alone (not the whole codebook: tagging and recolouring
    are hot paths)."""
    names = [code.name]
    while code.parent_id is not None:
        code = session.get(Code, code.parent_id)
        names.append(code.name)
    return PATH_SEPARATOR.join(reversed(names))


def _code_info(session: Session, code: Code) -> CodeInfo:
    passages = session.scalar(select(func.count(Annotation.id)).where(Annotation.code_id == code.id))
    return _info(code, code_path(session, code), passages or 0)


def descendant_ids(session: Session, code_id: int) -> set[int]:
    """The code and all codes below it."""
    parent_of = dict(session.execute(select(Code.id, Code.parent_id)).all())
    result = {code_id}
    changed = True
    while changed:
        changed = False
        for child, parent in parent_of.items():
            if parent in result and child not in result:
                result.add(child)
                changed = True
    return result


@retrying
def add_code(
    project: Project,
    name: str,
    color: str | None = None,
    *,
    parent: str | int | None = None,
    description: str = "",
    shortcut: str | None = None,
    free_key: bool = False,
) -> CodeInfo:
    """Add a code. Without a colour it gets the next unused one of NEW_CODE_COLOURS; with
    `free_key` and no shortcut, the first free key of 1-9 (if any) becomes its shortcut."""
    name = _valid_name(name)
    color = normalise_color(color) if color is not None else None
    shortcut = normalise_shortcut(shortcut) if shortcut else None
    with project.write() as session:
        parent_id = resolve_code(session, parent).id if parent not in (None, "") else None
        _check_name_free(session, name, parent_id)
        if color is None:
            color = _next_colour(session)
        if shortcut:
            _check_shortcut_free(session, shortcut)
        elif free_key:
            shortcut = _next_key(session)
        siblings_max = session.scalar(
            select(func.max(Code.sort_order)).where(
                Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id
            )
        )
        code = Code(
            name=name,
            color=color,
            description=description.strip(),
            parent_id=parent_id,
            sort_order=(siblings_max or 0) + 1,
            shortcut=shortcut or None,
        )
        session.add(code)
        session.flush()
        code_id = code.id
    return get_code(project, code_id)


def _valid_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise UserError("codes.code_needs_name")
    if PATH_SEPARATOR in name:
        raise UserError("codes.code_name_cannot_contain", separator=PATH_SEPARATOR)
    hidden = hidden_character(name)
    if hidden is not None:
        index, character = hidden
        raise UserError("codes.code_name_cannot_contain_invisible", name=marked(name),
                        character=describe_character(character), position=index + 1)
    return name


def _check_name_free(session: Session, name: str, parent_id: int | None,
                     except_id: int | None = None) -> None:
    """Names are unique among siblings, compared folded (see fold_name): "Other" may stand
    under two parents, "Diplomacy" and "ｄｉｐｌｏｍａｃｙ" may not stand side by side."""
    siblings = Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id
    existing = session.execute(
        select(Code.id, Code.name).where(siblings, Code.name_key == fold_name(name))
    ).first()
    if existing is None or existing.id == except_id:
        return
    where = Phrase("phrase.codes.at_top" if parent_id is None else "phrase.codes.under_same_parent")
    if existing.name == name:
        raise UserError("codes.code_named_already_exists", name=visible(name), where=where)
    raise UserError("codes.code_named_already_exists_differs", existing=visible(existing.name),
                    where=where, name=visible(name))


def _check_shortcut_free(session: Session, shortcut: str, except_id: int | None = None) -> None:
    owner = session.scalar(select(Code).where(Code.shortcut == shortcut))
    if owner is not None and owner.id != except_id:
        raise UserError("codes.shortcut_already_belongs", shortcut=shortcut,
                        name=visible(owner.name))


@retrying
def update_code(
    project: Project,
    code_id: int,
    *,
    name: str | None = None,
    color: str | None = None,
    description: str | None = None,
    shortcut: str | None = None,
    clear_shortcut: bool = False,
    known_passages: int | None = None,
) -> CodeInfo:
    """Rename, recolour, describe or re-key a code. `known_passages`: the code's passage count
    as the caller has it already (the window's, of the coders it shows), returned as it is:
    counting a code's tens of thousands of passages again was a third of a recolour."""
    with project.write() as session:
        code = _get(session, code_id)
        if name is not None:
            name = _valid_name(name)
            _check_name_free(session, name, code.parent_id, except_id=code_id)
            code.name = name
        if color is not None:
            code.color = normalise_color(color)
        if description is not None:
            code.description = description.strip()
        if clear_shortcut:
            code.shortcut = None
        elif shortcut:
            shortcut = normalise_shortcut(shortcut)
            _check_shortcut_free(session, shortcut, except_id=code_id)
            code.shortcut = shortcut
        session.flush()
        # Read in the same transaction: a second one, for a recolour, cost more than the write.
        updated = (_code_info(session, code) if known_passages is None
                   else _info(code, code_path(session, code), known_passages))
    return updated


@retrying
def move_code(
    project: Project, code_id: int, new_parent_id: int | None, sort_order: int | None = None
) -> CodeInfo:
    """Re-parent a code (a code cannot move below itself or its own descendants), at
    `sort_order` among its new siblings; without one, a code that changes parent goes last."""
    with project.write() as session:
        code = _get(session, code_id)
        if new_parent_id is not None:
            _get(session, new_parent_id)
            if new_parent_id in descendant_ids(session, code_id):
                raise UserError("codes.cannot_move_below_itself_own", name=visible(code.name))
        if new_parent_id != code.parent_id:
            _check_name_free(session, code.name, new_parent_id, except_id=code_id)
            if sort_order is None:
                last = session.scalar(select(func.max(Code.sort_order)).where(
                    Code.parent_id.is_(None) if new_parent_id is None
                    else Code.parent_id == new_parent_id))
                sort_order = (last or 0) + 1
        code.parent_id = new_parent_id
        if sort_order is not None:
            code.sort_order = sort_order
    return get_code(project, code_id)


@retrying
def merge_codes(project: Project, source_id: int, target_id: int) -> CodeMerge:
    """Move every passage, sub-code and memo of `source` onto `target`, then delete `source`,
    in one transaction; what comes back is everything `unmerge` needs to undo it exactly.

    A passage the target already has (same document, span and coder) is not duplicated: the
    source's copy is deleted and its memo kept on the target's passage when that has none. The
    target takes the source's description when it has none.
    """
    if source_id == target_id:
        raise UserError("codes.code_cannot_merged_into_itself")
    passages, twin = Annotation.__table__, Annotation.__table__.alias("twin")
    code_table, memo_table = Code.__table__, Memo.__table__
    with project.write() as session:
        source, target = _get(session, source_id), _get(session, target_id)
        if target_id in descendant_ids(session, source_id):
            raise UserError("codes.cannot_merged_into_own_sub", source=visible(source.name))
        children = session.execute(select(Code.id, Code.sort_order, Code.name_key, Code.name)
                                   .where(Code.parent_id == source_id).order_by(Code.id)).all()
        clash = session.scalar(select(Code.name).where(
            Code.parent_id == target_id, Code.name_key.in_([child.name_key for child in children])))
        if clash is not None:
            raise UserError("codes.sub_code_named_already_rename", target=visible(target.name),
                            clash=visible(clash), source=visible(source.name))
        # The target's copy of a source passage, if it has one: same document, span and coder.
        same_span = ((twin.c.code_id == target_id) & (twin.c.document_id == passages.c.document_id)
                     & (twin.c.start == passages.c.start) & (twin.c.end == passages.c.end)
                     & (twin.c.coder_id == passages.c.coder_id))
        has_twin = select(twin.c.id).where(same_span).exists()
        [saved_source] = stored.save(session, StoredCode, Code.id == source_id)
        twins = stored.save(session, StoredPassage, Annotation.code_id == source_id, has_twin)
        moved = tuple(session.scalars(select(Annotation.id).where(
            Annotation.code_id == source_id, ~has_twin).order_by(Annotation.id)))
        # Twins whose memo the target's passage lacks: it takes theirs.
        copies = session.execute(
            select(twin.c.id, twin.c.memo, passages.c.memo.label("source_memo"))
            .join(twin, same_span)
            .where(passages.c.code_id == source_id, passages.c.memo != "", twin.c.memo == "")
        ).all()
        memo_ids = tuple(session.scalars(
            select(Memo.id).where(Memo.code_id == source_id).order_by(Memo.id)))
        documents = sorted(set(session.scalars(
            select(Annotation.document_id).where(Annotation.code_id == source_id).distinct())))

        if copies:
            session.execute(update(passages).where(passages.c.id == bindparam("twin_id"))
                            .values(memo=bindparam("copied")),
                            [{"twin_id": row.id, "copied": row.source_memo} for row in copies])
        stored.remove(session, project, twins)
        session.execute(update(passages).where(passages.c.code_id == source_id)
                        .values(code_id=target_id))
        for document_id in documents:
            changes.record(session, project, "passage", changes.CHANGED, document_id=document_id)
        session.execute(update(code_table).where(code_table.c.parent_id == source_id)
                        .values(parent_id=target_id))
        session.execute(update(memo_table).where(memo_table.c.code_id == source_id)
                        .values(code_id=target_id))
        for memo_id in memo_ids:
            changes.record(session, project, "memo", changes.CHANGED, entity_id=memo_id)
        description = None
        if source.description and not target.description:
            description = target.description
            session.execute(update(code_table).where(code_table.c.id == target_id)
                            .values(description=source.description))
        for child_id, *_ in children:
            changes.record(session, project, "code", changes.CHANGED, entity_id=child_id)
        changes.record(session, project, "code", changes.CHANGED, entity_id=target_id)
        stored.remove(session, project, [saved_source])
    return CodeMerge(
        source=saved_source, target_id=target_id, moved=moved, twins=twins,
        memos_copied=tuple((row.id, row.memo) for row in copies),
        children=tuple((child.id, child.sort_order) for child in children),
        memos=memo_ids, description=description,
    )


@retrying
def unmerge(project: Project, merge: CodeMerge) -> CodeInfo:
    """Undo `merge_codes` exactly, in one transaction: the source code back under its id, with
    its passages, sub-codes, memos and description where they were, the twins' memos as they
    were. Refused, changing nothing, when the project changed meanwhile so that it cannot."""
    source = merge.source
    passages, code_table, memo_table = Annotation.__table__, Code.__table__, Memo.__table__
    with project.write() as session:
        target = _get(session, merge.target_id)
        _check_can_come_back(session, source)
        stored.put_back(session, project, [source])
        for child_id, sort_order in merge.children:
            if not session.execute(update(code_table).where(
                    code_table.c.id == child_id, code_table.c.parent_id == target.id)
                    .values(parent_id=source.id, sort_order=sort_order)).rowcount:
                raise _changed_meanwhile(source, target)
            changes.record(session, project, "code", changes.CHANGED, entity_id=child_id)
        recoded = 0
        for chunk in stored.chunks(merge.moved):
            recoded += session.execute(update(passages).where(
                passages.c.id.in_(chunk), passages.c.code_id == target.id)
                .values(code_id=source.id)).rowcount
        if recoded != len(merge.moved):
            raise _changed_meanwhile(source, target)
        documents: set[int] = set()
        for chunk in stored.chunks(merge.moved):
            documents.update(session.scalars(select(Annotation.document_id)
                                             .where(Annotation.id.in_(chunk)).distinct()))
        for document_id in sorted(documents):
            changes.record(session, project, "passage", changes.CHANGED, document_id=document_id)
        if merge.memos_copied:
            session.execute(update(passages).where(passages.c.id == bindparam("twin_id"))
                            .values(memo=bindparam("before")),
                            [{"twin_id": twin_id, "before": memo} for twin_id, memo in merge.memos_copied])
        stored.put_back(session, project, merge.twins)
        for memo_id in merge.memos:
            if not session.execute(update(memo_table).where(
                    memo_table.c.id == memo_id, memo_table.c.code_id == target.id)
                    .values(code_id=source.id)).rowcount:
                raise _changed_meanwhile(source, target)
            changes.record(session, project, "memo", changes.CHANGED, entity_id=memo_id)
        if merge.description is not None:
            session.execute(update(code_table).where(code_table.c.id == target.id)
                            .values(description=merge.description))
        changes.record(session, project, "code", changes.CHANGED, entity_id=target.id)
    return get_code(project, source.id)


def _changed_meanwhile(source: StoredCode, target: Code) -> UserError:
    return UserError("codes.changed_since_merged_into_another", target=visible(target.name),
                     source=visible(source.name))


def _check_can_come_back(session: Session, code: StoredCode) -> None:
    """A deleted code can be put back under its id: the id is free, its parent is there, its
    name and key are free. Else a UserError that says why."""
    if session.get(Code, code.id) is not None:
        raise UserError("codes.code_already_exists", id=code.id)
    if code.parent_id is not None and session.get(Code, code.parent_id) is None:
        raise UserError("codes.cannot_come_back_parent_code", name=visible(code.name))
    _check_name_free(session, code.name, code.parent_id)
    if code.shortcut:
        _check_shortcut_free(session, code.shortcut)


def count_affected(project: Project, code_id: int) -> tuple[int, int]:
    """How many passages and sub-codes deleting this code would remove (its whole subtree)."""
    with project.read() as session:
        _get(session, code_id)
        subtree = descendant_ids(session, code_id)
        passages = session.scalar(
            select(func.count(Annotation.id)).where(Annotation.code_id.in_(subtree))
        )
    return passages or 0, len(subtree) - 1


@retrying
def delete_code(project: Project, code_id: int, *, delete_passages: bool = False) -> CodeDeletion:
    """Delete a code, its sub-codes and their memos, in one transaction. Refused while they
    hold passages, unless the caller (after asking the user) passes delete_passages=True.
    What comes back is everything deleted, for `restore_code_deletion`."""
    with project.write() as session:
        code = _get(session, code_id)
        subtree = sorted(descendant_ids(session, code_id))
        passages = session.scalar(
            select(func.count(Annotation.id)).where(Annotation.code_id.in_(subtree))
        ) or 0
        if passages and not delete_passages:
            raise UserError(
                "codes.sub_codes_hold_coded_passages", name=visible(code.name),
                passages=passages
            )
        saved_passages = stored.save(session, StoredPassage, Annotation.code_id.in_(subtree))
        saved_memos = stored.save(session, StoredMemo, Memo.code_id.in_(subtree))
        levels = _levels(stored.save(session, StoredCode, Code.id.in_(subtree)), code_id)
        stored.remove(session, project, saved_passages)
        stored.remove(session, project, saved_memos)
        # Children before parents, so the parent foreign key never points at a deleted code.
        for level in reversed(levels):
            stored.remove(session, project, level)
    return CodeDeletion(tuple(code for level in levels for code in level), saved_passages, saved_memos)


def _levels(codes: tuple[StoredCode, ...], top_id: int) -> list[list[StoredCode]]:
    """A subtree's codes by depth below its top: [[top], [its children], …]."""
    levels = [[code for code in codes if code.id == top_id]]
    while True:
        above = {code.id for code in levels[-1]}
        below = [code for code in codes if code.parent_id in above]
        if not below:
            return levels
        levels.append(below)


@retrying
def restore_code_deletion(project: Project, deletion: CodeDeletion) -> CodeInfo:
    """Put deleted codes back exactly (ids, identities, keys, order) with their passages and
    memos, in one transaction (undo of `delete_code`); refused, changing nothing, when the
    project changed meanwhile so that they cannot come back."""
    top = deletion.codes[0]
    with project.write() as session:
        _check_can_come_back(session, top)
        for code in deletion.codes[1:]:
            if session.get(Code, code.id) is not None:
                raise UserError("codes.code_already_exists", id=code.id)
            if code.shortcut:
                _check_shortcut_free(session, code.shortcut)
        stored.put_back(session, project, deletion.codes)
        stored.put_back(session, project, deletion.passages)
        stored.put_back(session, project, deletion.memos)
    return get_code(project, top.id)


def _get(session: Session, code_id: int) -> Code:
    code = session.get(Code, code_id)
    if code is None:
        raise UserError("codes.no_such_id", code_id=code_id)
    return code


def load_codebook(project: Project, path: Path) -> list[CodeInfo]:
    """Add the codes of a codebook JSON file ({"codes": [{name, color, description, shortcut,
    children: [...]}]}) that the project does not have yet."""
    try:
        entries = json.loads(Path(path).read_text(encoding="utf-8"))["codes"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise UserError("codes.not_codebook_file", path=path, error=error) from None
    added: list[CodeInfo] = []
    # A code the project has already, by its folded name: its children go below the project's.
    existing = {fold_name(code.name): code.name for code in list_codes(project)}

    def add(entry: dict, parent: str | None) -> None:
        name = existing.get(fold_name(entry["name"]), entry["name"])
        if fold_name(entry["name"]) not in existing:
            added.append(
                add_code(
                    project,
                    entry["name"],
                    entry["color"],
                    parent=parent,
                    description=entry.get("description", ""),
                    shortcut=entry.get("shortcut"),
                )
            )
        for child in entry.get("children", []):
            add(child, NAME_PREFIX + name)

    for entry in entries:
        add(entry, None)
    return added
