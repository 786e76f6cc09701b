"""Search: what finding events costs at each size of the SPEC workload.

    python benchmarks/search_bench.py [--n 10000,100000,1000000] [--runs 3]

Per size: building the folded texts (once per timeline, on the first search); a search that
finds one event and one that finds a fifth of them (each over every event, as a new search
does); binning the matches for the overview strip's ticks (1,280 px, 640 bins); and asking
whether each mark of the whole-timeline frame is a match, as a repaint does. Medians of
``--runs``; no Qt is needed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import workload  # noqa: E402

from timeline_app.model.search import SearchIndex, contains, query_words  # noqa: E402
from timeline_app.view.overview import match_counts, overview  # noqa: E402


def timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, result


def measure(n: int, runs: int) -> dict[str, float]:
    tl = workload.make_timeline(n)
    everything = range(len(tl))
    build_ms, index = timed(lambda: SearchIndex(tl).texts() and None, runs)
    index = SearchIndex(tl)
    index.texts()
    one = query_words(tl.columns.titles[n // 2])
    # Titles are "<adjective> <noun> #<number>": one noun of the workload's five.
    broad = query_words(tl.columns.titles[0].split()[1])
    one_ms, rows_one = timed(lambda: index.matching(one, everything), runs)
    broad_ms, rows = timed(lambda: index.matching(broad, everything), runs)
    ov = overview(tl, 1280.0)
    bins_ms, _ = timed(lambda: match_counts(tl, rows, ov), runs)  # type: ignore[arg-type]
    # A repaint asks about the marks in the frame only: a lookup and a bisection each.
    ids = tl.columns.ids
    frame_ids = [ids[k] for k in range(0, n, max(1, n // 300))][:300]

    def ask() -> int:
        return sum(contains(rows, tl.index_of(i)) for i in frame_ids)  # type: ignore[arg-type]

    tl.id_table()
    ask_ms, _ = timed(ask, runs)
    return {
        "n": n,
        "build_ms": build_ms,
        "one_ms": one_ms,
        "one_found": len(rows_one),  # type: ignore[arg-type]
        "broad_ms": broad_ms,
        "broad_found": len(rows),  # type: ignore[arg-type]
        "bins_ms": bins_ms,
        "frame_ms": ask_ms,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    ns = parser.parse_args()
    sizes = [int(s) for s in ns.n.split(",")]
    head = (
        f"{'events':>10} {'build ms':>9} {'1 match ms':>11} {'found':>6} "
        f"{'broad ms':>9} {'found':>8} {'ticks ms':>9} {'300 marks ms':>13}"
    )
    print(head)
    print("-" * len(head))
    for n in sizes:
        r = measure(n, ns.runs)
        print(
            f"{r['n']:>10,} {r['build_ms']:>9.1f} {r['one_ms']:>11.1f} {r['one_found']:>6,} "
            f"{r['broad_ms']:>9.1f} {r['broad_found']:>8,} {r['bins_ms']:>9.2f} "
            f"{r['frame_ms']:>13.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
