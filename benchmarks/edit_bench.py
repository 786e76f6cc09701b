"""Benchmark: one edit (move one event) applied and the next frame drawn, and its undo.

    python benchmarks/edit_bench.py [--n 1000,10000,100000,1000000] [--repeat R] [--json OUT]

Dataset(N) of SPEC.md (benchmarks/workload.py), built in this process. The id table is made
first, as the app makes it in the loading thread. Then, R times, the event in the middle of
the timeline is moved by one day (a drag, snapped to its minute precision), through
``model.edit.PutEvent``, and the frame around it (one week, 1280 × 720, layout and painting as
benchmarks/run.py) is drawn; then the edit's undo is applied and the frame drawn again.
``edit_ms`` and ``undo_ms`` are medians over the R repeats. ``far_ms`` is the worst case: the
first event moved to the end (every row renumbered), with its frame.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if str(ROOT) not in sys.path:
    sys.path.insert(1, str(ROOT))

import workload  # noqa: E402

DAY = 86_400
WEEK = 7 * DAY


def measure(n: int, repeat: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    from timeline_app.model.edit import PutEvent, snapshot
    from timeline_app.model.timeline import Timeline, point_at
    from timeline_app.render.painter import QtTextMetrics, layout_style, render
    from timeline_app.render.theme import LIGHT
    from timeline_app.view.layout import layout
    from timeline_app.view.viewport import Viewport

    _app = QGuiApplication.instance() or QGuiApplication([])
    timeline = workload.make_timeline(n)
    timeline.id_table()
    metrics = QtTextMetrics(LIGHT)
    style = layout_style(LIGHT)
    image = QImage(workload.WIDTH, workload.HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)

    def frame(tl: Timeline, around: float) -> None:
        vp = Viewport(around - WEEK / 2, WEEK, workload.WIDTH)
        scene = layout(tl, vp, workload.HEIGHT, metrics, style)
        painter = QPainter(image)
        render(painter, scene, LIGHT)
        painter.end()

    def moved(tl: Timeline, row: int, to: int) -> PutEvent:
        """The event at ``row`` moved to the instant ``to``, at its own precision."""
        e = tl.event(row)
        start = point_at(to, int(e.start.precision), e.start.offset_minutes)
        return PutEvent(e.id, replace(e, start=start), "Move")

    mid = n // 2
    frame(timeline, timeline.event(mid).tm)  # fonts and caches, as a window already open has
    edit_ms: list[float] = []
    undo_ms: list[float] = []
    before = snapshot(timeline) if n <= 10_000 else None
    for _ in range(repeat):
        edit = moved(timeline, mid, timeline.event(mid).start.start_seconds + DAY)
        t = time.perf_counter()
        edited, undo = edit.apply(timeline)
        frame(edited, timeline.event(mid).tm + DAY)
        edit_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        timeline, _redo = undo.apply(edited)
        frame(timeline, timeline.event(mid).tm)
        undo_ms.append((time.perf_counter() - t) * 1000)
    if before is not None and snapshot(timeline) != before:
        raise SystemExit(f"N={n}: the undo did not give the timeline back")
    last = timeline.event(n - 1).start.start_seconds
    far = moved(timeline, 0, last + DAY)
    t = time.perf_counter()
    far_tl, _ = far.apply(timeline)
    frame(far_tl, last + DAY)
    far_ms = (time.perf_counter() - t) * 1000
    return {
        "n": n,
        "edit_ms": statistics.median(edit_ms),
        "edit_max_ms": max(edit_ms),
        "undo_ms": statistics.median(undo_ms),
        "undo_max_ms": max(undo_ms),
        "far_ms": far_ms,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--n", default="1000,10000,100000,1000000", help="sizes, comma separated")
    ap.add_argument("--repeat", type=int, default=9, help="edits (and undos) timed per N")
    ap.add_argument("--json", metavar="OUT", help="also write the results as a JSON list")
    ns = ap.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in ns.n.split(",") if s.strip()]
    rows = [measure(n, max(1, ns.repeat)) for n in sizes]
    head = f"{'N':>10} {'edit_ms':>8} {'max':>7} {'undo_ms':>8} {'max':>7} {'far_ms':>8}"
    print(head)
    print("-" * len(head))
    for r in rows:
        print(
            f"{int(r['n']):>10,} {r['edit_ms']:>8.1f} {r['edit_max_ms']:>7.1f}"
            f" {r['undo_ms']:>8.1f} {r['undo_max_ms']:>7.1f} {r['far_ms']:>8.1f}"
        )
    if ns.json:
        with open(ns.json, "w", encoding="utf-8") as fh:
            json.dump([{k: round(v, 3) for k, v in r.items()} for r in rows], fh, indent=2)
            fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
