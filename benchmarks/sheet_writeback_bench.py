"""Benchmark: Save of an imported TimelineJS sheet, written back (formats.timelinejs_sheet_writer).

    python benchmarks/sheet_writeback_bench.py [--n 1000,10000,100000] [--runs R] [--json OUT]

Three sheets of N rows, each written as CSV, opened with the app's reader (not timed), then:

- ``spec``: Dataset(N) of SPEC.md (benchmarks/workload.py) as a sheet: a date and time of
  day to the minute and a title a row, one group;
- ``rich``: benchmarks/sheetfiles.timeline_rows(N): years BCE and CE, months, days, times,
  ends, HTML text with a link, a picture on every fourth row, five groups;
- ``quotes``: ``rich`` with a quote on every row and a second, on a row of its own, on every
  third (Quote, Speaker, Source, Locator columns; three sources).

``check_s`` is ``sheet(timeline)``: what the sheet would lose (nothing, for all three) and its
rows; ``write_s`` makes the CSV text of those rows and writes it atomically (what Save does
after the user agrees). Medians of R runs, wall time and the process's CPU time (on a shared
machine the wall time also counts waiting for a processor: print ``/proc/loadavg`` beside).
Run with PYTHONPATH set to another checkout to measure it; only ``sheet``/``losses`` and
``csv_text`` are called (``check_s`` falls back to ``losses`` where ``sheet`` is not there).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if str(ROOT) not in sys.path and not os.environ.get("PYTHONPATH"):
    sys.path.insert(1, str(ROOT))

import sheetfiles  # noqa: E402
import workload  # noqa: E402

QUOTE_HEADER = ["Quote", "Speaker", "Source", "Locator"]
_SOURCES = ["Collected Works, Rutgers, 1953", "The Town Chronicle, 1887", "Letters"]


def spec_rows(n: int) -> list[list[sheetfiles.Cell]]:
    """Dataset(n) as sheet rows: Year, Month, Day, Time and Headline."""
    from timeline_app.model.timepoint import civil_from_days

    rows: list[list[sheetfiles.Cell]] = []
    for _i, ms, title in workload.generate(n):
        days, rest = divmod(ms // 1000, 86_400)
        y, m, d = civil_from_days(days)
        time_of_day = f"{rest // 3600:02d}:{rest % 3600 // 60:02d}"
        rows.append([y, m, d, time_of_day, *[None] * 5, title, *[None] * 6, "Events", None])
    return rows


def quote_rows(n: int) -> list[list[sheetfiles.Cell]]:
    """sheetfiles.timeline_rows(n), each with a quote, every third with a second below it."""
    rows: list[list[sheetfiles.Cell]] = []
    blank: list[sheetfiles.Cell] = [None] * len(sheetfiles.HEADER)
    for i, row in enumerate(sheetfiles.timeline_rows(n)):
        source = _SOURCES[i % 3]
        rows.append([*row, f"What was said at event {i}", "A witness", source, f"p. {i % 400}"])
        if i % 3 == 0:
            rows.append([*blank, f"And more of it, {i}", "", source, f"p. {i % 400 + 1}"])
    return rows


def sheet_file(kind: str, n: int, folder: Path) -> Path:
    path = folder / f"{kind}-{n}.csv"
    if kind == "spec":
        sheetfiles.write_csv(path, [sheetfiles.HEADER, *spec_rows(n)])
    elif kind == "rich":
        sheetfiles.write_csv(path, [sheetfiles.HEADER, *sheetfiles.timeline_rows(n)])
    else:
        sheetfiles.write_csv(path, [[*sheetfiles.HEADER, *QUOTE_HEADER], *quote_rows(n)])
    return path


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    wall: list[float] = []
    cpu: list[float] = []
    result = None
    for _ in range(runs):
        result = None
        gc.collect()
        t, c = time.perf_counter(), time.process_time()
        result = fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu), result


def measure(kind: str, n: int, runs: int, folder: Path) -> dict[str, object]:
    from timeline_app.formats import timelinejs_sheet as reader
    from timeline_app.formats import timelinejs_sheet_writer as writer
    from timeline_app.fsutil import atomic_write_bytes

    timeline = reader.load(sheet_file(kind, n, folder))
    make = getattr(writer, "sheet", None)
    if make is not None:
        check_wall, check_cpu, made = timed(lambda: make(timeline), runs)
        lost, rows = made.losses, made.rows
    else:  # an older checkout
        check_wall, check_cpu, lost = timed(lambda: writer.losses(timeline), runs)
        rows = []
    out = folder / "back.csv"

    def write() -> None:
        atomic_write_bytes(out, writer.csv_text(rows).encode("utf-8"))

    write_wall, write_cpu, _ = timed(write, runs) if rows else (0.0, 0.0, None)
    return {
        "kind": kind,
        "n": n,
        "events": len(timeline),
        "check_s": round(check_wall, 3),
        "check_cpu_s": round(check_cpu, 3),
        "write_s": round(write_wall, 3),
        "write_cpu_s": round(write_cpu, 3),
        "losses": len(lost),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--n", default="1000,10000,100000", help="rows per sheet")
    ap.add_argument("--kinds", default="spec,rich,quotes", help="sheets to measure")
    ap.add_argument("--runs", type=int, default=3, help="runs timed per sheet (median)")
    ap.add_argument("--json", metavar="OUT", help="also write the results as a JSON list")
    ns = ap.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in ns.n.split(",") if s.strip()]
    kinds = [k.strip() for k in ns.kinds.split(",") if k.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        rows = [measure(k, n, max(1, ns.runs), Path(tmp)) for k in kinds for n in sizes]
    head = (
        f"{'sheet':<7} {'N':>8} {'check_s':>8} {'cpu_s':>7} {'write_s':>8} {'cpu_s':>7} "
        f"{'losses':>6}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        print(
            f"{r['kind']:<7} {r['n']:>8,} {r['check_s']:>8.3f} {r['check_cpu_s']:>7.3f} "
            f"{r['write_s']:>8.3f} {r['write_cpu_s']:>7.3f} {r['losses']:>6}"
        )
    try:
        with open("/proc/loadavg", encoding="ascii") as fh:
            print(f"load average: {' '.join(fh.read().split()[:3])}")
    except OSError:
        pass
    if ns.json:
        with open(ns.json, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, indent=2)
            fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
