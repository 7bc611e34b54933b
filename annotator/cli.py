"""The command line: every headless operation on a project, for scripts and for quick work.

Exit codes: 0 success, 1 bad input (one line on stderr, no traceback; nothing was changed),
2 usage error, 3 partly done (some inputs were done, the others refused, each one listed).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from annotator import APP_NAME, __version__, settings
from annotator.domain import CodeInfo, EntityCorrection, PassageFilter
from annotator.errors import USER_ERRORS, UserError
from annotator.plural import count
from annotator.project import Project
from annotator.text.display import HIDDEN, marked, visible
from db.location import Location
from db.messages import Phrase

# Usage errors exit with 2: argparse does that itself.
EXIT_OK, EXIT_BAD_INPUT, EXIT_PARTLY = 0, 1, 3
# How DOC and CODE are written (annotator.services.documents.resolve_document, codes.resolve_code).
DOC_HELP = "a document: its title, or #ID for its id (a bare number is an id unless it is a title)"
CODE_HELP = "a code: its name or path (parent/child), or #ID for its id"


class _Parser(argparse.ArgumentParser):
    """argparse, with what the user typed shown visibly in its error lines (a right-to-left
    override in a mistyped argument would reverse the rest of the line)."""

    def error(self, message: str):  # type: ignore[override]
        super().error(visible(message))


def _print_error(message: object) -> None:
    """The one line a refused command prints on stderr, hidden characters shown as marks."""
    print(f"error: {_one_line(message)}", file=sys.stderr)


def _project_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--project",
        metavar="PATH",
        default=default,
        help="project file, or a team project's URL postgresql+psycopg://user@host:port/database "
             "(default: $ANNOTATOR_PROJECT, else the project last opened in the window, else the "
             "default project); a new one is created, and said so",
    )


def _number(explanation: str = "") -> Callable[[str], int]:
    """The `type=` of every integer argument: the digits 0-9 and nothing else. int() alone
    would take "١٢" (Arabic-Indic digits), "1_0", " 7" and "+3" as numbers."""

    def parse(text: str) -> int:
        if text.isascii() and text.isdigit():
            return int(text)
        raise argparse.ArgumentTypeError(
            f"“{visible(text)}” is not a number (the digits 0-9){': ' + explanation if explanation else ''}"
        )

    return parse


# START and END of `tag`: numbers, so that a literal END gets told what to type.
_offset = _number("START and END are character offsets counted from 0, END one past the last "
                  "character (`tag 1 9210 9220 CODE` codes 10 characters)")

# The kinds of entity (annotator.text.entities.KINDS; a test checks they agree). Written out
# here: importing the finder would slow every command's start.
ENTITY_KINDS = ("person", "place", "organization", "title", "date")


class _EndsWithKind(argparse.Action):
    """`--set-kind TEXT KIND` and `--add START END KIND`: the last value a kind of entity, the
    two before it (with --add) offsets, each checked as argparse checks one."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[override]
        *before, kind = values
        if len(before) == 2:
            try:
                before = [_offset(before[0]), _offset(before[1])]
            except argparse.ArgumentTypeError as error:
                parser.error(f"argument {option_string}: {error}")
        if kind not in ENTITY_KINDS:
            parser.error(f"argument {option_string}: “{visible(kind)}” is not a kind of entity: "
                         f"{', '.join(ENTITY_KINDS)}")
        setattr(namespace, self.dest, (*before, kind))


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON array of objects")


def _filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--document", "--doc", action="append", default=[], metavar="DOC",
                        help=f"only this document ({DOC_HELP}); repeatable")
    parser.add_argument("--code", action="append", default=[], metavar="CODE",
                        help=f"only this code and its sub-codes ({CODE_HELP}); repeatable")
    parser.add_argument("--no-children", action="store_true",
                        help="with --code: leave out the sub-codes")
    parser.add_argument("--coder", action="append", default=[], metavar="NAME",
                        help="only this coder's passages; repeatable")
    parser.add_argument("--contains", default="", metavar="TEXT",
                        help="only passages whose text or memo contains TEXT (either script)")


def _script_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--script", choices=("traditional", "simplified"), default="traditional",
                        help="the report's characters (default: traditional)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py",
        description=f"{APP_NAME}: read and code Chinese texts. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _project_option(parser, None)
    # Sub-commands accept --project too; SUPPRESS keeps them from overwriting the main option.
    common = _Parser(add_help=False)
    _project_option(common, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser("import", parents=[common],
                              help="import text files, merge another project file (OTHER.sqlite), or a REFI-QDA "
                                   "project (.qdpx) or codebook (.qdc) from NVivo, MAXQDA, "
                                   "ATLAS.ti, QualCoder")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    imp.add_argument("--encoding", help="the files' encoding (default: detected)")
    imp.add_argument("--title", help="document title (default: the file name); one file only")
    imp.add_argument("--presegmented", choices=("auto", "yes", "no"), default="auto",
                     help="words separated by single spaces (default: detected)")
    imp.add_argument("--clean-web", choices=("auto", "yes", "no"), default="auto",
                     help="decode HTML entities such as '& nbsp ;' (default: when found)")
    imp.add_argument("--allow-duplicate", action="store_true",
                     help="import a text already in the project (e.g. a second edition)")
    imp.add_argument("--author", default="")
    imp.add_argument("--date", default="")
    imp.add_argument("--source-ref", default="", help="archive or source reference")
    imp.add_argument("--notes", default="")

    docs = commands.add_parser("docs", parents=[common], help="list documents")
    _json_option(docs)

    codes = commands.add_parser("codes", parents=[common],
                                help="list the codebook, or add, rename, delete, move, describe, "
                                     "recolour or re-key a code")
    _json_option(codes)
    code_commands = codes.add_subparsers(dest="codes_command", metavar="ACTION")
    add = code_commands.add_parser("add", parents=[common], help="add a code")
    add.add_argument("name")
    add.add_argument("--color", "--colour", metavar="#RRGGBB",
                     help="default: the next colour of the palette no code has yet")
    add.add_argument("--parent", metavar="CODE")
    add.add_argument("--description", default="")
    add.add_argument("--shortcut", "--key", metavar="KEY",
                     help="a key such as 4, F5 or Ctrl+Shift+K (default: the first of 1-9 no code has)")
    rename = code_commands.add_parser("rename", parents=[common], help="rename a code")
    rename.add_argument("code", metavar="CODE")
    rename.add_argument("new_name", metavar="NEW")
    delete = code_commands.add_parser("delete", parents=[common],
                                      help="delete a code with its sub-codes")
    delete.add_argument("code", metavar="CODE")
    delete.add_argument("--yes", action="store_true",
                        help="confirm: its sub-codes and coded passages are deleted too")
    move = code_commands.add_parser("move", parents=[common],
                                    help="make a code a sub-code of another, or a top-level code")
    move.add_argument("code", metavar="CODE")
    where = move.add_mutually_exclusive_group(required=True)
    where.add_argument("--parent", metavar="P", help="the new parent code")
    where.add_argument("--top", action="store_true", help="to the top level")
    describe = code_commands.add_parser("describe", parents=[common],
                                        help="set a code's description ('' clears it)")
    describe.add_argument("code", metavar="CODE")
    describe.add_argument("text", metavar="TEXT")
    color = code_commands.add_parser("color", aliases=["colour"], parents=[common],
                                     help="recolour a code")
    color.add_argument("code", metavar="CODE")
    color.add_argument("color", metavar="#RRGGBB")
    key = code_commands.add_parser("key", parents=[common],
                                   help="set the key that tags the selection with a code")
    key.add_argument("code", metavar="CODE")
    key_choice = key.add_mutually_exclusive_group(required=True)
    key_choice.add_argument("key", nargs="?", metavar="KEY",
                            help="a letter or digit, or F1-F12, alone or with modifiers: 4, F5, Ctrl+Shift+K")
    key_choice.add_argument("--clear", action="store_true", help="the code gets no key")

    tag = commands.add_parser("tag", parents=[common], help="code a passage; prints its id")
    tag.add_argument("document", metavar="DOC", help=DOC_HELP)
    tag.add_argument("start", type=_offset, metavar="START",
                     help="a number: the first character (code points, from 0)")
    tag.add_argument("end", type=_offset, metavar="END",
                     help="a number: one past the last character")
    tag.add_argument("code", metavar="CODE", help=CODE_HELP)
    tag.add_argument("--memo", default="")
    tag.add_argument("--coder", help="coder name (default: $ANNOTATOR_CODER, else the name the "
                                     "window stored, else your login)")
    tag.add_argument("--snap", choices=("none", "word", "sentence"), default="none",
                     help="widen the range to whole words or sentences")

    untag = commands.add_parser("untag", parents=[common], help="remove a coded passage")
    untag.add_argument("annotation_id", type=_number(), metavar="ID", help="the passage's id")

    _memo_parser(commands, common)

    passages = commands.add_parser("passages", parents=[common], help="list coded passages")
    _json_option(passages)
    _filter_options(passages)

    search = commands.add_parser("search", parents=[common], help="search in either script")
    search.add_argument("query")
    search.add_argument("--regex", action="store_true", help="QUERY is a regular expression")
    search.add_argument("--document", "--doc", action="append", default=[], metavar="DOC",
                        help=f"only this document ({DOC_HELP}); repeatable")
    _json_option(search)

    segment = commands.add_parser("segment", parents=[common],
                                  help="print a document with one space between segments")
    segment.add_argument("document", metavar="DOC", help=DOC_HELP)

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

    copy = commands.add_parser("copy", parents=[common],
                               help="copy the whole project into a new file or an empty database")
    copy.add_argument("--to", required=True, metavar="TARGET",
                      help="a new project file, or postgresql+psycopg://user@host:port/database")

    export = commands.add_parser(
        "export", parents=[common],
        help="export coded passages: CSV, Excel workbook, REFI-QDA project or codebook, HTML report")
    export.add_argument("--out", required=True, metavar="FILE",
                        help="a new file, or an ordinary file to replace; its extension is the "
                             "format: .csv, .xlsx, .qdpx (REFI-QDA project), .qdc (codebook), "
                             ".html (report)")
    export.add_argument("--follow-symlinks", action="store_true",
                        help="when FILE is a symbolic link, replace the file it points to")
    _script_option(export)
    _filter_options(export)

    report = commands.add_parser("report", parents=[common],
                                 help="write the coded passages grouped by code as one HTML file")
    report.add_argument("--out", required=True, metavar="FILE.html",
                        help="a new file, or an ordinary file to replace")
    report.add_argument("--title", default=None, help="the report's title (default: the project's name)")
    report.add_argument("--follow-symlinks", action="store_true",
                        help="when FILE.html is a symbolic link, replace the file it points to")
    _script_option(report)
    _filter_options(report)

    matrix = commands.add_parser("matrix", parents=[common],
                                 help="codes by documents: passages (or characters) coded")
    matrix.add_argument("--measure", choices=("passages", "characters"), default="passages",
                        help="count passages (default) or the characters they cover")
    matrix.add_argument("--subcodes", action="store_true",
                        help="fold each code's sub-codes into its row")
    _json_option(matrix)
    _filter_options(matrix)
    cooccurrence = commands.add_parser(
        "cooccurrence", parents=[common],
        help="codes by codes: how many passages of one overlap passages of the other")
    _json_option(cooccurrence)
    _filter_options(cooccurrence)
    summary = commands.add_parser("summary", parents=[common],
                                  help="per code: passages, documents, coders, characters coded")
    summary.add_argument("--subcodes", action="store_true", help="fold sub-codes into their parents")
    _json_option(summary)
    _filter_options(summary)

    entities = commands.add_parser(
        "entities", parents=[common],
        help="the persons, places, organisations, titles and dates of a document; correct, code "
             "or export them")
    entities.add_argument("document", metavar="DOC", help=DOC_HELP)
    entities.add_argument("--kind", action="append", default=[], choices=ENTITY_KINDS,
                          help="only entities of this kind; repeatable")
    entities.add_argument("--json", action="store_true",
                          help="print one JSON array: text, kind, start, end (and normalized, "
                               "for dates) of every mention")
    action = entities.add_mutually_exclusive_group()
    action.add_argument("--set-kind", nargs=2, action=_EndsWithKind, metavar=("TEXT", "KIND"),
                        help="TEXT (either script) is of KIND in every document")
    action.add_argument("--reject", metavar="TEXT", help="TEXT is no entity, in any document")
    action.add_argument("--add", nargs=3, action=_EndsWithKind, metavar=("START", "END", "KIND"),
                        help="START-END of DOC is an entity of KIND")
    action.add_argument("--reject-at", nargs=2, type=_offset, metavar=("START", "END"),
                        help="the mention at START-END of DOC is no entity")
    action.add_argument("--forget", metavar="TEXT",
                        help="remove the correction of TEXT (--set-kind or --reject)")
    action.add_argument("--forget-at", nargs=2, type=_offset, metavar=("START", "END"),
                        help="remove the correction at START-END of DOC (--add or --reject-at)")
    action.add_argument("--corrections", action="store_true",
                        help="list the corrections that hold in DOC")
    action.add_argument("--code", nargs=2, metavar=("CODE", "TEXT"),
                        help="code every mention of the entity TEXT with CODE (one step; "
                             "prints the new passages' ids)")
    action.add_argument("--export", metavar="FILE", help="write the mentions to FILE.csv or FILE.xlsx")
    entities.add_argument("--all-documents", action="store_true",
                          help="with --code or --export: in every document, not DOC alone")
    entities.add_argument("--coder", help="who made the correction or coded (default as for tag)")
    entities.add_argument("--follow-symlinks", action="store_true",
                          help="with --export: when FILE is a symbolic link, replace its target")

    parallels = commands.add_parser("parallels", parents=[common],
                                    help="the passages of the documents that tell what a passage tells")
    parallels.add_argument("document", metavar="DOC", help=DOC_HELP)
    parallels.add_argument("start", type=_offset, metavar="START")
    parallels.add_argument("end", type=_offset, metavar="END")
    parallels.add_argument("--limit", type=_number(), default=20, metavar="N",
                           help="at most N passages, best first (default 20)")
    _json_option(parallels)

    compare = commands.add_parser("compare", parents=[common],
                                  help="two passages side by side, what differs marked 【…】")
    for number in ("1", "2"):
        compare.add_argument(f"document{number}", metavar=f"DOC{number}", help=DOC_HELP)
        compare.add_argument(f"start{number}", type=_offset, metavar=f"START{number}")
        compare.add_argument(f"end{number}", type=_offset, metavar=f"END{number}")
    compare.add_argument("--ignore-punctuation", action="store_true",
                         help="do not mark punctuation and spacing")
    compare.add_argument("--json", action="store_true",
                         help="print the aligned segments as a JSON array")

    timeline = commands.add_parser("timeline", parents=[common],
                                   help="every date of the documents and the coded passages they date")
    timeline.add_argument("--document", "--doc", action="append", default=[], metavar="DOC",
                          help=f"only this document ({DOC_HELP}); repeatable")
    _json_option(timeline)

    agreement = commands.add_parser(
        "agreement", parents=[common],
        help="agreement between coders per code, document and pair, counted per character")
    agreement.add_argument("--code", metavar="CODE", help=f"only this code ({CODE_HELP})")
    agreement.add_argument("--document", "--doc", metavar="DOC", help=f"only this document ({DOC_HELP})")
    agreement.add_argument("--coders", nargs="+", metavar="NAME",
                           help="only the pairs of these coders (two or more)")
    agreement.add_argument("--json", action="store_true",
                           help="print one JSON array: an object per code, document and pair "
                                "(document null: the code's total)")
    return parser


def _memo_parser(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    memo = commands.add_parser("memo", parents=[common],
                               help="memos on documents and codes: add, list, edit, delete")
    memo_commands = memo.add_subparsers(dest="memo_command", metavar="ACTION", required=True)
    add = memo_commands.add_parser("add", parents=[common], help="add a memo to a document or a code")
    target = add.add_mutually_exclusive_group(required=True)
    target.add_argument("--document", "--doc", metavar="DOC", help=DOC_HELP)
    target.add_argument("--code", metavar="CODE", help=CODE_HELP)
    add.add_argument("text", metavar="TEXT")
    add.add_argument("--title", default="")
    add.add_argument("--coder", help="coder name (default: as for tag)")
    listing = memo_commands.add_parser("list", parents=[common],
                                       help="list memos (of a document, of a code, or all)")
    listing.add_argument("--document", "--doc", metavar="DOC", help=DOC_HELP)
    listing.add_argument("--code", metavar="CODE", help=CODE_HELP)
    _json_option(listing)
    edit = memo_commands.add_parser("edit", parents=[common], help="replace a memo's text")
    edit.add_argument("memo_id", type=_number(), metavar="ID")
    edit.add_argument("text", metavar="TEXT")
    edit.add_argument("--title", help="a new title too")
    delete = memo_commands.add_parser("delete", parents=[common], help="delete a memo")
    delete.add_argument("memo_id", type=_number(), metavar="ID")


_RE_HIDDEN_IN_JSON = re.compile("[" + re.escape("".join(sorted(HIDDEN))) + "]")


def _print_json(rows: Sequence[dict]) -> None:
    """JSON with hidden characters written as \\u escapes: the same data, shown visibly."""
    text = json.dumps(list(rows), ensure_ascii=False, indent=2, default=str)
    print(_RE_HIDDEN_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text))


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    print("\t".join(headers))
    for row in rows:
        print("\t".join(_one_line(value) for value in row))


def _one_line(value: object) -> str:
    """A table cell or message on one line, with control, bidirectional formatting and invisible
    characters shown as marks (a raw U+202E would reverse the rest of the line in the terminal)."""
    return marked(str(value).replace("\r", " ").replace("\n", "⏎").replace("\t", " "))


def cmd_import(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.exchange import is_exchange_file
    from annotator.services.imports import ImportOptions, import_file

    if args.title and len(args.paths) > 1:
        raise UserError("cli.title_names_one_document_import")
    imported = 0
    conflicted = False
    for raw_path in args.paths:
        if is_exchange_file(Path(raw_path)):
            try:
                taken = _import_exchange(project, raw_path)
            except USER_ERRORS as error:
                _print_error(_naming_the_file(raw_path, error))
                continue
            imported += 1
            conflicted = conflicted or bool(taken.merge.conflicts or taken.unsupported)
            continue
        if _is_project_file(Path(raw_path)):
            try:
                merged = _merge(project, raw_path)
            except USER_ERRORS as error:
                _print_error(_naming_the_file(raw_path, error))
                continue
            imported += 1
            # Conflicts are parts left undone (ours kept): settled by the user, so "partly done".
            conflicted = conflicted or bool(merged.conflicts)
            continue
        options = ImportOptions(
            encoding=args.encoding, title=args.title, presegmented=args.presegmented,
            clean_web=args.clean_web, author=args.author, date=args.date,
            source_ref=args.source_ref, notes=args.notes,
        )
        try:
            result = import_file(project, Path(raw_path), options,
                                 allow_duplicate=args.allow_duplicate)
        except USER_ERRORS as error:
            _print_error(_naming_the_file(raw_path, error))
            continue
        except KeyboardInterrupt:  # the files imported before are kept: say which
            print(f"interrupted at {_one_line(raw_path)}: imported {imported} of {count(len(args.paths), 'file')}",
                  file=sys.stderr)
            return EXIT_PARTLY if imported else EXIT_BAD_INPUT
        imported += 1
        document = result.document
        print(
            f"imported {document.id}\t{_one_line(document.title)}\t{document.encoding}\t{document.script}\t"
            f"{count(document.length, 'character')}\t{count(document.segments, 'segment')}"
            + ("\tpre-segmented" if document.presegmented else "")
        )
        for change, times in result.cleanup.items():
            print(f"  cleaned: {change} ×{times}")
    refused = len(args.paths) - imported
    if len(args.paths) > 1:
        print(f"imported {imported} of {count(len(args.paths), 'file')}"
              + (f"; {refused} refused" if refused else ""), file=sys.stderr)
    if not refused:
        return EXIT_PARTLY if conflicted else EXIT_OK
    return EXIT_PARTLY if imported else EXIT_BAD_INPUT


def _is_project_file(path: Path) -> bool:
    """Another project (an SQLite database), to be merged rather than imported as a text."""
    from db.migrate import SQLITE_HEADER

    if not path.is_file():  # a pipe would block the read; folders and devices are not projects
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _merge(project: Project, raw_path: str):
    from annotator.services.merge import merge_project

    summary = merge_project(project, Path(raw_path))
    print(f"merged {_one_line(raw_path)}: {summary.describe()}")
    for conflict in summary.conflicts:
        print(f"  conflict: {_one_line(conflict.description)}")
    if summary.left_out:
        left_out = count(summary.left_out, "passage, memo or entity correction",
                         "passages, memos or entity corrections")
        print(f"  left out {left_out} of documents whose text differs here")
    if summary.words_not_merged:
        print(f"  not merged: {count(len(summary.words_not_merged), 'dictionary word')} "
              f"({'、'.join(summary.words_not_merged)}); add them with `words add` to re-segment")
    if summary.conflicts:
        print(f"{count(len(summary.conflicts), 'conflict')}: this project's version was kept; "
              "settle them here (rename, recode, edit)", file=sys.stderr)
    return summary


def _import_exchange(project: Project, raw_path: str):
    from annotator.services.exchange import import_exchange

    summary = import_exchange(project, Path(raw_path))
    for line in summary.lines():
        print(_one_line(line))
    if summary.merge.conflicts:
        print(f"{count(len(summary.merge.conflicts), 'conflict')}: this project's version was kept; "
              "settle them here (rename, recode, edit)", file=sys.stderr)
    if summary.unsupported:
        print(f"{count(len(summary.unsupported), 'part')} of {_one_line(raw_path)} not taken "
              "(listed above)", file=sys.stderr)
    return summary


def _naming_the_file(raw_path: str, error: Exception) -> str:
    """The error as "FILE: reason", FILE as the user typed it (the services name the file alone)."""
    message, name = str(error), Path(raw_path).name
    if message.startswith(f"{name}:"):
        return raw_path + message[len(name):]
    if message.startswith(f"{raw_path}:"):
        return message
    return f"{raw_path}: {message}"


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


def _describe_code(code: CodeInfo) -> str:
    key = f"\tkey {code.shortcut}" if code.shortcut else "\tno key"
    return f"{code.id}\t{_one_line(code.path)}\t{code.color}{key}"


def cmd_codes(project: Project, args: argparse.Namespace) -> int:
    from annotator.services import codes as code_service

    if args.codes_command is None:
        return _list_codes(project, args)
    if args.codes_command == "add":
        code = code_service.add_code(project, args.name, args.color, parent=args.parent,
                                     description=args.description, shortcut=args.shortcut,
                                     free_key=True)
        print(f"added {_describe_code(code)}")
        return EXIT_OK
    code = code_service.get_code(project, args.code)
    if args.codes_command == "delete":
        return _delete_code(project, code, confirmed=args.yes)
    if args.codes_command == "rename":
        changed = code_service.update_code(project, code.id, name=args.new_name)
        print(f"renamed {_one_line(code.path)} → {_one_line(changed.path)}")
    elif args.codes_command == "move":
        parent_id = None if args.top else code_service.get_code(project, args.parent).id
        changed = code_service.move_code(project, code.id, parent_id)
        print(f"moved {_one_line(code.path)} → {_one_line(changed.path)}")
    elif args.codes_command == "describe":
        changed = code_service.update_code(project, code.id, description=args.text)
        print(f"described {_one_line(changed.path)}: {_one_line(changed.description)}")
    elif args.codes_command in ("color", "colour"):
        changed = code_service.update_code(project, code.id, color=args.color)
        print(f"recoloured {_describe_code(changed)}")
    else:  # key
        changed = code_service.update_code(project, code.id, shortcut=args.key, clear_shortcut=args.clear)
        print(f"re-keyed {_describe_code(changed)}")
    return EXIT_OK


def _delete_code(project: Project, code: CodeInfo, *, confirmed: bool) -> int:
    from annotator.services.codes import count_affected, delete_code

    passages, sub_codes = count_affected(project, code.id)
    # Keyed phrases, not English words, so that a translation says the whole sentence.
    held = [Phrase(one if n == 1 else many, count=n) for n, one, many in (
        (sub_codes, "phrase.cli.sub_code", "phrase.cli.sub_codes"),
        (passages, "phrase.cli.coded_passage", "phrase.cli.coded_passages")) if n]
    if held and not confirmed:
        pronoun = Phrase("phrase.cli.it" if passages + sub_codes == 1 else "phrase.cli.them")
        both = held[0] if len(held) == 1 else Phrase("phrase.cli.both", first=held[0], second=held[1])
        raise UserError("cli.delete_code_needs_yes", code=code.path, held=both, pronoun=pronoun)
    delete_code(project, code.id, delete_passages=True)
    print(f"deleted {_one_line(code.path)}" + (f" with {' and '.join(map(str, held))}" if held else ""))
    return EXIT_OK


def _list_codes(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.codes import list_codes

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
    passage = tag(project, args.document, start, end, args.code, memo=args.memo,
                  coder=settings.coder_name(args.coder))
    print(passage.id)
    return EXIT_OK


def cmd_untag(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.annotations import untag

    passage = untag(project, args.annotation_id)
    print(f"removed {passage.id}\t{_one_line(passage.code)}\t{_one_line(passage.text)}")
    return EXIT_OK


def cmd_memo(project: Project, args: argparse.Namespace) -> int:
    from annotator.services import memos
    from annotator.services.codes import get_code, list_codes
    from annotator.services.documents import get_document, list_documents

    document_id = get_document(project, args.document).id if getattr(args, "document", None) else None
    code_id = get_code(project, args.code).id if getattr(args, "code", None) else None
    if args.memo_command == "add":
        memo = memos.add_memo(project, document=document_id, code=code_id, text=args.text,
                              title=args.title, coder=settings.coder_name(args.coder))
        changed = f"added memo {memo.id}"
    elif args.memo_command == "edit":
        memo = memos.update_memo(project, args.memo_id, text=args.text, title=args.title)
        changed = f"edited memo {memo.id}"
    elif args.memo_command == "delete":
        memos.delete_memo(project, args.memo_id)
        print(f"deleted memo {args.memo_id}")
        return EXIT_OK
    # What each memo is on, by id (a code named "2" must not stand for code 2).
    titles = {d.id: d.title for d in list_documents(project)}
    paths = {c.id: c.path for c in list_codes(project)}

    def target(m) -> str:
        if m.document_id is not None:
            return f"document {m.document_id} {titles.get(m.document_id, '')}"
        return f"code {paths.get(m.code_id, m.code_id)}"

    if args.memo_command != "list":
        print(f"{changed}\t{_one_line(target(memo))}")
        return EXIT_OK
    rows = [{"id": m.id, "document_id": m.document_id, "code_id": m.code_id, "on": target(m),
             "title": m.title, "text": m.text, "coder": m.coder,
             "created_at": m.created_at.isoformat(timespec="seconds"),
             "updated_at": m.updated_at.isoformat(timespec="seconds")}
            for m in memos.memos_for(project, document_id=document_id, code_id=code_id)]
    if args.json:
        _print_json(rows)
    else:
        keys = ("id", "on", "title", "text", "coder", "updated_at")
        _print_table(keys, [[row[key] for key in keys] for row in rows])
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
    # Every hit, no cap: a script reading the output must get all of them.
    results = search(project, args.query, regex=args.regex, document_ids=document_ids, limit=None)
    hits = results.hits
    if args.json:
        _print_json([hit._asdict() for hit in hits])  # a named tuple: its own asdict
    else:
        for hit in hits:
            print(
                f"{hit.document_id}:{hit.start}-{hit.end}\t"
                f"{_one_line(hit.context_before)}【{_one_line(hit.match)}】{_one_line(hit.context_after)}"
            )
        print(count(results.total, "match"), file=sys.stderr)
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
    # Shown, not exported: hidden characters as marks, one for one (see annotator.text.display).
    print(visible("\n".join(lines)))
    return EXIT_OK


def cmd_words(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.segmentation import add_dictionary_word, dictionary_words

    if args.words_command == "add":
        affected = add_dictionary_word(project, args.word)
        print(f"added “{_one_line(args.word)}”; re-segmented {count(len(affected), 'document')}")
        return EXIT_OK
    for word in dictionary_words(project):
        print(_one_line(word))
    return EXIT_OK


def cmd_export(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.export import export_to

    outcome = export_to(project, _passage_filter(project, args), Path(args.out),
                        follow_symlinks=args.follow_symlinks, script=args.script)
    print(f"exported {outcome.what} to {_one_line(args.out)} ({outcome.format})")
    for warning in outcome.warnings:
        print(f"  note: {_one_line(warning)}", file=sys.stderr)
    return EXIT_OK


def cmd_report(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.report import export_report

    written = export_report(project, _passage_filter(project, args), Path(args.out),
                            script=args.script, title=args.title,
                            follow_symlinks=args.follow_symlinks)
    print(f"wrote a report of {count(written, 'passage')} to {_one_line(args.out)}")
    return EXIT_OK


def _square(args: argparse.Namespace, columns: Sequence[str], rows: Sequence[str],
            cells: Sequence[Sequence[int]], totals: tuple[Sequence[int], Sequence[int], int] | None) -> None:
    """A code-by-something table: TSV with a header (and a total row and column), or JSON."""
    if args.json:
        objects = [{"code": label, **dict(zip(columns, values))} for label, values in zip(rows, cells)]
        if totals is not None:
            for entry, total in zip(objects, totals[0]):
                entry["total"] = total
        _print_json(objects)
        return
    header = ["code", *columns] + (["total"] if totals is not None else [])
    body = [[label, *values] + ([totals[0][index]] if totals is not None else [])
            for index, (label, values) in enumerate(zip(rows, cells))]
    if totals is not None:
        body.append(["total", *totals[1], totals[2]])
    _print_table(header, body)


def cmd_matrix(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.analysis import code_matrix

    table = code_matrix(project, _passage_filter(project, args), measure=args.measure,
                        include_subcodes=args.subcodes)
    _square(args, [document.title for document in table.documents], [code.path for code in table.codes],
            table.cells, (table.code_totals, table.document_totals, table.total))
    return EXIT_OK


def cmd_cooccurrence(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.analysis import code_cooccurrence

    table = code_cooccurrence(project, _passage_filter(project, args))
    paths = [code.path for code in table.codes]
    _square(args, paths, paths, table.counts, None)
    return EXIT_OK


def cmd_summary(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.analysis import code_summary

    rows = [
        {"code": row.path, "colour": row.color, "passages": row.passages, "documents": row.documents,
         "coders": len(row.coders), "characters": row.characters, "description": row.description}
        for row in code_summary(project, _passage_filter(project, args), include_subcodes=args.subcodes)
    ]
    if args.json:
        _print_json(rows)
    else:
        keys = ("code", "colour", "passages", "documents", "coders", "characters", "description")
        _print_table(keys, [[row[key] for key in keys] for row in rows])
    return EXIT_OK


def cmd_entities(project: Project, args: argparse.Namespace) -> int:
    from annotator.services import entities as service
    from annotator.services.documents import get_document

    document = get_document(project, args.document)
    coder = settings.coder_name(args.coder)
    change = None
    if args.set_kind:
        text, kind = args.set_kind
        change = service.set_entity_kind(project, text, kind, coder=coder)
    elif args.reject is not None:
        change = service.reject_entity(project, args.reject, coder=coder)
    elif args.add:
        start, end, kind = args.add
        change = service.add_entity(project, document.id, start, end, kind, coder=coder)
    elif args.reject_at:
        change = service.reject_mention(project, document.id, *args.reject_at, coder=coder)
    elif args.forget is not None or args.forget_at:
        found = (service.find_correction(project, args.forget) if args.forget is not None else
                 service.find_correction(project, document=document.id, start=args.forget_at[0],
                                         end=args.forget_at[1]))
        if found is None:
            if args.forget is not None:
                raise UserError("cli.no_correction", text=args.forget)
            raise UserError("cli.no_correction_at", start=args.forget_at[0],
                            end=args.forget_at[1], title=document.title)
        change = service.remove_correction(project, found.id)
    if change is not None:
        if change.made is not None:
            print(f"correction {change.made.id}: {_describe_correction(change.made, document.title)}")
        if change.replaced is not None:
            verb = "replaces" if change.made is not None else "removed"
            print(f"{verb} correction {change.replaced.id}: "
                  f"{_describe_correction(change.replaced, document.title)}")
        return EXIT_OK
    if args.corrections:
        corrections = service.list_corrections(project, document.id)
        _print_table(("id", "document_id", "start", "end", "text", "kind", "coder", "created_at"), [
            [c.id, "" if c.document_id is None else c.document_id,
             "" if c.start is None else c.start, "" if c.end is None else c.end, c.text, c.kind,
             c.coder, c.created_at.isoformat(timespec="seconds")] for c in corrections])
        return EXIT_OK
    scope = None if args.all_documents else [document.id]
    where = "every document" if args.all_documents else f"“{_one_line(document.title)}”"
    if args.code:
        from annotator.services.codes import get_code

        code, text = args.code
        if len(args.kind) > 1:
            raise UserError("cli.code_takes_one_kind_at")
        path = get_code(project, code).path
        passages = service.code_entity_occurrences(project, scope, text, code,
                                                   kind=args.kind[0] if args.kind else None,
                                                   coder=coder)
        for passage in passages:
            print(passage.id)
        print(f"coded {count(len(passages), 'passage')} with “{_one_line(path)}”: every mention of "
              f"“{_one_line(text)}” in {where} (those coded so already are skipped)", file=sys.stderr)
        return EXIT_OK
    if args.export:
        from annotator.services.entity_export import export_entities

        exported = export_entities(project, scope, Path(args.export), kinds=args.kind,
                                   follow_symlinks=args.follow_symlinks)
        print(f"exported {count(exported, 'mention')} to {_one_line(args.export)}")
        return EXIT_OK
    if args.json:
        _print_json([m.as_json() for m in service.document_entities(project, document.id,
                                                                     kinds=args.kind)])
        return EXIT_OK
    summaries = service.entity_summaries(project, document.id, kinds=args.kind)
    _print_table(("kind", "text", "count", "positions"), [
        [s.kind, s.text, s.count, " ".join(f"{start}-{end}" for start, end in s.positions)]
        for s in summaries])
    return EXIT_OK


def _describe_correction(correction: EntityCorrection, title: str) -> str:
    said = "no entity" if correction.kind == "rejected" else correction.kind
    if correction.document_id is None:
        where = "any document" if correction.kind == "rejected" else "every document"
        return f"“{_one_line(correction.text)}” is {said} in {where}"
    return (f"{correction.start}-{correction.end} (“{_one_line(correction.text)}”) of "
            f"“{_one_line(title)}” is {said}")


def cmd_parallels(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.parallels import find_parallels

    results = find_parallels(project, args.document, args.start, args.end, limit=args.limit)
    if args.json:
        _print_json([asdict(result) for result in results])
        return EXIT_OK
    for result in results:
        print(f"{result.score:.2f}\t{result.document_id}:{result.start}-{result.end}\t"
              f"{_one_line(result.document)}\t{_one_line(result.text)}")
    print(count(len(results), "parallel passage"), file=sys.stderr)
    return EXIT_OK


def cmd_compare(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.parallels import compare

    comparison = compare(project, (args.document1, args.start1, args.end1),
                         (args.document2, args.start2, args.end2),
                         ignore_punctuation=args.ignore_punctuation)
    if args.json:
        _print_json([asdict(segment) for segment in comparison.segments])
        return EXIT_OK
    for side, passage in (("a", comparison.a), ("b", comparison.b)):
        print(f"{passage.document_id}:{passage.start}-{passage.end}\t{_one_line(passage.document)}")
        pieces = []
        for segment in comparison.segments:
            start, end = ((segment.a_start, segment.a_end) if side == "a"
                          else (segment.b_start, segment.b_end))
            piece = passage.text[start - passage.start:end - passage.start]
            # A gap is marked too (【】): where the other passage has what this one lacks.
            pieces.append(piece if segment.kind == "equal" else f"【{piece}】")
        print(_one_line("".join(pieces)))
    differences = sum(segment.kind != "equal" for segment in comparison.segments)
    print(count(differences, "difference"), file=sys.stderr)
    return EXIT_OK


def cmd_timeline(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.documents import get_document
    from annotator.services.timeline import timeline

    document_ids = [get_document(project, ref).id for ref in args.document]
    found = timeline(project, document_ids)
    rows = [dict(type="date", **asdict(date)) for date in found.dates]
    for dated in found.passages:
        passage = dated.passage
        rows.append({
            "type": "passage", "id": passage.id, "document_id": passage.document_id,
            "document": passage.document, "start": passage.start, "end": passage.end,
            "text": passage.text, "code": passage.code, "code_path": passage.code_path,
            "color": passage.color, "near": dated.near,
            "normalized": dated.dates[0].normalized, "precision": dated.dates[0].precision,
            "dates": [asdict(date) for date in dated.dates],
        })
    # Chronological; dates whose year is not known last.
    rows.sort(key=lambda row: (row["normalized"] is None, row["normalized"] or "",
                               row["document_id"], row["start"], row["type"]))
    if args.json:
        _print_json(rows)
        return EXIT_OK
    _print_table(("date", "precision", "what", "document", "start", "end", "code", "text"), [
        [row["normalized"] or "?", row["precision"],
         "date" if row["type"] == "date" else f"passage {row['id']}" + (" (near)" if row["near"] else ""),
         row["document_id"], row["start"], row["end"], row.get("code_path", ""), row["text"]]
        for row in rows])
    return EXIT_OK


def cmd_agreement(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.agreement import agreement

    rows = agreement(project, code=args.code, document=args.document, coders=args.coders)
    if args.json:
        _print_json([row.as_json() for row in rows])
        return EXIT_OK

    def measure(value: float | None, digits: int) -> str:
        return "–" if value is None else f"{value:.{digits}f}"  # undefined: no made-up number

    _print_table(("code", "document", "coders", "agreement %", "kappa", "alpha", "characters"), [
        [row.code, "(total)" if row.document is None else row.document, " / ".join(row.coders),
         measure(row.agreement, 2), measure(row.kappa, 3), measure(row.alpha, 3), row.characters]
        for row in rows])
    pairs = len({(row.document_id, row.coders) for row in rows if row.document is not None})
    if pairs:
        print(f"{count(pairs, 'comparison')} of a document by two coders; – where a measure is "
              "undefined (both coders gave every character the same answer)",
              file=sys.stderr)
    else:
        print("no document was coded by two of the coders compared", file=sys.stderr)
    return EXIT_OK


def cmd_backup(project: Project, args: argparse.Namespace) -> int:
    from db.backup import make_backup

    if project.path is None:
        from annotator.services.snapshots import make_snapshot

        print(_one_line(make_snapshot(project, "manual")))
        return EXIT_OK
    print(_one_line(make_backup(project.path, "manual")))
    return EXIT_OK


def cmd_copy(project: Project, args: argparse.Namespace) -> int:
    from annotator.services.transfer import copy_project

    summary = copy_project(project, args.to)
    print(f"copied {summary.describe()} to {_one_line(summary.target)}")
    return EXIT_OK


def backups_command(args: argparse.Namespace) -> int:
    """List backups without opening the project: a damaged project's backups must be listable.
    A team project's are the snapshots taken by `backup` (annotator.services.snapshots)."""
    from db.backup import list_backups

    try:
        target = _chosen_project(args)
        if target.is_file:
            backups = list_backups(target.path)
        else:
            from annotator.services.snapshots import list_snapshots

            backups = list_snapshots(target)
    except USER_ERRORS as error:
        _print_error(error)
        return EXIT_BAD_INPUT
    for backup in backups:
        made = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"{backup.number}\t{made}\t{backup.reason}\t{count(backup.size, 'byte')}\t{_one_line(backup.path)}")
    return EXIT_OK


def restore_command(args: argparse.Namespace) -> int:
    """Restore runs with the project closed: it replaces the file (or puts back a missing or
    damaged one, setting the damaged file aside); a team project's contents are replaced in
    one transaction, only while nobody else has it open (annotator.services.snapshots)."""
    from db.backup import find_backup, restore_backup

    try:
        location = _chosen_project(args)
        if location.is_file:
            target, find = location.path, find_backup
        else:
            from annotator.services.snapshots import find_snapshot, restore_snapshot

            target, find = location, find_snapshot
        choice = args.backup
        if choice == "latest" or (choice.isascii() and choice.isdigit()):
            chosen = find(target, choice).path
        elif Path(choice).is_file():
            chosen = Path(choice)
        else:
            raise UserError("cli.no_backup_backups_lists_them", choice=choice)
        if not args.yes:
            if location.is_file:
                raise UserError("cli.restoring_replaces_add_yes_do", target=target,
                                backup=chosen.name)
            raise UserError("cli.restoring_replaces_team_project_everyone", label=location.label,
                            backup=chosen.name)
        if location.is_file:
            result = restore_backup(target, chosen)
        else:
            result = restore_snapshot(location, chosen)
    except USER_ERRORS as error:
        _print_error(error)
        return EXIT_BAD_INPUT
    print(f"restored {_one_line(chosen.name)}")
    if result.safety is not None:
        print(f"the project as it was is kept in {_one_line(result.safety)}")
    for moved in result.set_aside:
        print(f"the damaged file was set aside as {_one_line(moved)}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[Project, argparse.Namespace], int]] = {
    "backup": cmd_backup,
    "copy": cmd_copy,
    "import": cmd_import,
    "docs": cmd_docs,
    "codes": cmd_codes,
    "tag": cmd_tag,
    "untag": cmd_untag,
    "memo": cmd_memo,
    "passages": cmd_passages,
    "search": cmd_search,
    "segment": cmd_segment,
    "words": cmd_words,
    "export": cmd_export,
    "report": cmd_report,
    "matrix": cmd_matrix,
    "cooccurrence": cmd_cooccurrence,
    "summary": cmd_summary,
    "entities": cmd_entities,
    "parallels": cmd_parallels,
    "compare": cmd_compare,
    "timeline": cmd_timeline,
    "agreement": cmd_agreement,
}


def _chosen_project(args: argparse.Namespace) -> Location:
    """The project by the rule the window uses too (annotator.settings): a file or a team
    project's URL; when it was not given with --project, one line on stderr says which it is,
    so nobody imports into the wrong one."""
    choice = settings.choose_project(args.project)
    note = choice.note()
    if note:
        print(_one_line(note), file=sys.stderr)
    return choice.location


def run_command(args: argparse.Namespace) -> int:
    from annotator.services.bootstrap import open_project

    try:
        target = _chosen_project(args)
        with open_project(target, automatic_backup=True) as project:
            # A new file, or an empty database that has just become a project.
            if project.created:
                # Scripts rely on a new path making a new project; a mistyped one must be seen.
                print(f"created a new project at {_one_line(target)}", file=sys.stderr)
            return COMMANDS[args.command](project, args)
    except USER_ERRORS as error:
        _print_error(error)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted; the last completed step is saved", file=sys.stderr)
        return EXIT_BAD_INPUT


class _ReaderMayLeave:
    """Standard output for a reader that may stop reading (`search 毛泽东 | head`): once it has
    gone, the rest of the output is dropped, the command finishes its work (an import goes on
    with the next file) and returns its own exit code, with no BrokenPipeError traceback."""

    def __init__(self, stream: io.TextIOBase) -> None:
        self.stream = stream
        self.reader_gone = False

    def write(self, text: str) -> int:
        if not self.reader_gone:
            try:
                return self.stream.write(text)
            except BrokenPipeError:
                self._drop_the_rest()
        return len(text)

    def flush(self) -> None:
        if not self.reader_gone:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self._drop_the_rest()

    def _drop_the_rest(self) -> None:
        self.reader_gone = True
        # As the Python documentation advises: point the descriptor at /dev/null, so that the
        # interpreter's last flush at exit writes what is still buffered there.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.stream.fileno())
            os.close(devnull)
        except (OSError, ValueError, io.UnsupportedOperation):
            pass

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    guarded = _ReaderMayLeave(sys.stdout)
    sys.stdout = guarded  # type: ignore[assignment]
    try:
        code = _main(argv)
        guarded.flush()
        return code
    finally:
        sys.stdout = guarded.stream  # type: ignore[assignment]


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.project is not None and not args.project.strip():
        # Path("") is the current folder, and an empty choice used to mean the default project.
        _print_error("--project needs a path (an empty one names no project); leave the option out "
                     "for the project last opened in the window")
        return EXIT_BAD_INPUT
    if args.command is None:
        try:
            from annotator.ui.launch import launch_window
        except ImportError as error:  # Qt itself cannot load: a system library is missing
            _print_error(f"the window cannot start: {error}")
            return EXIT_BAD_INPUT
        return launch_window(args.project)
    if args.command == "restore":
        return restore_command(args)
    if args.command == "backups":
        return backups_command(args)
    return run_command(args)
