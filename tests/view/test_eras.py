"""Eras in the layout: a labelled band in the strip under the axis and a tint over the lanes,
for the eras in view only; overlapping eras stack; the lanes keep their place at any zoom."""

from __future__ import annotations

from timeline_app.model import Category, Event, Precision, Timeline, TimePoint
from timeline_app.model.timeline import Era
from timeline_app.view.layout import DEFAULT_STYLE, MAX_ERA_ROWS, ApproxMetrics, era_rows, layout
from timeline_app.view.viewport import Limits, Viewport, fit

METRICS = ApproxMetrics()
W, H = 1200.0, 500.0


def year(y: int) -> TimePoint:
    return TimePoint(y, precision=Precision.YEAR)


def era(title: str, a: int, b: int, color: str = "") -> Era:
    return Era(title, year(a), year(b), Precision.YEAR, color)


def germany(eras: list[Era]) -> Timeline:
    events = [
        Event("v", "Treaty of Versailles", TimePoint(1919, 6, 28), category="p"),
        Event("p", "Invasion of Poland", TimePoint(1939, 9, 1), category="p"),
    ]
    return Timeline(events, categories=[Category("p", "Politics")], eras=eras)


ERAS = [
    era("German Empire", 1871, 1917),
    era("Weimar Republic", 1918, 1932),
    era("Nazi Germany", 1933, 1944, "#7F7F7F"),
    era("Great Depression", 1929, 1938),
]


def whole(tl: Timeline) -> Viewport:
    t0, t1 = tl.extent()
    return fit(t0, t1, W, Limits.around(t0, t1))


def test_eras_in_view_are_bands_with_their_names() -> None:
    tl = germany(ERAS)
    scene = layout(tl, whole(tl), H, METRICS)
    assert [e.label for e in scene.eras] == [
        "German Empire",
        "Weimar Republic",
        "Great Depression",
        "Nazi Germany",
    ]
    nazi = scene.eras[3]
    assert nazi.color == "#7F7F7F"
    assert nazi.label_rect.x < nazi.label_rect.right
    # The tint covers the lanes, below the strip, over the era's years.
    lane_top = min(band.rect.y for band in scene.lanes)
    assert nazi.span.y <= lane_top and nazi.span.bottom >= max(b.rect.bottom for b in scene.lanes)
    assert abs(nazi.span.x - nazi.label_rect.x) < 1e-6


def test_the_whole_view_shows_eras_beyond_the_events() -> None:
    tl = germany(ERAS)
    first, last = tl.extent()
    assert first <= year(1871).start_seconds and last >= year(1944).end_seconds()


def test_overlapping_eras_stack_and_the_rest_share_the_last_row() -> None:
    tl = germany(ERAS)
    # Each era follows the one before it on row 0; the Depression overlaps two of them.
    assert era_rows(tl.eras) == [0, 0, 1, 0]
    many = [era(f"E{k}", 1900, 1950) for k in range(6)]
    rows = era_rows(many)
    assert max(rows) == MAX_ERA_ROWS - 1 and rows[:MAX_ERA_ROWS] == list(range(MAX_ERA_ROWS))


def test_only_the_eras_in_view_are_laid_out_and_the_lanes_stay_put() -> None:
    tl = germany(ERAS)
    vp = whole(tl)
    wide = layout(tl, vp, H, METRICS)
    t = TimePoint(1920, 1, 1).start_seconds
    narrow_vp = Viewport(t, 365 * 86_400.0, W)  # the year 1920 only
    narrow = layout(tl, narrow_vp, H, METRICS)
    assert [e.label for e in narrow.eras] == ["Weimar Republic"]
    weimar = narrow.eras[0]
    assert weimar.label_rect.x <= 0 and weimar.text_x >= 0  # its name stays in view
    assert [b.rect for b in narrow.lanes] == [b.rect for b in wide.lanes]


def test_a_timeline_without_eras_gives_its_lanes_all_the_room() -> None:
    tl = germany([])
    scene = layout(tl, whole(tl), H, METRICS)
    assert not scene.eras
    assert scene.lanes[0].rect.y == DEFAULT_STYLE.axis_height
