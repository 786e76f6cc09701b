"""The events of a timeline as JSON, the way ``timeline-app events --json`` prints them.

The output is what ``json.dump([event_dict(e) for e in events], out, ensure_ascii=False,
indent=2)`` writes, byte for byte, but it is written as it goes, a batch of events at a time,
and plain events (no end, no finer precision, no quotes, notes or other extras) are written
straight from the timeline's columns: a million events never exist as Event objects, dicts or
one long string (about 3 GB, and a minute, before).
"""

from __future__ import annotations

from collections.abc import Callable
from json.encoder import encode_basestring  # what json.dumps(ensure_ascii=False) uses
from typing import Any

from timeline_app.model.timeline import Event, Quote, Timeline, point_at
from timeline_app.model.timepoint import SECONDS_PER_DAY, Precision, format_point

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
    plain_rows = not (cols.ends or cols.precisions or cols.extras)
    starts = _StartTexts()
    categories = [encode_basestring(c) for c in cols.category_keys]
    ids, titles, cats, t0, codes = cols.ids, cols.titles, cols.categories, cols.t0, cols.start_codes
    write("[\n")
    for lo in range(0, n, batch):
        hi = min(n, lo + batch)
        parts = []
        for i, eid, title in zip(
            range(lo, hi),
            map(encode_basestring, ids[lo:hi]),
            map(encode_basestring, titles[lo:hi]),
            strict=True,
        ):
            if plain_rows or not (i in cols.ends or i in cols.precisions or i in cols.extras):
                start, precision, date = starts.of(t0[i], codes[i])
                parts.append(
                    f'  {{\n    "id": {eid},\n    "title": {title},\n    "start": {start},\n'
                    f'    "end": null,\n    "precision": {precision},\n    "date": {date},\n'
                    f'    "category": {categories[cats[i]]},{_PLAIN_TAIL}'
                )
            else:
                parts.append(_event_text(timeline.event(i)))
        write(",\n".join(parts))
        write(",\n" if hi < n else "\n]\n")


# What follows the category of an event with no extras.
_PLAIN_TAIL = (
    '\n    "location": "",\n    "participants": [],\n    "summary": "",\n'
    '    "date_source": "",\n    "date_note": "",\n    "quotes": []\n  }'
)
_PRECISION_TEXT = {p: encode_basestring(p.label) for p in Precision}


class _StartTexts:
    """The start of a plain event as JSON text (its ISO date, precision and date for
    reading), from its first instant and start code. A date at minute precision is its day
    and its time of day, each made once by the model's own formatting and then reused."""

    def __init__(self) -> None:
        self.days: dict[tuple[int, int], tuple[str, str]] = {}  # (day, precision) -> texts
        self.clocks: dict[tuple[int, int], tuple[str, str]] = {}  # (second, code) -> texts

    def of(self, t0: int, code: int) -> tuple[str, str, str]:
        """(JSON of the ISO date, JSON of the precision, JSON of the date for reading)."""
        precision = code & 3
        days, second = divmod(t0 + (code >> 2) * 60, SECONDS_PER_DAY)
        day = self.days.get((days, precision))
        if precision != Precision.MINUTE:
            if day is None:
                day, _ = self._learn(t0, code, days, second)
            return f'"{day[0]}"', _PRECISION_TEXT[Precision(precision)], f'"{day[1]}"'
        clock = self.clocks.get((second, code))
        if day is None or clock is None:
            day, clock = self._learn(t0, code, days, second)
        return (
            f'"{day[0]}{clock[0]}"',
            _PRECISION_TEXT[Precision.MINUTE],
            f'"{day[1]}{clock[1]}"',
        )

    def _learn(
        self, t0: int, code: int, days: int, second: int
    ) -> tuple[tuple[str, str], tuple[str, str]]:
        precision = Precision(code & 3)
        point = point_at(t0, precision, code >> 2)
        day_point = point.with_precision(min(precision, Precision.DAY))
        day = _plain_text(day_point.iso()), _plain_text(format_point(day_point))
        self.days[(days, precision)] = day
        clock = "", ""
        if precision == Precision.MINUTE:
            iso, text = point.iso(), format_point(point)
            if not (iso.startswith(day[0]) and text.startswith(day[1])):
                raise AssertionError(
                    f"a date at minute precision does not begin with its day: {iso}"
                )
            clock = _plain_text(iso[len(day[0]) :]), _plain_text(text[len(day[1]) :])
            self.clocks[(second, code)] = clock
        return day, clock


def _plain_text(text: str) -> str:
    """``text`` as it stands between JSON quotes: dates need no escapes."""
    if encode_basestring(text) != f'"{text}"':
        raise AssertionError(f"a date needs escapes in JSON: {text!r}")
    return text


def _event_text(event: Event) -> str:
    """One event of any kind, as json.dump with indent=2 writes it inside the list."""
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
