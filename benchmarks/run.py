"""Benchmark: load, first frame, and SPEC's zoom/pan script, per dataset size N.

    python benchmarks/run.py --n 1000,10000 [--json OUT] [--runs R] [--timeout S]
    python benchmarks/run.py --titles arabic ...  # the same events with Arabic titles
    python benchmarks/run.py --write N FILE      # Dataset(N) as a timeline file, then exit

Each N (and each run) is measured in a fresh subprocess, so peak RSS is that N's alone. The
parent checks the generator against SPEC.md's SHA-256 table, writes the dataset file through
``save_timeline`` in another subprocess (so the measured process only loads it, as the app
does) and prints the table. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import gc
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
from typing import Any

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
Result = dict[str, float]


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MiB (ru_maxrss is KiB on Linux)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile: of 30 steps, the 29th smallest (the second worst)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


# --- the measured process -------------------------------------------------------------------


def write_dataset(n: int, file: str, titles: str = "english") -> None:
    from timeline_app.formats.timeline_json import save_timeline

    save_timeline(workload.make_timeline(n, titles=titles), file)


def measure(n: int, file: str, ns: argparse.Namespace) -> Result:
    """Load ``file`` (Dataset(n)); time the first frame and every step of the script."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported
    from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QImage, QPainter

    from timeline_app.formats.timeline_json import load_timeline
    from timeline_app.render.painter import QtTextMetrics, layout_style, render
    from timeline_app.render.theme import LIGHT
    from timeline_app.view.layout import LayoutStats, layout
    from timeline_app.view.scene import Scene
    from timeline_app.view.viewport import Limits, Viewport, fit

    app = QGuiApplication.instance() or QGuiApplication([])
    gc.freeze()  # what imports made is set aside from the cyclic GC, as the app does (ui/app.py)
    if not QFontMetrics(QFont()).inFont("A"):
        print("warning: no usable font: Qt draws boxes, text costs are not real", file=sys.stderr)
    width, height = workload.WIDTH, workload.HEIGHT

    t = time.perf_counter()
    timeline = load_timeline(file)
    load_s = time.perf_counter() - t
    if len(timeline) != n:
        raise SystemExit(f"loaded {len(timeline)} events from {file}, expected {n}")

    style = layout_style(LIGHT)
    image: QImage | None = None
    metrics: QtTextMetrics | None = None

    # --cpu: the CPU time of this thread, which draws every frame, instead of the wall time,
    # which on a shared machine also holds the turns of other processes.
    clock = time.thread_time if ns.cpu else time.perf_counter

    def frame(vp: Viewport) -> tuple[float, LayoutStats, Scene]:
        """One repaint from a new viewport: layout, culling, painting, labels included."""
        nonlocal image, metrics
        t = clock()
        if metrics is None:  # the first frame pays for the fonts and the image, as the app's
            metrics = QtTextMetrics(LIGHT)
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        stats = LayoutStats()
        scene = layout(timeline, vp, height, metrics, style, stats=stats)
        painter = QPainter(image)
        render(painter, scene, LIGHT)
        painter.end()
        return (clock() - t) * 1000, stats, scene

    def viewport(window: tuple[int, int]) -> Viewport:
        start_ms, end_ms = window
        return Viewport(start_ms / 1000, (end_ms - start_ms) / 1000, width)

    def snap(name: str) -> None:
        if ns.snapshots and image is not None:
            image.save(str(Path(ns.snapshots) / f"n{n}-{name}.png"))

    t0, t1 = timeline.extent()
    first_ms, _, _ = frame(fit(t0, t1, width, Limits.around(t0, t1)))
    snap("first")

    # With --details, the time spent in the cyclic garbage collector is shown per step.
    gc_ms = [0.0, 0.0]  # [accumulated, start of the current collection]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_ms[1] = time.perf_counter()
        else:
            gc_ms[0] += (time.perf_counter() - gc_ms[1]) * 1000

    if ns.details:
        gc.callbacks.append(on_gc)

    def run(name: str, windows: list[tuple[int, int]]) -> list[float]:
        times = []
        for k, w in enumerate(windows, 1):
            gc_ms[0] = 0.0
            ms, stats, scene = frame(viewport(w))
            times.append(ms)
            if ns.details:
                print(
                    f"  N={n:>9,} {name:4s} {k:2d} {ms:8.2f} ms  gc {gc_ms[0]:6.2f} ms"
                    f"  span {(w[1] - w[0]) / 86_400_000:9.2f} d"
                    f"  considered {stats.items_considered:5d}"
                    f"  labels {stats.labels_measured:4d}"
                    f"  marks {len(scene.marks):4d}  badges {len(scene.badges):3d}",
                    file=sys.stderr,
                )
            if k in (1, len(windows)):
                snap(f"{name}{k:02d}")
        return times

    profiler = None
    if ns.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    zoom = run("zoom", workload.zoom_windows())
    frame(viewport(workload.pan_start()))  # untimed: where the pan starts
    pan = run("pan", workload.pan_windows(width))
    if profiler is not None:
        import pstats

        profiler.disable()
        out = f"{ns.profile}-n{n}.pstats"
        profiler.dump_stats(out)
        print(f"N={n:,}: profile of the 61 scripted frames in {out}", file=sys.stderr)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(20)
    assert app is not None
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
    """Check Dataset(N) against SPEC's SHA-256 for every tabled N up to ``largest``."""
    for n in sorted(workload.SHA256):
        if n > largest:
            break
        t = time.perf_counter()
        try:
            workload.verify(n)
        except ValueError as err:
            raise SystemExit(f"ABORT: {err}\nThese would not be SPEC's data.") from None
        print(f"generator ok: N={n:,} matches SPEC's SHA-256 ({time.perf_counter() - t:.1f} s)",
              file=sys.stderr)  # fmt: skip


def child(args: list[str], timeout: float | None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        stdout=subprocess.PIPE, text=True, timeout=timeout, check=False,
    )  # fmt: skip


class BenchError(Exception):
    """Why one size could not be measured."""


def write_size(n: int, tmp: str, ns: argparse.Namespace) -> str:
    """Write Dataset(n) to a file in ``tmp`` through the app's saver; its path."""
    file = os.path.join(tmp, f"dataset-{n}-{ns.titles}.json")
    t = time.perf_counter()
    done = child(["--write", str(n), file, "--titles", ns.titles], ns.timeout)
    if done.returncode != 0:
        raise BenchError(f"writing the dataset failed (exit {done.returncode})")
    mb = os.path.getsize(file) / 1e6
    print(f"N={n:,}: {mb:,.1f} MB dataset file written in {time.perf_counter() - t:.1f} s",
          file=sys.stderr)  # fmt: skip
    return file


def measure_once(n: int, file: str, ns: argparse.Namespace) -> Result:
    """One fresh process that loads ``file`` and runs the script."""
    extra = ["--details"] if ns.details else []
    extra += ["--cpu"] if ns.cpu else []
    extra += ["--snapshots", ns.snapshots] if ns.snapshots else []
    extra += ["--profile", ns.profile] if ns.profile else []
    done = child(["--child", str(n), file, *extra], ns.timeout)
    if done.returncode != 0:
        raise BenchError(f"failed (exit {done.returncode})")
    result: Result = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run_sizes(sizes: list[int], tmp: str, ns: argparse.Namespace) -> dict[int, Result | str]:
    """The median of each figure over ``ns.runs`` processes per size, or why a size failed.

    The runs go round the sizes (1k, 10k, 100k, 1M, 1k, 10k, ...), so that a slow spell of
    this shared machine, which can last minutes, falls on every size alike rather than on
    all the runs of one."""
    files: dict[int, str] = {}
    failed: dict[int, str] = {}
    done: dict[int, list[Result]] = {n: [] for n in sizes}
    for n in sizes:
        try:
            files[n] = write_size(n, tmp, ns)
        except BenchError as err:
            failed[n] = str(err)
        except subprocess.TimeoutExpired:
            failed[n] = f"did not finish within {ns.timeout:g} s"
    for i in range(ns.runs):
        for n in sizes:
            if n in failed:
                continue
            t = time.perf_counter()
            try:
                done[n].append(measure_once(n, files[n], ns))
            except BenchError as err:
                failed[n] = str(err)
                continue
            except subprocess.TimeoutExpired:
                failed[n] = f"did not finish within {ns.timeout:g} s"
                continue
            print(f"N={n:,}: run {i + 1}/{ns.runs} took {time.perf_counter() - t:.1f} s",
                  file=sys.stderr)  # fmt: skip
    return {
        n: failed[n] if n in failed else
        {k: statistics.median(r[k] for r in done[n]) for k in KEYS}
        for n in sizes
    }  # fmt: skip


def format_table(rows: list[Result | tuple[int, str]]) -> str:
    head = (
        f"{'N':>10} {'load_s':>7} {'first_ms':>8} {'zoom_p50':>8} {'p95':>7} {'max':>7}"
        f" {'pan_p50':>8} {'p95':>7} {'max':>7} {'rss_MB':>7}"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        if isinstance(r, tuple):
            lines.append(f"{r[0]:>10,} {r[1]}")
            continue
        lines.append(
            f"{int(r['n']):>10,} {r['load_s']:>7.2f} {r['first_frame_ms']:>8.1f}"
            f" {r['zoom_p50_ms']:>8.1f} {r['zoom_p95_ms']:>7.1f} {r['zoom_max_ms']:>7.1f}"
            f" {r['pan_p50_ms']:>8.1f} {r['pan_p95_ms']:>7.1f} {r['pan_max_ms']:>7.1f}"
            f" {r['peak_rss_mb']:>7.0f}"
        )
    return "\n".join(lines)


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = [int(s.strip().replace("_", "")) for s in text.split(",") if s.strip()]
    except ValueError:
        raise SystemExit(
            f"--n takes sizes separated by commas, e.g. 1000,10000; not {text!r}"
        ) from None
    if not sizes or min(sizes) < 1:
        raise SystemExit("--n needs at least one size, each at least 1")
    return sizes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--n", default="1000,10000,100000", help="sizes, comma separated")
    ap.add_argument("--json", metavar="OUT", help="also write the results as a JSON list")
    ap.add_argument(
        "--write",
        nargs=2,
        metavar=("N", "FILE"),
        help="write Dataset(N) as a timeline file (the app's format) and exit",
    )
    ap.add_argument(
        "--runs",
        type=int,
        default=1,
        help="fresh processes per N; each figure is the median over them",
    )
    ap.add_argument("--timeout", type=float, default=None, help="seconds allowed per process")
    ap.add_argument(
        "--cpu",
        action="store_true",
        help="time each frame by the drawing thread's CPU time, not wall time (a busy machine)",
    )
    ap.add_argument(
        "--titles",
        choices=workload.TITLES,
        default="english",
        help="the events' titles: SPEC's English words, or the same draws in Arabic "
        "(every label shaped and right to left; not SPEC's data)",
    )
    ap.add_argument("--snapshots", metavar="DIR", help="save PNGs of some frames into DIR")
    ap.add_argument(
        "--details",
        action="store_true",
        help="print every step (time, GC pause, marks, badges) to stderr",
    )
    ap.add_argument(
        "--profile",
        metavar="PREFIX",
        help="cProfile the scripted steps into PREFIX-nN.pstats and print the top "
        "20 (the profiler's overhead inflates the times reported with it)",
    )
    ap.add_argument("--child", nargs=2, metavar=("N", "FILE"), help=argparse.SUPPRESS)
    ns = ap.parse_args(argv)  # fmt: skip

    if ns.write:
        write_dataset(int(ns.write[0]), ns.write[1], ns.titles)
        return 0
    if ns.child:
        print(json.dumps(measure(int(ns.child[0]), ns.child[1], ns)))
        return 0

    sizes = parse_sizes(ns.n)
    if ns.runs < 1:
        raise SystemExit("--runs must be at least 1")
    verify_generator(max(sizes))
    if ns.snapshots:
        os.makedirs(ns.snapshots, exist_ok=True)
    rows: list[Result | tuple[int, str]] = []
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        for n, r in run_sizes(sizes, tmp, ns).items():
            if isinstance(r, str):
                print(f"N={n:,}: {r}", file=sys.stderr)
                rows.append((n, r))
            else:
                rows.append(r)
                results.append({k: int(r[k]) if k == "n" else round(r[k], 4) for k in KEYS})
    if ns.titles != "english" or ns.cpu:
        print(f"titles: {ns.titles}; frames timed by {'CPU' if ns.cpu else 'wall'} time")
    print(format_table(rows))
    if ns.json:
        with open(ns.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=2)
            fh.write("\n")
    return 0 if len(results) == len(sizes) else 1


if __name__ == "__main__":
    sys.exit(main())
