"""The overview strip: where the events are across the whole timeline, per category.

Counts come from bisecting each lane's sorted columns at the bin edges, so the cost is
bins × lanes × log(n), whatever the number of events; the search's matches are binned the same
way, by bisecting their positions in time order.

The strip maps time to x as the main view does when it shows the whole timeline (its margins
included), so that then the window spans the strip exactly, and a zoomed view's window lies
over the very events it shows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from timeline_app.model.timeline import Timeline
from timeline_app.view.viewport import Viewport


@dataclass(frozen=True, slots=True)
class Overview:
    t0: float
    t1: float
    width: float
    colors: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]  # per lane, per bin
    palette: tuple[int, ...] = ()  # each lane's category index, for its colour
    eras: tuple[tuple[float, float, str, int], ...] = ()  # x0, x1, colour, index per era

    def x_of(self, t: float) -> float:
        return (t - self.t0) / (self.t1 - self.t0) * self.width

    def t_of(self, x: float) -> float:
        return self.t0 + x / self.width * (self.t1 - self.t0)

    def window(self, vp: Viewport, least: float = 3.0) -> tuple[float, float]:
        """The visible window's [x0, x1] within the strip, at least ``least`` px wide: the
        whole strip for the whole timeline (or more), never outside it, so it always shows."""
        w = self.width
        x0 = min(max(self.x_of(vp.start), 0.0), w)
        x1 = min(max(self.x_of(vp.end), 0.0), w)
        if x1 - x0 < least:
            mid = (x0 + x1) / 2
            x0 = min(max(mid - least / 2, 0.0), max(0.0, w - least))
            x1 = min(x0 + least, w)
        return x0, x1


def overview(
    timeline: Timeline,
    width: float,
    hidden: Collection[str] = (),
    bin_px: float = 2.0,
    whole: tuple[float, float] | None = None,
) -> Overview:
    """The strip for ``timeline`` across ``width`` px. ``whole`` is the span the main view
    shows for the whole timeline (start, end); without it, the extent with a little room."""
    if whole is not None and whole[1] > whole[0]:
        t0, t1 = whole
    else:
        lo, hi = timeline.extent()
        pad = max((hi - lo) * 0.02, 86_400.0)
        t0, t1 = lo - pad, hi + pad
    bins = max(1, int(width / bin_px))
    edges = [t0 + (t1 - t0) * k / bins for k in range(bins + 1)]
    colors: list[str] = []
    palette: list[int] = []
    counts: list[tuple[int, ...]] = []
    for index, lane in enumerate(timeline.lanes):
        if not len(lane) or lane.category.id in hidden:
            continue
        palette.append(index)
        markers = lane.point_starts
        idx = [markers.bisect_left(e) for e in edges]
        row = [idx[k + 1] - idx[k] for k in range(bins)]
        if len(lane.range_starts):
            # A range counts in every bin it touches: those that start before the bin's end,
            # less those that ended before its start. Two bisections a bin.
            starts, ends = lane.range_starts, lane.sorted_range_ends()
            for k in range(bins):
                row[k] += bisect_left(starts, edges[k + 1]) - bisect_left(ends, edges[k])
        colors.append(lane.category.color)
        counts.append(tuple(row))
    span = t1 - t0
    eras = tuple(
        ((e.t0 - t0) / span * width, (e.t1 - t0) / span * width, e.color, k)
        for k, e in enumerate(timeline.eras)
    )
    return Overview(t0, t1, width, tuple(colors), tuple(counts), tuple(palette), eras)


def match_counts(timeline: Timeline, rows: Sequence[int], ov: Overview) -> tuple[int, ...]:
    """How many of the matches at ``rows`` (positions in time order, ascending) begin in each
    of the strip's bins: two bisections a bin, whatever the number of matches."""
    bins = len(ov.counts[0]) if ov.counts else max(1, int(ov.width / 2.0))
    cols = timeline.columns
    tm, t0, ranges = cols.tm, cols.t0, cols.t1

    def begins(i: int) -> float:
        return float(t0[i]) if i in ranges else tm[i]

    edges = [ov.t0 + (ov.t1 - ov.t0) * k / bins for k in range(bins + 1)]
    idx = [bisect_left(rows, e, key=begins) for e in edges]
    return tuple(idx[k + 1] - idx[k] for k in range(bins))
