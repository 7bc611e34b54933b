"""Who wrote a REFI-QDA file, told by its `origin`, and how that program counts positions.

What each producer's files are like (the tests in tests/interchange/ imitate them):

- NVivo ("NVivo 12 Plus", "NVivo (Windows) 14..."): `Sources/` folder, `.txt` in UTF-8 with a
  BOM and CRLF; positions in UTF-16 code units over the text as written (CRLF two, BOM none);
  annotations as Links from a Note to a selection.
- ATLAS.ti ("ATLAS.ti Win 23.4.0", "ATLAS.ti 9"): the `.qde` named after the project, CRLF
  line ends counted as one; code groups as Sets.
- MAXQDA ("MAXQDA 2022 (Release 22.0.1)"): `sources/` in lower case, upper-case GUIDs,
  document variables in nameless Cases with one SourceRef, memos on selections as their
  Description, selection names holding the start of the text.
- QualCoder ("QualCoder 3.5"): `project.qde` and `.txt` with a BOM, `Sources/`, lower-case
  GUIDs, the whole selected text as each selection's name, categories with isCodable="false"
  and no colour, codings without a date, annotations as Notes holding a PlainTextSelection.
- Taguette ("Taguette 1.4.1"): codebooks only, flat, no colours, upper-case GUIDs, an empty
  `<Sets/>` (which the schema does not allow).
"""

from __future__ import annotations

from annotator import APP_NAME, __version__
from annotator.interchange.positions import Reading

# What our own files say they are.
ORIGIN = f"{APP_NAME} {__version__}"


def producer_name(origin: str) -> str:
    """The program that wrote a file, as far as its origin tells ("" when it says nothing)."""
    folded = origin.casefold()
    for needle, name in (
        ("nvivo", "NVivo"), ("atlas", "ATLAS.ti"), ("maxqda", "MAXQDA"),
        ("qualcoder", "QualCoder"), ("taguette", "Taguette"), (APP_NAME.casefold(), APP_NAME),
    ):
        if needle in folded:
            return name
    return origin.strip()


def default_reading(origin: str) -> Reading:
    """How the producer named by `origin` counts positions (the standard's code points unless
    it is known to count otherwise)."""
    name = producer_name(origin)
    if name == "NVivo":
        return Reading.UTF16_UNITS
    if name == "ATLAS.ti":
        return Reading.CODE_POINTS_CRLF_AS_ONE
    return Reading.CODE_POINTS
