#!/usr/bin/env python3
"""Cold start: the app to its first painted frame with the bundled timeline, against a bare
PySide6 window that paints once, measured in the same run.

    python benchmarks/startup.py [--runs 9] [--cold] [--platform offscreen|xcb] [--json OUT]

Each run starts a fresh Python process and times, from just before the spawn, until the child
prints that its frame is painted (``TIMELINE_APP_QUIT_AFTER_FIRST_FRAME`` makes the app print
``first-frame`` after the canvas has painted events, then quit). The bare window is a
QApplication with one QWidget whose paintEvent fills a rectangle and draws a line of text.
Runs alternate (bare, app, bare, app, ...) so that drift in the machine's load affects both;
medians are reported with the ratio app / bare. Each app run gets an empty configuration folder
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
    bare_times: list[float] = []
    app_times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(ns.runs):
            drop_caches(ns.cold)
            bare_times.append(time_child([sys.executable, "-c", BARE], base, ns.timeout))
            drop_caches(ns.cold)
            env = dict(
                base,
                TIMELINE_APP_QUIT_AFTER_FIRST_FRAME="1",
                TIMELINE_APP_CONFIG_DIR=str(Path(tmp) / f"config{run}"),
                TIMELINE_APP_LOG_DIR=str(Path(tmp) / f"logs{run}"),
                TIMELINE_APP_INSTANCE=f"timeline-app-startup-{os.getpid()}-{run}",
            )
            app_times.append(time_child([sys.executable, "-m", "timeline_app"], env, ns.timeout))
    bare, app = statistics.median(bare_times), statistics.median(app_times)
    print(f"{'':>24} {'median ms':>10} {'min ms':>8} {'max ms':>8}")
    for name, times in (("bare PySide6 window", bare_times), ("timeline-app", app_times)):
        print(
            f"{name:>24} {statistics.median(times) * 1000:>10.0f} "
            f"{min(times) * 1000:>8.0f} {max(times) * 1000:>8.0f}"
        )
    cache = "page cache dropped before each run" if ns.cold else "warm page cache"
    print(f"ratio app / bare: {app / bare:.2f} (target at most 1.30), {ns.runs} runs each, {cache}")
    if ns.json:
        Path(ns.json).write_text(
            json.dumps(
                {
                    "platform": ns.platform,
                    "cold": ns.cold,
                    "runs": ns.runs,
                    "bare_ms": [round(t * 1000, 1) for t in bare_times],
                    "app_ms": [round(t * 1000, 1) for t in app_times],
                    "ratio": round(app / bare, 3),
                },
                indent=2,
            )
            + "\n"
        )


if __name__ == "__main__":
    main()
