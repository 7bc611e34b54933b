"""A small project holding one of everything, and a way to read every row of one, for the
tests of copying, merging and snapshots on both dialects."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select

from annotator import paths
from annotator.project import Project
from annotator.services import annotations, codes, memos
from annotator.services.codes import load_codebook
from annotator.services.imports import ImportOptions, import_file
from db.copy import TABLES
from db.models import Base

# Characters outside the Basic Multilingual Plane, where offsets matter.
TEXT_ONE = "𠮷毛澤東到莫斯科。斯大林說：「𪚥。」談判開始了。"
TEXT_TWO = "中苏友好同盟互助条约在莫斯科签订。周恩来参加谈判。"


def fill(project: Project, folder: Path) -> dict[str, int]:
    """Documents, a code tree (a parent with a higher id than its child), passages with memos,
    a deleted passage (so the counter is past the highest stored id), memos, a word."""
    load_codebook(project, paths.DEFAULT_CODEBOOK)
    (folder / "one.txt").write_text(TEXT_ONE, encoding="utf-8")
    (folder / "two.txt").write_text(TEXT_TWO, encoding="utf-8")
    one = import_file(project, folder / "one.txt", ImportOptions(author="丁明")).document
    two = import_file(project, folder / "two.txt").document
    child = codes.add_code(project, "treaty", "#112233", parent="diplomacy")
    newer = codes.add_code(project, "alliance", "#445566")
    codes.move_code(project, child.id, newer.id)  # child.id < newer.id
    first = annotations.tag(project, one.id, 0, 4, "negotiation", memo="𠮷 is one character", coder="沈志華")
    annotations.tag(project, one.id, 1, 4, "treaty", coder="楊奎松")
    annotations.tag(project, two.id, 0, 8, "alliance", coder="沈志華")
    gone = annotations.tag(project, two.id, 9, 12, "security", coder="沈志華")
    annotations.untag(project, gone.id)
    memos.add_memo(project, document=one.id, text="Memo on the document", coder="沈志華")
    memos.add_memo(project, code="treaty", text="條約", title="about treaties")
    from annotator.services.segmentation import add_dictionary_word

    add_dictionary_word(project, "莫斯科")
    return {"one": one.id, "two": two.id, "first_passage": first.id, "deleted_passage": gone.id}


def rows(engine: Engine) -> dict[str, list[dict]]:
    """Every row of every copied table, by primary key."""
    result = {}
    with engine.connect() as connection:
        for name in TABLES:
            table = Base.metadata.tables[name]
            result[name] = [row._asdict() for row in connection.execute(
                select(table).order_by(*table.primary_key.columns))]
    return result
