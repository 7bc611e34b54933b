"""A team project's settings for the way its coders work together.

Blind coding: while it is on, each coder sees only their own passages while coding (the reader,
the coded-passages panel, the agreement view), until that coder chooses to compare; it is a
setting of the project (the `settings` table), so it holds for every coder who opens it, and a
change is logged like any other (other windows follow it).
"""

from __future__ import annotations

from annotator.project import Project, retrying
from db.models import Setting

BLIND_CODING = "blind_coding"


def blind_coding(project: Project) -> bool:
    """Whether the project hides other coders' passages while coding."""
    with project.read() as session:
        row = session.get(Setting, BLIND_CODING)
        return row is not None and row.value == "1"


@retrying
def set_blind_coding(project: Project, on: bool) -> bool:
    """Turn blind coding on or off for the whole project; what it is now."""
    with project.write() as session:
        row = session.get(Setting, BLIND_CODING)
        if row is None:
            session.add(Setting(key=BLIND_CODING, value="1" if on else "0"))
        else:
            row.value = "1" if on else "0"
    return on
