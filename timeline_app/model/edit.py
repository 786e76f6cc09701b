"""Edits of a timeline as values: each applies to a Timeline, gives a new Timeline and the edit
that undoes it. The old timeline is never changed, so a view still drawing it stays right.

Changing one event does not rebuild the timeline: the columns, kept in blocks (model.rows), are
spliced by copying the one or two blocks where the event leaves and arrives; the row numbers
kept in the sparse columns, the lanes and the id table are shifted only between the old and
the new place of the event, and lanes of other categories are shared. A change of the
categories rebuilds the lanes, as loading does.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from timeline_app.i18n import context, number
from timeline_app.model.rows import Column, Rows
from timeline_app.model.timeline import (
    UNCATEGORISED,
    Category,
    Era,
    Event,
    EventColumns,
    Extras,
    Lane,
    Source,
    Timeline,
)
from timeline_app.model.timepoint import MAX_ABS_YEAR

tr = context("Edits")


class Edit(Protocol):
    """What every edit offers: a name for people ("Move ‘Warsaw speech’") and apply()."""

    @property
    def name(self) -> str: ...

    def apply(self, timeline: Timeline) -> tuple[Timeline, Edit]:
        """The edited timeline and the edit that gives ``timeline`` back from it."""
        ...


class EditError(ValueError):
    """An edit that does not fit the timeline (an unknown event, a duplicate id)."""


def extras_of(e: Event) -> Extras:
    return (
        e.location,
        e.participants,
        e.summary,
        e.date_source,
        e.date_note,
        e.notes,
        e.quotes,
        e.display_date,
        e.media,
    )


@dataclass(frozen=True, slots=True)
class PutEvent:
    """Put ``event`` in the place of the event ``old_id``: a change or a move when both are
    given, an addition when ``old_id`` is None, a removal when ``event`` is None.

    ``row`` is where the event goes among the others once the old one is out; it matters only
    among events that begin at the same instant (they keep their order), so an undo puts an
    event back exactly where it was. A row that does not fit the event's time is ignored."""

    old_id: str | None
    event: Event | None
    name: str = ""
    row: int | None = None

    def apply(self, timeline: Timeline) -> tuple[Timeline, Edit]:
        out = None
        old: Event | None = None
        if self.old_id is not None:
            out = timeline.index_of(self.old_id)
            if out < 0:
                raise EditError(tr("no event has the id {id}").format(id=repr(self.old_id)))
            old = timeline.event(out)
        new_id = None if self.event is None else self.event.id
        if new_id is not None and new_id != self.old_id and timeline.index_of(new_id) >= 0:
            raise EditError(tr("an event already has the id {id}").format(id=repr(new_id)))
        if self.event is not None:
            for point in (self.event.start, self.event.end):
                if point is not None and abs(point.year) > MAX_ABS_YEAR:
                    raise EditError(
                        tr(
                            "the year {year} is beyond the years a timeline can hold (±{most})"
                        ).format(year=number(point.year), most=number(MAX_ABS_YEAR))
                    )
        if self.event is not None and self.event.category:
            cat = self.event.category
            kept = old is not None and old.category == cat  # as a file of another tool had it
            if not kept and all(c.id != cat for c in timeline.categories):
                raise EditError(
                    tr("no category has the id {id}: add the category first").format(id=repr(cat))
                )
        if out is None and self.event is None:
            return timeline, self
        new, _at = put_event(timeline, out, self.event, self.row)
        undo: Edit = PutEvent(None if self.event is None else self.event.id, old, self.name, out)
        if new.categories != timeline.categories:  # a lane for events of no known category
            undo = Batch((undo, ChangeTimeline(self.name, categories=timeline.categories)))
        return new, undo


@dataclass(frozen=True, slots=True)
class ChangeTimeline:
    """Change what the timeline says about itself: its title, description, categories (their
    names, colours and order), eras or sources. None leaves that part as it is."""

    name: str = ""
    title: str | None = None
    description: str | None = None
    categories: tuple[Category, ...] | None = None
    eras: tuple[Era, ...] | None = None
    sources: tuple[Source, ...] | None = None

    def apply(self, timeline: Timeline) -> tuple[Timeline, Edit]:
        undo = ChangeTimeline(
            self.name,
            None if self.title is None else timeline.title,
            None if self.description is None else timeline.description,
            None if self.categories is None else timeline.categories,
            None if self.eras is None else timeline.eras,
            None if self.sources is None else timeline.sources,
        )
        cats = self.categories
        if cats is not None:
            # "Other" holds the events of no category the file defines: it is not written
            # to the file, and comes last when read, so it stays last here too.
            cats = tuple(sorted(cats, key=lambda c: c.id == UNCATEGORISED.id))
            other = [c for c in cats if c.id == UNCATEGORISED.id]
            if other and other[0] not in (UNCATEGORISED, *timeline.categories):
                raise EditError(
                    tr(
                        "the ‘Other’ lane holds the events of no category and cannot be renamed "
                        "or recoloured: give them a category instead"
                    )
                )
        if cats is not None and cats != timeline.categories:
            new = _with_categories(timeline, cats)
        else:
            new = _copy(timeline)
        if self.title is not None:
            new.title = self.title
        if self.description is not None:
            new.description = self.description
        if self.eras is not None:
            new.eras = tuple(sorted(self.eras, key=lambda e: (e.t0, -e.t1)))
            _set_extent(new)
        if self.sources is not None:
            new.sources = self.sources
        return new, undo


@dataclass(frozen=True, slots=True)
class Batch:
    """Several edits as one (a paste of many events, a deletion of a selection)."""

    edits: tuple[Edit, ...]
    name: str = ""

    def apply(self, timeline: Timeline) -> tuple[Timeline, Edit]:
        undos: list[Edit] = []
        for edit in self.edits:
            timeline, undo = edit.apply(timeline)
            undos.append(undo)
        return timeline, Batch(tuple(reversed(undos)), self.name)


def quoted(title: str, limit: int = 40) -> str:
    """An event's title as an edit's name shows it: ‘Warsaw speech’, shortened if long."""
    t = " ".join(title.split())
    if len(t) > limit:
        t = t[: limit - 1].rstrip() + "…"
    return f"‘{t}’"


def new_event_id(timeline: Timeline, title: str, taken: Iterable[str] = ()) -> str:
    """An id for a new event made from its title ('warsaw-speech', 'warsaw-speech-2'), not yet
    used in ``timeline`` nor in ``taken``."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40].strip("-") or "event"
    used = set(taken)
    candidate, k = base, 1
    while candidate in used or timeline.index_of(candidate) >= 0:
        k += 1
        candidate = f"{base}-{k}"
    return candidate


def snapshot(timeline: Timeline) -> tuple[object, ...]:
    """Everything a person can see or save of a timeline, for comparing two of them."""
    return (
        timeline.title,
        timeline.description,
        timeline.categories,
        timeline.sources,
        timeline.eras,
        tuple(timeline.events),
    )


# --- one event in, one out ----------------------------------------------------------------

N = TypeVar("N", int, float)


def put_event(
    timeline: Timeline, out: int | None, event: Event | None, row: int | None = None
) -> tuple[Timeline, int | None]:
    """``timeline`` with the event at position ``out`` taken out and ``event`` put in at the
    position its time gives it (``row`` among events beginning at the same instant); the new
    timeline and the event's position in it."""
    cols = timeline.columns
    known = {c.id for c in timeline.categories}
    if event is not None and event.category not in known and UNCATEGORISED.id not in known:
        # The 'Other' lane is added: rebuilt as loading builds it (rare: the editor offers
        # the categories the timeline has).
        return _rebuilt(timeline, out, event, row)
    one = EventColumns()
    if event is not None:
        one.category_keys = list(cols.category_keys)
        one.category_index = dict(cols.category_index)
        one.append(
            event.id,
            event.title,
            event.start,
            event.end,
            event.precision,
            event.category,
            extras_of(event),
        )
    n = len(cols) - (out is not None)
    at = None if event is None else _insertion_row(timeline, out, one, row, n)
    new = _copy(timeline)
    new.columns = nc = EventColumns()
    keys_grew = event is not None and len(one.category_keys) > len(cols.category_keys)
    nc.category_keys = one.category_keys if keys_grew else cols.category_keys
    nc.category_index = one.category_index if keys_grew else cols.category_index
    assert isinstance(cols.ids, Rows) and isinstance(cols.titles, Rows), "a sealed timeline"
    nc.ids = cols.ids.spliced(out, at, one.ids[0] if one.ids else None)
    nc.titles = cols.titles.spliced(out, at, one.titles[0] if one.titles else None)
    nc.categories = _splice(cols.categories, out, at, one.categories)
    nc.t0 = _splice(cols.t0, out, at, one.t0)
    nc.tm = _splice(cols.tm, out, at, one.tm)
    nc.start_codes = _splice(cols.start_codes, out, at, one.start_codes)
    lo, hi, delta = _shifted_rows(out, at, len(cols))
    nc.t1 = _shift_sparse(cols.t1, out, at, one.t1, lo, hi, delta)
    nc.precisions = _shift_sparse(cols.precisions, out, at, one.precisions, lo, hi, delta)
    nc.ends = _shift_sparse(cols.ends, out, at, one.ends, lo, hi, delta)
    nc.extras = _shift_sparse(cols.extras, out, at, one.extras, lo, hi, delta)
    lane_of_key = {c.id: k for k, c in enumerate(timeline.categories)}
    fallback = lane_of_key.get(UNCATEGORISED.id, 0)
    new_lane = -1
    if event is not None:
        new_lane = lane_of_key.get(event.category, fallback)
    old_lane = -1 if out is None else timeline.event_lane[out]
    new.event_lane = timeline.event_lane.spliced(out, at, new_lane if event is not None else None)
    was_range = out is not None and out in cols.ends
    shift = (lo, hi, delta)
    new.lanes = tuple(
        _lane_after(lane, new, k == old_lane, k == new_lane, was_range, out, at, shift)
        for k, lane in enumerate(timeline.lanes)
    )
    # The lanes that merge the shown categories (one_lane) are kept the same way, rather
    # than made again from every event on the next frame.
    lanes = timeline.lanes
    new._merged = {
        hidden: _lane_after(
            lane,
            new,
            old_lane >= 0 and lanes[old_lane].category.id not in hidden,
            new_lane >= 0 and lanes[new_lane].category.id not in hidden,
            was_range,
            out,
            at,
            shift,
        )
        for hidden, lane in timeline._merged.items()
    }
    new._cache = {}
    new._id_table, new._id_moved = _id_index_after(timeline, new, out, at, shift)
    _update_extent(timeline, new, out, at)
    return new, at


def _update_extent(old: Timeline, new: Timeline, out: int | None, at: int | None) -> None:
    """The extent after one event left and one came: a scan only when the event taken out
    was the earliest or the latest."""
    cols = old.columns
    if not len(new.columns):
        _set_extent(new)
        return
    if not len(cols):
        _set_extent(new)
        return
    if out is not None:
        latest = cols.t1.get(out, cols.tm[out])
        if cols.t0[out] <= old._earliest or latest >= old._latest:
            _set_extent(new)
            return
    if at is not None:
        nc = new.columns
        new._earliest = min(old._earliest, float(nc.t0[at]))
        new._latest = max(old._latest, float(nc.t1.get(at, nc.tm[at])))


def _rebuilt(
    timeline: Timeline, out: int | None, event: Event | None, row: int | None
) -> tuple[Timeline, int | None]:
    """The same as put_event, by building the timeline again from its events."""
    events = list(timeline.events)
    if out is not None:
        del events[out]
    at = None
    if event is not None:
        at = len(events) if row is None else row
        events.insert(at, event)
    new = Timeline(
        events,
        title=timeline.title,
        description=timeline.description,
        categories=timeline.categories,
        sources=timeline.sources,
        eras=timeline.eras,
        path=timeline.path,
    )
    _keep_file_facts(timeline, new)
    if event is not None:
        at = new.index_of(event.id)
    return new, at


def _with_categories(timeline: Timeline, categories: Sequence[Category]) -> Timeline:
    new = Timeline(
        timeline.columns,
        title=timeline.title,
        description=timeline.description,
        categories=categories,
        sources=timeline.sources,
        eras=timeline.eras,
        path=timeline.path,
    )
    _keep_file_facts(timeline, new)
    return new


def _keep_file_facts(old: Timeline, new: Timeline) -> None:
    new.warnings = old.warnings
    new.format_name = old.format_name
    new.left_out = old.left_out


def _copy(timeline: Timeline) -> Timeline:
    """A new Timeline object sharing every part of ``timeline`` (which no one changes)."""
    new = Timeline.__new__(Timeline)
    new.__dict__.update(timeline.__dict__)
    new._cache = {}
    new._merged = {}
    return new


def _set_extent(t: Timeline) -> None:
    cols = t.columns
    n = len(cols)
    t._latest = float(max(cols.tm)) if n else 0.0
    t._earliest = float(min(cols.t0)) if n else 0.0
    if cols.t1:
        t._latest = max(t._latest, float(max(cols.t1.values())))
    if t.eras:
        first, last = min(e.t0 for e in t.eras), max(e.t1 for e in t.eras)
        t._earliest = min(t._earliest, first) if n else float(first)
        t._latest = max(t._latest, last) if n else float(last)


def _insertion_row(
    timeline: Timeline, out: int | None, one: EventColumns, row: int | None, n: int
) -> int:
    """Where the event in ``one`` goes, in the rows left once ``out`` is taken out: after
    every event that begins before it or at the same instant, unless ``row`` is a place among
    those that begin at the same instant."""
    cols = timeline.columns
    t0, tm, t1 = cols.t0, cols.tm, cols.t1

    def key(i: int) -> tuple[float, int]:
        if out is not None and i >= out:
            i += 1
        return (float(t0[i]) if i in t1 else tm[i], t0[i])

    mine = (float(one.t0[0]) if one.t1 else one.tm[0], one.t0[0])
    first = bisect_left(range(n), mine, key=key)
    last = bisect_right(range(n), mine, lo=first, key=key)
    if row is not None and first <= row <= last:
        return row
    return last


def _splice(
    column: array[N] | Column[N], out: int | None, at: int | None, item: Sequence[N]
) -> Column[N]:
    """``column`` without its row ``out`` and with ``item`` (one row, or none) at ``at`` of
    what is left: the blocks of the two places copied, the others shared."""
    assert isinstance(column, Column), "a sealed timeline"
    return column.spliced(out, at, item[0] if at is not None else None)


def _shifted_rows(out: int | None, at: int | None, n: int) -> tuple[int, int, int]:
    """The old rows [lo, hi) whose number changes by ``delta`` (the row ``out`` aside)."""
    if out is None:
        assert at is not None
        return at, n, 1
    if at is None:
        return out + 1, n, -1
    if at <= out:
        return at, out, 1
    return out + 1, at + 1, -1


V = TypeVar("V")


def _shift_sparse(
    d: dict[int, V],
    out: int | None,
    at: int | None,
    item: dict[int, V],
    lo: int,
    hi: int,
    delta: int,
) -> dict[int, V]:
    """A column kept by row number, renumbered: the rows between the old and the new place
    move by one. The work is the smaller of the column's size and the rows between."""
    if not d and not item:
        return d
    if len(d) <= hi - lo:
        new = {k + delta if lo <= k < hi else k: v for k, v in d.items() if k != out}
    else:
        new = dict(d)
        if out is not None:
            new.pop(out, None)
        moved = [(k, new.pop(k)) for k in range(lo, hi) if k in new]
        new.update((k + delta, v) for k, v in moved)
    if at is not None and 0 in item:
        new[at] = item[0]
    return new


def _lane_after(
    lane: Lane,
    new: Timeline,
    lost: bool,
    gained: bool,
    was_range: bool,
    out: int | None,
    at: int | None,
    shift: tuple[int, int, int],
) -> Lane:
    """The lane of ``new``: its row numbers shifted; the event taken out of it if ``lost``,
    put in if ``gained``. The arrays of the old lane are never changed."""
    lo, hi, delta = shift
    cols = new.columns
    points, starts = lane.point_index, lane.point_starts
    if lost and out is not None and not was_range:
        pos = points.bisect_left(out)
        if pos < len(points) and points[pos] == out:
            points, starts = points.spliced(pos, None, None), starts.spliced(pos, None, None)
    # The lane's points between the old and the new place: their blocks copied.
    points = points.shifted(points.bisect_left(lo), points.bisect_left(hi), delta)
    if gained and at is not None and at not in cols.ends:
        pos = points.bisect_left(at)
        points, starts = points.spliced(None, pos, at), starts.spliced(None, pos, cols.tm[at])
    result = Lane(lane.category, new, points, starts)
    ranges = lane.range_index
    range_changed = (lost and was_range) or (gained and at is not None and at in cols.ends)
    if not range_changed:
        if ranges:
            result.range_index = array("i", [k + delta if lo <= k < hi else k for k in ranges])
        else:
            result.range_index = ranges
        result.range_starts = lane.range_starts
        result.range_ends = lane.range_ends
        result.range_classes = lane.range_classes
        result._sorted_ends = lane._sorted_ends
        return result
    rows = [k + delta if lo <= k < hi else k for k in ranges if k != out]
    if gained and at is not None and at in cols.ends:
        rows.append(at)
    result.set_ranges(new, rows)
    return result


def _id_index_after(
    old: Timeline, new: Timeline, out: int | None, at: int | None, shift: tuple[int, int, int]
) -> tuple[array[int] | None, dict[str, int]]:
    """The id index of ``new``: the old timeline's id table, shared (never changed), and the
    ids whose row is not the one it holds: those of the rows between the event's old and new
    place and the event's own. Past a bound on those ids (about 1.5 % of the events), or with
    no table yet, None: the table is made again on first use."""
    lo, hi, delta = shift
    table = old._id_table
    limit = max(1024, len(new.columns) >> 6)
    if table is None or len(old._id_moved) + (hi - lo) + 1 > limit:
        return None, {}
    moved = dict(old._id_moved)
    old_ids = old.columns.ids
    if out is not None:
        moved.pop(old_ids[out], None)
    for r in range(lo, hi):
        if r != out:
            moved[old_ids[r]] = r + delta
    if at is not None:
        moved[new.columns.ids[at]] = at
    return table, moved
