"""Export timings: 3840 × 2160 PNG, SVG and PDF of the whole timeline.

    python benchmarks/export_bench.py [--n 10000,100000] [--repeat 3] [--json OUT]

Rows: the bundled dataset, then Dataset(N) of ../shared/bench/SPEC.md for each N. Each figure
is the median of --repeat runs of the real export path (layout for the export's size, render,
encode, atomic write), measured in this process after one untimed warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", default="10000", help="synthetic sizes, comma separated")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", metavar="OUT")
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from timeline_app.formats import load_timeline
    from timeline_app.render import export as ex
    from timeline_app.resources_path import bundled_dataset

    _app = QGuiApplication([])
    import workload

    cases = [("bundled", load_timeline(bundled_dataset()))]
    for n in (int(s) for s in args.n.split(",") if s.strip()):
        cases.append((f"{n:,} events", workload.make_timeline(n)))
    opts = ex.ExportOptions(width=3840, height=2160, dpi=96, title="Benchmark")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, timeline in cases:
            t0, t1 = ex.whole_range(timeline, opts.width)
            row: dict[str, object] = {"dataset": name, "events": len(timeline)}
            for fmt in ("png", "svg", "pdf"):
                out = Path(tmp) / f"out.{fmt}"
                ex.export_file(timeline, out, t0, t1, opts)  # warm-up
                times = []
                for _ in range(args.repeat):
                    start = time.perf_counter()
                    ex.export_file(timeline, out, t0, t1, opts)
                    times.append((time.perf_counter() - start) * 1000)
                row[f"{fmt}_ms"] = round(statistics.median(times), 1)
                row[f"{fmt}_kb"] = round(out.stat().st_size / 1024)
            rows.append(row)
    print(f"{'dataset':>16} {'events':>9} {'PNG ms':>8} {'SVG ms':>8} {'PDF ms':>8}   sizes (KB)")
    print("-" * 72)
    for r in rows:
        print(
            f"{r['dataset']:>16} {r['events']:>9,} {r['png_ms']:>8} {r['svg_ms']:>8} "
            f"{r['pdf_ms']:>8}   {r['png_kb']} / {r['svg_kb']} / {r['pdf_kb']}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
