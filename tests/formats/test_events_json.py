"""`events --json` output: the same bytes as one json.dump of every event as a dict, written a
batch at a time, with plain events taken from the columns (no Event objects, no dicts)."""

from __future__ import annotations

import json
import random
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from timeline_app.formats import load_timeline, loads_timeline
from timeline_app.formats.events_json import write_events_json
from timeline_app.model.timeline import Timeline


def old_event_json(event: Any) -> dict[str, Any]:
    """What `events --json` printed for an event before it was streamed (kept as it was)."""
    return {
        "id": event.id,
        "title": event.title,
        "start": event.start.iso(),
        "end": event.end.iso() if event.end is not None else None,
        "precision": event.precision.label,
        "date": event.date_text(),
        "category": event.category,
        "location": event.location,
        "participants": list(event.participants),
        "summary": event.summary,
        "date_source": event.date_source,
        "date_note": event.date_note,
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker or None,
                "source": {
                    "title": q.source.title,
                    "publisher": q.source.publisher,
                    "year": q.source.year,
                },
                "locator": q.locator,
            }
            for q in event.quotes
        ],
    }


def old_output(timeline: Timeline) -> str:
    return (
        json.dumps([old_event_json(e) for e in timeline.events], ensure_ascii=False, indent=2)
        + "\n"
    )


def new_output(timeline: Timeline, batch: int = 2048) -> str:
    out: list[str] = []
    write_events_json(timeline, out.append, batch)
    return "".join(out)


STARTS = [
    "2017-05-10",
    "2017-07-07T15:45+02:00",
    "1969-07-20T20:17:40Z",
    "2017-05-10T09:00-05:30",
    "1776",
    "1787-05",
    "-0043-03-15",
    "480 BCE",
    "0001-01-01",
    "+12000",
    "15 March 44 BCE",
    "1900-02-28T23:59+14:00",
    "2000-02-29T00:00-14:00",
]
TITLES = [
    "Plain title",
    'A "quoted" word',
    "Back\\slash and / slash",
    "Ünïcödé — “curly” ‘quotes’ 🏛️",
    "Tab\there",
    "x" * 290,
]


def varied_document(n: int, seed: int) -> str:
    """Events of every kind the format has, mixed so that batches hold both kinds."""
    rng = random.Random(seed)
    events: list[dict[str, Any]] = []
    for i in range(n):
        e: dict[str, Any] = {
            "id": f"e{i}",
            "title": rng.choice(TITLES),
            "start": rng.choice(STARTS),
        }
        kind = rng.randrange(10)
        if kind == 0:
            e["start"], e["end"] = "2017-07-07", rng.choice(["2017-07-08", "2017-09", "2018"])
        elif kind == 1:
            e["start"], e["end"] = "2017-07-07T10:00+02:00", "2017-07-07T15:45+02:00"
        elif kind == 2:
            e["start"], e["precision"] = "2017-05-10", rng.choice(["month", "year"])
        elif kind == 3:
            e["quotes"] = [
                {"text": "We met.", "source": "s1", "locator": "¶3"},
                {"text": 'He said "yes".', "source": "s2", "locator": "p. 4", "speaker": "Ann"},
            ]
            e["participants"] = ["Ann", "Bo Ström"]
            e["summary"] = "A summary\nover two lines."
        elif kind == 4:
            e["location"], e["date_note"], e["notes"] = "Hamburg", "From the record.", "Ask why."
            e["date_source"] = "public-record"
        if rng.randrange(3):
            e["category"] = rng.choice(["a", "b"])
        events.append(e)
    return json.dumps(
        {
            "format": "timeline-app",
            "version": 1,
            "sources": [
                {"id": "s1", "title": "The Chronicle", "publisher": "Town", "year": 1887},
                {"id": "s2", "title": "Letters"},
            ],
            "categories": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}],
            "events": events,
        },
        ensure_ascii=False,
    )


def test_the_bundled_timeline_prints_as_before(bundled_path: Path) -> None:
    timeline = load_timeline(bundled_path)
    assert new_output(timeline) == old_output(timeline)


@pytest.mark.parametrize("batch", [1, 7, 2048])
def test_every_kind_of_event_prints_as_before(batch: int) -> None:
    timeline = loads_timeline(varied_document(1500, seed=5), "varied.json")
    kinds = timeline.columns
    assert kinds.ends and kinds.precisions and kinds.extras  # both ways are taken
    assert new_output(timeline, batch) == old_output(timeline)


def test_an_empty_timeline_prints_an_empty_list() -> None:
    timeline = loads_timeline('{"format": "timeline-app", "version": 1, "events": []}')
    assert new_output(timeline) == old_output(timeline) == "[]\n"


def plain_timeline(n: int) -> Timeline:
    events = [
        {
            "id": str(i),
            "title": f"Event {i}",
            "start": f"{1900 + i % 120}-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}Z",
        }
        for i in range(n)
    ]
    doc = {"format": "timeline-app", "version": 1, "events": events}
    return loads_timeline(json.dumps(doc), "plain.json")


def test_plain_events_are_written_from_the_columns_without_event_objects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    timeline = plain_timeline(5000)
    expected = old_output(timeline)

    def no_events(self: Timeline, i: int) -> None:
        raise AssertionError("a plain event was made into an Event to be printed")

    monkeypatch.setattr(Timeline, "event", no_events)
    assert new_output(timeline) == expected


def test_the_output_is_written_a_batch_at_a_time_in_bounded_memory() -> None:
    n = 20_000
    timeline = plain_timeline(n)
    writes: list[int] = []
    tracemalloc.start()
    try:
        write_events_json(timeline, lambda text: writes.append(len(text)), batch=1000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    total = sum(writes)
    assert total > 6_000_000  # about 330 characters an event
    # Many writes, none of more than a batch of events...
    assert len(writes) >= n // 1000
    assert max(writes) < 1000 * 400
    # ... and what is held at any moment is a batch or two and the dates' texts, not the
    # events as dicts or as one string (either would be the output's size or more).
    assert peak < total / 5, (peak, total)


def test_the_command_prints_the_same_bytes_as_before(tmp_path: Path) -> None:
    import subprocess
    import sys

    file = tmp_path / "varied.json"
    file.write_text(varied_document(300, seed=11), encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "timeline_app", "events", str(file), "--json"],
        capture_output=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout == old_output(load_timeline(file)).encode("utf-8")
