"""Ranges of dates for exports: read in linear time, echoed short, and the events in them
chosen by their whole period, for the command line and the Export dialog alike."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.formats.dates import parse_date
from timeline_app.model import Category, Event, Precision, Timeline, TimePoint
from timeline_app.model.timeline import point_at
from timeline_app.render import export as ex
from timeline_app.render.theme import LIGHT


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text that parse_range hands to the date reader."""
    seen: list[str] = []

    def counting(text: str) -> TimePoint:
        seen.append(text)
        return parse_date(text)

    monkeypatch.setattr(ex, "parse_date", counting)
    return seen


def attempt(text: str) -> str:
    try:
        ex.parse_range(text)
    except ex.ExportError as err:
        return str(err)
    return ""


@pytest.mark.parametrize(
    "text",
    [
        "." * 10_000,  # took 2.2 s
        "." * 120_000,  # hung
        "2017" + "." * 10_000 + "2018",
        "2017.." * 50,
        "480 B.C" + ". " * 90 + "..479 B.C.",
    ],
)
def test_a_long_or_dotted_range_reads_few_dates(counted: list[str], text: str) -> None:
    message = attempt(text)
    # The range is echoed short; a date's own message echoes that side, at most the cap.
    assert message and "\n" not in message and len(message) < 450
    assert len(counted) <= 2 * ex.MAX_RANGE_CUTS


# Texts made of what ranges are made of, with runs of dots of every length.
_PIECES = st.sampled_from(["2017", "-05", "10 May ", "B.C.", "BCE", " ", ".", "..", "...", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=200).map("".join))
def test_the_dates_read_are_bounded_whatever_the_text(text: str) -> None:
    seen: list[str] = []
    real = ex.parse_date

    def counting(side: str) -> TimePoint:
        seen.append(side)
        return real(side)

    ex.parse_date = counting  # type: ignore[assignment]
    try:
        attempt(text)
    finally:
        ex.parse_date = real
    # At most MAX_RANGE_CUTS places tried, both sides each, and no side longer than the cap.
    assert len(seen) <= 2 * ex.MAX_RANGE_CUTS
    assert sum(map(len, seen)) <= 2 * ex.MAX_RANGE_CUTS * ex.MAX_RANGE_CHARS


def test_an_over_long_range_says_how_long_and_echoes_little() -> None:
    message = attempt("2017-05-10" + "x" * 360_000 + "..2017-06")
    assert "360,019 characters long" in message
    assert f"at most {ex.MAX_RANGE_CHARS}" in message
    assert len(message) < 250


def test_odd_characters_in_a_range_are_echoed_escaped() -> None:
    message = attempt("2017-05\n..\x1b[31mJune")
    assert "\n" not in message and "\x1b" not in message
    assert message.startswith("range '2017-05\\n..\\x1b[31mJune': ")


def test_ranges_that_end_in_dots_still_read() -> None:
    t0, t1 = ex.parse_range("480 B.C...479 B.C.")
    assert ex.format_seconds(t0, Precision.YEAR) == "480 BCE"
    assert ex.format_seconds(t1 - 1, Precision.YEAR) == "479 BCE"
    assert "has too many dots" in attempt("2017" + "." * 7 + "2018")


# --- which events are in a range ------------------------------------------------------------


def timeline_of(*events: Event) -> Timeline:
    return Timeline(list(events), categories=[Category("c", "C")])


def day(y: int, m: int, d: int, ident: str = "e") -> Event:
    return Event(ident, f"Event {ident}", TimePoint(y, m, d), category="c")


def test_a_date_is_in_a_range_that_covers_part_of_its_day() -> None:
    tl = timeline_of(day(2017, 5, 10, "lavrov"))
    t0, t1 = ex.parse_range("2017-05-10T00:00Z..2017-05-10T11:00Z")
    ex.check_has_events(tl, t0, t1, frozenset())  # said: no events between 10 and 10 May
    html = "".join(ex.handout_parts(tl, t0, t1, LIGHT, frozenset()))
    assert "Event lavrov" in html
    t0, t1 = ex.parse_range("2017-05-10T13:00Z..2017-05-10T23:00Z")  # the afternoon too
    ex.check_has_events(tl, t0, t1, frozenset())


def test_a_date_outside_the_range_is_not_in_it() -> None:
    tl = timeline_of(day(2017, 5, 10, "before"), day(2017, 5, 12, "after"))
    t0, t1 = ex.parse_range("2017-05-11..2017-05-11")
    with pytest.raises(ex.ExportError, match="no events between 11 May 2017 and 12 May 2017"):
        ex.check_has_events(tl, t0, t1, frozenset())
    assert "Event" not in "".join(ex.handout_parts(tl, t0, t1, LIGHT, frozenset()))


def test_a_period_that_ends_where_the_range_begins_is_not_in_it() -> None:
    # A range of days ends at the instant after its last day: 30 April ends as 1 May begins.
    april = Event("a", "April", TimePoint(2017, 4, 1), TimePoint(2017, 4, 30), category="c")
    tl = timeline_of(april)
    t0, t1 = ex.parse_range("2017-05..2017-05")
    with pytest.raises(ex.ExportError, match="no events"):
        ex.check_has_events(tl, t0, t1, frozenset())
    t0, t1 = ex.parse_range("2017-04-30T23:59Z..2017-05")
    ex.check_has_events(tl, t0, t1, frozenset())


_PRECISIONS = st.sampled_from(list(Precision))


@st.composite
def events(draw: st.DrawFn) -> list[Event]:
    out = []
    for k in range(draw(st.integers(0, 12))):
        precision = draw(_PRECISIONS)
        y, m, d = draw(st.integers(2015, 2018)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
        h = draw(st.integers(0, 23))
        start = TimePoint(
            y,
            m if precision >= Precision.MONTH else 1,
            d if precision >= Precision.DAY else 1,
            h if precision is Precision.MINUTE else 0,
            offset_minutes=draw(st.sampled_from([0, 0, -720, 330, 840])),
            precision=precision,
        )
        end = None
        if draw(st.booleans()):
            later = start.start_seconds + draw(st.integers(0, 400 * 86_400))
            end = point_at(later - later % 86_400, Precision.DAY, 0)
        out.append(Event(f"e{k}", f"E{k}", start, end, precision, category="c"))
    return out


@settings(max_examples=200, deadline=None)
@given(events(), st.integers(0, 4 * 366 * 86_400), st.integers(1, 200 * 86_400))
def test_the_range_check_agrees_with_each_event_s_whole_period(
    evs: list[Event], offset: int, length: int
) -> None:
    tl = timeline_of(*evs)
    t0 = TimePoint(2015, 1, 1).start_seconds + offset
    t1 = t0 + length
    expected = [e.title for e in tl.events if _period_overlaps(e, t0, t1)]
    try:
        ex.check_has_events(tl, t0, t1, frozenset())
        found = True
    except ex.ExportError:
        found = False
    assert found == bool(expected)
    html = "".join(ex.handout_parts(tl, t0, t1, LIGHT, frozenset()))
    assert [t for t in (e.title for e in tl.events) if f">{t}<" in html] == expected


def _period_overlaps(e: Event, t0: float, t1: float) -> bool:
    """The period read from the event's own dates, not from the timeline's columns."""
    start = e.start.start_seconds
    end = e.end.end_seconds(min(e.precision, e.end.precision)) if e.end else (
        e.start.end_seconds(e.precision))  # fmt: skip
    return start < t1 and end > t0


def test_an_export_of_part_of_a_day_draws_the_date_it_holds(qapp: object) -> None:
    # The marker of "10 May 2017" sits at noon, the middle of its day: an export of that
    # morning is widened to show it, where it used to be refused (and, the refusal lifted,
    # would have shown an empty timeline).
    tl = timeline_of(day(2017, 5, 10, "lavrov"), day(2017, 5, 9, "eve"))
    t0, t1 = ex.parse_range("2017-05-10T00:00Z..2017-05-10T11:00Z")
    lo, hi = ex.range_to_show(tl, t0, t1, frozenset())
    noon = TimePoint(2017, 5, 10, 12).start_seconds
    assert lo == t0 and noon < hi < noon + 3600
    page = ex.make_page(tl, lo, hi, 1200, 400, ex.ExportOptions())
    assert [m.event_id for m in page.scene.marks] == ["lavrov"]
    # Hidden categories and ranges whose dates are marked inside are left as they are.
    assert ex.range_to_show(tl, t0, t1, frozenset({"c"})) == (t0, t1)
    t0, t1 = ex.parse_range("2017-05-09..2017-05-10")
    assert ex.range_to_show(tl, t0, t1, frozenset()) == (t0, t1)


def test_a_range_that_draws_an_event_is_kept_as_asked() -> None:
    # "2017" is in every range of that year; it widens a range only where nothing else in it
    # would be drawn.
    year = Event("y", "The year", TimePoint(2017, precision=Precision.YEAR),
                 precision=Precision.YEAR, category="c")  # fmt: skip
    morning = Event("m", "Breakfast", TimePoint(2017, 5, 10, 8, 30, precision=Precision.MINUTE),
                    precision=Precision.MINUTE, category="c")  # fmt: skip
    t0, t1 = ex.parse_range("2017-05-10T00:00Z..2017-05-10T11:00Z")
    assert ex.range_to_show(timeline_of(year, morning), t0, t1, frozenset()) == (t0, t1)
    lo, hi = ex.range_to_show(timeline_of(year), t0, t1, frozenset())
    assert lo == t0 and hi > year.tm


def test_looking_for_dates_around_a_range_reads_only_those_near_its_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 36,500 days over a year, about 100 a day, and one year-precision date.
    evs = [day(2017, 1 + k % 12, 1 + k % 28, f"d{k}") for k in range(36_500)]
    evs.append(Event("y", "Y", TimePoint(2016, precision=Precision.YEAR),
                     precision=Precision.YEAR, category="c"))  # fmt: skip
    tl = timeline_of(*evs)
    ex.range_to_show(tl, 0.0, 1.0, frozenset())  # the split by precision, made once
    calls = 0
    real = ex.in_range

    def counting(timeline: Timeline, i: int, t0: float, t1: float) -> bool:
        nonlocal calls
        calls += 1
        return real(timeline, i, t0, t1)

    monkeypatch.setattr(ex, "in_range", counting)
    t0, t1 = ex.parse_range("2017-05-30T01:00Z..2017-05-30T02:00Z")  # no date on the 29th-31st
    with pytest.raises(ex.ExportError, match="no events"):
        ex.check_has_events(tl, t0, t1, frozenset())
    ex.range_to_show(tl, t0, t1, frozenset())
    # The days within a day of each end (none here) and the one year; not half a year of days.
    assert calls <= 2 * (2 * 200 + 1)
