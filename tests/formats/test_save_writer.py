"""The writer: the same bytes as json.dumps(indent=2) over the file's dictionary, written
from the columns, plain events by the template, atomically and in chunks."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.formats.save_oracle import oracle_dumps
from timeline_app.formats import timeline_writer
from timeline_app.formats.timeline_json import load_timeline, loads_timeline
from timeline_app.formats.timeline_writer import (
    EventWriter,
    dumps_timeline,
    iter_timeline_text,
    save_timeline,
    timeline_to_dict,
)
from timeline_app.model.timeline import (
    Category,
    Era,
    Event,
    Media,
    Quote,
    Source,
    Timeline,
)
from timeline_app.model.timepoint import Precision, TimePoint

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import workload  # noqa: E402

DAY, MONTH, YEAR, MINUTE = Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.MINUTE
READABLE = 'say "hi"\\ back\nslash / tab\t é ✓ 😀 end'
ODD = READABLE + " bell\x07 \u2028 \u0000 \x7f"  # what the writer escapes, not the loader


def rich_timeline(loadable: bool = False) -> Timeline:
    """Every field the format has, with text that needs escaping and dates of every kind;
    ``loadable``: without what the loader refuses (control characters, an empty title)."""
    ODD = READABLE if loadable else globals()["ODD"]
    chron = Source(
        "chron", "The Chronicle", "Press", 1887, "A. Writer", "https://x.org", "n", "c.txt"
    )
    letters = Source("letters", ODD)  # cited by a quote only, not listed in sources
    unused = Source("unused", "Never cited")
    q1 = Quote(ODD, chron, "p. 4", "the envoy")
    q2 = Quote("short", letters, "p. 1" if loadable else "")
    media = (
        Media("https://x.org/a.png", "cap", "credit", "alt", "thumb.png", "image"),
        Media("clip.mp4"),
    )
    events = [
        Event("p1", "Plain day", TimePoint(1917, 11, 7), category="rev"),
        # an empty title (which the loader refuses) where the text is odd, no category
        Event("p2", "Ides" if loadable else "", TimePoint(-43, 3, 15), category=""),
        Event("p3", "Year", TimePoint(12345, precision=YEAR), precision=YEAR, category="rev"),
        Event("p4", "Month", TimePoint(-12000, 6, precision=MONTH), precision=MONTH),
        Event("p5", ODD, TimePoint(1969, 7, 20, 20, 17, 0, 0, MINUTE), precision=MINUTE),
        Event("p6", "Zone", TimePoint(2001, 9, 11, 8, 46, 30, -240, MINUTE), precision=MINUTE),
        Event("p7", "Zone+", TimePoint(1989, 11, 9, 18, 53, 0, 60, MINUTE), precision=MINUTE),
        Event(
            "r1",
            "Range",
            TimePoint(1914, 7, 28),
            TimePoint(1918, 11, 11),
            category="war",
            location="Europe",
            participants=("Émile", ODD),
            summary=ODD,
            date_source="article",
            date_note="note",
            notes="more\nnotes",
            quotes=(q1, q2),
            display_date="Summer 1914",
            media=media,
        ),
        Event("r2", "Coarse", TimePoint(1939, 9, 1), TimePoint(1945, 5, 8), precision=YEAR),
        Event(
            "x1",
            "Just quotes",
            TimePoint(1500),
            quotes=(q2,),
            category="war" if loadable else "mystery",
        ),
        Event("x2", "Just media", TimePoint(1600, 2, 29), media=(Media("<iframe>"),)),
        Event("x3", "Kept day", TimePoint(1700, 5, 5, 10, 0, 0, 0, MINUTE), precision=DAY),
    ]
    eras = [
        Era("Interwar", TimePoint(1918, 11, 11), TimePoint(1939, 9, 1), DAY, "#aabbcc", "e1"),
        Era(ODD, TimePoint(1900, precision=YEAR), TimePoint(1999, 12, precision=MONTH), YEAR),
    ]
    cats = [Category("rev", "Revolutions", "#ff0000"), Category("war", ODD), Category("empty", "E")]
    return Timeline(
        events, title=ODD, description="desc", categories=cats, sources=[chron, unused], eras=eras
    )


def bundled() -> Timeline:
    return load_timeline(ROOT / "resources" / "timeline-2017.json")


@pytest.mark.parametrize(
    "make",
    [
        rich_timeline,
        bundled,
        lambda: workload.make_timeline(3_000),
        lambda: Timeline([]),
        lambda: Timeline([], title="Only eras", eras=rich_timeline().eras),
        lambda: Timeline([Event("a", "b", TimePoint(2000))]),  # falls in "uncategorised"
    ],
    ids=["rich", "bundled", "dataset", "empty", "eras-only", "uncategorised"],
)
def test_the_text_is_byte_identical_to_json_dumps(make):
    timeline = make()
    assert dumps_timeline(timeline) == oracle_dumps(timeline)


def test_the_events_come_out_the_same_in_any_chunk_size():
    timeline = rich_timeline()
    whole = oracle_dumps(timeline)
    for rows in (1, 2, 5, 100):
        parts = list(iter_timeline_text(timeline, chunk_rows=rows))
        assert "".join(parts) == whole
        assert len(parts) == 1 + -(-len(timeline) // rows)


def test_the_dictionary_is_the_one_the_file_holds():
    timeline = rich_timeline()
    assert timeline_to_dict(timeline) == json.loads(oracle_dumps(timeline))


def test_a_saved_rich_timeline_loads_back_equal(tmp_path):
    timeline = rich_timeline(loadable=True)
    (tmp_path / "c.txt").write_text("text", encoding="utf-8")
    path = tmp_path / "rich.timeline.json"
    save_timeline(timeline, path)
    again = load_timeline(path)
    assert list(again.events) == list(timeline.events)
    assert again.eras == timeline.eras
    assert again.title == timeline.title
    assert again.categories == timeline.categories
    path2 = tmp_path / "again.timeline.json"
    save_timeline(again, path2)
    assert path2.read_bytes() == path.read_bytes()


def test_plain_events_are_written_without_making_events(monkeypatch):
    """A plain event (id, title, start, category) is one filled template: no Event object
    is made for it, and only the events with more go through the general path."""
    timeline = workload.make_timeline(20_000)
    made: list[int] = []
    real = Timeline.event

    def counting(self: Timeline, i: int) -> Event:
        made.append(i)
        return real(self, i)

    monkeypatch.setattr(Timeline, "event", counting)
    writer = EventWriter(timeline)
    text = writer.text(0, len(timeline))
    assert made == [] and writer.special_rows == 0
    assert text.count('"start"') == 20_000

    rich = rich_timeline()
    writer = EventWriter(rich)
    writer.text(0, len(rich))
    # r1, r2 (ranges), x1, x2 (extras), x3 (a precision of its own)
    assert writer.special_rows == 5
    assert made == []


def test_dates_are_formatted_once_per_day_and_minute():
    timeline = workload.make_timeline(20_000)
    calls = 0
    real = timeline_writer._day_texts

    def counting(days: int) -> tuple[str, str, str]:
        nonlocal calls
        calls += 1
        return real(days)

    writer = EventWriter(timeline)
    timeline_writer._day_texts = counting
    try:
        writer.text(0, len(timeline))
    finally:
        timeline_writer._day_texts = real
    days = {int(t0) // 86_400 for t0 in timeline.columns.t0}
    assert calls == len(days)


def test_save_is_written_in_chunks(tmp_path, monkeypatch):
    """The file is written a chunk of events at a time, never as one string of it all."""
    timeline = workload.make_timeline(5_000)
    sizes: list[int] = []
    real_fdopen = os.fdopen

    class Recorder:
        def __init__(self, fh):
            self.fh = fh

        def write(self, data: bytes) -> int:
            sizes.append(len(data))
            return self.fh.write(data)

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self.fh.__exit__(*exc)

    monkeypatch.setattr(timeline_writer, "CHUNK_ROWS", 1_000)
    monkeypatch.setattr(os, "fdopen", lambda fd, mode: Recorder(real_fdopen(fd, mode)))
    path = tmp_path / "t.timeline.json"
    save_timeline(timeline, path)
    assert len(sizes) == 6  # the head, then 5 chunks of 1,000 events
    assert path.read_text(encoding="utf-8") == oracle_dumps(timeline)
    assert len(loads_timeline(path.read_text(encoding="utf-8"))) == 5_000


def test_an_error_while_making_the_text_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "t.timeline.json"
    path.write_bytes(b"old\n")
    timeline = workload.make_timeline(3_000)

    def fail(self, lo, hi):
        if lo:
            raise MemoryError
        return ""

    monkeypatch.setattr(timeline_writer, "CHUNK_ROWS", 1_000)
    monkeypatch.setattr(EventWriter, "text", fail)
    with pytest.raises(MemoryError):
        save_timeline(timeline, path)
    assert path.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["t.timeline.json"]


@pytest.mark.parametrize(
    ("precision", "offset"),
    [(YEAR, 0), (MONTH, 0), (DAY, 0), (MINUTE, 0), (MINUTE, -330), (MINUTE, 60)],
)
def test_starts_of_one_kind_are_written_as_iso_writes_them(precision, offset):
    """Starts of one kind take the bulk path: every one as TimePoint.iso writes it, across
    years before 0 and after 9999, leap days, and times with seconds."""
    events = []
    for i in range(600):
        year = -15_000 + i * 53 if i % 3 else 1600 + i
        month, day = 1 + i % 12, 1 + (i * 7) % 28
        if i % 50 == 0:
            month, day = 2, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28
        hour, minute, second = i % 24, (i * 11) % 60, (0 if i % 4 else i % 60)
        start = TimePoint(year, month, day, hour, minute, second, offset, precision)
        start = start.with_precision(precision) if precision < MINUTE else start
        events.append(Event(f"e{i}", f"Event {i}", start, precision=precision, category="c"))
    timeline = Timeline(events, categories=[Category("c", "C")])
    text = dumps_timeline(timeline)
    assert text == oracle_dumps(timeline)
    assert {e["start"] for e in json.loads(text)["events"]} == {e.start.iso() for e in events}


def test_ids_and_titles_are_quoted_a_block_at_a_time(monkeypatch):
    """The strings of a column are checked and quoted by one call per block of rows, not
    one call per string (a million calls, each waiting on memory, were most of a save)."""
    timeline = workload.make_timeline(20_000)
    calls = 0
    real = timeline_writer._quote

    def counting(text: str) -> str:
        nonlocal calls
        calls += 1
        return real(text)

    monkeypatch.setattr(timeline_writer, "_quote", counting)
    text = EventWriter(timeline).text(0, len(timeline))
    assert calls == 2 * -(-20_000 // 4_096) + 1  # 5 blocks of ids, 5 of titles, a category
    assert text.count('"title": "') == 20_000


def test_blocks_with_and_without_escapes_in_any_chunks_are_written_as_json_dumps():
    """Titles and ids that need escaping (quotes, backslashes, newlines, control
    characters) here and there among plain ones, read in chunks that cut the blocks."""
    odd = ['say "hi"', "back\\slash", "two\nlines", "bell\x07", "tab\t", "é ✓ 😀", ""]
    events = []
    for i, _ms, title in workload.generate(10_000):
        if i % 997 == 0:
            title = odd[(i // 997) % len(odd)] or title
        event_id = f'id"{i}' if i % 2_503 == 0 else f"e{i}"
        start = TimePoint(1900 + i % 120, 1 + i % 12, 1 + i % 28, i % 24, i % 60, 0, 0, MINUTE)
        events.append(Event(event_id, title, start, precision=MINUTE, category="c"))
    timeline = Timeline(events, categories=[Category("c", "C")])
    whole = oracle_dumps(timeline)
    for rows in (3_001, 4_096, 65_536):
        assert "".join(iter_timeline_text(timeline, chunk_rows=rows)) == whole
