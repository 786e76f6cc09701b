"""How long a TimelineJS sheet takes to open, and how much memory it takes.

Sheets of 1,000, 10,000 and 100,000 rows (benchmarks/sheetfiles.py, the same on every run)
are written as CSV and as .xlsx, then each is opened through formats.registry.open_any in a
fresh process, which prints its load time, the process's size before loading (the app's
modules imported), its peak size (maximum resident size) and the memory the timeline holds
once loaded. The CPU time is
printed beside the wall-clock time, which on a shared machine also counts waiting. A CSV with
a million empty rows after ten events (what an export of an over-long sheet holds) is timed
too, and a file of The Timeline Project (.timeline) of 10,000 events.

    python benchmarks/import_bench.py            # prints a table
    python benchmarks/import_bench.py --sizes 1000 10000
    python benchmarks/import_bench.py --json import.json   # the table also as JSON

Targets: 10,000 rows within 1 s, 100,000 within 5 s (CPU time: on a shared machine the
wall-clock time also counts waiting for the processor).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if str(ROOT) not in sys.path:
    sys.path.insert(1, str(ROOT))

import import_xml_bench  # noqa: E402
import sheetfiles  # noqa: E402

_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[2])
from timeline_app.formats import registry
import python_calamine  # loaded with the app's formats when a workbook is opened
def status_kib(field):
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith(field))
def resident_kib():
    return status_kib("VmRSS:")
before = resident_kib()
started, cpu = time.perf_counter(), time.process_time()
timeline = registry.open_any(sys.argv[1])
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
peak = status_kib("VmHWM:")  # (ru_maxrss would count the parent's peak, kept across exec)
held = resident_kib() - before
print(json.dumps({"seconds": seconds, "cpu": cpu, "kib": peak, "held": held, "base": before,
                  "events": len(timeline), "warnings": len(timeline.warnings)}))
"""


def measure(path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per file; the best is shown")
    parser.add_argument("--json", metavar="OUT", help="also write the results as a JSON list")
    args = parser.parse_args()
    print(
        f"{'file':<28}{'rows':>10}{'file size':>12}{'load s':>9}{'CPU s':>8}"
        f"{'base MB':>9}{'peak MB':>9}{'held MB':>9}{'events':>9}"
    )
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        cases: list[tuple[str, int, Path]] = []
        for n in args.sizes:
            rows = [sheetfiles.HEADER, *sheetfiles.timeline_rows(n)]
            csv_path = Path(tmp) / f"sheet-{n}.csv"
            sheetfiles.write_csv(csv_path, rows)
            xlsx_path = Path(tmp) / f"sheet-{n}.xlsx"
            sheetfiles.write_xlsx(xlsx_path, rows)
            cases += [("CSV", n, csv_path), (".xlsx", n, xlsx_path)]
        empty = Path(tmp) / "empty-rows.csv"
        blank = "," * (len(sheetfiles.HEADER) - 1) + "\r\n"
        sheetfiles.write_csv(empty, [sheetfiles.HEADER, *sheetfiles.timeline_rows(10)])
        with open(empty, "a", encoding="utf-8", newline="") as fh:
            fh.write(blank * 1_000_000)
        cases.append(("CSV + 1,000,000 empty rows", 1_000_010, empty))
        project = Path(tmp) / "events-10000.timeline"
        project.write_text(import_xml_bench.timeline_project(10_000), encoding="utf-8")
        cases.append(("The Timeline Project", 10_000, project))
        for kind, n, path in cases:
            runs = [measure(path) for _ in range(args.repeat)]
            best = min(runs, key=lambda r: r["seconds"])
            size = path.stat().st_size / 1e6
            results.append(
                {
                    "file": kind,
                    "rows": n,
                    "file_mb": round(size, 2),
                    "load_s": round(best["seconds"], 3),
                    "cpu_s": round(best["cpu"], 3),
                    "cpu_s_runs": [round(r["cpu"], 3) for r in runs],
                    "base_mb": round(best["base"] / 1024, 1),
                    "peak_mb": round(best["kib"] / 1024, 1),
                    "held_mb": round(best["held"] / 1024, 1),
                    "events": int(best["events"]),
                }
            )
            print(
                f"{kind:<28}{n:>10,}{size:>10.1f}MB{best['seconds']:>9.2f}{best['cpu']:>8.2f}"
                f"{best['base'] / 1024:>9.0f}{best['kib'] / 1024:>9.0f}{best['held'] / 1024:>9.0f}"
                f"{int(best['events']):>9,}"
            )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=2)
            fh.write("\n")


if __name__ == "__main__":
    main()
