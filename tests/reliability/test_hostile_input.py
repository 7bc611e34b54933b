"""Hostile and broken input: nothing hangs, nothing is lost, nothing is shown that misleads.

Regexes that backtrack for ever are stopped; oversized files are refused before they are read;
odd file names and a million characters on one line import; control characters and
bidirectional overrides are stored and exported exactly but never shown raw; formulas in any
exported cell are neutralised and restored.
"""

from __future__ import annotations

import csv
import time
import tracemalloc
from pathlib import Path

import pytest

from annotator import cli
from annotator.errors import UserError
from annotator.services import annotations
from annotator.services.codes import add_code
from annotator.services.documents import document_text, list_documents, load_boundaries
from annotator.services.export import read_csv, write_csv
from annotator.services.imports import ImportOptions, import_file, prepare_document, store_document
from annotator.services.search import search
from annotator.text.display import HIDDEN
from tests.conftest import TRADITIONAL_SAMPLE

RLO, LRO, PDF, LRI, PDI, LRM, RLM = "\u202e", "\u202d", "\u202c", "\u2066", "\u2069", "\u200e", "\u200f"
BIDI = RLO + LRO + PDF + LRI + "\u2067\u2068" + PDI + LRM + RLM
C0 = "\x01\x07\x08\x0b\x0c\x1b\x1f\x7f"  # no NUL (a binary file) and no CR (a line ending)


# -- regex search: bounded time ------------------------------------------------------------------


@pytest.fixture
def long_run(project, write_text):
    """A document whose text is a long run of 毛 and a character no pattern below expects."""
    return import_file(project, write_text("run.txt", "毛" * 5000 + "說")).document


def test_a_nested_repeat_that_would_backtrack_for_ever_stops_with_a_one_line_error(
    project, long_run
) -> None:
    # (毛+)+$ against n 毛 and a non-match takes some 2**n steps: with 5,000, `re` never ends.
    started = time.monotonic()
    with pytest.raises(UserError) as raised:
        search(project, "(毛+)+$", regex=True, timeout=1)
    assert time.monotonic() - started < 3
    message = str(raised.value)
    assert message.startswith("the regular expression “(毛+)+$” took longer than 1 s; simplify it")
    assert "\n" not in message


def test_the_timeout_is_for_the_whole_search_not_each_document(project, write_text) -> None:
    for number in range(4):
        import_file(project, write_text(f"run{number}.txt", "毛" * (3000 + number) + "說"))
    started = time.monotonic()
    with pytest.raises(UserError, match="took longer than 0.4 s"):
        search(project, "(毛|毛)+$", regex=True, timeout=0.4)
    assert time.monotonic() - started < 1.5  # not 4 × 0.4 s


def test_the_command_line_reports_a_runaway_regex_in_one_line(capsys, tmp_path, write_text,
                                                              monkeypatch) -> None:
    import annotator.services.search as search_module

    monkeypatch.setattr(search_module, "REGEX_TIMEOUT_SECONDS", 0.3)
    project_file = str(tmp_path / "cli.sqlite")
    assert cli.main(["import", str(write_text("run.txt", "毛" * 3000 + "說")), "--project", project_file]) == 0
    capsys.readouterr()
    assert cli.main(["search", "(毛|毛)+$", "--regex", "--project", project_file]) == 1
    err = capsys.readouterr().err
    assert "took longer than 0.3 s" in err and err.count("\n") == 1 and "Traceback" not in err


def test_regex_search_still_folds_scripts(project, write_text) -> None:
    import_file(project, write_text("t.txt", "毛澤東說：勝利。"))
    import_file(project, write_text("s.txt", "毛泽东说：胜利。"))
    # A traditional pattern, with regex syntax around it, finds both scripts at stored offsets.
    hits = search(project, r"毛澤東.：\p{Han}+", regex=True).hits
    assert sorted(hit.match for hit in hits) == ["毛泽东说：胜利", "毛澤東說：勝利"]
    assert all((hit.start, hit.end) == (0, 7) for hit in hits)


def test_literal_search_treats_regex_syntax_as_text(project, long_run, write_text) -> None:
    assert search(project, "(毛+)+$").total == 0
    import_file(project, write_text("lit.txt", "式子(毛+)+$在此。"))
    [hit] = search(project, "(毛+)+$").hits
    assert hit.match == "(毛+)+$"


# -- files: size, names, long lines --------------------------------------------------------------


def test_a_100_mb_file_is_refused_before_it_is_read(project, tmp_path) -> None:
    path = tmp_path / "huge.txt"
    chunk = TRADITIONAL_SAMPLE.read_bytes()
    with path.open("wb") as handle:
        for _ in range(100 * 2**20 // len(chunk) + 1):
            handle.write(chunk)
    assert path.stat().st_size > 100 * 2**20
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(UserError) as raised:
            import_file(project, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 1
    assert peak < 5 * 2**20  # the file was never read into memory
    message = str(raised.value)
    assert message.startswith("huge.txt: is 100 MB, larger than the 64 MB") and "\n" not in message
    assert list_documents(project) == []


def test_a_sparse_file_over_the_limit_is_refused(project, tmp_path) -> None:
    path = tmp_path / "sparse.txt"
    with path.open("wb") as handle:
        handle.truncate(100 * 2**20)
    with pytest.raises(UserError, match="larger than the 64 MB"):
        import_file(project, path)
    assert list_documents(project) == []


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_that_reports_no_size_is_refused_before_it_is_read(project) -> None:
    # A device reports size 0 and never ends: reading it at all is a waste of 64 MB.
    with pytest.raises(UserError, match=r"^zero: not a regular file \(a device\)"):
        import_file(project, Path("/dev/zero"))
    assert list_documents(project) == []


def test_a_chinese_file_name_with_spaces_imports_titled_by_its_name(project, write_text) -> None:
    path = write_text("毛澤東 訪蘇 日記 （1949年）.txt", "毛澤東到達莫斯科。")
    document = import_file(project, path).document
    assert document.title == "毛澤東 訪蘇 日記 （1949年）"
    assert document.source_name == "毛澤東 訪蘇 日記 （1949年）.txt"
    assert document_text(project, document.id) == "毛澤東到達莫斯科。"


@pytest.mark.slow
def test_a_million_characters_on_one_line_import_with_sound_boundaries(project, tmp_path) -> None:
    # Real prose with its line breaks removed, then a stretch of hanzi without any punctuation.
    prose = TRADITIONAL_SAMPLE.read_text(encoding="utf-8").replace("\n", "")
    text = (prose * (900_000 // len(prose) + 1))[:900_000] + ("毛澤東訪問蘇聯" * 15_000)[:100_000]
    assert len(text) == 1_000_000 and "\n" not in text
    path = tmp_path / "one line.txt"
    path.write_text(text, encoding="utf-8")
    # In this process: the same boundaries as the workers give, and no pool to start in a test.
    prepared = prepare_document(path.read_bytes(), path.name, ImportOptions(), project.segmenter,
                                parallel=False)
    document = store_document(project, prepared)
    assert document_text(project, document.id) == text
    boundaries = load_boundaries(project, document.id)
    for cuts in (boundaries.words, boundaries.sentences):
        assert cuts[0] == 0 and cuts[-1] == len(text)
        assert all(a < b for a, b in zip(cuts, cuts[1:]))
    # Words are words, not the whole line or single characters throughout.
    lengths = [b - a for a, b in zip(boundaries.words, boundaries.words[1:])]
    assert max(lengths) < 50 and sum(length > 1 for length in lengths) > 100_000


# -- control and bidirectional characters: kept, never shown raw ---------------------------------

# Prose around them, as in a real file: text made mostly of controls is refused as binary.
HOSTILE_TEXT = (
    f"毛澤東{RLO}說：勝利{PDF}。\n{C0}斯大林{LRI}曰{PDI}{LRM}好{RLM}。\t完\n"
    + TRADITIONAL_SAMPLE.read_text(encoding="utf-8")[:600]
)


def test_control_and_bidi_characters_are_stored_exactly(project, write_text) -> None:
    document = import_file(project, write_text("hostile.txt", HOSTILE_TEXT)).document
    assert document_text(project, document.id) == HOSTILE_TEXT
    assert document.length == len(HOSTILE_TEXT)


def test_control_and_bidi_characters_survive_the_csv_exactly(project, write_text, tmp_path) -> None:
    document = import_file(project, write_text("hostile.txt", HOSTILE_TEXT)).document
    start, end = HOSTILE_TEXT.index(RLO), HOSTILE_TEXT.index("完") + 1
    passage = annotations.tag(project, document.id, start, end, "security", memo=f"備註{RLO}反{PDF}")
    out = tmp_path / "out.csv"
    write_csv(project, annotations.list_passages(project), out)
    [row] = read_csv(out)
    assert row["text"] == HOSTILE_TEXT[start:end] == passage.text
    assert row["memo"] == f"備註{RLO}反{PDF}"
    assert (int(row["start"]), int(row["end"])) == (start, end)


def test_the_command_line_tables_show_no_raw_control_or_bidi_characters(capsys, tmp_path) -> None:
    project_file = str(tmp_path / "cli.sqlite")
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE_TEXT, encoding="utf-8")
    title = f"{RLO}txt.exe{PDF}標題{C0}"
    assert cli.main(["import", str(path), "--title", title, "--project", project_file]) == 0
    assert cli.main(["tag", "1", "0", str(HOSTILE_TEXT.index("完") + 1), "security", "--coder", f"甲{LRO}乙",
                     "--memo", f"備註{RLM}{RLO}", "--project", project_file]) == 0
    capsys.readouterr()
    for argv in (["docs"], ["passages"], ["search", "勝利"], ["search", "斯大林.曰", "--regex"]):
        assert cli.main([*argv, "--project", project_file]) == 0
        out = capsys.readouterr().out
        assert out.strip(), argv
        assert not set(out) & HIDDEN, (argv, out)
    # The JSON output is data, not a display: it keeps the characters (escaped or exact).
    assert cli.main(["docs", "--json", "--project", project_file]) == 0
    import json

    [listed] = json.loads(capsys.readouterr().out)
    assert listed["title"] == title


# -- formulas: every text cell neutralised, and restored exactly ---------------------------------


def test_formulas_in_title_code_coder_memo_and_context_are_neutralised(project, write_text,
                                                                       tmp_path) -> None:
    text = "-1是減。@user+1說。=SUM(A1)"
    path = write_text("formula.txt", text)
    document = import_file(project, path, ImportOptions(title="=HYPERLINK(\"http://x\")")).document
    add_code(project, "+code", "#AA0000")
    add_code(project, "@child", "#00AA00", parent="+code")
    start = text.index("@user")
    annotations.tag(project, document.id, start, start + 5, "@child", coder="-coder",
                    memo="=cmd|' /C calc'!A0")
    out = tmp_path / "formula.csv"
    write_csv(project, annotations.list_passages(project), out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        [raw] = list(csv.DictReader(handle))
    assert raw["document"] == "'=HYPERLINK(\"http://x\")"
    assert raw["code"] == "'@child" and raw["code_path"] == "'+code/@child"
    assert raw["coder"] == "'-coder" and raw["memo"] == "'=cmd|' /C calc'!A0"
    assert raw["text"] == "'@user"
    assert raw["context_before"] == "'-1是減。"
    assert raw["context_after"] == "'+1說。"
    for value in raw.values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))
    [restored] = read_csv(out)
    assert restored["document"] == "=HYPERLINK(\"http://x\")"
    assert (restored["code"], restored["code_path"]) == ("@child", "+code/@child")
    assert (restored["coder"], restored["memo"]) == ("-coder", "=cmd|' /C calc'!A0")
    assert restored["text"] == "@user" and restored["context_before"] == "-1是減。"


def test_a_cell_that_starts_with_an_apostrophe_round_trips(project, write_text, tmp_path) -> None:
    text = "'引號開頭的句子。"
    document = import_file(project, write_text("quote.txt", text)).document
    annotations.tag(project, document.id, 0, 3, "security", coder="'coder", memo="'memo")
    out = tmp_path / "quote.csv"
    write_csv(project, annotations.list_passages(project), out)
    [row] = read_csv(out)
    assert (row["text"], row["coder"], row["memo"]) == ("'引號", "'coder", "'memo")
