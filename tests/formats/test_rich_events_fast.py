"""Events with a place, people, a summary, notes and quotes are read a chunk at a time like
plain ones, with the same timeline and the same problems as the full, event-by-event way."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from timeline_app.formats import TimelineFileError, loads_timeline
from timeline_app.formats import timeline_json as tj
from timeline_app.model.timeline import Timeline

N = 12_000  # about 4 MB: several chunks


def rich_event(i: int, rng: random.Random) -> dict[str, Any]:
    e: dict[str, Any] = {
        "id": f"e{i}",
        "title": rng.choice(["Council meets", 'The "long" winter', "Zürich — talks", "a\\b"]),
        "start": f"{1800 + i % 200}-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "category": rng.choice(["c", "d"]),
    }
    if i % 5:
        e["location"] = rng.choice(["Hamburg", "Kraków"])
        e["participants"] = rng.sample(["Ann", "Bo Ström", 'Cy "the Elder"'], rng.randrange(3))
        e["summary"] = rng.choice(["They met.", 'He called it "a turning point".\nThen left.'])
    if i % 7 == 0:
        e["date_source"], e["date_note"], e["notes"] = "article", "As reported.", "Ask why."
    if i % 3 == 0:
        e["quotes"] = [
            {"text": "We shall meet again.", "source": "s", "locator": "p. 4"},
            {
                "text": 'He said "no", twice.',
                "speaker": "the envoy",
                "source": "t",
                "locator": "¶2",
            },
        ][: 1 + i % 2]
    return e


def document(events: list[dict[str, Any]]) -> str:
    return json.dumps(
        {
            "format": "timeline-app",
            "version": 1,
            "sources": [
                {"id": "s", "title": "The Chronicle", "year": 1887},
                {"id": "t", "title": "Letters"},
            ],
            "categories": [{"id": "c", "label": "C"}, {"id": "d", "label": "D"}],
            "events": events,
        },
        indent=2,
        ensure_ascii=False,
    )


def rich_events(n: int = N, seed: int = 3) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [rich_event(i, rng) for i in range(n)]


def full_way(text: str, monkeypatch: pytest.MonkeyPatch) -> Timeline | list[str]:
    """What the event-by-event reader makes of ``text``: the timeline or its problems."""
    with monkeypatch.context() as m:
        m.setattr(tj._Builder, "_plain_chunk", lambda self, chunk, n: 0)
        return outcome(text)


def outcome(text: str) -> Timeline | list[str]:
    try:
        return loads_timeline(text, "rich.json")
    except TimelineFileError as err:
        return [str(p) for p in err.problems]


def test_rich_events_read_as_the_full_way_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    text = document(rich_events())
    assert len(text) > 3 * tj._CHUNK
    expected = full_way(text, monkeypatch)
    assert isinstance(expected, Timeline)
    calls = 0
    full_event = tj._Builder.event

    def counted(self: tj._Builder, item: Any, n: int) -> None:
        nonlocal calls
        calls += 1
        full_event(self, item, n)

    monkeypatch.setattr(tj._Builder, "event", counted)
    got = loads_timeline(text, "rich.json")
    assert calls == 0  # every event was read by the chunked way
    assert list(got.events) == list(expected.events)
    assert got.get("e3").quotes[0].source.title == "The Chronicle"
    assert [q.text for q in got.get("e6").quotes] == ["We shall meet again."]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"summary": None}, "must be text, not null"),
        ({"summary": 3}, "not a number"),
        ({"location": "Ham\u0007burg"}, "U+0007"),
        ({"participants": ["Ann", 7]}, "each participant"),
        ({"participants": "Ann"}, "must be a list"),
        ({"date_source": "rumour"}, "must be one of"),
        ({"notes": ["a"]}, "not a list"),
        ({"quotes": [{"text": "Hi", "source": "nope", "locator": "p. 1"}]}, "unknown source"),
        ({"quotes": [{"text": " ", "source": "s", "locator": "p. 1"}]}, "must not be empty"),
        ({"quotes": [{"text": "Hi", "source": "s", "locator": ""}]}, "must not be empty"),
        ({"quotes": [{"text": "Hi", "source": "s"}]}, "'locator' is required"),
        ({"quotes": [{"text": "Hi", "source": "s", "locator": "1", "page": 2}]}, "unknown"),
        ({"quotes": ["Hi"]}, "must be an object"),
        ({"quotes": [{"text": "Hi", "source": "s", "locator": "1", "speaker": None}]}, "null"),
        ({"summary": "Odd \ud800 text"}, "U+D800"),
    ],
)
def test_a_problem_in_a_rich_event_is_found_as_the_full_way_finds_it(
    change: dict[str, Any], words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = rich_events(4_000)  # two chunks
    at = len(events) // 2 + 1
    events[at].update(change)
    text = document(events)
    found = outcome(text)
    assert isinstance(found, list) and len(found) == 1, found
    assert f"events[{at}]" in found[0] and words in found[0], found
    assert found == full_way(text, monkeypatch)


@pytest.mark.parametrize("key", ["summary", "text"])
def test_a_key_written_twice_in_a_rich_event_with_escapes_is_refused(
    key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = rich_events(4_000)
    at = 3_003  # has a quote and a summary; the chunk around it has escaped characters
    assert "quotes" in events[at] and "summary" in events[at]
    text = document(events)
    start = text.index(f'"id": "e{at}"')
    marker = f'"{key}": '
    place = text.index(marker, start)
    text = text[:place] + f'"{key}": "once \\"more\\"",\n' + text[place:]
    found = outcome(text)
    assert isinstance(found, list) and len(found) == 1, found
    assert "duplicate key" in found[0] and f"events[{at}]" in found[0], found
    assert found == full_way(text, monkeypatch)


def test_chunks_are_cut_between_events_not_between_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    # "}, {" ends a quote as well as an event: a chunk cut after a quote does not parse, and
    # its events were read one by one.
    events = rich_events()
    for e in events:
        e["quotes"] = [
            {"text": "One.", "source": "s", "locator": "p. 1"},
            {"text": "Two.", "source": "t", "locator": "p. 2"},
        ]
    refused = 0
    plain_chunk = tj._Builder._plain_chunk

    def counted(self: tj._Builder, chunk: str, n: int) -> int:
        nonlocal refused
        got = plain_chunk(self, chunk, n)
        refused += got == 0
        return got

    monkeypatch.setattr(tj._Builder, "_plain_chunk", counted)
    timeline = loads_timeline(document(events), "rich.json")
    assert len(timeline) == len(events) and refused == 0


def test_the_fast_way_keeps_the_length_limits_and_the_blank_rule() -> None:
    """Events with extras read a chunk at a time get the full way's checks: a summary over
    its limit and a quote of invisible characters are refused with the full way's words."""
    import json as _json

    from timeline_app.formats import TimelineFileError, loads_timeline
    from timeline_app.model.limits import MAX_SUMMARY

    events = [
        {
            "id": f"e{k}",
            "title": f"Event {k}",
            "start": "2017-05-10",
            "summary": "A summary.",
            "quotes": [{"text": "Words.", "source": "s", "locator": "p. 1"}],
        }
        for k in range(6000)
    ]
    events[4000]["summary"] = "x" * (MAX_SUMMARY + 1)
    events[5000]["quotes"][0]["text"] = "\u200b\u2060"
    doc = {
        "format": "timeline-app",
        "version": 1,
        "sources": [{"id": "s", "title": "A source"}],
        "events": events,
    }
    try:
        loads_timeline(_json.dumps(doc), "big.json")
    except TimelineFileError as err:
        found = {(p.path, p.message.split(";")[0]) for p in err.problems}
    else:
        raise AssertionError("the file loaded")
    assert ("events[4000].summary", f"'summary' is {MAX_SUMMARY + 1:,} characters long") in found
    assert any(path == "events[5000].quotes[0].text" for path, _ in found)
