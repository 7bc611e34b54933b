"""A project on each dialect with what compound actions touch: two documents, a code with a
sub-code, twin passages, memos on codes and on a document."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from annotator import paths
from annotator.project import Project
from annotator.services import annotations, codes, memos
from annotator.services.codes import load_codebook
from annotator.services.imports import import_file

TEXT = "𠮷毛澤東到莫斯科。斯大林說：勝利者是不能受指責的。"


@dataclass
class World:
    project: Project
    first: int  # documents
    second: int
    security: int  # codes
    army: int  # a sub-code of security
    diplomacy: int


@pytest.fixture
def world(location: str, write_text):
    with Project(location) as project:
        load_codebook(project, paths.DEFAULT_CODEBOOK)
        first = import_file(project, write_text("a.txt", TEXT)).document.id
        second = import_file(project, write_text("b.txt", TEXT + "又一版。"), allow_duplicate=True).document.id
        security = codes.get_code(project, "security").id
        army = codes.add_code(project, "army", parent="security").id
        diplomacy = codes.get_code(project, "diplomacy").id
        annotations.tag(project, first, 1, 4, security, memo="毛")
        annotations.tag(project, first, 1, 4, diplomacy)  # a twin of the one above
        annotations.tag(project, second, 5, 8, army)
        annotations.tag(project, second, 10, 13, diplomacy, memo="斯大林")
        memos.add_memo(project, code=security, text="包括軍事援助")
        memos.add_memo(project, code=army, text="軍隊")
        memos.add_memo(project, document=first, text="來源可疑")
        yield World(project, first, second, security, army, diplomacy)


