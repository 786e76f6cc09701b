"""markwhen (.mw) timelines: the header, dates and ranges, tags, sections and properties."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from timeline_app.formats import TimelineFileError, markwhen, registry
from timeline_app.formats.timeline_json import dumps_timeline, loads_timeline
from timeline_app.model import timepoint
from timeline_app.model.timeline import Media, Timeline
from timeline_app.model.timepoint import Precision, TimePoint

SAMPLE = Path(__file__).resolve().parents[2] / ".." / "shared" / "samples" / "markwhen"
JES = SAMPLE / "jes-timeline.mw"
needs_samples = pytest.mark.skipif(not JES.exists(), reason="shared samples absent")
NOW = datetime(2026, 3, 4, 15, 30, 45, tzinfo=timezone.utc)

Y, M, D, MIN = Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.MINUTE


def same_after_round_trip(tl: Timeline) -> None:
    again = loads_timeline(dumps_timeline(tl), "again.json")
    assert list(again.events) == list(tl.events)
    assert again.categories == tl.categories
    assert (again.title, again.description) == (tl.title, tl.description)


def one(text: str) -> tuple[TimePoint, TimePoint | None]:
    tl = markwhen.loads(f"{text}: Event", "t.mw", now=NOW)
    assert tl.warnings == (), [str(w) for w in tl.warnings]
    e = tl.events[0]
    return e.start, e.end


# --- the real sample ---------------------------------------------------------------------------


@needs_samples
def test_sample_has_every_event_with_bc_years_ranges_and_links() -> None:
    assert registry.detect(JES.read_bytes(), "timeline.txt") is markwhen.FORMAT
    tl = registry.open_any(JES)
    assert tl.format_name == "markwhen timeline"
    assert len(tl) == 103 and tl.warnings == ()
    first = tl.events[0]
    assert first.title == "Sabu disk"
    assert first.start == TimePoint(-2999, precision=Y) and first.date_text() == "3000 BCE"
    assert first.media == (Media("https://en.wikipedia.org/wiki/Sabu_disk", kind="link"),)
    hero = tl.get("hero-s-aeolipile")
    assert hero is not None and hero.start == TimePoint(50, precision=Y)
    survey = next(e for e in tl.events if e.title == "Anglo-French Survey")
    assert survey.date_text() == "1784–1790"
    assert survey.media[0].url == "https://en.wikipedia.org/wiki/Anglo-French_Survey_(1784-1790)"
    galileo = next(e for e in tl.events if e.title.startswith("Galileo"))
    assert galileo.media[0].url == "https://en.wikipedia.org/wiki/Pendulum#History"
    assert all("http" not in e.title for e in tl.events)
    # Two events in 400 AD keep the file's order; ids stay unique.
    assert len({e.id for e in tl.events}) == 103
    same_after_round_trip(tl)


# --- dates, from the markwhen documentation ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2023", TimePoint(2023, precision=Y), None),
        ("2023-01", TimePoint(2023, 1, precision=M), None),
        ("2023-01-05", TimePoint(2023, 1, 5), None),
        ("2023-01-05T10:30Z", TimePoint(2023, 1, 5, 10, 30, 0, 0, MIN), None),
        ("2023-01-05T10:30+02:00", TimePoint(2023, 1, 5, 10, 30, 0, 120, MIN), None),
        ("2023-01/2023-03", TimePoint(2023, 1, precision=M), TimePoint(2023, 3, precision=M)),
        ("2023-04/4 months", TimePoint(2023, 4, precision=M), TimePoint(2023, 7, precision=M)),
        ("03/2023 - 1 year", TimePoint(2023, 3, precision=M), TimePoint(2024, 2, precision=M)),
        ("2023-01-03/2 weeks", TimePoint(2023, 1, 3), TimePoint(2023, 1, 16)),
        ("1215", TimePoint(1215, precision=Y), None),
        ("3000 BC", TimePoint(-2999, precision=Y), None),
        ("44 BCE", TimePoint(-43, precision=Y), None),
        ("50 AD", TimePoint(50, precision=Y), None),
        ("AD 476", TimePoint(476, precision=Y), None),
        ("1720-1772", TimePoint(1720, precision=Y), TimePoint(1772, precision=Y)),
        ("500 BC - 400 BC", TimePoint(-499, precision=Y), TimePoint(-399, precision=Y)),
        ("01/02/2023", TimePoint(2023, 1, 2), None),  # month first, as markwhen reads it
        ("Jan 5 2023", TimePoint(2023, 1, 5), None),
        ("January 5, 2023", TimePoint(2023, 1, 5), None),
        ("5 January 2023 10am", TimePoint(2023, 1, 5, 10, 0, 0, 0, MIN), None),
        ("Jan 2023 to Mar 2023", TimePoint(2023, 1, precision=M), TimePoint(2023, 3, precision=M)),
        ("now", TimePoint(2026, 3, 4, 15, 30, 0, 0, MIN), None),
        ("2020-03-11/now", TimePoint(2020, 3, 11), TimePoint(2026, 3, 4, 15, 30, 0, 0, MIN)),
    ],
)
def test_dates_and_ranges(text: str, start: TimePoint, end: TimePoint | None) -> None:
    assert one(text) == (start, end)


def test_header_title_description_colours_time_zone_and_day_first() -> None:
    text = """title: The *Cold* War
description: From Yalta to the fall of the Wall
timezone: Europe/Berlin
dateFormat: d/M/y
#East: #c00
#Project1: #d336b1
#West: rgb(0, 90, 200)
#Neutral: green

01/02/1961 10:00: Meeting #East
1989-11-09 18:53: Schabowski's press conference #East #West
"""
    tl = markwhen.loads(text, "cold.mw", now=NOW)
    assert tl.title == "The Cold War"
    assert tl.description == "From Yalta to the fall of the Wall"
    colours = {c.label: c.color for c in tl.categories}
    assert colours == {
        "East": "#cc0000",
        "Project1": "#d336b1",
        "West": "#005ac8",
        "Neutral": "#008000",
    }
    meeting, press = tl.events
    assert meeting.start == TimePoint(1961, 2, 1, 10, 0, 0, 60, MIN)  # day first; CET
    assert press.start == TimePoint(1989, 11, 9, 18, 53, 0, 60, MIN)
    assert press.title == "Schabowski's press conference"
    assert press.notes == "Tags: #East #West"
    east = next(c for c in tl.categories if c.label == "East")
    assert meeting.category == east.id and press.category == east.id
    same_after_round_trip(tl)


def test_sections_groups_descriptions_and_properties() -> None:
    text = """title: Revolutions

section France #france
1789-07-14: Storming of the Bastille in [Paris](location)
The crowd takes the fortress.

- [x] arms
- [ ] powder
1793-01-21: Execution of Louis XVI !louis
  location: Place de la Révolution
  source: Le Moniteur
endSection

group Industrial
1769: Watt's steam engine [patent](https://example.org/watt)
endGroup
"""
    tl = markwhen.loads(text, "rev.mw", now=NOW)
    bastille = tl.get("storming-of-the-bastille-in-paris")
    louis = tl.get("louis")
    watt = tl.get("watt-s-steam-engine-patent")
    assert bastille is not None and louis is not None and watt is not None
    assert bastille.location == "Paris" and bastille.title == "Storming of the Bastille in Paris"
    assert bastille.summary == "The crowd takes the fortress.\n\n• [x] arms\n• [ ] powder"
    assert bastille.notes == "Section: France"
    france = next(c for c in tl.categories if c.label == "france")
    assert bastille.category == france.id == louis.category
    assert louis.location == "Place de la Révolution"
    assert "source: Le Moniteur" in louis.notes
    industrial = next(c for c in tl.categories if c.label == "Industrial")
    assert watt.category == industrial.id  # no tag: the group's lane
    assert watt.media == (Media("https://example.org/watt", caption="patent", kind="link"),)
    same_after_round_trip(tl)


# --- problems ------------------------------------------------------------------------------------


def test_a_bad_date_line_is_skipped_and_named_the_rest_opens() -> None:
    text = "title: T\n1850-13-01: Bad month\ncirca 1850: Vague\n  1851: Exhibition\n0 BC: Never\n"
    tl = markwhen.loads(text, "t.mw", now=NOW)
    assert [e.title for e in tl.events] == ["Exhibition"]
    problems = [str(w) for w in tl.warnings]
    assert problems[0].startswith("t.mw:2:1: date: the event is skipped: ")
    assert "month 13 does not exist" in problems[0]
    assert problems[1].startswith(
        "t.mw:3:1: date: the event is skipped: 'circa 1850' is not a date"
    )
    assert problems[2].startswith("t.mw:5:1: date: the event is skipped:")
    assert "no year 0" in problems[2]
    assert tl.warnings[0].for_people().startswith("Line 2, column 1, “date”: the event is skipped")


def test_a_year_beyond_the_supported_range_uses_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Y-13800000000: Big Bang\n2000: Millennium\nY-99999999999: Too far\n"
    tl = markwhen.loads(text, "cosmos.mw", now=NOW)
    assert [e.title for e in tl.events] == ["Big Bang", "Millennium"]
    assert tl.events[0].start == TimePoint(-13_800_000_000, precision=Y)
    [warning] = tl.warnings
    assert "outside the supported range" in warning.message and warning.line == 3
    monkeypatch.setattr(timepoint, "MAX_ABS_YEAR", 10_000_000)
    tl = markwhen.loads(text, "cosmos.mw", now=NOW)
    assert [e.title for e in tl.events] == ["Millennium"]


def test_a_file_without_events_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.mw"
    path.write_text("title: Nothing yet\n\nsome words\ncirca 1850: vague\n", encoding="utf-8")
    with pytest.raises(TimelineFileError) as err:
        markwhen.load(path)
    assert "holds no events" in err.value.first.message
    assert "'circa 1850' is not a date" in err.value.first.message


def test_sniff_takes_markwhen_but_not_other_text() -> None:
    assert markwhen.sniff(b"title: x\n2020: y\n", "a.txt")
    assert markwhen.sniff(b"1215: Magna Carta\n1492: Columbus\n", "a.txt")
    assert not markwhen.sniff(b"Dear class: read chapter 3.\nThanks\n", "a.txt")
    assert not markwhen.sniff(b'{"events": [{"start": "1900"}]}', "a.mw")
    assert not markwhen.sniff(b"Year,Month,Day,Headline\n1900,1,1,x\n", "a.csv")
    assert not markwhen.sniff(b"\x00\x01\x02binary\xff\xfe", "a.mw")
    assert markwhen.sniff(b"Dear class: read chapter 3.\n", "notes.mw")  # named .mw


def test_repeated_event_and_tags_under_the_event_line() -> None:
    text = """section Welcome #welcome
now: View the documentation [here](https://docs.markwhen.com)
#welcome #docs
endSection
2023-01-03 every other week for 1 year: Biweekly meeting
"""
    tl = markwhen.loads(text, "t.mw", now=NOW)
    assert tl.warnings == ()
    meeting = next(e for e in tl.events if e.title == "Biweekly meeting")
    assert meeting.start == TimePoint(2023, 1, 3) and meeting.end is None
    assert meeting.notes == "Repeats every other week for 1 year (only the first time is shown)."
    docs = next(e for e in tl.events if e.title == "View the documentation here")
    assert docs.summary == ""  # the tags line is tags, not text
    assert docs.notes.splitlines() == ["Section: Welcome", "Tags: #welcome #docs"]
    assert docs.media == (Media("https://docs.markwhen.com", caption="here", kind="link"),)


def test_front_matter_header_and_summer_time_in_the_file_s_zone() -> None:
    text = """---
title: My timeline
description: Something
timezone: America/New_York
#Tag: red
---

2024-01-01 10:00: New year meeting #Tag
2024-07-01 10:00: Summer
"""
    tl = markwhen.loads(text, "f.mw", now=NOW)
    assert (tl.title, tl.description, tl.warnings) == ("My timeline", "Something", ())
    winter, summer = tl.events
    assert winter.start == TimePoint(2024, 1, 1, 10, 0, 0, -300, MIN)  # EST
    assert summer.start == TimePoint(2024, 7, 1, 10, 0, 0, -240, MIN)  # EDT
    assert [c.color for c in tl.categories if c.label == "Tag"] == ["#ff0000"]


def test_a_colon_after_a_year_in_an_event_s_text_stays_text() -> None:
    text = "1851: Great Exhibition\nIn 1850: the plans were drawn.\n1850s: a decade\n"
    tl = markwhen.loads(text, "t.mw", now=NOW)
    [exhibition] = tl.events
    assert exhibition.summary == "In 1850: the plans were drawn."
    [warning] = tl.warnings
    assert warning.line == 3 and "'1850s' is not a date" in warning.message


@pytest.mark.parametrize(
    ("zone", "offset"), [("+05:30", 330), ("UTC-4", -240), ("UTC", 0), ("Asia/Tokyo", 540)]
)
def test_time_zone_written_as_an_offset_or_a_name(zone: str, offset: int) -> None:
    tl = markwhen.loads(f"timezone: {zone}\n2024-03-01 09:15: Meeting\n", "t.mw", now=NOW)
    assert tl.warnings == ()
    assert tl.events[0].start == TimePoint(2024, 3, 1, 9, 15, 0, offset, MIN)


def test_an_unknown_time_zone_is_named_and_times_are_kept_as_written() -> None:
    tl = markwhen.loads("timezone: Mars/Olympus\n2024-03-01 09:15: Landing\n", "t.mw", now=NOW)
    assert tl.events[0].start == TimePoint(2024, 3, 1, 9, 15, 0, 0, MIN)
    [warning] = tl.warnings
    assert (warning.line, warning.path) == (1, "timezone")
    assert "'Mars/Olympus' is not known" in warning.message
