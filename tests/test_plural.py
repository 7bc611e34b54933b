"""English counts read as a person would write them."""

from annotator.plural import count


def test_one_is_singular_and_everything_else_plural() -> None:
    assert count(1, "match") == "1 match"
    assert count(0, "match") == "0 matches"
    assert count(2, "segment") == "2 segments"
    assert count(1550, "character") == "1,550 characters"
    assert count(3, "entry", "entries") == "3 entries"
