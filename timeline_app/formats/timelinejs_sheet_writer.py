"""Writing a timeline back as a TimelineJS sheet (CSV, the Google Sheets template's columns).

A sheet carries less than the app's own format: no quotes, sources, places, participants or
colours. So the writer first works out what the sheet would lose, by the reader's own rules
(formats.timelinejs_sheet and timelinejs_common): each value is written, read back as the
reader reads it, and compared. Anything that would come back different is a loss, named for
people; ``sheet_text`` and ``write_sheet`` refuse with that list, and write only when reading
the sheet again gives the same timeline (event and category ids aside: a sheet has no id
column, and the reader makes them from the headlines and groups again).

Rows come in time order, except where the categories (which a reader meets in row order)
need another: then as little as possible moves, and events on the same instant keep their
order.
"""

from __future__ import annotations

import csv
import html
import io
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline_app.formats.plaintext import plain, visible
from timeline_app.formats.timelinejs_common import (
    DateText,
    PartError,
    SlideBuilder,
    background_cell,
    end_of_span,
    first_shown,
    one_line,
    read_point,
)
from timeline_app.formats.timelinejs_sheet import COLUMNS, header_key
from timeline_app.fsutil import atomic_write_bytes
from timeline_app.i18n import context
from timeline_app.model.text import is_blank
from timeline_app.model.timeline import UNCATEGORISED, Era, Event, Media, Timeline
from timeline_app.model.timepoint import Precision, TimePoint

tr = context("TimelineJSSheetWriter")

HEADER = (
    *("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time"),
    *("Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption"),
    *("Media Thumbnail", "Alt Text", "Type", "Group", "Background"),
)
_AT = {name: k for k, name in enumerate(HEADER)}
_NOTE = re.compile(r"([^:\n]+): (.+)")
_BACKGROUND = ("Background: ", "Background image: ")
EXAMPLES = 3  # titles named for each kind of loss

# What a sheet cannot carry, for people (each followed by the events or things that have it).
QUOTES = tr.mark("quotes")
SOURCES = tr.mark("sources")
PLACES = tr.mark("places")
PARTICIPANTS = tr.mark("participants")
DATE_SOURCES = tr.mark("date sources and date notes")
NOTES = tr.mark("notes")
MEDIA = tr.mark("more than one picture or media item, or one the sheet reads differently")
DATES = tr.mark("dates the sheet writes differently (a time zone, or a precision of its own)")
TEXTS = tr.mark("titles or texts the sheet reads differently")
COLOURS = tr.mark("category colours")
EMPTY_CATEGORIES = tr.mark("categories without events")
CATEGORY_NAMES = tr.mark("categories whose names the sheet reads differently")
CATEGORY_ORDER = tr.mark("the order of the categories")
ERAS = tr.mark("eras' colours, or eras the sheet reads differently")
TITLE = tr.mark("the timeline's title or description")
LEFT_OUT = tr.mark("the rows left out when the file was opened")


class WouldLose(ValueError):
    """The timeline holds what a sheet cannot carry; ``losses`` names each kind for people."""

    def __init__(self, losses: Sequence[str]) -> None:
        super().__init__(
            tr("A TimelineJS sheet cannot hold: {what}").format(what="; ".join(losses))
        )
        self.losses = tuple(losses)


@dataclass
class Sheet:
    """The rows a timeline makes (the header first) and what the sheet would lose."""

    rows: list[list[str]]
    losses: list[str]


def year_cell(year: int) -> str:
    """An astronomical year as TimelineJS writes it: 1 BCE (year 0) is -1."""
    return str(year if year > 0 else year - 1)


def date_cells(p: TimePoint) -> list[str]:
    """Year, Month, Day and Time of a time point, to its precision."""
    prec = p.precision
    month = str(p.month) if prec >= Precision.MONTH else ""
    day = str(p.day) if prec >= Precision.DAY else ""
    time = ""
    if prec >= Precision.MINUTE:
        time = f"{p.hour:02d}:{p.minute:02d}" + (f":{p.second:02d}" if p.second else "")
    return [year_cell(p.year), month, day, time]


def reads_as(cells: list[str]) -> TimePoint | None:
    """The time point the reader makes of four date cells (None where it makes none)."""
    return _reads_as(*cells)


# Many events share a date, a credit or a group: each is read back once (a few hundred KB).
@lru_cache(maxsize=4096)
def _reads_as(year: str, month: str, day: str, time: str) -> TimePoint | None:
    try:
        return read_point(DateText(year, month, day, time=time))
    except PartError:
        return None


@lru_cache(maxsize=4096)
def text_cell(text: str) -> str | None:
    """A cell the reader reads (as plain text of HTML or Markdown) back as ``text``: HTML
    with its characters escaped, else the text as it is; None where neither reads back."""
    if not text:
        return ""
    for cell in (html.escape(text, quote=False), text):
        if plain(cell) == text:
            return cell
    return None


@lru_cache(maxsize=4096)
def line_cell(text: str) -> str | None:
    """A one-line cell (a headline, a group, a caption) that reads back as ``text``."""
    cell = text_cell(text)
    return cell if cell is not None and one_line(plain(cell)) == text else None


class _Losses:
    def __init__(self) -> None:
        self.found: dict[str, list[str]] = {}

    def add(self, kind: str, what: str) -> None:
        self.found.setdefault(kind, []).append(what)

    def text(self) -> list[str]:
        out = []
        for kind, names in self.found.items():
            shown = ", ".join(f"‘{n}’" for n in names[:EXAMPLES])
            more = len(names) - EXAMPLES
            if more > 0:
                shown += tr.n(" and %n more", more)
            out.append(f"{tr(kind)} ({shown})" if shown else tr(kind))
        return out


def _short(title: str) -> str:
    t = " ".join(title.split())
    return t if len(t) <= 40 else t[:39].rstrip() + "…"


def _media_cells(e: Event, losses: _Losses) -> list[str]:
    """Media, Media Credit, Media Caption, Media Thumbnail, Alt Text."""
    if not e.media:
        return [""] * 5
    m = e.media[0]
    credit, caption, alt = line_cell(m.credit), line_cell(m.caption), line_cell(m.alt)
    notes: list[str] = []
    read: Media | None = None
    if None not in (credit, caption, alt):
        read = SlideBuilder("").media(
            m.url, caption or "", credit or "", alt or "", m.thumbnail, notes
        )
    if len(e.media) > 1 or read != m or notes:
        losses.add(MEDIA, _short(e.title))
    return [m.url, credit or "", caption or "", m.thumbnail, alt or ""]


def _note_columns(e: Event, losses: _Losses) -> tuple[list[tuple[str, str]], str]:
    """An event's notes as the extra columns (name, value) and the Background cell they were
    read from; a note that is no such line is a loss."""
    if not e.notes:
        return [], ""
    lines = e.notes.split("\n")
    background = ""
    if lines[-1].startswith(_BACKGROUND):
        value = lines[-1].split(": ", 1)[1]
        if background_cell(value) == [lines[-1]]:
            background = value
            lines.pop()
    extra: list[tuple[str, str]] = []
    for line in lines:
        found = _NOTE.fullmatch(line)
        name, value = (found.group(1), found.group(2)) if found else ("", "")
        if (
            not found
            or " ".join(name.split()) != name
            or value.strip() != value
            or header_key(name) in COLUMNS
            or any(name == n for n, _ in extra)
        ):
            losses.add(NOTES, _short(e.title))
            return [], background
        extra.append((name, value))
    return extra, background


def _event_row(e: Event, group: str, losses: _Losses) -> tuple[list[str], list[tuple[str, str]]]:
    """The template's cells of an event and its extra columns."""
    if e.quotes:
        losses.add(QUOTES, _short(e.title))
    if e.location:
        losses.add(PLACES, _short(e.title))
    if e.participants:
        losses.add(PARTICIPANTS, _short(e.title))
    if e.date_source or e.date_note:
        losses.add(DATE_SOURCES, _short(e.title))
    start = date_cells(e.start)
    end = date_cells(e.end) if e.end is not None else [""] * 4
    read_start = reads_as(start)
    read_end = reads_as(end) if e.end is not None else None
    try:
        kept_end = end_of_span(read_start, read_end) if read_start is not None else None
    except PartError:
        kept_end = None
    if read_start != e.start or e.precision != e.start.precision or kept_end != e.end:
        losses.add(DATES, _short(e.title))
    headline = line_cell(e.title)
    text = text_cell(e.summary)
    display = line_cell(e.display_date)
    if headline is None or is_blank(e.title) or text is None or display is None:
        losses.add(TEXTS, _short(e.title))
    media = _media_cells(e, losses)
    extra, background = _note_columns(e, losses)
    row = [*start, *end, display or "", headline or "", text or "", *media, "", group, background]
    return row, extra


def _era_row(era: Era, losses: _Losses) -> list[str]:
    start, end = date_cells(era.start), date_cells(era.end)
    headline = line_cell(era.title)
    a, b = reads_as(start), reads_as(end)
    read: Era | None = None
    if a is not None and b is not None:
        try:
            kept = end_of_span(a, b)
        except PartError:
            kept = None
        if kept is not None:
            title = first_shown(one_line(plain(headline or ""))) or a.iso()
            read = Era(title, a, kept, min(a.precision, kept.precision))
    if read != era:
        losses.add(ERAS, _short(era.title))
    return [*start, *end, "", headline or "", "", "", "", "", "", "", "era", "", ""]


def _title_row(timeline: Timeline, losses: _Losses) -> list[str] | None:
    title, description = timeline.title, timeline.description
    if not title and not description:
        return None
    headline, text = line_cell(title), text_cell(description)
    read_title = one_line(plain(headline or ""))
    read_text = visible(plain(text or "")) if (text or "").strip() else ""
    if read_title == "" and read_text:
        read_title = one_line(read_text)  # the reader names an untitled timeline so
    if headline is None or text is None or (read_title, read_text) != (title, description):
        losses.add(TITLE, "")
    return ["", "", "", "", "", "", "", "", "", headline or "", text or "", "", "", "", "", "",
            "title", "", ""]  # fmt: skip


def _ordered(runs: list[list[str]], first: Sequence[str]) -> list[int] | None:
    """Row positions in time order, changed only so that the groups are first met in the
    order ``first``. ``runs`` gives the groups of each instant's rows in turn: a run is kept
    together and in its order (the reader keeps the order of rows on one instant). None
    where no order does it."""
    want = {g: k for k, g in enumerate(first)}
    order: list[int] = []
    met = 0  # groups met so far, in ``first``'s order

    def fits(groups: list[str]) -> int:
        """The groups met after the run, or -1 where it meets one out of turn."""
        n = met
        for g in groups:
            k = want.get(g)
            if k is None or k < n:
                continue
            if k > n:
                return -1
            n += 1
        return n

    deferred: list[tuple[int, list[str]]] = []
    start = 0
    for groups in runs:
        n = fits(groups)
        if n < 0:
            deferred.append((start, groups))
        else:
            order.extend(range(start, start + len(groups)))
            grew, met = n > met, n
            while grew and deferred:  # a run put off may fit now
                grew, left = False, []
                for d_start, d_groups in deferred:
                    m = fits(d_groups)
                    if m < 0:
                        left.append((d_start, d_groups))
                    else:
                        order.extend(range(d_start, d_start + len(d_groups)))
                        grew, met = grew or m > met, m
                deferred = left
        start += len(groups)
    return None if deferred else order


def sheet(timeline: Timeline) -> Sheet:
    """The rows of ``timeline`` as a TimelineJS sheet, and what it would lose."""
    losses = _Losses()
    if timeline.left_out:
        losses.add(LEFT_OUT, "")
    if timeline.sources:
        for s in timeline.sources[:EXAMPLES]:
            losses.add(SOURCES, _short(s.title))
    labels: dict[str, str] = {}
    other = bool(timeline.categories) and timeline.categories[-1] == UNCATEGORISED
    for c in timeline.categories[: -1 if other else None]:
        labels[c.id] = c.label
        if c.color:
            losses.add(COLOURS, _short(c.label))
        if line_cell(c.label) is None or is_blank(c.label):
            losses.add(CATEGORY_NAMES, _short(c.label))
    if len(set(labels.values())) < len(labels):
        losses.add(CATEGORY_NAMES, "")
    rows: list[list[str]] = []
    extras: list[list[tuple[str, str]]] = []
    groups: list[str] = []
    runs: list[list[str]] = []
    last_key: tuple[float, int] | None = None
    used: set[str] = set()
    uncategorised = False
    for e in timeline.events:
        if e.category and e.category not in labels:
            losses.add(CATEGORY_NAMES, _short(e.title))
        if not e.category:
            uncategorised = True
        used.add(e.category)
        label = labels.get(e.category, "")
        row, extra = _event_row(e, label, losses)
        rows.append(row)
        extras.append(extra)
        groups.append(label)
        key = (float(e.t0) if e.is_range else e.tm, e.t0)  # the timeline's order
        if key == last_key:
            runs[-1].append(e.category)
        else:
            runs.append([e.category])
        last_key = key
    empty = [labels[c] for c in labels if c not in used]
    for label in empty:
        losses.add(EMPTY_CATEGORIES, _short(label))
    cats = [c for c in labels if c in used]
    if uncategorised != other:  # the reader adds 'Other' for the events of no group only
        losses.add(EMPTY_CATEGORIES if other else CATEGORY_NAMES, UNCATEGORISED.label)
    order = _ordered(runs, cats) if not empty else None
    if order is None:
        if not empty:
            losses.add(CATEGORY_ORDER, "")
        order = list(range(len(rows)))
    # The extra columns, in the order the events name them; an event that names them in
    # another order cannot be written so.
    names: dict[str, int] = {}
    for extra in extras:
        for name, _value in extra:
            names.setdefault(name, len(names))
    for k, extra in enumerate(extras):
        at = [names[n] for n, _ in extra]
        if at != sorted(at):
            losses.add(NOTES, _short(rows[k][_AT["Headline"]]))
    header = [*HEADER, *names]
    out = [header]
    title = _title_row(timeline, losses)
    if title is not None:
        out.append(title + [""] * len(names))
    for k in order:
        cells = rows[k] + [""] * len(names)
        for name, value in extras[k]:
            cells[len(HEADER) + names[name]] = value
        out.append(cells)
    for era in timeline.eras:
        out.append(_era_row(era, losses) + [""] * len(names))
    return Sheet(out, losses.text())


def losses(timeline: Timeline) -> list[str]:
    """What writing ``timeline`` as a TimelineJS sheet would lose ([] for nothing)."""
    return sheet(timeline).losses


def csv_text(rows: Iterable[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def sheet_text(timeline: Timeline) -> str:
    """The sheet as CSV text; raises WouldLose naming what it cannot carry."""
    made = sheet(timeline)
    if made.losses:
        raise WouldLose(made.losses)
    return csv_text(made.rows)


def write_sheet(timeline: Timeline, path: str | os.PathLike[str]) -> None:
    """Write the sheet as a UTF-8 CSV file, atomically; raises WouldLose (and writes
    nothing) where the sheet would lose anything, OSError where the file cannot be written."""
    atomic_write_bytes(path, sheet_text(timeline).encode("utf-8"))
