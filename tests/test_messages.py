"""Every error a user sees names a message key that has an English template, with exactly the
template's parameters, and every template is one line that fills.

The raise sites are read from the source (ast), so a mistyped key or a parameter left out fails
here, not in front of a user; the window translates these templates, so a key without one would
show nothing translatable.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from annotator.errors import UserError
from annotator.messages import CATALOG, MESSAGES, english
from annotator.text.errors import TextError
from annotator.text.messages import TEXT_MESSAGES
from db.messages import DB_MESSAGES

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted([*ROOT.glob("annotator/**/*.py"), *ROOT.glob("db/**/*.py")])
BASES = {"KeyedError", "TextError"}  # the two roots of every error a user sees


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in MODULES}


def _error_classes(trees: dict[Path, ast.Module]) -> dict[str, ast.ClassDef]:
    """Every class that derives, directly or not, from one of BASES (the roots included)."""
    classes = {node.name: node for tree in trees.values() for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef)}

    def base_names(node: ast.ClassDef) -> set[str]:
        return {base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                for base in node.bases}

    found = {name: classes[name] for name in BASES}
    grown = True
    while grown:
        grown = False
        for name, node in classes.items():
            if name not in found and base_names(node) & set(found):
                found[name] = node
                grown = True
    return found


def _init(node: ast.ClassDef) -> ast.FunctionDef | None:
    return next((item for item in node.body
                 if isinstance(item, ast.FunctionDef) and item.name == "__init__"), None)


def _takes_key(name: str, classes: dict[str, ast.ClassDef]) -> tuple[bool, set[str]]:
    """Whether calling class `name` passes a message key first, and the keyword arguments its
    own __init__ takes besides the message's parameters (WriteConflict's `retry`)."""
    node = classes[name]
    while node is not None:
        init = _init(node)
        if init is not None:
            arguments = [*init.args.posonlyargs, *init.args.args][1:]
            own = {argument.arg for argument in init.args.kwonlyargs}
            return bool(arguments) and arguments[0].arg == "key", own
        bases = [base.id for base in node.bases if isinstance(base, ast.Name)]
        node = next((classes[base] for base in bases if base in classes), None)
    return True, set()


def _keys(argument: ast.expr) -> list[str] | None:
    """The key(s) a first argument can be: a literal, or a choice between two literals."""
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        return [argument.value]
    if (isinstance(argument, ast.IfExp) and isinstance(argument.body, ast.Constant)
            and isinstance(argument.orelse, ast.Constant)):
        return [argument.body.value, argument.orelse.value]
    return None


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def _raise_sites() -> list[tuple[str, ast.Call, str]]:
    """(where, call, class name) for every call of an error class with a key, and every
    `super().__init__` in an error class whose own __init__ chooses the key (ProjectDamaged)."""
    trees = _trees()
    classes = _error_classes(trees)
    sites = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if isinstance(node.func, ast.Name) and node.func.id in classes:
                if _takes_key(node.func.id, classes)[0]:
                    sites.append((where, node, node.func.id))
        for name, node in classes.items():
            init = _init(node)
            if init is None or _takes_key(name, classes)[0] or not _in(tree, node):
                continue
            for call in ast.walk(init):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "__init__"):
                    sites.append((f"{path.relative_to(ROOT)}:{call.lineno}", call, name))
    return sites


def _in(tree: ast.Module, node: ast.AST) -> bool:
    return any(child is node for child in ast.walk(tree))


def test_the_source_has_raise_sites_to_check():
    sites = _raise_sites()
    # About 250 sites today: a walk that finds none would make the checks below vacuous.
    assert len(sites) > 200
    assert any(name == "ProjectDamaged" for _, _, name in sites)  # its own key, in __init__


def test_every_error_a_user_sees_names_a_known_key_with_its_parameters():
    classes = _error_classes(_trees())
    problems = []
    for where, call, name in _raise_sites():
        if not call.args:
            problems.append(f"{where}: {name}() without a message key")
            continue
        keys = _keys(call.args[0])
        if keys is None:
            problems.append(f"{where}: {name}'s key is not a string literal")
            continue
        own = _takes_key(name, classes)[1]
        spread = any(keyword.arg is None for keyword in call.keywords)  # **params: not visible
        given = {keyword.arg for keyword in call.keywords if keyword.arg is not None} - own
        for key in keys:
            if key not in CATALOG:
                problems.append(f"{where}: {name}({key!r}) has no template in annotator.messages")
                continue
            if not spread and _fields(CATALOG[key]) != given:
                problems.append(f"{where}: {name}({key!r}) passes {sorted(given)}, its template "
                                f"needs {sorted(_fields(CATALOG[key]))}")
            if len(call.args) > 1:
                problems.append(f"{where}: {name}({key!r}) passes parameters by position")
    assert problems == []


def test_a_text_error_keys_a_template_of_the_text_layer():
    # TextError looks its key up in TEXT_MESSAGES alone (text/ imports nothing of ours).
    classes = _error_classes(_trees())
    text_classes = {"TextError"} | {name for name in classes
                                    if _derives(name, "TextError", classes)}
    wrong = [f"{where}: {key}" for where, call, name in _raise_sites() if name in text_classes
             for key in _keys(call.args[0]) or [] if key not in TEXT_MESSAGES]
    assert wrong == []


def _derives(name: str, base: str, classes: dict[str, ast.ClassDef]) -> bool:
    node = classes.get(name)
    while node is not None:
        names = [b.id for b in node.bases if isinstance(b, ast.Name)]
        if base in names:
            return True
        node = next((classes[b] for b in names if b in classes), None)
    return False


def _sample(template: str) -> dict[str, object]:
    """A value for each field: a number where the field's format needs one."""
    values: dict[str, object] = {}
    for _, field, spec, _ in string.Formatter().parse(template):
        if field:
            values[field] = 1234 if spec else "名字 name"
    return values


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_every_template_is_one_line_that_fills(key):
    template = CATALOG[key]
    assert "\n" not in template and "\r" not in template
    line = english(key, _sample(template))
    assert "\n" not in line and line.strip() == line and line
    assert "{" not in line.replace("{{", "") or "{{" in template  # no field left unfilled


def test_no_key_is_in_two_layers():
    # The merged CATALOG would silently keep one of two templates.
    assert not set(DB_MESSAGES) & set(TEXT_MESSAGES)
    assert not set(DB_MESSAGES) & set(MESSAGES)
    assert not set(TEXT_MESSAGES) & set(MESSAGES)


def test_every_template_is_raised_somewhere():
    # A template no code names is stale: the message it describes was changed or removed.
    literals = {node.value for tree in _trees().values() for node in ast.walk(tree)
                if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert sorted(set(CATALOG) - literals) == []


def test_an_unknown_key_fails_where_it_is_raised():
    with pytest.raises(KeyError):
        UserError("no.such.key")
    with pytest.raises(KeyError):
        TextError("no.such.key")
    # An English line is not a key (as raise sites once passed).
    with pytest.raises(KeyError):
        UserError("a code needs a name")


def test_a_keyed_error_says_its_english_line_and_keeps_its_parts():
    error = UserError("codes.no_code_named", text="外交")
    assert str(error) == "no code named “外交”"
    assert (error.key, error.params) == ("codes.no_code_named", {"text": "外交"})
