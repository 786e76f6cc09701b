"""The Scene: everything one frame shows, as plain rectangles and strings, in pixels.

Produced by ``layout`` from a timeline and a viewport; drawn by ``render`` onto a widget, an
image, an SVG or a PDF. Selection and hover are not part of it, so changing them needs no new
layout. Hit testing works on the scene alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from timeline_app.i18n import number

# Rect and EventMark are named tuples rather than frozen dataclasses: a busy frame makes a few
# hundred of each, and a tuple is made in under half the time (a frozen dataclass sets each
# field through object.__setattr__).


class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.x + self.w and self.y <= py <= self.y + self.h


@dataclass(frozen=True, slots=True)
class LaneBand:
    """A category's horizontal band, with its header caption."""

    category_id: str
    label: str
    color: str
    rect: Rect
    index: int
    count_visible: int
    palette: int = 0  # the category's place in the file: picks its colour and shape
    rows: int = 0  # the rows of labels the band holds (kept from frame to frame on screen)


class EventMark(NamedTuple):
    """One event drawn: a marker (point) or a bar (range), and its label beside it."""

    event_id: str
    color: str
    is_range: bool
    marker: Rect
    label: str
    label_rect: Rect
    row: int
    lane: int  # position among the lanes shown
    palette: int = 0  # the category's place in the file: picks its colour and shape

    @property
    def hit_rect(self) -> Rect:
        x0 = min(self.marker.x, self.label_rect.x)
        x1 = max(self.marker.right, self.label_rect.right)
        y0 = min(self.marker.y, self.label_rect.y)
        y1 = max(self.marker.bottom, self.label_rect.bottom)
        return Rect(x0, y0, x1 - x0, y1 - y0)


@dataclass(frozen=True, slots=True)
class Badge:
    """Events with no room for a label, folded into a count ("+12"); zooming in opens it."""

    rect: Rect
    count: int
    t_from: float
    t_to: float
    lane: int
    color: str
    palette: int = 0

    @property
    def text(self) -> str:
        return f"+{number(self.count)}"


@dataclass(frozen=True, slots=True)
class EraBand:
    """A named period: its label in the era strip under the axis, and the tint it lays over
    the lanes between its start and its end (both clamped to the frame)."""

    label: str
    color: str
    label_rect: Rect  # the era's stretch of its row in the era strip
    span: Rect  # the tint over the lanes
    index: int  # the era's place in the timeline: picks a colour where it has none
    text_x: float  # where the label starts (kept in view while the era's start is not)


@dataclass(frozen=True, slots=True)
class AxisTick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class ContextLabel:
    x: float
    label: str


@dataclass(slots=True)
class Scene:
    width: float
    height: float
    axis_rect: Rect
    lanes: list[LaneBand] = field(default_factory=list)
    ticks: list[AxisTick] = field(default_factory=list)
    context: list[ContextLabel] = field(default_factory=list)
    marks: list[EventMark] = field(default_factory=list)
    badges: list[Badge] = field(default_factory=list)
    eras: list[EraBand] = field(default_factory=list)
    empty_message: str = ""

    def mark_for(self, event_id: str) -> EventMark | None:
        for mark in self.marks:
            if mark.event_id == event_id:
                return mark
        return None

    def hit(self, x: float, y: float, slop: float = 3.0) -> EventMark | Badge | None:
        """The event mark or badge under (x, y), the nearest one within ``slop`` pixels."""
        for mark in reversed(self.marks):
            r = mark.hit_rect
            if r.x - slop <= x <= r.right + slop and r.y - slop <= y <= r.bottom + slop:
                return mark
        for badge in self.badges:
            r = badge.rect
            if r.x - slop <= x <= r.right + slop and r.y - slop <= y <= r.bottom + slop:
                return badge
        return None
