#!/usr/bin/env python3
"""Where the time to a first frame of the timeline goes, step by step, in one process.

    python benchmarks/startup_phases.py [--runs 5]

Each run is a fresh Python process that imports, in order, what the canvas needs to paint the
bundled timeline (PySide6, the ``Qt`` namespace, the model, the loader, the view, the painter,
the canvas), makes the QApplication and the canvas, loads the bundled file and paints once.
It prints the milliseconds of each step, the median over the runs, and the sum of the imports
that the bare window of ``startup.py`` does not make: whatever the order in which the app
does things, its first frame of the timeline cannot come sooner than that after the bare
window's.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import sys, time
marks = []
def mark(name):
    marks.append((name, time.perf_counter()))
t0 = time.perf_counter()
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget
mark("PySide6: QtCore, QtGui, QtWidgets (the bare window pays this too)")
from PySide6.QtCore import Qt
mark("the Qt namespace: PySide6 builds its 98 enum types")
import timeline_app.model.timeline
mark("model: timeline, time points")
from timeline_app.formats import load_timeline
mark("loader: JSON reader, dates, problems")
import timeline_app.view.compose
mark("view: layout, scene, ticks, viewport, compose")
import timeline_app.render.painter
mark("painter and theme")
from timeline_app.resources_path import bundled_dataset
from timeline_app.ui.canvas import TimelineCanvas
mark("canvas module (QPainter, QWidget enum types)")
app = QApplication(sys.argv[:1])
mark("QApplication")
canvas = TimelineCanvas()
canvas.set_timeline(load_timeline(bundled_dataset()))
mark("canvas widget, bundled file read")

def painted():
    mark("show, layout and first paint")
    prev = t0
    for name, t in marks:
        print(f"{(t - prev) * 1000:.3f}\\t{name}")
        prev = t
    app.quit()

canvas.firstPainted.connect(painted)
canvas.resize(1280, 800)
canvas.show()
app.exec()
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--platform", default="offscreen")
    ns = ap.parse_args()
    compileall.compile_dir(str(ROOT / "timeline_app"), quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM=ns.platform)
    steps: dict[str, list[float]] = {}
    for _ in range(ns.runs):
        out = subprocess.run(
            [sys.executable, "-c", CHILD],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
        for line in out.splitlines():
            ms, name = line.split("\t", 1)
            steps.setdefault(name, []).append(float(ms))
    medians = {name: statistics.median(ms) for name, ms in steps.items()}
    for name, ms in medians.items():
        print(f"{ms:7.1f} ms  {name}")
    names = list(medians)
    imports = sum(medians[name] for name in names[1:7])
    print(f"{sum(medians.values()):7.1f} ms  in all, median of {ns.runs} runs")
    print(f"{imports:7.1f} ms  of imports that the bare window does not make")


if __name__ == "__main__":
    main()
