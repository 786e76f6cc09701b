"""The Timeline Project's .timeline files: what each part of the file becomes in the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.formats import TimelineFileError, registry
from timeline_app.formats import thetimelineproject as ttp
from timeline_app.formats.timeline_json import dumps_timeline, loads_timeline
from timeline_app.model import timepoint
from timeline_app.model.timeline import Media, Timeline
from timeline_app.model.timepoint import Precision, TimePoint

SAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "samples" / "thetimelineproj"
GREGORIAN = SAMPLES / "rogerlindberg-timelinejs" / "gregorian-sample.timeline"
NUMERIC = SAMPLES / "rogerlindberg-timelinejs" / "numeric-sample.timeline"
needs_samples = pytest.mark.skipif(not GREGORIAN.exists(), reason="shared samples absent")


def write(tmp_path: Path, body: str, name: str = "t.timeline") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def doc(events: str, categories: str = "", eras: str = "", version: str = "2.5.0") -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<timeline>
  <version>{version}</version>
  <timetype>gregoriantime</timetype>
  <eras>{eras}</eras>
  <categories>{categories}</categories>
  <events>{events}</events>
  <view><hidden_categories></hidden_categories></view>
</timeline>
"""


def event(text: str, start: str, end: str | None = None, extra: str = "") -> str:
    fuzzy = "" if "<fuzzy>" in extra else "<fuzzy>False</fuzzy>"
    return (
        f"<event><start>{start}</start><end>{end or start}</end><text>{text}</text>"
        f"{fuzzy}<locked>False</locked><ends_today>False</ends_today>{extra}</event>"
    )


def same_after_round_trip(tl: Timeline) -> None:
    again = loads_timeline(dumps_timeline(tl), "again.json")
    assert list(again.events) == list(tl.events)
    assert again.eras == tl.eras
    assert again.categories == tl.categories


# --- the real sample ---------------------------------------------------------------------------


@needs_samples
def test_sample_opens_by_its_content_with_every_event_era_and_category() -> None:
    assert registry.detect(GREGORIAN.read_bytes()[:4096], "renamed.xml") is ttp.FORMAT
    tl = registry.open_any(GREGORIAN)
    assert tl.format_name == "The Timeline Project file"
    assert len(tl) == 25 and tl.warnings == ()
    assert tl.title == "gregorian-sample"
    assert [e.title for e in tl.eras] == ["Sample Era1", "Sample Era3"]
    era = tl.eras[0]
    assert (era.start, era.end, era.precision) == (
        TimePoint(2021, 10, 27, precision=Precision.DAY),
        TimePoint(2021, 11, 10, precision=Precision.DAY),
        Precision.DAY,
    )
    assert era.color == "#eedbf0"  # 238,219,240
    colours = {c.label: c.color for c in tl.categories}
    assert colours["Välkommen"] == "#eb52ff" and colours["Funktioner"] == "#2d82d2"
    same_after_round_trip(tl)


@needs_samples
def test_sample_containers_are_lanes_holding_their_sub_events() -> None:
    tl = registry.open_any(GREGORIAN)
    lane = next(c for c in tl.categories if c.label == "Container")
    assert lane.color == "#e9f5bd"  # the container's own colour
    members = sorted(e.title for e in tl.events if e.category == lane.id)
    assert members == ["BarFoo", "Container", "Ta bort händelse", "Välj händelse"]
    sub = next(e for e in tl.events if e.title == "Välj händelse")
    assert sub.notes.splitlines() == ["Part of: Container", "Category: Intro"]
    container = next(e for e in tl.events if e.title == "Container")
    assert container.is_range and not container.title.startswith("[")
    # Two containers, two lanes: "[2]Box-5" and "[3]Box-9".
    assert {"Box-5", "Box-9", "BlaBla", "FooBar"} <= {c.label for c in tl.categories}


@needs_samples
def test_sample_times_keep_their_minutes_and_midnight_points_are_days() -> None:
    tl = registry.open_any(GREGORIAN)
    hover = next(e for e in tl.events if e.title == "Rör musen över mig!")
    assert hover.end is None and hover.precision is Precision.MINUTE
    assert hover.start == TimePoint(2021, 10, 20, 20, 52, 50, precision=Precision.MINUTE)
    saving = next(e for e in tl.events if e.title == "Sparar")
    assert saving.end is None and saving.precision is Precision.DAY
    assert saving.start == TimePoint(2021, 11, 24, precision=Precision.DAY)
    assert next(e for e in tl.events if e.title == "Välkommen till Timeline").summary == "HoHo"
    # Event ids come from titles, apart from the lanes' ids: the event Sparar keeps "sparar".
    assert tl.get("sparar") == saving and tl.get("valkommen-till-timeline") is not None
    assert {"<", ">"} <= {e.title for e in tl.events}  # &lt; and &gt; read as text


@needs_samples
def test_numeric_sample_is_refused_saying_it_is_a_numeric_timeline() -> None:
    with pytest.raises(TimelineFileError) as err:
        registry.open_any(NUMERIC)
    p = err.value.first
    assert (p.line, p.column, p.path) == (4, 3, "timetype")
    assert "numeric timeline (timetype numtime)" in p.message
    assert "not dates" in p.message


# --- the format, from its definition -----------------------------------------------------------


def test_version_0_10_file_with_unpadded_times_and_category_parents(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """<?xml version="1.0" encoding="utf-8"?>
<timeline>
    <version>0.10.0</version>
    <categories>
        <category><name>Category 1</name><color>188,129,224</color></category>
        <category><name>Category 2</name><color>255,165,0</color>
            <parent>Category 1</parent></category>
        <category><name>Category 3</name><color>173,216,230</color>
            <parent>Category 2</parent></category>
    </categories>
    <events>
        <event>
            <start>2009-11-4 22:52:0</start>
            <end>2009-11-11 22:52:0</end>
            <text>Event 1</text>
            <category>Category 3</category>
            <description>The first event.</description>
        </event>
    </events>
    <view>
        <displayed_period><start>2009-10-17 22:38:32</start><end>2009-12-2 16:22:4</end>
        </displayed_period>
    </view>
</timeline>""",
    )
    tl = ttp.load(str(path))
    e = tl.events[0]
    assert e.start == TimePoint(2009, 11, 4, 22, 52, 0, precision=Precision.MINUTE)
    assert e.end == TimePoint(2009, 11, 11, 22, 52, 0, precision=Precision.MINUTE)
    assert e.summary == "The first event."
    labels = {c.id: c.label for c in tl.categories}
    assert labels[e.category] == "Category 1 › Category 2 › Category 3"
    assert [c.color for c in tl.categories] == ["#bc81e0", "#ffa500", "#add8e6"]
    same_after_round_trip(tl)


def test_fuzzy_milestone_links_icon_and_extras_go_where_a_teacher_sees_them(
    tmp_path: Path,
) -> None:
    extra = (
        "<fuzzy_start>True</fuzzy_start><labels>exam</labels><progress>40</progress>"
        "<alert>2010-01-01 09:00:00;Revise</alert>"
        "<hyperlink>https://example.org/a;https://example.org/b</hyperlink>"
        "<icon>iVBORw0KGgo=</icon><default_color>255,0,0</default_color>"
    )
    path = write(
        tmp_path,
        doc(
            event("Siege", "1453-04-06 00:00:00", "1453-05-29 00:00:00", extra)
            + event(
                "Fall",
                "1453-05-29 00:00:00",
                "1453-06-30 00:00:00",
                "<fuzzy>True</fuzzy><milestone>True</milestone>",
            )
        ),
    )
    tl = ttp.load(str(path))
    siege, fall = tl.events
    assert siege.precision is Precision.DAY
    assert siege.end == TimePoint(1453, 5, 29, precision=Precision.DAY)
    assert siege.date_note == "The start date is uncertain (fuzzy in the original file)."
    assert siege.media == (
        Media("https://example.org/a", kind="link"),
        Media("https://example.org/b", kind="link"),
        Media("data:image/png;base64,iVBORw0KGgo=", caption="Icon", kind="image"),
    )
    assert siege.notes.splitlines() == [
        "Labels: exam",
        "Progress: 40%",
        "Alert at 2010-01-01 09:00:00: Revise",
        "Colour: #ff0000",
    ]
    assert fall.end is None  # a milestone is a point
    assert fall.date_note == "The date is uncertain (fuzzy in the original file)."
    same_after_round_trip(tl)


def test_bce_years_and_a_title_that_starts_with_a_bracket(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        doc(
            event(" (Not) a sub-event", "-43-03-15 00:00:00")
            + event("Marathon", "-489-09-12 00:00:00")
        ),
    )
    tl = ttp.load(str(path))
    marathon, caesar = tl.events
    assert caesar.title == "(Not) a sub-event" and caesar.category == ""
    assert caesar.date_text() == "15 March 44 BCE"
    assert marathon.date_text() == "12 September 490 BCE"
    assert caesar.id == "not-a-sub-event" and marathon.id == "marathon"


def test_a_broken_event_is_skipped_and_named_the_rest_opens(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        doc(
            event("Good", "2001-01-01 00:00:00")
            + event("Bad month", "2001-13-01 00:00:00")
            + event("Backwards", "2001-05-01 00:00:00", "2001-04-01 00:00:00")
            + event("Words", "circa 1850")
        ),
    )
    tl = ttp.load(str(path))
    assert [e.title for e in tl.events] == ["Good"]
    messages = [str(w) for w in tl.warnings]
    assert len(messages) == 3
    assert f"{path}:1" not in messages[0]
    assert ":5:" in messages[0] or "events[1].start" in messages[0]
    assert "events[1].start" in messages[0] and "'Bad month'" in messages[0]
    assert "month 13 does not exist" in messages[0]
    assert "events[2].end" in messages[1] and "before it starts" in messages[1]
    assert "events[3].start" in messages[2] and "'circa 1850' is not a time" in messages[2]
    # The place points at the element in the file.
    line = tl.warnings[0].line
    assert "2001-13-01" in path.read_text().splitlines()[line - 1]


def test_a_year_beyond_the_supported_range_is_skipped_using_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(
        tmp_path,
        doc(
            event("Big Bang", "-13799999999-01-01 00:00:00")
            + event("Now", "2020-01-01 00:00:00")
            + event("Too far", "-99999999999-01-01 00:00:00")
        ),
    )
    tl = ttp.load(str(path))
    assert [e.title for e in tl.events] == ["Big Bang", "Now"]
    assert tl.events[0].date_text() == "1 January 13,800,000,000 BCE"
    [warning] = tl.warnings
    assert "year 100,000,000,000 BCE is outside the supported range" in warning.message
    monkeypatch.setattr(timepoint, "MAX_ABS_YEAR", 10_000_000)
    tl = ttp.load(str(path))
    assert [e.title for e in tl.events] == ["Now"]
    assert "(±10,000,000 years)" in tl.warnings[0].message


def test_sub_event_of_a_missing_container_is_kept_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, doc(event("(9)Orphan", "2001-01-01 00:00:00")))
    tl = ttp.load(str(path))
    assert [e.title for e in tl.events] == ["Orphan"]
    assert "container 9, which is not in the file" in str(tl.warnings[0])


@pytest.mark.parametrize(
    ("body", "where", "fragment"),
    [
        (
            "# Written by Timeline 0.1.0 on 2009-11-15 19:28:7\nEVENT:2009-11-4 22:52:0;"
            "2009-11-11 22:52:0;Event 1;Category 1\n",
            (1, 1),
            "early version of The Timeline Project (Timeline 0.1.0), from before its XML format",
        ),
        (doc("").replace("gregoriantime", "coptictime"), (4, 3), "the Coptic calendar"),
        (doc(""), (7, 3), "no events"),
        (
            doc(event("x", "2001-01-01 00:00:00")).replace("<version>2.5.0</version>", ""),
            (2, 1),
            "no version number",
        ),
        (doc(event("x", "2001-01-01 00:00:00"))[:200], (7, 0), "ends before its XML is complete"),
    ],
)
def test_a_file_that_cannot_open_is_named_with_its_place(
    tmp_path: Path, body: str, where: tuple[int, int], fragment: str
) -> None:
    path = write(tmp_path, body)
    assert registry.detect(path.read_bytes(), path.name) is ttp.FORMAT
    with pytest.raises(TimelineFileError) as err:
        registry.open_any(path)
    p = err.value.first
    assert fragment in p.message
    assert p.line == where[0] and (where[1] == 0 or p.column == where[1])
    assert str(p).startswith(f"{path}:")


def test_sniff_takes_content_not_the_name() -> None:
    head = doc("").encode()
    assert ttp.sniff(head, "whatever.xml")
    assert not ttp.sniff(b'<?xml version="1.0"?><data><event start="1900"/></data>', "a.timeline")
    assert not ttp.sniff(b'{"format": "timeline-app"}', "a.timeline")


def test_a_file_saved_as_utf16_is_recognised_and_read(tmp_path: Path) -> None:
    body = doc(event("Café", "1900-01-01 00:00:00")).replace(
        'encoding="utf-8"', 'encoding="UTF-16"'
    )
    path = tmp_path / "u16.timeline"
    path.write_bytes(body.encode("utf-16"))  # with its byte-order mark
    assert registry.detect(path.read_bytes(), "renamed") is ttp.FORMAT
    assert [e.title for e in registry.open_any(path).events] == ["Café"]
