"""Nothing lost between a text file and a CSV export, for any text (property test).

Random text of hanzi, Extension B characters, line endings, spaces, control and bidirectional
characters and formula starters is written to a file, imported, tagged at random spans and
exported; read back, every row holds exactly the stored characters at its offsets, and its ids
and offsets are the ones stored. Inputs the importer refuses must be refused in one line.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from annotator.errors import USER_ERRORS
from annotator.services import annotations
from annotator.services.documents import delete_document, document_text
from annotator.services.export import read_csv, write_csv
from annotator.services.imports import ImportOptions, import_file

CODES = ("security", "diplomacy", "negotiation")
PIECES = (
    "\n", "\r\n", "\r", " ", "\t", "　", "。", "，", "=", "+", "-", "@", "'", "\"", ",",
    "=SUM(A1)", "@cmd", "𠮷", "𪚥", "\u202e", "\u202d", "\u202c", "\u2066", "\u2069",
    "\u200e", "\u200f", "\x07", "\x1b", "\x0b", "\x7f", "\x85", "\ufeff",
    "毛澤東", "斯大林", "蘇聯", "后", "發", "a",
)
hanzi = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
extension_b = st.characters(min_codepoint=0x20000, max_codepoint=0x2A6DF)
piece = st.one_of(hanzi, hanzi, hanzi, extension_b, st.sampled_from(PIECES))
texts = st.lists(piece, min_size=1, max_size=120).map("".join)
cells = st.lists(st.one_of(hanzi, st.sampled_from(PIECES)), max_size=12).map("".join)
coders = cells.filter(lambda name: name.strip() != "")


def stored_form(text: str) -> str:
    """What an exact import (UTF-8, no clean-up, no un-segmenting) stores: line endings unified
    and a leading byte-order mark dropped, nothing else."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=texts, exact=st.booleans(), data=st.data())
def test_text_survives_import_tagging_and_csv_export(project, tmp_path: Path, text: str,
                                                     exact: bool, data: st.DataObject) -> None:
    path = tmp_path / "隨機 文本.txt"
    path.write_bytes(text.encode("utf-8"))
    # Exact: what the file holds is what is stored. Otherwise detection and clean-up decide,
    # and only the export is checked against what was stored.
    options = (ImportOptions(encoding="utf-8", presegmented="no", clean_web="no") if exact
               else ImportOptions())
    try:
        document = import_file(project, path, options).document
    except USER_ERRORS as error:
        message = str(error)
        assert message and "\n" not in message and "Traceback" not in message
        event("refused")
        return
    event("imported")
    try:
        stored = document_text(project, document.id)
        assert len(stored) == document.length
        if exact:
            assert stored == stored_form(text)
        assert document.title == "隨機 文本"

        tagged: dict[int, tuple[int, int]] = {}
        seen: set[tuple[int, int, str, str]] = set()
        for _ in range(data.draw(st.integers(1, 6), label="passages")):
            start = data.draw(st.integers(0, len(stored) - 1), label="start")
            end = data.draw(st.integers(start + 1, len(stored)), label="end")
            code = data.draw(st.sampled_from(CODES), label="code")
            coder = data.draw(coders, label="coder")
            if (start, end, code, coder.strip()) in seen:
                continue
            seen.add((start, end, code, coder.strip()))
            memo = data.draw(cells, label="memo")
            passage = annotations.tag(project, document.id, start, end, code, memo=memo,
                                      coder=coder)
            assert passage.text == stored[start:end]
            tagged[passage.id] = (start, end)

        out = tmp_path / "export.csv"
        assert write_csv(project, annotations.list_passages(project), out) == len(tagged)
        rows = read_csv(out)
        assert {int(row["annotation_id"]) for row in rows} == set(tagged)
        for row in rows:
            start, end = int(row["start"]), int(row["end"])
            assert (start, end) == tagged[int(row["annotation_id"])]
            assert int(row["document_id"]) == document.id
            assert row["text"] == stored[start:end]
            assert row["document"] == document.title
        passages = {p.id: p for p in annotations.list_passages(project)}
        for row in rows:
            passage = passages[int(row["annotation_id"])]
            assert (row["memo"], row["coder"], row["code"]) == (passage.memo, passage.coder,
                                                                 passage.code)
    finally:
        delete_document(project, document.id)
