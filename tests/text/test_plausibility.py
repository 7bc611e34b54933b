"""The plausibility score ranks a right decoding above the wrong ones, even for short texts."""

import pytest

from annotator.text.plausibility import control_share, plausibility


@pytest.mark.parametrize("text", ["產黨", "部隊", "號鐵路", "毛澤東訪問蘇聯"])
def test_big5_text_reads_better_as_big5_than_as_gb18030(text: str) -> None:
    data = text.encode("big5")
    assert plausibility(data.decode("big5")) > plausibility(data.decode("gb18030"))


@pytest.mark.parametrize("text", ["中文", "访问", "斯大林说", "签订了条约"])
def test_gb_text_reads_better_as_gb18030_than_as_big5_or_utf16(text: str) -> None:
    data = text.encode("gb18030")
    right = plausibility(data.decode("gb18030"))
    for wrong in ("big5", "utf-16-le", "utf-16-be"):
        try:
            assert right > plausibility(data.decode(wrong))
        except UnicodeDecodeError:
            pass  # an encoding that cannot decode the bytes is no rival


def test_both_samples_score_as_ordinary_text(
    traditional_sample: str, simplified_sample: str
) -> None:
    assert plausibility(traditional_sample) > 0.8
    assert plausibility(simplified_sample) > 0.6  # a third of it is spaces
    assert plausibility("Mao Zedong arrived in Moscow.") == pytest.approx(0.5)


def test_private_use_and_control_characters_score_below_zero() -> None:
    assert plausibility("\ue000\ue001\x01\x02") < 0


def test_control_share_ignores_tabs_and_line_breaks() -> None:
    assert control_share("毛泽东\t访苏\r\n") == 0
    assert control_share("ab\x00\x01") == 0.5
    assert control_share("") == 0
