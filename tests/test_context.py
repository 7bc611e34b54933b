"""Contexts around a passage, for every text and passage (hypothesis): they are the text just
before and after it, never cut a word, never reach into another line, and stay within their
limits; the sentence context is the rest of the passage's sentence when that is short enough."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.context import MAX_SENTENCE_CONTEXT, kwic_context, kwic_contexts, sentence_context
from annotator.text.boundaries import sentence_boundaries

# Hanzi, punctuation that ends sentences or does not, closing quotes, spaces and line breaks.
CHARACTERS = "毛澤東說𠮷𪚥。！？，：「」 \n"


@st.composite
def passages(draw, max_size: int = 600):
    text = draw(st.text(alphabet=CHARACTERS, min_size=1, max_size=max_size))
    inner = draw(st.sets(st.integers(1, max(1, len(text) - 1)), max_size=len(text))) if len(text) > 1 else set()
    words = sorted({0, len(text)} | inner)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, words, start, end


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line the passage starts on starts, and where the one it ends on ends."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _sound(text: str, words: list[int], cuts: set[int], start: int, end: int,
           before: str, after: str) -> None:
    assert text[start - len(before):start] == before and text[end:end + len(after)] == after
    assert "\n" not in before and "\n" not in after
    line_start, line_end = _line(text, start, end)
    # Every context starts and ends at a word boundary, a sentence boundary or its line's edge.
    assert start - len(before) in set(words) | cuts | {line_start, start}
    assert end + len(after) in set(words) | cuts | {line_end, end}


@given(passages(), st.integers(1, 40))
def test_keyword_in_context_lines(passage, width: int) -> None:
    text, words, start, end = passage
    before, after = kwic_context(text, words, start, end, width)
    _sound(text, words, set(), start, end, before, after)
    assert len(before) <= width and len(after) <= width


@given(passages(max_size=900))
def test_sentence_contexts(passage) -> None:
    text, words, start, end = passage
    sentences = sentence_boundaries(text)
    before, after = sentence_context(text, sentences, words, start, end)
    _sound(text, words, set(sentences), start, end, before, after)
    assert len(before) <= MAX_SENTENCE_CONTEXT and len(after) <= MAX_SENTENCE_CONTEXT
    # When the passage is inside a sentence that is short enough, the context is the rest of it.
    line_start, line_end = _line(text, start, end)
    opens = max([s for s in sentences if s < start] + [line_start])
    if start not in sentences and start - opens <= MAX_SENTENCE_CONTEXT:
        assert before == text[opens:start]
    closes = min([s for s in sentences if s > end] + [len(text)])
    closes = min(closes, line_end)
    if end not in sentences and closes - end <= MAX_SENTENCE_CONTEXT:
        assert after == text[end:closes]


def test_a_passage_that_opens_a_sentence_gets_the_sentence_before_on_its_line() -> None:
    text = "第一句。第二句。\n第三句。"
    sentences = sentence_boundaries(text)
    words = list(range(len(text) + 1))
    start = text.index("第二")
    assert sentence_context(text, sentences, words, start, start + 3) == ("第一句。", "。")
    # At the start of a line nothing comes before it on that line; at its end, nothing after.
    start = text.index("第三")
    assert sentence_context(text, sentences, words, start, start + 2) == ("", "句。")
    assert sentence_context(text, sentences, words, 4, 8) == ("第一句。", "")


@given(passages(), st.lists(st.tuples(st.integers(0, 600), st.integers(1, 120)), max_size=8),
       st.integers(0, 40))
def test_the_contexts_of_many_hits_are_each_hits_own(passage, more, width) -> None:
    # kwic_contexts (a search's thousands of hits in one loop) is kwic_context of each span.
    text, words, start, end = passage
    spans = [(start, end)] + [(s, min(s + n, len(text))) for s, n in more if s < len(text)]
    assert kwic_contexts(text, words, spans, width) == [kwic_context(text, words, s, e, width) for s, e in spans]
