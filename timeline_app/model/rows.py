"""Columns kept in blocks, so that one row can change without copying the others: strings (ids,
titles) in ``Rows``, numbers (times, categories, a lane's rows and markers) in ``Column``.

A tuple of a million strings costs a few hundred milliseconds to copy (every string is
referenced again, from all over memory), and an array of a million numbers some milliseconds
(its new memory is faulted in page by page); an edit of one event would copy about ten of them.
Here a splice copies the one or two blocks it touches and the short tuple of blocks; every other
block is shared with the column it came from, which is never changed. Blocks of strings are
plain tuples, so the cyclic garbage collector stops looking at them after its first collection.
"""

from __future__ import annotations

import operator
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, chain, islice, repeat
from typing import Any, TypeVar, overload

# Rows a block holds when a column is made; a block that grows past twice this is split and
# one that shrinks below a quarter of it is joined to its neighbour.
ROW_BLOCK = 4096

B = TypeVar("B", tuple[str, ...], "array[Any]")
N = TypeVar("N", int, float)


def _starts_of(blocks: Sequence[Sequence[object]]) -> tuple[int, ...]:
    """The first row of each block."""
    return (0, *accumulate(map(len, blocks[:-1]))) if blocks else ()


def _split(b: B, size: int) -> list[B]:
    """``b`` as it goes into the blocks: none if empty, halved if over twice the size."""
    if not b:
        return []
    if len(b) > 2 * size:
        half = len(b) // 2
        return [b[:half], b[half:]]
    return [b]


def _spliced_blocks(
    blocks: tuple[B, ...],
    starts: tuple[int, ...],
    length: int,
    size: int,
    out: int | None,
    at: int | None,
    one: B | None,
) -> tuple[B, ...]:
    """The blocks without row ``out`` and with ``one`` (a block of one row) at row ``at`` of
    what is left (either may be None): the blocks they fall in are copied, the others kept."""
    work = list(blocks)
    where: Sequence[int] = starts
    if out is not None:
        if not 0 <= out < length:
            raise IndexError("row out of range")
        k = bisect_right(where, out) - 1
        b = work[k]
        j = out - where[k]
        b = b[:j] + b[j + 1 :]
        if len(b) < size // 4 and len(work) > 1:
            # Joined to a neighbour, so that deletions never leave many tiny blocks.
            if k > 0:
                k -= 1
                b = work[k] + b
            else:
                b = b + work[1]
            del work[k + 1]
        work[k : k + 1] = _split(b, size)
        where = _starts_of(work)
    if at is not None:
        assert one is not None
        if not 0 <= at <= length - (out is not None):
            raise IndexError("row out of range")
        if not work:
            work = [one]
        else:
            k = min(bisect_right(where, at) - 1, len(work) - 1)
            b = work[k]
            j = at - where[k]
            work[k : k + 1] = _split(b[:j] + one + b[j:], size)
    return tuple(work)


class Rows(Sequence[str]):
    """An immutable sequence of strings in blocks: reads like a tuple (index, slice, iterate),
    changes by ``spliced``, which makes a new Rows sharing the untouched blocks."""

    __slots__ = ("_block", "_blocks", "_len", "_starts")

    def __init__(self, items: Iterable[str] = (), block: int | None = None) -> None:
        size = ROW_BLOCK if block is None else block
        if size < 2:
            raise ValueError("a block holds at least two rows")
        flat = items if isinstance(items, (list, tuple)) else list(items)
        self._block = size
        self._set(tuple(tuple(flat[i : i + size]) for i in range(0, len(flat), size)))

    def _set(self, blocks: tuple[tuple[str, ...], ...]) -> None:
        self._blocks = blocks
        self._starts = _starts_of(blocks)
        self._len = self._starts[-1] + len(blocks[-1]) if blocks else 0

    @property
    def blocks(self) -> tuple[tuple[str, ...], ...]:
        """The blocks, in order (shared with other Rows made from this one)."""
        return self._blocks

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[str]:
        return chain.from_iterable(self._blocks)

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[str, ...]: ...

    def __getitem__(self, i: int | slice) -> str | tuple[str, ...]:
        if i.__class__ is int and 0 <= i < self._len:  # the common case first
            starts = self._starts
            k = bisect_right(starts, i) - 1
            return self._blocks[k][i - starts[k]]
        if isinstance(i, slice):
            lo, hi, step = i.indices(self._len)
            if step != 1:
                return tuple(self)[i]
            if hi <= lo:
                return ()
            k = bisect_right(self._starts, lo) - 1
            first = self._blocks[k][lo - self._starts[k] :]
            rest = chain.from_iterable(self._blocks[k + 1 :])
            return tuple(islice(chain(first, rest), hi - lo))
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("row out of range")
        starts = self._starts
        k = bisect_right(starts, i) - 1
        return self._blocks[k][i - starts[k]]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Rows):
            return self._len == other._len and all(map(operator.eq, self, other))
        if isinstance(other, (tuple, list)):
            return self._len == len(other) and all(map(operator.eq, self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Rows({len(self)} rows in {len(self._blocks)} blocks)"

    def spliced(self, out: int | None, at: int | None, item: str | None) -> Rows:
        """These rows without row ``out`` and with ``item`` at row ``at`` of what is left
        (either may be None): the blocks they fall in are copied, the others shared."""
        one = None if item is None else (item,)
        blocks = _spliced_blocks(self._blocks, self._starts, self._len, self._block, out, at, one)
        new = Rows.__new__(Rows)
        new._block = self._block
        new._set(blocks)
        return new


class Column(Sequence[N]):
    """An immutable column of numbers (an array's type code) in blocks: reads like an array
    (index, slice, iterate; a slice is an array), changes by ``spliced`` and ``shifted``,
    which make a new Column sharing the untouched blocks. A column in ascending order is
    bisected with ``bisect_left`` and ``bisect_right``, in C within its block."""

    __slots__ = ("_block", "_blocks", "_firsts", "_len", "_starts", "typecode")
    typecode: str
    _block: int
    _blocks: tuple[array[N], ...]
    _starts: tuple[int, ...]
    _len: int
    _firsts: tuple[N, ...] | None

    def __init__(self, typecode: str, items: Iterable[N] = (), block: int | None = None) -> None:
        size = ROW_BLOCK if block is None else block
        if size < 2:
            raise ValueError("a block holds at least two rows")
        if isinstance(items, array) and items.typecode == typecode:
            flat = items
        else:
            flat = array(typecode, items)
        self.typecode = typecode
        self._block = size
        self._set(tuple(flat[i : i + size] for i in range(0, len(flat), size)))

    def _set(self, blocks: tuple[array[N], ...]) -> None:
        self._blocks = blocks
        self._starts = _starts_of(blocks)
        self._len = self._starts[-1] + len(blocks[-1]) if blocks else 0
        self._firsts = None

    def _made(self, blocks: tuple[array[N], ...]) -> Column[N]:
        new: Column[N] = Column.__new__(Column)
        new.typecode = self.typecode
        new._block = self._block
        new._set(blocks)
        return new

    @property
    def blocks(self) -> tuple[array[N], ...]:
        """The blocks, in order (shared with other Columns made from this one)."""
        return self._blocks

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[N]:
        return chain.from_iterable(self._blocks)

    @overload
    def __getitem__(self, i: int) -> N: ...

    @overload
    def __getitem__(self, i: slice) -> array[N]: ...

    def __getitem__(self, i: int | slice) -> N | array[N]:
        if i.__class__ is int and 0 <= i < self._len:
            # The common case first: a frame reads a few thousand rows one by one.
            starts = self._starts
            k = bisect_right(starts, i) - 1
            return self._blocks[k][i - starts[k]]
        if isinstance(i, slice):
            return self._slice(i)
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("row out of range")
        starts = self._starts
        k = bisect_right(starts, i) - 1
        return self._blocks[k][i - starts[k]]

    def _slice(self, i: slice) -> array[N]:
        lo, hi, step = i.indices(self._len)
        if step != 1:
            return self.to_array()[i]
        out: array[N] = array(self.typecode)
        if hi <= lo:
            return out
        starts, blocks = self._starts, self._blocks
        k = bisect_right(starts, lo) - 1
        while lo < hi:
            s = starts[k]
            b = blocks[k]
            out.extend(b[lo - s : hi - s])
            lo = s + len(b)
            k += 1
        return out

    def to_array(self) -> array[N]:
        """Every row in one new array (a copy in C)."""
        out: array[N] = array(self.typecode)
        for b in self._blocks:
            out.extend(b)
        return out

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Column, array, tuple, list)):
            return self._len == len(other) and all(map(operator.eq, self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Column({self.typecode!r}, {len(self)} rows in {len(self._blocks)} blocks)"

    def spliced(self, out: int | None, at: int | None, item: N | None) -> Column[N]:
        """This column without row ``out`` and with ``item`` at row ``at`` of what is left
        (either may be None): the blocks they fall in are copied, the others shared."""
        one = None if item is None else array(self.typecode, (item,))
        blocks = _spliced_blocks(self._blocks, self._starts, self._len, self._block, out, at, one)
        return self._made(blocks)

    def shifted(self, lo: int, hi: int, delta: N) -> Column[N]:
        """This column with ``delta`` added to the rows [lo, hi): only their blocks copied."""
        lo, hi = max(lo, 0), min(hi, self._len)
        if lo >= hi or not delta:
            return self
        blocks = list(self._blocks)
        starts = self._starts
        k = bisect_right(starts, lo) - 1
        while k < len(blocks) and starts[k] < hi:
            b, s = blocks[k], starts[k]
            j0, j1 = max(lo - s, 0), min(hi - s, len(b))
            middle = array(self.typecode, map(operator.add, b[j0:j1], repeat(delta, j1 - j0)))
            blocks[k] = b[:j0] + middle + b[j1:]
            k += 1
        return self._made(tuple(blocks))

    def bisect_left(self, x: float, lo: int = 0, hi: int | None = None) -> int:
        """As bisect.bisect_left for a column in ascending order, in C but for the blocks."""
        k = bisect_left(self._first_rows(), x)
        found = 0 if k == 0 else self._starts[k - 1] + bisect_left(self._blocks[k - 1], x)
        return min(max(found, lo), self._len if hi is None else hi)

    def bisect_right(self, x: float, lo: int = 0, hi: int | None = None) -> int:
        """As bisect.bisect_right for a column in ascending order."""
        k = bisect_right(self._first_rows(), x)
        found = 0 if k == 0 else self._starts[k - 1] + bisect_right(self._blocks[k - 1], x)
        return min(max(found, lo), self._len if hi is None else hi)

    def _first_rows(self) -> tuple[N, ...]:
        """Each block's first value (made on the first bisection)."""
        if self._firsts is None:
            self._firsts = tuple(b[0] for b in self._blocks)
        return self._firsts


def flat(column: array[N] | Column[N]) -> array[N]:
    """A column as one array: itself if it is one (not to be changed), else a copy."""
    return column if isinstance(column, array) else column.to_array()
