"""Live reload: from a save on disk to the new version on screen, in the real main window.

    python benchmarks/reload_bench.py [--runs 20] [--n 14,1000,10000]

For each size, a timeline file is opened in the main window (offscreen), then saved again by
another "program" (alternately in place and by renaming a new file over it, as editors do),
and the time from the end of the save to the window showing the new version is measured:
the folder watch, the wait for the burst of writes to settle (250 ms), the read in the
background and the new frame. The bundled timeline (14 events) is the size a teacher edits
by hand; the target is within 1 s.
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
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def document(n: int, version: int) -> str:
    if n == 14:
        doc = json.loads((ROOT / "resources" / "timeline-2017.json").read_text("utf-8"))
    else:
        doc = {
            "format": "timeline-app",
            "version": 1,
            "events": [
                {
                    "id": f"e{k}",
                    "title": f"Event {k}",
                    "start": f"{1900 + k % 120}-0{1 + k % 9}-1{k % 10}",
                }
                for k in range(n)
            ],
        }
    doc["title"] = f"Version {version}"
    return json.dumps(doc, ensure_ascii=False)


def measure(n: int, runs: int) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp(prefix="reload-bench-")
    os.environ["TIMELINE_APP_CONFIG_DIR"] = os.path.join(folder, "config")
    path = Path(folder) / "lesson.timeline.json"
    path.write_text(document(n, 0), encoding="utf-8")
    w = MainWindow()
    w.resize(1280, 800)
    w.show()
    assert w.open_path(str(path), wait=True)
    times = []
    for k in range(1, runs + 1):
        for _ in range(20):  # let the previous save's watch settle
            app.processEvents()
            time.sleep(0.01)
        text = document(n, k)
        if k % 2:
            path.write_text(text, encoding="utf-8")
        else:
            tmp = path.with_name(".lesson.tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)
        saved = time.perf_counter()
        want = f"Version {k}"
        while w.canvas.timeline.title != want:
            app.processEvents()
            time.sleep(0.002)
            if time.perf_counter() - saved > 10:
                raise SystemExit(f"n={n}: version {k} did not show within 10 s")
        w.canvas.repaint()
        times.append(time.perf_counter() - saved)
    w.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--n", default="14,1000,10000")
    args = parser.parse_args()
    print(f"{'events':>8} {'runs':>5} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
    for n in (int(x) for x in args.n.split(",")):
        t = sorted(measure(n, args.runs))
        p95 = t[max(0, round(0.95 * len(t)) - 1)]
        print(
            f"{n:>8,} {len(t):>5} {statistics.median(t) * 1000:>10.0f} "
            f"{p95 * 1000:>8.0f} {t[-1] * 1000:>8.0f}"
        )


if __name__ == "__main__":
    main()
