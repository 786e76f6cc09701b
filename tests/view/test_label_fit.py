"""Nothing cut mid-word: a label that does not fit is shortened after a whole word with "…"
(or goes to the other side of its marker), on screen as in exports; tick and context labels
are never cut by the frame's edge."""

from pathlib import Path

import pytest

from timeline_app.formats import load_timeline
from timeline_app.model import Timeline
from timeline_app.view.layout import DEFAULT_STYLE, ApproxMetrics, elide_words, layout
from timeline_app.view.scene import Scene
from timeline_app.view.viewport import Limits, Viewport, fit, zoom

DATASET = Path(__file__).resolve().parents[2] / "resources" / "timeline-2017.json"
METRICS = ApproxMetrics()


@pytest.fixture(scope="module")
def bundled() -> Timeline:
    return load_timeline(DATASET)


def whole_words(label: str, title: str) -> bool:
    """The title, or a beginning of it that ends with a whole word, then "…"."""
    if label == title:
        return True
    if not label.endswith("…"):
        return False
    kept = label[:-1]
    return bool(kept) and title.startswith(kept) and title[len(kept)] in " ,;:.–—-/"


@pytest.mark.parametrize("chars", range(4, 40))
def test_a_title_is_shortened_after_a_whole_word(chars):
    title = "Breakfast of Putin, Merkel and Macron"
    label = elide_words(METRICS, "label", title, chars * METRICS.char_px)
    assert METRICS.width("label", label) <= chars * METRICS.char_px
    if label != title and len(label) > 1 and " " in label:
        assert whole_words(label, title), label
    if chars == 34:  # room for "Breakfast of Putin, Merkel and Ma…"
        assert label == "Breakfast of Putin, Merkel and…"


def test_a_first_word_wider_than_the_room_is_cut_with_an_ellipsis():
    assert elide_words(METRICS, "label", "Constantinople fell", 6 * 7.0) == "Const…"
    assert elide_words(METRICS, "label", "Short", 100.0) == "Short"


def check_labels_inside(tl: Timeline, vp: Viewport, scene: Scene) -> None:
    for m in scene.marks:
        title = tl.get(m.event_id).title  # type: ignore[union-attr]
        assert whole_words(m.label, title), (m.label, title)
        assert m.label_rect.x >= 0 and m.label_rect.right <= vp.width, m
        assert m.label_rect.w == METRICS.width("label", m.label)


@pytest.mark.parametrize("width", [640.0, 800.0, 1024.0, 1280.0])
@pytest.mark.parametrize("factor", [1.0, 3.0, 12.0, 60.0])
@pytest.mark.parametrize("anchor", [0.5, 0.9, 0.99])
def test_on_screen_no_label_runs_past_the_right_edge(bundled, width, factor, anchor):
    t0, t1 = bundled.extent()
    limits = Limits.around(t0, t1)
    vp = zoom(fit(t0, t1, width, limits), factor, anchor * width, limits)
    scene = layout(bundled, vp, 600.0, METRICS)
    check_labels_inside(bundled, vp, scene)


def test_a_label_at_the_right_edge_goes_left_of_its_marker_where_there_is_room(bundled):
    meeting = bundled.get("putin-trump-meeting-2017-07-07")
    assert meeting is not None
    # The meeting's marker 40 px from the right edge of an 800 px window.
    spp = 30 * 86400 / 800
    vp = Viewport(meeting.tm - 760 * spp, 800 * spp, 800.0)
    scene = layout(bundled, vp, 600.0, METRICS)
    check_labels_inside(bundled, vp, scene)
    mark = scene.mark_for(meeting.id)
    assert mark is not None and mark.label == meeting.title
    assert mark.label_rect.right <= mark.marker.x


@pytest.mark.parametrize("width", [333.0, 640.0, 800.0, 1111.0])
@pytest.mark.parametrize("days", [0.3, 3.0, 40.0, 400.0, 4000.0, 40_000.0])
@pytest.mark.parametrize("shift", [0.0, 0.37, 0.71])
def test_tick_and_context_labels_are_never_cut_at_the_edges(width, days, shift):
    span = days * 86400
    vp = Viewport(1_483_228_800 + shift * span, span, width)
    scene = layout(Timeline([]), vp, 300.0, METRICS)
    assert scene.ticks
    for tick in scene.ticks:
        if tick.label:
            right = tick.x + DEFAULT_STYLE.tick_label_dx + METRICS.width("tick", tick.label)
            assert tick.x >= 0 and right <= width, (tick, width)
    for c in scene.context:
        assert c.x >= 0 and c.x + METRICS.width("context", c.label) <= width, (c, width)


def test_a_period_running_past_the_right_edge_is_labelled_on_its_visible_bar():
    from timeline_app.model import Category, Event, TimePoint

    war = Event(
        "w",
        "The Thirty Years War in central Europe",
        TimePoint(1618, 5, 23),
        end=TimePoint(1648, 10, 24),
        category="c",
    )
    tl = Timeline([war], categories=[Category("c", "C")])
    # The war starts 100 px into a 320 px view and runs far past its right edge.
    vp = Viewport(war.t0 - 100 * 86400 * 30, 320 * 86400 * 30, 320.0)
    scene = layout(tl, vp, 200.0, METRICS)
    mark = scene.mark_for("w")
    assert mark is not None and mark.label
    assert whole_words(mark.label, war.title)
    assert mark.marker.x <= mark.label_rect.x and mark.label_rect.right <= vp.width
