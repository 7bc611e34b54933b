"""Reading help's dictionary: CC-CEDICT entries for a word in either script, pypinyin readings."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from annotator.text import lexicon
from annotator.text.lexicon import DictionaryMissing, Lexicon, explain, lookup, numbered_to_marks, pinyin


def glosses(word: str) -> list[str]:
    return [gloss for entry in lookup(word) for gloss in entry.glosses]


@pytest.mark.parametrize("word", ["毛泽东", "毛澤東", "毛泽東"])  # simplified, traditional, mixed
def test_a_name_is_found_in_either_script(word: str) -> None:
    (entry,) = lookup(word)
    assert (entry.traditional, entry.simplified) == ("毛澤東", "毛泽东")
    assert entry.pinyin_numbered == "Mao2 Ze2 dong1"
    assert entry.pinyin == "Máo Zé dōng"
    assert "Mao Zedong" in entry.glosses[0]


def test_stalin_is_in_the_dictionary() -> None:
    assert any("Stalin" in gloss for gloss in glosses("斯大林"))


@pytest.mark.parametrize("word", ["条约", "條約"])
def test_treaty_in_both_scripts(word: str) -> None:
    (entry,) = lookup(word)
    assert entry.glosses[0] == "treaty"
    assert (entry.traditional, entry.simplified, entry.pinyin) == ("條約", "条约", "tiáo yuē")


def test_a_simplified_character_finds_each_traditional_word_it_stands_for() -> None:
    # 后 is the simplified form of 後 (behind) and a traditional character itself (empress).
    assert {entry.traditional for entry in lookup("后")} == {"后", "後"}
    # Written 後, it is only "behind": the empress is not offered to a reader of 後.
    assert {entry.traditional for entry in lookup("後")} == {"後"}
    assert "behind" in glosses("後")


def test_a_variant_form_is_found_through_its_standard_one() -> None:
    # 擡 is Taiwan's form; CC-CEDICT writes 抬頭.
    assert lookup("擡頭")[0].simplified == "抬头"


def test_a_character_with_several_readings_has_one_entry_per_reading() -> None:
    readings = {entry.pinyin for entry in lookup("行")}
    assert {"háng", "xíng"} <= readings


def test_entries_that_only_give_a_surname_come_last() -> None:
    entries = lookup("毛")
    assert entries[0].glosses[0] == "hair"
    assert entries[-1].glosses == ("surname Mao",)


@pytest.mark.parametrize(("word", "reading"), [
    ("毛泽东", "máo zé dōng"),
    ("條約", "tiáo yuē"),
    ("银行", "yín háng"),  # pypinyin's phrase table chooses the reading in the word
    ("行走", "xíng zǒu"),
    ("重庆", "chóng qìng"),
    ("重要", "zhòng yào"),
    ("綠", "lǜ"),
    ("1949年", "1949 nián"),
])
def test_pinyin_has_tone_marks_and_reads_the_word_as_a_whole(word: str, reading: str) -> None:
    assert pinyin(word) == reading


@pytest.mark.parametrize(("numbered", "marked"), [
    ("Mao2 Ze2 dong1", "Máo Zé dōng"),
    ("lu:4", "lǜ"),
    ("nu:3 ren2", "nǚ rén"),
    ("Ou1 zhou1", "Ōu zhōu"),  # capital letters keep the mark
    ("gui4 liu2 shui3", "guì liú shuǐ"),
    ("ma5", "ma"),
    ("m2", "ḿ"),
    ("ng4", "ǹg"),
    ("er2 r5", "ér r"),
    ("san1 C", "sān C"),
])
def test_cc_cedict_numbered_pinyin_gets_tone_marks(numbered: str, marked: str) -> None:
    assert numbered_to_marks(numbered) == marked


def test_every_syllable_of_cc_cedict_gets_the_marks_pypinyin_gives_it() -> None:
    from pypinyin.contrib.tone_convert import to_tone

    text = gzip.decompress(lexicon.default_path().read_bytes()).decode("utf-8")
    syllables = {
        syllable
        for line in text.splitlines() if not line.startswith("#")
        for syllable in line.split(" [", 1)[1].split("] ", 1)[0].split(" ")
        if syllable[-1:].isdigit()
    }
    assert len(syllables) > 1500
    wrong = [(s, numbered_to_marks(s), to_tone(s.lower().replace("u:", "v")))
             for s in sorted(syllables)
             if numbered_to_marks(s).lower() != to_tone(s.lower().replace("u:", "v"))]
    assert wrong == []


def test_a_word_not_in_the_dictionary_gets_its_characters_entries() -> None:
    assert lookup("毛主席说") == []
    help_ = explain("毛主席说")
    assert help_.pinyin == "máo zhǔ xí shuō"
    assert [c.word for c in help_.characters] == ["毛", "主", "席", "说"]
    said = help_.characters[3]
    assert said.pinyin == "shuō"
    assert any("to speak" in gloss for entry in said.entries for gloss in entry.glosses)


def test_a_word_in_the_dictionary_lists_no_characters() -> None:
    assert explain("条约").characters == ()


@pytest.mark.parametrize("word", ["𠮷", "𠮷野家", "𪚥", "，", "", "abc"])
def test_characters_without_an_entry_or_reading_do_not_fail(word: str) -> None:
    help_ = explain(word)
    assert "𠮷" not in help_.pinyin and "𪚥" not in help_.pinyin
    if word == "𠮷野家":
        assert [c.word for c in help_.characters] == ["𠮷", "野", "家"]
        assert help_.characters[0].entries == ()
        assert help_.characters[1].pinyin == "yě"


def test_cross_references_in_glosses_get_tone_marks() -> None:
    assert lexicon.marked_gloss("CL:個|个[ge4]") == "CL:個|个[gè]"
    assert lexicon.marked_gloss("see 拜拜[bai2 bai2]") == "see 拜拜[bái bái]"
    assert lexicon.marked_gloss("(1893-1976) [sic]") == "(1893-1976) [sic]"


def test_the_installed_dictionary_names_its_publisher_licence_and_date() -> None:
    source = lexicon.source()
    assert source.publisher == "MDBG"
    assert source.licence == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert source.entries > 100_000
    assert len(source.date) == 10 and source.date[4] == "-"


SMALL = (
    "# CC-CEDICT\n#! date=2024-01-02T00:00:00Z\n#! entries=3\n#! publisher=MDBG\n"
    "長城 长城 [Chang2 cheng2] /the Great Wall/\n"
    "行 行 [hang2] /row/line/\n"
    "行 行 [xing2] /to walk/to go/\n"
)


def test_a_dictionary_is_read_from_a_plain_or_gzipped_file(tmp_path: Path) -> None:
    plain, packed = tmp_path / "cedict.txt", tmp_path / "cedict.txt.gz"
    plain.write_text(SMALL, encoding="utf-8")
    packed.write_bytes(gzip.compress(SMALL.encode("utf-8")))
    for path in (plain, packed):
        small = Lexicon.from_file(path)
        assert [e.glosses for e in small.lookup("行")] == [("row", "line"), ("to walk", "to go")]
        assert small.lookup("長城")[0].pinyin == "Cháng chéng"
        assert small.lookup("长城") == small.lookup("長城")
        assert small.lookup("城") == []
        assert lexicon.source(path).date == "2024-01-02"


def test_a_missing_or_broken_dictionary_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryMissing, match="cannot be read"):
        Lexicon.from_file(tmp_path / "nowhere.txt.gz")
    broken = tmp_path / "broken.txt.gz"
    broken.write_bytes(gzip.compress(SMALL.encode("utf-8"))[:20])
    with pytest.raises(DictionaryMissing, match="broken.txt.gz"):
        Lexicon.from_file(broken)


def test_a_missing_package_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import resources

    def not_installed(name: str):
        raise ModuleNotFoundError(f"No module named {name!r}")

    monkeypatch.setattr(resources, "files", not_installed)
    with pytest.raises(DictionaryMissing, match="not installed"):
        lexicon.default_path()


def test_looking_up_is_cached_per_word() -> None:
    first = explain("斯大林")
    assert explain("斯大林") is first


def test_after_loading_look_ups_are_answered_at_once() -> None:
    lexicon.load()
    assert lexicon.loaded()


def test_the_entries_in_the_word_s_reading_come_first() -> None:
    # CC-CEDICT lists 說 shuì "to persuade" before shuō "to speak"; pypinyin reads 说 shuō.
    assert lookup("说")[0].pinyin == "shuì"
    assert explain("说").entries[0].pinyin == "shuō"
    assert explain("毛主席说").characters[3].entries[0].pinyin == "shuō"
