"""Edits: any sequence of them, undone, gives back the original timeline exactly; redone, the
edited one; saved and loaded, the same. The timeline an edit makes without rebuilding answers
every query as one built from its events does."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from timeline_app.formats.timeline_json import dumps_timeline, loads_timeline
from timeline_app.model import Category, Event, Precision, Quote, Source, Timeline, TimePoint
from timeline_app.model.edit import (
    Batch,
    ChangeTimeline,
    Edit,
    EditError,
    PutEvent,
    new_event_id,
    quoted,
    snapshot,
)
from timeline_app.model.timeline import UNCATEGORISED, Era, Media
from timeline_app.model.timepoint import civil_from_days

pytestmark = pytest.mark.filterwarnings(
    "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
)
PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]
DAY = 86_400
SRC = Source("valdai", "Putin and Trump", "Valdai Club", 2017)
CATS = (Category("a", "Diplomacy", "#1f77b4"), Category("b", "War", "#d62728"))


def day(n: int, precision: Precision = Precision.DAY) -> TimePoint:
    y, m, d = civil_from_days(n)
    if precision == Precision.YEAR:
        return TimePoint(y, precision=precision)
    if precision == Precision.MONTH:
        return TimePoint(y, m, precision=precision)
    return TimePoint(y, m, d, precision=precision)


def make_event(i: int, spec: tuple[int, int | None, str, int, bool]) -> Event:
    start, length, cat, prec, rich = spec
    p = [Precision.YEAR, Precision.MONTH, Precision.DAY][prec]
    return Event(
        f"e{i}",
        f"Event {i}",
        day(start, p),
        None if length is None else day(start + length + 400 * (p != Precision.DAY), p),
        p,
        cat,
        location="Hamburg" if rich else "",
        summary=f"summary {i}" if rich else "",
        quotes=(Quote(f"words {i}", SRC, "¶3", "Lavrov"),) if rich else (),
        media=(Media("pic.png", caption="c"),) if rich and i % 2 else (),
    )


specs = st.tuples(
    st.integers(-40, 40),  # start day (many ties)
    st.none() | st.integers(0, 30),  # a point, or a range's length in days
    st.sampled_from(["a", "b", ""]),
    st.integers(0, 2),  # year, month or day precision
    st.booleans(),  # with extras
)


def build(event_specs: list[tuple[int, int | None, str, int, bool]]) -> Timeline:
    return Timeline(
        [make_event(i, s) for i, s in enumerate(event_specs)],
        title="Lesson",
        categories=CATS,
        eras=[Era("Era", day(-10), day(10))],
    )


@st.composite
def edits(draw: st.DrawFn, timeline: Timeline, serial: int) -> Edit:
    """One edit a user could make of ``timeline``."""
    ids = list(timeline.columns.ids)
    kind = draw(st.sampled_from(["move", "change", "add", "delete", "categories", "eras"]))
    if kind in ("move", "change", "delete", "categories", "eras") and not ids:
        kind = "add"
    if kind == "add":
        e = make_event(1000 + serial, draw(specs))
        return PutEvent(None, e, "Add")
    old = timeline.get(draw(st.sampled_from(ids)))
    assert old is not None
    if kind == "delete":
        return PutEvent(old.id, None, "Delete")
    if kind == "move":
        start = draw(st.integers(-50, 50))
        moved = make_event(0, (start, draw(st.none() | st.integers(0, 9)), old.category, 2, False))
        e = replace(old, start=moved.start, end=moved.end, precision=moved.precision)
        return PutEvent(old.id, e, f"Move {quoted(old.title)}")
    if kind == "change":
        e = replace(
            old,
            title=draw(st.sampled_from(["Warsaw speech", old.title, "x" * 60])),
            category=draw(st.sampled_from(["a", "b", ""])),
            notes=draw(st.sampled_from(["", "a note"])),
        )
        return PutEvent(old.id, e, "Change")
    if kind == "categories":
        cats = list(timeline.categories)
        op = draw(st.sampled_from(["rename", "reorder", "add"]))
        own = [k for k, c in enumerate(cats) if c != UNCATEGORISED]
        if op == "rename" and own:
            k = draw(st.sampled_from(own))
            cats[k] = replace(cats[k], label="Renamed", color="#2ca02c")
        elif op == "reorder":
            cats.reverse()  # "Other" stays last
        else:
            cats.append(Category(f"c{serial}", "New", "#9467bd"))
        return ChangeTimeline("Categories", categories=tuple(cats))
    era = Era(f"Era {serial}", day(draw(st.integers(-60, 0))), day(draw(st.integers(1, 60))))
    return ChangeTimeline("Eras", eras=(*timeline.eras, era), title=f"Lesson {serial}")


def same_structure(t: Timeline) -> None:
    """``t`` answers as a timeline built from its events does."""
    fresh = Timeline(
        list(t.events), title=t.title, categories=t.categories, eras=t.eras, sources=t.sources
    )
    assert snapshot(fresh) == snapshot(t)
    assert t.extent() == fresh.extent()
    assert list(t.event_lane) == list(fresh.event_lane)
    for mine, theirs in zip(t.lanes, fresh.lanes, strict=True):
        assert mine.category == theirs.category
        assert list(mine.point_index) == list(theirs.point_index)
        assert list(mine.point_starts) == list(theirs.point_starts)
        assert list(mine.range_index) == list(theirs.range_index)
        assert list(mine.range_starts) == list(theirs.range_starts)
        assert list(mine.range_ends) == list(theirs.range_ends)
        assert [(k, list(p), list(s)) for k, p, s in mine.range_classes] == [
            (k, list(p), list(s)) for k, p, s in theirs.range_classes
        ]
        for w in ((-50 * DAY, 0), (0, 5 * DAY), (-1e12, 1e12)):
            assert mine.count_between(*w) == theirs.count_between(*w)
    for i, event_id in enumerate(t.columns.ids):
        assert t.index_of(event_id) == i
    assert t.index_of("no such id") == -1
    assert t.merged_lane().count_between(-1e12, 1e12) == len(t)


@settings(max_examples=150, deadline=None, database=None, phases=PHASES)
@given(st.lists(specs, max_size=12), st.data())
def test_any_edits_undo_to_the_original_and_redo_to_the_edited(event_specs, data):
    original = build(event_specs)
    original.id_table()  # as the app has it: the edits keep it up to date
    before = snapshot(original)
    t = original
    done: list[tuple[Edit, Edit]] = []
    for serial in range(data.draw(st.integers(1, 8))):
        edit = data.draw(edits(t, serial))
        t, undo = edit.apply(t)
        same_structure(t)
        done.append((edit, undo))
    edited = snapshot(t)
    # Saved and loaded, the edited timeline is the same.
    # (An "Other" lane that no event needs any more is not written; the sources the quotes
    # cite are listed.)
    again = loads_timeline(dumps_timeline(t))
    kept = tuple(c for c in t.categories if c != UNCATEGORISED or len(t.lane_of(c.id) or ()))
    cited = {s.id: s for s in t.sources} | {
        q.source.id: q.source for e in t.events for q in e.quotes
    }
    assert snapshot(again) == (*edited[:2], kept, tuple(cited.values()), *edited[4:])
    for _edit, undo in reversed(done):
        t, _redo = undo.apply(t)
        same_structure(t)
    assert snapshot(t) == before
    assert snapshot(original) == before  # never changed by the edits
    for edit, _undo in done:
        t, _ = edit.apply(t)
    assert snapshot(t) == edited


def test_moving_an_event_puts_it_in_time_order_and_undo_where_it_was():
    t = build([(0, None, "a", 2, False), (0, None, "a", 2, False), (5, None, "b", 2, True)])
    t.id_table()
    moved = replace(t.events[0], start=day(9))
    t2, undo = PutEvent("e0", moved, "Move ‘Event 0’").apply(t)
    assert [e.id for e in t2.events] == ["e1", "e2", "e0"]
    assert t2.lane_of("a") is not None and len(t2.lane_of("a").points) == 2  # type: ignore[union-attr]
    t3, _ = undo.apply(t2)
    assert [e.id for e in t3.events] == ["e0", "e1", "e2"]  # before e1, its tie, as it was
    assert undo.name == "Move ‘Event 0’"


def test_an_edit_that_does_not_fit_is_refused():
    t = build([(0, None, "a", 2, False), (1, None, "a", 2, False)])
    with pytest.raises(EditError, match="no event has the id 'zz'"):
        PutEvent("zz", None).apply(t)
    with pytest.raises(EditError, match="already has the id 'e1'"):
        PutEvent("e0", replace(t.events[0], id="e1")).apply(t)
    far = TimePoint(-30_000_000_000, precision=Precision.YEAR)
    with pytest.raises(EditError, match="year -30,000,000,000 is beyond the years"):
        PutEvent("e0", replace(t.events[0], start=far, precision=Precision.YEAR)).apply(t)
    # A file of the app's own format names only categories it defines: one is made first.
    with pytest.raises(EditError, match="no category has the id 'new'"):
        PutEvent("e0", replace(t.events[0], category="new")).apply(t)
    t = build([(0, None, "", 2, False)])
    with pytest.raises(EditError, match=r"‘Other’ lane .* cannot be renamed"):
        ChangeTimeline(categories=(*CATS, replace(UNCATEGORISED, label="Misc"))).apply(t)
    t2, _ = ChangeTimeline(categories=(UNCATEGORISED, *reversed(CATS))).apply(t)
    assert [c.id for c in t2.categories] == ["b", "a", "uncategorised"]


def test_a_batch_undoes_in_reverse():
    t = build([(0, None, "a", 2, False)])
    add = [PutEvent(None, make_event(i, (i, None, "b", 2, True))) for i in (7, 8)]
    t2, undo = Batch((*add, PutEvent("e0", None)), "Paste").apply(t)
    assert sorted(t2.columns.ids) == ["e7", "e8"]
    t3, _ = undo.apply(t2)
    assert snapshot(t3) == snapshot(t)


def test_new_ids_are_made_from_titles_and_never_reused():
    t = build([(0, None, "a", 2, False)])
    assert new_event_id(t, "Trump’s Warsaw speech") == "trumps-warsaw-speech"
    assert new_event_id(t, "e0") == "e0-2"
    assert new_event_id(t, "!!!", taken={"event"}) == "event-2"


def test_one_edit_of_a_large_timeline_leaves_the_far_lanes_alone():
    """Bounded work: a move among neighbours copies arrays in C but renumbers only the rows
    between the old and the new place, and shares the id table instead of making it again."""
    n = 20_000
    t = Timeline(
        [Event(f"e{i}", "x", day(i // 10), category="ab"[i % 2]) for i in range(n)],
        categories=CATS,
    )
    table = t.id_table()
    old = t.get("e500")
    assert old is not None
    t2, _ = PutEvent("e500", replace(old, start=day(52)), "Move").apply(t)
    # The id table is shared, not copied: only the ids of the rows that moved are noted.
    assert t2._id_table is table
    assert set(t2._id_moved) == {f"e{i}" for i in range(500, 530)}
    assert t2.index_of("e500") == 529 and t2.index_of("e529") == 528
    same_structure(t2)


def test_the_lanes_merging_the_shown_categories_are_kept_through_edits():
    """With all categories in one lane (one_lane), an edit keeps that lane as it keeps the
    others, rather than leaving it to be made again from every event on the next frame."""
    t = Timeline(
        [Event(f"e{i}", "x", day(i // 3), category="ab"[i % 2]) for i in range(9_000)],
        categories=CATS,
    )
    t.id_table()
    views = (frozenset(), frozenset({"b"}))
    for hidden in views:
        t.merged_lane(hidden)
    e100, e101 = t.get("e100"), t.get("e101")
    assert e100 is not None and e101 is not None
    steps = [
        PutEvent("e100", replace(e100, start=day(40)), "Move"),
        PutEvent("e101", replace(e101, category="a"), "Change"),
        PutEvent("e102", None, "Delete"),
        PutEvent(None, make_event(9_000, (20, 3, "a", 2, True)), "Add"),
        PutEvent(None, make_event(9_001, (25, None, "b", 2, False)), "Add"),
    ]
    for edit in steps:
        before = {hidden: t.merged_lane(hidden) for hidden in views}
        t, _undo = edit.apply(t)
        fresh = Timeline(list(t.events), categories=t.categories)
        for hidden in views:
            kept = t._merged[hidden]  # made by the edit, before any frame asks for it
            assert kept.timeline is t
            old_blocks = set(map(id, before[hidden].point_starts.blocks))
            assert sum(id(b) not in old_blocks for b in kept.point_starts.blocks) <= 2
            theirs = fresh.merged_lane(hidden)
            assert list(kept.point_index) == list(theirs.point_index)
            assert list(kept.point_starts) == list(theirs.point_starts)
            assert list(kept.range_index) == list(theirs.range_index)
            assert list(kept.range_ends) == list(theirs.range_ends)
            assert kept.count_between(-1e12, 1e12) == theirs.count_between(-1e12, 1e12)
