"""Writing the timeline file format: the text ``json.dumps(doc, ensure_ascii=False, indent=2)``
would give for ``timeline_to_dict``, written from the timeline's columns.

``json.dumps`` with an indent runs Python's own encoder over every value of every event
(about 60 s for a million events). Here each block of a column's strings is joined, checked
and split by C loops (and quoted by the C encoder where something needs escaping), dates are
formatted from the instants with per-day and per-minute caches, and a chunk of events with
nothing but an id, a title, a start and a category (most events of a large file) is a list of
the template's pieces with the columns assigned into its slots, joined once; only the events
with an end, a precision of their own or extras go through the general path. Saving is
atomic and written in chunks.
"""

from __future__ import annotations

import json
import json.encoder
import os
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from itertools import accumulate, repeat
from operator import add, floordiv, mod
from typing import Any, TypeVar

from timeline_app.fsutil import atomic_write_chunks
from timeline_app.model.rows import Rows
from timeline_app.model.timeline import Era, Event, Extras, Media, Source, Timeline
from timeline_app.model.timepoint import (
    SECONDS_PER_DAY,
    Precision,
    civil_from_days,
    offset_text,
)

FORMAT_NAME = "timeline-app"
FORMAT_VERSION = 1
CHUNK_ROWS = 65_536  # events encoded and written at a time: a few MB, whatever N

# The C string encoder json.dumps(ensure_ascii=False) uses: quotes and escapes one string.
_quote: Callable[[str], str] = json.encoder.encode_basestring

_EVENT_HEAD = '    {\n      "id": %s,\n      "title": %s,\n      "start": "%s"'
_CATEGORY = ',\n      "category": '


# --- the document as a dictionary -----------------------------------------------------------


def timeline_to_dict(timeline: Timeline) -> dict[str, Any]:
    """The file-format dictionary of a timeline (the inverse of loading)."""
    doc = head_dict(timeline)
    doc["events"] = [event_to_dict(e) for e in timeline.events]
    return doc


def head_dict(timeline: Timeline) -> dict[str, Any]:
    """Everything of ``timeline_to_dict`` but the events, found from the columns (no Event
    is made): the sources list those the quotes cite, the categories the one for events
    of unknown categories only when an event uses it."""
    doc: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    if timeline.title:
        doc["title"] = timeline.title
    if timeline.description:
        doc["description"] = timeline.description
    cols = timeline.columns
    used_sources: dict[str, Source] = {}
    for row in sorted(cols.extras):
        for q in cols.extras[row][6]:
            used_sources[q.source.id] = q.source
    sources = {s.id: s for s in timeline.sources} | used_sources
    if sources:
        doc["sources"] = [
            _drop_empty(
                {
                    "id": s.id,
                    "title": s.title,
                    "publisher": s.publisher,
                    "year": s.year,
                    "author": s.author,
                    "url": s.url,
                    "note": s.note,
                    "text": s.text,
                }
            )
            for s in sources.values()
        ]
    keys = cols.category_keys
    used_keys = {keys[k] for k in set(cols.categories)}
    cats = [c for c in timeline.categories if c.id != "uncategorised" or c.id in used_keys]
    if cats:
        doc["categories"] = [
            _drop_empty({"id": c.id, "label": c.label, "color": c.color}) for c in cats
        ]
    if timeline.eras:
        doc["eras"] = [era_to_dict(era) for era in timeline.eras]
    return doc


def era_to_dict(era: Era) -> dict[str, Any]:
    d: dict[str, Any] = {"title": era.title, "start": era.start.iso(), "end": era.end.iso()}
    if era.precision != min(era.start.precision, era.end.precision):
        d["precision"] = era.precision.label
    return _drop_empty({"id": era.id, **d, "color": era.color})


def media_to_dict(m: Media) -> dict[str, Any]:
    return _drop_empty(
        {
            "url": m.url,
            "caption": m.caption,
            "credit": m.credit,
            "alt": m.alt,
            "thumbnail": m.thumbnail,
            "kind": m.kind,
        }
    )


def event_to_dict(e: Event) -> dict[str, Any]:
    d: dict[str, Any] = {"id": e.id, "title": e.title, "start": e.start.iso()}
    if e.end is not None:
        d["end"] = e.end.iso()
    if e.precision != e.start.precision:
        d["precision"] = e.precision.label
    if e.category:
        d["category"] = e.category
    extras = (e.location, e.participants, e.summary, e.date_source, e.date_note, e.notes)
    d.update(extras_to_dict((*extras, e.quotes, e.display_date, e.media)))
    return d


def extras_to_dict(extras: Extras) -> dict[str, Any]:
    """An event's fields after its category, in the file's order, the empty ones left out."""
    location, participants, summary, date_source, date_note, notes, quotes, display, media = extras
    return _drop_empty(
        {
            "location": location,
            "participants": list(participants),
            "summary": summary,
            "date_source": date_source,
            "date_note": date_note,
            "notes": notes,
            "quotes": [
                _drop_empty(
                    {
                        "text": q.text,
                        "speaker": q.speaker,
                        "source": q.source.id,
                        "locator": q.locator,
                    }
                )
                for q in quotes
            ],
            "display_date": display,
            "media": [media_to_dict(m) for m in media],
        }
    )


def _drop_empty(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in ("", None, [], ())}


# --- the text ---------------------------------------------------------------------------------


def dumps_timeline(timeline: Timeline) -> str:
    """The file's text: what ``json.dumps(timeline_to_dict(t), ensure_ascii=False,
    indent=2) + "\\n"`` gives, made column by column."""
    return "".join(iter_timeline_text(timeline))


def save_timeline(timeline: Timeline, path: str | os.PathLike[str]) -> None:
    """Write the timeline to ``path`` atomically, a chunk of events at a time."""
    atomic_write_chunks(path, (part.encode("utf-8") for part in iter_timeline_text(timeline)))


def iter_timeline_text(timeline: Timeline, chunk_rows: int | None = None) -> Iterator[str]:
    """The file's text in pieces: the head, then the events ``chunk_rows`` (CHUNK_ROWS) at a
    time."""
    step = CHUNK_ROWS if chunk_rows is None else chunk_rows
    head = json.dumps(head_dict(timeline), ensure_ascii=False, indent=2)
    n = len(timeline)
    if not n:
        yield head[:-2] + ',\n  "events": []\n}\n'
        return
    yield head[:-2] + ',\n  "events": [\n'
    writer = EventWriter(timeline)
    for lo in range(0, n, step):
        hi = min(n, lo + step)
        text = writer.text(lo, hi)
        yield text if hi < n else text[:-2] + "\n  ]\n}\n"


# A plain event is these pieces with its id's and title's texts (as quoted, without the
# quote marks), its start (a day's text, then a clock's where the start has a time of day)
# and the end of the event with its category part in the slots.
_PIECES = (
    '    {\n      "id": "',
    "",
    '",\n      "title": "',
    "",
    '",\n      "start": "',
    "",
    "",
    "",
)
_SLOTS = len(_PIECES)
_ID_AT, _TITLE_AT, _DAY_AT, _CLOCK_AT, _TAIL_AT = 1, 3, 5, 6, 7


class EventWriter:
    """The text of a timeline's events, each as json.dumps(indent=2) writes it at depth 2.

    A chunk of plain events is one list of the template's pieces repeated, its slots filled
    a column at a time by slice assignment, and one ``str.join``: no string is made per
    event, and each id and title is read by one C loop over its column's block (the strings
    of a large timeline lie all over memory, so a loop that does more per string waits on
    memory string by string)."""

    def __init__(self, timeline: Timeline) -> None:
        cols = timeline.columns
        self.cols = cols
        self.dates = DateTexts()
        # The category part of an event, per category key: ',\n "category": "x"' or "".
        self.category_text = [_CATEGORY + _quote(k) if k else "" for k in cols.category_keys]
        # The last piece of a plain event, per category key; where there is one key (most
        # large files), it is in the template and no slot is filled.
        self.tails = [f'"{cat}\n    }},\n' for cat in self.category_text]
        pieces = list(_PIECES)
        if len(self.tails) == 1:
            pieces[_TAIL_AT] = self.tails[0]
        self.pieces = pieces
        self.ids = _ColumnTexts(cols.ids)
        self.titles = _ColumnTexts(cols.titles)
        # Rows that need more than the template: a range, a precision of its own, extras.
        self.special = sorted(set(cols.ends).union(cols.precisions, cols.extras))
        self.special_rows = 0  # how many rows went through the general path (for tests)

    def text(self, lo: int, hi: int) -> str:
        """The events of rows [lo, hi), each followed by ',\\n'."""
        c = self.cols
        out = self.pieces * (hi - lo)
        out[_ID_AT::_SLOTS] = self.ids.texts(lo, hi)
        out[_TITLE_AT::_SLOTS] = self.titles.texts(lo, hi)
        days, clocks = self.dates.parts(c.t0[lo:hi], c.start_codes[lo:hi])
        out[_DAY_AT::_SLOTS] = days
        if clocks is not None:
            out[_CLOCK_AT::_SLOTS] = clocks
        if len(self.tails) > 1:
            out[_TAIL_AT::_SLOTS] = map(self.tails.__getitem__, c.categories[lo:hi])
        special = self.special
        blank = [""] * (_SLOTS - 1)
        for k in range(bisect_left(special, lo), bisect_left(special, hi)):
            row = special[k]
            at = (row - lo) * _SLOTS
            out[at : at + _SLOTS] = [self.special_event(row) + ",\n", *blank]
        return "".join(out)

    def special_event(self, row: int) -> str:
        """An event that has more than the template holds, from its columns."""
        self.special_rows += 1
        c = self.cols
        start = self.dates.start(c.t0[row], c.start_codes[row])
        parts = [_EVENT_HEAD % (_quote(c.ids[row]), _quote(c.titles[row]), start)]
        end = c.ends.get(row)
        if end is not None:
            parts.append(f',\n      "end": "{end.iso()}"')
        precision = c.precisions.get(row)
        if precision is not None and precision != c.start_codes[row] & 3:
            parts.append(f',\n      "precision": "{Precision(precision).label}"')
        parts.append(self.category_text[c.categories[row]])
        extras = c.extras.get(row)
        if extras is not None:
            _extras_text(extras, parts)
        parts.append("\n    }")
        return "".join(parts)


_FIELD = ',\n      "%s": %s'
_LIST_ITEM = ",\n        "
_ITEM_FIELD = ',\n          "%s": %s'


def _extras_text(extras: Extras, parts: list[str]) -> None:
    """Append an event's fields after its category, as ``extras_to_dict`` and json.dumps
    write them, without making the dictionaries."""
    location, participants, summary, date_source, date_note, notes, quotes, display, media = extras
    if location:
        parts.append(_FIELD % ("location", _quote(location)))
    if participants:
        people = _LIST_ITEM.join(map(_quote, participants))
        parts.append(_FIELD % ("participants", f"[\n        {people}\n      ]"))
    texts = (("summary", summary), ("date_source", date_source), ("date_note", date_note))
    for key, text in (*texts, ("notes", notes)):
        if text:
            parts.append(_FIELD % (key, _quote(text)))
    if quotes:
        items = [
            _item(
                (("text", q.text), ("speaker", q.speaker), ("source", q.source.id),
                 ("locator", q.locator))
            )
            for q in quotes
        ]  # fmt: skip
        parts.append(_FIELD % ("quotes", f"[\n        {_LIST_ITEM.join(items)}\n      ]"))
    if display:
        parts.append(_FIELD % ("display_date", _quote(display)))
    if media:
        items = [
            _item(
                (("url", m.url), ("caption", m.caption), ("credit", m.credit), ("alt", m.alt),
                 ("thumbnail", m.thumbnail), ("kind", m.kind))
            )
            for m in media
        ]  # fmt: skip
        parts.append(_FIELD % ("media", f"[\n        {_LIST_ITEM.join(items)}\n      ]"))


def _item(fields: tuple[tuple[str, str], ...]) -> str:
    """A quote or a medium in a list of an event: its non-empty text fields, 8 spaces in."""
    body = "".join([_ITEM_FIELD % (k, _quote(v)) for k, v in fields if v])
    return "{" + body[1:] + "\n        }" if body else "{}"


class _ColumnTexts:
    """The texts a column of strings has in the file, as json.dumps quotes them but without
    the quote marks, a block of rows at a time.

    Where no string of a block needs escaping (most), the block is joined by newlines in
    one C loop and split again: the strings come out side by side in memory, for the later
    passes, and the check is that quoting the joined text adds only its two quote marks and
    one backslash per newline. A block with something to escape is quoted by the C encoder
    in one call."""

    def __init__(self, column: Sequence[str]) -> None:
        self.column = column
        # The blocks the column is kept in (shared tuples) and the first row of each.
        self.blocks: Sequence[Sequence[str]] = (
            column.blocks if isinstance(column, Rows) else [column]
        )
        self.starts = [0, *accumulate(map(len, self.blocks))]

    def texts(self, lo: int, hi: int) -> list[str]:
        out: list[str] = []
        k = bisect_right(self.starts, lo) - 1
        while lo < hi:
            block, first = self.blocks[k], self.starts[k]
            end = min(hi, self.starts[k + 1])
            if end - lo <= _PART and end - lo == len(block):
                out += _texts(block)  # not a copy: a tuple's copy is freed string by string
            else:
                for at in range(lo, end, _PART):
                    out += _texts(block[at - first : min(end, at + _PART) - first])
            lo, k = end, k + 1
        return out


_PART = 4096  # strings joined at a time


def _texts(part: Sequence[str]) -> list[str]:
    joined = "\n".join(part)
    if len(_quote(joined)) == len(joined) + len(part) + 1:
        return joined.split("\n")
    # A raw newline is never inside a string that json writes, only between them here.
    listed = json.dumps(part, ensure_ascii=False, separators=("\n", ":"))
    return listed[2:-2].split('"\n"')


class DateTexts:
    """ISO 8601 starts from a column's instants and start codes, as TimePoint.iso writes
    them: the calendar day is worked out once per day and the clock once per minute."""

    def __init__(self) -> None:
        # day -> its date, "YYYY-MM-DD" (a string, not a tuple of the year's and the month's
        # texts: tens of thousands of tuples made in a save would set the cyclic garbage
        # collector going, over the chunk's long lists, every 700 of them).
        self._days: dict[int, str] = {}
        self._clocks: dict[int, str] = {}  # seconds into the day -> "HH:MM" or "HH:MM:SS"
        self._offsets: dict[int, str] = {}
        # For a run of starts that share one start code: per precision, the day's text
        # ("YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDT"), and per offset the clock's
        # text with its zone ("HH:MMZ"), each filled on first sight of a day or minute.
        self._day_text = [_Cache(self._day_part(k)) for k in range(4)]
        self._clock_zone: dict[int, _Cache[int]] = {}

    def parts(self, t0: array[int], codes: array[int]) -> tuple[list[str], list[str] | None]:
        """The texts of many starts: the day's texts and, where the starts have a time of
        day, the clock's texts to follow them (else None). Where the starts share one start
        code (one precision and one offset: most files), the lookups run in C, a day and a
        minute worked out once; otherwise each start is written whole as a day's text."""
        if not codes:
            return [], None
        code = codes[0]
        if codes.count(code) != len(codes):
            return list(map(self.start, t0, codes)), None
        offset, precision = code >> 2, code & 3
        local: Sequence[int] = t0 if not offset else list(map(add, t0, repeat(offset * 60)))
        days = list(map(self._day_text[precision].__getitem__, map(floordiv, local, _DAY)))
        if precision != 3:
            return days, None
        zone = self._clock_zone.get(offset)
        if zone is None:
            zone = self._clock_zone[offset] = _Cache(self._clock_part(offset))
        return days, list(map(zone.__getitem__, map(mod, local, _DAY)))

    def _day_part(self, precision: int) -> Callable[[int], str]:
        def text(days: int) -> str:
            text = self._days.get(days)
            if text is None:
                text = self._days[days] = _day_texts(days)
            return _date_part(text, precision)

        return text

    def _clock_part(self, offset: int) -> Callable[[int], str]:
        return lambda rem: _clock_text(rem) + offset_text(offset)

    def start(self, t0: int, code: int) -> str:
        offset = code >> 2
        days, rem = divmod(t0 + offset * 60, SECONDS_PER_DAY)
        text = self._days.get(days)
        if text is None:
            text = self._days[days] = _day_texts(days)
        precision = code & 3
        if precision != 3:
            return _date_part(text, precision)
        clock = self._clocks.get(rem)
        if clock is None:
            clock = self._clocks[rem] = _clock_text(rem)
        zone = self._offsets.get(offset)
        if zone is None:
            zone = self._offsets[offset] = offset_text(offset)
        return f"{text}T{clock}{zone}"


_DAY = repeat(SECONDS_PER_DAY)
_ORDINAL_1970 = date(1970, 1, 1).toordinal()  # date.fromordinal of a day counted from 1970
_FIRST_DATE = date.min.toordinal() - _ORDINAL_1970
_LAST_DATE = date.max.toordinal() - _ORDINAL_1970
K = TypeVar("K")


class _Cache(dict[K, str]):
    """A dictionary that makes a missing value with ``make`` and keeps it."""

    def __init__(self, make: Callable[[K], str]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: K) -> str:
        value = self[key] = self.make(key)
        return value


def _day_texts(days: int) -> str:
    """The date of a day counted from 1970 as TimePoint.iso writes it, "YYYY-MM-DD"."""
    if _FIRST_DATE <= days <= _LAST_DATE:  # datetime's years 1 to 9999, formatted in C
        return date.fromordinal(days + _ORDINAL_1970).isoformat()
    y, m, d = civil_from_days(days)
    year = f"{y:04d}" if 0 <= y <= 9999 else f"{'+' if y > 0 else '-'}{abs(y):04d}"  # as iso()
    return f"{year}-{m:02d}-{d:02d}"


def _date_part(text: str, precision: int) -> str:
    """A date's text to a precision: the year, the year and month, the date, or the date
    with the 'T' a time follows."""
    if precision == 3:
        return text + "T"
    return text if precision == 2 else text[:-6] if precision == 0 else text[:-3]


def _clock_text(rem: int) -> str:
    hour, rest = divmod(rem, 3600)
    minute, second = divmod(rest, 60)
    return f"{hour:02d}:{minute:02d}:{second:02d}" if second else f"{hour:02d}:{minute:02d}"
