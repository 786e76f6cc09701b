"""The overview strip: where the events are across the whole timeline, per category.

Counts come from bisecting each lane's sorted columns at the bin edges, so the cost is
bins × lanes × log(n), whatever the number of events.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection
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

    def window(self, vp: Viewport) -> tuple[float, float]:
        """The visible window's [x0, x1] in the strip, at least 3 px wide, clamped."""
        x0 = min(max(self.x_of(vp.start), -1.0), self.width + 1)
        x1 = min(max(self.x_of(vp.end), -1.0), self.width + 1)
        if x1 - x0 < 3:
            mid = (x0 + x1) / 2
            x0, x1 = mid - 1.5, mid + 1.5
        return x0, x1


def overview(
    timeline: Timeline, width: float, hidden: Collection[str] = (), bin_px: float = 2.0
) -> Overview:
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
        idx = [bisect_left(lane.point_starts, e) for e in edges]
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
