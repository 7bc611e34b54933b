"""CSV export: what a spreadsheet user gets."""

from __future__ import annotations

import csv

import pytest

from annotator.errors import UserError
from annotator.services import annotations
from annotator.services.export import HEADER, read_csv, write_csv
from annotator.services.imports import import_file

TEXT = "第一句話。𠮷野說：=SUM(A1)是公式。\n第三句，毛澤東訪蘇，談判開始。最後一句。"


@pytest.fixture
def coded(project, write_text):
    document = import_file(project, write_text("export.txt", TEXT)).document
    formula = TEXT.index("=SUM")
    annotations.tag(project, document.id, formula, formula + 8, "security", memo="+danger")
    start = TEXT.index("毛澤東")
    annotations.tag(project, document.id, start, start + 5, "diplomacy", memo="多行\n備註, \"引號\"")
    annotations.tag(project, document.id, 0, TEXT.index("第三句") + 3, "negotiation")
    return document


def test_the_file_opens_in_excel_as_utf8_with_the_exact_header(project, coded, tmp_path) -> None:
    out = tmp_path / "passages.csv"
    count = write_csv(project, annotations.list_passages(project), out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.splitlines()[0].decode("utf-8-sig") == ",".join(HEADER)
    assert count == 3


def test_text_is_the_stored_slice_and_survives_a_round_trip(project, coded, tmp_path) -> None:
    out = tmp_path / "passages.csv"
    write_csv(project, annotations.list_passages(project), out)
    rows = read_csv(out)
    for row in rows:
        assert row["text"] == TEXT[int(row["start"]):int(row["end"])]
    spanning = next(row for row in rows if row["code"] == "negotiation")
    assert "\n" in spanning["text"] and "𠮷" in spanning["text"]
    diplomacy = next(row for row in rows if row["code"] == "diplomacy")
    assert diplomacy["text_simplified"] == "毛泽东访苏" and diplomacy["text_traditional"] == "毛澤東訪蘇"
    assert diplomacy["memo"] == "多行\n備註, \"引號\""
    assert diplomacy["context_before"] == "第三句，"
    assert diplomacy["context_after"] == "，談判開始。"
    assert diplomacy["created_at"].endswith("+00:00")


def test_cells_excel_would_run_as_formulas_are_neutralised(project, coded, tmp_path) -> None:
    out = tmp_path / "passages.csv"
    write_csv(project, annotations.list_passages(project), out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    security = next(row for row in rows if row["code"] == "security")
    assert security["text"] == "'=SUM(A1)"
    assert security["memo"] == "'+danger"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@"))


def test_a_failed_export_leaves_the_previous_file_untouched(project, coded, tmp_path) -> None:
    out = tmp_path / "passages.csv"
    out.write_text("previous export", encoding="utf-8")
    with pytest.raises(UserError, match="no such folder"):
        write_csv(project, annotations.list_passages(project), tmp_path / "missing" / "x.csv")
    assert out.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_exporting_by_filter_writes_the_same_file_as_exporting_the_listed_passages(project, coded, tmp_path) -> None:
    from annotator.domain import PassageFilter
    from annotator.services.export import export_csv

    security = next(p.code_id for p in annotations.list_passages(project) if p.code == "security")
    for passage_filter in (PassageFilter(), PassageFilter(code_ids=(security,)), PassageFilter(text_contains="毛泽东")):
        by_filter, by_list = tmp_path / "a.csv", tmp_path / "b.csv"
        export_csv(project, passage_filter, by_filter)
        write_csv(project, annotations.list_passages(project, passage_filter), by_list)
        assert by_filter.read_bytes() == by_list.read_bytes()


def test_the_column_of_a_documents_own_script_is_its_text(project, write_text, tmp_path) -> None:
    # s2t would write 祕, 瞭, 後 here; t2s would write 干杯. A quotation must be the source.
    traditional = "毛澤東秘密訪問蘇聯，了解會談情況後，斯大林吃驚。" * 3
    simplified = "这个著名的人乾杯，毛泽东访苏。" * 3
    documents = {}
    for name, text in (("trad.txt", traditional), ("simp.txt", simplified)):
        documents[name] = import_file(project, write_text(name, text)).document
        annotations.tag(project, documents[name].id, 0, 20, "diplomacy")
    assert (documents["trad.txt"].script, documents["simp.txt"].script) == ("traditional", "simplified")
    out = tmp_path / "passages.csv"
    write_csv(project, annotations.list_passages(project), out)
    rows = {row["document_id"]: row for row in read_csv(out)}
    trad, simp = rows[str(documents["trad.txt"].id)], rows[str(documents["simp.txt"].id)]
    assert trad["text_traditional"] == trad["text"] == traditional[:20]
    assert trad["text_simplified"].startswith("毛泽东秘密访问苏联，了解会谈情况后")
    assert simp["text_simplified"] == simp["text"] == simplified[:20]
    assert simp["text_traditional"].startswith("這個著名的人乾杯")


def test_a_mixed_document_has_both_columns_converted(project, write_text, tmp_path) -> None:
    mixed = "毛澤東訪蘇聯。毛泽东访苏联。" * 4
    document = import_file(project, write_text("mixed.txt", mixed)).document
    assert document.script == "mixed"
    annotations.tag(project, document.id, 0, 14, "diplomacy")
    out = tmp_path / "passages.csv"
    write_csv(project, annotations.list_passages(project), out)
    [row] = read_csv(out)
    assert row["text"] == "毛澤東訪蘇聯。毛泽东访苏联。"
    assert row["text_simplified"] == "毛泽东访苏联。毛泽东访苏联。"
    assert row["text_traditional"] == "毛澤東訪蘇聯。毛澤東訪蘇聯。"
