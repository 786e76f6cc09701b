"""The viewport: which span of time is shown across how many pixels, and how it moves.

Every zoom and pan goes through ``clamp`` with the ``Limits``, so no sequence of user actions
can leave the allowed range (the idea of The Timeline Project's ``navigate``). Times are float
seconds since the Unix epoch; x is measured from the left edge, so precision never suffers
from large absolute times.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from timeline_app.model.timepoint import MAX_ABS_YEAR

MINUTE = 60.0
DAY = 86_400.0
YEAR = 365.2425 * DAY
MIN_SPAN = MINUTE
MAX_SPAN = 100_000 * YEAR
# No time beyond the furthest year a date may name is ever shown (float seconds there are
# still exact to a few minutes, far finer than any such view).
ABS_LIMIT = MAX_ABS_YEAR * YEAR


@dataclass(frozen=True, slots=True)
class Limits:
    """Where the view may go: its centre stays within [lo, hi]; its span within the bounds."""

    lo: float = -ABS_LIMIT
    hi: float = ABS_LIMIT
    min_span: float = MIN_SPAN
    max_span: float = MAX_SPAN

    @classmethod
    def around(cls, first: float, last: float) -> Limits:
        """Limits for a timeline whose events lie in [first, last]: the widest view shows all
        of it, even when it spans more than 100,000 years."""
        if first > last:
            first, last = last, first
        lo, hi = max(first, -ABS_LIMIT), min(last, ABS_LIMIT)
        return cls(lo, hi, MIN_SPAN, max(MAX_SPAN, (hi - lo) * 1.5))


@dataclass(frozen=True, slots=True)
class Viewport:
    """``span`` seconds starting at ``start``, drawn across ``width`` pixels."""

    start: float
    span: float
    width: float

    @property
    def end(self) -> float:
        return self.start + self.span

    @property
    def center(self) -> float:
        return self.start + self.span / 2

    @property
    def seconds_per_px(self) -> float:
        return self.span / self.width

    def time_to_x(self, t: float) -> float:
        return (t - self.start) * self.width / self.span

    def x_to_time(self, x: float) -> float:
        return self.start + x * self.span / self.width

    def with_width(self, width: float) -> Viewport:
        """The same time span across a new width (a resize keeps what is shown)."""
        return replace(self, width=max(1.0, float(width)))


def clamp(vp: Viewport, limits: Limits) -> Viewport:
    """The nearest allowed viewport: span within bounds, centre within [lo, hi]."""
    width = vp.width if math.isfinite(vp.width) and vp.width >= 1 else 1.0
    span = limits.max_span if math.isnan(vp.span) else vp.span
    span = min(max(span, limits.min_span), limits.max_span)
    # An overflow to ±inf means "as far as allowed" in that direction; only NaN is lost.
    center = vp.start + vp.span / 2
    center = limits.lo if math.isnan(center) else min(max(center, limits.lo), limits.hi)
    return Viewport(center - span / 2, span, width)


def zoom(vp: Viewport, factor: float, anchor_x: float, limits: Limits) -> Viewport:
    """Zoom in by ``factor`` (>1 in, <1 out) keeping the time under ``anchor_x`` fixed."""
    if not math.isfinite(factor) or factor <= 0:
        return clamp(vp, limits)
    anchor_x = min(max(anchor_x, 0.0), vp.width)
    anchor_t = vp.x_to_time(anchor_x)
    span = min(max(vp.span / factor, limits.min_span), limits.max_span)
    start = anchor_t - anchor_x / vp.width * span
    return clamp(Viewport(start, span, vp.width), limits)


def wheel_factor(degrees: float, per_notch: float = 1.25) -> float:
    """Exponential zoom: each 15-degree notch zooms by ``per_notch``; smooth for touchpads.

    Absurd wheel deltas are capped at 100 notches (zoom clamps the span anyway), so the
    power can neither overflow nor underflow to zero."""
    notches = min(max(degrees / 15.0, -100.0), 100.0) if math.isfinite(degrees) else 0.0
    return float(per_notch**notches)


def pan(vp: Viewport, dx_px: float, limits: Limits) -> Viewport:
    """Move the view so that content moves right by ``dx_px`` pixels."""
    return clamp(replace(vp, start=vp.start - dx_px * vp.seconds_per_px), limits)


def show(
    t0: float,
    t1: float,
    width: float,
    limits: Limits,
    margin: float = 0.04,
    right_margin: float | None = None,
) -> Viewport:
    """A viewport showing [t0, t1] with ``margin`` of the width free on the left and
    ``right_margin`` (default: the same) on the right, where the last labels need room."""
    if t1 < t0:
        t0, t1 = t1, t0
    right = margin if right_margin is None else right_margin
    span = max(t1 - t0, 0.0) / max(1e-9, 1 - margin - right)
    span = max(span, limits.min_span)
    start = t0 - span * margin if t1 > t0 else (t0 + t1) / 2 - span / 2
    return clamp(Viewport(start, span, width), limits)


def fit(t0: float, t1: float, width: float, limits: Limits, label_room: float = 220.0) -> Viewport:
    """The whole-timeline view: a little room on the left, and ``label_room`` pixels (at most
    three tenths of the width) on the right for the last labels."""
    right = min(0.3, label_room / max(width, 1.0))
    return show(t0, t1, width, limits, margin=0.03, right_margin=right)


def frame_event(
    t0: float, t1: float, width: float, limits: Limits, context: float = 14 * DAY
) -> Viewport:
    """A view of one event with context: a range fills the middle third, a point gets
    ``context`` seconds around it (callers pick it from the date's precision)."""
    duration = t1 - t0
    span = max(duration * 3, context)
    center = (t0 + t1) / 2
    return clamp(Viewport(center - span / 2, span, width), limits)


def interpolate(a: Viewport, b: Viewport, t: float) -> Viewport:
    """The view a fraction ``t`` of the way from ``a`` to ``b``: the span changes
    geometrically (a steady zoom) and the centre linearly, so an animation feels even."""
    t = min(max(t, 0.0), 1.0)
    if t == 1.0:
        return b
    span = a.span * (b.span / a.span) ** t if a.span > 0 and b.span > 0 else b.span
    center = a.center + (b.center - a.center) * t
    return Viewport(center - span / 2, span, b.width)


def restorable(start: float, span: float, limits: Limits) -> bool:
    """Whether a saved view can be shown as it was: finite, its span one that zooming can
    reach, its centre one that panning can reach. A view that is not (a damaged settings file,
    or one saved for another timeline) gives way to the whole-timeline view."""
    if not (math.isfinite(start) and math.isfinite(span)):
        return False
    center = start + span / 2
    return (
        limits.min_span <= span <= limits.max_span
        and math.isfinite(center)
        and limits.lo <= center <= limits.hi
    )
