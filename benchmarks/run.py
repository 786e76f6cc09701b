"""Benchmark: load, first frame, and the SPEC zoom/pan script, per dataset size N.

    python benchmarks/run.py --n 1000,10000 [--json OUT] [--timeout S] [--snapshots DIR]
    python benchmarks/run.py --write N FILE      # Dataset(N) as a timeline file, then exit

Each N runs in a fresh subprocess so that peak RSS is that N's alone; the parent verifies the
generator against SPEC.md's SHA-256 table, writes the dataset file (in another subprocess, so
the measured process only loads it, as the app does), and prints the table. See README.md.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if str(ROOT) not in sys.path:
    sys.path.insert(1, str(ROOT))

import workload  # noqa: E402

KEYS = (
    "n", "load_s", "first_frame_ms", "zoom_p50_ms", "zoom_p95_ms", "zoom_max_ms",
    "pan_p50_ms", "pan_p95_ms", "pan_max_ms", "peak_rss_mb",
)  # fmt: skip


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile: of 30 steps, the 29th smallest."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


# --- the measured process -------------------------------------------------------------------


def write_dataset(n: int, file: str) -> None:
    from timeline_app.formats.timeline_json import save_timeline

    save_timeline(workload.make_timeline(n), file)


def measure(n: int, file: str, snapshots: str | None, details: bool) -> dict[str, float]:
    """Load ``file`` (Dataset(n)) and time the first frame and every scripted step."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QImage, QPainter

    from timeline_app.formats.timeline_json import load_timeline
    from timeline_app.render.painter import QtTextMetrics, layout_style, render
    from timeline_app.render.theme import LIGHT
    from timeline_app.view.layout import LayoutStats, layout
    from timeline_app.view.viewport import Limits, Viewport, fit

    app = QGuiApplication.instance() or QGuiApplication([])
    if not QFontMetrics(QFont()).inFont("A"):
        print("warning: no usable font; Qt draws boxes and text costs are not real", file=sys.stderr)
    width, height = workload.WIDTH, workload.HEIGHT

    t = time.perf_counter()
    timeline = load_timeline(file)
    load_s = time.perf_counter() - t
    if len(timeline) != n:
        raise SystemExit(f"loaded {len(timeline)} events from {file}, expected {n}")

    image: QImage | None = None
    metrics: QtTextMetrics | None = None
    style = layout_style(LIGHT)

    def frame(vp: Viewport) -> tuple[float, LayoutStats, object]:
        """One repaint from a new viewport: layout, culling, painting, labels included."""
        nonlocal image, metrics
        t = time.perf_counter()
        if metrics is None:  # the first frame pays for fonts and the image, as the app does
            metrics = QtTextMetrics(LIGHT)
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        stats = LayoutStats()
        scene = layout(timeline, vp, height, metrics, style, stats=stats)
        painter = QPainter(image)
        render(painter, scene, LIGHT)
        painter.end()
        return (time.perf_counter() - t) * 1000, stats, scene

    def window(w: tuple[int, int]) -> Viewport:
        start_ms, end_ms = w
        return Viewport(start_ms / 1000, (end_ms - start_ms) / 1000, width)

    def snap(name: str) -> None:
        if snapshots and image is not None:
            image.save(str(Path(snapshots) / f"n{n}-{name}.png"))

    t0, t1 = timeline.extent()
    first_ms, _, _ = frame(fit(t0, t1, width, Limits.around(t0, t1)))
    snap("first")

    def run(name: str, windows: list[tuple[int, int]]) -> list[float]:
        times = []
        for k, w in enumerate(windows, 1):
            ms, stats, scene = frame(window(w))
            times.append(ms)
            if details:
                print(
                    f"  N={n:>9,} {name} {k:2d} {ms:8.2f} ms  span {(w[1] - w[0]) / 86_400_000:10.2f} d"
                    f"  considered {stats.items_considered:6d}  labels {stats.labels_measured:4d}"
                    f"  marks {len(scene.marks):4d}  badges {len(scene.badges):4d}",  # type: ignore[attr-defined]
                    file=sys.stderr,
                )
            if k in (1, len(windows)):
                snap(f"{name}{k:02d}")
        return times

    zoom = run("zoom", workload.zoom_windows())
    frame(window(workload.pan_start()))  # untimed: where the pan starts
    pan = run("pan", workload.pan_windows(width))
    del app
    return {
        "n": n,
        "load_s": load_s,
        "first_frame_ms": first_ms,
        "zoom_p50_ms": statistics.median(zoom),
        "zoom_p95_ms": p95(zoom),
        "zoom_max_ms": max(zoom),
        "pan_p50_ms": statistics.median(pan),
        "pan_p95_ms": p95(pan),
        "pan_max_ms": max(pan),
        "peak_rss_mb": peak_rss_mb(),
    }


# --- the parent -----------------------------------------------------------------------------


def verify_generator(largest: int) -> None:
    for n in sorted(workload.SHA256):
        if n > largest:
            break
        t = time.perf_counter()
        try:
            workload.verify(n)
        except ValueError as err:
            raise SystemExit(f"ABORT: {err}\nThe benchmark data would not be SPEC's data.") from None
        print(f"generator ok: N={n:,} SHA-256 matches SPEC ({time.perf_counter() - t:.1f} s)",
              file=sys.stderr)  # fmt: skip


def child(args: list[str], timeout: float | None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        stdout=subprocess.PIPE, text=True, timeout=timeout, check=False,
    )  # fmt: skip


def run_one(n: int, tmp: str, ns: argparse.Namespace) -> dict[str, float] | str:
    file = os.path.join(tmp, f"dataset-{n}.json")
    t = time.perf_counter()
    try:
        done = child(["--write", str(n), file], ns.timeout)
        if done.returncode != 0:
            return f"writing the dataset failed (exit {done.returncode})"
        print(f"N={n:,}: dataset file {os.path.getsize(file) / 1e6:,.1f} MB written in "
              f"{time.perf_counter() - t:.1f} s; measuring…", file=sys.stderr)  # fmt: skip
        extra = (["--snapshots", ns.snapshots] if ns.snapshots else []) + (
            ["--details"] if ns.details else [])  # fmt: skip
        done = child(["--child", str(n), file, *extra], ns.timeout)
    except subprocess.TimeoutExpired:
        return f"did not finish within {ns.timeout:g} s"
    finally:
        if os.path.exists(file):
            os.unlink(file)
    if done.returncode != 0:
        return f"failed (exit {done.returncode})"
    return json.loads(done.stdout.strip().splitlines()[-1])


def fmt_table(rows: list[dict[str, float] | tuple[int, str]]) -> str:
    head = (f"{'N':>10} {'load_s':>8} {'first_ms':>9} {'zoom p50':>9} {'p95':>8} {'max':>8}"
            f" {'pan p50':>8} {'p95':>8} {'max':>8} {'rss_MB':>8}")  # fmt: skip
    lines = [head, "-" * len(head)]
    for r in rows:
        if isinstance(r, tuple):
            lines.append(f"{r[0]:>10,} {r[1]}")
            continue
        lines.append(
            f"{int(r['n']):>10,} {r['load_s']:>8.2f} {r['first_frame_ms']:>9.1f}"
            f" {r['zoom_p50_ms']:>9.2f} {r['zoom_p95_ms']:>8.2f} {r['zoom_max_ms']:>8.2f}"
            f" {r['pan_p50_ms']:>8.2f} {r['pan_p95_ms']:>8.2f} {r['pan_max_ms']:>8.2f}"
            f" {r['peak_rss_mb']:>8.0f}"
        )
    return "\n".join(lines)


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = [int(s.replace("_", "")) for s in text.split(",") if s.strip()]
    except ValueError:
        raise SystemExit(f"--n takes sizes separated by commas, e.g. 1000,10000; got {text!r}") from None
    if not sizes or any(n < 1 for n in sizes):
        raise SystemExit("--n needs at least one size, each at least 1")
    return sizes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", default="1000,10000,100000", help="sizes, comma separated")
    ap.add_argument("--json", metavar="OUT", help="also write the results as a JSON list")
    ap.add_argument("--write", nargs=2, metavar=("N", "FILE"),
                    help="write Dataset(N) as a timeline file (the app's format) and exit")  # fmt: skip
    ap.add_argument("--timeout", type=float, default=None, help="seconds allowed per N")
    ap.add_argument("--snapshots", metavar="DIR", help="save PNGs of some frames to DIR")
    ap.add_argument("--details", action="store_true", help="print every step to stderr")
    ap.add_argument("--child", nargs=2, metavar=("N", "FILE"), help=argparse.SUPPRESS)
    ns = ap.parse_args(argv)

    if ns.write:
        write_dataset(int(ns.write[0]), ns.write[1])
        return 0
    if ns.child:
        result = measure(int(ns.child[0]), ns.child[1], ns.snapshots, ns.details)
        print(json.dumps(result))
        return 0

    sizes = parse_sizes(ns.n)
    verify_generator(max(sizes))
    if ns.snapshots:
        os.makedirs(ns.snapshots, exist_ok=True)
    rows: list[dict[str, float] | tuple[int, str]] = []
    results: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        for n in sizes:
            r = run_one(n, tmp, ns)
            if isinstance(r, str):
                print(f"N={n:,}: {r}", file=sys.stderr)
                rows.append((n, r))
            else:
                rows.append(r)
                results.append({k: r[k] for k in KEYS})
    print(fmt_table(rows))
    if ns.json:
        with open(ns.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=2)
            fh.write("\n")
    return 0 if len(results) == len(sizes) else 1


if __name__ == "__main__":
    sys.exit(main())
