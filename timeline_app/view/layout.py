"""Layout: from a timeline and a viewport to a Scene whose labels never overlap.

Each visible category is a lane with a few rows. Events are swept left to right; each takes
the first row that is free at its x. When no row is free, the events up to the point where a
row frees are folded into a count badge in one bisect, so the work per frame is bounded by the
number of labels that fit on screen, not by the number of events.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from timeline_app.i18n import context
from timeline_app.model.timeline import (
    MERGED_LANE,
    UNCATEGORISED,
    Era,
    Lane,
    Timeline,
    category_label,
)
from timeline_app.view import ticks as ticks_mod
from timeline_app.view.scene import (
    AxisTick,
    Badge,
    ContextLabel,
    EraBand,
    EventMark,
    LaneBand,
    Rect,
    Scene,
)
from timeline_app.view.text import ELLIPSIS, prefix
from timeline_app.view.viewport import Viewport

tr = context("Layout")

_INF = math.inf


class TextMetrics(Protocol):
    """Measures text for one paint target. Roles: label, tick, context, lane, badge."""

    def width(self, role: str, text: str) -> float: ...

    def elide(self, role: str, text: str, width: float) -> str: ...

    def line_height(self, role: str) -> float: ...


class ApproxMetrics:
    """A Qt-free stand-in: every character ``char_px`` wide. For tests and headless use."""

    def __init__(self, char_px: float = 7.0) -> None:
        self.char_px = char_px

    def width(self, role: str, text: str) -> float:
        return len(text) * self.char_px

    def elide(self, role: str, text: str, width: float) -> str:
        if self.width(role, text) <= width:
            return text
        n = max(0, int(width // self.char_px) - 1)
        return text[:n] + "…"

    def line_height(self, role: str) -> float:
        return self.char_px * 2


# Marks a shortened label does not end on: the ellipsis follows the word before them.
_WORD_ENDS = " ,;:.–—-/"
_BETWEEN_WORDS = re.compile(r"(?<=[^ ]) ")  # where a word ends


def elide_words(metrics: TextMetrics, role: str, text: str, width: float) -> str:
    """``text`` if it fits in ``width``; else its longest beginning that ends with a whole
    word and fits with "…" after it. Only a first word wider than the room is cut inside
    it (with "…"): nothing shorter would show anything.

    Found by bisection over the places between words, each measured with ``metrics.width``
    (cached): a frame shortens a label in every row that reaches the right edge."""
    if metrics.width(role, text) <= width:
        return text
    ends = [m.start() for m in _BETWEEN_WORDS.finditer(text)]
    lo, hi = 0, len(ends)  # the beginnings up to ends[:lo] fit
    while lo < hi:
        mid = (lo + hi) // 2
        if metrics.width(role, text[: ends[mid]].rstrip(_WORD_ENDS) + ELLIPSIS) <= width:
            lo = mid + 1
        else:
            hi = mid
    if lo:
        kept = text[: ends[lo - 1]].rstrip(_WORD_ENDS)
        if kept:
            return kept + ELLIPSIS
    first = text[: ends[0] if ends else len(text)]
    if not first.isascii():
        return metrics.elide(role, text, width)  # Qt keeps letters and their accents whole
    lo, hi = 0, len(first)  # first[:lo] fits with "…"
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if metrics.width(role, first[:mid] + ELLIPSIS) <= width:
            lo = mid
        else:
            hi = mid - 1
    return first[:lo] + ELLIPSIS if metrics.width(role, first[:lo] + ELLIPSIS) <= width else ""


@dataclass(frozen=True, slots=True)
class LayoutStyle:
    """Sizes in logical pixels; themes scale them (the projector theme is larger)."""

    context_height: float = 20.0
    tick_height: float = 22.0
    lane_header: float = 18.0
    row_height: float = 24.0
    badge_height: float = 18.0
    marker: float = 10.0
    bar_height: float = 14.0
    label_gap: float = 5.0
    item_gap: float = 12.0
    max_label_width: float = 300.0
    lane_gap: float = 3.0
    era_height: float = 18.0  # one row of the era strip under the axis
    edge_pad: float = 6.0
    labels_on_bars: bool = True
    # One lane for every shown category (colour and marker shape tell them apart): the
    # projector's large type leaves too little height for a lane per category.
    one_lane: bool = False
    # A label that would run past the right edge (and finds no room on the left) is shortened
    # at a word to end there, on screen as on paper: a word cut by the edge reads as another.
    fit_labels_at_edge: bool = True
    tick_label_dx: float = 3.0  # a tick's label starts this far right of it (as drawn)
    # Up to this many events of a lane with no room for a label show their marker alone,
    # in the strip under the rows, instead of a count badge: a presentation shows every
    # event. The bound keeps the work of a frame bounded.
    bare_markers: int = 0

    @property
    def axis_height(self) -> float:
        return self.context_height + self.tick_height

    def scaled(self, factor: float) -> LayoutStyle:
        """Every size times ``factor``; flags stay as they are."""
        sizes = {
            f: getattr(self, f) * factor
            for f in self.__slots__
            if isinstance(getattr(self, f), float)
        }
        return replace(self, **sizes)


DEFAULT_STYLE = LayoutStyle()


@dataclass(slots=True)
class LayoutStats:
    """What one layout looked at: used by tests to check that work follows what is visible."""

    items_considered: int = 0
    labels_measured: int = 0


# No character that shows is narrower than this part of a line's height: a hair space, the
# narrowest, is about a tenth of an em, and a line is more than an em high.
_NARROWEST_CHAR = 1 / 12


def label_chars(metrics: TextMetrics, width: float, style: LayoutStyle = DEFAULT_STYLE) -> int:
    """How many characters of a title a label can ever show in a view ``width`` wide: a label
    is at most as wide as the view (or max_label_width), so only that beginning of a title is
    measured or elided, however long the title is."""
    widest = max(width, style.max_label_width)
    return int(widest / (metrics.line_height("label") * _NARROWEST_CHAR)) + 2


def layout(
    timeline: Timeline,
    vp: Viewport,
    height: float,
    metrics: TextMetrics,
    style: LayoutStyle = DEFAULT_STYLE,
    hidden: Collection[str] = (),
    stats: LayoutStats | None = None,
    focus: ticks_mod.Focus | None = None,
    lane_rows: Mapping[str, int] | None = None,
) -> Scene:
    """The scene for ``vp`` at ``height`` pixels, with the categories in ``hidden`` left out;
    ``focus``: the event the view frames, whose unit the axis names.

    ``lane_rows`` (category id -> rows, as ``LaneBand.rows`` of the frame before) keeps the
    lanes' heights of that frame while every lane's labels still fit in them: see
    ``_layout_lanes``."""
    stats = stats if stats is not None else LayoutStats()
    scene = Scene(vp.width, height, Rect(0, 0, vp.width, style.axis_height))
    _layout_axis(scene, vp, metrics, style, focus)
    lanes = [lane for lane in timeline.lanes if len(lane) and lane.category.id not in hidden]
    # Category id -> (index among the shown categories, colour): marks keep their category's
    # colour and shape even when they share one lane.
    # The index is the category's place in the file, not among the shown ones, so hiding a
    # category never changes another's colour or shape.
    cats = {lane.category.id: (i, lane.category.color) for i, lane in enumerate(timeline.lanes)}
    if not lanes:
        scene.empty_message = (
            tr("No events in this timeline.")
            if len(timeline) == 0
            else tr("All categories are hidden.")
        )
        return scene
    if style.one_lane:
        lanes = [timeline.merged_lane(frozenset(hidden))]
    top = style.axis_height
    if timeline.eras:
        # The strip's height depends on the timeline alone, not on the eras in view, so the
        # lanes keep their place while the user zooms and pans.
        rows = era_rows(timeline.eras)
        strip = Rect(0, top, vp.width, style.era_height * (max(rows) + 1))
        _layout_eras(scene, timeline.eras, rows, strip, vp, height, metrics, style)
        top = strip.bottom + style.lane_gap
    _layout_lanes(scene, lanes, top, height, vp, metrics, style, stats, cats, lane_rows or {})
    if not scene.marks and not scene.badges:
        scene.empty_message = tr("No events in this period. Press Home to see the whole timeline.")
    return scene


MAX_ERA_ROWS = 3  # eras that overlap more deeply share the last row


def era_rows(eras: Sequence[Era]) -> list[int]:
    """The row of the era strip each era takes (eras in time order): the first row whose
    last era has ended, so that overlapping eras stack and the rest share a row. An era that
    begins on the day (or in the year) the one before it ends follows it on its row: files
    name the boundary date for both."""
    ends: list[float] = []
    rows: list[int] = []
    for era in eras:
        end = era.end.start_seconds
        for k, last in enumerate(ends):
            if last <= era.t0:
                ends[k] = end
                rows.append(k)
                break
        else:
            if len(ends) < MAX_ERA_ROWS:
                ends.append(end)
                rows.append(len(ends) - 1)
            else:
                k = min(range(len(ends)), key=ends.__getitem__)
                ends[k] = max(ends[k], end)
                rows.append(k)
    return rows


def _layout_eras(
    scene: Scene,
    eras: Sequence[Era],
    rows: list[int],
    strip: Rect,
    vp: Viewport,
    height: float,
    metrics: TextMetrics,
    style: LayoutStyle,
) -> None:
    """The eras in view: a labelled stretch of the strip each, and a tint over the lanes."""
    for index, (era, row) in enumerate(zip(eras, rows, strict=True)):
        if era.t1 < vp.start or era.t0 > vp.end:
            continue
        x0 = max(vp.time_to_x(era.t0), -2.0)
        x1 = min(vp.time_to_x(era.t1), vp.width + 2.0)
        y = strip.y + row * style.era_height
        rect = Rect(x0, y, max(1.0, x1 - x0), style.era_height - 1)
        # The label stays in view while the era's start is scrolled off to the left.
        text_x = max(x0, 0.0) + style.label_gap
        room = min(x1, vp.width) - text_x - style.label_gap
        label = elide_words(metrics, "era", era.title[:200], room) if room > 0 else ""
        scene.eras.append(
            EraBand(
                label,
                era.color,
                rect,
                Rect(x0, strip.bottom, max(1.0, x1 - x0), max(0.0, height - strip.bottom)),
                index,
                text_x,
            )
        )


def _layout_axis(
    scene: Scene,
    vp: Viewport,
    metrics: TextMetrics,
    style: LayoutStyle,
    focus: ticks_mod.Focus | None = None,
) -> None:
    ax = ticks_mod.axis(vp, lambda s: metrics.width("tick", s), focus)
    # A tick whose label would run past the right edge keeps its line, not a cut label.
    right = vp.width - style.tick_label_dx
    scene.ticks = [
        AxisTick(t.x, t.label if t.x + metrics.width("tick", t.label) <= right else "")
        for t in ax.ticks
    ]
    # Context labels: the first sticks to the left edge until the next one pushes it away.
    # A label is shown whole or not at all.
    ctx = list(ax.context)
    placed: list[ContextLabel] = []
    for i, tick in enumerate(ctx):
        w = metrics.width("context", tick.label)
        x = max(tick.x + style.edge_pad, style.edge_pad) if i == 0 else tick.x + style.edge_pad
        if i + 1 < len(ctx):
            x = min(x, ctx[i + 1].x - w - style.item_gap)
        # Not past the right edge either: a year near it moves left to show whole.
        x = min(x, vp.width - w - style.edge_pad)
        if (
            placed
            and x < placed[-1].x + metrics.width("context", placed[-1].label) + style.item_gap
        ):
            continue
        if x < 0:
            continue  # pushed off the left edge by the next one: gone, not cut
        placed.append(ContextLabel(x, tick.label))
    scene.context = placed


@dataclass(slots=True)
class _LaneOut:
    """One lane laid out: its marks and badges, how many of its events are in view, how many
    rows its marks take, and whether some of its events were folded into badges."""

    marks: list[EventMark]
    badges: list[Badge]
    in_view: int
    used: int
    folded: bool  # some events have no label: in a badge, or a bare marker
    bare: int = 0  # markers shown without a label


def _capacity(rect: Rect, header: float, style: LayoutStyle) -> int:
    """The rows of labels a lane's band holds under its header, above its badge strip."""
    room = rect.h - header - style.badge_height
    return max(0, int((room + 1e-6) // style.row_height))


def _lane_rects(
    fixed: list[float], rows: list[int], top: float, body: float, width: float, style: LayoutStyle
) -> list[Rect]:
    """Lanes stacked from ``top``, each with its header, ``rows`` rows and badge strip; the
    height left over is shared equally, so that the lanes fill the frame."""
    need = sum(f + r * style.row_height for f, r in zip(fixed, rows, strict=True))
    extra = max(0.0, body - need) / len(rows)
    rects = []
    y = top
    for f, r in zip(fixed, rows, strict=True):
        h = f + r * style.row_height + extra
        rects.append(Rect(0, y, width, h - style.lane_gap))
        y += h
    return rects


def _shifted(out: _LaneOut, dy: float) -> _LaneOut:
    """The lane's marks and badges moved down by ``dy`` (its band moved, its rows did not)."""
    marks = [
        m._replace(
            marker=m.marker._replace(y=m.marker.y + dy),
            label_rect=m.label_rect._replace(y=m.label_rect.y + dy),
        )
        for m in out.marks
    ]
    badges = [replace(b, rect=b.rect._replace(y=b.rect.y + dy)) for b in out.badges]
    return _LaneOut(marks, badges, out.in_view, out.used, out.folded, out.bare)


# Rounds of giving the rows that lanes leave unused to lanes that fold labels: the first
# shares them equally, the second gives what a lane did not need to those still folding.
_REALLOCATIONS = 2


def _layout_lanes(
    scene: Scene,
    lanes: list[Lane],
    top: float,
    height: float,
    vp: Viewport,
    metrics: TextMetrics,
    style: LayoutStyle,
    stats: LayoutStats,
    cats: dict[str, tuple[int, str]],
    hint: Mapping[str, int],
) -> None:
    """The lanes below ``top``, each as high as the rows its labels need at this zoom, within
    the room there is.

    Lanes start from the rows of ``hint`` (the frame before, on screen) or from equal shares.
    Only when a lane folds labels into a badge while others leave rows unused do the heights
    change: those lanes keep the rows they use and the rows freed go to the lanes that fold,
    which alone are laid out again. So the heights on screen stay put while the user zooms,
    until a lane would hide labels that a different split shows, and a page or an export
    (no hint) folds nothing that its height can hold. The extra work is bounded by the
    lanes that fold, laid out at most twice more; a frame where every lane folds (or none
    does) costs no more than one pass.
    """
    n = len(lanes)
    row_h = style.row_height
    # The shared lane of one_lane needs no caption: the legend names the categories.
    headers = [0.0 if lane.category.id == MERGED_LANE else style.lane_header for lane in lanes]
    fixed = [h + style.badge_height + style.lane_gap for h in headers]
    body = max(1.0, height - top)
    total = int((body - sum(fixed) + 1e-6) // row_h)  # rows for all lanes together
    ids = [lane.category.id for lane in lanes]
    rows: list[int] | None = None
    if total >= n:
        rows = [hint.get(c, 0) for c in ids]
        # A lower frame (the window made smaller) takes rows from the highest lanes first.
        while min(rows) >= 1 and sum(rows) > total and max(rows) > 1:
            rows[rows.index(max(rows))] -= 1
        if min(rows) < 1 or sum(rows) > total:
            rows = [total // n + (1 if k < total % n else 0) for k in range(n)]
        rects = _lane_rects(fixed, rows, top, body, vp.width, style)
    else:
        # Too low for a row in every lane: equal bands, showing what they can.
        lane_h = body / n
        rects = [Rect(0, top + k * lane_h, vp.width, lane_h - style.lane_gap) for k in range(n)]
    palettes = [cats.get(c, (k, ""))[0] for k, c in enumerate(ids)]

    def run(k: int) -> _LaneOut:
        return _layout_lane(
            lanes[k], k, palettes[k], rects[k], headers[k], vp, metrics, style, stats, cats
        )

    outs = [run(k) for k in range(n)]
    for _round in range(_REALLOCATIONS if rows is not None else 0):
        folding = [k for k in range(n) if outs[k].folded]
        if not folding or len(folding) == n:
            break
        new = [
            _capacity(rects[k], headers[k], style) if outs[k].folded else max(1, outs[k].used)
            for k in range(n)
        ]
        spare = total - sum(new)
        if spare <= 0:
            break
        for j, k in enumerate(folding):
            new[k] += spare // len(folding) + (1 if j < spare % len(folding) else 0)
        moved = _lane_rects(fixed, new, top, body, vp.width, style)
        for k in range(n):
            dy = moved[k].y - rects[k].y
            rects[k] = moved[k]
            if outs[k].folded:
                outs[k] = run(k)
            elif dy:
                outs[k] = _shifted(outs[k], dy)
        if not any(out.folded for out in outs):
            # Everything fits now: each lane as high as it needs, the rest shared equally.
            need = [max(1, out.used) for out in outs]
            moved = _lane_rects(fixed, need, top, body, vp.width, style)
            for k in range(n):
                dy = moved[k].y - rects[k].y
                rects[k] = moved[k]
                if dy:
                    outs[k] = _shifted(outs[k], dy)
            break
    for k, lane in enumerate(lanes):
        out = outs[k]
        scene.marks.extend(out.marks)
        scene.badges.extend(out.badges)
        scene.lanes.append(
            LaneBand(
                lane.category.id,
                category_label(lane.category),
                lane.category.color,
                rects[k],
                k,
                out.in_view,
                palettes[k],
                _capacity(rects[k], headers[k], style),
            )
        )


def _layout_lane(
    lane: Lane,
    lane_index: int,
    palette: int,
    rect: Rect,
    header: float,
    vp: Viewport,
    metrics: TextMetrics,
    style: LayoutStyle,
    stats: LayoutStats,
    cats: dict[str, tuple[int, str]],
) -> _LaneOut:
    """Place one lane's visible events in the rows ``rect`` holds under its header."""
    out = _LaneOut([], [], 0, 0, False)
    scene = out  # marks and badges go to the lane's own lists
    body_top = rect.y + header
    # A lane too short for one row shows only count badges.
    rows = _capacity(rect, header, style)
    badge_y = max(rect.y, min(body_top + rows * style.row_height, rect.bottom - style.badge_height))
    # Events with no room for a label that still show their marker, in the badge strip.
    bare_left = style.bare_markers
    bare_y = badge_y + (style.badge_height - style.marker) / 2
    bare_right = -_INF
    color = lane.category.color
    half = style.marker / 2
    spp = vp.seconds_per_px
    t_left = vp.start - half * spp
    t_right = vp.end
    p_lo, p_hi = lane.points_between(t_left, t_right)
    range_ids = lane.ranges_overlapping(vp.start, vp.end)
    out.in_view = p_hi - p_lo + len(range_ids)
    starts = lane.point_starts
    assert lane.timeline is not None
    cols = lane.timeline.columns
    titles, ids, keys, cat_of = cols.titles, cols.ids, cols.category_keys, cols.categories
    row_free = [float("-inf")] * rows
    badges: list[list[float]] = []  # [x, count, t_from, t_to]
    r_i = 0
    p = p_lo
    # Per point below, in locals: a busy frame places a few hundred labels.
    point_index = lane.point_index
    v_start, span, width = vp.start, vp.span, vp.width
    label_gap, item_gap, row_height = style.label_gap, style.item_gap, style.row_height
    marker, marker_dy = style.marker, (style.row_height - style.marker) / 2
    max_label_width, fit_at_edge = style.max_label_width, style.fit_labels_at_edge
    label_width = metrics.width
    fallback = cats.get(UNCATEGORISED.id, (palette, color))
    chars = label_chars(metrics, width, style)

    count_width: dict[int, float] = {}

    def badge_width(count: int) -> float:
        """A badge's width for ``count``: "+1,234" and its padding (counts repeat a lot)."""
        w = count_width.get(count)
        if w is None:
            w = count_width[count] = metrics.width("badge", f"+{count:,}") + 12
        return w

    def hide(x: float, count: int, t_from: float, t_to: float) -> None:
        if badges:
            last = badges[-1]
            if x <= last[0] + badge_width(int(last[1])) + label_gap:
                last[1] += count
                last[3] = max(last[3], t_to)
                return
        badges.append([x, float(count), t_from, t_to])

    n_ranges = len(range_ids)
    considered = 0
    first_mark = 0
    # Labels shortened to max_label_width, right of their marker: (mark, title, full width).
    shortened: list[tuple[int, str, float]] = []
    # A lower bound of min(row_free): row ends only grow, so a marker left of it has no free
    # row, found without looking at every row (most of a busy frame's points fold so).
    lowest = -_INF
    while p < p_hi or r_i < n_ranges:
        considered += 1
        next_range_x = (
            max(vp.time_to_x(lane.range_starts[range_ids[r_i]]), 0.0) if r_i < n_ranges else _INF
        )
        # vp.time_to_x, inline
        point_x = (starts[p] - v_start) * width / span if p < p_hi else _INF
        if next_range_x <= point_x:
            i = lane.range_index[range_ids[r_i]]
            r_i += 1
            ev_index, ev_color = cats.get(keys[cat_of[i]]) or fallback
            _place_range(
                scene,
                ids[i],
                prefix(titles[i], chars),
                cols.t0[i],
                cols.t1[i],
                lane_index,
                ev_index,
                body_top,
                rows,
                row_free,
                vp,
                metrics,
                style,
                ev_color,
                stats,
                hide,
            )
            continue
        x = point_x
        left = x - half
        row = _first_free(row_free, left) if left >= lowest else -1
        if row >= 0:
            i = point_index[p]
            ev_index, ev_color = cats.get(keys[cat_of[i]]) or fallback
            stats.labels_measured += 1
            title = label = prefix(titles[i], chars)
            label_w = full_w = label_width("label", label)
            if label_w > max_label_width:
                label, label_w = _fit_label(label, metrics, style)
            label_x = x + half + label_gap
            right_side = True  # and not cut by the right edge
            if label_x + label_w > width:
                # Near the right edge the label goes to the left of its marker, if a row
                # is free from there.
                left_x = left - label_gap - label_w
                left_row = _first_free(row_free, left_x) if left_x >= 0 else -1
                if left_row >= 0:
                    row, label_x = left_row, left_x
                    right_side = False
                elif fit_at_edge:
                    label, label_w = _fit_to_edge(title, label_x, width, metrics, style)
                    right_side = False  # the edge, not max_label_width, bounds it
                    if not label:
                        # No room for a word on the right: shortened on the left, in the
                        # row's room before the marker, or no label at all.
                        room = left - label_gap - max(row_free[row], 0.0)
                        label = elide_words(metrics, "label", title, room) if room > 0 else ""
                        label_w = label_width("label", label) if label else 0.0
                        label_x = left - label_gap - label_w if label else x + half
            if right_side and label_w < full_w:
                shortened.append((len(scene.marks), title, full_w))
            y = body_top + row * row_height
            scene.marks.append(
                EventMark(
                    ids[i],
                    ev_color,
                    False,
                    Rect(left, y + marker_dy, marker, marker),
                    label,
                    Rect(label_x, y, label_w, row_height),
                    row,
                    lane_index,
                    ev_index,
                )
            )
            row_free[row] = max(label_x + label_w, x + half) + item_gap
            p += 1
            continue
        # No row is free at x: fold every point until a row frees (or the next range) at once.
        lowest = min(row_free) if row_free else _INF
        free_x = (lowest if row_free else x + 3 * style.badge_height) + half
        t_stop = v_start + free_x * span / width  # vp.x_to_time, inline
        if r_i < n_ranges:
            t_stop = min(t_stop, max(lane.range_starts[range_ids[r_i]], vp.start))
        q = max(p + 1, starts.bisect_left(t_stop, p, p_hi))
        if q - p <= bare_left:
            # Markers without labels, in the strip under the rows, rather than a count.
            bare_left -= q - p
            for j in range(p, q):
                i = point_index[j]
                ev_index, ev_color = cats.get(keys[cat_of[i]]) or fallback
                # Side by side where they would cover each other (events of one day).
                xj = max((starts[j] - v_start) * width / span - half, bare_right)
                bare_right = xj + marker + 2
                scene.marks.append(
                    EventMark(
                        ids[i],
                        ev_color,
                        False,
                        Rect(xj, bare_y, marker, marker),
                        "",
                        Rect(xj + marker, bare_y, 0.0, marker),
                        rows,
                        lane_index,
                        ev_index,
                    )
                )
            considered += q - p - 1
            out.bare += q - p
        else:
            hide(x, q - p, starts[p], starts[q - 1])
        p = q
    stats.items_considered += considered
    if shortened:
        _lengthen_labels(scene.marks, first_mark, shortened, width, metrics, style)

    for x, count, t_from, t_to in badges:
        w = badge_width(int(count))
        scene.badges.append(
            Badge(
                Rect(max(0.0, x - style.marker / 2), badge_y + 1, w, style.badge_height - 2),
                int(count),
                t_from,
                t_to,
                lane_index,
                color,
                palette,
            )
        )
    out.used = 1 + max((m.row for m in out.marks if m.row < rows), default=-1)
    out.folded = bool(out.badges) or out.bare > 0
    return out


def _lengthen_labels(
    marks: list[EventMark],
    first: int,
    shortened: list[tuple[int, str, float]],
    width: float,
    metrics: TextMetrics,
    style: LayoutStyle,
) -> None:
    """Give a label shortened to max_label_width the room its row has free after it: all of
    its title when that fits before the next item in the row. The rows were filled with the
    short widths, so this only uses space nothing else was given, and never runs past the
    right edge."""
    spans: dict[int, list[float]] = {}  # row -> left edges of what the row holds
    for m in marks[first:]:
        spans.setdefault(m.row, []).append(min(m.marker.x, m.label_rect.x))
    gap = style.item_gap
    for k, title, full_w in shortened:
        m = marks[k]
        lx = m.label_rect.x
        room = min((x for x in spans[m.row] if x > m.marker.x), default=_INF) - gap - lx
        # Not past the right edge either: there the shortened label (with its ellipsis)
        # reads better than a whole one cut off mid-word.
        room = min(room, width - lx - style.label_gap / 2)
        if room <= m.label_rect.w:
            continue
        if full_w <= room:
            label, label_w = title, full_w
        else:
            label = elide_words(metrics, "label", title, room)
            label_w = metrics.width("label", label)
            if label_w <= m.label_rect.w:
                continue
        r = m.label_rect
        marks[k] = m._replace(label=label, label_rect=Rect(r.x, r.y, label_w, r.h))


def _first_free(row_free: list[float], x: float) -> int:
    for row, free in enumerate(row_free):
        if free <= x:
            return row
    return -1


def _fit_to_edge(
    title: str, label_x: float, width: float, metrics: TextMetrics, style: LayoutStyle
) -> tuple[str, float]:
    """The label shortened to end at the right edge; '' where not even "…" fits."""
    room = max(0.0, width - label_x - style.label_gap / 2)
    label = elide_words(metrics, "label", title, room)
    return label, metrics.width("label", label)


def _fit_label(title: str, metrics: TextMetrics, style: LayoutStyle) -> tuple[str, float]:
    w = metrics.width("label", title)
    if w <= style.max_label_width:
        return title, w
    label = elide_words(metrics, "label", title, style.max_label_width)
    return label, metrics.width("label", label)


def _place_range(
    scene: _LaneOut,
    event_id: str,
    title: str,
    t0: int,
    t1: int,
    lane_index: int,
    palette: int,
    body_top: float,
    rows: int,
    row_free: list[float],
    vp: Viewport,
    metrics: TextMetrics,
    style: LayoutStyle,
    color: str,
    stats: LayoutStats,
    hide: Callable[[float, int, float, float], None],
) -> None:
    x0 = vp.time_to_x(t0)
    x1 = vp.time_to_x(t1)
    vis0 = max(x0, 0.0)
    row = _first_free(row_free, vis0)
    if row < 0:
        assert callable(hide)
        hide(vis0, 1, float(t0), float(t0))
        return
    stats.labels_measured += 1
    label, label_w = _fit_label(title, metrics, style)
    inside = style.labels_on_bars and label_w + 2 * style.label_gap <= min(x1, vp.width) - vis0
    label_x = vis0 + style.label_gap if inside else max(x1, vis0) + style.label_gap
    if not inside and label_x + label_w > vp.width:
        left_x = vis0 - style.label_gap - label_w
        left_row = _first_free(row_free, left_x) if left_x >= 0 else -1
        if left_row >= 0:
            row, label_x = left_row, left_x
    if style.fit_labels_at_edge and not inside and label_x + label_w > vp.width:
        # On the visible part of the bar if that holds more of the title than the edge does.
        room = min(x1, vp.width) - vis0 - 2 * style.label_gap
        on_bar = elide_words(metrics, "label", title, room) if style.labels_on_bars else ""
        label, label_w = _fit_to_edge(title, label_x, vp.width, metrics, style)
        if on_bar and len(on_bar) > len(label):
            label, label_w = on_bar, metrics.width("label", on_bar)
            label_x = vis0 + style.label_gap
        elif not label:
            label_w, label_x = 0.0, min(label_x, vp.width)
    y = body_top + row * style.row_height
    bar = Rect(
        x0, y + (style.row_height - style.bar_height) / 2, max(x1 - x0, 2.0), style.bar_height
    )
    scene.marks.append(
        EventMark(
            event_id,
            color,
            True,
            bar,
            label,
            Rect(label_x, y, label_w, style.row_height),
            row,
            lane_index,
            palette,
        )
    )
    row_free[row] = max(x1, label_x + label_w) + style.item_gap
