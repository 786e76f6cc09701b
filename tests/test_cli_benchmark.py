"""The files benchmarks/cli_bench.py measures the command line on: the SPEC workload as the
app saves it, the same one event a line, events with quotes, and events with bad dates."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))

import cli_bench  # noqa: E402
import workload  # noqa: E402

from timeline_app.formats import TimelineFileError, loads_timeline  # noqa: E402
from timeline_app.formats.timeline_json import MAX_PROBLEMS, dumps_timeline  # noqa: E402


def written(kind: str, n: int) -> str:
    out = io.StringIO()
    cli_bench.WRITERS[kind](out, n)
    return out.getvalue()


def test_the_spec_file_is_what_the_app_saves() -> None:
    assert written("spec", 500) == dumps_timeline(workload.make_timeline(500))


def test_the_one_line_file_holds_the_same_events() -> None:
    text = written("compact", 500)
    assert text.count("\n") < 520  # one event a line
    got = loads_timeline(text, "compact.json")
    saved = workload.make_timeline(500)
    assert [(e.id, e.title, e.start) for e in got.events] == [
        (e.id, e.title, e.start) for e in saved.events
    ]


def test_the_file_with_quotes_loads_with_its_quotes() -> None:
    timeline = loads_timeline(written("rich", 400), "rich.json")
    assert len(timeline) == 400
    events = list(timeline.events)
    assert all(e.quotes and e.summary and e.participants and e.location for e in events)
    assert any('"' in e.summary for e in events)  # escaped quotation marks
    assert {q.source.id for e in events for q in e.quotes} == {"chronicle", "letters"}


def test_every_date_of_the_bad_dates_file_is_refused() -> None:
    n = 300
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(written("bad-dates", n), "bad.json")
    err = info.value
    assert len(err.problems) == MAX_PROBLEMS and err.more == n - MAX_PROBLEMS
    assert all(p.path.endswith(".start") for p in err.problems)
