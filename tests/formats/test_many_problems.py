"""A file with more problems than are listed: the first MAX_PROBLEMS are listed as before, the
rest are counted, and each event with a refused date is read once, the full way, instead of
being tried again and again by the fast path."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from timeline_app.formats import TimelineFileError, loads_timeline
from timeline_app.formats import timeline_json as tj

BAD = ["2017-02-30", "2017-13-01", "10 May", "17-05-10", "2017-05-10T25:00", "1900-02-29"]


def bad_dates(n: int) -> str:
    events = [
        {"id": str(i), "title": f"Event {i}", "start": BAD[i % len(BAD)], "category": "c"}
        for i in range(n)
    ]
    doc = {
        "format": "timeline-app",
        "version": 1,
        "categories": [{"id": "c", "label": "C"}],
        "events": events,
    }
    return json.dumps(doc, indent=2)


def error_of(text: str) -> TimelineFileError:
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(text, "bad.json")
    return info.value


def test_problems_beyond_the_list_are_counted() -> None:
    err = error_of(bad_dates(5_000))
    assert len(err.problems) == tj.MAX_PROBLEMS
    assert err.more == 5_000 - tj.MAX_PROBLEMS
    assert [p.path for p in err.problems[:3]] == [
        "events[0].start",
        "events[1].start",
        "events[2].start",
    ]
    assert "February 2017 has 28 days" in err.problems[0].message


def test_every_problem_of_an_event_is_counted() -> None:
    # Three problems an event: an unknown field, an id that is not one, a date with no year.
    events = [
        {"id": f"e {i}", "title": "T", "start": "10 May", "colour": "red"} for i in range(300)
    ]
    text = json.dumps({"format": "timeline-app", "version": 1, "events": events})
    err = error_of(text)
    assert len(err.problems) == tj.MAX_PROBLEMS
    assert err.more == 3 * 300 - tj.MAX_PROBLEMS


def test_a_file_with_few_problems_has_none_more() -> None:
    err = error_of(bad_dates(7))
    assert len(err.problems) == 7 and err.more == 0


def test_a_date_written_the_same_way_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    parse = tj.parse_date

    def counted(text: Any) -> Any:
        read.append(text)
        return parse(text)

    monkeypatch.setattr(tj, "parse_date", counted)
    error_of(bad_dates(6_000))
    assert all(read.count(b) == 1 for b in BAD), {b: read.count(b) for b in BAD}


def test_events_with_refused_dates_are_not_tried_again_by_the_fast_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Before, each such event was parsed again at every halving of its run of 256 items.
    tries = 0
    plain_chunk = tj._Builder._plain_chunk

    def counted(self: tj._Builder, chunk: str, n: int) -> int:
        nonlocal tries
        tries += 1
        return plain_chunk(self, chunk, n)

    monkeypatch.setattr(tj._Builder, "_plain_chunk", counted)
    n = 20_000
    text = bad_dates(n)
    err = error_of(text)
    assert err.more == n - tj.MAX_PROBLEMS
    assert tries < 30  # a few for each chunk of the list; before, about 30,000


def test_validate_says_how_many_more_problems_there_are(tmp_path: Path) -> None:
    file = tmp_path / "bad.json"
    file.write_text(bad_dates(150), encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "timeline_app", "validate", str(file)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert len(lines) == tj.MAX_PROBLEMS + 1
    assert (
        lines[0]
        == f"{file}:14:16: events[0].start: '2017-02-30': February 2017 has 28 days, not 30"
    )
    assert lines[-1] == f"{file}: … and 50 more problems"
