"""Long text: what one very long title, summary or list of quotes costs on screen.

    python benchmarks/long_text.py [--timeout 60] [--json OUT]

Each case runs in a fresh process with a time limit, so a case that never returns is
reported as "> limit" instead of stopping the table. The cases:

- select: the main window (1280 x 800) with 20 ordinary events and one whose title is one
  unbroken word of N characters; the time from selecting that event to the window painted
  (detail pane, list and timeline). N is the loader's limit for titles, then 50k, 200k and 1M
  characters built in memory, past the limit, as no file can bring them.
- paint: the same window, nothing selected; one repaint of the timeline after a pan
  (a new layout), the median of three.
- card: presentation mode at 1024 x 768; the first click onto an event with 10,000 quotes,
  until the card is painted; and the detail pane showing that event.
- open: load_timeline of a file whose one event has a 1 MB or a 50 MB title, or a 50 MB
  summary: the file is refused with one message, or read.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

SIZES = (50_000, 200_000, 1_000_000)
QUOTE = (
    "We had a very, very good meeting. The President and I discussed the situation in "
    "Ukraine, in Syria, and the fight against terrorism, and we agreed to keep talking. "
)


def _title_limit() -> int:
    try:
        from timeline_app.model.limits import MAX_TITLE
    except ImportError:  # before the limits existed: the first size is as long as any
        return 1_000
    return MAX_TITLE


def _summary_limit() -> int:
    try:
        from timeline_app.model.limits import MAX_SUMMARY
    except ImportError:  # before the limits existed
        return 20_000
    return MAX_SUMMARY


def _timeline(long_title: str = "", quotes: int = 0) -> object:
    from timeline_app.model.timeline import Event, Quote, Source, Timeline
    from timeline_app.model.timepoint import Precision, TimePoint

    src = Source("s", "Our Shared Past", "Example School Press", 2021)
    events = [
        Event(f"e{k}", f"Ordinary event number {k}", TimePoint(2017, 5, 1 + k)) for k in range(20)
    ]
    qs = tuple(Quote(f"{k + 1}. {QUOTE}", src, f"¶{k + 1}") for k in range(quotes))
    events.append(
        Event(
            "long",
            long_title or "An event with many quotes",
            TimePoint(2017, 4, 30),  # the first event: one click reaches it
            precision=Precision.DAY,
            summary="A summary of a sentence or two.",
            quotes=qs,
        )
    )
    return Timeline(events, title="Long text")


def _window(timeline: object) -> object:
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.main_window import MainWindow

    w = MainWindow()
    w.resize(1280, 800)
    w.show()
    w.set_timeline(timeline, "/tmp/long-text.timeline.json")  # type: ignore[arg-type]
    QApplication.processEvents()
    w.repaint()
    return w


def case_select(n: int) -> float:
    from PySide6.QtWidgets import QApplication

    w: object = _window(_timeline("W" * n))
    start = time.perf_counter()
    w.canvas.select("long")  # type: ignore[attr-defined]
    QApplication.processEvents()
    w.repaint()  # type: ignore[attr-defined]
    return (time.perf_counter() - start) * 1000


def case_summary(n: int) -> float:
    """Selecting an event whose summary is one word of ``n`` characters."""
    from timeline_app.model.timeline import Event, Timeline
    from timeline_app.model.timepoint import TimePoint

    events = [Event(f"e{k}", f"Event {k}", TimePoint(2017, 5, 1 + k)) for k in range(20)]
    events.append(Event("long", "Long summary", TimePoint(2017, 5, 10), summary="W" * n))
    return case_select_timeline(Timeline(events))


def case_paint(n: int) -> float:
    from PySide6.QtWidgets import QApplication

    w: object = _window(_timeline("W" * n))
    canvas = w.canvas  # type: ignore[attr-defined]
    QApplication.processEvents()
    times = []
    for k in range(4):
        canvas.pan_by(-3 if k % 2 else 3)
        start = time.perf_counter()
        canvas.repaint()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[1:])


def case_card(quotes: int) -> float:
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.presentation import PresentationWindow
    from timeline_app.view.presentation import Command

    timeline: object = _timeline(quotes=quotes)
    pw = PresentationWindow(timeline)  # type: ignore[arg-type]
    pw.resize(1024, 768)
    pw.show()
    QApplication.processEvents()
    start = time.perf_counter()
    pw.command(Command.NEXT)
    QApplication.processEvents()
    pw.card.repaint()
    return (time.perf_counter() - start) * 1000


def case_detail(quotes: int) -> float:
    return case_select_timeline(_timeline(quotes=quotes))


def case_select_timeline(timeline: object) -> float:
    from PySide6.QtWidgets import QApplication

    w: object = _window(timeline)
    start = time.perf_counter()
    w.canvas.select("long")  # type: ignore[attr-defined]
    QApplication.processEvents()
    w.repaint()  # type: ignore[attr-defined]
    return (time.perf_counter() - start) * 1000


def case_open(field: str, n: int) -> tuple[float, str]:
    from timeline_app.formats import load_timeline
    from timeline_app.formats.errors import TimelineFileError

    event = {"id": "e1", "title": "A title", "start": "2017-05-10"}
    event[field] = "W" * n
    doc = {"format": "timeline-app", "version": 1, "events": [event]}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.timeline.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        start = time.perf_counter()
        try:
            load_timeline(path)
            outcome = "loaded"
        except TimelineFileError as err:
            outcome = err.first.message
        return (time.perf_counter() - start) * 1000, outcome[:70]


def _cases() -> list[tuple[str, str, str]]:
    """(name, what, how many) of every case, in table order."""
    limit = _title_limit()
    rows = [(f"select:{limit}", "select event, one-word title", f"{limit:,} (limit)")]
    rows += [(f"select:{n}", "select event, one-word title", f"{n:,}") for n in SIZES]
    summary = _summary_limit()
    rows += [(f"summary:{summary}", "select event, one-word summary", f"{summary:,} (limit)")]
    rows += [(f"paint:{limit}", "repaint, one-word title", f"{limit:,} (limit)")]
    rows += [(f"paint:{n}", "repaint, one-word title", f"{n:,}") for n in SIZES]
    rows += [
        ("card:10000", "presentation: first click on card", "10,000 quotes"),
        ("detail:10000", "select event (detail pane)", "10,000 quotes"),
        ("open:title:1000000", "open file, title", "1 MB"),
        ("open:title:50000000", "open file, title", "50 MB"),
        ("open:summary:50000000", "open file, summary", "50 MB"),
    ]
    return rows


def run_case(name: str) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    kind, *args = name.split(":")
    if kind == "select":
        return {"ms": case_select(int(args[0]))}
    if kind == "summary":
        return {"ms": case_summary(int(args[0]))}
    if kind == "paint":
        return {"ms": case_paint(int(args[0]))}
    if kind == "card":
        return {"ms": case_card(int(args[0]))}
    if kind == "detail":
        return {"ms": case_detail(int(args[0]))}
    if kind == "open":
        ms, outcome = case_open(args[0], int(args[1]))
        return {"ms": ms, "outcome": outcome}
    raise SystemExit(f"unknown case {name!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case")
    parser.add_argument("--only", default="", help="cases whose name starts with this")
    parser.add_argument("--json", metavar="OUT")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case)))
        return 0
    rows = []
    print(f"{'case':<34} {'size':>16} {'ms':>10}  outcome")
    print("-" * 90)
    for name, what, size in _cases():
        if not name.startswith(args.only):
            continue
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--case", name],
                capture_output=True,
                text=True,
                timeout=args.timeout,
                check=False,
            )
            if done.returncode != 0:
                result: dict[str, object] = {"ms": None, "outcome": done.stderr.strip()[-70:]}
            else:
                result = json.loads(done.stdout.strip().splitlines()[-1])
        except subprocess.TimeoutExpired:
            result = {"ms": None, "outcome": f"> {args.timeout:g} s (stopped)"}
        ms = result["ms"]
        shown = f"{ms:,.1f}" if isinstance(ms, float) else "—"
        print(f"{what:<34} {size:>16} {shown:>10}  {result.get('outcome', '')}", flush=True)
        rows.append({"case": name, **result})
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
