"""Inter-coder agreement per code, document and pair of coders, counted per character.

Counted as NVivo's coding comparison counts it: the units are all the characters of a
document, and for each code a coder either applied the code to a character (some passage of
theirs with that code covers it) or did not. Two coders' choices over a document's N
characters make a 2 x 2 table: `both` applied it, `first_only`, `second_only`, `neither`.
From that table, with a = both + first_only and b = both + second_only characters marked by
each coder:

- ``agreement``: percent agreement, 100 * (both + neither) / N.
- ``kappa``: Cohen's kappa, (Po - Pe) / (1 - Pe), where Po = (both + neither) / N and chance
  agreement Pe = (a/N)(b/N) + (1 - a/N)(1 - b/N): the chance that both say yes plus the chance
  that both say no. (QualCoder takes Pe as P(yes) x P(no), which is not Cohen's kappa.)
- ``alpha``: Krippendorff's alpha for nominal data with two coders and no missing values:
  1 - (2N - 1) * (first_only + second_only) / (n0 * n1), where n1 = a + b values are "applied"
  and n0 = 2N - n1 are "not applied" (alpha = 1 - Do/De from the coincidence matrix).

Which pairs: for each document, the coders who coded it, that is who have at least one passage
in it (of any code, also one not compared, among the passages given); each pair of them is
compared on every code given, also codes neither applied there (they then agree on every
character). A coder who never touched a document made no choices there and is not compared
on it.

Totals (``document`` None): per code and pair, the 2 x 2 tables of the documents both coders
coded are added up, and the three measures are computed on that pooled table. For percent
agreement this is the mean over documents weighted by their length; kappa and alpha are
computed from the pooled counts (not averaged), as if the documents were one long text.

Undefined values are None, never a made-up number:
- kappa and alpha when both coders gave every character the same answer: both never applied
  the code (the usual case) or both applied it everywhere. Then Pe = 1 and kappa is 0/0, and
  alpha has no variation to measure (n0 * n1 = 0). NVivo shows kappa 1 here; we do not,
  because agreement beyond chance cannot be told when chance alone agrees on everything. The
  100 % agreement still says the coders agree.
- all three when the document has no characters (N = 0).
When the coders agree on every character but the code was applied somewhere and not
elsewhere, kappa and alpha are 1.

Everything is interval arithmetic (`annotator.analysis.intervals`): the cost grows with the
passages, not with the characters, so a million-character document costs what its passages do.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import NamedTuple

from annotator.analysis.intervals import Range, covered, intersection_length, merge, overlay
from annotator.analysis.records import CodeRecord, DocumentRecord, PassageRecord, select_passages


class Contingency(NamedTuple):
    """Characters by what two coders did with one code."""

    both: int
    first_only: int
    second_only: int
    neither: int

    @property
    def characters(self) -> int:
        return self.both + self.first_only + self.second_only + self.neither

    def pooled_with(self, other: Contingency) -> Contingency:
        """Both tables' counts added: the table of two documents read as one."""
        return Contingency(*(mine + theirs for mine, theirs in zip(self, other)))


def percent_agreement(table: Contingency) -> float | None:
    n = table.characters
    return None if n == 0 else 100 * (table.both + table.neither) / n


def cohen_kappa(table: Contingency) -> float | None:
    """Cohen's kappa of the table; None when chance agreement is 1 (see the module docstring)."""
    n = table.characters
    first = table.both + table.first_only
    second = table.both + table.second_only
    # (Po - Pe) / (1 - Pe) multiplied through by N^2: exact in integers until the division.
    chance = first * second + (n - first) * (n - second)
    if n * n == chance:
        return None
    return (n * (table.both + table.neither) - chance) / (n * n - chance)


def krippendorff_alpha(table: Contingency) -> float | None:
    """Krippendorff's alpha (nominal, two coders, no missing values); None when every value
    is the same (see the module docstring)."""
    n = table.characters
    applied = 2 * table.both + table.first_only + table.second_only
    not_applied = 2 * n - applied
    if applied * not_applied == 0:
        return None
    return 1 - (2 * n - 1) * (table.first_only + table.second_only) / (applied * not_applied)


@dataclass(frozen=True)
class Agreement:
    """One code, one document (None: the total over documents) and one pair of coders."""

    code_id: int
    code: str  # the code's path
    document_id: int | None
    document: str | None  # the document's title
    coders: tuple[str, str]
    table: Contingency
    agreement: float | None  # percent, 0-100
    kappa: float | None
    alpha: float | None

    @property
    def characters(self) -> int:
        return self.table.characters

    def as_json(self) -> dict[str, object]:
        """The JSON object of the command line: code, document, coders, measures, characters."""
        return {
            "code": self.code,
            "document": self.document,
            "coders": list(self.coders),
            "agreement": self.agreement,
            "kappa": self.kappa,
            "alpha": self.alpha,
            "characters": self.characters,
        }


class Stretch(NamedTuple):
    """Characters [start, end) that `coder` coded and the other coder of the pair did not."""

    start: int
    end: int
    coder: str


@dataclass(frozen=True)
class Disagreement:
    code_id: int
    code: str
    document_id: int
    document: str
    coders: tuple[str, str]
    stretches: tuple[Stretch, ...]


class _Coding:
    """The passages regrouped: merged ranges per (document, code, coder), and who coded what."""

    def __init__(
        self,
        passages: Iterable[PassageRecord],
        documents: Sequence[DocumentRecord],
        codes: Sequence[CodeRecord],
        coders: Sequence[str] | None,
    ) -> None:
        wanted = None if coders is None else set(coders)
        grouped: dict[tuple[int, int, str], list[Range]] = defaultdict(list)
        self.coders_of: dict[int, set[str]] = defaultdict(set)
        code_ids = {code.id for code in codes}
        # Every passage counts for who coded a document, also those of codes not compared.
        for passage in select_passages(passages, documents):
            if wanted is not None and passage.coder not in wanted:
                continue
            self.coders_of[passage.document_id].add(passage.coder)
            if passage.code_id in code_ids:
                key = (passage.document_id, passage.code_id, passage.coder)
                grouped[key].append((passage.start, passage.end))
        self.ranges = {key: merge(found) for key, found in grouped.items()}
        self.lengths = {key: covered(found) for key, found in self.ranges.items()}

    def pairs(self, document_id: int) -> list[tuple[str, str]]:
        return list(combinations(sorted(self.coders_of.get(document_id, ())), 2))

    def table(self, document: DocumentRecord, code_id: int, first: str, second: str) -> Contingency:
        a = self.ranges.get((document.id, code_id, first), [])
        b = self.ranges.get((document.id, code_id, second), [])
        both = intersection_length(a, b) if a and b else 0
        first_only = self.lengths.get((document.id, code_id, first), 0) - both
        second_only = self.lengths.get((document.id, code_id, second), 0) - both
        neither = document.length - both - first_only - second_only
        return Contingency(both, first_only, second_only, neither)


def _measured(code: CodeRecord, document: DocumentRecord | None, pair: tuple[str, str],
              table: Contingency) -> Agreement:
    return Agreement(
        code_id=code.id, code=code.path,
        document_id=None if document is None else document.id,
        document=None if document is None else document.title,
        coders=pair, table=table,
        agreement=percent_agreement(table), kappa=cohen_kappa(table), alpha=krippendorff_alpha(table),
    )


def agreement(
    passages: Iterable[PassageRecord],
    documents: Sequence[DocumentRecord],
    codes: Sequence[CodeRecord],
    *,
    coders: Sequence[str] | None = None,
) -> list[Agreement]:
    """Agreement rows as the module docstring defines them: for each code (in the order
    given), a row per document (in the order given) and pair of coders who both coded it,
    then the code's totals, one per pair. `coders` limits the comparison to those coders.
    Pairs are ordered by name, (first, second) with first < second."""
    coding = _Coding(passages, documents, codes, coders)
    pairs_of = {document.id: coding.pairs(document.id) for document in documents}
    rows: list[Agreement] = []
    for code in codes:
        pooled: dict[tuple[str, str], Contingency] = {}
        for document in documents:
            for pair in pairs_of[document.id]:
                table = coding.table(document, code.id, *pair)
                rows.append(_measured(code, document, pair, table))
                pooled[pair] = pooled[pair].pooled_with(table) if pair in pooled else table
        for pair in sorted(pooled):
            rows.append(_measured(code, None, pair, pooled[pair]))
    return rows


def stretches(first: Iterable[Range], second: Iterable[Range], first_coder: str,
              second_coder: str) -> list[Stretch]:
    """The ranges one coder covered and the other did not, in order, each maximal."""
    return [
        Stretch(start, end, first_coder if in_first else second_coder)
        for start, end, in_first, in_second in overlay(merge(first), merge(second))
        if in_first != in_second
    ]


def disagreements(
    passages: Iterable[PassageRecord],
    documents: Sequence[DocumentRecord],
    codes: Sequence[CodeRecord],
    *,
    coders: Sequence[str] | None = None,
) -> list[Disagreement]:
    """Where each pair of coders disagrees, per code and document (the same pairs as
    `agreement`; only code, document and pair with at least one stretch), for a side-by-side
    view."""
    coding = _Coding(passages, documents, codes, coders)
    found: list[Disagreement] = []
    for code in codes:
        for document in documents:
            for first, second in coding.pairs(document.id):
                a = coding.ranges.get((document.id, code.id, first), [])
                b = coding.ranges.get((document.id, code.id, second), [])
                if not (a or b):
                    continue
                differing = stretches(a, b, first, second)
                if differing:
                    found.append(Disagreement(code.id, code.path, document.id, document.title,
                                              (first, second), tuple(differing)))
    return found
