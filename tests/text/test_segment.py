"""Word segmentation: offsets that hold in the original text, whatever its script."""

import ast
import logging
import multiprocessing
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text.errors import TextError
from annotator.text.presegmented import remove_segmentation_spaces
from annotator.text.resources import HISTORICAL_NAMES
from annotator.text.script import Script, to_simplified
from annotator.text import segment_pool
from annotator.text.segment import SegmentationCancelled, Segmenter


@pytest.fixture(scope="module")
def segmenter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Segmenter]:
    segmenter = Segmenter(cache_dir=tmp_path_factory.mktemp("jieba"))
    yield segmenter
    segmenter.close()


def words(segmenter: Segmenter, text: str, script: Script | None = None) -> list[str]:
    b = segmenter.segment(text, script=script)
    return [text[x:y] for x, y in zip(b, b[1:], strict=False)]


def dictionary_names() -> list[str]:
    lines = HISTORICAL_NAMES.read_text(encoding="utf-8").splitlines()
    return [line.split()[0] for line in lines if line.strip() and not line.startswith("#")]


def is_one_segment(boundaries: list[int], start: int, end: int) -> bool:
    return start in boundaries and end in boundaries and not any(
        start < b < end for b in boundaries
    )


def test_words_of_a_simplified_sentence(segmenter: Segmenter) -> None:
    assert words(segmenter, "毛泽东访问苏联。") == ["毛泽东", "访问", "苏联", "。"]


def test_traditional_text_is_segmented_like_its_simplified_form(segmenter: Segmenter) -> None:
    assert words(segmenter, "毛澤東訪問蘇聯。") == ["毛澤東", "訪問", "蘇聯", "。"]


def test_the_traditional_sample_is_segmented_through_its_conversion(
    segmenter: Segmenter, traditional_sample: str
) -> None:
    boundaries = segmenter.segment(traditional_sample)
    assert boundaries == segmenter.segment(
        to_simplified(traditional_sample), script=Script.SIMPLIFIED
    )
    assert words(segmenter, traditional_sample)[:4] == ["丁", " ", "明", "\n"]


@pytest.mark.parametrize("name", dictionary_names())
def test_dictionary_names_are_one_segment_in_the_samples(
    segmenter: Segmenter, traditional_sample: str, simplified_sample: str, name: str
) -> None:
    simplified_text = remove_segmentation_spaces(simplified_sample).text
    # The names occur in the traditional sample; its simplified conversion, segmented as
    # simplified text, must keep them whole as well.
    texts = [traditional_sample, to_simplified(traditional_sample), simplified_text]
    found = 0
    for text in texts:
        boundaries = segmenter.segment(text)
        for match in re.finditer(re.escape(name), text):
            found += 1
            assert is_one_segment(boundaries, match.start(), match.end()), (name, match.start())
    assert found, f"{name} occurs in neither sample"


def test_names_in_the_presegmented_sample_stay_whole(
    segmenter: Segmenter, simplified_sample: str
) -> None:
    text = remove_segmentation_spaces(simplified_sample).text
    boundaries = segmenter.segment(text)
    for name in ("毛泽东", "斯大林", "阿洛夫", "刘少奇", "莫斯科"):
        for match in re.finditer(name, text):
            assert is_one_segment(boundaries, match.start(), match.end()), name


def test_characters_beyond_the_bmp_are_segments_with_right_offsets(
    segmenter: Segmenter,
) -> None:
    text = "毛泽东𠮷野家𪚥字\n斯大林"
    assert words(segmenter, text)[0] == "毛泽东"
    assert "𠮷" in words(segmenter, text) and "𪚥" in words(segmenter, text)
    assert segmenter.segment(text)[-2:] == [len(text) - 3, len(text)]


def test_line_breaks_are_segments_and_empty_text_has_one_boundary(
    segmenter: Segmenter,
) -> None:
    assert words(segmenter, "苏联\n\n中国") == ["苏联", "\n", "\n", "中国"]
    assert segmenter.segment("") == [0]


def test_a_long_unpunctuated_line_is_segmented_whole(
    segmenter: Segmenter, traditional_sample: str
) -> None:
    text = re.sub(r"[^\u4e00-\u9fff]", "", to_simplified(traditional_sample)) * 4
    assert len(text) > 25_000
    boundaries = segmenter.segment(text, script=Script.SIMPLIFIED)
    assert boundaries[0] == 0 and boundaries[-1] == len(text)
    assert all(a < b for a, b in zip(boundaries, boundaries[1:], strict=False))


def test_an_added_word_becomes_one_segment_in_either_script(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    segmenter = Segmenter(cache_dir=tmp_path_factory.mktemp("jieba"), extra_words=["阿洛夫"])
    before = segmenter.method
    assert words(segmenter, "苏联同志罗斯巴赫说") != ["苏联", "同志", "罗斯巴赫", "说"]
    segmenter.add_word("羅斯巴赫")
    assert words(segmenter, "苏联同志罗斯巴赫说") == ["苏联", "同志", "罗斯巴赫", "说"]
    assert words(segmenter, "蘇聯同志羅斯巴赫說") == ["蘇聯", "同志", "羅斯巴赫", "說"]
    assert segmenter.method != before


def test_empty_or_spaced_words_are_refused(segmenter: Segmenter) -> None:
    for word in ("", "  ", "约瑟夫 斯大林"):
        with pytest.raises(TextError):
            segmenter.add_word(word)


def test_method_names_jieba_and_a_hash_of_the_dictionaries(segmenter: Segmenter) -> None:
    assert re.fullmatch(r"jieba-0\.42\.1 precise HMM \+dict:[0-9a-f]{8}", segmenter.method)
    assert Segmenter(user_dictionaries=()).method != segmenter.method


def test_loading_is_quiet_keeps_its_cache_in_cache_dir_and_is_thread_safe(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    segmenter = Segmenter(cache_dir=tmp_path / "cache")
    text = "毛澤東乘坐的專列順利抵達莫斯科北站"
    results: list[list[int]] = []
    threads = [
        threading.Thread(target=lambda: results.append(segmenter.segment(text)))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4 and all(r == results[0] for r in results)
    assert (tmp_path / "cache" / "jieba.cache").is_file()
    assert capfd.readouterr().err == ""


def test_a_missing_or_malformed_user_dictionary_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TextError, match="^missing.txt: cannot read the dictionary"):
        Segmenter(cache_dir=tmp_path, user_dictionaries=[tmp_path / "missing.txt"]).preload()
    bad = tmp_path / "bad.txt"
    bad.write_text("# names\n师哲 100 nr\n罗申 100 nr extra\n", encoding="utf-8")
    with pytest.raises(TextError, match="^bad.txt, line 3:"):
        Segmenter(cache_dir=tmp_path, user_dictionaries=[bad]).preload()


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.sampled_from("毛泽东澤訪问蘇联苏𠮷𪚥，。 \n\u3000abc12"),
            st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        ),
        max_size=50,
    ),
    st.sampled_from([None, *Script]),
)
def test_boundaries_start_at_zero_end_at_the_length_and_strictly_increase(
    segmenter: Segmenter, text: str, script: Script | None
) -> None:
    boundaries = segmenter.segment(text, script=script)
    assert boundaries[0] == 0 and boundaries[-1] == len(text)
    assert all(a < b for a, b in zip(boundaries, boundaries[1:], strict=False))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("毛泽东访问苏联，。 \r\u3000abc12"), max_size=30),
                max_size=8))
def test_lines_cut_together_give_the_words_each_line_cut_alone_gives(
    segmenter: Segmenter, lines: list[str]
) -> None:
    # Several lines go to jieba in one call; a line break (and "\r" before one) must still be
    # a segment of its own, and no word may change at a line's edge.
    text = "\n".join(lines)
    alone, start = [0], 0
    for number, line in enumerate(lines):
        if number:  # the line break before this line
            start += 1
            alone.append(start)
        alone.extend(start + b for b in segmenter.segment(line, script=Script.SIMPLIFIED)[1:])
        start += len(line)
    assert segmenter.segment(text, script=Script.SIMPLIFIED) == alone


# Long texts: segmented by worker processes, which must give exactly the serial result.


def repeated(text: str, length: int = 300_000) -> str:
    return text * (length // len(text) + 1)


@pytest.fixture(scope="module")
def long_traditional(traditional_sample: str) -> str:
    return repeated(traditional_sample)


@pytest.fixture(scope="module")
def long_traditional_serial(segmenter: Segmenter, long_traditional: str) -> list[int]:
    return segmenter.segment(long_traditional, parallel=False)


def test_workers_segment_a_long_traditional_text_exactly_like_one_process(
    segmenter: Segmenter, long_traditional: str, long_traditional_serial: list[int]
) -> None:
    assert segmenter.segment(long_traditional, parallel=True) == long_traditional_serial
    # Over the threshold, the automatic choice gives the same result too.
    assert segmenter.segment(long_traditional) == long_traditional_serial


def test_workers_segment_a_long_simplified_text_exactly_like_one_process(
    segmenter: Segmenter, simplified_sample: str
) -> None:
    text = repeated(remove_segmentation_spaces(simplified_sample).text)
    serial = segmenter.segment(text, parallel=False)
    assert segmenter.segment(text, parallel=True) == serial
    assert is_one_segment(serial, text.index("毛泽东"), text.index("毛泽东") + 3)


def test_workers_cut_a_very_long_line_where_one_process_would(
    segmenter: Segmenter, traditional_sample: str
) -> None:
    # One unpunctuated traditional line of ~80,000 characters between ordinary lines.
    line = re.sub(r"[^\u4e00-\u9fff]", "", traditional_sample) * 10
    text = traditional_sample + line + "\n" + traditional_sample
    assert len(line) > 70_000
    assert segmenter.segment(text, parallel=True) == segmenter.segment(text, parallel=False)


@pytest.mark.parametrize("parallel", [False, True])
def test_progress_rises_to_one(
    segmenter: Segmenter, long_traditional: str, parallel: bool
) -> None:
    reported: list[float] = []
    segmenter.segment(long_traditional, progress=reported.append, parallel=parallel)
    assert len(reported) > 3
    assert reported == sorted(reported) and 0 < reported[0] and reported[-1] == 1.0


@pytest.mark.parametrize("parallel", [False, True])
def test_cancel_stops_segmentation_and_the_segmenter_still_works(
    segmenter: Segmenter,
    long_traditional: str,
    long_traditional_serial: list[int],
    parallel: bool,
) -> None:
    cancel = threading.Event()
    reported: list[float] = []

    def progress(fraction: float) -> None:
        reported.append(fraction)
        cancel.set()

    with pytest.raises(SegmentationCancelled):
        segmenter.segment(long_traditional, progress=progress, cancel=cancel, parallel=parallel)
    assert reported and reported[-1] < 1.0
    assert segmenter.segment(long_traditional, parallel=parallel) == long_traditional_serial


def test_a_word_added_after_the_workers_started_reaches_them(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    segmenter = Segmenter(cache_dir=tmp_path_factory.mktemp("jieba"))
    try:
        assert segmenter.warm_up()
        text = "苏联同志罗斯巴赫说\n蘇聯同志羅斯巴赫說\n"
        start = text.index("羅斯巴赫")
        assert not is_one_segment(segmenter.segment(text, parallel=True), start, start + 4)
        segmenter.add_word("羅斯巴赫")
        boundaries = segmenter.segment(text, parallel=True)
        assert is_one_segment(boundaries, start, start + 4)
        assert is_one_segment(boundaries, 4, 8)  # the simplified form as well
        assert boundaries == segmenter.segment(text, parallel=False)
    finally:
        segmenter.close()


def test_after_close_the_segmenter_starts_new_workers_when_needed(
    segmenter: Segmenter, traditional_sample: str
) -> None:
    segmenter.segment("毛泽东访问苏联。\n", parallel=True)
    segmenter.close()
    serial = segmenter.segment(traditional_sample, parallel=False)
    assert segmenter.segment(traditional_sample, parallel=True) == serial


def test_when_a_worker_dies_the_text_is_segmented_in_this_process(
    segmenter: Segmenter,
    long_traditional: str,
    long_traditional_serial: list[int],
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert segmenter.warm_up()
    for child in multiprocessing.active_children():
        child.kill()
        child.join()
    with caplog.at_level(logging.WARNING):
        assert segmenter.segment(long_traditional, parallel=True) == long_traditional_serial
    assert "segmentation workers failed" in caplog.text
    # The next long text gets new workers.
    assert segmenter.warm_up()


def test_when_workers_cannot_start_the_text_is_segmented_in_this_process(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    long_traditional: str,
    long_traditional_serial: list[int],
    caplog: pytest.LogCaptureFixture,
) -> None:
    def no_processes(*args: object, **kwargs: object) -> None:
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(segment_pool.cf, "ProcessPoolExecutor", no_processes)
    segmenter = Segmenter(cache_dir=tmp_path)
    with caplog.at_level(logging.WARNING):
        assert not segmenter.warm_up()
        assert segmenter.segment(long_traditional, parallel=True) == long_traditional_serial
    assert "cannot start" in caplog.text


def _qt_and_database_modules_after(statement: str) -> list[str]:
    """The Qt, database and window/service modules a fresh interpreter holds after `statement`.
    The database layer is the top-level package `db` (there is no `annotator.db`)."""
    code = (
        f"import sys; {statement}; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'sqlalchemy', 'alembic', 'db') or "
        "m.startswith(('annotator.ui', 'annotator.services', 'annotator.project'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    return ast.literal_eval(result.stdout)


def test_the_worker_side_imports_neither_qt_nor_the_database() -> None:
    assert _qt_and_database_modules_after("import annotator.text.segment_pool") == []


def test_the_import_check_sees_the_database_when_it_is_imported() -> None:
    # What the check above would report if segmenting pulled in the project: it can fail.
    found = _qt_and_database_modules_after("import annotator.project")
    assert {"db", "db.models", "sqlalchemy", "annotator.project"} <= set(found)


@pytest.mark.parametrize("parallel", [False, True])
def test_packed_boundaries_are_the_listed_ones(segmenter: Segmenter, long_traditional: str,
                                               long_traditional_serial: list[int], parallel: bool) -> None:
    packed = segmenter.segment_packed(long_traditional, parallel=parallel)
    assert packed.itemsize == 4 and packed.tolist() == long_traditional_serial
