"""Per-code summary: passages, documents, coders and characters coded."""

from __future__ import annotations

from annotator.analysis.records import DocumentRecord
from annotator.analysis.summary import code_summaries
from tests.analysis.conftest import passage

LETTER = DocumentRecord(10, "毛致斯大林電", 100)
MINUTES = DocumentRecord(11, "會談記錄", 50)


def test_each_code_with_its_counts(codebook) -> None:
    c = codebook
    coded = [
        passage(LETTER, c["diplomacy"], 0, 10, "李"),
        passage(LETTER, c["diplomacy"], 5, 15, "王"),
        passage(MINUTES, c["diplomacy"], 0, 3, "王"),
        passage(MINUTES, c["treaty"], 2, 6, "張"),
    ]
    summaries = code_summaries(coded, [LETTER, MINUTES], list(c.values()))
    diplomacy, treaty, draft, security = summaries
    assert (diplomacy.path, diplomacy.color, diplomacy.description) == ("diplomacy", "#1F77B4", "外交")
    assert (diplomacy.passages, diplomacy.documents, diplomacy.coders, diplomacy.characters) == (3, 2, ("李", "王"), 18)
    assert (treaty.passages, treaty.documents, treaty.coders, treaty.characters) == (1, 1, ("張",), 4)
    assert (draft.passages, draft.documents, draft.coders, draft.characters) == (0, 0, (), 0)
    assert security.passages == 0
    folded = code_summaries(coded, [LETTER, MINUTES], list(c.values()), include_subcodes=True)[0]
    # The minutes: diplomacy [0, 3) and its treaty [2, 6) make 6 characters.
    assert (folded.passages, folded.documents, folded.coders, folded.characters) == (4, 2, ("張", "李", "王"), 21)
