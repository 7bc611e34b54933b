"""The codebook: adding, editing, moving, merging and deleting codes."""

from __future__ import annotations

import pytest

from annotator.errors import UserError
from annotator.services import annotations, codes
from annotator.services.imports import import_file


def test_the_default_codebook_has_three_distinct_codes(project) -> None:
    listed = codes.list_codes(project)
    assert [c.name for c in listed] == ["negotiation", "security", "diplomacy"]
    assert len({c.color for c in listed}) == 3
    assert all(c.description for c in listed)
    assert [c.shortcut for c in listed] == ["1", "2", "3"]


def test_a_child_code_is_listed_under_its_parent(project) -> None:
    codes.add_code(project, "treaty", "#aa0000", parent="diplomacy", description="條約")
    listed = [c.path for c in codes.list_codes(project)]
    assert listed == ["negotiation", "security", "diplomacy", "diplomacy/treaty"]
    assert codes.get_code(project, "treaty").color == "#AA0000"


@pytest.mark.parametrize(
    "name, color, message",
    [("", "#000000", "needs a name"), ("x", "red", "#RRGGBB"), ("security", "#000000", "already exists"),
     ("a/b", "#000000", "cannot contain")],
)
def test_bad_codes_are_refused(project, name, color, message) -> None:
    with pytest.raises(UserError, match=message):
        codes.add_code(project, name, color)
    assert len(codes.list_codes(project)) == 3


def test_a_code_cannot_move_below_its_own_descendant(project) -> None:
    parent = codes.get_code(project, "diplomacy")
    child = codes.add_code(project, "treaty", "#aa0000", parent="diplomacy")
    with pytest.raises(UserError, match="below itself"):
        codes.move_code(project, parent.id, child.id)
    moved = codes.move_code(project, child.id, codes.get_code(project, "security").id)
    assert moved.path == "security/treaty"


def test_deleting_a_code_with_passages_needs_confirmation(project, write_text) -> None:
    document = import_file(project, write_text("t.txt", "毛澤東到莫斯科。")).document
    annotations.tag(project, document.id, 0, 3, "security")
    child = codes.add_code(project, "army", "#123456", parent="security")
    annotations.tag(project, document.id, 4, 7, child.id)
    security = codes.get_code(project, "security")
    assert codes.count_affected(project, security.id) == (2, 1)
    with pytest.raises(UserError, match="2 coded passages"):
        codes.delete_code(project, security.id)
    assert len(annotations.list_passages(project)) == 2
    assert len(codes.delete_code(project, security.id, delete_passages=True).passages) == 2
    assert annotations.list_passages(project) == []
    assert "army" not in [c.name for c in codes.list_codes(project)]


def test_merging_moves_passages_without_duplicates(project, write_text) -> None:
    document = import_file(project, write_text("t.txt", "毛澤東到莫斯科。")).document
    annotations.tag(project, document.id, 0, 3, "security", memo="kept")
    annotations.tag(project, document.id, 0, 3, "diplomacy")
    annotations.tag(project, document.id, 4, 7, "security")
    security, diplomacy = codes.get_code(project, "security"), codes.get_code(project, "diplomacy")
    assert codes.merge_codes(project, security.id, diplomacy.id).passages == 2
    passages = annotations.list_passages(project)
    assert [(p.code, p.start, p.memo) for p in passages] == [("diplomacy", 0, "kept"), ("diplomacy", 4, "")]
    assert "security" not in [c.name for c in codes.list_codes(project)]


def test_rename_recolour_and_shortcuts(project) -> None:
    code = codes.get_code(project, "security")
    updated = codes.update_code(project, code.id, name="安全", color="#00ff00", shortcut="9")
    assert (updated.name, updated.color, updated.shortcut) == ("安全", "#00FF00", "9")
    with pytest.raises(UserError, match="already belongs"):
        codes.update_code(project, codes.get_code(project, "diplomacy").id, shortcut="9")


def test_new_codes_take_unused_palette_colours_then_the_palette_in_turn(project) -> None:
    given = [codes.add_code(project, f"c{n}").color for n in range(len(codes.NEW_CODE_COLOURS))]
    assert given == list(codes.NEW_CODE_COLOURS)
    # Every palette colour taken: the palette again, by the number of codes.
    assert codes.next_code_colour(project) == codes.NEW_CODE_COLOURS[10 % len(codes.NEW_CODE_COLOURS)]


def test_a_new_code_gets_the_first_free_key_only_when_asked_and_while_one_is_free(project) -> None:
    assert codes.add_code(project, "no key").shortcut is None  # load_codebook's codes keep theirs
    keys = [codes.add_code(project, f"k{n}", free_key=True).shortcut for n in range(7)]
    assert keys == ["4", "5", "6", "7", "8", "9", None]
    assert codes.next_free_key(project) is None
