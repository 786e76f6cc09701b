"""Benchmark: the CPU time of layout() alone over SPEC's zoom and pan script.

    python benchmarks/layout_bench.py [--n 100000] [--runs 5]

Two datasets: Dataset(N) as SPEC defines it (one category), and the same events spread over
five categories (event i in category i mod 5), where lanes get their heights by need. CPU
time (time.process_time), not wall time, so that other work on the machine counts less;
compare two trees by running the script with each on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
if str(HERE.parent) not in sys.path:
    sys.path.insert(1, str(HERE.parent))

import workload  # noqa: E402


def five_lanes(n: int):  # -> Timeline
    from timeline_app.model.timeline import Category, Timeline

    one = workload.make_timeline(n)
    cats = [Category(f"c{k}", f"Category {k}") for k in range(5)]
    events = [replace(e, category=f"c{int(e.id) % 5}") for e in one.events]
    return Timeline(events, categories=cats)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    ns = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from timeline_app.render.painter import QtTextMetrics, layout_style
    from timeline_app.render.theme import LIGHT
    from timeline_app.view.layout import LayoutStats, layout
    from timeline_app.view.viewport import Viewport

    app = QGuiApplication.instance() or QGuiApplication([])
    metrics, style = QtTextMetrics(LIGHT), layout_style(LIGHT)
    width, height = workload.WIDTH, workload.HEIGHT
    windows = workload.zoom_windows() + workload.pan_windows(width)
    vps = [Viewport(a / 1000, (b - a) / 1000, width) for a, b in windows]
    print(f"{'dataset':>14} {'median_ms':>10} {'min_ms':>8} {'considered':>11} {'measured':>9}"
          f" {'marks':>7} {'badges':>7}")  # fmt: skip
    for name, timeline in (
        ("one lane", workload.make_timeline(ns.n)),
        ("five lanes", five_lanes(ns.n)),
    ):
        for vp in vps:  # warm the text caches, as a running app has them
            layout(timeline, vp, height, metrics, style)
        runs = []
        for _ in range(ns.runs):
            t = time.process_time()
            for vp in vps:
                layout(timeline, vp, height, metrics, style)
            runs.append((time.process_time() - t) * 1000 / len(vps))
        stats = LayoutStats()
        marks = badges = 0
        for vp in vps:
            scene = layout(timeline, vp, height, metrics, style, stats=stats)
            marks += len(scene.marks)
            badges += len(scene.badges)
        print(f"{name:>14} {statistics.median(runs):10.2f} {min(runs):8.2f}"
              f" {stats.items_considered:11,} {stats.labels_measured:9,} {marks:7,} {badges:7,}")  # fmt: skip
    assert app is not None


if __name__ == "__main__":
    main()
