"""Length limits: one number per kind of text, the same in the loader and the JSON Schema;
a text at its limit loads, one character more is refused with its length and the limit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from timeline_app.formats import TimelineFileError, loads_timeline
from timeline_app.formats import timeline_json as tj
from timeline_app.model import limits

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "resources" / "timeline.schema.json").read_text("utf-8"))


def doc(top: dict[str, Any] | None = None, **event: Any) -> dict[str, Any]:
    quote = {"text": "We agreed.", "source": "s", "locator": "p. 1"}
    quote.update(event.pop("quote", {}))
    source = {"id": "s", "title": "Our Shared Past"}
    source.update(event.pop("source", {}))
    category = {"id": "c", "label": "Politics"}
    category.update(event.pop("category", {}))
    e = {"id": "e1", "title": "A meeting", "start": "2017-07-07", "category": "c"}
    e.update(event)
    e["quotes"] = [quote]
    return {
        "format": "timeline-app",
        "version": 1,
        "sources": [source],
        "categories": [category],
        "events": [e],
        **(top or {}),
    }


# (where in the document, its path in messages, the limit, how to put a text there)
FIELDS: list[tuple[str, int, Any]] = [
    ("events[0].title", limits.MAX_TITLE, lambda t: doc(title=t)),
    ("events[0].summary", limits.MAX_SUMMARY, lambda t: doc(summary=t)),
    ("events[0].notes", limits.MAX_NOTES, lambda t: doc(notes=t)),
    ("events[0].location", limits.MAX_FIELD, lambda t: doc(location=t)),
    ("events[0].date_note", limits.MAX_FIELD, lambda t: doc(date_note=t)),
    ("events[0].participants[1]", limits.MAX_FIELD, lambda t: doc(participants=["Athens", t])),
    ("events[0].quotes[0].text", limits.MAX_QUOTE, lambda t: doc(quote={"text": t})),
    ("events[0].quotes[0].speaker", limits.MAX_FIELD, lambda t: doc(quote={"speaker": t})),
    ("events[0].quotes[0].locator", limits.MAX_FIELD, lambda t: doc(quote={"locator": t})),
    ("sources[0].title", limits.MAX_FIELD, lambda t: doc(source={"title": t})),
    ("sources[0].publisher", limits.MAX_FIELD, lambda t: doc(source={"publisher": t})),
    ("sources[0].author", limits.MAX_FIELD, lambda t: doc(source={"author": t})),
    ("sources[0].note", limits.MAX_NOTES, lambda t: doc(source={"note": t})),
    ("sources[0].url", limits.MAX_URL, lambda t: doc(source={"url": "https://" + t[8:]})),
    ("categories[0].label", limits.MAX_FIELD, lambda t: doc(category={"label": t})),
    ("title", limits.MAX_TIMELINE_TITLE, lambda t: doc({"title": t})),
    ("description", limits.MAX_NOTES, lambda t: doc({"description": t})),
]


@pytest.mark.parametrize(("path", "limit", "make"), FIELDS, ids=[f[0] for f in FIELDS])
def test_a_text_at_its_limit_loads_and_one_character_more_is_refused(
    path: str, limit: int, make: Any
) -> None:
    # Words, as a person writes them, up to exactly the limit.
    at_limit = ("Marathon " * (limit // 9 + 1))[:limit]
    loads_timeline(json.dumps(make(at_limit)), "t.json")
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(json.dumps(make(at_limit + "x"), indent=1), "t.json")
    (problem,) = info.value.problems
    assert problem.path == path
    assert f"{limit + 1:,} characters long; the limit is {limit:,}" in problem.message
    assert problem.line > 1 and problem.column > 1


def test_an_over_long_event_title_says_where_the_rest_belongs() -> None:
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(json.dumps(doc(title="W" * 1_048_576)), "lesson.json")
    assert str(info.value.first).startswith("lesson.json:1:")
    assert str(info.value.first).endswith(
        "events[0].title: 'title' is 1,048,576 characters long; the limit is 1,000; "
        "put the rest in 'summary'"
    )


def _max_lengths(node: Any, path: str = "") -> dict[str, int]:
    found: dict[str, int] = {}
    if isinstance(node, dict):
        if "maxLength" in node:
            found[path] = node["maxLength"]
        for key, value in node.items():
            found.update(_max_lengths(value, f"{path}/{key}"))
    return found


def test_the_schema_gives_editors_the_loaders_limits() -> None:
    props = "/$defs/{}/properties/{}"
    assert _max_lengths(SCHEMA) == {
        "/properties/title": limits.MAX_TIMELINE_TITLE,
        "/properties/description": limits.MAX_NOTES,
        props.format("source", "title"): limits.MAX_FIELD,
        props.format("source", "publisher"): limits.MAX_FIELD,
        props.format("source", "author"): limits.MAX_FIELD,
        props.format("source", "url"): limits.MAX_URL,
        props.format("source", "note"): limits.MAX_NOTES,
        props.format("source", "text"): limits.MAX_FIELD,
        props.format("category", "label"): limits.MAX_FIELD,
        props.format("quote", "text"): limits.MAX_QUOTE,
        props.format("quote", "speaker"): limits.MAX_FIELD,
        props.format("quote", "locator"): limits.MAX_FIELD,
        props.format("event", "title"): limits.MAX_TITLE,
        props.format("event", "location"): limits.MAX_FIELD,
        props.format("event", "participants") + "/items": limits.MAX_FIELD,
        props.format("event", "summary"): limits.MAX_SUMMARY,
        props.format("event", "date_note"): limits.MAX_FIELD,
        props.format("event", "notes"): limits.MAX_NOTES,
        "/$defs/date": limits.MAX_DATE,
    }


@pytest.mark.parametrize(
    "start",
    ["2017-05-10" + "x" * 1_000_000, "10 May 2017 " + "May " * 250_000, "W" * 1_000_000],
    ids=["iso-then-junk", "spelled-out-then-words", "one-word"],
)
def test_a_date_a_megabyte_long_is_refused_unread(
    start: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[int] = []
    parse = tj.parse_date

    def counted(text: str) -> object:
        read.append(len(text))
        return parse(text)

    monkeypatch.setattr(tj, "parse_date", counted)
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(json.dumps(doc(start=start)), "t.json")
    (problem,) = info.value.problems
    assert problem.path == "events[0].start"
    assert f"{len(start):,} characters long; the limit is {limits.MAX_DATE}" in problem.message
    # The date reader (whose time grows faster than the text) never sees it.
    assert max(read, default=0) <= limits.MAX_DATE


@pytest.mark.parametrize(
    "bad",
    [
        {"precision": "W" * 1_000_000},
        {"category": {"color": "#" + "f" * 1_999}},
    ],
    ids=["precision", "colour"],
)
def test_a_message_quotes_only_the_beginning_of_a_long_value(bad: dict[str, Any]) -> None:
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(json.dumps(doc(**bad)), "t.json")
    message = info.value.first.message
    assert len(message) < 200 and "…'" in message
