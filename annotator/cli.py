"""The command line: every headless operation on a project, for scripts and for quick work.

Exit codes: 0 success, 1 bad input (one line on stderr, no traceback), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from annotator import APP_NAME, __version__
from annotator.domain import PassageFilter
from annotator.errors import USER_ERRORS, UserError
from annotator.project import Project

# Usage errors exit with 2: argparse does that itself.
EXIT_OK, EXIT_BAD_INPUT = 0, 1


def _project_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--project",
        metavar="PATH",
        default=default,
        help="project file (default: $ANNOTATOR_PROJECT, else the default project)",
    )


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON array of objects")


def _filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--document", "--doc", action="append", default=[], metavar="DOC",
                        help="only this document (id or exact title); repeatable")
    parser.add_argument("--code", action="append", default=[], metavar="CODE",
                        help="only this code and its sub-codes; repeatable")
    parser.add_argument("--no-children", action="store_true",
                        help="with --code: leave out the sub-codes")
    parser.add_argument("--coder", action="append", default=[], metavar="NAME",
                        help="only this coder's passages; repeatable")
    parser.add_argument("--contains", default="", metavar="TEXT",
                        help="only passages whose text or memo contains TEXT (either script)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description=f"{APP_NAME}: read and code Chinese texts. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _project_option(parser, None)
    # Sub-commands accept --project too; SUPPRESS keeps them from overwriting the main option.
    common = argparse.ArgumentParser(add_help=False)
    _project_option(common, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser("import", parents=[common], help="import text files")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    imp.add_argument("--encoding", help="the files' encoding (default: detected)")
    imp.add_argument("--title", help="document title (default: the file name); one file only")
    imp.add_argument("--presegmented", choices=("auto", "yes", "no"), default="auto",
                     help="words separated by single spaces (default: detected)")
    imp.add_argument("--clean-web", choices=("auto", "yes", "no"), default="auto",
                     help="decode HTML entities such as '& nbsp ;' (default: when found)")
    imp.add_argument("--author", default="")
    imp.add_argument("--date", default="")
    imp.add_argument("--source-ref", default="", help="archive or source reference")
    imp.add_argument("--notes", default="")

    docs = commands.add_parser("docs", parents=[common], help="list documents")
    _json_option(docs)

    codes = commands.add_parser("codes", parents=[common], help="list codes, or add one")
    _json_option(codes)
    code_commands = codes.add_subparsers(dest="codes_command", metavar="add")
    add = code_commands.add_parser("add", parents=[common], help="add a code")
    add.add_argument("name")
    add.add_argument("--color", "--colour", required=True, metavar="#RRGGBB")
    add.add_argument("--parent", metavar="CODE")
    add.add_argument("--description", default="")
    add.add_argument("--shortcut", help="a key such as 4")

    tag = commands.add_parser("tag", parents=[common], help="code a passage; prints its id")
    tag.add_argument("document", metavar="DOC", help="document id or exact title")
    tag.add_argument("start", type=int, help="first character (code points, from 0)")
    tag.add_argument("end", type=int, help="one past the last character")
    tag.add_argument("code", metavar="CODE")
    tag.add_argument("--memo", default="")
    tag.add_argument("--coder", help="coder name (default: $ANNOTATOR_CODER or your login)")
    tag.add_argument("--snap", choices=("none", "word", "sentence"), default="none",
                     help="widen the range to whole words or sentences")

    untag = commands.add_parser("untag", parents=[common], help="remove a coded passage")
    untag.add_argument("annotation_id", type=int, metavar="ID")

    passages = commands.add_parser("passages", parents=[common], help="list coded passages")
    _json_option(passages)
    _filter_options(passages)

    search = commands.add_parser("search", parents=[common], help="search in either script")
    search.add_argument("query")
    search.add_argument("--regex", action="store_true", help="QUERY is a regular expression")
    search.add_argument("--document", "--doc", action="append", default=[], metavar="DOC")
    _json_option(search)

    segment = commands.add_parser("segment", parents=[common],
                                  help="print a document with one space between segments")
    segment.add_argument("document", metavar="DOC")

    words = commands.add_parser("words", parents=[common],
                                help="list the project's dictionary words, or add one")
    word_commands = words.add_subparsers(dest="words_command", metavar="add")
    add_word = word_commands.add_parser("add", parents=[common],
                                        help="add a word and re-segment the texts that contain it")
    add_word.add_argument("word")

    commands.add_parser("backup", parents=[common], help="back the project up now")
    commands.add_parser("backups", parents=[common], help="list the project's backups, newest first")
    restore = commands.add_parser("restore", parents=[common],
                                  help="replace the project with one of its backups")
    restore.add_argument("backup", metavar="BACKUP",
                         help="a number from `backups`, `latest` (the newest sound one), or a file")
    restore.add_argument("--yes", action="store_true", help="confirm: the project is replaced")

    export = commands.add_parser("export", parents=[common], help="export coded passages to CSV")
    export.add_argument("--out", required=True, metavar="FILE.csv")
    _filter_options(export)
    return parser


def _print_json(rows: Sequence[dict]) -> None:
    print(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str))


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    print("\t".join(headers))
    for row in rows:
        print("\t".join(_one_line(value) for value in row))


def _one_line(value: object) -> str:
    """A table cell on one line, with control and bidirectional formatting characters shown as
    marks (a raw U+202E would reverse the rest of the line in the terminal)."""
    from annotator.text.display import visible

    return visible(str(value).replace("\r", " ").replace("\n", "⏎").replace("\t", " "))


def cmd_import(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.imports import ImportOptions, import_file

    if args.title and len(args.paths) > 1:
        raise UserError("--title names one document: import the files one at a time")
    failures = 0
    for raw_path in args.paths:
        options = ImportOptions(
            encoding=args.encoding, title=args.title, presegmented=args.presegmented,
            clean_web=args.clean_web, author=args.author, date=args.date,
            source_ref=args.source_ref, notes=args.notes,
        )
        try:
            result = import_file(project, Path(raw_path), options)
        except USER_ERRORS as error:
            print(f"error: {error}", file=sys.stderr)
            failures += 1
            continue
        document = result.document
        print(
            f"imported {document.id}\t{_one_line(document.title)}\t{document.encoding}\t{document.script}\t"
            f"{document.length} characters\t{document.segments} segments"
            + ("\tpre-segmented" if document.presegmented else "")
        )
        for change, count in result.cleanup.items():
            print(f"  cleaned: {change} ×{count}")
    return EXIT_BAD_INPUT if failures else EXIT_OK


def cmd_docs(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.documents import list_documents

    documents = list_documents(project)
    rows = [
        {
            "id": d.id, "title": d.title, "script": d.script, "encoding": d.encoding,
            "chars": d.length, "segments": d.segments, "passages": d.passages,
            "presegmented": d.presegmented, "source_name": d.source_name, "author": d.author,
            "date": d.date, "source_ref": d.source_ref, "sha256": d.text_sha256,
            "imported_at": d.imported_at.isoformat(timespec="seconds"),
        }
        for d in documents
    ]
    if args.json:
        _print_json(rows)
    else:
        keys = ("id", "title", "script", "encoding", "chars", "segments", "passages")
        _print_table(keys, [[row[key] for key in keys] for row in rows])
    return EXIT_OK


def cmd_codes(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.codes import add_code, list_codes

    if args.codes_command == "add":
        code = add_code(project, args.name, args.color, parent=args.parent,
                        description=args.description, shortcut=args.shortcut)
        print(f"added {code.id}\t{code.path}\t{code.color}")
        return EXIT_OK
    rows = [
        {key: value for key, value in asdict(code).items()} for code in list_codes(project)
    ]
    if args.json:
        _print_json(rows)
    else:
        keys = ("id", "path", "color", "shortcut", "passages", "description")
        _print_table(keys, [[row[key] if row[key] is not None else "" for key in keys] for row in rows])
    return EXIT_OK


def cmd_tag(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.annotations import tag
    from annotator.services.documents import get_document
    from annotator.services.segmentation import snap

    start, end = args.start, args.end
    if args.snap != "none":
        start, end = snap(project, get_document(project, args.document).id, start, end, args.snap)
    passage = tag(project, args.document, start, end, args.code, memo=args.memo, coder=args.coder)
    print(passage.id)
    return EXIT_OK


def cmd_untag(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.annotations import untag

    passage = untag(project, args.annotation_id)
    print(f"removed {passage.id}\t{passage.code}\t{_one_line(passage.text)}")
    return EXIT_OK


def _passage_filter(project: Project, args: argparse.Namespace) -> PassageFilter:
    from annotator.services.codes import get_code
    from annotator.services.documents import get_document

    return PassageFilter(
        document_ids=tuple(get_document(project, ref).id for ref in args.document),
        code_ids=tuple(get_code(project, ref).id for ref in args.code),
        include_child_codes=not args.no_children,
        coders=tuple(args.coder),
        text_contains=args.contains,
    )


def cmd_passages(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.annotations import list_passages

    passages = list_passages(project, _passage_filter(project, args))
    keys = ("id", "document_id", "document", "code", "start", "end", "text", "memo", "coder")
    rows = [
        {
            "id": p.id, "document_id": p.document_id, "document": p.document, "code": p.code,
            "code_path": p.code_path, "start": p.start, "end": p.end, "text": p.text,
            "memo": p.memo, "coder": p.coder,
            "created_at": p.created_at.isoformat(timespec="seconds"),
            "updated_at": p.updated_at.isoformat(timespec="seconds"),
        }
        for p in passages
    ]
    if args.json:
        _print_json(rows)
    else:
        _print_table(keys, [[row[key] for key in keys] for row in rows])
    return EXIT_OK


def cmd_search(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.documents import get_document
    from annotator.services.search import search

    document_ids = [get_document(project, ref).id for ref in args.document]
    hits = search(project, args.query, regex=args.regex, document_ids=document_ids)
    if args.json:
        _print_json([asdict(hit) for hit in hits])
    else:
        for hit in hits:
            print(
                f"{hit.document_id}:{hit.start}-{hit.end}\t"
                f"{_one_line(hit.context_before)}【{_one_line(hit.match)}】{_one_line(hit.context_after)}"
            )
        print(f"{len(hits)} matches", file=sys.stderr)
    return EXIT_OK


def cmd_segment(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.documents import document_text, get_document, load_boundaries

    document = get_document(project, args.document)
    text = document_text(project, document.id)
    words = load_boundaries(project, document.id).words
    # Spaces separate segments within a line; line breaks are printed as themselves.
    lines: list[str] = []
    current: list[str] = []
    for a, b in zip(words, words[1:]):
        first, *rest = text[a:b].split("\n")
        if first:
            current.append(first)
        for part in rest:
            lines.append(" ".join(current))
            current = [part] if part else []
    lines.append(" ".join(current))
    print("\n".join(lines))
    return EXIT_OK


def cmd_words(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.segmentation import add_dictionary_word, dictionary_words

    if args.words_command == "add":
        affected = add_dictionary_word(project, args.word)
        print(f"added “{args.word}”; re-segmented {len(affected)} documents")
        return EXIT_OK
    for word in dictionary_words(project):
        print(word)
    return EXIT_OK


def cmd_export(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.export import export_csv

    count = export_csv(project, _passage_filter(project, args), Path(args.out))
    print(f"exported {count} passages to {args.out}")
    return EXIT_OK


def cmd_backup(project: Project, args: argparse.Namespace) -> int:
    from db.backup import make_backup

    print(make_backup(project.path, "manual"))
    return EXIT_OK


def backups_command(args: argparse.Namespace) -> int:
    """List backups without opening the project: a damaged project's backups must be listable."""
    from annotator import paths
    from db.backup import list_backups

    target = paths.project_path_from(args.project)
    for backup in list_backups(target):
        made = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"{backup.number}\t{made}\t{backup.reason}\t{backup.size:,} bytes\t{backup.path}")
    return EXIT_OK


def restore_command(args: argparse.Namespace) -> int:
    """Restore runs with the project closed: it replaces the file (or puts back a missing or
    damaged one, setting the damaged file aside)."""
    from annotator import paths
    from db.backup import find_backup, restore_backup

    target = paths.project_path_from(args.project)
    try:
        choice = args.backup
        if choice == "latest" or (choice.isascii() and choice.isdigit()):
            chosen = find_backup(target, choice).path
        elif Path(choice).is_file():
            chosen = Path(choice)
        else:
            raise UserError(f"no backup “{choice}”; `backups` lists them (or use `latest`)")
        if not args.yes:
            raise UserError(f"restoring replaces {target} with {chosen.name}; add --yes to do it")
        result = restore_backup(target, chosen)
    except USER_ERRORS as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"restored {chosen.name}")
    if result.safety is not None:
        print(f"the project as it was is kept in {result.safety}")
    for moved in result.set_aside:
        print(f"the damaged file was set aside as {moved}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[Project, argparse.Namespace], int]] = {
    "backup": cmd_backup,
    "import": cmd_import,
    "docs": cmd_docs,
    "codes": cmd_codes,
    "tag": cmd_tag,
    "untag": cmd_untag,
    "passages": cmd_passages,
    "search": cmd_search,
    "segment": cmd_segment,
    "words": cmd_words,
    "export": cmd_export,
}


def run_command(args: argparse.Namespace) -> int:
    from annotator.services.bootstrap import open_project

    try:
        with open_project(args.project, automatic_backup=True) as project:
            return COMMANDS[args.command](project, args)
    except USER_ERRORS as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted; the last completed step is saved", file=sys.stderr)
        return EXIT_BAD_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from annotator.ui.launch import launch_window

        return launch_window(args.project)
    if args.command == "restore":
        return restore_command(args)
    if args.command == "backups":
        return backups_command(args)
    return run_command(args)
