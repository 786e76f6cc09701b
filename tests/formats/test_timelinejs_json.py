"""TimelineJS JSON (version 3, its early 'slides' wrapper, version 2): the shared samples,
the mapping onto the model, problems in one event and in the whole file, and the round
trip through the app's own format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.formats.tljs_helpers import sample
from timeline_app.formats import TimelineFileError, registry
from timeline_app.formats import timelinejs_json as tljs
from timeline_app.formats.timeline_json import dumps_timeline, loads_timeline
from timeline_app.model import timepoint
from timeline_app.model.timeline import Timeline
from timeline_app.model.timepoint import Precision, TimePoint


def write(tmp_path: Path, doc: Any, name: str = "timeline.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def load(path: Path) -> Timeline:
    timeline = registry.open_any(path)
    assert timeline.format_name == "TimelineJS file"
    return timeline


def warnings(timeline: Timeline) -> list[str]:
    return [str(w) for w in timeline.warnings]


def same_after_round_trip(timeline: Timeline) -> None:
    again = loads_timeline(dumps_timeline(timeline), "again.json")
    assert list(again.events) == list(timeline.events)
    assert again.eras == timeline.eras
    assert list(again.categories) == list(timeline.categories)
    assert (again.title, again.description) == (timeline.title, timeline.description)


def event(year: Any, headline: str, **more: Any) -> dict[str, Any]:
    return {"start_date": {"year": year}, "text": {"headline": headline}, **more}


# --- the shared samples ---------------------------------------------------------------------


def test_women_in_computing_json_gives_the_same_timeline_as_its_sheet() -> None:
    from_json = load(sample("contrib/women_in_computing.json"))
    from_sheet = registry.open_any(sample("contrib/women_in_computing.csv"))
    assert len(from_json) == 10
    assert warnings(from_json) == []
    assert list(from_json.events) == list(from_sheet.events)
    assert (from_json.title, from_json.description) == (from_sheet.title, from_sheet.description)
    same_after_round_trip(from_json)


def test_eras_template_every_event_and_era_with_backgrounds_in_the_notes() -> None:
    timeline = load(sample("src/template/eras.json"))
    assert len(timeline) == 20
    assert warnings(timeline) == []
    assert timeline.title == "Eras Test"
    assert [(e.title, e.date_text(), e.precision) for e in timeline.eras] == [
        ("Era Test 600-650", "600–650", Precision.YEAR),
        ("Era Test 650-700", "650–700", Precision.YEAR),
        ("Era Test 700-720", "700–720", Precision.YEAR),
    ]
    war = timeline.get("last-great-roman-persian-war")
    assert war is not None and war.date_text() == "602–629"
    assert war.notes == (
        "Background image: https://upload.wikimedia.org/wikipedia/commons/a/a2/HumiliationValerianusHolbein.jpg\n"
        "Background opacity: 50"
    )
    hijra = timeline.get("muhammad-migrates-from-mecca-to-medina")
    assert hijra is not None and hijra.date_text() == "9–23 August 622"
    assert timeline.events[-1].title == "North South States Period begins in Korea"
    same_after_round_trip(timeline)


def test_timelinejs_2_example_dates_written_with_commas() -> None:
    timeline = load(sample("v2-NUKnightLab-TimelineJS/examples/example_json.json"))
    assert len(timeline) == 22
    assert warnings(timeline) == []
    assert timeline.title == "Sh*t People Say"
    assert timeline.description == "People say stuff\n\nDate: 26 January 2012"
    vine = timeline.get("vine")
    assert vine is not None
    assert (vine.start, vine.end) == (TimePoint(2011, 12, 12), TimePoint(2012, 1, 27))
    assert vine.summary == "Vine Test"
    girls = timeline.get("sh-t-girls-say")
    assert girls is not None
    assert girls.media[0].url == "http://youtu.be/u-yLGIH7W9Y"
    assert girls.media[0].caption == "Writers & Creators: Kyle Humphrey & Graydon Sheppard"
    assert girls.media[0].resolved_kind == "video"
    same_after_round_trip(timeline)


# --- the mapping ----------------------------------------------------------------------------


def test_years_as_text_or_numbers_empty_months_and_bce(tmp_path: Path) -> None:
    doc = {
        "title": {"text": {"headline": "Antiquity", "text": "<p>Greece &amp; Rome</p>"}},
        "events": [
            {"start_date": {"year": 1815, "month": "", "day": ""}, "text": {"headline": "Number"}},
            {
                "start_date": {"year": "1815", "month": 12.0, "day": "10"},
                "text": {"headline": "Mixed"},
            },
            {"start_date": {"year": "-500"}, "text": {"headline": "BCE"}},
            {
                "start_date": {"year": -490, "display_date": "late summer 490 BC"},
                "end_date": {"year": -490},
                "text": {"headline": "Marathon"},
                "group": "Wars",
                "unique_id": "marathon",
            },
            {
                "start_date": {"year": 1969, "month": 7, "day": 20, "hour": 20, "minute": "17"},
                "text": {"headline": "Landing"},
                "display_date": "The night of 20 July 1969",
            },
            event(1970, "Landing", unique_id="marathon"),
        ],
        "eras": [
            {
                "start_date": {"year": -499},
                "end_date": {"year": -479},
                "text": {"headline": "Persian Wars"},
            }
        ],
    }
    timeline = load(write(tmp_path, doc))
    assert warnings(timeline) == []
    assert (timeline.title, timeline.description) == ("Antiquity", "Greece & Rome")
    by_title = {e.title: e for e in timeline.events}
    assert by_title["Number"].start == TimePoint(1815, precision=Precision.YEAR)
    assert by_title["Mixed"].start == TimePoint(1815, 12, 10)
    assert by_title["BCE"].date_text() == "500 BCE"
    marathon = timeline.get("marathon")
    assert marathon is not None and marathon.end is None  # an end equal to the start
    assert marathon.date_text() == "late summer 490 BC"
    assert marathon.calendar_date_text() == "490 BCE"
    assert marathon.category == "wars"
    assert timeline.get("marathon-2") is not None  # a unique_id used twice
    landing = timeline.get("landing")
    assert landing is not None and landing.start == TimePoint(
        1969, 7, 20, 20, 17, precision=Precision.MINUTE
    )
    assert landing.display_date == "The night of 20 July 1969"
    assert [e.date_text() for e in timeline.eras] == ["499 BCE–479 BCE"]
    same_after_round_trip(timeline)


def test_media_background_and_unknown_keys_are_kept(tmp_path: Path) -> None:
    doc = {
        "events": [
            event(
                1900,
                "Kept",
                media={
                    "url": "https://example.org/a.jpg",
                    "caption": "<i>A</i> picture",
                    "credit": "[Archive](https://example.org)",
                    "alt": "a ship",
                    "thumbnail": "https://example.org/t.jpg",
                    "link": "https://example.org/more",
                },
                background={"color": "#123456", "url": "//example.org/bg.png"},
                autolink=False,
                source_note="from the 1901 census",
            ),
            event(1901, "Script", media={"url": "javascript:alert(1)"}),
        ]
    }
    timeline = load(write(tmp_path, doc))
    kept = timeline.get("kept")
    assert kept is not None
    (media,) = kept.media
    assert (media.url, media.caption, media.credit, media.alt, media.thumbnail) == (
        "https://example.org/a.jpg",
        "A picture",
        "Archive (https://example.org)",
        "a ship",
        "https://example.org/t.jpg",
    )
    assert kept.notes.splitlines() == [
        "Media link: https://example.org/more",
        "source_note: from the 1901 census",
        "Background: #123456",
        "Background image: //example.org/bg.png",
    ]
    script = timeline.get("script")
    assert (
        script is not None and script.media == () and script.notes == "Media: javascript:alert(1)"
    )
    same_after_round_trip(timeline)


def test_early_slides_wrapper_and_cosmological_scale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = {
        "timeline": {
            "slides": [
                {
                    "start_date": {"scale": "cosmological", "year": "-13800000000", "month": "3"},
                    "text": {"headline": "The Big Bang"},
                    "uniqueid": "",
                },
                {
                    "start_date": {"year": "-4540000000"},
                    "text": {"headline": "Earth"},
                    "uniqueid": "earth",
                },
                {"start_date": {"year": "-66000000"}, "text": {"headline": "Dinosaurs die out"}},
            ]
        }
    }
    path = write(tmp_path, doc)
    monkeypatch.setattr(timepoint, "MAX_ABS_YEAR", 10_000_000)
    with pytest.raises(TimelineFileError) as info:  # beyond a range of ±10 million years
        load(path)
    assert [p.path for p in info.value.problems] == [
        "",
        "timeline.slides[0].start_date.year",
        "timeline.slides[1].start_date.year",
        "timeline.slides[2].start_date.year",
    ]
    monkeypatch.setattr(timepoint, "MAX_ABS_YEAR", 20_000_000_000)
    timeline = load(path)
    assert [(e.id, e.start) for e in timeline.events] == [
        ("the-big-bang", TimePoint(-13_799_999_999, precision=Precision.YEAR)),
        ("earth", TimePoint(-4_539_999_999, precision=Precision.YEAR)),
        ("dinosaurs-die-out", TimePoint(-65_999_999, precision=Precision.YEAR)),
    ]


# --- problems -------------------------------------------------------------------------------


def test_an_event_that_cannot_be_read_is_left_out_and_named_at_its_place(tmp_path: Path) -> None:
    doc = {
        "events": [
            event("1848", "Revolutions"),
            event(["1849"], "A list"),
            event("circa 1850", "Vague"),
            {"start_date": {"year": "1851", "month": "13"}, "text": {"headline": "Month"}},
            {"start_date": "1852", "text": {"headline": "Not an object"}},
            {"text": {"headline": "No date"}},
            event(1.5, "Half"),
            event("1854", "Crimea"),
        ]
    }
    path = write(tmp_path, doc)
    timeline = load(path)
    assert [e.title for e in timeline.events] == ["Revolutions", "Crimea"]
    lines = path.read_text().splitlines()
    found = [(w.path, w.message) for w in timeline.warnings]  # type: ignore[attr-defined]
    assert found == [
        ("events[1].start_date.year", "must be text or a number, not a list"),
        ("events[2].start_date.year", "'circa 1850' is not a year"),
        ("events[3].start_date.month", "'13' is not a month (1 to 12)"),
        ("events[4].start_date", "a date must be an object {...}"),
        ("events[5].start_date.year", "the year is empty"),
        ("events[6].start_date.year", "1.5 is not a whole number"),
    ]
    for w in timeline.warnings:
        key = w.path.rsplit(".", 1)[-1]  # type: ignore[attr-defined]
        assert f'"{key}"' in lines[w.line - 1][: w.column + len(key) + 2] or key == "year"  # type: ignore[attr-defined]
    circa = timeline.warnings[1]
    assert lines[circa.line - 1].strip() == '"year": "circa 1850"'  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"events": [', "line 1"),
        ("[1, 2, 3]", "not a TimelineJS timeline"),
        ('{"events": {"a": 1}}', "'events' must be a list"),
        ('{"timeline": "x"}', "neither 'events' nor a 'timeline'"),
        ('{"events": [{"text": {"headline": "no date"}}]}', "no events that can be read"),
    ],
)
def test_a_broken_file_is_refused_naming_the_file(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TimelineFileError) as info:
        tljs.load(path)
    problem = info.value.first
    assert problem.file == str(path)
    assert words in f"line {problem.line} {problem.message}"


def test_a_key_written_twice_is_read_as_a_browser_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "twice.json"
    path.write_text(
        '{"events": [{"start_date": {"year": "1", "year": "1848"}, "text": {"headline": "A"}}]}'
    )
    assert tljs.load(path).events[0].start.year == 1848


@pytest.mark.parametrize(
    ("head", "found"),
    [
        (b'{"title": {}, "events": [{"start_date": {"year": "1"}}]}', True),
        (b'\xef\xbb\xbf {"timeline": {"headline": "x", "date": []}}', True),
        (b'{"timeline": {"slides": []}}', True),
        (b'{"format": "timeline-app", "events": [{"start_date": 1}]}', False),
        (b'{"events": [{"start": "1848"}]}', False),
        (b"Year,Headline\n", False),
    ],
)
def test_sniff_looks_at_the_content(head: bytes, found: bool) -> None:
    assert tljs.sniff(head, "x.json") is found


def test_escaped_lone_surrogates_and_control_characters_are_taken_out(tmp_path: Path) -> None:
    path = tmp_path / "escapes.json"
    path.write_text(
        '{"events": [{"start_date": {"year": "1848"}, "text": {"headline": "Revo\\ud800lu\\u0000tions"},'
        ' "media": {"url": "a\\u0001.jpg", "caption": "x\\udfff"}}]}'
    )
    timeline = tljs.load(path)
    (e,) = timeline.events
    assert (e.title, e.media[0].url, e.media[0].caption) == ("Revolutions", "a.jpg", "x")
    same_after_round_trip(timeline)


def test_a_cosmological_scale_reads_years_only(tmp_path: Path) -> None:
    doc = {
        "events": [
            {
                "start_date": {"year": "1969", "month": "7", "day": "20"},
                "text": {"headline": "Moon"},
            },
            {
                "start_date": {"year": "-66000000"},
                "text": {"headline": "Dinosaurs"},
                "scale": "cosmological",
            },
        ]
    }
    moon = load(write(tmp_path, doc)).get("moon")
    assert moon is not None and moon.start == TimePoint(1969, precision=Precision.YEAR)
