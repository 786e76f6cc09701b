"""A poster's page: the legend shares the title's line, leaving the height to the lanes."""

from __future__ import annotations

from timeline_app.model import Category, Event, Timeline, TimePoint
from timeline_app.view.compose import PageOptions, compose
from timeline_app.view.layout import ApproxMetrics

METRICS = ApproxMetrics(10.0)  # a title line (1.6 lines of 20 px) taller than a legend row


def _timeline(lanes: int) -> Timeline:
    cats = [Category(f"c{k}", f"Category {k}") for k in range(lanes)]
    events = [
        Event(f"e{k}", f"Event {k}", TimePoint(2017, 5, 1 + k), category=c.id)
        for k, c in enumerate(cats)
    ]
    return Timeline(events, categories=cats)


def test_a_posters_legend_follows_its_title_on_the_same_line() -> None:
    tl = _timeline(5)
    lo, hi = tl.extent()
    page_opts = PageOptions(title="Putin and Trump, 2017", legend=True, margin=10.0)
    page = compose(tl, lo, hi, 6000.0, 1000.0, METRICS, page_opts)
    poster = compose(
        tl, lo, hi, 6000.0, 1000.0, METRICS, PageOptions(**{
            **{f: getattr(page_opts, f) for f in page_opts.__slots__},
            "legend_beside_title": True,
        })
    )  # fmt: skip
    assert poster.title_rect is not None and page.title_rect is not None
    title_end = poster.title_rect.x + METRICS.width("title", poster.title)
    assert [item.label for item in poster.legend] == [f"Category {k}" for k in range(5)]
    for item in poster.legend:  # on the title's line, after the title
        assert item.x > title_end
        assert poster.title_rect.y <= item.y and item.y + item.h <= poster.title_rect.bottom
    # The lanes begin right under the title, a legend row higher than on a page.
    assert poster.origin_y == poster.title_rect.bottom
    assert page.origin_y > poster.origin_y + 24.0


def test_a_legend_too_long_for_the_title_line_goes_on_below_it() -> None:
    tl = _timeline(8)
    lo, hi = tl.extent()
    opts = PageOptions(title="A title", legend=True, legend_beside_title=True)
    poster = compose(tl, lo, hi, 700.0, 800.0, METRICS, opts)
    assert poster.title_rect is not None
    below = [item for item in poster.legend if item.y >= poster.title_rect.bottom]
    assert below and below[0].x == 0.0  # the next row starts at the left, under the title
    last = poster.legend[-1]
    assert poster.origin_y >= last.y + last.h
    assert all(item.x + 1 >= 0 and item.x < 700.0 for item in poster.legend)
