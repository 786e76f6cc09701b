"""SIMILE Timeline event files, XML and JSON: dates as SIMILE reads them, and what maps where."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_app.formats import TimelineFileError, registry, simile
from timeline_app.formats.dates import DateError
from timeline_app.formats.timeline_json import dumps_timeline, loads_timeline
from timeline_app.model.timeline import Media, Timeline
from timeline_app.model.timepoint import Precision, TimePoint

SAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "samples" / "simile"
MONET = SAMPLES / "src" / "webapp" / "examples" / "monet" / "monet.xml"
needs_samples = pytest.mark.skipif(not MONET.exists(), reason="shared samples absent")


def same_after_round_trip(tl: Timeline) -> None:
    again = loads_timeline(dumps_timeline(tl), "again.json")
    assert list(again.events) == list(tl.events)
    assert again.eras == tl.eras
    assert again.categories == tl.categories


def write(tmp_path: Path, body: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1840", TimePoint(1840, precision=Precision.YEAR)),
        ("200 BC", TimePoint(-199, precision=Precision.YEAR)),
        ("1 AD", TimePoint(1, precision=Precision.YEAR)),
        ("-500", TimePoint(-500, precision=Precision.YEAR)),
        ("Nov 14 1840 00:00:00 GMT", TimePoint(1840, 11, 14)),
        ("Sat May 20 1961 00:00:00 GMT-0600", TimePoint(1961, 5, 20)),
        (
            "Sat May 20 1961 10:30:00 GMT-0600 (Mountain Daylight Time)",
            TimePoint(1961, 5, 20, 10, 30, 0, -360, Precision.MINUTE),
        ),
        ("Mon, 22 May 1961 14:05:00 GMT", TimePoint(1961, 5, 22, 14, 5, 0, 0, Precision.MINUTE)),
        ("May 20, 1961", TimePoint(1961, 5, 20)),
        ("June 2008", TimePoint(2008, 6, precision=Precision.MONTH)),
        ("1961-05-20", TimePoint(1961, 5, 20)),
        ("2006-05-20T10:00:00Z", TimePoint(2006, 5, 20, 10, 0, 0, 0, Precision.MINUTE)),
        ("05/20/1961 2:30 pm", TimePoint(1961, 5, 20, 14, 30, 0, 0, Precision.MINUTE)),
    ],
)
def test_dates_are_read_as_simile_reads_them(text: str, expected: TimePoint) -> None:
    assert simile.parse_simile_date(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("circa 1850", "is not a date SIMILE Timeline reads"),
        ("May 1", "is not a year"),
        ("Feb 30 1900 00:00:00 GMT", "February 1900 has 28 days"),
        ("0 BC", "counts from 1"),
    ],
)
def test_dates_it_cannot_read_say_why(text: str, fragment: str) -> None:
    with pytest.raises(DateError, match=fragment):
        simile.parse_simile_date(text)


# --- the real sample ---------------------------------------------------------------------------


@needs_samples
def test_monet_sample_has_every_event_with_its_dates_images_and_links() -> None:
    assert registry.detect(MONET.read_bytes()[:4096], "monet.data") is simile.XML_FORMAT
    tl = registry.open_any(MONET)
    assert tl.format_name == "SIMILE Timeline XML file"
    assert len(tl) == 27 and tl.warnings == ()
    birth = tl.get("birth")
    assert birth is not None
    assert birth.start == TimePoint(1840, 11, 14) and birth.end is None
    assert birth.media == (
        Media("monet.png", kind="image"),
        Media("http://en.wikipedia.org/wiki/Monet", kind="link"),
    )
    # Escaped HTML in the element's text becomes plain paragraphs.
    assert birth.summary.startswith("Claude Monet, also known as Oscar-Claude Monet")
    assert "\n\nHe was christened as Oscar-Claude" in birth.summary
    assert "<p>" not in birth.summary and "  " not in birth.summary
    cavalry = next(e for e in tl.events if e.title == "Joined Cavalry in Algeria")
    assert cavalry.start == TimePoint(1861, 6, 1) and cavalry.end == TimePoint(1863, 7, 1)
    assert cavalry.date_note == (
        "The start is uncertain: between 1 June 1861 and 1 July 1861. "
        "The end is uncertain: between 1 June 1863 and 1 July 1863."
    )
    moved = next(e for e in tl.events if e.title == "Family moved to Le Havre, Normandy")
    assert moved.precision is Precision.YEAR and moved.date_text() == "1845–1846"
    assert "some time between 1845 and 1846" in moved.date_note
    camille = next(e for e in tl.events if e.title == "Camille")
    assert camille.notes == "Icon: green-circle.png"
    same_after_round_trip(tl)


# --- the formats, from their definitions -------------------------------------------------------


XML = """<?xml version="1.0" encoding="iso-8859-1"?>
<data date-time-format="Gregorian">
  <event start="490 BC" title="Marathon">Athens beats Persia at Marathon.</event>
  <event start="Jan 10 49 BC" title="Rubicon"/>
  <event start="1914" end="1918" isDuration="true" title="Great War" color="red"
         classname="war" trackNum="2" hoverText="1914&#8211;1918">The &lt;b&gt;Great&lt;/b&gt; War</event>
  <event start="Circa 1850" title="Bad date"/>
  <event title="No start"/>
  <event start="1900" end="1800" isDuration="true" title="Backwards"/>
  <event start="Jun 28 1914 10:50:00 GMT+0100" title="Sarajevo" id="sarajevo-1914"/>
</data>
"""


def test_xml_maps_attributes_and_skips_only_the_broken_events(tmp_path: Path) -> None:
    path = tmp_path / "war.xml"
    path.write_bytes(XML.encode("iso-8859-1", "xmlcharrefreplace"))
    tl = registry.open_any(path)
    assert tl.format_name == "SIMILE Timeline XML file" and tl.title == "war"
    assert [e.title for e in tl.events] == ["Marathon", "Great War", "Sarajevo"]
    marathon, war, sarajevo = tl.events
    assert (
        marathon.date_text() == "490 BCE" and marathon.summary == "Athens beats Persia at Marathon."
    )
    assert war.is_range and war.date_note == ""  # a duration, no uncertainty
    assert war.summary == "The Great War"
    assert war.notes.splitlines() == [
        "Colour: red",
        "Class: war",
        "Track: 2",
        "Hover text: 1914–1918",
    ]
    assert sarajevo.id == "sarajevo-1914"
    assert sarajevo.start == TimePoint(1914, 6, 28, 10, 50, 0, 60, Precision.MINUTE)
    warnings = [str(w) for w in tl.warnings]
    assert len(warnings) == 4
    # "Jan 10 49 BC": 11 characters, read as a browser would, which has no era: refused.
    assert "events[1].start" in warnings[0] and "'Rubicon' is skipped" in warnings[0]
    assert "events[3].start" in warnings[1] and "'Circa 1850'" in warnings[1]
    assert "events[4].start" in warnings[2] and "'No start' has no start date" in warnings[2]
    assert "events[5].end" in warnings[3] and "ends before it starts" in warnings[3]
    lines = path.read_text("iso-8859-1").splitlines()
    assert 'title="Bad date"' in lines[tl.warnings[1].line - 1]
    same_after_round_trip(tl)


JSON_DOC = {
    "dateTimeFormat": "iso8601",
    "wikiURL": "http://simile.mit.edu/shelf/",
    "events": [
        {
            "start": "1924",
            "title": "Barfusserkirche",
            "description": "by Lyonel Feininger, American/German Painter, 1871-1956",
            "image": "http://images.allposters.com/images/AWI/NR096_b.jpg",
            "link": "http://www.allposters.com/-sp/Barfusserkirche-1924-Posters_i1116895_.htm",
        },
        {
            "start": "1913-01-01",
            "end": "1929-12-31",
            "durationEvent": False,
            "title": "Painting years",
        },
        {"s": "1912-05", "e": "1914", "t": "Short names", "d": "<p>One</p><p>Two</p>", "eid": "x1"},
        {"start": "Nov 14 1840", "title": "Not ISO"},
        {"start": 1901, "title": "A number", "durationEvent": True},
    ],
}


def test_json_reads_iso_dates_short_names_and_names_a_broken_event(tmp_path: Path) -> None:
    text = json.dumps(JSON_DOC, indent=2)
    path = write(tmp_path, text, "cubism.json")
    assert registry.detect(text.encode(), "cubism.json") is simile.JSON_FORMAT
    tl = registry.open_any(path)
    assert tl.format_name == "SIMILE Timeline JSON file"
    titles = [e.title for e in tl.events]
    assert titles == ["A number", "Short names", "Painting years", "Barfusserkirche"]
    painting = tl.events[2]
    assert painting.end == TimePoint(1929, 12, 31) and "some time between" in painting.date_note
    short = tl.get("x1")
    assert short is not None and short.summary == "One\n\nTwo"
    assert short.start == TimePoint(1912, 5, precision=Precision.MONTH)
    assert tl.events[0].start == TimePoint(1901, precision=Precision.YEAR)
    [warning] = tl.warnings
    assert warning.path == "events[3].start" and "not an ISO 8601 date" in warning.message
    assert '"Nov 14 1840"' in text.splitlines()[warning.line - 1]
    same_after_round_trip(tl)


def test_sniffing_tells_simile_json_from_timelinejs_and_the_apps_own() -> None:
    assert simile.sniff_json(b'{"events": [{"start": "1900", "title": "a"}]}', "x.json")
    assert simile.sniff_json(b'{"dateTimeFormat": "iso8601", "events": [{"start": "1"}]}', "x")
    timelinejs = b'{"events": [{"start_date": {"year": 1900}, "text": {"headline": "a"}}]}'
    assert not simile.sniff_json(timelinejs, "x.json")
    own = b'{"format": "timeline-app", "version": 1, "events": [{"start": "1900", "title": "a"}]}'
    assert not simile.sniff_json(own, "x.json")
    assert registry.detect(own, "x.json") is registry.NATIVE
    misnamed = own.replace(b"timeline-app", b"timeline")  # the native reader says what is wrong
    assert registry.detect(misnamed, "x.json") is registry.NATIVE
    assert simile.sniff_xml(b'<data>\n <event start="1900" title="a"/></data>', "a.txt")
    assert not simile.sniff_xml(b"<data><item start='1'/></data>", "a.xml")


@pytest.mark.parametrize(
    ("name", "body", "fragment"),
    [
        (
            "empty.xml",
            '<data>\n  <event start="someday" title="x"/>\n</data>',
            "no events that could be read (events with a start date and a title); 1 problem in it, "
            "the first: Line 2, column 3, event 1, “start”: 'x' is skipped",
        ),
        (
            "cut.xml",
            '<data>\n  <event start="1900" title="x"/>\n  <event sta',
            "ends before its XML is complete",
        ),
        (
            "list.json",
            '{"dateTimeFormat": "iso8601", "events": [{"start": "May 1900", "title": "x"}]}',
            "the first: Line 1, column 52, event 1, “start”: 'x' is skipped: 'May 1900'",
        ),
        ("bad.json", '{"dateTimeFormat": "iso8601", "title": "x", "events": [{"start": "1"}', ""),
    ],
)
def test_a_file_that_cannot_open_says_why(
    tmp_path: Path, name: str, body: str, fragment: str
) -> None:
    path = write(tmp_path, body, name)
    with pytest.raises(TimelineFileError) as err:
        registry.open_any(path)
    assert fragment in err.value.first.message
    assert str(err.value).startswith(f"{path}:")
