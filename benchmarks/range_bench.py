"""Reading an export's --range FROM..TO: time and dates read against the length of the text.

    python benchmarks/range_bench.py [--repeat 5]

Each row is a kind of text at a length: the time of ``export.parse_range`` (median of --repeat,
whether it reads the text or refuses it), the number of dates it hands to the date reader,
and, for comparison in the same process, the split it replaced: every ".." tried in turn,
both sides read each time (quadratic; run only up to 10,000 characters).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline_app.formats.dates import DateError, parse_date
from timeline_app.render import export as ex

KINDS: dict[str, Callable[[int], str]] = {
    "B.C...B.C.": lambda n: "480 B.C...479 B.C.",  # read: two places tried
    "padded FROM..TO": lambda n: "2017-05" + " " * max(0, n - 16) + "..2017-07",
    "dots": lambda n: "." * n,
    "date, dots, date": lambda n: "2017-05" + "." * max(2, n - 14) + "2017-07",
    "FROM.. repeated": lambda n: "2017.." * max(1, n // 6),
}
SIZES = (100, 1_000, 10_000, 120_000, 1_000_000)
BEFORE_LIMIT = 10_000


def before(text: str) -> None:
    """The split parse_range used before: each '..' in turn, both sides read each time."""
    for cut in (i for i in range(len(text) - 1) if text.startswith("..", i)):
        try:
            parse_date(text[:cut]), parse_date(text[cut + 2 :])
        except DateError:
            continue
        return


def timed(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        with contextlib.suppress(ex.ExportError):
            fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    reads = 0
    real = ex.parse_date

    def counting(text: str):  # type: ignore[no-untyped-def]
        nonlocal reads
        reads += 1
        return real(text)

    print(f"| {'text':<17} | {'chars':>9} | {'parse_range':>11} | {'dates read':>10} | before |")
    print(f"|{'-' * 19}|{'-' * 10}:|{'-' * 12}:|{'-' * 11}:|-------:|")
    for kind, make in KINDS.items():
        for text in dict.fromkeys(make(n) for n in SIZES):
            ex.parse_date = counting  # type: ignore[assignment]
            reads = 0
            try:
                ex.parse_range(text)
            except ex.ExportError:
                pass
            finally:
                ex.parse_date = real
            now = timed(lambda t=text: ex.parse_range(t), args.repeat)
            old = (
                f"{timed(lambda t=text: before(t), 1) * 1e3:.0f} ms"
                if len(text) <= BEFORE_LIMIT
                else "—"
            )
            print(
                f"| {kind:<17} | {len(text):>9,} | {now * 1e6:>8.0f} µs | {reads:>10} | {old:>6} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
