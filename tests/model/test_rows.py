"""Columns of strings and numbers in blocks: a splice reads as the same splice of a list, and
copies only the blocks it touches, so that an edit of one event at a million events stays
cheap."""

from __future__ import annotations

import bisect
import gc
from array import array
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.model import Category, Event, Timeline, TimePoint
from timeline_app.model.edit import PutEvent, snapshot
from timeline_app.model.rows import ROW_BLOCK, Column, Rows
from timeline_app.model.timeline import point_at

# (out, at) as fractions of the length, so that every draw fits whatever the length.
SPLICES = st.lists(
    st.tuples(
        st.one_of(st.none(), st.floats(0, 1, exclude_max=True)),
        st.one_of(st.none(), st.floats(0, 1)),
    ),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(n=st.integers(0, 40), block=st.integers(2, 5), splices=SPLICES)
def test_a_splice_reads_as_the_same_splice_of_a_list(
    n: int, block: int, splices: list[tuple[float | None, float | None]]
) -> None:
    model = [f"s{i}" for i in range(n)]
    rows = Rows(model, block=block)
    made = n
    for f_out, f_at in splices:
        out = None if f_out is None or not model else int(f_out * len(model))
        left = len(model) - (out is not None)
        at = None if f_at is None else min(left, int(f_at * (left + 1)))
        before = list(rows)
        if out is not None:
            del model[out]
        item = None
        if at is not None:
            item = f"s{made}"
            made += 1
            model.insert(at, item)
        rows = rows.spliced(out, at, item)
        assert list(rows) == model
        assert len(rows) == len(model)
        assert [rows[i] for i in range(len(model))] == model
        assert rows[-1:] == tuple(model[-1:]) and rows[1:4] == tuple(model[1:4])
        assert rows == model and rows != [*before, "x"]
        # Blocks stay between a quarter and twice the size (a last one may be smaller).
        assert all(1 <= len(b) <= 2 * block for b in rows.blocks)
    with pytest.raises(IndexError):
        rows[len(model)]


def test_a_splice_copies_at_most_two_blocks_and_shares_the_rest() -> None:
    rows = Rows([f"s{i}" for i in range(100_000)])
    for out, at in ((50_000, 50_003), (50_003, 40_000), (0, None), (None, 99_000), (7, 7)):
        new = rows.spliced(out, at, None if at is None else "new")
        old_blocks = set(map(id, rows.blocks))
        made = [b for b in new.blocks if id(b) not in old_blocks]
        assert len(made) <= 2
        assert sum(map(len, made)) <= 4 * ROW_BLOCK
        rows = new


def test_the_blocks_leave_the_collectors_sight() -> None:
    rows = Rows([f"s{i}" for i in range(3 * ROW_BLOCK)]).spliced(5, 9000, "new")
    gc.collect()
    assert len(rows.blocks) == 3
    assert not any(map(gc.is_tracked, rows.blocks))


def big_timeline(n: int) -> Timeline:
    return Timeline(
        Event(f"e{i}", f"Event {i}", TimePoint(1900 + i // 400, 1 + i % 12, 1 + i % 28))
        for i in range(n)
    )


def test_moving_one_event_of_many_copies_two_blocks_of_ids_and_titles() -> None:
    # 40,000 events: ten blocks; a move by a day touches the block it is in, its undo too.
    timeline = big_timeline(40_000)
    timeline.id_table()
    mid = timeline.event(20_000)
    start = point_at(mid.start.start_seconds + 86_400, int(mid.start.precision), 0)
    edited, undo = PutEvent(mid.id, replace(mid, start=start), "Move").apply(timeline)
    back, _redo = undo.apply(edited)
    for a, b in ((timeline, edited), (edited, back)):
        for name in ("ids", "titles"):
            old, new = getattr(a.columns, name), getattr(b.columns, name)
            assert isinstance(old, Rows) and isinstance(new, Rows)
            shared = set(map(id, old.blocks))
            assert sum(id(block) not in shared for block in new.blocks) <= 2
    assert edited.get(mid.id) == replace(mid, start=start)
    assert snapshot(back) == snapshot(timeline)
    assert edited.index_of(mid.id) >= 0 and back.index_of(mid.id) == timeline.index_of(mid.id)


def test_the_id_table_is_shared_by_edits_until_too_many_rows_have_moved() -> None:
    timeline = big_timeline(3_000)
    table = timeline.id_table()
    ids = list(timeline.columns.ids)
    t = timeline
    for _ in range(5):  # each moves the first event past the events of the next date
        e = t.event(0)
        start = point_at(t.event(10).start.start_seconds, int(e.start.precision), 0)
        before = len(t._id_moved)
        t, _undo = PutEvent(e.id, replace(e, start=start), "Move").apply(t)
        assert t._id_table is table
        # Noted: the rows that moved, the event's own row among them; never the others.
        assert 0 < len(t._id_moved) <= before + t.index_of(e.id) + 1 < 200
    assert [t.index_of(i) for i in ids] == [t.columns.ids.index(i) for i in ids]
    assert t.index_of(ids[0]) >= 0 and t.index_of("gone") == -1
    gone = t.columns.ids[len(t) - 5]  # a deletion renumbers the rows after it: few here
    t, _ = PutEvent(gone, None, "Delete").apply(t)
    assert t.index_of(gone) == -1 and t._id_table is table
    assert [t.index_of(i) for i in t.columns.ids] == list(range(len(t)))
    # The first event moved to the end renumbers every row: the table is made again.
    last = t.event(len(t) - 1)
    e = t.event(0)
    start = point_at(last.start.start_seconds + 86_400, int(e.start.precision), 0)
    far, _ = PutEvent(e.id, replace(e, start=start), "Move").apply(t)
    assert far._id_table is None
    assert far.index_of(e.id) == len(far) - 1
    assert far.id_table() is not table and not far._id_moved


@settings(max_examples=200, deadline=None)
@given(n=st.integers(0, 40), block=st.integers(2, 5), splices=SPLICES, data=st.data())
def test_a_column_of_numbers_reads_as_the_same_list_after_splices_and_shifts(
    n: int, block: int, splices: list[tuple[float | None, float | None]], data: st.DataObject
) -> None:
    # Ascending numbers with ties, as a lane's marker times are, kept ascending by the
    # splices (each item goes where it belongs) so that bisection can be checked too.
    model = sorted(data.draw(st.lists(st.integers(0, 20), min_size=n, max_size=n)))
    column = Column("q", model, block=block)
    for f_out, f_at in splices:
        out = None if f_out is None or not model else int(f_out * len(model))
        if out is not None:
            del model[out]
        at = item = None
        if f_at is not None:
            item = int(f_at * 20)
            at = bisect.bisect_right(model, item)
            model.insert(at, item)
        column = column.spliced(out, at, item)
        assert list(column) == model and len(column) == len(model)
        assert [column[i] for i in range(len(model))] == model
        assert column[1:4] == array("q", model[1:4]) and column[:] == array("q", model)
        assert column == model and column.to_array() == array("q", model)
        for x in (-1, 0, 5, 5.5, 20, 21):
            m = len(model)
            for lo, hi in ((0, None), (min(1, m), min(3, m)), (min(2, m), m)):
                end = len(model) if hi is None else hi
                assert column.bisect_left(x, lo, hi) == bisect.bisect_left(model, x, lo, end)
                assert column.bisect_right(x, lo, hi) == bisect.bisect_right(model, x, lo, end)
        assert all(1 <= len(b) <= 2 * block for b in column.blocks)
    lo = data.draw(st.integers(0, len(model)))
    hi = data.draw(st.integers(lo, len(model)))
    shifted = column.shifted(lo, hi, 3)
    assert list(shifted) == [v + 3 if lo <= k < hi else v for k, v in enumerate(model)]
    assert list(column) == model  # never changed
    with pytest.raises(IndexError):
        column[len(model)]


def test_moving_one_event_of_many_copies_two_blocks_of_each_numeric_column() -> None:
    """A move by a day of one event of 40,000 copies, of every column of numbers (times,
    categories, lanes, a lane's rows and markers), the one or two blocks where the event
    leaves and arrives, and at most the blocks of the rows between in the lane's rows; the
    timeline it was made from, which an undo or a view still drawing it reads, is unchanged."""
    cats = [Category("a", "A"), Category("b", "B")]
    timeline = Timeline(
        (
            Event(
                f"e{i}",
                f"Event {i}",
                TimePoint(1900 + i // 400, 1 + i % 12, 1 + i % 28),
                category="ab"[i % 2],
            )
            for i in range(40_000)
        ),
        categories=cats,
    )
    timeline.id_table()
    before = snapshot(timeline)
    mid = timeline.event(20_000)
    start = point_at(mid.start.start_seconds + 86_400, int(mid.start.precision), 0)
    edited, undo = PutEvent(mid.id, replace(mid, start=start), "Move").apply(timeline)
    back, _redo = undo.apply(edited)

    def numeric(t: Timeline) -> dict[str, Column[int] | Column[float]]:
        cols = t.columns
        found: dict[str, Column[int] | Column[float]] = {}
        for name in ("t0", "tm", "categories", "start_codes"):
            column = getattr(cols, name)
            assert isinstance(column, Column)
            found[name] = column
        found["event_lane"] = t.event_lane
        for k, lane in enumerate(t.lanes):
            found[f"points {k}"] = lane.point_index
            found[f"markers {k}"] = lane.point_starts
        return found

    for a, b in ((timeline, edited), (edited, back)):
        old, new = numeric(a), numeric(b)
        for name, column in new.items():
            shared = set(map(id, old[name].blocks))
            assert len(column.blocks) >= 5, name  # 20,000 rows and more: several blocks
            assert sum(id(block) not in shared for block in column.blocks) <= 2, name
    assert snapshot(timeline) == before
    assert snapshot(back) == before and edited.get(mid.id) == replace(mid, start=start)
