"""Child process for the reliability tests: writes to a project in a loop and reports each write.

    python tagger.py PROJECT DOCUMENT_ID CODER COUNT [MODE]

PROJECT is a file or a server URL. Prints "ready" once the project is open, then one line per
write, flushed only after the service call has returned: a printed line is a write the user
would have seen done. COUNT 0 means forever (until the parent kills the process).

MODE (default `tag`):
- `tag`: tags every span in turn; "ID START END" per tag.
- `recode`: tags a span, then moves it to the next code, and the next; "ID START END" per
  tag and "recoded ID CODE_ID" per recode.
- `codebook`: adds a code, renames it, recolours it; "code ID NAME COLOR" after each.
- `move-under:A:B`: moves code A under B, then back to the top, in turn; "moved A PARENT_ID".

Before a write that overwrites something already reported (a recode, a rename, a recolour) it
prints "doing " and the line it will print once the write is done. A process killed between
COMMIT and its report leaves that write stored but unreported: the parent then finds the
announced value, not the last reported one, and nothing is lost.

A write refused with a one-line message (another coder stored the same tag at the same moment,
say) prints "refused MESSAGE" and the loop goes on; anything else is a bug and ends the process
with its traceback on stderr.
"""

from __future__ import annotations

import itertools
import sys


def spans(length: int):
    """Every span of the document, short ones first, so that no tag repeats another."""
    for width in range(1, length + 1):
        for start in range(0, length - width + 1):
            yield start, start + width


def main() -> int:
    project_path, document_id, coder, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    mode = sys.argv[5] if len(sys.argv) > 5 else "tag"
    from annotator.errors import UserError
    from annotator.project import Project
    from annotator.services import annotations, codes, documents

    with Project(project_path, create=False) as project:
        length = documents.get_document(project, document_id).length
        code_ids = [code.id for code in codes.list_codes(project)[:3]]
        print("ready", flush=True)
        steps = itertools.count() if count == 0 else range(count)
        todo = spans(length)
        passage = code = None
        for step in steps:
            try:
                if mode == "tag":
                    start, end = next(todo)
                    passage = annotations.tag(project, document_id, start, end, code_ids[0], coder=coder)
                    print(passage.id, passage.start, passage.end, flush=True)
                elif mode == "recode":
                    if step % 3 == 0:
                        start, end = next(todo)
                        passage = annotations.tag(project, document_id, start, end, code_ids[1], coder=coder)
                        print(passage.id, passage.start, passage.end, flush=True)
                    elif passage is not None:
                        target = code_ids[(step % 3 + 1) % len(code_ids)]
                        print("doing recoded", passage.id, target, flush=True)
                        recoded = annotations.recode(project, passage.id, target)
                        print("recoded", recoded.id, recoded.code_id, flush=True)
                elif mode == "codebook":
                    if step % 3 == 0 or code is None:
                        code = codes.add_code(project, f"{coder} {step}", parent=None)
                    elif step % 3 == 1:
                        name = f"{coder} {step} renamed"
                        print("doing code", code.id, name, code.color, flush=True)
                        code = codes.update_code(project, code.id, name=name)
                    else:
                        color = f"#{step % 256:02X}{len(coder):02X}40"
                        print("doing code", code.id, code.name, color, flush=True)
                        code = codes.update_code(project, code.id, color=color)
                    print("code", code.id, code.name, code.color, flush=True)
                elif mode.startswith("move-under:"):
                    _, moving, parent = mode.split(":")
                    moving_id = codes.get_code(project, moving).id
                    new_parent = codes.get_code(project, parent).id if step % 2 == 0 else None
                    moved = codes.move_code(project, moving_id, new_parent)
                    print("moved", moving, moved.parent_id, flush=True)
                else:
                    raise SystemExit(f"unknown mode {mode}")
            except UserError as error:
                message = str(error)
                assert "\n" not in message, message
                print("refused", message, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
