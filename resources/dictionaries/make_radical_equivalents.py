"""Make `radical_equivalents.txt`: the CJK radicals that PDF text layers put for ideographs.

Fonts such as Noto CJK / Source Han draw a radical and the ideograph it looks like (⽉ U+2F49
and 月 U+6708, ⻅ U+2EC5 and 见 U+89C1) with one glyph. A PDF producer that maps each glyph back
to one code point for the text layer (its ToUnicode map) may pick the radical, which comes
first in code-point order; the text then reads "⼗⼆⽉" where the page shows 十二月.

The 214 Kangxi radicals (U+2F00-U+2FD5) have Unicode compatibility decompositions to their
ideographs, which annotator/text/normalize.py applies directly. Of the CJK Radicals
Supplement (U+2E80-U+2EF3) only two do (⺟, ⻳); this script lists the others whose glyph in the
Simplified and Traditional Chinese Noto CJK fonts (Sans and Serif) is the glyph of one unified
ideograph, the same one in all four, and the one ideograph the Simplified fonts give to ⼾
(U+2F3E, whose decomposition is the traditional 戶). Run it where fonts-noto-cjk is installed:

    python resources/dictionaries/make_radical_equivalents.py
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from fontTools.ttLib import TTCollection

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/opentype/noto")
CHINESE_FACES = ("Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Serif CJK SC", "Noto Serif CJK TC")
SUPPLEMENT = range(0x2E80, 0x2EF4)


def _unified(code: int) -> bool:
    return 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0x20000 <= code <= 0x3FFFF


def _faces() -> dict[str, dict[int, str]]:
    faces = {}
    for path in sorted(FONTS.glob("Noto*CJK-Regular.ttc")):
        for font in TTCollection(str(path)).fonts:
            name = font["name"].getDebugName(4)
            if name in CHINESE_FACES:
                faces[name] = font.getBestCmap()
    missing = set(CHINESE_FACES) - set(faces)
    if missing:
        raise SystemExit(f"fonts not found: {', '.join(sorted(missing))} (install fonts-noto-cjk)")
    return faces


def _same_glyph(cmap: dict[int, str], code: int) -> set[int]:
    glyph = cmap.get(code)
    return {other for other, g in cmap.items() if g == glyph and _unified(other)} if glyph else set()


def main() -> None:
    faces = _faces()
    lines = []
    for code in SUPPLEMENT:
        if unicodedata.normalize("NFKC", chr(code)) != chr(code):
            continue  # decomposed by normalize.py itself
        found = [_same_glyph(cmap, code) for cmap in faces.values()]
        if all(len(f) == 1 for f in found) and len({min(f) for f in found}) == 1:
            lines.append((code, min(found[0])))
    simplified = {name: cmap for name, cmap in faces.items() if name.endswith("SC")}
    door = {min(_same_glyph(cmap, 0x2F3E)) for cmap in simplified.values()}
    assert door == {0x6237}, door  # 户: the simplified fonts' glyph of ⼾
    header = [
        "# CJK Radicals Supplement characters and the unified ideograph that shares their glyph",
        "# in Noto Sans/Serif CJK SC and TC (made by make_radical_equivalents.py; see there).",
        "# Format: radical, tab, ideograph, tab, code points. Used by annotator/text/normalize.py",
        "# to repair PDF text layers.",
    ]
    body = [f"{chr(a)}\t{chr(b)}\tU+{a:04X} U+{b:04X}" for a, b in lines]
    (HERE / "radical_equivalents.txt").write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{len(body)} radicals")


if __name__ == "__main__":
    main()
