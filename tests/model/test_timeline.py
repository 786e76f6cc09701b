"""The timeline's per-category lanes answer range queries exactly like a full scan."""

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from timeline_app.model import Category, Event, Precision, Timeline, TimePoint
from timeline_app.model.timeline import UNCATEGORISED
from timeline_app.model.timepoint import civil_from_days

# A failing hypothesis test makes hypothesis import libcst, whose mypy_extensions import warns;
# with warnings as errors that would abort the whole pytest session instead of failing a test.
pytestmark = pytest.mark.filterwarnings(
    "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
)
# No "explain" phase: it traces coverage and makes a failing run take a minute or more.
PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]

DAY = 86_400


def day(n: int) -> TimePoint:
    return TimePoint(*civil_from_days(n))


event_specs = st.lists(
    st.tuples(
        st.integers(-200, 200),  # start day
        st.none() | st.integers(0, 300) | st.integers(0, 5),  # length in days, or a point
        st.sampled_from(["a", "b", "", "zzz"]),  # category ("" and "zzz" are uncategorised)
    ),
    max_size=30,
)


def build(specs) -> Timeline:
    events = [
        Event(
            f"e{i}", f"E{i}", day(start), None if n is None else day(start + n), Precision.DAY, cat
        )
        for i, (start, n, cat) in enumerate(specs)
    ]
    return Timeline(events, categories=[Category("a", "A"), Category("b", "B")])


@settings(max_examples=200, deadline=None, database=None, phases=PHASES)
@given(event_specs, st.integers(-250, 450), st.integers(0, 60))
def test_lane_queries_match_a_full_scan(specs, lo_day, length):
    tl = build(specs)
    windows = [(lo_day, lo_day + length)] + [
        (d, d + n) for d in range(-250, 500, 25) for n in (0, 7)
    ]
    for first, last in windows:
        t_from, t_to = first * DAY + 0.5, last * DAY + 0.5
        for lane in tl.lanes:
            members = [
                e for e in tl.events
                if e.category == lane.category.id
                or (lane.category is UNCATEGORISED and e.category not in {"a", "b"})
            ]  # fmt: skip
            lo, hi = lane.points_between(t_from, t_to)
            assert {e.id for e in lane.points[lo:hi]} == {
                e.id for e in members if not e.is_range and t_from <= e.tm <= t_to
            }
            found = lane.ranges_overlapping(t_from, t_to)
            assert {lane.ranges[i].id for i in found} == {
                e.id for e in members if e.is_range and e.t0 <= t_to and e.t1 >= t_from
            }
            assert lane.count_between(t_from, t_to) == (hi - lo) + len(found)
    assert sum(len(lane) for lane in tl.lanes) == len(tl)


def test_events_are_sorted_and_indexed():
    events = [
        Event("late", "Late", TimePoint(2017, 7, 7)),
        Event("early", "Early", TimePoint(2016, 11, 8)),
        Event(
            "year",
            "A whole year",
            TimePoint(2017, precision=Precision.YEAR),
            precision=Precision.YEAR,
        ),
    ]
    tl = Timeline(events, categories=[Category("x", "X")])
    # A year-long point sits at the middle of its year (2 July 2017), before 7 July.
    assert [e.id for e in tl.events] == ["early", "year", "late"]
    assert tl.index_of("late") == 2 and tl.index_of("nope") == -1
    assert tl.get("early").title == "Early" and tl.get("nope") is None
    assert tl.extent() == (TimePoint(2016, 11, 8).start_seconds, tl.get("late").tm)
    # Events without a known category go to an "Other" lane.
    assert [c.id for c in tl.categories] == ["x", "uncategorised"]
    assert len(tl.lane_of("uncategorised")) == 3
    assert Timeline([]).extent() == (0.0, 0.0)


def test_ranges_of_different_lengths_are_all_found():
    # Sorted by their middles, these ranges are not sorted by their starts.
    cat = Category("war", "War")
    tl = Timeline(
        [
            Event("siege", "Siege", TimePoint(2017, 1, 4), TimePoint(2017, 3, 28), category="war"),
            Event("talks", "Talks", TimePoint(2017, 3, 11), TimePoint(2017, 3, 12), category="war"),
            Event(
                "campaign",
                "Campaign",
                TimePoint(2017, 2, 18),
                TimePoint(2017, 5, 16),
                category="war",
            ),
        ],
        categories=[cat],
    )
    lane = tl.lane_of("war")
    t_from, t_to = TimePoint(2017, 2, 25).start_seconds, TimePoint(2017, 3, 4).start_seconds
    assert {lane.ranges[i].id for i in lane.ranges_overlapping(t_from, t_to)} == {
        "siege",
        "campaign",
    }
    assert lane.count_between(t_from, t_to) == 2


def test_point_marker_sits_inside_its_period():
    e = Event("m", "May", TimePoint(2017, 5, precision=Precision.MONTH), precision=Precision.MONTH)
    assert TimePoint(2017, 5, 1).start_seconds < e.tm < TimePoint(2017, 6, 1).start_seconds
    r = Event("r", "Range", TimePoint(2017, 7, 7), TimePoint(2017, 7, 8))
    assert r.t0 == TimePoint(2017, 7, 7).start_seconds
    assert r.t1 == TimePoint(2017, 7, 9).start_seconds  # the end day is included
    assert r.date_text() == "7–8 July 2017"


def test_a_quote_is_cited_with_author_title_publisher_year_locator_and_address() -> None:
    from timeline_app.model import Quote, Source

    source = Source(
        "sieyes",
        "What Is the Third Estate?",
        "Éditions X",
        1789,
        author="Emmanuel Joseph Sieyès",
        url="https://example.org/sieyes",
    )
    quote = Quote("What is the Third Estate? Everything.", source, "ch. 1")
    assert quote.with_citation() == (
        "“What is the Third Estate? Everything.”\n"
        "— Emmanuel Joseph Sieyès, What Is the Third Estate?, Éditions X, 1789, ch. 1. "
        "https://example.org/sieyes"
    )
    assert quote.with_citation_html() == (
        "<p>“What is the Third Estate? Everything.”<br>— Emmanuel Joseph Sieyès, "
        "<i>What Is the Third Estate?</i>, Éditions X, 1789, ch. 1. "
        '<a href="https://example.org/sieyes">https://example.org/sieyes</a></p>'
    )
    spoken = Quote("<b>Not bold</b>", Source("s", "T"), "p. 2", speaker="A & B")
    assert spoken.with_citation() == "“<b>Not bold</b>”\n— A & B, quoted in T, p. 2"
    assert "&lt;b&gt;Not bold&lt;/b&gt;" in spoken.with_citation_html()
    assert "A &amp; B, quoted in <i>T</i>, p. 2" in spoken.with_citation_html()
