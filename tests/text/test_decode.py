"""Reading imported files: the right encoding is found, and broken files are refused clearly."""

from pathlib import Path

import pytest

from annotator.text.decode import (
    SUPPORTED_ENCODINGS,
    DecodedText,
    canonical_encoding,
    decode_bytes,
    read_text_file,
)
from annotator.text.errors import DecodeError, TextError

SIMPLIFIED = ["中文", "毛泽东", "访问苏联", "斯大林说", "签订了条约", "人民共和国"]
TRADITIONAL = ["中文", "毛澤東", "訪問蘇聯", "斯大林說", "簽訂了條約", "周恩來總理"]
SENTENCES = [
    "1949年12月6日，毛泽东离开北京访问苏联。",
    "毛澤東首次出訪前後共計近3個月,是他出國訪問時間最長的一次。",
]
NON_BMP = "𠮷野家与𪚥字"
PNG_START = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"


def write(tmp_path: Path, data: bytes, name: str = "text.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("text", SIMPLIFIED + TRADITIONAL + SENTENCES)
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_utf8_and_gb18030_files_are_detected(tmp_path: Path, text: str, encoding: str) -> None:
    decoded = read_text_file(write(tmp_path, text.encode(encoding)))
    assert decoded == DecodedText(text, encoding)


@pytest.mark.parametrize("text", TRADITIONAL + SENTENCES[1:])
def test_big5_files_are_detected(tmp_path: Path, text: str) -> None:
    decoded = read_text_file(write(tmp_path, text.encode("big5")))
    assert decoded == DecodedText(text, "big5")


def test_big5_hkscs_characters_are_detected(tmp_path: Path) -> None:
    # 𧉧 (Extension B) exists in Big5-HKSCS only.
    text = "香港增補字符集𧉧字"
    decoded = read_text_file(write(tmp_path, text.encode("big5hkscs")))
    assert decoded == DecodedText(text, "big5hkscs")


@pytest.mark.parametrize("text", SIMPLIFIED + TRADITIONAL + SENTENCES)
@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")]
)
def test_utf16_with_bom_is_detected_and_the_bom_dropped(
    tmp_path: Path, text: str, encoding: str, bom: bytes
) -> None:
    decoded = read_text_file(write(tmp_path, bom + text.encode(encoding)))
    assert decoded == DecodedText(text, encoding)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(tmp_path: Path, encoding: str) -> None:
    text = "\n".join(SENTENCES) + "\n"
    assert read_text_file(write(tmp_path, text.encode(encoding))) == DecodedText(text, encoding)


def test_utf8_bom_is_reported_as_utf8_and_dropped(tmp_path: Path) -> None:
    decoded = read_text_file(write(tmp_path, b"\xef\xbb\xbf" + SENTENCES[0].encode()))
    assert decoded == DecodedText(SENTENCES[0], "utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16-le"])
def test_the_simplified_sample_is_detected(
    simplified_sample: str, tmp_path: Path, encoding: str
) -> None:
    decoded = read_text_file(write(tmp_path, simplified_sample.encode(encoding)))
    assert decoded == DecodedText(simplified_sample, encoding)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5", "utf-16-be"])
def test_the_traditional_sample_is_detected(
    traditional_sample: str, tmp_path: Path, encoding: str
) -> None:
    decoded = read_text_file(write(tmp_path, traditional_sample.encode(encoding)))
    assert decoded == DecodedText(traditional_sample, encoding)


def test_a_long_ascii_preface_does_not_hide_the_encoding(traditional_sample: str) -> None:
    text = "Translated from the Russian archive copy.\n" * 2000 + traditional_sample
    assert decode_bytes(text.encode("big5")) == DecodedText(text, "big5")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be", "gb18030"])
def test_characters_beyond_the_bmp_survive(encoding: str) -> None:
    data = NON_BMP.encode(encoding)
    if encoding.startswith("utf-16"):
        data = "\ufeff".encode(encoding) + data
    assert decode_bytes(data).text == NON_BMP


def test_plain_ascii_is_utf8() -> None:
    assert decode_bytes(b"Mao Zedong in Moscow\n") == DecodedText("Mao Zedong in Moscow\n", "utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5"])
def test_a_file_cut_mid_character_is_refused_with_the_byte_offset(
    traditional_sample: str, tmp_path: Path, encoding: str
) -> None:
    data = traditional_sample[:200].rstrip("\n,").encode(encoding)
    path = write(tmp_path, data[:-1], "cut.txt")
    with pytest.raises(DecodeError) as raised:
        read_text_file(path)
    message = str(raised.value)
    assert message.startswith("cut.txt: ")
    assert "truncated" in message
    assert f"byte offset {len(data) - len(traditional_sample[199].encode(encoding))}" in message


def test_a_short_file_cut_mid_character_is_refused() -> None:
    with pytest.raises(DecodeError, match="truncated"):
        decode_bytes("毛泽东访苏".encode()[:-1])


def test_a_bad_byte_inside_a_utf8_file_is_refused_with_its_offset(
    simplified_sample: str,
) -> None:
    data = simplified_sample.encode()
    damaged = data[:300] + b"\xff" + data[300:]
    with pytest.raises(DecodeError, match=r"not valid utf-8 text: invalid byte 0xff") as raised:
        decode_bytes(damaged)
    assert str(raised.value).endswith("at byte offset 300")


def test_an_empty_file_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(DecodeError, match="^empty.txt: the file is empty$"):
        read_text_file(write(tmp_path, b"", "empty.txt"))


def test_a_file_holding_only_a_bom_is_empty() -> None:
    with pytest.raises(DecodeError, match="the file is empty"):
        decode_bytes(b"\xef\xbb\xbf", source="bom.txt")


def test_a_png_is_refused_as_binary(tmp_path: Path) -> None:
    path = write(tmp_path, PNG_START + bytes(range(256)) * 4, "picture.txt")
    with pytest.raises(DecodeError, match="^picture.txt: looks like a binary file, not text$"):
        read_text_file(path)


def test_control_characters_without_nul_are_refused_as_binary() -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(b"\x01\x02\x03abc\x04\x05\x06\x07" * 20)


def test_an_explicit_encoding_overrides_detection() -> None:
    data = "毛澤東".encode("big5")
    assert decode_bytes(data, encoding="GBK") == DecodedText(data.decode("gb18030"), "gb18030")


def test_an_explicit_wrong_encoding_is_refused() -> None:
    with pytest.raises(DecodeError, match="^letter.txt: not valid utf-8 text"):
        decode_bytes("毛澤東訪問蘇聯".encode("big5"), encoding="utf-8", source="letter.txt")


def test_an_explicit_utf16_encoding_drops_the_bom() -> None:
    data = "\ufeff毛泽东".encode("utf-16-le")
    assert decode_bytes(data, encoding="utf-16-le") == DecodedText("毛泽东", "utf-16-le")


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("GBK", "gb18030"),
        ("gb2312", "gb18030"),
        ("GB18030", "gb18030"),
        ("UTF8", "utf-8"),
        ("utf-8-sig", "utf-8"),
        ("Big5-HKSCS", "big5hkscs"),
        ("BIG5", "big5"),
        ("ms950", "cp950"),
        ("UTF-16LE", "utf-16-le"),
    ],
)
def test_encoding_aliases_are_canonical(alias: str, canonical: str) -> None:
    assert canonical_encoding(alias) == canonical
    assert canonical in SUPPORTED_ENCODINGS


@pytest.mark.parametrize("name", ["klingon", "latin-1", "shift_jis"])
def test_unknown_or_unsupported_encodings_are_refused(name: str) -> None:
    with pytest.raises(DecodeError, match=name):
        canonical_encoding(name)


def test_a_missing_file_is_a_one_line_decode_error(tmp_path: Path) -> None:
    with pytest.raises(DecodeError) as raised:
        read_text_file(tmp_path / "missing.txt")
    assert str(raised.value).startswith("missing.txt: cannot read the file")
    assert "\n" not in str(raised.value)
    assert isinstance(raised.value, TextError) and isinstance(raised.value, ValueError)
