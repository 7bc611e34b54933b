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
    assert codes.delete_code(project, security.id, delete_passages=True) == 2
    assert annotations.list_passages(project) == []
    assert "army" not in [c.name for c in codes.list_codes(project)]


def test_merging_moves_passages_without_duplicates(project, write_text) -> None:
    document = import_file(project, write_text("t.txt", "毛澤東到莫斯科。")).document
    annotations.tag(project, document.id, 0, 3, "security", memo="kept")
    annotations.tag(project, document.id, 0, 3, "diplomacy")
    annotations.tag(project, document.id, 4, 7, "security")
    security, diplomacy = codes.get_code(project, "security"), codes.get_code(project, "diplomacy")
    assert codes.merge_codes(project, security.id, diplomacy.id) == 2
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


# -- references: `#N` is an id, `name:X` a name or path, every part of a path checked ------------


def test_a_code_named_like_another_codes_id_is_refused_bare_and_reached_by_each_spelling(project) -> None:
    three = codes.add_code(project, "3")  # id 4; diplomacy is id 3
    with pytest.raises(UserError) as refused:
        codes.get_code(project, "3")
    message = str(refused.value)
    assert f"the name of code {three.id}" in message and "the id of code “diplomacy”" in message
    assert "name:3" in message and "#3" in message
    assert codes.get_code(project, "name:3").id == three.id
    assert codes.get_code(project, "#3").name == "diplomacy"
    assert codes.get_code(project, 3).name == "diplomacy"  # the window passes ids
    assert codes.get_code(project, "2").name == "security"  # no code is named "2"
    with pytest.raises(UserError, match="no code with id 99"):
        codes.get_code(project, "#99")
    with pytest.raises(UserError):
        codes.get_code(project, "٣")  # not an id, not a name


def test_every_part_of_a_path_is_checked(project) -> None:
    treaty = codes.add_code(project, "treaty", parent="diplomacy")
    clause = codes.add_code(project, "clause", parent="treaty")
    assert codes.get_code(project, "diplomacy/treaty").id == treaty.id
    assert codes.get_code(project, "diplomacy/treaty/clause").id == clause.id
    assert codes.get_code(project, "treaty/clause").id == clause.id  # a path may start below the top
    assert codes.get_code(project, "name:diplomacy/treaty").id == treaty.id
    for wrong in ("security/diplomacy", "security/treaty", "negotiation/diplomacy/treaty", "diplomacy/clause"):
        with pytest.raises(UserError, match="no code"):
            codes.get_code(project, wrong)
    with pytest.raises(UserError, match="“treaty” is “diplomacy/treaty”"):
        codes.get_code(project, "security/treaty")


# -- names: look-alikes and invisible characters ---------------------------------------------------


@pytest.mark.parametrize("look_alike", ["Diplomacy", "DIPLOMACY", "ｄｉｐｌｏｍａｃｙ", " diplomacy "])
def test_a_name_that_only_looks_different_is_refused_naming_the_existing_code(project, look_alike) -> None:
    with pytest.raises(UserError, match="a code named “diplomacy” already exists"):
        codes.add_code(project, look_alike)
    security = codes.get_code(project, "security")
    with pytest.raises(UserError, match="“diplomacy” already exists"):
        codes.update_code(project, security.id, name=look_alike)
    assert [c.name for c in codes.list_codes(project)] == ["negotiation", "security", "diplomacy"]


def test_composed_and_decomposed_letters_are_the_same_name(project) -> None:
    codes.add_code(project, "caf\u00e9")  # é composed (NFC)
    with pytest.raises(UserError, match="differs from it only in case, width or Unicode form"):
        codes.add_code(project, "cafe\u0301")  # e + combining acute (NFD)


def test_a_code_may_be_renamed_to_another_case_of_its_own_name(project) -> None:
    security = codes.get_code(project, "security")
    assert codes.update_code(project, security.id, name="Security").name == "Security"


@pytest.mark.parametrize(
    "name, described",
    [
        ("dipl\u200bomacy", "U+200B ZERO WIDTH SPACE at character 5"),
        ("\u2060treaty", "U+2060 WORD JOINER at character 1"),
        ("trea\u00adty", "U+00AD SOFT HYPHEN at character 5"),
        ("tr\ufeffeaty", "U+FEFF ZERO WIDTH NO-BREAK SPACE at character 3"),
        ("條\u202e約", "U+202E RIGHT-TO-LEFT OVERRIDE at character 2"),
        ("a\u200db", "U+200D ZERO WIDTH JOINER at character 2"),
        ("a\x07b", "U+0007 BELL at character 2"),
        ("a\x85b", "U+0085 NEXT LINE at character 2"),
        ("a\tb", "U+0009 CHARACTER TABULATION at character 2"),
        ("a\U000e0041b", "U+E0041 TAG LATIN CAPITAL LETTER A at character 2"),
    ],
)
def test_invisible_characters_in_a_name_are_refused_saying_which_and_where(project, name, described) -> None:
    with pytest.raises(UserError) as refused:
        codes.add_code(project, name)
    message = str(refused.value)
    assert described in message and "\n" not in message
    assert name.strip() not in message  # shown with the character marked, not hidden
    with pytest.raises(UserError, match=described.replace("+", r"\+")):
        codes.update_code(project, codes.get_code(project, "security").id, name=name)
    assert len(codes.list_codes(project)) == 3


# -- shortcuts: keys the window can use, in the form it reads --------------------------------------


@pytest.mark.parametrize(
    "typed, stored",
    [("4", "4"), ("k", "K"), ("f5", "F5"), ("F12", "F12"), ("ctrl+shift+k", "Ctrl+Shift+K"),
     ("Shift+Ctrl+K", "Ctrl+Shift+K"), ("alt+4", "Alt+4"), (" Ctrl + Alt + F1 ", "Ctrl+Alt+F1"),
     ("meta+ctrl+alt+k", "Meta+Ctrl+Alt+K"), ("Control+Option+T", "Ctrl+Alt+T")],
)
def test_a_key_alone_or_with_modifiers_is_stored_as_the_window_reads_it(typed, stored) -> None:
    assert codes.normalise_shortcut(typed) == stored
    QtGui = pytest.importorskip("PySide6.QtGui")
    sequence = QtGui.QKeySequence(stored)
    assert sequence.count() == 1
    assert sequence.toString(QtGui.QKeySequence.SequenceFormat.PortableText) == stored


@pytest.mark.parametrize(
    "typed, message",
    [("中", "not a key"), ("４", "not a key"), ("F13", "not a key"), ("F0", "not a key"), ("Ctrl+", "not a key"),
     ("Ctrl+Ctrl+K", "not a key"), ("Hyper+K", "not a key"), ("Ctrl+Shift", "not a key"), ("Enter", "not a key"),
     ("Ctrl+K, Ctrl+L", "not a key"), ("ä", "not a key"), ("", "not a key"),
     ("Meta+Ctrl+Alt+Shift+F12", "too many modifiers"),
     ("ctrl+z", "one of the window's own keys"), ("Ctrl+Q", "one of the window's own keys")],
)
def test_anything_else_is_refused_with_one_line(project, typed, message) -> None:
    with pytest.raises(UserError, match=message) as refused:
        codes.normalise_shortcut(typed)
    assert "\n" not in str(refused.value)


def test_codes_are_added_and_rekeyed_with_modifier_keys(project) -> None:
    added = codes.add_code(project, "treaty", shortcut="ctrl+shift+k")
    assert added.shortcut == "Ctrl+Shift+K"
    with pytest.raises(UserError, match="already belongs to “treaty”"):
        codes.add_code(project, "alliance", shortcut="Shift+Ctrl+K")
    assert codes.update_code(project, added.id, shortcut="F3").shortcut == "F3"
