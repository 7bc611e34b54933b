"""Start the window on the sample corpus with some coded passages and save a screenshot.

    python -m annotator.ui.screenshot window.png [--script simplified] [--segments] [--reading-help]
                                                 [--language zh_CN] [--agreement disagreements]

Runs offscreen when there is no display (set QT_QPA_PLATFORM=xcb under Xvfb for a real window).
Uses a throw-away project and settings in a temporary folder, removed at the end; your own
project is not touched.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path


# The sample passages' memos as a user of each language would write them.
SAMPLE_MEMOS = {
    "zh_CN": {"Liu Shaoqi's secret mission": "刘少奇秘密访苏", "Stalin agrees in principle": "斯大林原则上同意",
              "promise of recognition": "承诺予以承认", "overlaps the security passage": "与“安全”片段重叠"},
    "zh_TW": {"Liu Shaoqi's secret mission": "劉少奇秘密訪蘇", "Stalin agrees in principle": "史達林原則上同意",
              "promise of recognition": "承諾予以承認", "overlaps the security passage": "與「安全」片段重疊"},
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--script", choices=("original", "simplified", "traditional"), default="original")
    parser.add_argument("--segments", action="store_true", help="show word segment tints")
    parser.add_argument("--size", default="1500x900")
    parser.add_argument("--search", action="store_true", help="show the search results tab")
    parser.add_argument("--reading-help", action="store_true",
                        help="turn reading help on: the Dictionary panel, and a word's tooltip painted in")
    parser.add_argument("--analysis", choices=("matrix", "cooccurrence"),
                        help="show the Analysis panel with this table")
    parser.add_argument("--agreement", choices=("table", "disagreements"),
                        help="a second coder codes some of the passages too; save the Analysis › "
                             "Agreement window (this tab of it) instead of the main window")
    parser.add_argument("--language", choices=("en", "zh_CN", "zh_TW"), default="en",
                        help="the interface language (and that of the sample project's codebook)")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="annotator-screenshot-"))
    previous_home = os.environ.get("ANNOTATOR_HOME")
    os.environ["ANNOTATOR_HOME"] = str(folder / "home")
    try:
        _take(args, folder)
    finally:
        # The throw-away project, its backups and settings go, also when the screenshot failed.
        if previous_home is None:
            os.environ.pop("ANNOTATOR_HOME", None)
        else:
            os.environ["ANNOTATOR_HOME"] = previous_home
        shutil.rmtree(folder, ignore_errors=True)
    print(f"saved {args.output}")
    return 0


def _take(args: argparse.Namespace, folder: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from annotator import paths
    from annotator.project import Project
    from annotator.services.annotations import tag
    from annotator.services.bootstrap import populate_new_project
    from annotator.services.documents import document_text, list_documents
    from annotator.ui import i18n
    from annotator.ui.main_window import MainWindow
    from annotator.ui.reader import DisplayScript

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install(app, args.language)
    project_path = folder / "samples.sqlite"
    # The default codebook's codes by their English names, as named in the chosen language.
    english = [c["name"] for c in json.loads(paths.DEFAULT_CODEBOOK.read_text(encoding="utf-8"))["codes"]]
    named = [c["name"] for c in json.loads(paths.default_codebook(args.language).read_text(encoding="utf-8"))["codes"]]
    code_name = dict(zip(english, named))
    with Project(project_path) as project:
        populate_new_project(project, args.language)
        document = list_documents(project)[0]
        text = document_text(project, document.id)
        for word, code, memo in (
            ("劉少奇率領中共代表團秘密訪蘇", "diplomacy", "Liu Shaoqi's secret mission"),
            ("斯大林表示贊同", "negotiation", "Stalin agrees in principle"),
            ("蘇聯政府將立即予以承認", "diplomacy", "promise of recognition"),
            ("如何得到世界上第一個社會主義國家蘇聯的承認和支持", "security", ""),
            ("承認和支持", "negotiation", "overlaps the security passage"),
        ):
            start = text.index(word)
            memo = SAMPLE_MEMOS.get(args.language, {}).get(memo, memo)
            tag(project, document.id, start, start + len(word), code_name[code], memo=memo, coder="screenshot")
        if args.agreement:
            # A colleague who agrees on some passages, codes one longer and one nobody else did.
            for word, code in (("劉少奇率領中共代表團秘密訪蘇", "diplomacy"),
                               ("斯大林表示贊同,認為", "negotiation"),
                               ("世界上第一個社會主義國家", "security"),
                               ("毛澤東", "diplomacy")):
                start = text.index(word)
                tag(project, document.id, start, start + len(word), code_name[code], coder="王")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Project(project_path), "screenshot", settings)
    try:
        width, height = (int(n) for n in args.size.split("x"))
        window.resize(width, height)
        window.set_script(DisplayScript(args.script))
        if args.segments:
            window.segments_action.setChecked(True)
            window._toggle_segments(True)
        window.show()
        start = window.reader.text.index("斯大林表示贊同")
        window.reader.select_span(start, start + 3, scroll=False)
        window.search_panel.query.setText("毛泽东")
        window.search_panel.run_search()
        while window.search_panel.searching:
            app.processEvents()
        if args.search:
            window.search_dock.raise_()
        if args.analysis:
            window.exchange_actions.show_analysis(args.analysis)
        if args.reading_help:
            window.reading_help_action.trigger()
            while window._lexicon_job is not None:
                app.processEvents()
        for _ in range(20):
            app.processEvents()
        picture = window.grab()
        if args.agreement:
            picture = _agreement_picture(app, window, args.agreement)
        if args.reading_help:
            _paint_tooltip(window, picture, start + 1)
        if not picture.save(str(args.output)):
            raise SystemExit(f"error: {args.output}: the screenshot could not be saved")
    finally:
        window.close()
        settings.sync()  # written now, not when Qt destroys it after the folder is gone


def _agreement_picture(app, window, tab: str):
    """The agreement window once its figures are computed (on the job runner)."""
    from annotator.ui.agreement_view import show_agreement

    shown = show_agreement(window)
    shown.tabs.setCurrentIndex(1 if tab == "disagreements" else 0)
    while shown.status.text():
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    return shown.grab()


def _paint_tooltip(window, picture, position: int) -> None:
    """Paint the reader's tooltip over the character at `position` into the window's picture
    (a tooltip is a window of its own, which grabbing the main window leaves out)."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent, QPainter
    from PySide6.QtWidgets import QApplication

    reader = window.reader
    rect = reader._span_rect(position, position + 1)
    if rect is None:
        return
    point = rect.center()
    viewport = reader.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    label = next((w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "qtooltip_label" and w.isVisible()), None)
    if label is None:
        return
    at = viewport.mapTo(window, point) + QPoint(12, 16)  # below right of the mouse, as Qt puts it
    painter = QPainter(picture)
    painter.drawPixmap(at, label.grab())
    painter.end()


if __name__ == "__main__":
    sys.exit(main())
