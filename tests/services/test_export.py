"""CSV export: what a spreadsheet user gets."""

from __future__ import annotations

import csv
import os
import stat
import time
from pathlib import Path

import pytest

from annotator.errors import UserError
from annotator.services import annotations
from annotator.services.export import HEADER, LEFTOVER_AGE_SECONDS, TEMPORARY_SUFFIX, read_csv, write_csv
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


# -- what an export may replace: a new file or an ordinary writable one, nothing else ------------


def test_the_project_and_its_files_are_never_replaced_however_the_path_is_spelt(project, coded, tmp_path) -> None:
    before = sorted(p.id for p in annotations.list_passages(project))
    (tmp_path / "sub").mkdir()
    (tmp_path / "linked-folder").symlink_to(tmp_path)
    os.link(project.path, tmp_path / "hard-link.sqlite")
    spellings = [
        project.path, tmp_path / "sub" / ".." / "project.sqlite", tmp_path / "linked-folder" / "project.sqlite",
        tmp_path / "hard-link.sqlite",  # the same file under another name
        Path(f"{project.path}-wal"), Path(f"{project.path}-shm"), Path(f"{project.path}-lock"),
        tmp_path / "linked-folder" / "project.sqlite-wal",
    ]
    for spelling in spellings:
        with pytest.raises(UserError, match="is the project"):
            write_csv(project, annotations.list_passages(project), spelling)
    assert sorted(p.id for p in annotations.list_passages(project)) == before == [1, 2, 3]
    assert project.path.read_bytes().startswith(b"SQLite format 3\x00")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(TEMPORARY_SUFFIX)]


def test_nothing_in_the_backups_folder_is_replaced_or_added(project, coded, tmp_path) -> None:
    from db.backup import backup_folder, list_backups, make_backup

    backup = make_backup(project.path, "manual")
    kept = backup.read_bytes()
    (tmp_path / "sub").mkdir()
    for destination in (backup, backup_folder(project.path) / "new.csv", backup_folder(project.path),
                        tmp_path / "sub" / ".." / "project.sqlite.backups" / backup.name):
        with pytest.raises(UserError, match="backups folder|is a folder"):
            write_csv(project, annotations.list_passages(project), destination)
    assert backup.read_bytes() == kept and [b.path for b in list_backups(project.path)] == [backup]
    assert sorted(p.name for p in backup_folder(project.path).iterdir()) == [backup.name]


def test_a_read_only_file_is_not_replaced(project, coded, tmp_path) -> None:
    kept = tmp_path / "kept.csv"
    kept.write_text("the only copy", encoding="utf-8")
    kept.chmod(0o444)  # no write bit for anyone: refused even for root, whom os.access lets write
    with pytest.raises(UserError, match="read-only"):
        write_csv(project, annotations.list_passages(project), kept)
    assert kept.read_text(encoding="utf-8") == "the only copy"


def test_a_symbolic_link_is_refused_unless_asked_then_its_target_is_replaced_in_its_folder(project, coded, tmp_path) -> None:
    (tmp_path / "elsewhere").mkdir()
    target = tmp_path / "elsewhere" / "real.csv"
    target.write_text("old export", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    with pytest.raises(UserError, match="symbolic link"):
        write_csv(project, annotations.list_passages(project), link)
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "old export"

    assert write_csv(project, annotations.list_passages(project), link, follow_symlinks=True) == 3
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert len(read_csv(target)) == 3
    assert sorted(p.name for p in (tmp_path / "elsewhere").iterdir()) == ["real.csv"]
    # A link to the project is refused even when links are followed.
    (tmp_path / "to-project.csv").symlink_to(project.path)
    with pytest.raises(UserError, match="is the project itself"):
        write_csv(project, annotations.list_passages(project), tmp_path / "to-project.csv", follow_symlinks=True)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_a_folder_and_a_device_are_not_replaced(project, coded, tmp_path) -> None:
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    (folder / "inside.txt").write_text("kept", encoding="utf-8")
    refused = {pipe: "a pipe", folder: "a folder"}
    device = tmp_path / "null"
    try:  # a device of our own (as root): /dev/null itself must never be at risk in a test
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        refused[device] = "a device"
    except (PermissionError, AttributeError):
        pass
    for destination, kind in refused.items():
        with pytest.raises(UserError, match=f"is {kind}, not a regular file"):
            write_csv(project, annotations.list_passages(project), destination)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode) and (folder / "inside.txt").read_text(encoding="utf-8") == "kept"
    if device in refused:
        assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_the_temporary_file_has_a_name_of_its_own(project, coded, tmp_path, monkeypatch) -> None:
    replaced: list[str] = []
    real_replace = os.replace

    def watching(source, destination):
        replaced.append(Path(source).name)
        return real_replace(source, destination)

    monkeypatch.setattr(os, "replace", watching)
    write_csv(project, annotations.list_passages(project), tmp_path / "passages.csv")
    [name] = replaced
    assert name.startswith(".passages.csv.") and name.endswith(TEMPORARY_SUFFIX)


def test_the_next_export_removes_what_a_killed_export_left(project, coded, tmp_path) -> None:
    old = time.time() - LEFTOVER_AGE_SECONDS - 60

    def leftover(name: str, age: float | None = old) -> Path:
        path = tmp_path / name
        path.write_bytes(b"x" * 1000)  # a half-written export (the was 29 MB)
        if age is not None:
            os.utime(path, (age, age))
        return path

    killed = leftover(f".passages.csv.k1ll3d_x{TEMPORARY_SUFFIX}")
    running = leftover(f".passages.csv.running1{TEMPORARY_SUFFIX}", age=None)  # another export, now
    other_name = leftover(f".other.csv.k1ll3d_x{TEMPORARY_SUFFIX}")
    not_ours = leftover(".passages.csv.k1ll3d_x")  # no suffix: not an export's
    write_csv(project, annotations.list_passages(project), tmp_path / "passages.csv")
    assert not killed.exists()
    assert running.exists() and other_name.exists() and not_ours.exists()
    assert len(read_csv(tmp_path / "passages.csv")) == 3


# -- every format goes through the same safety: the extension picks the writer, not the rules --

EXTENSIONS = (".csv", ".xlsx", ".qdpx", ".qdc", ".html")


@pytest.mark.parametrize("extension", EXTENSIONS)
def test_no_format_replaces_the_project_or_its_files(project, coded, tmp_path, extension) -> None:
    from annotator.domain import PassageFilter
    from annotator.project import Project
    from annotator.services.export import export_to

    kept = project.path.read_bytes()
    before = sorted(p.id for p in annotations.list_passages(project))
    # The project under a name of this format: a hard link (the same file), a symbolic link
    # (followed when asked).
    os.link(project.path, tmp_path / f"hard{extension}")
    link = tmp_path / f"send{extension}"
    link.symlink_to(project.path)
    for destination, follow in ((tmp_path / f"hard{extension}", False), (link, True)):
        with pytest.raises(UserError, match="is the project itself"):
            export_to(project, PassageFilter(), destination, follow_symlinks=follow)
    with pytest.raises(UserError, match="symbolic link"):
        export_to(project, PassageFilter(), link)
    assert project.path.read_bytes() == kept
    assert sorted(p.id for p in annotations.list_passages(project)) == before
    # A project whose own file has this extension, however the path is spelt.
    (tmp_path / "sub").mkdir()
    with Project(tmp_path / "sub" / f"work{extension}") as odd:
        for destination in (odd.path, tmp_path / "sub" / ".." / "sub" / f"work{extension}"):
            with pytest.raises(UserError, match="is the project itself"):
                export_to(odd, PassageFilter(), destination)
        assert odd.path.read_bytes().startswith(b"SQLite format 3\x00")
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(TEMPORARY_SUFFIX)]


@pytest.mark.parametrize("extension", EXTENSIONS)
def test_every_format_is_written_atomically_under_the_exports_temporary_name(
        project, coded, tmp_path, monkeypatch, extension) -> None:
    from annotator.domain import PassageFilter
    from annotator.services.export import export_to

    replaced: list[tuple[str, str]] = []
    real_replace = os.replace

    def watching(source, destination):
        replaced.append((Path(source).name, Path(destination).name))
        return real_replace(source, destination)

    monkeypatch.setattr(os, "replace", watching)
    out = tmp_path / f"out{extension}"
    export_to(project, PassageFilter(), out)
    source, destination = replaced[-1]
    assert destination == out.name
    assert source.startswith(f".{out.name}.") and source.endswith(TEMPORARY_SUFFIX)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize("extension", EXTENSIONS)
def test_a_read_only_file_of_any_format_is_not_replaced(project, coded, tmp_path, extension) -> None:
    from annotator.domain import PassageFilter
    from annotator.services.export import export_to

    kept = tmp_path / f"kept{extension}"
    kept.write_text("the only copy", encoding="utf-8")
    kept.chmod(0o444)
    with pytest.raises(UserError, match="read-only"):
        export_to(project, PassageFilter(), kept)
    assert kept.read_text(encoding="utf-8") == "the only copy"


def test_an_extension_no_export_writes_is_refused_before_anything(project, coded, tmp_path) -> None:
    from annotator.domain import PassageFilter
    from annotator.services.export import export_to

    with pytest.raises(UserError, match=r"\.csv, \.xlsx, \.qdpx, \.qdc, \.html"):
        export_to(project, PassageFilter(), tmp_path / "passages.docx")
    assert list(tmp_path.glob("passages*")) == []


@pytest.mark.parametrize("extension", (".csv", ".xlsx", ".qdpx", ".html"))
def test_a_cancelled_export_leaves_the_destination_as_it_was(project, coded, tmp_path, extension) -> None:
    import threading

    from annotator.domain import PassageFilter
    from annotator.services.export import ExportCancelled, export_to

    out = tmp_path / f"previous{extension}"
    out.write_text("the previous export", encoding="utf-8")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ExportCancelled):
        export_to(project, PassageFilter(), out, cancel=cancel)
    assert out.read_text(encoding="utf-8") == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_an_export_reports_its_progress_to_the_end(project, coded, tmp_path) -> None:
    from annotator.domain import PassageFilter
    from annotator.services.export import export_to

    seen: list[float] = []
    export_to(project, PassageFilter(), tmp_path / "out.xlsx", progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)


def test_a_cancelled_export_leaves_no_file_and_stops_reading_rows(project, coded, tmp_path) -> None:
    import threading

    from annotator.services.export import CANCEL_CHECK_ROWS, ExportCancelled, write_table_csv

    cancel = threading.Event()
    produced: list[int] = []

    def rows():
        for number in range(100 * CANCEL_CHECK_ROWS):
            produced.append(number)
            if number == 10:
                cancel.set()  # the user pressed Cancel while the rows were being written
            yield [number, "行"]

    new, previous = tmp_path / "new.csv", tmp_path / "previous.csv"
    previous.write_text("previous export", encoding="utf-8")
    for destination in (new, previous):
        produced.clear()
        with pytest.raises(ExportCancelled):
            write_table_csv(project, ("n", "text"), rows(), destination, cancel=cancel)
        cancel.clear()
        assert len(produced) <= CANCEL_CHECK_ROWS + 1  # stopped at the next check, not at the end
    assert not new.exists()
    assert previous.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    # A cancel set before the last row was written still writes nothing.
    cancel.set()
    with pytest.raises(ExportCancelled):
        write_csv(project, annotations.list_passages(project), new, cancel=cancel)
    assert not new.exists()


def test_a_long_export_reports_its_progress(project, tmp_path) -> None:
    from annotator.services.export import CANCEL_CHECK_ROWS, write_table_csv

    shares: list[float] = []
    rows = [[number, "行"] for number in range(3 * CANCEL_CHECK_ROWS)]
    written = write_table_csv(project, ("n", "text"), rows, tmp_path / "long.csv",
                              progress=shares.append, total=len(rows))
    assert written == len(rows) and shares == [0.0, 1 / 3, 2 / 3]
