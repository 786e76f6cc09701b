"""Events kept as columns: what goes in comes out, in time order, found by id; what few events
carry is kept apart; ranges are found whatever their lengths; the overview counts them."""

import random

from timeline_app.model import Category, Event, Precision, Quote, Source, Timeline, TimePoint
from timeline_app.model.rows import ROW_BLOCK, Rows
from timeline_app.model.timeline import EventColumns
from timeline_app.view.overview import overview

DAY = 86_400
SRC = Source("s", "A source", "Publisher", 2017)


def varied_events(n: int, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        y, m, d = rng.randint(1500, 2100), rng.randint(1, 12), rng.randint(1, 28)
        kind = i % 5
        if kind == 0:
            start = TimePoint(
                y, m, d, rng.randint(0, 23), rng.randint(0, 59), 0, 120, Precision.MINUTE
            )
            out.append(Event(f"id{i}", f"Minute {i}", start, category="a"))
        elif kind == 1:
            start = TimePoint(y, m, d)
            end = TimePoint(y + rng.randint(0, 40), m, d)
            if end.start_seconds <= start.start_seconds:
                end = TimePoint(y + 1, m, d)
            out.append(Event(f"id{i}", f"Range {i}", start, end, category="b", location="Here"))
        elif kind == 2:
            start = TimePoint(y, m, precision=Precision.MONTH)
            out.append(
                Event(
                    f"id{i}",
                    f"Month {i}",
                    start,
                    precision=Precision.MONTH,
                    quotes=(Quote(f"Words {i}", SRC, "¶1", "Someone"),),
                    participants=("A", "B"),
                )
            )
        elif kind == 3:
            start = TimePoint(y, m, d)
            out.append(Event(f"id{i}", f"Day known as a year {i}", start, precision=Precision.YEAR))
        else:
            out.append(Event(f"id{i}", f"Unknown category {i}", TimePoint(y, m, d), category="zz"))
    return out


def test_events_come_back_equal_in_time_order_and_are_found_by_id():
    events = varied_events(3_000)
    shuffled = events[:]
    random.Random(1).shuffle(shuffled)
    tl = Timeline(shuffled, categories=[Category("a", "A"), Category("b", "B")])
    # Time order: where an event begins on the timeline (a range at its start, a point at
    # its marker), then its start; ties stay in the order given.
    expected = sorted(shuffled, key=lambda e: (e.t0 if e.is_range else e.tm, e.t0))
    assert [e.id for e in tl.events] == [e.id for e in expected]
    for got, want in zip(tl.events, expected, strict=True):
        assert got == want  # every field, quotes and participants included
        assert (got.t0, got.t1, got.tm) == (want.t0, want.t1, want.tm)
    for i, e in enumerate(expected):
        assert tl.index_of(e.id) == i
    assert tl.index_of("missing") == -1 and tl.get("id") is None
    # Only the events that have them keep ends, coarser precisions and extras.
    cols = tl.columns
    assert len(cols.ends) == len(cols.t1) == sum(1 for e in events if e.end is not None)
    assert len(cols.precisions) == sum(1 for e in events if e.precision != e.start.precision)
    assert len(cols.extras) == sum(1 for e in events if e.quotes or e.location)


def test_a_plain_event_keeps_nothing_but_its_columns():
    cols = EventColumns()
    for i in range(1_000):
        cols.append(f"e{i}", "Title", TimePoint(2000, 1, 1 + i % 28))
    assert not cols.ends and not cols.extras and not cols.precisions and not cols.t1
    assert len(cols.t0) == len(cols.tm) == len(cols.start_codes) == 1_000


def test_a_few_long_ranges_do_not_hide_or_slow_the_short_ones():
    # One range of 300 years, and 2,000 one-day ranges, all in one category.
    events = [Event("long", "Long", TimePoint(1700, 1, 1), TimePoint(2000, 1, 1), category="a")]
    for i in range(2_000):
        p = TimePoint(1900 + (i * 10) // 365, 1 + i % 12, 1 + i % 28)
        events.append(Event(f"d{i}", f"Day {i}", p, p, category="a"))
    tl = Timeline(events, categories=[Category("a", "A")])
    lane = tl.lanes[0]
    t_from, t_to = TimePoint(1950, 6, 1).start_seconds, TimePoint(1950, 6, 30).start_seconds
    found = {lane.ranges[k].id for k in lane.ranges_overlapping(t_from, t_to)}
    assert "long" in found
    # Each length class is bisected on its own: the one-day ranges of other years are not in
    # the candidates that the query looks at.
    k, positions, _ = next(c for c in lane.range_classes if len(c[1]) > 1)
    assert len(positions) == 2_000 and (1 << k) <= 2 * DAY
    looked_at = sum(1 for p in positions if t_from - (1 << k) <= lane.range_starts[p] <= t_to)
    assert looked_at < 10  # not the 2,000 that a look-back by the longest range would scan
    assert found == {"long"} | {e.id for e in events[1:] if e.t0 <= t_to and e.t1 >= t_from}


def test_the_overview_counts_a_range_in_every_bin_it_spans():
    a = TimePoint(2000, 1, 1)
    b = TimePoint(2010, 1, 1)
    events = [Event("r", "Range", a, b, category="a"), Event("p", "Point", a, category="a")]
    tl = Timeline(events, categories=[Category("a", "A")])
    ov = overview(tl, 200.0, bin_px=2.0)
    row = ov.counts[0]
    spanned = [k for k, n in enumerate(row) if n]
    assert spanned == list(range(spanned[0], spanned[-1] + 1))  # no gaps
    assert max(row) == 2 and sum(1 for n in row if n == 1) == len(spanned) - 1


def test_the_cyclic_garbage_collector_does_not_walk_every_id_and_title() -> None:
    # A full collection walks every item of a list: with a million events that is a pause of
    # tens of milliseconds in the middle of a frame. Tuples of strings drop out of its sight.
    import gc

    timeline = Timeline(varied_events(10_000))
    gc.collect()
    cols = timeline.columns
    for column in (cols.ids, cols.titles):
        assert isinstance(column, Rows)
        # What the collector walks: the column and its few blocks, never the strings.
        assert len(column.blocks) <= 10_000 // ROW_BLOCK + 1
        assert not any(map(gc.is_tracked, column.blocks))
    assert len(cols.ids) == len(cols.titles) == 10_000


def test_time_order_is_where_events_begin_on_the_timeline_and_ties_keep_the_file_order():
    summit = Event("summit", "Summit", TimePoint(2017, 7, 7), TimePoint(2017, 7, 8))
    meeting = Event("meeting", "Meeting", TimePoint(2017, 7, 7))
    agreed = Event("agreed", "Agreed", TimePoint(2017, 7, 7))
    year = Event("year", "Some time in 2017", TimePoint(2017), precision=Precision.YEAR)
    tl = Timeline([agreed, year, meeting, summit])
    # The year's marker sits in its middle (2 July); the two-day summit begins before its
    # first day's middle, where that day's markers sit; equal days stay as given.
    assert [e.id for e in tl.events] == ["year", "summit", "agreed", "meeting"]
    # The earliest start is the year's, although a spring range comes first in time order.
    spring = Event("spring", "Spring", TimePoint(2017, 3, 1), TimePoint(2017, 5, 31))
    both = Timeline([year, spring])
    assert [e.id for e in both.events] == ["spring", "year"]
    assert both.extent()[0] == year.t0 < spring.t0
    # Bisection over where events begin.
    assert tl.first_from(summit.t0) == 1
    assert tl.first_from(summit.t0 + 1) == 2
    assert tl.first_from(meeting.tm + 1) == len(tl)
