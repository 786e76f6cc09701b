"""TimelineJS spreadsheets: the Google Sheets template as CSV, .xlsx or .ods.

Columns are found by their header text, as TimelineJS finds them (ConfigFactory.js), with
spaces and case not mattering here: Year, Month, Day, Time, End Year, End Month, End Day,
End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail,
Alt Text, Type, Group (older sheets: Tag), Background; the first sheets' Start Date and End
Date instead of the date columns. A row whose Type is 'title' gives the timeline's title
and description, 'era' rows give eras.

A template that carries quotes adds Quote, Speaker, Source and Locator columns (TimelineJS
ignores columns it does not know, so such a sheet still works there). A row with no Year and
no Headline but a Quote adds one more quote to the event above it. Columns that neither
TimelineJS nor this template knows are kept in the event's notes as 'Header: value'.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterator
from operator import itemgetter

from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.registry import Format
from timeline_app.formats.tables import Row, Table, column_letter, open_table, sniff_kind
from timeline_app.formats.timeline_json import MAX_PROBLEMS, Progress
from timeline_app.formats.timelinejs_common import (
    DateText,
    PartError,
    Slide,
    SlideBuilder,
    background_cell,
    end_of_span,
    parse_date_text,
    read_point,
)
from timeline_app.i18n import context
from timeline_app.model.timeline import Timeline
from timeline_app.model.timepoint import TimePoint

tr = context("TimelineJsSheet")

NAME = "TimelineJS sheet"
EXTENSIONS = (".csv", ".xlsx", ".ods")
PROGRESS_EVERY = 2048

# Header text (lower case, single spaces) -> what the column holds.
COLUMNS = {
    "year": "year",
    "month": "month",
    "day": "day",
    "time": "time",
    "end year": "end_year",
    "end month": "end_month",
    "end day": "end_day",
    "end time": "end_time",
    "display date": "display_date",
    "headline": "headline",
    "text": "text",
    "media": "media",
    "media credit": "media_credit",
    "media caption": "media_caption",
    "media thumbnail": "media_thumbnail",
    "alt text": "alt_text",
    "type": "type",
    "group": "group",
    "tag": "tag",
    "background": "background",
    "start date": "start_date",
    "end date": "end_date",
    "quote": "quote",
    "speaker": "speaker",
    "source": "source",
    "locator": "locator",
}
# A part of a slide (as timelinejs_common names it) -> the column it is read from.
_PART_COLUMN = {
    "": "",
    "year": "year",
    "month": "month",
    "day": "day",
    "time": "time",
    "end_year": "end_year",
    "end_month": "end_month",
    "end_day": "end_day",
    "end_time": "end_time",
    "hour": "time",
    "minute": "time",
    "second": "time",
    "end_hour": "end_time",
    "end_minute": "end_time",
    "end_second": "end_time",
    "type": "type",
    "media": "media",
    "quote": "quote",
}
_DATE_PARTS = frozenset(
    ("year", "month", "day", "time", "end_year", "end_month", "end_day", "end_time")
)
_NOT_EVENTS = ("title", "era")
_QUOTE_PARTS = ("speaker", "source", "locator")
_FRACTION = re.compile(r"\d:\d+:\d+[.,]\d")
# The columns a plain event row is read from on the direct way (see _Sheet.plain_row).
_PLAIN_COLUMNS = (
    *("year", "month", "day", "time", "end_year", "end_month", "end_day", "end_time"),
    *("display_date", "headline", "text", "media", "media_caption", "media_credit"),
    *("alt_text", "media_thumbnail", "type", "group", "tag", "background"),
)
_DATES_KEPT = 4096  # dates read, kept for the rows that repeat them (a few hundred KB)
_HEADER_WORDS = re.compile(rb"[^\r\n]*")


def header_key(text: str) -> str:
    return " ".join(text.split()).lower()


def _has_year_and_headline(cells: list[str]) -> bool:
    keys = {header_key(c) for c in cells}
    return ("year" in keys or "start date" in keys) and "headline" in keys


def sniff(head: bytes, name: str) -> bool:
    """A workbook (.xlsx or .ods), or CSV text whose first line names a Year (or Start
    Date) column and a Headline column, in any order and case, with or without a BOM."""
    if sniff_kind(head):
        return True
    if name.lower().endswith((".xlsx", ".ods", ".csv")) and not head.lstrip().startswith(b"{"):
        return True  # not recognisable as anything: the name says what it was meant to be
    text = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    text = text.lstrip(b" \t\r\n")
    if text[:1] in (b"{", b"[", b"<"):
        return False
    first = _HEADER_WORDS.match(text)
    line = first.group(0) if first else b""
    try:
        decoded = line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    cells = re.split(r"[,;\t]", decoded.replace('"', ""))
    return _has_year_and_headline(cells)


class _Sheet:
    """Reads one table's rows into a SlideBuilder."""

    def __init__(self, file: str, table: Table, header: Row) -> None:
        self.file = file
        self.table = table
        self.builder = SlideBuilder(file)
        self.index: dict[str, int] = {}
        self.names: dict[str, str] = {}  # key -> the header as written
        self.others: list[tuple[int, str]] = []  # columns kept in notes
        for k, cell in enumerate(header.cells):
            key = COLUMNS.get(header_key(cell))
            if key is not None and key not in self.index:
                self.index[key] = k
                self.names[key] = " ".join(cell.split())
            else:
                name = " ".join(cell.split()) or f"Column {column_letter(k + 1)}"
                self.others.append((k, name))
        self.pairs = list(self.index.items())
        self.legacy = "start_date" in self.index or "end_date" in self.index
        self.header_row = header.number
        # Rows are read straight into the builder (plain_row) unless a row may be continued
        # by the next (a Quote column) or the dates are written in one piece.
        self.direct = not self.legacy and not any(k in self.index for k in ("quote", *_QUOTE_PARTS))
        # The plain row's cells in _PLAIN_COLUMNS order, taken at once from a row padded to
        # ``width`` cells: a column the sheet does not have is read from the padding.
        self.width = max(self.index.values(), default=0) + 2
        self.padding = [""] * self.width
        self.plain_cells = itemgetter(
            *(self.index.get(key, self.width - 1) for key in _PLAIN_COLUMNS)
        )
        self.points: dict[tuple[str, str, str, str], TimePoint] = {}

    def column(self, part: str) -> tuple[int, str]:
        """The position and header of the column a part of a slide is read from."""
        key = _PART_COLUMN.get(part, part)
        if self.legacy and key in _DATE_PARTS:
            is_end = key.startswith("end_") and "end_date" in self.index
            key = "end_date" if is_end else "start_date"
        name = self.names.get(key, key.replace("_", " ").title() if key else "")
        return self.index.get(key, 0), name

    def where_for(self, row: int) -> Callable[[str, str], Problem]:
        def where(part: str, message: str) -> Problem:
            index, column = self.column(part)
            line, col = self.table.place(row, index)
            return Problem(
                self.file,
                line,
                col,
                column or f"row {row}",
                message,
                self.table.where(row, column),
            )

        return where

    def slide(self, row: Row) -> Slide | None:
        """The row as a slide, or None for a row that continues the one above (a quote)."""
        cells = row.cells
        n = len(cells)
        get = {key: v for key, k in self.pairs if k < n and (v := cells[k].strip())}
        g = get.get
        if self.legacy:
            s = Slide(self.where_for(row.number))
            try:
                s.start = parse_date_text(g("start_date", ""))
                end = g("end_date", "")
                s.end = parse_date_text(end, part="end_year") if end else None
            except PartError as err:
                s.error = err
        else:
            s = Slide(
                self.where_for(row.number),
                start=DateText(g("year", ""), g("month", ""), g("day", ""), time=g("time", "")),
            )
            if "end_year" in get or "end_time" in get:
                s.end = DateText(
                    g("end_year", ""), g("end_month", ""), g("end_day", ""), time=g("end_time", "")
                )
        for key in ("time", "end_time"):
            if key in get and _FRACTION.search(get[key]):  # the app's dates stop at seconds
                s.notes.append(f"{self.names[key]}: {get[key]}")
        s.headline = g("headline", "")
        s.kind = g("type", "")
        quote = g("quote", "")
        if quote:
            s.quotes.append((quote, g("speaker", ""), g("source", ""), g("locator", "")))
            if not s.headline and s.start.is_empty() and s.kind.lower() not in _NOT_EVENTS:
                return None
        else:
            s.notes.extend(f"{self.names[k]}: {get[k]}" for k in _QUOTE_PARTS if k in get)
        s.text = g("text", "")
        s.display_date = g("display_date", "")
        s.media_url = g("media", "")
        s.media_caption = g("media_caption", "")
        s.media_credit = g("media_credit", "")
        s.media_thumbnail = g("media_thumbnail", "")
        s.media_alt = g("alt_text", "")
        s.group = g("group", "") or g("tag", "")
        if "group" in get and "tag" in get and get["tag"] != get["group"]:
            s.notes.append(f"{self.names['tag']}: {get['tag']}")
        if "background" in get:
            s.background = "\n".join(background_cell(get["background"]))
        for k, name in self.others:
            if k < n and cells[k].strip():
                s.notes.append(f"{name}: {cells[k].strip()}")
        return s

    def point(self, year: str, month: str, day: str, time: str, prefix: str) -> TimePoint | None:
        """The time point of a row's date cells (read once for all the rows that share
        them), or None where they cannot be read."""
        key = (year, month, day, time)
        found = self.points.get(key)
        if found is None:
            try:
                found = read_point(DateText(year, month, day, time=time), prefix)
            except PartError:
                return None
            if len(self.points) >= _DATES_KEPT:
                self.points.clear()
            self.points[key] = found
        return found

    def plain_row(self, cells: list[str]) -> bool:
        """Add a plain event row (not a title or era row, dates that can be read, no second
        of a time given in fractions, not both Group and Tag) without making a Slide of it:
        the same event as ``slide`` and ``SlideBuilder.add`` make. False for any other row,
        which is left to them."""
        n = len(cells)
        (
            year,
            month,
            day,
            time,
            end_year,
            end_month,
            end_day,
            end_time,
            display_date,
            headline,
            text,
            media,
            caption,
            credit,
            alt,
            thumbnail,
            kind,
            group,
            tag,
            background,
        ) = map(str.strip, self.plain_cells(cells if n >= self.width else cells + self.padding))
        if kind or (group and tag) or not year:
            return False
        if (time and _FRACTION.search(time)) or (end_time and _FRACTION.search(end_time)):
            return False
        start = self.point(year, month, day, time, "")
        if start is None:
            return False
        end: TimePoint | None = None
        if end_year or end_time:
            if not end_year:
                return False
            end = self.point(end_year, end_month, end_day, end_time, "end_")
            if end is None:
                return False
            try:
                end = end_of_span(start, end)
            except PartError:
                return False
        notes = (
            [f"{name}: {cells[k].strip()}" for k, name in self.others if k < n and cells[k].strip()]
            if self.others
            else []
        )
        self.builder.event(
            start,
            end,
            headline,
            text,
            display_date,
            group or tag,
            notes,
            (media, caption, credit, alt, thumbnail),
            "\n".join(background_cell(background)) if background else "",
        )
        return True

    def read(self, rows: Iterator[Row], progress: Progress | None) -> None:
        builder = self.builder
        total = max(self.table.total, 1)
        if self.direct:  # no row continues another: each is added as it is read
            plain_row = self.plain_row
            for row in rows:
                if progress is not None and row.number % PROGRESS_EVERY == 0:
                    progress(row.number, total)
                if not plain_row(row.cells):
                    slide = self.slide(row)
                    assert slide is not None  # (only a quote continues a row)
                    builder.add(slide)
            return
        pending: Slide | None = None
        for row in rows:
            if progress is not None and row.number % PROGRESS_EVERY == 0:
                progress(row.number, total)
            slide = self.slide(row)
            if slide is None:  # a quote continuing the event above
                quote_row = self.slide_quote(row)
                if pending is not None and pending.kind.strip().lower() not in ("title", "era"):
                    pending.quotes.append(quote_row)
                else:
                    builder.warn(
                        self.where_for(row.number)(
                            "quote",
                            tr("this quote has no event above it to belong to; it is left out"),
                        )
                    )
                continue
            if pending is not None:
                builder.add(pending)
            pending = slide
        if pending is not None:
            builder.add(pending)

    def slide_quote(self, row: Row) -> tuple[str, str, str, str]:
        cells = row.cells

        def cell(key: str) -> str:
            k = self.index.get(key)
            return cells[k].strip() if k is not None and k < len(cells) else ""

        return cell("quote"), cell("speaker"), cell("source"), cell("locator")


def load(path: str | os.PathLike[str], progress: Progress | None = None) -> Timeline:
    """Read a TimelineJS sheet (CSV, .xlsx or .ods). Raises TimelineFileError for a file
    that is not readable or has no Year column or no events; rows that cannot be read are
    left out, each named in the timeline's warnings."""
    file = os.fspath(path)
    collecting = gc.isenabled()
    gc.disable()  # many small objects, few kept: see timeline_json.loads_timeline
    try:
        return _load(file, progress)
    finally:
        gc.collect(0)
        if collecting:
            gc.enable()


def _load(file: str, progress: Progress | None) -> Timeline:
    table = open_table(file, _has_year_and_headline)
    rows = table.rows()
    header = next(rows, None)
    if header is None:
        raise TimelineFileError([Problem(file, 1, 1, "", tr("the sheet is empty"))])
    sheet = _Sheet(file, table, header)
    if "year" not in sheet.index and not sheet.legacy:
        line, col = table.place(header.number, 0)
        found = ", ".join(repr(" ".join(c.split())) for c in header.cells if c.strip())
        raise TimelineFileError(
            [
                Problem(
                    file,
                    line,
                    col,
                    "",
                    tr(
                        "the sheet has no 'Year' column, which TimelineJS needs; its first row "
                        "has {cells}"
                    ).format(cells=found[:300]),
                    table.where(header.number, ""),
                )
            ]
        )
    if table.note:
        sheet.builder.warn(Problem(file, 1, 1, "", table.note))
    sheet.read(rows, progress)
    builder = sheet.builder
    warnings = builder.warnings
    if len(warnings) > MAX_PROBLEMS:
        left = len(warnings) - MAX_PROBLEMS
        warnings = [
            *warnings[:MAX_PROBLEMS],
            Problem(
                file,
                1,
                1,
                "",
                tr.n("and %n more problems like these", left, one="and %n more problem like these"),
            ),
        ]
    if not len(builder.columns):
        raise TimelineFileError(
            [
                Problem(
                    file,
                    1,
                    1,
                    "",
                    tr(
                        "the sheet has no events: no row below the header has a Year that can be "
                        "read"
                    ),
                ),
                *warnings,
            ]
        )
    return builder.timeline(file, warnings)


FORMAT = Format("timelinejs-sheet", NAME, EXTENSIONS, sniff, load)
