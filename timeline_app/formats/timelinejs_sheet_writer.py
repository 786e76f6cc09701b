"""Writing a timeline back as a TimelineJS sheet (CSV, the Google Sheets template's columns).

A sheet carries less than the app's own format: no places, participants, colours, or
sources' authors and addresses. So the writer first works out what the sheet would lose, by
the reader's own rules (formats.timelinejs_sheet and timelinejs_common): each value is
written, read back as the reader reads it, and compared. Anything that would come back
different is a loss, named for people; ``sheet_text`` and ``write_sheet`` refuse with that
list, and write only when reading the sheet again gives the same timeline (ids aside: a
sheet has no id column, and the reader makes the ids of events, categories and sources from
their titles again; sources come back in the order their quotes are first met).

Quotes go in the Quote, Speaker, Source ('Title, Publisher, Year') and Locator columns that
the reader reads, added only when the timeline has quotes: an event's first quote on its own
row, each further one on a row of its own below it with only those columns filled.

Rows come in time order, except where the categories (which a reader meets in row order)
need another: then as little as possible moves, and events on the same instant keep their
order.

The check runs over the timeline's columns without making an Event of each row, and a cell
that is plainly the value it holds (a title with no markup, a date on its own calendar day)
is not read back through the general parsers: see ``start_cells`` and ``text_cell``, which
the tests hold to the reader's result. About 100,000 events a second.
"""

from __future__ import annotations

import csv
import gc
import html
import io
import operator
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, islice

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
from timeline_app.model import timepoint
from timeline_app.model.text import is_blank, is_blank_char
from timeline_app.model.timeline import (
    NO_EXTRAS,
    UNCATEGORISED,
    Era,
    Extras,
    Media,
    Quote,
    Source,
    Timeline,
    point_at,
)
from timeline_app.model.timepoint import Precision, TimePoint, civil_from_days

tr = context("TimelineJSSheetWriter")

HEADER = (
    *("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time"),
    *("Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption"),
    *("Media Thumbnail", "Alt Text", "Type", "Group", "Background"),
)
QUOTE_COLUMNS = ("Quote", "Speaker", "Source", "Locator")
_AT = {name: k for k, name in enumerate(HEADER)}
_NOTE = re.compile(r"([^:\n]+): (.+)")
_BACKGROUND = ("Background: ", "Background image: ")
EXAMPLES = 3  # titles named for each kind of loss
PROGRESS_EVERY = 4096  # events checked between two calls of ``progress``
_DAY = 86_400
_MINUTE = int(Precision.MINUTE)
_MONTH = int(Precision.MONTH)
_YEAR = int(Precision.YEAR)

# What a sheet cannot carry, for people (each followed by the events or things that have it).
QUOTES = tr.mark("quotes the sheet reads differently (with no source or locator, or blank)")
SOURCES = tr.mark(
    "sources the sheet cannot name as they are (an author, an address, a note, a full "
    "text, a title with commas, or no quote citing them)"
)
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

Progress = Callable[[int, int], None]


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

    def text(self) -> str:
        """The sheet as CSV text; raises WouldLose naming what it cannot carry."""
        if self.losses:
            raise WouldLose(self.losses)
        return csv_text(self.rows)


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


def start_cells(t0: int, code: int) -> list[str] | None:
    """The date cells of an event's start as the timeline's columns keep it (its first
    instant and ``start_code``), or None where the reader would read them back as another
    start: ``date_cells`` of the start where ``reads_as`` gives it back, without making
    the time point or parsing the cells. A start written without a time zone, on the first
    day (or month) of its year (or month) at a coarse precision, within the years the app
    reads, is what the reader makes of its cells."""
    if code >> 2:
        return None  # a time zone: the sheet has none
    prec = code & 3
    days, rem = divmod(t0, _DAY)
    if rem and prec < _MINUTE:
        return None
    y, m, d = civil_from_days(days)
    if (d != 1 and prec <= _MONTH) or (m != 1 and prec == _YEAR):
        return None  # a day (or month) that the cells do not write
    if abs(y) > timepoint.MAX_ABS_YEAR:
        return None
    year = str(y if y > 0 else y - 1)
    if prec == _YEAR:
        return [year, "", "", ""]
    if prec == _MONTH:
        return [year, str(m), "", ""]
    if not rem:
        return [year, str(m), str(d), "00:00" if prec == _MINUTE else ""]
    second = rem % 60
    time = f"{rem // 3600:02d}:{rem % 3600 // 60:02d}" + (f":{second:02d}" if second else "")
    return [year, str(m), str(d), time]


@lru_cache(maxsize=4096)
def text_cell(text: str) -> str | None:
    """A cell the reader reads (as plain text of HTML or Markdown) back as ``text``: HTML
    with its characters escaped, else the text as it is; None where neither reads back."""
    if not text:
        return ""
    if _NOT_PLAIN.search(text) is None and text[:1] not in _NOT_FIRST and text[-1:] != " ":
        return text  # plain() would give it back as it is
    if "&" not in text and "<" not in text and ">" not in text:
        # Escaping changes nothing: one candidate (plain() has its own fast way for text
        # with no markup at all, the most common).
        return text if plain(text) == text else None
    for cell in (html.escape(text, quote=False), text):
        if plain(cell) == text:
            return cell
    return None


@lru_cache(maxsize=4096)
def line_cell(text: str) -> str | None:
    """A one-line cell (a headline, a group, a caption) that reads back as ``text``."""
    cell = text_cell(text)
    if cell is None:
        return None
    return cell if one_line(text if cell is text else plain(cell)) == text else None


# Characters that plaintext.plain() may change or take for markup, and every white space
# but the plain space (which one_line would change): a text with none of them, no space
# first or last and no list's or heading's mark first is its own cell (``is_plain_line``).
_NOT_PLAIN_CHARS = (
    "<>&\\[\\]*_`\x00-\x09\x0b-\x1f\x7f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f"
    "\u205f\u3000\ud800-\udfff"
)
_NOT_PLAIN = re.compile(f"[\n{_NOT_PLAIN_CHARS}]")
_NOT_PLAIN_BUT_LINE_ENDS = re.compile(f"[{_NOT_PLAIN_CHARS}]")
# Between two texts joined by line ends: two spaces, or a space or a list's mark at an end.
_NOT_PLAIN_AT_ENDS = ("  ", "\n ", " \n", "\n-", "\n+", "\n\n")


def is_plain_line(text: str) -> bool:
    """Whether ``text`` is a one-line cell as it stands, found without the parsers:
    True only where ``line_cell(text) == text`` (and so ``text_cell`` too) and the text
    is not blank."""
    return (
        _NOT_PLAIN.search(text) is None
        and "  " not in text
        and text[:1] not in _NOT_FIRST
        and text[-1:] != " "
        and not is_blank_char(text[0])
    )


_NOT_FIRST = frozenset(("", " ", "-", "+", "#"))  # ('#' makes a heading only there)


def plain_lines(texts: Sequence[str]) -> list[bool]:
    """``is_plain_line`` of each text of a column, for the whole column in a few searches
    of the texts joined, so that the usual title costs no call of its own."""
    n = len(texts)
    joined = "\n".join(texts)
    if joined.count("\n") != n - 1:  # a text of several lines: each is looked at
        return [is_plain_line(t) for t in texts]
    ends = list(accumulate(map(len, texts)))  # where each text ends, its line end aside
    plain_ones = [True] * n

    def not_plain(at: int) -> None:
        # the text that holds the character at ``at`` of ``joined`` (the k-th line end
        # follows the k-th text, at ends[k] + k)
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if ends[mid] + mid < at:
                lo = mid + 1
            else:
                hi = mid
        plain_ones[min(lo, n - 1)] = False

    for found in _NOT_PLAIN_BUT_LINE_ENDS.finditer(joined):
        not_plain(found.start())
    for pair in _NOT_PLAIN_AT_ENDS:
        at = joined.find(pair)
        while at >= 0:
            not_plain(at + 1 if pair[0] == "\n" else at)  # (the text after a line end)
            at = joined.find(pair, at + 1)
    if n:
        for k in (0, n - 1):
            plain_ones[k] = plain_ones[k] and is_plain_line(texts[k])
    # A text that shows nothing begins with a character that shows nothing.
    blank = {c for c in set(map(_FIRST_CHAR, texts)) if c in _NOT_FIRST or is_blank_char(c)}
    if blank:
        for k, t in enumerate(texts):
            if t[:1] in blank:
                plain_ones[k] = False
    return plain_ones


_FIRST_CHAR = operator.itemgetter(slice(None, 1))


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


_MEDIA_READER = SlideBuilder("")  # its media() keeps nothing between calls


@lru_cache(maxsize=4096)
def _media(m: Media) -> tuple[list[str], bool]:
    """Media, Media Credit, Media Caption, Media Thumbnail and Alt Text of one media item,
    and whether the reader reads them back as it."""
    credit, caption, alt = line_cell(m.credit), line_cell(m.caption), line_cell(m.alt)
    notes: list[str] = []
    read: Media | None = None
    if None not in (credit, caption, alt):
        read = _MEDIA_READER.media(
            m.url, caption or "", credit or "", alt or "", m.thumbnail, notes
        )
    return [m.url, credit or "", caption or "", m.thumbnail, alt or ""], read == m and not notes


def _media_cells(media: tuple[Media, ...], title: str, losses: _Losses) -> list[str]:
    """Media, Media Credit, Media Caption, Media Thumbnail, Alt Text."""
    if not media:
        return [""] * 5
    cells, same = _media(media[0])
    if len(media) > 1 or not same:
        losses.add(MEDIA, _short(title))
    return cells


def _note_columns(notes: str, title: str, losses: _Losses) -> tuple[list[tuple[str, str]], str]:
    """An event's notes as the extra columns (name, value) and the Background cell they were
    read from; a note that is no such line is a loss."""
    if not notes:
        return [], ""
    lines = notes.split("\n")
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
            losses.add(NOTES, _short(title))
            return [], background
        extra.append((name, value))
    return extra, background


def source_cell(source: Source) -> str:
    """A source as the Source column names it: 'Title, Publisher, Year'."""
    return ", ".join(p for p in source.title_parts() if p)


def _source_key(source: Source) -> Source:
    """A source as a sheet can compare it: its id aside (the reader makes ids again)."""
    return replace(source, id="")


def _cell_as_is(text: str) -> bool:
    """Whether the reader reads a quote's cell back as ``text`` itself and finds it shows
    something: no space first or last, nothing invisible, a first character that shows
    (False only means 'ask the reader')."""
    return (
        bool(text) and text == text.strip() and visible(text) is text and not is_blank_char(text[0])
    )


class _Quotes:
    """The Quote, Speaker, Source and Locator cells of quotes, each read back as the reader
    reads them (one reader of sources for the whole sheet, as a sheet is read)."""

    def __init__(self) -> None:
        self.reader = SlideBuilder("")
        # Per source: its cell, and whether that cell is as is (see _cell_as_is).
        self.cited: dict[Source, tuple[str, bool]] = {}
        self.same: dict[Source, bool] = {}  # whether its citation reads back as it

    def row(self, q: Quote) -> tuple[list[str], bool]:
        """The cells of ``q`` and whether they read back as it."""
        source = q.source
        known = self.cited.get(source)
        if known is None:
            cell = source_cell(source)
            known = self.cited[source] = (cell, _cell_as_is(cell))
        cited, cited_as_is = known
        cells = [q.text, q.speaker, cited, q.locator]
        if (
            cited_as_is
            and _cell_as_is(q.text)
            and _cell_as_is(q.locator)
            and (not q.speaker or _cell_as_is(q.speaker))
        ):
            # What the reader's quote() makes of such cells, without making it: a Quote of
            # these very texts and the source its citation names.
            same = self.same.get(source)
            if same is None:
                read_source = self.reader.source_for(cited)
                same = self.same[source] = read_source.title_parts() == source.title_parts()
            return cells, same
        return cells, self.read_back(q, cited)

    def read_back(self, q: Quote, cited: str) -> bool:
        """Whether the reader's quote() reads the cells of ``q`` back as it."""
        notes: list[str] = []
        read = self.reader.quote(
            (q.text.strip(), q.speaker.strip(), cited.strip(), q.locator.strip()), notes
        )
        return (
            read is not None
            and (read.text, read.speaker, read.locator) == (q.text, q.speaker, q.locator)
            and read.source.title_parts() == q.source.title_parts()
        )  # (what else the source holds is compared once, in the list of sources)

    def read_sources(self) -> list[Source]:
        return self.reader.source_list()


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


def sheet(timeline: Timeline, progress: Progress | None = None) -> Sheet:
    """The rows of ``timeline`` as a TimelineJS sheet, and what it would lose.
    ``progress(done, total)`` is called now and then with the events checked; an exception
    it raises (a cancel) stops the work."""
    collecting = gc.isenabled()
    # A list of cells a row, none of them cyclic: the collector would walk every one of
    # them again and again as they are made (half the time at 100,000 rows), as the
    # reader's load avoids too.
    gc.disable()
    try:
        return _sheet(timeline, progress)
    finally:
        if collecting:
            gc.enable()


def _sheet(timeline: Timeline, progress: Progress | None) -> Sheet:
    losses = _Losses()
    add = losses.add
    if timeline.left_out:
        add(LEFT_OUT, "")
    labels: dict[str, str] = {}
    other = bool(timeline.categories) and timeline.categories[-1] == UNCATEGORISED
    for c in timeline.categories[: -1 if other else None]:
        labels[c.id] = c.label
        if c.color:
            add(COLOURS, _short(c.label))
        if line_cell(c.label) is None or is_blank(c.label):
            add(CATEGORY_NAMES, _short(c.label))
    if len(set(labels.values())) < len(labels):
        add(CATEGORY_NAMES, "")
    cols = timeline.columns
    n = len(cols)
    keys = cols.category_keys
    group_of = [labels.get(key, "") for key in keys]
    for k, key in enumerate(keys):
        if key and key not in labels:  # events of a category the timeline does not list
            for i in range(n):
                if cols.categories[i] == k:
                    add(CATEGORY_NAMES, _short(cols.titles[i]))
    quotes = _Quotes()
    rows: list[list[str]] = []
    quote_rows: dict[int, list[list[str]]] = {}  # an event's quotes' cells, by its row
    extras: dict[int, list[tuple[str, str]]] = {}  # an event's extra columns
    quoted = False  # whether any event has quotes: the sheet then has quote columns
    runs: list[list[str]] = []
    last_when: tuple[float, int] | None = None
    used = Counter(cols.categories)
    t0s, tms, codes, ends = cols.t0, cols.tm, cols.start_codes, cols.ends
    precisions, all_extras, categories = cols.precisions, cols.extras, cols.categories
    plain_titles = plain_lines(cols.titles)
    for i, title in enumerate(cols.titles):
        if progress is not None and i % PROGRESS_EVERY == 0:
            progress(i, n)
        t0, code = t0s[i], codes[i]
        start = start_cells(t0, code)
        end = ends.get(i)
        if end is None:
            end_cells = ["", "", "", ""]
            if start is None or i in precisions:
                add(DATES, _short(title))
        else:
            end_cells = date_cells(end)
            read_end = reads_as(end_cells)
            try:
                kept_end = end_of_span(point_at(t0, code & 3, 0), read_end)
            except PartError:
                kept_end = None
            if start is None or i in precisions or kept_end != end:
                add(DATES, _short(title))
        if plain_titles[i]:
            headline: str | None = title
            texts_differ = False
        else:
            headline = line_cell(title)
            texts_differ = headline is None or is_blank(title)
        ex: Extras = all_extras.get(i, NO_EXTRAS)
        if ex is NO_EXTRAS:
            row = [*(start or ("", "", "", "")), *end_cells, "", headline or "", "",
                   "", "", "", "", "", "", group_of[categories[i]], ""]  # fmt: skip
        else:
            location, participants, summary, date_source, date_note, notes, qs, display, media = ex
            if location:
                add(PLACES, _short(title))
            if participants:
                add(PARTICIPANTS, _short(title))
            if date_source or date_note:
                add(DATE_SOURCES, _short(title))
            text = text_cell(summary)
            display_cell = line_cell(display)
            texts_differ = texts_differ or text is None or display_cell is None
            media_cells = _media_cells(media, title, losses)
            extra, background = _note_columns(notes, title, losses)
            if extra:
                extras[i] = extra
            row = [*(start or ("", "", "", "")), *end_cells, display_cell or "", headline or "",
                   text or "", *media_cells, "", group_of[categories[i]], background]  # fmt: skip
            if qs:
                quoted = True
                made = [quotes.row(q) for q in qs]
                quote_rows[i] = [cells for cells, _same in made]
                if not all(same for _cells, same in made):
                    add(QUOTES, _short(title))
        if texts_differ:
            add(TEXTS, _short(title))
        rows.append(row)
        when = (float(t0) if end is not None else tms[i], t0)  # the timeline's order
        if when == last_when:
            runs[-1].append(keys[categories[i]])
        else:
            runs.append([keys[categories[i]]])
        last_when = when
    if progress is not None:
        progress(n, n)
    if quoted or timeline.sources:
        _check_sources(timeline.sources, quotes.read_sources(), losses)
    index = cols.category_index
    cats = [c for c in labels if c in index and used[index[c]]]
    empty = [labels[c] for c in labels if not (c in index and used[index[c]])]
    for label in empty:
        add(EMPTY_CATEGORIES, _short(label))
    uncategorised = "" in index and used[index[""]] > 0
    if uncategorised != other:  # the reader adds 'Other' for the events of no group only
        add(EMPTY_CATEGORIES if other else CATEGORY_NAMES, UNCATEGORISED.label)
    order = _ordered(runs, cats) if not empty else None
    if order is None:
        if not empty:
            add(CATEGORY_ORDER, "")
        order = list(range(len(rows)))
    # The extra columns, in the order the events name them; an event that names them in
    # another order cannot be written so.
    names: dict[str, int] = {}
    for i in sorted(extras):
        for name, _value in extras[i]:
            names.setdefault(name, len(names))
    for i, extra in extras.items():
        at = [names[name] for name, _ in extra]
        if at != sorted(at):
            add(NOTES, _short(cols.titles[i]))
    return Sheet(
        _laid_out(timeline, losses, rows, order, quote_rows, extras, names, quoted),
        losses.text(),
    )


def _check_sources(listed: Sequence[Source], read: list[Source], losses: _Losses) -> None:
    """The sources the sheet reads back (from its quotes) against the timeline's list."""
    want = Counter(map(_source_key, listed))
    got = Counter(map(_source_key, read))
    if want == got:
        return
    named = [s.title or s.id for s in listed if got[_source_key(s)] < want[_source_key(s)]]
    named += [s.title for s in read if want[_source_key(s)] < got[_source_key(s)]]
    for title in dict.fromkeys(named):
        losses.add(SOURCES, _short(title))


def _laid_out(
    timeline: Timeline,
    losses: _Losses,
    rows: list[list[str]],
    order: list[int],
    quote_rows: dict[int, list[list[str]]],
    extras: dict[int, list[tuple[str, str]]],
    names: dict[str, int],
    quoted: bool,
) -> list[list[str]]:
    """The sheet's rows: the header, the title row, the events (each with its further
    quotes below it) and the eras."""
    quote_cells = len(QUOTE_COLUMNS) if quoted else 0
    width = len(HEADER) + quote_cells + len(names)
    header = [*HEADER, *(QUOTE_COLUMNS if quoted else ()), *names]
    out = [header]
    title = _title_row(timeline, losses)
    if title is not None:
        out.append(title + [""] * (width - len(title)))
    blank_event = [""] * len(HEADER)
    pad = [""] * (width - len(HEADER))
    no_extra = [""] * len(names)
    at_extra = len(HEADER) + quote_cells
    for k in order:
        quoting = quote_rows.get(k)
        cells = rows[k] + quoting[0] + no_extra if quoting else rows[k] + pad
        extra = extras.get(k)
        if extra:
            for name, value in extra:
                cells[at_extra + names[name]] = value
        out.append(cells)
        if quoting:
            out.extend(blank_event + further + no_extra for further in quoting[1:])
    for era in timeline.eras:
        cells = _era_row(era, losses)
        out.append(cells + [""] * (width - len(cells)))
    return out


def losses(timeline: Timeline) -> list[str]:
    """What writing ``timeline`` as a TimelineJS sheet would lose ([] for nothing)."""
    return sheet(timeline).losses


def csv_text(rows: Iterable[list[str]]) -> str:
    """The rows as CSV text, a few thousand rows at a time: one call for them all would hold
    the interpreter for its whole length (a third of a second for 100,000 rows), and a window
    waiting on a worker thread that makes it could not paint meanwhile."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    left = iter(rows)
    while chunk := list(islice(left, 2048)):
        writer.writerows(chunk)
    return out.getvalue()


def sheet_text(timeline: Timeline) -> str:
    """The sheet as CSV text; raises WouldLose naming what it cannot carry."""
    return sheet(timeline).text()


def write_text(text: str, path: str | os.PathLike[str]) -> None:
    """Write a sheet's CSV text (``Sheet.text``) as a UTF-8 file, atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))


def write_sheet(timeline: Timeline, path: str | os.PathLike[str]) -> None:
    """Write the sheet as a UTF-8 CSV file, atomically; raises WouldLose (and writes
    nothing) where the sheet would lose anything, OSError where the file cannot be written."""
    write_text(sheet_text(timeline), path)
