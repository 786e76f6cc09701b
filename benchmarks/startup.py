#!/usr/bin/env python3
"""Cold start: the app to its first painted frame with the bundled timeline, against a bare
PySide6 window that paints once, measured in the same run.

    python benchmarks/startup.py [--runs 9] [--cold] [--platform offscreen|xcb] [--json OUT]

Each run starts a fresh Python process and times, from just before the spawn, until the child
prints that its frame is painted (``TIMELINE_APP_QUIT_AFTER_FIRST_FRAME`` makes the app print
``first-frame`` after the canvas has painted events, then quit). The bare window is a
QApplication with one QWidget whose paintEvent fills a rectangle and draws a line of text.

A third program shows where the floor is: the timeline canvas alone, in a window of the same
size, painting the bundled timeline with the app's own loader, layout and painter, and
nothing else (no menus, side panels, detail pane, settings, logging or single-instance
check). No arrangement of the app's start can be quicker to the same first frame.

Runs alternate (bare, canvas, app, bare, canvas, app, ...) so that drift in the machine's load
affects all three; medians are reported with the ratios to the bare window. Each app run gets an empty configuration folder
and its own single-instance name. The app's modules are compiled to bytecode first, as an
installation does. The default platform is offscreen (no display needed); with
``--platform xcb`` a display must be set (for example under xvfb-run).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    def paintEvent(self, event):
        p = QPainter(self)
        p.fillRect(QRectF(10, 10, 200, 100), QColor("#0072B2"))
        p.drawText(20, 140, "Painted once")
        p.end()
        print("first-frame", flush=True)
        app.quit()

app = QApplication(sys.argv[:1])
w = Window()
w.resize(1280, 800)
w.show()
app.exec()
"""

CANVAS_ONLY = """
import sys
from PySide6.QtWidgets import QApplication
from timeline_app.formats import load_timeline
from timeline_app.resources_path import bundled_dataset
from timeline_app.ui.canvas import TimelineCanvas

app = QApplication(sys.argv[:1])
canvas = TimelineCanvas()
canvas.set_timeline(load_timeline(bundled_dataset()))

def painted():
    print("first-frame", flush=True)
    app.quit()

canvas.firstPainted.connect(painted)
canvas.resize(1280, 800)
canvas.show()
app.exec()
"""


def time_child(cmd: list[str], env: dict[str, str], timeout: float) -> float:
    """Seconds from spawn to the child's 'first-frame' line."""
    start = time.perf_counter()
    child = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT
    )
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "first-frame":
                elapsed = time.perf_counter() - start
                break
        else:
            raise SystemExit(f"startup.py: {cmd[:3]} ended without painting")
        child.wait(timeout=timeout)
        return elapsed
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def drop_caches(cold: bool) -> None:
    if not cold:
        return
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError as err:
        raise SystemExit(f"startup.py: --cold needs root ({err})") from None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--platform", default="offscreen")
    ap.add_argument("--json", help="also write the figures to this file")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument(
        "--cold",
        action="store_true",
        help="drop the kernel's page cache before every run (root only), so that Python, Qt\n"
        "and the app are read from disk again, as on the first start after a reboot",
    )
    ns = ap.parse_args()
    # As installed (pip, the .deb, the bundle), the app's modules are compiled to bytecode in
    # advance; with PYTHONDONTWRITEBYTECODE set, nothing would write them, and every run
    # would compile the sources again.
    compileall.compile_dir(str(ROOT / "timeline_app"), quiet=1)
    base = dict(os.environ, QT_QPA_PLATFORM=ns.platform)
    times: dict[str, list[float]] = {"bare": [], "canvas": [], "app": []}
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(ns.runs):
            drop_caches(ns.cold)
            times["bare"].append(time_child([sys.executable, "-c", BARE], base, ns.timeout))
            drop_caches(ns.cold)
            times["canvas"].append(
                time_child([sys.executable, "-c", CANVAS_ONLY], base, ns.timeout)
            )
            drop_caches(ns.cold)
            env = dict(
                base,
                TIMELINE_APP_QUIT_AFTER_FIRST_FRAME="1",
                TIMELINE_APP_CONFIG_DIR=str(Path(tmp) / f"config{run}"),
                TIMELINE_APP_LOG_DIR=str(Path(tmp) / f"logs{run}"),
                TIMELINE_APP_INSTANCE=f"timeline-app-startup-{os.getpid()}-{run}",
            )
            times["app"].append(time_child([sys.executable, "-m", "timeline_app"], env, ns.timeout))
    median = {name: statistics.median(ts) for name, ts in times.items()}
    names = {"bare": "bare PySide6 window", "canvas": "canvas alone", "app": "timeline-app"}
    print(f"{'':>24} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'/ bare':>7}")
    for key, ts in times.items():
        print(
            f"{names[key]:>24} {median[key] * 1000:>10.0f} {min(ts) * 1000:>8.0f} "
            f"{max(ts) * 1000:>8.0f} {median[key] / median['bare']:>7.2f}"
        )
    cache = "page cache dropped before each run" if ns.cold else "warm page cache"
    print(
        f"ratio app / bare: {median['app'] / median['bare']:.2f} (target at most 1.30); "
        f"the canvas alone: {median['canvas'] / median['bare']:.2f}; "
        f"{ns.runs} runs each, {cache}"
    )
    if ns.json:
        Path(ns.json).write_text(
            json.dumps(
                {
                    "platform": ns.platform,
                    "cold": ns.cold,
                    "runs": ns.runs,
                    **{f"{key}_ms": [round(t * 1000, 1) for t in ts] for key, ts in times.items()},
                    "ratio": round(median["app"] / median["bare"], 3),
                    "canvas_ratio": round(median["canvas"] / median["bare"], 3),
                },
                indent=2,
            )
            + "\n"
        )


if __name__ == "__main__":
    main()
