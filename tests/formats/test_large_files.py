"""Large files: read in chunks of plain events, with the same results and the same problems as
the strict, event-by-event way; progress is reported and a load can be stopped."""

import json

import pytest

from timeline_app.formats import TimelineFileError, loads_timeline
from timeline_app.formats import timeline_json as tj
from timeline_app.formats.dates import parse_date
from timeline_app.model import Event, Precision

N = 40_000  # about 5 MB: several chunks of the fast path


def plain_event(i: int) -> dict:
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    year = 1900 + i // 336
    if i % 3:
        start = f"{year:04d}-{month:02d}-{day:02d}T{i % 24:02d}:{i % 60:02d}Z"
    else:
        start = f"{year:04d}-{month:02d}-{day:02d}"
    return {"id": f"e{i}", "title": f"Event number {i}", "start": start, "category": "c"}


def document(events: list) -> dict:
    return {
        "format": "timeline-app",
        "version": 1,
        "sources": [{"id": "s", "title": "A source"}],
        "categories": [{"id": "c", "label": "C"}, {"id": "d", "label": "D"}],
        "events": events,
    }


def text_of(events: list) -> str:
    return json.dumps(document(events), indent=2, ensure_ascii=False)


def reference_events(events: list) -> list[Event]:
    """What the strict reader makes of plain events, computed independently."""
    out = []
    for e in events:
        start = parse_date(e["start"])
        end = parse_date(e["end"]) if "end" in e else None
        out.append(Event(e["id"], e["title"], start, end, start.precision, e.get("category", "")))
    # Time order: where each begins on the timeline, then its start, then file order.
    return sorted(out, key=lambda e: (e.t0 if e.is_range else e.tm, e.t0))


def test_a_large_plain_file_reads_as_the_strict_reader_would():
    events = [plain_event(i) for i in range(N)]
    text = text_of(events)
    assert len(text) > 4 * tj._CHUNK  # the chunked path is taken
    tl = loads_timeline(text, "big.json")
    assert len(tl) == N
    ref = reference_events(events)
    for k in (0, 1, 2, 999, N // 2, N - 1):
        got = tl.events[k]
        assert (got.id, got.title, got.start, got.end, got.precision, got.category) == (
            ref[k].id,
            ref[k].title,
            ref[k].start,
            ref[k].end,
            ref[k].precision,
            ref[k].category,
        )
        assert (got.t0, got.t1, got.tm) == (ref[k].t0, ref[k].t1, ref[k].tm)
    assert list(tl.columns.ids) == [e.id for e in ref]
    assert list(tl.columns.tm) == [e.tm for e in ref]


def test_events_that_are_not_plain_are_read_fully_in_the_middle_of_plain_ones():
    events = [plain_event(i) for i in range(N)]
    events[N // 2] = {
        "id": "quoted",
        "title": 'A title with "escaped" quotes and a \\ backslash',
        "start": "2017-05-10",
        "end": "2017-05-12",
        "category": "d",
        "quotes": [{"text": "Said.", "source": "s", "locator": "¶1"}],
    }
    events[N // 3] = {"id": "year", "title": "A year", "start": "1950", "precision": "year"}
    events[N // 4] = {"id": "zone", "title": "Zoned", "start": "1960-07-01T12:00+02:00"}
    tl = loads_timeline(text_of(events), "big.json")
    quoted = tl.get("quoted")
    assert quoted.title == 'A title with "escaped" quotes and a \\ backslash'
    assert quoted.end == parse_date("2017-05-12") and quoted.quotes[0].text == "Said."
    assert tl.get("year").precision is Precision.YEAR
    zoned = tl.get("zone")
    assert (
        zoned.start.offset_minutes == 120
        and zoned.t0 == parse_date("1960-07-01T12:00+02:00").start_seconds
    )
    assert len(tl) == N


def problems_of(text: str) -> list[str]:
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(text, "big.json")
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        ({"id": "x", "title": "T", "start": "2001-01-01", "colour": "red"}, ".colour", "unknown"),
        ({"id": "x", "title": "", "start": "2001-01-01"}, ".title", "must not be empty"),
        ({"id": "x y", "title": "T", "start": "2001-01-01"}, ".id", "not a valid id"),
        ({"id": "x", "title": "T", "start": "2001-02-30"}, ".start", "has 28 days"),
        ({"id": "x", "title": "T", "start": "2001-01-01T10:00"}, ".start", "UTC offset"),
        ({"id": "x", "title": "T", "start": "2001-01-01", "category": "nope"}, ".category", ""),
        ({"id": "e7", "title": "T", "start": "2001-01-01"}, ".id", "used twice"),
        ({"id": "x", "title": "T\u0007", "start": "2001-01-01"}, ".title", "U+0007"),
    ],
)
def test_a_problem_in_the_middle_of_a_large_file_is_found_and_placed(change, path, words):
    events = [plain_event(i) for i in range(N)]
    at = N // 2 + 17
    events[at] = change
    text = text_of(events)
    found = problems_of(text)
    assert len(found) == 1, found
    line = text[: text.index(f'"{change["id"]}"', text.index('"events"') + len(str(at)))]
    assert f"events[{at}]{path}" in found[0] and words in found[0]
    assert found[0].startswith("big.json:")
    assert line  # the problem names a line inside the events list
    line_no = int(found[0].split(":")[1])
    assert line_no > text.count("\n", 0, text.index('"events"'))


def test_a_key_written_twice_in_a_plain_event_is_refused():
    events = [plain_event(i) for i in range(N)]
    text = text_of(events)
    marker = '"id": "e20001",'
    assert marker in text
    text = text.replace(marker, marker + ' "id": "e20001b",', 1)
    found = problems_of(text)
    assert (len(found) == 1 and "twice" in found[0].lower()) or "duplicate" in found[0].lower()
    line = text[: text.index(marker)].count("\n") + 1
    assert f":{line}:" in found[0]


def test_progress_rises_to_the_end_and_a_load_can_be_stopped():
    text = text_of([plain_event(i) for i in range(N)])
    seen: list[tuple[int, int]] = []
    loads_timeline(text, "big.json", lambda done, total: seen.append((done, total)))
    assert len(seen) >= 3
    assert all(total == len(text) for _, total in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] > 0.8 * len(text)

    calls = 0

    def stop(done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        raise tj.LoadCancelled

    with pytest.raises(tj.LoadCancelled):
        loads_timeline(text, "big.json", stop)
    assert calls == 1


def test_many_events_with_quotes_read_correctly_where_chunks_cannot_be_plain():
    # Every tenth event has two quotes: "}," inside its quotes list is a place where a chunk
    # could be cut wrongly; such chunks do not parse alone and are read item by item.
    events = [plain_event(i) for i in range(N // 2)]
    for i in range(0, len(events), 10):
        events[i]["quotes"] = [
            {"text": f"First {{quote}}, of {i}", "source": "s", "locator": "¶1"},
            {"text": f"Second, of {i}", "source": "s", "locator": "¶2", "speaker": "X"},
        ]
    tl = loads_timeline(text_of(events), "big.json")
    assert len(tl) == N // 2
    for i in (0, 10, 9_990, N // 2 - 10):
        e = tl.get(f"e{i}")
        assert [q.text for q in e.quotes] == [f"First {{quote}}, of {i}", f"Second, of {i}"]
        assert e.quotes[1].speaker == "X" and e.quotes[0].source.title == "A source"
    assert tl.get("e11").quotes == ()


def test_events_may_come_before_the_sources_and_categories_they_name():
    doc = {
        "format": "timeline-app",
        "version": 1,
        "events": [
            {
                "id": "a",
                "title": "A",
                "start": "2017-05-10",
                "category": "c",
                "quotes": [{"text": "Q", "source": "s", "locator": "p. 1"}],
            },
            {"id": "b", "title": "B", "start": "2017-05-11", "category": "nope"},
        ],
        "sources": [{"id": "s", "title": "Later source"}],
        "categories": [{"id": "c", "label": "C"}],
    }
    text = json.dumps(doc, indent=2)
    found = problems_of(text)
    assert len(found) == 1 and "events[1].category" in found[0] and "nope" in found[0]
    line = text[: text.index('"nope"')].count("\n") + 1
    assert found[0].startswith(f"big.json:{line}:")
    del doc["events"][1]
    tl = loads_timeline(json.dumps(doc), "ok.json")
    assert tl.get("a").quotes[0].source.title == "Later source"
    assert tl.get("a").category == "c" and [c.id for c in tl.categories] == ["c"]


def test_an_event_that_does_not_load_still_has_its_references_checked():
    doc = {
        "format": "timeline-app",
        "version": 1,
        "sources": [{"id": "s", "title": "S"}],
        "categories": [{"id": "c", "label": "C"}],
        "events": [
            {"id": "a", "title": " ", "start": "1969-02-30", "category": "unk",
             "quotes": [{"text": "Q", "source": "nope", "locator": "p. 1"}]},
        ],
    }  # fmt: skip
    found = problems_of(json.dumps(doc, indent=2))
    paths = [p.split(": ")[1] for p in found]
    assert paths == [
        "events[0].title",
        "events[0].start",
        "events[0].category",
        "events[0].quotes[0].source",
    ]


def test_problems_found_at_the_end_are_not_crowded_out_by_later_ones():
    # 150 events with a bad date after one early event with an unknown category: the early
    # problem is reported, in file order, within the limit.
    events = [{"id": "first", "title": "T", "start": "2001-01-01", "category": "unknown"}]
    events += [{"id": f"b{i}", "title": "T", "start": "2001-02-30"} for i in range(150)]
    found = problems_of(text_of(events))
    assert len(found) == tj.MAX_PROBLEMS
    assert "events[0].category" in found[0]
    assert "events[1].start" in found[1]


def test_what_reading_made_is_collected_before_the_first_frame() -> None:
    # The collector waits while a file is read; the first collection after it would look at
    # everything reading made (65 ms at a million events) in the middle of the first frame.
    import gc

    timeline = loads_timeline(text_of([plain_event(i) for i in range(N)]), "big.json")
    young, _, _ = gc.get_count()
    assert young < 50
    assert not any(map(gc.is_tracked, timeline.columns.ids.blocks))
