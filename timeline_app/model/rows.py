"""A column of strings (ids, titles) kept in blocks, so that one row can change without copying
the others.

A tuple of a million strings costs a few hundred milliseconds to copy (every string is
referenced again, from all over memory); an edit of one event would copy two of them. Here a
splice copies the one or two blocks it touches and the short tuple of blocks; every other block
is shared with the column it came from, which is never changed. Blocks are plain tuples of
strings, so the cyclic garbage collector stops looking at them after its first collection.
"""

from __future__ import annotations

import operator
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, chain, islice
from typing import overload

# Rows a block holds when a column is made; a block that grows past twice this is split and
# one that shrinks below a quarter of it is joined to its neighbour.
ROW_BLOCK = 4096


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
        ends = tuple(accumulate(map(len, blocks)))
        self._len = ends[-1] if ends else 0
        self._starts = (0, *ends[:-1]) if ends else ()

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
        blocks = list(self._blocks)
        starts: Sequence[int] = self._starts
        if out is not None:
            if not 0 <= out < self._len:
                raise IndexError("row out of range")
            k = bisect_right(starts, out) - 1
            b = blocks[k]
            j = out - starts[k]
            b = b[:j] + b[j + 1 :]
            if len(b) < self._block // 4 and len(blocks) > 1:
                # Joined to a neighbour, so that deletions never leave many tiny blocks.
                if k > 0:
                    k -= 1
                    b = blocks[k] + b
                else:
                    b = b + blocks[1]
                del blocks[k + 1]
            blocks[k : k + 1] = self._split(b)
            starts = (0, *accumulate(map(len, blocks[:-1]))) if blocks else ()
        if at is not None:
            assert item is not None
            n = self._len - (out is not None)
            if not 0 <= at <= n:
                raise IndexError("row out of range")
            if not blocks:
                blocks = [(item,)]
            else:
                k = min(bisect_right(starts, at) - 1, len(blocks) - 1)
                b = blocks[k]
                j = at - starts[k]
                blocks[k : k + 1] = self._split((*b[:j], item, *b[j:]))
        new = Rows.__new__(Rows)
        new._block = self._block
        new._set(tuple(blocks))
        return new

    def _split(self, b: tuple[str, ...]) -> list[tuple[str, ...]]:
        """``b`` as it goes into the blocks: none if empty, halved if over twice the size."""
        if not b:
            return []
        if len(b) > 2 * self._block:
            half = len(b) // 2
            return [b[:half], b[half:]]
        return [b]
