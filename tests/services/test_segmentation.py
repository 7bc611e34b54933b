"""The project's own dictionary words, and snapping a range to words or sentences."""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from annotator import paths
from annotator.errors import UserError
from annotator.project import Project
from annotator.services import segmentation
from annotator.services.documents import document_text, load_boundaries
from annotator.services.imports import import_file, segment_folded
from annotator.services.segmentation import add_dictionary_word, dictionary_words, snap
from annotator.text.boundaries import encode_boundaries
from annotator.text.segment import Segmenter
from db.engine import ENV_BUSY_TIMEOUT
from db.models import Document, Segmentation
from tests.conftest import SIMPLIFIED_SAMPLE

ROOT = Path(__file__).resolve().parents[2]
TEXT = "毛澤東與斯大林在克里姆林宮會談。中蘇友好同盟互助條約隨後簽訂。"
KREMLIN_TALKS = "克里姆林宫会谈"
TREATY = "中苏友好同盟互助条约"


def pieces(project, document_id: int) -> list[str]:
    text = document_text(project, document_id)
    words = load_boundaries(project, document_id).words
    return [text[a:b] for a, b in zip(words, words[1:])]


def test_a_new_word_resegments_the_documents_that_contain_it(project, write_text) -> None:
    document = import_file(project, write_text("talks.txt", TEXT)).document
    assert "克里姆林宮會談" not in pieces(project, document.id)
    # The word is added in simplified form; the traditional text is found through its folding.
    assert add_dictionary_word(project, "克里姆林宫会谈") == [document.id]
    assert "克里姆林宮會談" in pieces(project, document.id)
    assert dictionary_words(project) == ["克里姆林宫会谈"]


def test_presegmented_documents_keep_their_source_boundaries(project) -> None:
    document = import_file(project, SIMPLIFIED_SAMPLE).document
    before = pieces(project, document.id)
    assert add_dictionary_word(project, "毛泽东这次") == []
    assert pieces(project, document.id) == before


def test_bad_or_repeated_words_are_refused(project) -> None:
    add_dictionary_word(project, "師哲")
    with pytest.raises(UserError, match="already"):
        add_dictionary_word(project, "師哲")
    with pytest.raises(UserError, match="no spaces"):
        add_dictionary_word(project, "師 哲")


def test_snapping_widens_a_range_to_words_and_sentences(project, write_text) -> None:
    document = import_file(project, write_text("talks.txt", TEXT)).document
    assert snap(project, document.id, 1, 2) == (0, 3)  # 毛澤東
    sentence = TEXT.index("。") + 1
    assert snap(project, document.id, 5, 6, "sentence") == (0, sentence)
    with pytest.raises(UserError):
        snap(project, document.id, 0, len(TEXT) + 1)


def stored_segmentations(project: Project) -> dict[int, tuple[bytes, str]]:
    """Each document's stored word boundaries and the method that made them."""
    with project.read() as session:
        rows = session.execute(
            select(Segmentation.document_id, Segmentation.word_boundaries, Segmentation.method)
        ).all()
    return {document_id: (boundaries, method) for document_id, boundaries, method in rows}


def fresh_segmentation(project: Project, document_id: int, words: list[str]) -> tuple[bytes, str]:
    """What a Segmenter that has known ``words`` from the start stores for a document."""
    with project.read() as session:
        folded_text = session.scalar(
            select(Document.folded_text).where(Document.id == document_id)
        )
    fresh = Segmenter(cache_dir=paths.cache_dir(), extra_words=words)
    try:
        return encode_boundaries(segment_folded(fresh, folded_text)), fresh.method
    finally:
        fresh.close()


def pause_before_writing(monkeypatch: pytest.MonkeyPatch, project: Project, meanwhile) -> None:
    """Run ``meanwhile(attempt)`` each time ``project`` is about to begin a write: after the
    service has read the dictionary and segmented, before it holds the write lock."""
    real_write = project.write
    attempts = 0

    @contextmanager
    def write() -> Iterator:
        nonlocal attempts
        attempts += 1
        meanwhile(attempts)
        with real_write() as session:
            yield session

    monkeypatch.setattr(project, "write", write)


def test_two_words_added_at_once_by_two_programs_both_resegment(
    project: Project, write_text, monkeypatch: pytest.MonkeyPatch
) -> None:
    both = import_file(project, write_text("talks.txt", TEXT)).document
    talks_only = import_file(project, write_text("talks-only.txt", TEXT[:16])).document

    def other_program_adds_a_word(attempt: int) -> None:
        if attempt == 1:  # a whole `words add` in another process, between our read and write
            subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "--project", str(project.path),
                 "words", "add", KREMLIN_TALKS],
                cwd=ROOT, check=True, capture_output=True, timeout=120,
            )

    pause_before_writing(monkeypatch, project, other_program_adds_a_word)
    assert add_dictionary_word(project, TREATY) == [both.id]

    assert dictionary_words(project) == sorted([KREMLIN_TALKS, TREATY])
    stored = stored_segmentations(project)
    fresh = {document.id: fresh_segmentation(project, document.id, [KREMLIN_TALKS, TREATY])
             for document in (both, talks_only)}
    assert stored[both.id] == fresh[both.id]  # the same boundaries, made with both words
    # Re-segmented by the other program only, which is enough: it does not contain ours.
    assert stored[talks_only.id][0] == fresh[talks_only.id][0]
    assert {"克里姆林宮會談", "中蘇友好同盟互助條約"} <= set(pieces(project, both.id))


def test_a_dictionary_that_keeps_changing_is_refused_after_a_few_attempts(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Project(tmp_path / "project.sqlite") as other:

        def other_program_adds_a_word(attempt: int) -> None:
            add_dictionary_word(other, f"詞{attempt}")

        pause_before_writing(monkeypatch, project, other_program_adds_a_word)
        with pytest.raises(UserError, match="changing"):
            add_dictionary_word(project, TREATY)
    assert TREATY not in dictionary_words(project)


def test_a_document_imported_meanwhile_by_another_program_is_resegmented_too(
    project: Project, tmp_path: Path, write_text, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = import_file(project, write_text("talks.txt", TEXT)).document
    with Project(tmp_path / "project.sqlite") as other:

        def other_program_imports(attempt: int) -> None:
            if attempt == 1:  # segmented by the other program, which does not know our word
                import_file(other, write_text("meanwhile.txt", TEXT[16:]))

        pause_before_writing(monkeypatch, project, other_program_imports)
        affected = add_dictionary_word(project, TREATY)
    assert len(affected) == 2 and affected[0] == first.id
    for document_id in affected:
        assert "中蘇友好同盟互助條約" in pieces(project, document_id)


def test_nothing_is_segmented_while_the_write_lock_is_held(
    project: Project, write_text, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = import_file(project, write_text("talks.txt", TEXT)).document
    real_segment_folded = segmentation.segment_folded
    segmented: list[int] = []

    def segment_folded_while_another_program_writes(*args, **kwargs):
        # Another program can take the write lock at once: we do not hold it.
        other = sqlite3.connect(project.path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        finally:
            other.close()
        segmented.append(len(args[1]))
        return real_segment_folded(*args, **kwargs)

    monkeypatch.setattr(segmentation, "segment_folded", segment_folded_while_another_program_writes)
    assert add_dictionary_word(project, TREATY) == [document.id]
    assert segmented == [len(TEXT)]
    assert "中蘇友好同盟互助條約" in pieces(project, document.id)


def test_after_a_word_is_added_later_imports_know_it_and_the_old_workers_stop(
    project: Project, write_text
) -> None:
    before = project.segmenter
    assert before.warm_up()
    old_workers = {child.pid for child in multiprocessing.active_children()}
    assert old_workers
    add_dictionary_word(project, TREATY)
    assert project.segmenter is not before
    assert not old_workers & {child.pid for child in multiprocessing.active_children()}
    later = import_file(project, write_text("later.txt", TEXT)).document
    assert "中蘇友好同盟互助條約" in pieces(project, later.id)


@contextmanager
def locked_by_another_program(path: Path) -> Iterator[None]:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@contextmanager
def words_refused_by_the_database(path: Path) -> Iterator[None]:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute(
        "CREATE TRIGGER refuse_words BEFORE INSERT ON dictionary_words "
        "BEGIN SELECT RAISE(ABORT, 'no new words'); END"
    )
    try:
        yield
    finally:
        other.execute("DROP TRIGGER refuse_words")
        other.close()


@pytest.mark.parametrize("failure", [locked_by_another_program, words_refused_by_the_database])
def test_when_the_write_fails_the_segmenter_and_the_project_are_unchanged(
    tmp_path: Path, write_text, monkeypatch: pytest.MonkeyPatch, failure
) -> None:
    monkeypatch.setenv(ENV_BUSY_TIMEOUT, "50")
    with Project(tmp_path / "project.sqlite") as project:
        document = import_file(project, write_text("talks.txt", TEXT)).document
        before_segmenter = project.segmenter
        before_pieces = pieces(project, document.id)
        before_stored = stored_segmentations(project)
        with failure(project.path), pytest.raises(UserError):
            add_dictionary_word(project, TREATY)
        assert project.segmenter is before_segmenter
        assert dictionary_words(project) == []
        assert stored_segmentations(project) == before_stored
        boundaries = project.segmenter.segment(TEXT)
        assert [TEXT[a:b] for a, b in zip(boundaries, boundaries[1:])] == before_pieces
        # Once the failure is over the word is added.
        assert add_dictionary_word(project, TREATY) == [document.id]
        assert "中蘇友好同盟互助條約" in pieces(project, document.id)
