"""The events of a timeline as JSON, the way ``timeline-app events --json`` prints them.

The output is what ``json.dump([event_dict(e) for e in events], out, ensure_ascii=False,
indent=2)`` writes, byte for byte, but it is written as it goes, a batch of events at a time,
and plain events (no end, no finer precision, no quotes, notes or other extras) are written
straight from the timeline's columns: a million events never exist as Event objects, dicts or
one long string (about 3 GB, and a minute, before).
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from itertools import repeat
from json.encoder import encode_basestring  # what json.dumps(ensure_ascii=False) uses
from operator import add, floordiv, itemgetter, mod
from typing import Any, cast

from timeline_app.model.timeline import Event, Quote, Timeline, point_at
from timeline_app.model.timepoint import Precision, days_from_civil, format_point

BATCH = 2048  # events joined into one write


def event_dict(event: Event) -> dict[str, Any]:
    """One event as ``events --json`` prints it."""
    return {
        "id": event.id,
        "title": event.title,
        "start": event.start.iso(),
        "end": event.end.iso() if event.end is not None else None,
        "precision": event.precision.label,
        "date": event.date_text(),
        "category": event.category,
        "location": event.location,
        "participants": list(event.participants),
        "summary": event.summary,
        "date_source": event.date_source,
        "date_note": event.date_note,
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker or None,
                "source": {
                    "title": q.source.title,
                    "publisher": q.source.publisher,
                    "year": q.source.year,
                },
                "locator": q.locator,
            }
            for q in event.quotes
        ],
        # What files of other tools bring: only where an event has it, so that the output
        # of a timeline without it stays as it was.
        **({"display_date": event.display_date} if event.display_date else {}),
        **(
            {
                "media": [
                    {
                        "url": m.url,
                        "kind": m.resolved_kind,
                        "caption": m.caption,
                        "credit": m.credit,
                        "alt": m.alt,
                    }
                    for m in event.media
                ]
            }
            if event.media
            else {}
        ),
    }


def write_events_json(
    timeline: Timeline, write: Callable[[str], object], batch: int = BATCH
) -> None:
    """Write every event, in time order, as one JSON list indented by two spaces, and a
    line break; ``write`` gets at most ``batch`` events' text at a time."""
    n = len(timeline)
    if n == 0:
        write("[]\n")
        return
    cols = timeline.columns
    # Rows with an end, a precision of their own or extras are written from Event objects.
    special = sorted(set(cols.ends) | set(cols.precisions) | set(cols.extras))
    starts = _StartTexts()
    categories = [encode_basestring(c) for c in cols.category_keys]
    write("[\n")
    for lo in range(0, n, batch):
        hi = min(n, lo + batch)
        dates = starts.of(cols.t0[lo:hi], cols.start_codes[lo:hi])
        rows = list(
            map(
                _PLAIN_EVENT.__mod__,
                zip(
                    map(encode_basestring, cols.ids[lo:hi]),
                    map(encode_basestring, cols.titles[lo:hi]),
                    *dates,
                    map(categories.__getitem__, cols.categories[lo:hi]),
                    strict=True,
                ),
            )
        )
        for i in special[bisect_left(special, lo) : bisect_left(special, hi)]:
            rows[i - lo] = _event_text(timeline.event(i))
        write(",\n".join(rows))
        write(",\n" if hi < n else "\n]\n")


# An event with no end, no precision of its own and no extras: id, title, start, precision,
# date for reading and category, each already JSON.
_PLAIN_EVENT = (
    '  {\n    "id": %s,\n    "title": %s,\n    "start": %s,\n    "end": null,\n'
    '    "precision": %s,\n    "date": %s,\n    "category": %s,\n    "location": "",\n'
    '    "participants": [],\n    "summary": "",\n    "date_source": "",\n'
    '    "date_note": "",\n    "quotes": []\n  }'
)
_PRECISION_TEXT = {p: encode_basestring(p.label) for p in Precision}
_DAY = 86_400
_FIRST, _SECOND, _THIRD, _FOURTH = (itemgetter(k) for k in range(4))
_Clock = tuple[str, str, int, str]


class _StartTexts:
    """The starts of plain events as JSON text: the ISO date, the precision and the date for
    reading, from their first instants and start codes. Each is a day and a time of day
    (empty for a date without one), each made once by the model's own formatting and kept;
    a batch of events is then put together by look-ups and joins that run in C."""

    def __init__(self) -> None:
        # (second of the UTC day, code) -> (ISO time of day + '"', time for reading + '"',
        # days the local date is after the UTC one, the precision as JSON)
        self.clocks: dict[tuple[int, int], _Clock] = {}
        # (local day, code) -> ('"' + ISO date, '"' + date for reading)
        self.days: dict[tuple[int, int], tuple[str, str]] = {}

    def of(
        self, t0: Sequence[int], codes: Sequence[int]
    ) -> tuple[Iterator[str], Iterator[str], Iterator[str]]:
        """For rows with these first instants and codes: the starts, the precisions and the
        dates for reading, as JSON."""
        utc_days = list(map(floordiv, t0, repeat(_DAY)))
        clock_keys = list(zip(map(mod, t0, repeat(_DAY)), codes, strict=True))
        found = list(map(self.clocks.get, clock_keys))
        if None in found:
            for key, first in zip(clock_keys, t0, strict=True):
                if key not in self.clocks:
                    self._learn(first, key[1])
            found = list(map(self.clocks.get, clock_keys))
        clocks = cast(list[_Clock], found)
        day_keys = list(zip(map(add, utc_days, map(_THIRD, clocks)), codes, strict=True))
        found_days = list(map(self.days.get, day_keys))
        if None in found_days:
            for key, first in zip(day_keys, t0, strict=True):
                if key not in self.days:
                    self._learn(first, key[1])
            found_days = list(map(self.days.get, day_keys))
        days = cast(list[tuple[str, str]], found_days)
        return (
            map(add, map(_FIRST, days), map(_FIRST, clocks)),
            map(_FOURTH, clocks),
            map(add, map(_SECOND, days), map(_SECOND, clocks)),
        )

    def _learn(self, t0: int, code: int) -> None:
        """Make the day's and the time of day's texts of the start at ``t0``."""
        precision = Precision(code & 3)
        point = point_at(t0, precision, code >> 2)
        day_point = point.with_precision(min(precision, Precision.DAY))
        day_iso, day_text = _plain_text(day_point.iso()), _plain_text(format_point(day_point))
        clock_iso = clock_text = ""
        if precision == Precision.MINUTE:
            iso, text = point.iso(), format_point(point)
            if not (iso.startswith(day_iso) and text.startswith(day_text)):
                raise AssertionError(
                    f"a date at minute precision does not begin with its day: {iso}"
                )
            clock_iso, clock_text = (
                _plain_text(iso[len(day_iso) :]),
                _plain_text(text[len(day_text) :]),
            )
        local_day = days_from_civil(point.year, point.month, point.day)
        self.days[(local_day, code)] = f'"{day_iso}', f'"{day_text}'
        self.clocks[(t0 % _DAY, code)] = (
            f'{clock_iso}"',
            f'{clock_text}"',
            local_day - t0 // _DAY,
            _PRECISION_TEXT[precision],
        )


def _plain_text(text: str) -> str:
    """``text`` as it stands between JSON quotes: dates need no escapes."""
    if encode_basestring(text) != f'"{text}"':
        raise AssertionError(f"a date needs escapes in JSON: {text!r}")
    return text


def _event_text(event: Event) -> str:
    """One event of any kind, as json.dump with indent=2 writes it inside the list."""
    if event.display_date or event.media:  # rare: the general encoder, indented in place
        text = json.dumps(event_dict(event), ensure_ascii=False, indent=2)
        return "\n".join("  " + line for line in text.split("\n"))
    enc = encode_basestring
    end = "null" if event.end is None else enc(event.end.iso())
    participants = (
        "[\n      " + ",\n      ".join(map(enc, event.participants)) + "\n    ]"
        if event.participants
        else "[]"
    )
    quotes = (
        "[\n      " + ",\n      ".join(map(_quote_text, event.quotes)) + "\n    ]"
        if event.quotes
        else "[]"
    )
    return (
        f'  {{\n    "id": {enc(event.id)},\n    "title": {enc(event.title)},\n'
        f'    "start": {enc(event.start.iso())},\n    "end": {end},\n'
        f'    "precision": {enc(event.precision.label)},\n    "date": {enc(event.date_text())},\n'
        f'    "category": {enc(event.category)},\n    "location": {enc(event.location)},\n'
        f'    "participants": {participants},\n    "summary": {enc(event.summary)},\n'
        f'    "date_source": {enc(event.date_source)},\n'
        f'    "date_note": {enc(event.date_note)},\n    "quotes": {quotes}\n  }}'
    )


def _quote_text(q: Quote) -> str:
    enc = encode_basestring
    speaker = enc(q.speaker) if q.speaker else "null"
    year = "null" if q.source.year is None else int.__repr__(q.source.year)
    return (
        f'{{\n        "text": {enc(q.text)},\n        "speaker": {speaker},\n'
        f'        "source": {{\n          "title": {enc(q.source.title)},\n'
        f'          "publisher": {enc(q.source.publisher)},\n          "year": {year}\n'
        f'        }},\n        "locator": {enc(q.locator)}\n      }}'
    )
