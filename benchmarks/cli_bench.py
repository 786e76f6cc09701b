"""Benchmark: the headless commands (`validate`, `events --json`) on big files.

    python benchmarks/cli_bench.py                    # every case but the 250 MB events --json
    python benchmarks/cli_bench.py --all --runs 3     # every case, median of 3 runs
    python benchmarks/cli_bench.py --cases validate-1m,events-1m --keep /tmp/cli-files

The files are generated in a temporary directory (or --keep DIR, where they are reused), from
SPEC's workload (benchmarks/workload.py, seed 12345) and a second LCG for the extra fields, so
every run measures the same bytes. Each case runs the CLI as a user would, in a fresh
subprocess (``python -m timeline_app ...``, stdout to a file), and the table gives its wall time
and its peak RSS (``ru_maxrss`` of that child, from ``os.wait4``). The parent stays small, since
Linux carries a parent's peak RSS across fork + exec into the child's: files are written by a
child process. See benchmarks/README.md.
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
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import IO, NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import workload  # noqa: E402

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MASK = 0xFFFF_FFFF


def _minute_iso(ms: int) -> str:
    """A UTC instant at minute precision, as the app writes it: '1902-07-28T22:50Z'."""
    return (_EPOCH + timedelta(milliseconds=ms)).strftime("%Y-%m-%dT%H:%MZ")


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _head(out: IO[str], title: str, extra: str = "") -> None:
    out.write(
        '{\n  "format": "timeline-app",\n  "version": 1,\n'
        f'  "title": {_q(title)},\n'
        '  "description": "SPEC.md workload: 32-bit LCG, seed 12345.",\n'
        f"{extra}"
        '  "categories": [\n    {\n      "id": "synthetic",\n'
        '      "label": "Synthetic events"\n    }\n  ],\n  "events": [\n'
    )


def _sorted_dataset(n: int) -> list[tuple[int, int, str]]:
    """Dataset(n) in time order, ties in generation order: the order the app saves it in."""
    return sorted(workload.generate(n), key=lambda e: e[1])


def write_spec(out: IO[str], n: int) -> None:
    """Dataset(n) as the app saves it (``save_timeline``, indent 2), written as it goes."""
    _head(out, f"Synthetic benchmark dataset, N = {n:,}")
    sep = ""
    for i, ms, title in _sorted_dataset(n):
        out.write(
            f'{sep}    {{\n      "id": "{i}",\n      "title": "{title}",\n'
            f'      "start": "{_minute_iso(ms)}",\n      "category": "synthetic"\n    }}'
        )
        sep = ",\n"
    out.write("\n  ]\n}\n")


def write_compact(out: IO[str], n: int) -> None:
    """Dataset(n) one event a line, without a category (about 85 bytes an event: the 250 MB
    file of 2.65 M events stays under the loader's limit of 256 MiB)."""
    _head(out, f"Synthetic benchmark dataset, N = {n:,}")
    sep = ""
    for i, ms, title in _sorted_dataset(n):
        out.write(f'{sep}{{"id": "{i}", "title": "{title}", "start": "{_minute_iso(ms)}"}}')
        sep = ",\n"
    out.write("\n]\n}\n")


class _Lcg:
    """The SPEC's 32-bit LCG, for the extra fields (its own seed, so Dataset(n) is unchanged)."""

    def __init__(self, seed: int) -> None:
        self.state = seed & _MASK

    def draw(self, k: int) -> int:
        """A number in [0, k)."""
        self.state = (1664525 * self.state + 1013904223) & _MASK
        return (self.state * k) >> 32


_PLACES = ["Hamburg", "Warsaw", "Moscow", "Washington", "Beijing", "Kraków", "São Paulo"]
_PEOPLE = ["Ada Lovelace", "Émile Zola", "Sun Yat-sen", "Nelson Mandela", "Marie Curie"]
_PROSE = (
    "the council met again after the long winter and agreed that trade across the river "
    "should resume under the old terms while envoys carried letters to the capital"
)
_WORDS = _PROSE.split()
_SPEAKERS = ["", "", "the envoy", "a merchant", "the mayor"]
SOURCES = [("chronicle", "The Town Chronicle", 1887), ("letters", "Collected Letters", 1902)]


def _sentence(rng: _Lcg, words: int) -> str:
    start = rng.draw(len(_WORDS))
    text = " ".join(_WORDS[(start + k) % len(_WORDS)] for k in range(words))
    return text[:1].upper() + text[1:] + "."


def rich_event(i: int, ms: int, title: str, rng: _Lcg) -> dict[str, object]:
    """One event with what a teacher's file has: a place, people, a summary, a quote with its
    source and locator (a third of them two); some text with quotation marks and accents."""
    day = (_EPOCH + timedelta(milliseconds=ms)).strftime("%Y-%m-%d")
    summary = _sentence(rng, 8 + rng.draw(12))
    if rng.draw(4) == 0:
        summary += ' The chronicler calls it "a turning point".'
    people = [_PEOPLE[rng.draw(len(_PEOPLE))] for _ in range(1 + rng.draw(2))]
    event: dict[str, object] = {
        "id": f"e{i}",
        "title": title,
        "start": day,
        "category": "synthetic",
        "location": _PLACES[rng.draw(len(_PLACES))],
        "participants": people,
        "summary": summary,
    }
    quotes: list[dict[str, str]] = []
    for _ in range(1 + rng.draw(3) // 2):
        quote = {"text": _sentence(rng, 6 + rng.draw(8)).replace("river", "river’s edge")}
        speaker = _SPEAKERS[rng.draw(len(_SPEAKERS))]
        if speaker:
            quote["speaker"] = speaker
        quote["source"] = SOURCES[rng.draw(len(SOURCES))][0]
        quote["locator"] = f"p. {1 + rng.draw(400)}"
        quotes.append(quote)
    event["quotes"] = quotes
    return event


def write_rich(out: IO[str], n: int) -> None:
    """Dataset(n) with summaries and quotes (dates at day precision), one event a line (about
    380 bytes an event: 500,000 events in 190 MB, under the loader's limit)."""
    sources = "".join(
        f'{"," if k else ""}\n    {{\n      "id": "{sid}",\n      "title": "{title}",\n'
        f'      "year": {year}\n    }}'
        for k, (sid, title, year) in enumerate(SOURCES)
    )
    _head(out, f"Synthetic events with quotes, N = {n:,}", f'  "sources": [{sources}\n  ],\n')
    rng = _Lcg(54321)
    sep = ""
    for i, ms, title in _sorted_dataset(n):
        out.write(sep + json.dumps(rich_event(i, ms, title, rng), ensure_ascii=False))
        sep = ",\n"
    out.write("\n]\n}\n")


# Dates that do not read, each for its own reason (every message is a different one).
BAD_DATES = ["2017-02-30", "2017-13-01", "10 May", "17-05-10", "2017-05-10T25:00", "1900-02-29"]


def write_bad_dates(out: IO[str], n: int) -> None:
    """Dataset(n) in the app's layout, every start a date that does not read."""
    _head(out, f"Synthetic events with bad dates, N = {n:,}")
    sep = ""
    for i, _ms, title in workload.generate(n):
        bad = BAD_DATES[i % len(BAD_DATES)]
        out.write(
            f'{sep}    {{\n      "id": "{i}",\n      "title": "{title}",\n'
            f'      "start": "{bad}",\n      "category": "synthetic"\n    }}'
        )
        sep = ",\n"
    out.write("\n  ]\n}\n")


WRITERS: dict[str, Callable[[IO[str], int], None]] = {
    "spec": write_spec,
    "compact": write_compact,
    "rich": write_rich,
    "bad-dates": write_bad_dates,
}


class Case(NamedTuple):
    name: str
    command: str  # "validate" or "events"
    kind: str  # a key of WRITERS
    n: int
    target: str  # as the issue states it
    target_s: float | None
    big: bool = False  # only with --all (minutes before the change)


CASES = [
    Case("validate-250mb", "validate", "compact", 2_650_000, "—", None),
    Case("events-250mb", "events", "compact", 2_650_000, "—", None, big=True),
    Case("events-1m", "events", "spec", 1_000_000, "≤ 15 s, loader's memory", 15.0),
    Case("validate-500k-rich", "validate", "rich", 500_000, "≤ 20 s", 20.0),
    Case("validate-1m-bad-dates", "validate", "bad-dates", 1_000_000, "stop or count", None),
    Case("validate-1m", "validate", "spec", 1_000_000, "≤ 8 s", 8.0),
]


def file_name(kind: str, n: int) -> str:
    return f"{kind}-{n}.timeline.json"


def _write_file(kind: str, n: int, path: Path) -> None:
    """Write one file through a temporary name, in a child process (see the module doc)."""
    tmp = path.with_suffix(".part")
    subprocess.run(
        [sys.executable, __file__, "--write", kind, str(n), str(tmp)], check=True, cwd=ROOT
    )
    tmp.replace(path)


class Run(NamedTuple):
    seconds: float  # wall time
    cpu: float  # user + system time of the child
    rss_mb: float  # its peak resident set size
    status: int  # its exit status


def run_case(case: Case, path: Path, out_dir: Path, timeout: float, code: Path = ROOT) -> Run:
    """Run the command once with the app in ``code``."""
    args = [sys.executable, "-m", "timeline_app", case.command, str(path)]
    if case.command == "events":
        args.append("--json")
    env = dict(os.environ, PYTHONPATH=str(code))
    with (
        open(out_dir / f"{case.name}.out", "wb") as out,
        open(out_dir / f"{case.name}.err", "wb") as err,
    ):
        t = time.perf_counter()
        # In the checkout: ``python -m`` puts the working directory before PYTHONPATH.
        proc = subprocess.Popen(args, stdout=out, stderr=err, env=env, cwd=code)
        deadline = t + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        seconds = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, usage.ru_maxrss / 1024, proc.returncode)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cases", help="comma-separated case names (default: all but --all ones)")
    p.add_argument("--all", action="store_true", help="also events --json on the 250 MB file")
    p.add_argument("--runs", type=int, default=1, help="runs per case; the median is shown")
    p.add_argument("--keep", metavar="DIR", help="generate (or reuse) the files in DIR")
    p.add_argument("--timeout", type=float, default=900, help="seconds per run")
    p.add_argument(
        "--code",
        metavar="DIR[,DIR]",
        default=str(ROOT),
        help="the app's checkout(s) to run; with two, each case runs in both in turn (A/B)",
    )
    p.add_argument("--write", nargs=3, metavar=("KIND", "N", "FILE"), help=argparse.SUPPRESS)
    ns = p.parse_args(argv)
    if ns.write:
        kind, n, file = ns.write
        with open(file, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
            WRITERS[kind](out, int(n))
        return 0
    names = ns.cases.split(",") if ns.cases else None
    cases = [c for c in CASES if (c.name in names if names else ns.all or not c.big)]
    if names and len(cases) != len(names):
        p.error(f"unknown case; the cases are {', '.join(c.name for c in CASES)}")
    codes = [Path(c).resolve() for c in ns.code.split(",")]
    workload.verify(1_000_000)
    with tempfile.TemporaryDirectory(prefix="cli-bench-") as tmp:
        files = Path(ns.keep or tmp)
        files.mkdir(parents=True, exist_ok=True)
        for case in cases:
            path = files / file_name(case.kind, case.n)
            if not path.exists():
                t = time.perf_counter()
                _write_file(case.kind, case.n, path)
                print(
                    f"wrote {path.name}: {path.stat().st_size / 1e6:,.1f} MB "
                    f"in {time.perf_counter() - t:.1f} s",
                    file=sys.stderr,
                )
        results: dict[tuple[str, Path], list[Run]] = {}
        # Round the cases (and the checkouts within each case), so that a slow spell of the
        # machine falls on all alike.
        for run in range(ns.runs):
            for case in cases:
                for code in codes:
                    path = files / file_name(case.kind, case.n)
                    got = run_case(case, path, Path(tmp), ns.timeout, code)
                    results.setdefault((case.name, code), []).append(got)
                    print(
                        f"run {run + 1}: {case.name} ({code}): {got.seconds:.2f} s, "
                        f"CPU {got.cpu:.2f} s, {got.rss_mb:,.0f} MB, exit {got.status}",
                        file=sys.stderr,
                    )
        print(
            f"| case | code | events | file MB | exit | time s | CPU s | peak RSS MB | "
            f"target | met |  (medians of {ns.runs})"
        )
        print("|---|---|---:|---:|---:|---:|---:|---:|---|---|")
        for case in cases:
            for code in codes:
                runs = results[(case.name, code)]
                secs = statistics.median(r.seconds for r in runs)
                cpu = statistics.median(r.cpu for r in runs)
                rss = statistics.median(r.rss_mb for r in runs)
                status = "/".join(map(str, sorted({r.status for r in runs})))
                size = (files / file_name(case.kind, case.n)).stat().st_size / 1e6
                met = "" if case.target_s is None else ("yes" if secs <= case.target_s else "NO")
                print(
                    f"| {case.name} | {code.name} | {case.n:,} | {size:,.0f} | {status} | "
                    f"{secs:.2f} | {cpu:.2f} | {rss:,.0f} | {case.target} | {met} |"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
