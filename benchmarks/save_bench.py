"""Benchmark: saving a timeline in the app's own format (``save_timeline``: the text, the
temporary file, fsync and rename).

    python benchmarks/save_bench.py [--n 1000,10000,100000,1000000] [--rich-n 1000,10000,100000]
                                    [--runs R] [--json OUT] [--dir DIR]

``plain``: Dataset(N) of SPEC.md (benchmarks/workload.py): point events at minute precision,
one category. ``rich``: the same events each with a place, people, a summary and one or two
quotes from cited sources, a picture on every fifth, an end on every tenth, and an era per
decade. Each timeline is built in this process first (not timed), then saved R times into
DIR (a temporary folder by default); ``save_s`` is the median wall time, ``cpu_s`` the
median CPU time of the process, ``bytes`` the file's size. To measure another checkout, run
this file with PYTHONPATH set to it (the benchmark only calls ``save_timeline``).
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if str(ROOT) not in sys.path and not os.environ.get("PYTHONPATH"):
    sys.path.insert(1, str(ROOT))

import workload  # noqa: E402

_PLACES = ["Hamburg", "Warsaw", "Moscow", "Washington", "Beijing", "Kraków", "São Paulo"]
_PEOPLE = ["Ada Lovelace", "Émile Zola", "Sun Yat-sen", "Nelson Mandela", "Marie Curie"]
_PROSE = (
    "the council met again after the long winter and agreed that trade across the river "
    "should resume under the old terms while envoys carried letters to the capital"
)
_WORDS = _PROSE.split()


def make_rich(n: int):  # -> timeline_app.model.timeline.Timeline
    """Dataset(n) with what a teacher's file has: every field of the format in use."""
    from timeline_app.model.timeline import Category, Era, Event, Media, Quote, Source, Timeline
    from timeline_app.model.timepoint import Precision, TimePoint, civil_from_days

    sources = [
        Source("chronicle", "The Town Chronicle", "Town Press", 1887, "J. Smith"),
        Source("letters", 'Collected "Letters"', year=1902, url="https://example.org/letters"),
    ]
    day = Precision.DAY
    events = []
    for i, ms, title in workload.generate(n):
        y, m, d = civil_from_days(ms // workload.DAY_MS)
        start = TimePoint(y, m, d, precision=day)
        end = TimePoint(y + 1, m, min(d, 28), precision=day) if i % 10 == 0 else None
        words = " ".join(_WORDS[(i + k) % len(_WORDS)] for k in range(8 + i % 12))
        quotes = tuple(
            Quote(f"“{_WORDS[(i + k) % len(_WORDS)]}” at the river’s edge", sources[k % 2],
                  f"p. {1 + (i * 7 + k) % 400}", "the envoy" if k else "")
            for k in range(1 + i % 2)
        )  # fmt: skip
        media = (Media(f"images/{i}.jpg", f"Plate {i}", "Archive", "A drawing"),) if i % 5 else ()
        events.append(
            Event(
                f"e{i}",
                title,
                start,
                end,
                day,
                "synthetic",
                location=_PLACES[i % len(_PLACES)],
                participants=(_PEOPLE[i % 5], _PEOPLE[(i + 2) % 5]),
                summary=words[:1].upper() + words[1:] + ".\nSee the letters.",
                quotes=quotes,
                media=media,
            )
        )
    eras = [
        Era(f"The {y}s", TimePoint(y, precision=Precision.YEAR),
            TimePoint(y + 9, precision=Precision.YEAR), Precision.YEAR, "#d0d8e8", f"era{y}")
        for y in range(1900, 2030, 10)
    ]  # fmt: skip
    return Timeline(
        events,
        title=f"Synthetic events with quotes and media, N = {n:,}",
        categories=[Category("synthetic", "Synthetic events", "#3366cc")],
        sources=sources,
        eras=eras,
    )


def measure(kind: str, n: int, runs: int, folder: Path) -> dict[str, object]:
    from timeline_app.formats.timeline_json import save_timeline

    timeline = workload.make_timeline(n) if kind == "plain" else make_rich(n)
    path = folder / f"{kind}-{n}.timeline.json"
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        gc.collect()
        t, c = time.perf_counter(), time.process_time()
        save_timeline(timeline, path)
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    size = path.stat().st_size
    path.unlink()
    return {
        "kind": kind,
        "n": n,
        "save_s": round(statistics.median(wall), 3),
        "cpu_s": round(statistics.median(cpu), 3),
        "bytes": size,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--n", default="1000,10000,100000,1000000", help="plain sizes")
    ap.add_argument("--rich-n", default="1000,10000,100000", help="rich sizes ('' for none)")
    ap.add_argument("--runs", type=int, default=3, help="saves timed per timeline (median)")
    ap.add_argument("--json", metavar="OUT", help="also write the results as a JSON list")
    ap.add_argument("--dir", metavar="DIR", help="save there (default: a temporary folder)")
    ns = ap.parse_args(argv)

    def sizes(text: str) -> list[int]:
        return [int(s.replace("_", "")) for s in text.split(",") if s.strip()]

    cases = [("plain", n) for n in sizes(ns.n)] + [("rich", n) for n in sizes(ns.rich_n)]
    with tempfile.TemporaryDirectory(dir=ns.dir) as tmp:
        rows = [measure(kind, n, max(1, ns.runs), Path(tmp)) for kind, n in cases]
    head = f"{'timeline':<8} {'N':>10} {'save_s':>8} {'cpu_s':>8} {'MB':>7}"
    print(head)
    print("-" * len(head))
    for r in rows:
        print(
            f"{r['kind']:<8} {r['n']:>10,} {r['save_s']:>8.3f} {r['cpu_s']:>8.3f} {r['bytes'] / 1e6:>7.1f}"
        )
    if ns.json:
        with open(ns.json, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, indent=2)
            fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
