"""The English text of every message key a user can see, and how an error becomes one line.

An error a user sees carries a message key and parameters (`error.key`, `error.params`); the
command line prints the English template filled in here, the window looks the same template up
in its translations first (`annotator.ui.messages`). Keys are grouped by the layer that raises
them: `db/messages.py` and `annotator/text/messages.py` hold their own, merged into `CATALOG`.
"""

from __future__ import annotations

from collections.abc import Mapping

from annotator.text.messages import TEXT_MESSAGES
from db.messages import DB_MESSAGES, LAYER_CATALOGS, fill

# Keys raised above the storage and text layers: services, interchange, the command line.
# A template's fields are the error's parameters by name (str.format syntax).
MESSAGES: dict[str, str] = {
    # annotations
    "annotations.annotation_already_exists": "annotation {id} already exists",
    "annotations.coder_needs_name": "a coder needs a name",
    "annotations.no_such_id": "no annotation with id {annotation_id}",
    "annotations.passage_already_code_annotation": (
        "this passage already has that code (annotation {existing})"),
    "annotations.some_these_passages_coded_again": (
        "some of these passages were coded again meanwhile; nothing was restored"),
    "annotations.some_these_passages_removed_meanwhile": (
        "some of these passages were removed meanwhile; nothing was changed"),
    # cli
    "cli.code_takes_one_kind_at": "--code takes one --kind at most: the kind of the entity to code",
    "cli.delete_code_needs_yes": "“{code}” holds {held}; add --yes to delete {pronoun} too",
    "cli.no_backup_backups_lists_them": (
        "no backup “{choice}”; `backups` lists them (or use `latest`)"),
    "cli.no_correction": "there is no correction of “{text}”",
    "cli.no_correction_at": "there is no correction of {start}-{end} of “{title}”",
    "cli.restoring_replaces_add_yes_do": (
        "restoring replaces {target} with {backup}; add --yes to do it"),
    "cli.restoring_replaces_team_project_everyone": (
        "restoring replaces the team project {label} (for everyone) with {backup}; add --yes to "
        "do it"),
    "cli.title_names_one_document_import": (
        "--title names one document: import the files one at a time"),
    # codes
    "codes.both_name_code_id_code": (
        "“{text}” is both the name of code {named_id} and the id of code “{name}”: write "
        "{name_prefix}{text} for the first or {id_prefix}{text} for the second"),
    "codes.cannot_come_back_parent_code": (
        "“{name}” cannot come back: its parent code was deleted meanwhile"),
    "codes.cannot_merged_into_own_sub": "“{source}” cannot be merged into its own sub-code",
    "codes.cannot_move_below_itself_own": "“{name}” cannot move below itself or its own sub-codes",
    "codes.changed_since_merged_into_another": (
        "“{target}” changed since “{source}” was merged into it (another program?); nothing was "
        "changed"),
    "codes.code_already_exists": "code {id} already exists",
    "codes.code_cannot_merged_into_itself": "a code cannot be merged into itself",
    "codes.code_name_cannot_contain": "a code name cannot contain “{separator}”",
    "codes.code_name_cannot_contain_invisible": (
        "“{name}”: a code name cannot contain invisible characters ({character} at character "
        "{position})"),
    "codes.code_named_already_exists": "a code named “{name}” already exists {where}",
    "codes.code_named_already_exists_differs": (
        "a code named “{existing}” already exists {where}; “{name}” differs from it only in case,"
        " width or Unicode form"),
    "codes.code_needs_name": "a code needs a name",
    "codes.wrong_parent": "no code “{text}”: “{last}” is “{actual}”",
    "codes.wrong_parents": "no code “{text}”: the codes named “{last}” are {paths}",
    "codes.several_codes_named": "“{text}” is several codes: write the path of one: {paths}",
    "codes.no_such_id": "no code with id {code_id}",
    "codes.no_code_named": "no code named “{text}”",
    "codes.no_code_named_but_alike": "no code named “{text}” (there is “{alike}”)",
    "codes.not_a_key": (
        "“{shortcut}” is not a key: a code's key is one letter or digit (such as 4) or F1-F12, "
        "alone or with Ctrl, Alt, Shift or Meta (such as Ctrl+Shift+K)"),
    "codes.no_code_named_no_code": "no code named “{text}” and no code with id {text}",
    "codes.not_codebook_file": "{path}: not a codebook file ({error})",
    "codes.not_colour_form_rrggbb": "“{color}” is not a colour of the form #RRGGBB",
    "codes.one_window_own_keys": (
        "{normal} is one of the window's own keys; choose another for a code"),
    "codes.shortcut_already_belongs": "the shortcut {shortcut} already belongs to “{name}”",
    "codes.sub_code_named_already_rename": (
        "“{target}” has a sub-code named “{clash}” already, as “{source}” has: rename one of them"
        " first"),
    "codes.sub_codes_hold_coded_passages": (
        "“{name}” and its sub-codes hold {passages} coded passages; confirm to delete them too"),
    "codes.too_many_modifiers_code": (
        "“{shortcut}” has too many modifiers for a code's key (three at most)"),
    # documents
    "documents.both_title_document_id_document": (
        "“{text}” is both the title of document {titled_id} and the id of document “{title}”: "
        "write {title_prefix}{text} for the first or {id_prefix}{text} for the second"),
    "documents.cannot_edit_document": "cannot edit {fields} of a document",
    "documents.document_already_exists": "document {id} already exists",
    "documents.document_needs_title": "a document needs a title",
    "documents.document_no_segmentation": "document {document_id} has no segmentation",
    "documents.no_such_title": "no document with title “{title}”",
    "documents.no_such_id_or_title": "no document with id or title “{title}”",
    "documents.no_such_id": "no document with id {document_id}",
    "documents.project_again_document_nothing_restored": (
        "“{title}” is in the project again (document {twin}); nothing was restored"),
    "documents.range_outside": (
        "the range {start}-{end} is not inside “{title}” (0-{length}, start before end)"),
    "documents.several_documents_titled_write": (
        "several documents are titled “{title}”; write {ids}"),
    # entities
    "entities.span_corrected_already": "{start}-{end} of “{title}” is {said} already",
    "entities.entity_at_most_characters_long": "an entity is at most {limit} characters long",
    "entities.entity_corrected_again_meanwhile_nothing": (
        "this entity was corrected again meanwhile; nothing was changed"),
    "entities.entity_correction_removed_meanwhile_nothing": (
        "this entity correction was removed meanwhile; nothing was changed"),
    "entities.entity_does_not_run_over": "an entity does not run over a line break",
    "entities.entity_needs_text": "an entity needs a text",
    "entities.entity_text_at_most": "an entity's text is at most {limit} characters",
    "entities.entity_text_one_line": "an entity's text is on one line",
    "entities.corrected_everywhere_already": "“{text}” is {said} in every document already",
    "entities.no_document_id_nothing_changed": (
        "no document with id {document_id}; nothing was changed"),
    "entities.no_entity_correction_id": "no entity correction with id {correction_id}",
    "entities.not_found": "“{text}” is not among the entities found; nothing was coded",
    "entities.not_found_as_kind": (
        "“{text}” is not among the entities found as {kind}; nothing was coded"),
    "entities.not_kind_entity": "“{kind}” is not a kind of entity: {kinds}",
    # entity_export
    "entity_export.no_format_entities_file": (
        "{name}: {given} is no format for entities; the file's extension chooses one of {formats}"),
    # exchange
    "exchange.cannot_opened": "{path}: cannot be opened ({reason})",
    "exchange.cannot_read": "{label}: cannot be read ({reason})",
    "exchange.cannot_unpacked": "{label}: {filename} cannot be unpacked ({error})",
    "exchange.file_code_colour_not_rrggbb": (
        "{label}: the code {name!r} has the colour {written!r}, which is not #RRGGBB"),
    "exchange.code_colour_not_rrggbb": (
        "the code {name!r} has the colour {color!r}, which is not #RRGGBB"),
    "exchange.code_no_valid_guid": "{label}: the code {name!r} has no valid GUID ({guid!r})",
    "exchange.codebook_empty_qdc_file_holds": (
        "the codebook is empty: a .qdc file holds at least one code"),
    "exchange.codebook_no_codes": "{label}: the codebook has no <Codes>",
    "exchange.codes_nested_more_than_levels": "{label}: codes nested more than {limit} levels deep",
    "exchange.coding_names_no_code": "{label}: the coding {guid} names no code",
    "exchange.coding_refers_code_which_not": (
        "{label}: a coding refers to the code {guid!r}, which is not in the codebook"),
    "exchange.columns_excel_sheet_holds_at": (
        "{count} columns: an Excel sheet holds at most {limit:,}"),
    "exchange.member_damaged": "{label}: {filename} is damaged ({error})",
    "exchange.document_passage_at_lies_outside": (
        "document {name!r}: a passage at {start}–{end} lies outside its text of {length} "
        "characters"),
    "exchange.encrypted_export_project_again_without": (
        "{label}: {filename} is encrypted; export the project again without a password"),
    "exchange.file_could_not_written": "{destination}: the file could not be written ({reason})",
    "exchange.missing_from_archive": "{label}: {what} is missing from the archive ({path})",
    "exchange.more_than_documents_codes_excel": (
        "more than {limit:,} documents or codes: an Excel sheet has no room for their columns"),
    "exchange.more_than_excel_sheet_holds": (
        "more than {limit:,} {what}: an Excel sheet holds no more; export fewer (a filter) or to "
        "CSV"),
    "exchange.no_qde_project_file_inside": (
        "{label}: no .qde project file inside: not a REFI-QDA project"),
    "exchange.no_valid_guid": "{label}: {what} has no valid GUID ({guid!r})",
    "exchange.not_refi_qda_codebook_root": (
        "{label}: not a REFI-QDA codebook (its root element is <{root}>, not <CodeBook>)"),
    "exchange.not_refi_qda_project_root": (
        "{label}: not a REFI-QDA project (its root element is <{root}>, not <Project>)"),
    "exchange.not_text_bad_byte_at": "{label}: not {encoding} text (bad byte at {start})",
    "exchange.not_well_formed_xml": "{label}: not well-formed XML ({error})",
    "exchange.not_zip_archive_qdpx_project": "{label}: not a zip archive (a .qdpx project is one)",
    "exchange.passage_at_code_which_not": (
        "a passage at {start}–{end} has the code {code_guid}, which is not in the codebook"),
    "exchange.qde_files_inside_which_one": (
        "{label}: {count} .qde files inside ({names}{more}): which one is the project is unclear"),
    "exchange.refused_declares_document_type_dtd": (
        "{label}: refused: it declares a document type (DTD), which can pull in outside files; "
        "QDA-XML needs none"),
    "exchange.refused_files_inside_more_than": (
        "{label}: refused: {count:,} files inside, more than the {limit:,} a project archive may "
        "have"),
    "exchange.refused_larger_than_mb_which": (
        "{label}: refused: larger than {limit} MB, which no codebook is"),
    "exchange.refused_larger_than_says": "{label}: refused: {filename} is larger than it says",
    "exchange.refused_member_path_points_outside": (
        "{label}: refused: the member path {name!r} points outside the archive"),
    "exchange.refused_symbolic_link": "{label}: refused: {filename} is a symbolic link",
    "exchange.refused_unpacks_times_packed_size": (
        "{label}: refused: {filename} unpacks to {ratio:,} times its packed size (a zip bomb?)"),
    "exchange.refused_would_unpack_mb_more": (
        "{label}: refused: it would unpack to {megabytes:,.0f} MB, more than the {limit} MB "
        "allowed"),
    "exchange.text_holds_characters_utf_8": (
        "{owner!r}: its text holds characters UTF-8 cannot encode (unpaired surrogates)"),
    "exchange.two_codes_same_guid": "{label}: two codes have the same GUID {guid}",
    "exchange.two_selections_same_guid": "{label}: two selections have the same GUID {guid}",
    "exchange.two_sources_same_guid": "{label}: two sources have the same GUID {guid}",
    "exchange.workbook_could_not_written": (
        "{destination}: the workbook could not be written ({error})"),
    "exchange.zip_archive_not_codebook_qdpx": (
        "{label}: a zip archive, not a codebook (a .qdpx project? import it as a project)"),
    # export
    "export.cannot_looked_at": "{path}: cannot be looked at ({reason})",
    "export.export_another_file": "{destination}: is {what}; export to another file",
    "export.not_regular_file_export_writes": (
        "{destination}: is {kind}, not a regular file; an export writes a new file or replaces an"
        " ordinary one"),
    "export.project_backups_folder_export": (
        "{destination}: is in the project's backups folder ({backups}); export elsewhere"),
    "export.read_only_export_does_not": (
        "{destination}: is read-only; an export does not replace it"),
    "export.symbolic_link_export_replaces_files": (
        "{destination}: is a symbolic link (to {link}); an export replaces files, not links: "
        "export to another name, or to the file it points to (on the command line: "
        "--follow-symlinks)"),
    "export.symbolic_link_into_folder_does": (
        "{destination}: is a symbolic link into a folder that does not exist ({parent})"),
    "export.symbolic_link_leads_nowhere_loop": (
        "{destination}: is a symbolic link that leads nowhere (a loop)"),
    # files
    "files.cannot_write_here": "{destination}: cannot write here ({reason})",
    # imports
    "imports.duplicate": (
        "{name}: the same text is already in the project as document {document_id} “{title}”"),
    "imports.duplicate_allow": (
        "{name}: the same text is already in the project as document {document_id} “{title}” "
        "(--allow-duplicate imports it anyway, e.g. a second edition)"),
    "imports.cannot_read": "{name}: cannot be read ({reason})",
    "imports.contains_no_text": "{name}: contains no text",
    "imports.larger_than_mb_import_accepts": (
        "{name}: is {size}, larger than the {limit} MB an import accepts; split it into volumes"),
    "imports.no_such_file": "{path}: no such file",
    "imports.not_regular_file_only_text": (
        "{name}: not a regular file ({kind}); only text files can be imported"),
    # memos
    "memos.code_memo_deleted_meanwhile": "the code of memo {id} was deleted meanwhile",
    "memos.document_memo_deleted_meanwhile": "the document of memo {id} was deleted meanwhile",
    "memos.memo_already_exists_another_program": (
        "memo {id} already exists (another program added one since this one was deleted); nothing"
        " was restored"),
    "memos.memo_belongs_exactly_one_document": "a memo belongs to exactly one document or one code",
    "memos.memo_needs_some_text": "a memo needs some text",
    "memos.memo_needs_some_text_delete": "a memo needs some text (delete the memo instead)",
    "memos.no_such_id": "no memo with id {memo_id}",
    # merge
    "merge.cannot_read_project": "{source}: cannot be read as a project ({error})",
    "merge.project_itself": "{other}: is this project itself",
    # parallels
    "parallels.characters_too_many_compare_compare": (
        "{length:,} characters are too many to compare; compare passages of up to {limit:,}"),
    "parallels.number_parallel_passages_find_must": (
        "the number of parallel passages to find must be at least 1"),
    # project
    "project.another_program_changed_same_thing": (
        "{label}: another program changed the same thing at the same moment; nothing was saved; "
        "try again"),
    # (forms ending "_unsaved" are said of a write, which then saved nothing)
    "project.busy": (
        "{where}: the project is busy with another coder's change; try again in a moment"),
    "project.busy_unsaved": (
        "{where}: the project is busy with another coder's change; try again in a moment; "
        "nothing was saved"),
    "project.conflict": "{where}: the change met another coder's at the same moment; try again",
    "project.conflict_unsaved": (
        "{where}: the change met another coder's at the same moment; nothing was saved; try again"),
    "project.connection_lost": "{where}: the connection to the server was lost; try again",
    "project.connection_lost_unsaved": (
        "{where}: the connection to the server was lost; nothing was saved; try again"),
    "project.connection_server_lost_while_saving": (
        "{where}: the connection to the server was lost while saving: the change may or may not be "
        "stored; look before doing it again"),
    "project.disk_full": "{where}: the disk is full or failing",
    "project.disk_full_unsaved": "{where}: the disk is full or failing; nothing was saved",
    "project.in_use": "{where}: the project is in use by another program; try again in a moment",
    "project.in_use_unsaved": (
        "{where}: the project is in use by another program; try again in a moment; nothing was "
        "saved"),
    "project.project_file_replaced_another_program": (
        "{path}: the project file was replaced by another program (restored from a backup?); "
        "nothing was saved: open the project again"),
    "project.read_only": "{where}: the project or its folder is read-only",
    "project.read_only_unsaved": "{where}: the project or its folder is read-only; nothing was saved",
    "project.refused_project_integrity_rules": "refused by the project's integrity rules: {reason}",
    # references
    "references.not_an_id": "“{text}” is not an id: write {id_prefix} and a number, such as #3",
    # search
    "search.not_valid_regular_expression": "“{query}” is not a valid regular expression ({error})",
    "search.regular_expression_took_longer_than": (
        "the regular expression “{query}” took longer than {timeout:g} s; simplify it (nested "
        "repeats such as (a+)+ or (a|a)+ can run for ever)"),
    "search.search_query_empty": "the search query is empty",
    # segmentation
    "segmentation.already_project_dictionary": "“{word}” is already in the project's dictionary",
    "segmentation.dictionary_word_must_non_empty": (
        "a dictionary word must be non-empty and contain no spaces"),
    "segmentation.project_kept_changing_while_being": (
        "the project kept changing while “{word}” was being added (another program is adding "
        "words or documents); nothing was saved: try again"),
    "segmentation.range_outside_document_0": (
        "the range {start}-{end} is outside the document (0-{length})"),
    # settings
    "settings.window_cannot_open_team_project": (
        "{label}: the window cannot open a team project yet; the command line can (python main.py"
        " docs --project {location})"),
    # snapshots
    "snapshots.project_open_other_program": (
        "{label}: the project is open in {others} other program(s) (windows or commands of the "
        "team); everyone closes it first, then restore"),
    # stored
    "stored.cannot_put_back_project_changed": (
        "the {things} cannot be put back: the project changed meanwhile ({first}); nothing was "
        "changed"),
    "stored.some_these_removed_meanwhile_nothing": (
        "some of these {things} were removed meanwhile; nothing was changed"),
    # transfer
    "transfer.project_being_copied_give_another": (
        "{target}: is the project being copied; give another target"),
    # window
    "window.every_result_coded_already": (
        "every result already has “{code}” (coded by {coder}); nothing was tagged"),
    "window.nothing_changed": "nothing was changed",
    # Agreement between coders (services/agreement.py, the agreement command).
    "agreement.two_coders": "--coders needs two coders or more to compare (given: {given})",
    "agreement.no_coder": "no coder named “{name}” in this project",
    # -- exchange: export formats, REFI-QDA, the workbook and the report (issue 11) --
    "export.unknown_format": "{name}: an export is written as {formats}; name the file with one "
                             "of these extensions",
    "exchange.empty_codebook": "the codebook is empty: a .qdc file holds at least one code",
    "exchange.unknown_format": "{name}: not a REFI-QDA file (.qdpx project or .qdc codebook)",
    "exchange.no_such_file": "{path}: no such file",
    "exchange.unreadable": "{name}: cannot be read ({reason})",
    "exchange.not_a_file": "{name}: not a regular file; a REFI-QDA project is a .qdpx file",
    "report.unknown_script": "unknown script “{script}”: {choices}",
    # Phrases: words the core puts inside a message (db.messages.Phrase), translated with it.
    "phrase.cli.sub_code": "{count:,} sub-code",
    "phrase.cli.sub_codes": "{count:,} sub-codes",
    "phrase.cli.coded_passage": "{count:,} coded passage",
    "phrase.cli.coded_passages": "{count:,} coded passages",
    "phrase.cli.both": "{first} and {second}",
    "phrase.cli.it": "it",
    "phrase.cli.them": "them",
    "phrase.file.folder": "a folder",
    "phrase.file.pipe": "a pipe",
    "phrase.file.device": "a device",
    "phrase.file.socket": "a socket",
    "phrase.file.not_a_file": "not a file",
    "phrase.project_file.itself": "the project itself",
    "phrase.project_file.wal": "the project's -wal file",
    "phrase.project_file.shm": "the project's -shm file",
    "phrase.project_file.journal": "the project's journal",
    "phrase.project_file.lock": "the project's -lock file",
    "phrase.stored.passages": "passages",
    "phrase.stored.memos": "memos",
    "phrase.stored.codes": "codes",
    "phrase.stored.documents": "documents",
    "phrase.stored.segmentations": "segmentations",
    "phrase.stored.corrections": "entity corrections",
    "phrase.stored.parallel_indexes": "parallel-passage indexes",
    "phrase.codes.at_top": "at the top of the codebook",
    "phrase.codes.under_same_parent": "under the same parent",
    "phrase.exchange.user": "a user",
    "phrase.exchange.text_source": "a text source",
    "phrase.exchange.selection_in": "a selection in {source!r}",
    "phrase.exchange.coding": "a coding",
    "phrase.exchange.note": "a note",
    "phrase.exchange.text_of": "the text of {name!r}",
    "phrase.exchange.the_note": "the note {name!r}",
    "phrase.exchange.passages": "passages",
    "phrase.exchange.codes": "codes",
    "phrase.exchange.memos": "memos",
    "phrase.exchange.rows": "rows",
    "phrase.entities.person": "person",
    "phrase.entities.place": "place",
    "phrase.entities.organization": "organization",
    "phrase.entities.title": "title",
    "phrase.entities.date": "date",
    "phrase.entities.no_entity": "no entity",
    "phrase.entities.rejected": "rejected",
    "phrase.entities.marked": "marked {kind}",
}

CATALOG: Mapping[str, str] = {**DB_MESSAGES, **TEXT_MESSAGES, **MESSAGES}
LAYER_CATALOGS.extend((TEXT_MESSAGES, MESSAGES))


def english(key: str, params: Mapping[str, object]) -> str:
    """The English line for `key` with its parameters (KeyError for a key with no text)."""
    return fill(CATALOG[key], params)
