"""The codebook: adding, editing, moving, merging and deleting codes."""

from __future__ import annotations

import pytest

from annotator.domain import PassageFilter
from annotator.errors import UserError
from annotator.services import annotations, codes, memos
from annotator.services.imports import import_file
from tests.helpers.storage import contents
from tests.services.conftest import World


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


# -- one call each way: deleting and merging codes, and their undo (both dialects) ---------------


def test_deleting_a_code_and_undoing_it_puts_back_every_row_exactly(world: World) -> None:
    project = world.project
    before = contents(project)
    deletion = codes.delete_code(project, world.security, delete_passages=True)
    assert [code.name for code in deletion.codes] == ["security", "army"]  # parents first
    assert {p.code_id for p in deletion.passages} == {world.security, world.army}
    assert sorted(m.text for m in deletion.memos) == ["包括軍事援助", "軍隊"]
    assert codes.count_affected(project, world.diplomacy) == (2, 0)
    assert {m.code_id for m in memos.memos_for(project)} == {None}
    restored = codes.restore_code_deletion(project, deletion)
    assert (restored.id, restored.path) == (world.security, "security")
    # Ids, identities, keys, times, memos: row for row what was there.
    assert contents(project) == before


def test_a_deleted_code_whose_name_was_taken_meanwhile_is_not_put_back(world: World) -> None:
    project = world.project
    deletion = codes.delete_code(project, world.security, delete_passages=True)
    codes.add_code(project, "Security")  # another program, meanwhile
    before = contents(project)
    with pytest.raises(UserError, match="already exists"):
        codes.restore_code_deletion(project, deletion)
    assert contents(project) == before


def test_a_merge_and_its_undo(world: World) -> None:
    project = world.project
    codes.update_code(project, world.diplomacy, description="")
    before = contents(project)
    security = codes.get_code(project, world.security)
    merge = codes.merge_codes(project, world.security, world.diplomacy)
    assert merge.passages == 1 and len(merge.twins) == 1 and merge.moved == ()
    assert merge.children == ((world.army, codes.get_code(project, world.army).sort_order),)
    merged = annotations.list_passages(project, PassageFilter(code_ids=(world.diplomacy,)))
    # The twin's memo went to the target's passage, which had none; the sub-code moved along.
    assert [(p.start, p.memo, p.code_path) for p in merged] == [
        (1, "毛", "diplomacy"), (5, "", "diplomacy/army"), (10, "斯大林", "diplomacy")]
    assert [m.text for m in memos.memos_for(project, code_id=world.diplomacy)] == ["包括軍事援助"]
    assert codes.get_code(project, world.diplomacy).description == security.description
    restored = codes.unmerge(project, merge)
    assert restored.id == world.security
    assert contents(project) == before


def test_a_merge_with_passages_to_move(world: World) -> None:
    project = world.project
    before = contents(project)
    merge = codes.merge_codes(project, world.diplomacy, world.security)
    assert len(merge.moved) == 1 and len(merge.twins) == 1 and merge.memos_copied == ()
    assert codes.count_affected(project, world.security) == (3, 1)
    codes.unmerge(project, merge)
    assert contents(project) == before


def test_a_merge_that_would_put_two_sub_codes_of_one_name_side_by_side_is_refused(world: World) -> None:
    project = world.project
    codes.add_code(project, "ARMY", parent="diplomacy")
    before = contents(project)
    with pytest.raises(UserError, match="has a sub-code named “ARMY” already"):
        codes.merge_codes(project, world.security, world.diplomacy)
    assert contents(project) == before


def test_an_unmerge_after_the_target_changed_elsewhere_changes_nothing(world: World) -> None:
    project = world.project
    merge = codes.merge_codes(project, world.diplomacy, world.security)
    [moved] = merge.moved
    annotations.untag(project, moved)  # another program removes a passage that came over
    before = contents(project)
    with pytest.raises(UserError, match="changed since"):
        codes.unmerge(project, merge)
    assert contents(project) == before


def test_moving_a_code_puts_it_last_among_its_new_siblings(project) -> None:
    child = codes.add_code(project, "treaty", parent="diplomacy")
    moved = codes.move_code(project, codes.get_code(project, "security").id, child.id)
    assert moved.path == "diplomacy/treaty/security"
    back = codes.move_code(project, moved.id, None)
    assert back.sort_order == max(c.sort_order for c in codes.list_codes(project) if c.parent_id is None)


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


def test_a_name_under_several_parents_is_reached_by_its_path_and_refused_bare(project) -> None:
    # As codebooks from other programs have it: "Other" under several parents.
    for parent in ("security", "diplomacy"):
        codes.add_code(project, "Other", parent=parent)
    under_security = codes.get_code(project, "security/Other")
    under_diplomacy = codes.get_code(project, "diplomacy/Other")
    assert (under_security.parent_id, under_diplomacy.parent_id) == (2, 3)
    assert codes.get_code(project, f"#{under_diplomacy.id}").id == under_diplomacy.id
    for bare in ("Other", "name:Other"):
        with pytest.raises(UserError) as refused:
            codes.get_code(project, bare)
        assert str(refused.value) == ("“Other” is several codes: write the path of one: "
                                      "“security/Other”, “diplomacy/Other”")
    with pytest.raises(UserError) as refused:
        codes.get_code(project, "negotiation/Other")
    assert str(refused.value) == ("no code “negotiation/Other”: the codes named “Other” are "
                                  "“security/Other”, “diplomacy/Other”")


def test_a_path_that_fits_several_codes_is_refused_and_a_longer_one_reaches_each(project) -> None:
    for parent in ("security", "diplomacy"):
        middle = codes.add_code(project, "treaty", parent=parent)
        codes.add_code(project, "Other", parent=middle.id)
    with pytest.raises(UserError, match="“security/treaty/Other”, “diplomacy/treaty/Other”"):
        codes.get_code(project, "treaty/Other")
    deepest = codes.get_code(project, "diplomacy/treaty/Other")
    assert codes.get_code(project, "diplomacy/treaty").id == deepest.parent_id


def test_a_tag_by_a_name_several_codes_have_stores_nothing(world: World) -> None:
    project = world.project  # on a file and on a server (whose tag resolves names itself)
    for parent in ("security", "diplomacy"):
        codes.add_code(project, "Other", parent=parent)
    before = annotations.list_passages(project)
    with pytest.raises(UserError, match="“Other” is several codes"):
        annotations.tag(project, world.first, 5, 7, "Other", coder="colleague")
    assert annotations.list_passages(project) == before
    tagged = annotations.tag(project, world.first, 5, 7, "diplomacy/Other", coder="colleague")
    assert tagged.code_id == codes.get_code(project, "diplomacy/Other").id
    assert tagged.code_path == "diplomacy/Other"


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
