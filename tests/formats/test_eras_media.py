"""Eras, media and display dates in the app's own format: read, checked and written back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_app.formats import TimelineFileError, loads_timeline
from timeline_app.formats.timeline_json import dumps_timeline
from timeline_app.model.timeline import Media, media_kind
from timeline_app.model.timepoint import Precision

DOC = {
    "format": "timeline-app",
    "version": 1,
    "title": "Germany 1918–1945",
    "eras": [
        {"title": "Nazi Germany", "start": "1933-01-30", "end": "1945-05-08"},
        {"title": "Weimar Republic", "start": "1918-11", "end": "1933-01", "color": "#D55E00"},
    ],
    "events": [
        {
            "id": "battle",
            "title": "Battle of Britain",
            "start": "1940-07-10",
            "end": "1940-10-31",
            "display_date": "Summer 1940",
            "media": [
                {
                    "url": "images/spitfire.jpg",
                    "caption": "A Spitfire",
                    "credit": "IWM",
                    "alt": "A fighter plane over fields",
                },
                {"url": "https://example.org/film", "kind": "video"},
            ],
        },
        {"id": "plain", "title": "Plain", "start": "1923-11-09"},
    ],
}


def _load(doc: object) -> object:
    return loads_timeline(json.dumps(doc), "t.timeline.json")


def test_eras_media_and_display_date_are_read() -> None:
    tl = loads_timeline(json.dumps(DOC), "t.timeline.json")
    assert [e.title for e in tl.eras] == ["Weimar Republic", "Nazi Germany"]  # time order
    weimar = tl.eras[0]
    assert weimar.precision is Precision.MONTH and weimar.color == "#D55E00"
    assert weimar.date_text() == "November 1918 – January 1933"
    battle = tl.get("battle")
    assert battle is not None
    assert battle.date_text() == "Summer 1940"  # the file's words, not the calendar's
    assert battle.calendar_date_text() == "10 July – 31 October 1940"
    assert battle.media[0] == Media(
        "images/spitfire.jpg", "A Spitfire", "IWM", "A fighter plane over fields"
    )
    assert battle.media[0].resolved_kind == "image" and not battle.media[0].is_web
    assert battle.media[1].resolved_kind == "video" and battle.media[1].is_web


def test_save_and_load_again_gives_the_same_timeline() -> None:
    tl = loads_timeline(json.dumps(DOC), "t.timeline.json")
    again = loads_timeline(dumps_timeline(tl), "again.timeline.json")
    assert again.eras == tl.eras
    assert list(again.events) == list(tl.events)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"eras": [{"title": "X", "start": "1930"}]}, "the era has no 'end' date"),
        ({"eras": [{"title": "X", "start": "1930", "end": "1920"}]}, "is before the start"),
        ({"eras": [{"title": "", "start": "1930", "end": "1940"}]}, "must not be empty"),
        (
            {"eras": [{"title": "X", "start": "1930", "end": "1940", "color": "red"}]},
            "is not a colour",
        ),
        (
            {
                "events": [
                    {
                        "id": "a",
                        "title": "A",
                        "start": "1930",
                        "media": [{"url": "a.png", "kind": "hologram"}],
                    }
                ]
            },
            "must be one of",
        ),
    ],
)
def test_broken_eras_and_media_are_named(change: dict[str, object], message: str) -> None:
    with pytest.raises(TimelineFileError) as err:
        _load({**DOC, **change})
    assert message in str(err.value)


def test_windows_paths_are_relative_paths_not_schemes(tmp_path: Path) -> None:
    doc = {
        **DOC,
        "events": [
            {"id": "a", "title": "A", "start": "1930", "media": [{"url": "C:\\\\pics\\\\a.png"}]}
        ],
    }
    tl = loads_timeline(json.dumps(doc), "t.timeline.json")
    assert tl.events[0].media[0].resolved_kind == "image"


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://upload.wikimedia.org/x/Ada_Lovelace.jpg", "image"),
        ("https://www.youtube.com/watch?v=abc", "video"),
        ("https://youtu.be/abc", "video"),
        ("media/sound.mp3", "audio"),
        ("<blockquote>Not what I said</blockquote>", "embed"),
        ("https://en.wikipedia.org/wiki/Ada_Lovelace", "link"),
        ("data:image/png;base64,iVBORw0KGgo=", "image"),
        ("files/report.pdf?page=2", "document"),
    ],
)
def test_media_kind_from_the_address(url: str, kind: str) -> None:
    assert media_kind(url) == kind


def test_an_embed_of_html_is_kept_as_text_through_save_and_load() -> None:
    embed = '<iframe src="https://www.youtube.com/embed/abc"></iframe>'
    doc = {
        **DOC,
        "events": [
            {
                "id": "a",
                "title": "A",
                "start": "1930",
                "media": [{"url": embed, "caption": "A film"}],
            }
        ],
    }
    tl = loads_timeline(json.dumps(doc), "t.timeline.json")
    assert tl.events[0].media[0].resolved_kind == "embed"
    again = loads_timeline(dumps_timeline(tl), "again.timeline.json")
    assert again.events[0].media == tl.events[0].media


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "00:", "file:///etc/passwd"]
)
def test_any_address_is_kept_but_only_web_addresses_are_links(url: str) -> None:
    doc = {**DOC, "events": [{"id": "a", "title": "A", "start": "1930", "media": [{"url": url}]}]}
    tl = loads_timeline(json.dumps(doc), "t.timeline.json")
    media = tl.events[0].media[0]
    assert media.url == url and not media.is_web
    again = loads_timeline(dumps_timeline(tl), "again.timeline.json")
    assert again.events[0].media == tl.events[0].media
