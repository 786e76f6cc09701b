"""Paper: a four-page A3 poster and an A4 handout, timed, counted and measured on the PDF.

    python benchmarks/paper_bench.py [--n 10000,100000] [--repeat 3] [--json OUT]

Rows: the bundled dataset, then Dataset(N) of ../shared/bench/SPEC.md for each N. The poster
shows the whole timeline with a title; its label size is read back from the PDF (the font
size times the text and drawing matrices, in points on paper: the smallest and the largest
of the event labels). The handout shows the whole bundled timeline, or five years
(1950–1954, about 400 events) of a synthetic one. Each time is the median of --repeat runs
of export_file (layout, drawing, PDF, atomic write) after one untimed warm-up.
"""

from __future__ import annotations

import argparse
import json
import math
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


def label_points(pdf: Path, titles: set[str]) -> list[float]:
    """The size on paper, in points, of every text run that is an event's title."""
    from pypdf import PdfReader

    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if " ".join(text.split()) in titles:
            c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
            sizes.append(size * math.hypot(c, d))

    for page in PdfReader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", default="10000,100000", help="synthetic sizes, comma separated")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", metavar="OUT")
    args = parser.parse_args()

    from pypdf import PdfReader
    from PySide6.QtGui import QGuiApplication

    from timeline_app.formats import load_timeline
    from timeline_app.model.timepoint import TimePoint
    from timeline_app.render import export as ex
    from timeline_app.resources_path import bundled_dataset

    _app = QGuiApplication([])
    import workload

    cases = [("bundled", load_timeline(bundled_dataset()))]
    for n in (int(s) for s in args.n.split(",") if s.strip()):
        cases.append((f"{n:,} events", workload.make_timeline(n)))
    poster = ex.ExportOptions(title="Benchmark", poster=True, poster_pages=4, page="A3")
    handout = ex.ExportOptions(title="Benchmark", handout=True, page="A4")
    five_years = (float(TimePoint(1950).start_seconds), float(TimePoint(1955).start_seconds))

    def timed(timeline: object, out: Path, t0: float, t1: float, o: ex.ExportOptions) -> float:
        ex.export_file(timeline, out, t0, t1, o)  # type: ignore[arg-type]  # warm-up
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            ex.export_file(timeline, out, t0, t1, o)  # type: ignore[arg-type]
            times.append((time.perf_counter() - start) * 1000)
        return round(statistics.median(times), 1)

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, timeline in cases:
            row: dict[str, object] = {"dataset": name, "events": len(timeline)}
            out = Path(tmp) / "poster.pdf"
            t0, t1 = ex.whole_range(timeline, 1920)
            row["poster_ms"] = timed(timeline, out, t0, t1, poster)
            sizes = label_points(out, {e.title for e in timeline.events})
            row["labels"] = len(sizes) // poster.poster_pages if sizes else 0
            row["label_pt"] = f"{min(sizes):.2f}–{max(sizes):.2f}" if sizes else "-"
            if name != "bundled":
                t0, t1 = five_years
            out = Path(tmp) / "handout.pdf"
            row["handout_ms"] = timed(timeline, out, t0, t1, handout)
            row["handout_pages"] = len(PdfReader(out).pages)
            rows.append(row)
    print(
        f"{'dataset':>16} {'events':>9} {'poster ms':>10} {'label pt':>12} "
        f"{'handout ms':>11} {'pages':>6}"
    )
    print("-" * 70)
    for r in rows:
        print(
            f"{r['dataset']:>16} {r['events']:>9,} {r['poster_ms']:>10} {r['label_pt']:>12} "
            f"{r['handout_ms']:>11} {r['handout_pages']:>6}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
