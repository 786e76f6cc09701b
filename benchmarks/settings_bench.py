#!/usr/bin/env python3
"""What the worst settings files and hand-over requests cost at start-up and while running.

    python benchmarks/settings_bench.py [--runs 5]

Loads settings files of each kind (an ordinary one, one with every field at its limit, one
over the size limit, one nested a million deep, a FIFO with no writer) with ``load_settings``,
and cuts a request of the largest size the single-instance socket accepts into frames from
4 KiB pieces, then checks it with ``parse``. Prints the median milliseconds over the runs:
whatever the file or the request, the work is bounded by the size limits, never by what a
file or a peer holds beyond them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline_app.settings import (
    MAX_GEOMETRY_CHARS,
    MAX_HIDDEN,
    MAX_PATH_CHARS,
    MAX_RECENT,
    MAX_SETTINGS_BYTES,
    MAX_TEXT_CHARS,
    Settings,
    load_settings,
    save_settings,
)
from timeline_app.ui.single_instance import (
    HEADER,
    MAX_MESSAGE_BYTES,
    FrameReader,
    parse,
)


def ordinary(path: Path) -> None:
    s = Settings(geometry="AdnQywADAAAAAAAAAAAAAAAABP8AAAMf" * 3, main_splitter=[900, 380])
    s.recent_files = [f"/home/teacher/lessons/lesson-{i}.timeline.json" for i in range(10)]
    s.export = {"width": 1920, "height": 1080, "dpi": 96.0, "format": "png"}
    save_settings(s, path)


def at_every_limit(path: Path) -> None:
    long_path = "/" + "\ue000" * (MAX_PATH_CHARS - 1)
    save_settings(
        Settings(
            geometry="A" * MAX_GEOMETRY_CHARS,
            window_state="A" * MAX_GEOMETRY_CHARS,
            last_file=long_path,
            view_file=long_path,
            recent_files=[long_path] * MAX_RECENT,
            hidden_categories=["\ue000" * MAX_TEXT_CHARS] * MAX_HIDDEN,
        ),
        path,
    )


def over_the_limit(path: Path) -> None:
    path.write_bytes(b'{"theme": "' + b"x" * (4 * MAX_SETTINGS_BYTES) + b'"}')


def deep(path: Path) -> None:
    path.write_bytes(b"[" * 1_000_000 + b"]" * 1_000_000)


def fifo(path: Path) -> None:
    os.mkfifo(path)


def time_load(make: Callable[[Path], None], runs: int) -> tuple[float, int]:
    times = []
    size = 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "settings.json"
            make(path)
            size = path.stat().st_size if path.is_file() else 0
            t = time.perf_counter()
            load_settings(path)
            times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), size


def time_request(runs: int) -> tuple[float, int]:
    name = "/tmp/" + "n" * (MAX_MESSAGE_BYTES - 40)
    payload = json.dumps({"open": [name]}).encode()
    assert len(payload) <= MAX_MESSAGE_BYTES
    data = HEADER.pack(len(payload)) + payload
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        reader = FrameReader()
        frames = []
        for at in range(0, len(data), 4096):
            frames += reader.feed(data[at : at + 4096])
        [request] = [parse(f) for f in frames]
        assert request.problems
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), len(data)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    runs = ap.parse_args().runs
    rows = [
        ("settings: ordinary", *time_load(ordinary, runs)),
        ("settings: every field at its limit", *time_load(at_every_limit, runs)),
        ("settings: 64 MiB, over the limit", *time_load(over_the_limit, runs)),
        ("settings: nested a million deep", *time_load(deep, runs)),
        ("settings: a FIFO, no writer", *time_load(fifo, runs)),
        ("hand-over: largest request, 4 KiB pieces", *time_request(runs)),
    ]
    print(f"{'case':<44} {'bytes':>12} {'median ms':>10}")
    for name, ms, size in rows:
        print(f"{name:<44} {size:>12,} {ms:>10.1f}")


if __name__ == "__main__":
    main()
