"""Persons, places, organisations, titles and dates in a text, over its stored word boundaries.

The stored segments are looked up, never re-cut: jieba's part-of-speech tagger segments again
(its words would not be the stored ones), so each segment of the folded (simplified) text is
looked up, in this order, in

1. the corrections (a user's, then the shipped resources/dictionaries/entity_kinds.txt, which
   fixes jieba's tags for words such as 周恩来 (tagged t) and 莫斯科 (nr), and rejects common
   words tagged as names, 友谊 or 城市);
2. the official titles of resources/dictionaries/titles.txt (总理, 大使, 巡抚...): ``title``;
3. the names dictionary resources/dictionaries/historical_names.txt (nr, ns, nt): ``names``;
4. the tags of jieba's dictionary, dict.txt: nr, nrfg and nrt a person, ns a place, nt an
   organisation, for words of two hanzi or more (one-character words tagged nr are surnames and
   abbreviations: 连, 王, 苏). jieba tags many common words nr (明白, 光荣, 卫星), so a person
   tag is kept only when jieba's own part-of-speech model (the HMM it tags unknown words
   with, applied to the whole segment) rates a name tag for it at least e**3 times likelier
   than any tag that is not a name; 毛泽东 passes by e**6.6, 明白 fails at e**0.3. jieba's t
   (time words) is not used: it holds 今天, 当时 and 目前, and 周恩来; dates come from dates.py.

Then a few rules, each on adjacent segments:

- a place followed by 省, 市, 县, 州 or 府 is one place (湖北|省); a segment unknown to jieba's
  dictionary of 2-4 hanzi ending in one of these is a place (a county jieba does not know);
- a place followed by an organisation or by 政府, 党, 银行, 大学 or 委员会 is one organisation
  (苏联|政府); an unknown segment of 3 hanzi or more ending in 部, 委员会, 政府, 党, 银行 or
  大学 is an organisation;
- an unknown segment of 2-3 hanzi that begins with a common surname (or 3-4 with a compound
  one), right before or after a title, is a person (罗申|大使, 大使|罗申).

Dates come from annotator/text/dates.py, with their normalised form; an entity that overlaps a
date gives way to it (乾隆 in 乾隆元年).

Corrections. ``corrections`` maps a folded text to a kind or REJECTED: every mention of that
text takes the kind, or is dropped, and a kind also marks every occurrence of the text that
starts and ends on word boundaries, found or not. ``added`` are spans the user marked, kept as
given; automatic mentions overlapping them are dropped.
"""

from __future__ import annotations

import bisect
import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotator.text.dates import find_dates
from annotator.text.resources import ENTITY_KINDS, HISTORICAL_NAMES, TITLES
from annotator.text.script import fold

PERSON, PLACE, ORGANIZATION, TITLE, DATE = "person", "place", "organization", "title", "date"
# (start, end, kind, source, normalized): a mention before it is made an EntityMention.
_Found = tuple[int, int, str, str, str | None]
KINDS = (PERSON, PLACE, ORGANIZATION, TITLE, DATE)
REJECTED = "rejected"

_DICTIONARY_KINDS = {"nr": PERSON, "nrfg": PERSON, "nrt": PERSON, "ns": PLACE, "nt": ORGANIZATION}
# How much likelier (as a natural logarithm) jieba's HMM must find a name tag than any other
# for a segment its dictionary tags as a person.
_PERSON_MARGIN = 3.0
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz"})

_PLACE_SUFFIXES = frozenset("省市县州府")
_ORGANIZATION_WORDS = frozenset({"政府", "党", "银行", "大学", "委员会"})
_ORGANIZATION_ENDINGS = ("部", "委员会", "政府", "党", "银行", "大学")
# The commonest Chinese surnames, single and compound (simplified).
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿"
    "桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 令狐 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 端木 东方 独孤 南宫 万俟 "
    "闻人 轩辕 澹台 公冶 宗政 濮阳 太史 申屠 钟离 赫连 爱新觉罗".split()
)


@dataclass(frozen=True)
class EntityMention:
    """An entity at [start, end) of the stored text. ``text`` is the stored (original-script)
    text; ``source`` is what found it: dictionary, names, titles, rule, date or user."""

    start: int
    end: int
    text: str
    kind: str
    source: str
    normalized: str | None = None  # dates only: ISO 8601, see dates.DateMention

    def as_json(self) -> dict[str, object]:
        """The fields of ``entities --json``: text, kind, start, end, and normalized for dates."""
        result: dict[str, object] = {"text": self.text, "kind": self.kind,
                                     "start": self.start, "end": self.end}
        if self.kind == DATE:
            result["normalized"] = self.normalized
        return result


@dataclass(frozen=True)
class EntitySummary:
    """One entity of a document: its mentions grouped by folded text and kind."""

    text: str  # as the first mention is written
    key: str  # the folded text, which corrections are keyed by
    kind: str
    count: int
    positions: tuple[tuple[int, int], ...] = field(repr=False)


@dataclass(frozen=True)
class Lexicon:
    """What segments are looked up in; built once (about a second, for jieba's dictionary)."""

    tags: Mapping[str, str]  # jieba's dict.txt: word -> part of speech
    titles: frozenset[str]
    names: Mapping[str, str]  # historical_names.txt: word -> kind
    shipped: Mapping[str, str]  # entity_kinds.txt: word -> kind or REJECTED


def find_entities(
    text: str,
    folded: str,
    boundaries: Sequence[int],
    *,
    corrections: Mapping[str, str] | None = None,
    added: Iterable[tuple[int, int, str]] = (),
    lexicon: Lexicon | None = None,
) -> list[EntityMention]:
    """The entities of ``text`` in order of position (see the module docstring).

    ``folded`` is ``fold(text)`` and ``boundaries`` its stored word boundaries (sorted offsets
    from 0 to len(text)); ``corrections`` maps folded texts to a kind or REJECTED; ``added``
    are (start, end, kind) spans.
    """
    if len(folded) != len(text) or not boundaries or boundaries[-1] != len(text):
        raise ValueError("folded text and boundaries must match the text")
    lexicon = lexicon or default_lexicon()
    user = {key: kind for key, kind in (corrections or {}).items() if kind in KINDS + (REJECTED,)}
    words = [(boundaries[i], boundaries[i + 1]) for i in range(len(boundaries) - 1)]
    found: list[_Found] = []
    kinds: list[str | None] = []
    unknown: list[bool] = []
    for start, end in words:
        word = folded[start:end]
        kind, source = _classify(word, user, lexicon)
        kinds.append(kind)
        unknown.append(kind is None and word not in lexicon.tags and _hanzi(word))
        if kind is not None and kind != REJECTED:
            found.append((start, end, kind, source, None))
    found = _corrected(_apply_rules(found, words, kinds, unknown, folded), folded, user)
    occurrences = _user_occurrences(folded, boundaries, user, found)
    found = _without_overlaps(found, occurrences) + occurrences
    dates = [(d.start, d.end, DATE, "date", d.normalized) for d in find_dates(text, folded)]
    dates = _corrected(dates, folded, user)
    found = _without_overlaps(found, dates) + dates
    spans = [(start, end, kind, "user", None) for start, end, kind in added if kind in KINDS]
    found = _without_overlaps(found, spans) + spans
    found.sort()
    return [EntityMention(start, end, text[start:end], kind, source, normalized)
            for start, end, kind, source, normalized in found]


def summarize(mentions: Iterable[EntityMention], folded: str) -> list[EntitySummary]:
    """Mentions grouped by (folded text, kind): kinds in KINDS order, then most mentioned first."""
    groups: dict[tuple[str, str], list[EntityMention]] = {}
    for mention in mentions:
        groups.setdefault((folded[mention.start:mention.end], mention.kind), []).append(mention)
    summaries = [
        EntitySummary(group[0].text, key, kind, len(group),
                      tuple((m.start, m.end) for m in group))
        for (key, kind), group in groups.items()
    ]
    order = {kind: index for index, kind in enumerate(KINDS)}
    summaries.sort(key=lambda s: (order.get(s.kind, len(order)), -s.count, s.positions[0]))
    return summaries


# --- lookups ----------------------------------------------------------------------------------


def _classify(word: str, user: Mapping[str, str], lexicon: Lexicon) -> tuple[str | None, str]:
    if word in user:
        return user[word], "user"
    if word in lexicon.shipped:
        return lexicon.shipped[word], "names"
    if word in lexicon.titles:
        return TITLE, "titles"
    if word in lexicon.names:
        return lexicon.names[word], "names"
    kind = _DICTIONARY_KINDS.get(lexicon.tags.get(word, ""))
    if kind is None or len(word) < 2 or not _hanzi(word):
        return None, ""
    if kind == PERSON and _person_margin(word) < _PERSON_MARGIN:
        return None, ""
    return kind, "dictionary"


def _hanzi(word: str) -> bool:
    return all("\u3400" <= char <= "\u9fff" or "\U00020000" <= char <= "\U0003ffff"
               for char in word)


@functools.cache
def _hmm() -> tuple[dict, dict, dict, tuple[str, ...]]:
    """jieba's POS HMM: start, transition and emission log probabilities, and its tags."""
    # jieba.posseg loads its tagger's tables on import; only the tables are used here.
    from jieba.posseg import prob_emit, prob_start, prob_trans

    tags = tuple(sorted({tag for _state, tag in prob_emit.P}))
    return prob_start.P, prob_trans.P, prob_emit.P, tags


@functools.lru_cache(maxsize=100_000)
def _person_margin(word: str) -> float:
    """log P(best name tag) - log P(best other tag) for ``word`` as one word, by jieba's HMM."""
    start, trans, emit, tags = _hmm()
    best_name = best_other = -math.inf
    for tag in tags:
        states = [("S", tag)] if len(word) == 1 else (
            [("B", tag)] + [("M", tag)] * (len(word) - 2) + [("E", tag)])
        score = start.get(states[0], -math.inf) + emit.get(states[0], {}).get(word[0], -math.inf)
        for index in range(1, len(word)):
            if score == -math.inf:
                break
            score += (trans.get(states[index - 1], {}).get(states[index], -math.inf)
                      + emit.get(states[index], {}).get(word[index], -math.inf))
        if tag in _NAME_TAGS:
            best_name = max(best_name, score)
        else:
            best_other = max(best_other, score)
    # jieba stores impossible transitions as -3.14e100; a word no other tag can produce passes.
    return best_name - best_other if best_other > -1e99 else math.inf


# --- rules ------------------------------------------------------------------------------------


def _apply_rules(
    found: list[_Found],
    words: Sequence[tuple[int, int]],
    kinds: Sequence[str | None],
    unknown: Sequence[bool],
    folded: str,
) -> list[_Found]:
    """``found`` with the suffix and title rules applied (see the module docstring)."""
    by_start = {item[0]: item for item in found}
    result = []
    index = 0
    while index < len(words):
        start, end = words[index]
        item = by_start.get(start)
        if item is None and unknown[index]:
            word = folded[start:end]
            item = _unknown_rule(word, start, end)
            if item is None and _surname_name(word) and _beside_title(index, kinds):
                item = (start, end, PERSON, "rule", None)
        if item is not None and item[2] == PLACE and index + 1 < len(words):
            next_end = words[index + 1][1]
            following = folded[end:next_end]
            if following in _PLACE_SUFFIXES:
                item, index = (start, next_end, PLACE, "rule", None), index + 1
            elif following in _ORGANIZATION_WORDS or kinds[index + 1] == ORGANIZATION:
                item, index = (start, next_end, ORGANIZATION, "rule", None), index + 1
        if item is not None:
            result.append(item)
        index += 1
    return result


def _corrected(items: list[_Found], folded: str, user: Mapping[str, str]) -> list[_Found]:
    """``items`` whose text the user corrected (a rule's or a date's, over several segments)
    given that kind, or dropped if rejected."""
    if not user:
        return items
    result = []
    for item in items:
        kind = user.get(folded[item[0]:item[1]])
        if kind is None:
            result.append(item)
        elif kind != REJECTED:
            result.append((item[0], item[1], kind, "user", item[4] if kind == DATE else None))
    return result


def _unknown_rule(word: str, start: int, end: int) -> _Found | None:
    if len(word) >= 3 and word.endswith(_ORGANIZATION_ENDINGS):
        return (start, end, ORGANIZATION, "rule", None)
    if 2 <= len(word) <= 4 and word[-1] in _PLACE_SUFFIXES:
        return (start, end, PLACE, "rule", None)
    return None


def _surname_name(word: str) -> bool:
    if word[:2] in _COMPOUND_SURNAMES:
        return 3 <= len(word) <= 4
    return 2 <= len(word) <= 3 and word[0] in _SURNAMES


def _beside_title(index: int, kinds: Sequence[str | None]) -> bool:
    return (index > 0 and kinds[index - 1] == TITLE) or (
        index + 1 < len(kinds) and kinds[index + 1] == TITLE)


def _user_occurrences(
    folded: str, boundaries: Sequence[int], user: Mapping[str, str], found: list[_Found]
) -> list[_Found]:
    """Every occurrence on word boundaries of a text the user gave a kind, not found already."""
    taken = {(item[0], item[1]) for item in found}
    result = []
    for key, kind in user.items():
        if kind == REJECTED or not key:
            continue
        position = folded.find(key)
        while position >= 0:
            end = position + len(key)
            if (position, end) not in taken and _on_boundary(boundaries, position) and \
                    _on_boundary(boundaries, end):
                result.append((position, end, kind, "user", None))
            position = folded.find(key, position + 1)
    return result


def _on_boundary(boundaries: Sequence[int], offset: int) -> bool:
    index = bisect.bisect_left(boundaries, offset)
    return index < len(boundaries) and boundaries[index] == offset


def _without_overlaps(items: list[_Found], winners: Sequence[_Found]) -> list[_Found]:
    """``items`` less those overlapping any of ``winners`` (in any order)."""
    if not winners:
        return items
    spans = sorted((start, end) for start, end, *_ in winners)
    starts = [start for start, _end in spans]
    ends = [end for _start, end in spans]
    # Winners may nest, so the furthest end among those starting before each point is needed.
    reach = []
    furthest = -1
    for end in ends:
        furthest = max(furthest, end)
        reach.append(furthest)
    kept = []
    for item in items:
        start, end = item[0], item[1]
        index = bisect.bisect_left(starts, end) - 1  # winners starting before this one ends
        if index >= 0 and reach[index] > start:
            continue
        kept.append(item)
    return kept


# --- the lexicon ------------------------------------------------------------------------------


@functools.cache
def default_lexicon() -> Lexicon:
    """jieba's dictionary tags, the shipped titles, names and corrections (loaded once)."""
    # jieba.posseg reads dict.txt's word -> tag table when imported (about half a second); the
    # table is used as it is, and its tagger never runs.
    import jieba.posseg

    return Lexicon(
        tags=jieba.posseg.dt.word_tag_tab,
        titles=frozenset(fold(word) for word in _lines(TITLES)),
        names=_read_names(HISTORICAL_NAMES),
        shipped=_read_kinds(ENTITY_KINDS),
    )


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8-sig").splitlines()
            if line.strip() and not line.startswith("#")]


def _read_names(path: Path) -> dict[str, str]:
    names = {}
    for line in _lines(path):
        fields = line.split()
        kind = _DICTIONARY_KINDS.get(fields[-1]) if len(fields) > 1 else None
        if kind is not None:
            names[fold(fields[0])] = kind
    return names


def _read_kinds(path: Path) -> dict[str, str]:
    kinds = {}
    for number, line in enumerate(_lines(path), 1):
        word, _, kind = line.partition("\t")
        if kind not in KINDS + (REJECTED,):
            raise ValueError(f"{path.name}: entry {number}: unknown kind {kind!r}")
        kinds[fold(word)] = kind
    return kinds
