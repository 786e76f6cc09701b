"""Layout: every event in view is a mark or counted in a badge; labels never overlap; the work
follows what is visible, not how many events the timeline has."""

import itertools
from pathlib import Path

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from timeline_app.formats import load_timeline
from timeline_app.model import Category, Event, Precision, Timeline, TimePoint
from timeline_app.model.timepoint import civil_from_days, days_from_civil
from timeline_app.view.layout import DEFAULT_STYLE, ApproxMetrics, LayoutStats, layout
from timeline_app.view.scene import Badge, EventMark, Rect, Scene
from timeline_app.view.viewport import DAY, Limits, Viewport, fit, show, zoom

# A failing hypothesis test makes hypothesis import libcst, whose mypy_extensions import warns;
# with warnings as errors that would abort the whole pytest session instead of failing a test.
pytestmark = pytest.mark.filterwarnings(
    "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
)
# No "explain" phase: it traces coverage and makes a failing run take a minute or more.
PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]

DATASET = Path(__file__).resolve().parents[2] / "resources" / "timeline-2017.json"
METRICS = ApproxMetrics()
W, H = 1280.0, 720.0


@pytest.fixture(scope="module")
def bundled() -> Timeline:
    return load_timeline(DATASET)


def synthetic(n: int) -> Timeline:
    """n one-day events on consecutive days from 1 January 1800, all in one category."""
    first = days_from_civil(1800, 1, 1)
    events = []
    for i in range(n):
        y, m, d = civil_from_days(first + i)
        events.append(
            Event(f"e{i}", f"Event {i}", TimePoint(y, m, d, precision=Precision.DAY), category="c")
        )
    return Timeline(events, categories=[Category("c", "Everything", "#0072B2")])


@pytest.fixture(scope="module")
def small() -> Timeline:
    return synthetic(1_000)


@pytest.fixture(scope="module")
def huge() -> Timeline:
    return synthetic(100_000)


def fitted(tl: Timeline, width: float = W) -> Viewport:
    t0, t1 = tl.extent()
    return fit(t0, t1, width, Limits.around(t0, t1))


def events_in_view(tl: Timeline, vp: Viewport, hidden=()) -> set[str]:
    """Independently: ranges overlapping the view, points whose marker is (partly) in it."""
    half = DEFAULT_STYLE.marker / 2 * vp.seconds_per_px
    out = set()
    for e in tl.events:
        if e.category in hidden:
            continue
        if e.is_range:
            if e.t0 <= vp.end and e.t1 >= vp.start:
                out.add(e.id)
        elif vp.start - half <= e.tm <= vp.end:
            out.add(e.id)
    return out


def overlap(a: Rect, b: Rect) -> bool:
    """Interiors intersect (touching edges is fine)."""
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def check_scene(tl: Timeline, vp: Viewport, scene: Scene, hidden=()) -> None:
    # Every event in view is drawn once or counted once in a badge.
    ids = [m.event_id for m in scene.marks]
    assert len(ids) == len(set(ids))
    expected = events_in_view(tl, vp, hidden)
    assert set(ids) <= expected
    assert len(ids) + sum(b.count for b in scene.badges) == len(expected)
    assert sum(lane.count_visible for lane in scene.lanes) == len(expected)
    for b in scene.badges:
        assert b.count >= 1 and b.t_from <= b.t_to
    # No two labels overlap, and no label covers another event's marker or bar.
    for a, b in itertools.combinations(scene.marks, 2):
        assert not overlap(a.label_rect, b.label_rect), (a, b)
        assert not overlap(a.label_rect, b.marker), (a, b)
        assert not overlap(b.label_rect, a.marker), (a, b)
    # Badges do not overlap each other or any label.
    for a, b in itertools.combinations(scene.badges, 2):
        assert not overlap(a.rect, b.rect), (a, b)
    for badge in scene.badges:
        for m in scene.marks:
            assert not overlap(badge.rect, m.label_rect), (badge, m)
    # Everything sits in its lane, below the axis.
    for m in scene.marks:
        band = scene.lanes[m.lane].rect
        assert band.y <= m.label_rect.y and m.label_rect.bottom <= band.bottom
        assert band.y <= m.marker.y and m.marker.bottom <= band.bottom
        assert m.label_rect.y >= scene.axis_rect.bottom
        # A marker at the very edge, with no room for a word either side, has no label.
        no_room = m.marker.right + DEFAULT_STYLE.label_gap * 1.5 + METRICS.width("label", "…")
        assert m.label or no_room > vp.width, m
        assert m.label_rect.w == METRICS.width("label", m.label)
        # The whole title, or shortened with an ellipsis; past max_label_width a label runs
        # only into room its row has free (the overlap checks above hold either way).
        title = tl.get(m.event_id).title  # type: ignore[union-attr]
        assert m.label in (title, "") or m.label.endswith("…"), (m.label, title)
        if m.label_rect.w > DEFAULT_STYLE.max_label_width:
            assert m.label_rect.right <= vp.width, m  # lengthened only within the view
    for badge in scene.badges:
        band = scene.lanes[badge.lane].rect
        assert band.y <= badge.rect.y and badge.rect.bottom <= band.bottom, (badge, band)


def test_bundled_dataset_fitted(bundled):
    vp = fitted(bundled)
    scene = layout(bundled, vp, H, METRICS)
    check_scene(bundled, vp, scene)
    assert len(events_in_view(bundled, vp)) == 14
    # At the fitted zoom there is room for every one of the 14 labels.
    assert len(scene.marks) == 14 and not scene.badges
    assert [lane.category_id for lane in scene.lanes] == [c.id for c in bundled.categories]
    assert not scene.empty_message
    g20 = scene.mark_for("g20-hamburg-2017-07-07")
    assert g20 is not None and g20.is_range
    # A title longer than max_label_width is shown whole where its row has room for it.
    long_title = scene.mark_for("flynn-resignation-2017-02-13")
    assert long_title is not None
    assert long_title.label == "Michael Flynn resigns as national security advisor"
    assert long_title.label_rect.w > DEFAULT_STYLE.max_label_width


def test_a_long_title_is_shortened_only_as_far_as_the_next_item_in_its_row():
    # Two events a day apart on one row: the first's long title may not run into the second.
    cat = [Category("c", "C")]
    first = Event("a", "A very long title " * 6, TimePoint(2017, 5, 1), category="c")
    second = Event("b", "Short", TimePoint(2017, 6, 20), category="c")
    tl = Timeline([first, second], categories=cat)
    vp = Viewport(TimePoint(2017, 4, 25).start_seconds, 90 * 86400.0, 1000.0)
    scene = layout(tl, vp, 200.0, METRICS)
    check_scene(tl, vp, scene)
    a, b = scene.mark_for("a"), scene.mark_for("b")
    assert a is not None and b is not None and a.row == b.row
    assert a.label.endswith("…")
    gap = b.marker.x - a.label_rect.right
    assert DEFAULT_STYLE.item_gap <= gap < DEFAULT_STYLE.item_gap + METRICS.char_px * 2
    assert a.label_rect.w > DEFAULT_STYLE.max_label_width  # more than before, all it can


@pytest.mark.parametrize("factor", [2.0, 8.0, 40.0, 300.0])
@pytest.mark.parametrize("anchor", [0.1, 0.5, 0.83, 0.97])
def test_bundled_dataset_zoomed(bundled, factor, anchor):
    t0, t1 = bundled.extent()
    limits = Limits.around(t0, t1)
    vp = zoom(fitted(bundled), factor, anchor * W, limits)
    check_scene(bundled, vp, layout(bundled, vp, H, METRICS))


@pytest.mark.parametrize("height", [200.0, 300.0, 360.0, 400.0])
def test_bundled_dataset_in_a_small_window(bundled, height):
    vp = fitted(bundled, 640.0)
    scene = layout(bundled, vp, height, METRICS)
    check_scene(bundled, vp, scene)
    assert scene.badges  # not everything fits: the rest is counted, not dropped


def test_summit_week(bundled):
    vp = show(bundled.get("g20-hamburg-2017-07-07").t0 - 3 * DAY,
              bundled.get("g20-hamburg-2017-07-07").t1 + 3 * DAY, W, Limits())  # fmt: skip
    scene = layout(bundled, vp, H, METRICS)
    check_scene(bundled, vp, scene)
    shown = {m.event_id for m in scene.marks}
    assert {"g20-hamburg-2017-07-07", "putin-trump-meeting-2017-07-07",
            "ukraine-bilateral-channel-2017-07-07", "cyber-security-working-group-2017-07-07"} <= shown  # fmt: skip


def test_hidden_categories_are_left_out(bundled):
    vp = fitted(bundled)
    hidden = {"diplomacy", "speech"}
    scene = layout(bundled, vp, H, METRICS, hidden=hidden)
    check_scene(bundled, vp, scene, hidden)
    assert {lane.category_id for lane in scene.lanes} == {"summit", "us-politics", "agreement"}
    assert all(bundled.get(m.event_id).category not in hidden for m in scene.marks)
    assert len(scene.marks) + sum(b.count for b in scene.badges) == 14 - 6
    everything = layout(bundled, vp, H, METRICS, hidden={c.id for c in bundled.categories})
    assert not everything.marks and not everything.badges and not everything.lanes
    assert everything.empty_message == "All categories are hidden."


def test_a_period_without_events_says_so(bundled):
    vp = show(-1e10, -1e10 + 30 * DAY, W, Limits())
    scene = layout(bundled, vp, H, METRICS)
    assert not scene.marks and not scene.badges
    assert "No events in this period" in scene.empty_message
    assert scene.ticks  # the axis is still drawn


def test_empty_timeline():
    scene = layout(Timeline([]), Viewport(0, 86_400, W), H, METRICS)
    assert scene.empty_message == "No events in this timeline."


@pytest.mark.parametrize("which", ["small", "huge"])
def test_work_follows_what_is_visible_not_the_number_of_events(which, request):
    tl = request.getfixturevalue(which)
    vp = fitted(tl)
    stats = LayoutStats()
    scene = layout(tl, vp, H, METRICS, stats=stats)
    assert stats.items_considered < 2_000
    assert stats.labels_measured < 2_000
    assert stats.labels_measured >= len(scene.marks) > 0
    assert len(scene.marks) + sum(b.count for b in scene.badges) == len(tl)
    assert scene.lanes[0].count_visible == len(tl)


def test_the_bound_is_the_same_for_a_hundred_times_more_events(small, huge):
    a, b = LayoutStats(), LayoutStats()
    layout(small, fitted(small), H, METRICS, stats=a)
    layout(huge, fitted(huge), H, METRICS, stats=b)
    assert b.items_considered < 2 * a.items_considered + 100
    assert b.labels_measured < 2 * a.labels_measured + 100


@pytest.mark.parametrize("which", ["small", "huge"])
def test_zooming_into_a_badge_opens_it(which, request):
    tl = request.getfixturevalue(which)
    vp = fitted(tl)
    before = layout(tl, vp, H, METRICS)
    check_scene(tl, vp, before)
    badge = max(before.badges, key=lambda b: b.count)

    def marks_within(scene):
        return sum(1 for m in scene.marks if badge.t_from <= tl.get(m.event_id).tm <= badge.t_to)

    t0, t1 = tl.extent()
    inner = show(badge.t_from, badge.t_to, W, Limits.around(t0, t1))
    after = layout(tl, inner, H, METRICS)
    check_scene(tl, inner, after)
    assert marks_within(after) > marks_within(before)
    assert inner.span < vp.span / 5


def test_dense_timeline_zoomed_and_panned(small):
    t0, t1 = small.extent()
    limits = Limits.around(t0, t1)
    vp = fitted(small)
    for factor, anchor in [(3.0, 0.2), (5.0, 0.9), (2.0, 0.5), (0.3, 0.1)]:
        vp = zoom(vp, factor, anchor * W, limits)
        check_scene(small, vp, layout(small, vp, H, METRICS))


def test_ranges_and_points_together():
    cat = Category("c", "C")
    events = [
        Event("long", "A long range", TimePoint(2017, 1, 1), TimePoint(2017, 12, 31)),
        *(Event(f"p{i}", f"Point {i}", TimePoint(2017, 1 + i % 12, 1 + i % 28)) for i in range(60)),
        *(Event(f"r{i}", f"Range {i}", TimePoint(2017, 1 + i % 12, 1), TimePoint(2017, 1 + i % 12, 20))
          for i in range(30)),
    ]  # fmt: skip
    events = [Event(e.id, e.title, e.start, e.end, category="c") for e in events]
    tl = Timeline(events, categories=[cat])
    t0, t1 = tl.extent()
    limits = Limits.around(t0, t1)
    vp = fitted(tl)
    for factor in [1.0, 3.0, 10.0]:
        view = zoom(vp, factor, 0.4 * W, limits)
        check_scene(tl, view, layout(tl, view, 400.0, METRICS))


def test_hit_finds_a_mark_at_its_marker_and_nothing_in_empty_space(bundled):
    scene = layout(bundled, fitted(bundled), H, METRICS)
    for m in scene.marks:
        cx, cy = m.marker.x + m.marker.w / 2, m.marker.y + m.marker.h / 2
        hit = scene.hit(cx, cy)
        assert isinstance(hit, EventMark) and hit.event_id == m.event_id
        lx, ly = m.label_rect.x + m.label_rect.w / 2, m.label_rect.y + m.label_rect.h / 2
        assert scene.hit(lx, ly).event_id == m.event_id
    # The summit lane, left of everything: no mark there.
    summit = scene.lanes[0].rect
    assert scene.hit(20.0, summit.y + summit.h / 2) is None
    # The axis is not an event.
    assert scene.hit(W / 2, 10.0) is None


def test_hit_finds_badges(small):
    scene = layout(small, fitted(small), H, METRICS)
    badge = scene.badges[0]
    hit = scene.hit(badge.rect.x + badge.rect.w / 2, badge.rect.y + badge.rect.h / 2)
    assert isinstance(hit, Badge) and hit.count == badge.count


random_events = st.lists(
    st.tuples(
        st.integers(0, 400),  # start day
        st.none() | st.integers(0, 200) | st.integers(0, 3),  # a point, or a range's length
        st.sampled_from(["a", "b", "c"]),
        st.integers(1, 60),  # title length
    ),
    min_size=1,
    max_size=80,
)


@settings(max_examples=150, deadline=None, database=None, phases=PHASES)
@given(st.data())
def test_random_timelines_at_random_zooms(data):
    # st.data() keeps hypothesis from writing a patch file into the working tree on failure.
    specs = data.draw(random_events, label="events")
    first = days_from_civil(2000, 1, 1)
    events = [
        Event(
            f"e{i}", "x" * n, TimePoint(*civil_from_days(first + s)),
            None if length is None else TimePoint(*civil_from_days(first + s + length)),
            Precision.DAY, cat,
        )
        for i, (s, length, cat, n) in enumerate(specs)
    ]  # fmt: skip
    tl = Timeline(events, categories=[Category(c, c.upper()) for c in "abc"])
    t0, t1 = tl.extent()
    limits = Limits.around(t0, t1)
    width = data.draw(st.sampled_from([320.0, 800.0, 1280.0]), label="width")
    factor = data.draw(st.floats(0.5, 200.0), label="zoom")
    anchor = data.draw(st.floats(0.0, 1.0), label="anchor")
    height = data.draw(st.sampled_from([150.0, 250.0, 400.0, 720.0]), label="height")
    vp = zoom(fitted(tl, width), factor, anchor * width, limits)
    check_scene(tl, vp, layout(tl, vp, height, METRICS))


def test_hiding_a_category_keeps_every_other_colour_and_shape(bundled):
    vp = fitted(bundled)
    before = {m.event_id: (m.palette, m.color) for m in layout(bundled, vp, H, METRICS).marks}
    after = {
        m.event_id: (m.palette, m.color)
        for m in layout(bundled, vp, H, METRICS, hidden={"summit"}).marks
    }
    assert after and all(before[k] == v for k, v in after.items() if k in before)
