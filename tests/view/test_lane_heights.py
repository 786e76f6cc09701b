"""Lane heights by need: a busy lane gets the rows its labels need while quiet lanes keep
theirs; on screen (with the frame before as a hint) the heights stay put while zooming."""

from itertools import pairwise
from pathlib import Path

import pytest

from timeline_app.formats import load_timeline
from timeline_app.model import Category, Event, Precision, Timeline, TimePoint
from timeline_app.view.layout import DEFAULT_STYLE, ApproxMetrics, layout
from timeline_app.view.scene import Scene
from timeline_app.view.viewport import Limits, Viewport, fit, zoom

DATASET = Path(__file__).resolve().parents[2] / "resources" / "timeline-2017.json"
METRICS = ApproxMetrics()
W = 1000.0


@pytest.fixture(scope="module")
def bundled() -> Timeline:
    return load_timeline(DATASET)


def one_busy_lane() -> Timeline:
    """Six events a day apart in 'busy' (their labels need six rows), one in each of four
    quiet categories."""
    cats = [Category(c, c.title()) for c in ("busy", "a", "b", "c", "d")]
    events = [
        Event(f"busy{i}", f"Busy event number {i}", TimePoint(2017, 7, 1 + i), category="busy")
        for i in range(6)
    ]
    events += [
        Event(c, f"Quiet {c}", TimePoint(2017, 3, 1, precision=Precision.DAY), category=c)
        for c in ("a", "b", "c", "d")
    ]
    return Timeline(events, categories=cats)


def whole(tl: Timeline, width: float = W) -> Viewport:
    t0, t1 = tl.extent()
    return fit(t0, t1, width, Limits.around(t0, t1))


def rows_of(scene: Scene) -> dict[str, int]:
    return {band.category_id: band.rows for band in scene.lanes}


def test_a_busy_lane_gets_the_rows_its_labels_need_while_quiet_lanes_keep_one():
    tl = one_busy_lane()
    vp = whole(tl)
    # Five equal lanes of this height hold two rows each: the busy lane would fold four.
    height = DEFAULT_STYLE.axis_height + 5 * 100.0
    scene = layout(tl, vp, height, METRICS)
    assert not scene.badges
    assert {m.event_id for m in scene.marks} == {e.id for e in tl.events}
    busy = scene.lanes[0]
    assert busy.category_id == "busy" and busy.rows >= 6
    assert all(band.rect.h < busy.rect.h for band in scene.lanes[1:])
    # The lanes still fill the frame, in order, without overlapping.
    for upper, lower in pairwise(scene.lanes):
        assert upper.rect.bottom <= lower.rect.y
    assert scene.lanes[-1].rect.bottom == pytest.approx(height - DEFAULT_STYLE.lane_gap)


def test_a_frame_too_low_for_every_label_folds_only_what_does_not_fit():
    tl = one_busy_lane()
    vp = whole(tl)
    # Nine rows for five lanes (each lane also has its caption and badge strip).
    fixed = DEFAULT_STYLE.lane_header + DEFAULT_STYLE.badge_height + DEFAULT_STYLE.lane_gap
    height = DEFAULT_STYLE.axis_height + 5 * fixed + 9 * DEFAULT_STYLE.row_height + 5
    scene = layout(tl, vp, height, METRICS)
    folded = sum(b.count for b in scene.badges)
    assert len(scene.marks) + folded == len(tl)
    # Each quiet lane keeps its one row, the busy lane takes the other five.
    assert rows_of(scene)["busy"] == 5 and folded == 1


def test_the_bundled_timeline_on_an_a4_page_labels_every_event(bundled):
    # The timeline area of an A4 landscape page with a title, legend and two footer lines.
    scene = layout(bundled, whole(bundled, 1047.0), 560.0, METRICS)
    assert not scene.badges
    assert len(scene.marks) == len(bundled)


def test_on_screen_the_heights_stay_put_while_zooming_in(bundled):
    t0, t1 = bundled.extent()
    limits = Limits.around(t0, t1)
    vp = whole(bundled)
    scene = layout(bundled, vp, 560.0, METRICS)
    rects = [band.rect for band in scene.lanes]
    for _step in range(12):
        vp = zoom(vp, 1.25, 0.8 * W, limits)
        scene = layout(bundled, vp, 560.0, METRICS, lane_rows=rows_of(scene))
        assert [band.rect for band in scene.lanes] == rects
    # Without the hint the same view would be laid out by its own needs, differently.
    fresh = layout(bundled, vp, 560.0, METRICS)
    assert [band.rect for band in fresh.lanes] != rects


def test_a_hint_gives_way_when_a_lane_would_fold_labels_another_lane_has_room_for():
    tl = one_busy_lane()
    vp = whole(tl)
    height = DEFAULT_STYLE.axis_height + 5 * 100.0
    # Rows from a frame where the busy lane had little to show.
    hint = {"busy": 1, "a": 5, "b": 3, "c": 3, "d": 3}
    scene = layout(tl, vp, height, METRICS, lane_rows=hint)
    assert not scene.badges
    assert rows_of(scene)["busy"] >= 6


def test_a_hint_that_no_longer_fits_the_height_is_not_used():
    tl = one_busy_lane()
    vp = whole(tl)
    height = DEFAULT_STYLE.axis_height + 5 * 100.0
    hint = {"busy": 20, "a": 20, "b": 20, "c": 20, "d": 20}
    scene = layout(tl, vp, height, METRICS, lane_rows=hint)
    assert scene.lanes[-1].rect.bottom <= height
    assert not scene.badges


def test_bare_markers_show_events_without_room_for_a_label_up_to_a_bound():
    from dataclasses import replace

    cat = [Category("c", "C")]
    events = [
        Event(f"e{i}", f"Event number {i}", TimePoint(2017, 7, 1 + i % 20), category="c")
        for i in range(60)
    ]
    tl = Timeline(events, categories=cat)
    vp = whole(tl)
    height = DEFAULT_STYLE.axis_height + 120.0
    folded = layout(tl, vp, height, METRICS)
    assert folded.badges
    shown = layout(tl, vp, height, METRICS, replace(DEFAULT_STYLE, bare_markers=100))
    assert not shown.badges and len(shown.marks) == len(tl)
    bare = [m for m in shown.marks if not m.label]
    assert bare and all(m.row == shown.lanes[0].rows for m in bare)
    for a, b in pairwise(bare):
        assert a.marker.right < b.marker.x  # side by side, none covering another
    # Past the bound the rest is counted, as without it.
    few = layout(tl, vp, height, METRICS, replace(DEFAULT_STYLE, bare_markers=3))
    assert few.badges
    assert len(few.marks) + sum(b.count for b in few.badges) == len(tl)
    assert sum(1 for m in few.marks if not m.label) <= 3


def test_a_lower_frame_takes_rows_from_the_highest_lanes_and_keeps_the_others():
    tl = one_busy_lane()
    vp = whole(tl)
    fixed = DEFAULT_STYLE.lane_header + DEFAULT_STYLE.badge_height + DEFAULT_STYLE.lane_gap
    height = DEFAULT_STYLE.axis_height + 5 * fixed + 12 * DEFAULT_STYLE.row_height
    hint = {"busy": 7, "a": 2, "b": 1, "c": 1, "d": 1}
    assert rows_of(layout(tl, vp, height, METRICS, lane_rows=hint)) == hint
    # A row lower: the busy lane, the highest, gives one up and still holds its labels.
    lower = layout(tl, vp, height - DEFAULT_STYLE.row_height, METRICS, lane_rows=hint)
    assert rows_of(lower) == {**hint, "busy": 6}
    assert not lower.badges
