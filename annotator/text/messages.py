"""English templates of the text pipeline's message keys (decoding, dictionaries, sources).

Merged into `annotator.messages.CATALOG`; the window translates them, the command line prints them.
"""

TEXT_MESSAGES: dict[str, str] = {
    "text.message": "{text}",  # a message composed elsewhere (kept only where no key fits yet)
}
