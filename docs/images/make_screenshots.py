#!/usr/bin/env python3
"""Pictures of the window in another language, for the README, made without a display.

    python docs/images/make_screenshots.py                  # docs/images/main-window-de.png
    python docs/images/make_screenshots.py --language fr --out /tmp/shots

The bundled timeline framed on the first Putin–Trump meeting (selected, its quotes in the
detail pane), with the File menu open (or another: --menu 2 is View) so that the menu's words
show too. Run it from the checkout with the project's Python after
``python packaging/translations.py build`` (dev.py does both); settings and logs go to a
temporary folder, never the user's.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main_window_picture(
    language: str, out: Path, size: tuple[int, int], menu_index: int = 0
) -> Path:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["timeline-app"])
    from timeline_app.ui import language as languages

    if languages.install(language) != language:
        raise SystemExit(f"no translation for {language!r}: run packaging/translations.py build")
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(*size)
    window.show()
    if not window.open_bundled():
        raise SystemExit("the bundled timeline did not open")
    event = next(e for e in window.canvas.timeline.events if e.title == "First Putin–Trump meeting")
    window.canvas.select(event.id)
    window.canvas.frame(event)
    for _ in range(20):
        app.processEvents()
    bar = window.menuBar()
    first = bar.actions()[menu_index]
    menu = first.menu()
    bar.setActiveAction(first)
    for _ in range(20):
        app.processEvents()
    picture = window.grab().toImage()
    if menu is not None and menu.isVisible():
        painter = QPainter(picture)
        painter.drawPixmap(menu.pos() - window.mapToGlobal(QPoint(0, 0)), menu.grab())
        painter.end()
    suffix = f"-menu{menu_index}" if menu_index else ""
    target = out / f"main-window-{language}{suffix}.png"
    if not picture.save(str(target)):
        raise SystemExit(f"could not write {target}")
    window.close()
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", default="de", choices=("de", "fr"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--size", default="1300x800", help="the window's size, WIDTHxHEIGHT")
    parser.add_argument(
        "--menu", type=int, default=0, help="which menu of the menu bar is open (0: File)"
    )
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        for name in ("CONFIG", "LOG", "DATA"):
            os.environ[f"TIMELINE_APP_{name}_DIR"] = os.path.join(home, name.lower())
        os.environ["TIMELINE_APP_INSTANCE"] = f"timeline-app-screenshots-{os.getpid()}"
        print(main_window_picture(args.language, args.out, (width, height), args.menu))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
