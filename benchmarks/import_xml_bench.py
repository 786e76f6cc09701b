"""Opening other tools' files: The Timeline Project (.timeline), SIMILE XML and markwhen.

    python benchmarks/import_xml_bench.py [--n 10000] [--runs 5] [--json OUT]

Each file is generated with ``n`` events in the shape its tool writes (containers and
categories in the .timeline file, HTML descriptions in SIMILE, tags and sections in markwhen),
then read through formats.registry.open_any, as the window does. The table gives the median
load time (wall clock, and the process's CPU time, which other programs on a busy machine
disturb less) and the peak of Python memory (tracemalloc) during one load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def timeline_project(n: int) -> str:
    cats = "".join(
        f"<category><name>Category {c}</name><color>{40 * c},{200 - 30 * c},90</color></category>"
        for c in range(5)
    )
    rows = []
    for k in range(n):
        y, m, d = 1800 + k % 200, 1 + k % 12, 1 + k % 28
        if k % 50 == 0:
            text = f"[{k}]Container {k}"
        elif k % 50 < 10:
            text = f"({k - k % 50})Part {k}"
        else:
            text = f"Event {k}"
        rows.append(
            f"<event><start>{y}-{m}-{d} 10:{k % 60}:0</start><end>{y}-{m}-{d} 12:00:00</end>"
            f"<text>{text}</text><fuzzy>{k % 7 == 0}</fuzzy><locked>False</locked>"
            f"<ends_today>False</ends_today><category>Category {k % 5}</category>"
            f"<description>What happened on day {k}.</description>"
            f"<hyperlink>https://example.org/{k}</hyperlink><default_color>200,200,200</default_color>"
            "</event>\n"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<timeline><version>2.5.0</version>'
        f"<timetype>gregoriantime</timetype><categories>{cats}</categories>"
        f"<events>{''.join(rows)}</events><view/></timeline>\n"
    )


def simile_xml(n: int) -> str:
    rows = [
        f'<event start="Jan {1 + k % 28} {1800 + k % 200} 00:00:00 GMT" title="Event {k}"'
        f' link="https://example.org/{k}">What &lt;b&gt;happened&lt;/b&gt; on day {k}.</event>\n'
        for k in range(n)
    ]
    return f"<data>{''.join(rows)}</data>\n"


def markwhen(n: int) -> str:
    lines = ["title: Benchmark", "#Science: #0072b2", ""]
    for k in range(n):
        if k % 100 == 0:
            lines.append(f"section Part {k // 100}")
        lines.append(f"{1800 + k % 200}-{1 + k % 12:02d}-{1 + k % 28:02d}: Event {k} #Science")
        lines.append(f"What happened on day {k}, see https://example.org/{k}")
        if k % 100 == 99:
            lines.append("endSection")
    return "\n".join(lines) + "\n"


KINDS = {
    "The Timeline Project (.timeline)": ("bench.timeline", timeline_project),
    "SIMILE XML (.xml)": ("bench.xml", simile_xml),
    "markwhen (.mw)": ("bench.mw", markwhen),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", metavar="OUT", help="also write the results as a JSON list")
    args = parser.parse_args()
    from timeline_app.formats.registry import open_any

    folder = Path(tempfile.mkdtemp(prefix="import-bench-"))
    print(f"{args.n:,} events, median of {args.runs} loads")
    print(
        f"| {'format':34} | {'file':>8} | {'load':>8} | {'CPU':>8} | {'CPU/event':>9} "
        f"| {'peak memory':>11} |"
    )
    results: list[dict[str, object]] = []
    print(f"|{'-' * 36}|{'-' * 10}|{'-' * 10}|{'-' * 10}|{'-' * 11}|{'-' * 13}|")
    for label, (name, make) in KINDS.items():
        path = folder / name
        path.write_text(make(args.n), encoding="utf-8")
        times, cpu = [], []
        for _ in range(args.runs):
            t, c = time.perf_counter(), time.process_time()
            timeline = open_any(path)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        assert len(timeline) == args.n, (label, len(timeline), timeline.warnings[:3])
        tracemalloc.start()
        open_any(path)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        median, median_cpu = statistics.median(times), statistics.median(cpu)
        size = os.path.getsize(path)
        results.append(
            {
                "format": label,
                "events": args.n,
                "file_mb": round(size / 1e6, 2),
                "load_s": round(median, 4),
                "cpu_s": round(median_cpu, 4),
                "cpu_s_best": round(min(cpu), 4),
                "peak_mb": round(peak / 1e6, 1),
            }
        )
        print(
            f"| {label:34} | {size / 1e6:6.1f}MB | {median * 1000:6.0f}ms | "
            f"{median_cpu * 1000:6.0f}ms | {median_cpu / args.n * 1e6:7.1f}µs | "
            f"{peak / 1e6:9.1f}MB |"
        )
    if args.json:
        import json

        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=2)
            fh.write("\n")


if __name__ == "__main__":
    main()
