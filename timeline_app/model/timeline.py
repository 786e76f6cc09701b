"""Events, quotes, sources and the timeline that indexes them for range queries."""

from __future__ import annotations

import operator
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress, count, islice
from typing import overload

from timeline_app.i18n import context
from timeline_app.model.rows import Column, Rows, flat
from timeline_app.model.timepoint import (
    DAY,
    MONTH,
    SECONDS_PER_DAY,
    YEAR,
    Precision,
    TimePoint,
    civil_from_days,
    days_from_civil,
    days_in_month,
    format_span,
    is_leap,
)

tr = context("Timeline")


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    publisher: str = ""
    year: int | None = None
    author: str = ""
    url: str = ""
    note: str = ""
    # The source's full text as a local .txt, .md or .html file, relative to the timeline
    # file ("" for none): what its quotes are checked against (formats.quotecheck).
    text: str = ""

    def citation(self) -> str:
        """'Author, Title, Publisher, Year' with whatever parts are known (the address, if
        any, goes after a quote's locator: see Quote.with_citation)."""
        return ", ".join(p for p in (self.author, *self.title_parts()) if p)

    def title_parts(self) -> tuple[str, str, str]:
        """(title, publisher, year) as written in a citation, '' where unknown."""
        return self.title, self.publisher, self._year_text()

    def _year_text(self) -> str:
        return "" if self.year is None else str(self.year)


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    source: Source
    locator: str
    speaker: str = ""

    def citation(self) -> str:
        """The full citation: 'Author, Title, Publisher, Year, ¶13'."""
        return ", ".join(p for p in (self.source.citation(), self.locator) if p)

    def with_citation(self) -> str:
        """The quote as it is copied: the text in quotation marks, then the speaker, the
        citation and the source's address: one style wherever a quote is cited."""
        cited = self.citation()
        if self.speaker:
            cited = quoted_in(self.speaker, cited)
        url = f". {self.source.url}" if self.source.url else ""
        return f"{quotation(self.text)}\n— {cited}{url}"

    def with_citation_html(self) -> str:
        """The same as HTML, for pasting into a word processor: the title in italics and the
        address as a link. Every piece of text is escaped."""
        from html import escape

        s = self.source
        title, publisher, year = s.title_parts()
        parts = [escape(s.author), f"<i>{escape(title)}</i>" if title else "", escape(publisher)]
        parts += [year, escape(self.locator)]
        cited = ", ".join(p for p in parts if p)
        if self.speaker:
            cited = quoted_in(escape(self.speaker), cited)
        url = ""
        if s.url.lower().startswith(("http://", "https://")):
            href = escape(s.url, quote=True)
            url = f'. <a href="{href}">{escape(s.url)}</a>'
        return f"<p>{quotation(escape(self.text))}<br>— {cited}{url}</p>"


def quotation(text: str) -> str:
    """A quote in the language's quotation marks: “text”."""
    return tr("“{quote}”").format(quote=text)


def quoted_in(speaker: str, citation: str) -> str:
    """Who said it, and where it is quoted: 'Speaker, quoted in Title, Publisher, 2017'."""
    return tr("{speaker}, quoted in {citation}").format(speaker=speaker, citation=citation)


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    label: str
    color: str = ""


MEDIA_KINDS = ("image", "video", "audio", "document", "link", "embed")
_IMAGE_EXT = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff")
_VIDEO_HOSTS = ("youtube.com/", "youtu.be/", "vimeo.com/", "dailymotion.com/")
_VIDEO_EXT = (".mp4", ".webm", ".ogv", ".mov", ".m4v")
_AUDIO_EXT = (".mp3", ".ogg", ".oga", ".wav", ".m4a", ".flac")
_DOCUMENT_EXT = (".pdf", ".doc", ".docx", ".odt", ".txt")


def media_kind(url: str) -> str:
    """What a media address most likely holds, from its form alone (it is never fetched):
    'image', 'video', 'audio', 'document', 'embed' (HTML such as a blockquote or an iframe
    written into the cell) or 'link'."""
    u = url.strip().lower()
    if u.startswith("<"):
        return "embed"
    if u.startswith("data:image/"):
        return "image"
    path = u.split("?", 1)[0].split("#", 1)[0]
    if path.endswith(_IMAGE_EXT):
        return "image"
    if any(host in u for host in _VIDEO_HOSTS) or path.endswith(_VIDEO_EXT):
        return "video"
    if path.endswith(_AUDIO_EXT) or "soundcloud.com/" in u:
        return "audio"
    if path.endswith(_DOCUMENT_EXT):
        return "document"
    return "link"


@dataclass(frozen=True, slots=True)
class Media:
    """An event's picture, video, sound or link, as a file names it: a web address, a path
    relative to the timeline file, or an image embedded as a data: address. Web addresses
    are shown as links and never fetched unasked."""

    url: str
    caption: str = ""
    credit: str = ""
    alt: str = ""
    thumbnail: str = ""
    kind: str = ""  # one of MEDIA_KINDS; "" means: guessed from the address

    @property
    def resolved_kind(self) -> str:
        return self.kind or media_kind(self.url)

    @property
    def is_web(self) -> bool:
        return self.url.lower().startswith(("http://", "https://", "//"))


@dataclass(frozen=True, slots=True)
class Era:
    """A named period drawn as a labelled band behind the lanes (the Renaissance, the
    Weimar Republic). ``end`` is inclusive at ``precision``, as an event's is."""

    title: str
    start: TimePoint
    end: TimePoint
    precision: Precision = Precision.DAY
    color: str = ""
    id: str = ""

    @property
    def t0(self) -> int:
        return self.start.start_seconds

    @property
    def t1(self) -> int:
        """The instant just after the era."""
        return self.end.end_seconds(min(self.precision, self.end.precision))

    def date_text(self) -> str:
        return format_span(self.start, self.end, self.precision)


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    start: TimePoint
    end: TimePoint | None = None
    precision: Precision = Precision.DAY
    category: str = ""
    location: str = ""
    participants: tuple[str, ...] = ()
    summary: str = ""
    date_source: str = ""
    date_note: str = ""
    notes: str = ""
    quotes: tuple[Quote, ...] = ()
    display_date: str = ""  # the date as the file wrote it for people ("Summer 1940")
    media: tuple[Media, ...] = ()

    t0: int = field(init=False, repr=False, compare=False)
    t1: int = field(init=False, repr=False, compare=False)
    tm: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        t0, t1, tm = instants(self.start, self.end, self.precision)
        object.__setattr__(self, "t0", t0)
        object.__setattr__(self, "t1", t1)
        object.__setattr__(self, "tm", tm)

    @property
    def is_range(self) -> bool:
        return self.end is not None

    def date_text(self) -> str:
        """The date for people: the file's own display date where it has one."""
        return self.display_date or format_span(self.start, self.end, self.precision)

    def calendar_date_text(self) -> str:
        """The date as the calendar says it, whatever the file wrote for people."""
        return format_span(self.start, self.end, self.precision)


UNCATEGORISED = Category("uncategorised", tr.mark("Other"), "#7f7f7f")
MERGED_LANE = "*"  # the id of the lane that holds every shown category
_MERGED_LABEL = tr.mark("All shown categories")


def category_label(category: Category) -> str:
    """A category's name as shown: the file's own label, or, for the lanes the app makes
    (events of no known category, every shown category in one lane), its name in the
    user's language."""
    if category == UNCATEGORISED or (
        category.id == MERGED_LANE and category.label == _MERGED_LABEL
    ):
        return tr(category.label)
    return category.label


# What an event may carry besides its id, title, dates and category; most events in a large
# file carry none of it, so it is kept per event only where present.
# In Event's field order: location, participants, summary, date_source, date_note, notes,
# quotes, display_date, media.
Extras = tuple[str, tuple[str, ...], str, str, str, str, tuple[Quote, ...], str, tuple[Media, ...]]
NO_EXTRAS: Extras = ("", (), "", "", "", "", (), "", ())
EXTRA_QUOTES = 6  # the position of the quotes in Extras


class EventColumns:
    """Events as parallel columns, in any order: what a loader fills and a Timeline keeps.

    A plain event takes about 40 bytes here plus its id and title strings, against about a
    kilobyte as an Event object with its time points. What few events have (an end, a
    precision coarser than the start's, quotes and notes) is kept per event, where present.
    """

    __slots__ = (
        "categories",
        "category_index",
        "category_keys",
        "ends",
        "extras",
        "ids",
        "precisions",
        "start_codes",
        "t0",
        "t1",
        "titles",
        "tm",
    )

    def __init__(self) -> None:
        # Lists and arrays while the columns are filled; Rows and Columns once a Timeline
        # holds them (seal()), so that an edit copies only the blocks it changes.
        self.ids: list[str] | Rows = []
        self.titles: list[str] | Rows = []
        # Index into category_keys.
        self.categories: array[int] | Column[int] = array("i")
        self.category_keys: list[str] = []  # category ids as written ("" for none)
        self.category_index: dict[str, int] = {}
        # First instant, seconds since the epoch.
        self.t0: array[int] | Column[int] = array("q")
        self.t1: dict[int, int] = {}  # a range's end: the instant just after it
        # Where a point's marker sits: the middle of its period.
        self.tm: array[float] | Column[float] = array("d")
        # start_code(): the start's precision and UTC offset.
        self.start_codes: array[int] | Column[int] = array("h")
        self.precisions: dict[int, int] = {}  # where the event's precision is not its start's
        self.ends: dict[int, TimePoint] = {}
        self.extras: dict[int, Extras] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def category_key(self, category: str) -> int:
        k = self.category_index.get(category)
        if k is None:
            k = self.category_index[category] = len(self.category_keys)
            self.category_keys.append(category)
        return k

    def append(
        self,
        event_id: str,
        title: str,
        start: TimePoint,
        end: TimePoint | None = None,
        precision: Precision | None = None,
        category: str = "",
        extras: Extras = NO_EXTRAS,
    ) -> None:
        """Add one event; its instants are computed here, once."""
        prec = start.precision if precision is None else precision
        t0, t1, tm = instants(start, end, prec)
        row = len(self.ids)
        ids, titles = self.ids, self.titles
        assert isinstance(ids, list) and isinstance(titles, list), "the columns are sealed"
        assert isinstance(self.t0, array) and isinstance(self.tm, array)
        assert isinstance(self.categories, array) and isinstance(self.start_codes, array)
        ids.append(event_id)
        titles.append(title)
        k = self.category_index.get(category)
        self.categories.append(self.category_key(category) if k is None else k)
        self.t0.append(t0)
        self.tm.append(tm)
        self.start_codes.append(start_code(start.precision, start.offset_minutes))
        if prec != start.precision:
            self.precisions[row] = prec
        if end is not None:
            self.ends[row] = end
            self.t1[row] = t1
        if extras != NO_EXTRAS:
            self.extras[row] = extras

    def seal(self) -> None:
        """Ids and titles become Rows, the numbers Columns: no more rows but by an edit's
        splice, which copies only the blocks it touches. The blocks of ids and titles, tuples
        of strings, drop out of the cyclic garbage collector's sight at its first collection,
        where a list is walked string by string by every full collection (about 3 ms for
        100,000 events, in the middle of a frame)."""
        if not isinstance(self.ids, Rows):
            self.ids = Rows(self.ids)
        if not isinstance(self.titles, Rows):
            self.titles = Rows(self.titles)
        if isinstance(self.categories, array):
            self.categories = Column(self.categories.typecode, self.categories)
        if isinstance(self.t0, array):
            self.t0 = Column(self.t0.typecode, self.t0)
        if isinstance(self.tm, array):
            self.tm = Column(self.tm.typecode, self.tm)
        if isinstance(self.start_codes, array):
            self.start_codes = Column(self.start_codes.typecode, self.start_codes)

    def precision_of(self, row: int) -> Precision:
        p = self.precisions.get(row)
        return Precision(self.start_codes[row] & 3 if p is None else p)

    def permuted(self, order: Sequence[int]) -> EventColumns:
        """The same events in ``order``."""
        out = EventColumns()
        out.category_keys = self.category_keys
        out.category_index = self.category_index
        # (Each column is gathered by map in C, without a Python step per row.)
        out.ids = list(map(list(self.ids).__getitem__, order))
        out.titles = list(map(list(self.titles).__getitem__, order))
        for name in ("categories", "t0", "tm", "start_codes"):
            column = flat(getattr(self, name))
            setattr(out, name, array(column.typecode, map(column.__getitem__, order)))
        sparse = ("t1", "precisions", "ends", "extras")
        if any(getattr(self, name) for name in sparse):
            # Where each row goes: the inverse of the order, which sorting it gives.
            where = sorted(range(len(order)), key=order.__getitem__).__getitem__
            for name in sparse:
                rows = getattr(self, name)
                setattr(out, name, dict(zip(map(where, rows), rows.values(), strict=True)))
        return out


def instants(
    start: TimePoint, end: TimePoint | None, precision: Precision
) -> tuple[int, int, float]:
    """An event's first instant, the instant just after it (the end of its last day, month,
    year or minute; the first instant again for a point), and where its marker sits: the
    middle of the period, so that at any zoom a point's marker lies inside the period its
    date names. Seconds since the Unix epoch."""
    if end is not None:
        t0 = start.start_seconds
        t1 = end.end_seconds(min(precision, end.precision))
        return t0, t1, (t0 + t1) / 2
    # A point: TimePoint.start_seconds and end_seconds(precision) from one day count (the
    # commonest event of a large import, where the two took as long as the rest of append),
    # its fields taken in one unpacking.
    year, month, day, hour, minute, second, offset, _ = start
    days = days_from_civil(year, month, day)
    t0 = days * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - offset * 60
    if precision is DAY:
        after = (days + 1) * SECONDS_PER_DAY
    elif precision is MONTH:
        after = (days - day + 1 + days_in_month(year, month)) * SECONDS_PER_DAY
    elif precision is YEAR:
        if month == 1 and day == 1:
            after = (days + (366 if is_leap(year) else 365)) * SECONDS_PER_DAY
        else:
            after = days_from_civil(year + 1, 1, 1) * SECONDS_PER_DAY
    else:
        after = t0 + (60 if second == 0 else 1)
    return t0, t0, (t0 + after) / 2


def start_code(precision: int, offset_minutes: int) -> int:
    """A start's precision and UTC offset in one small integer."""
    return offset_minutes * 4 + precision


def point_at(seconds: int, precision: int, offset_minutes: int) -> TimePoint:
    """The time point whose first instant is ``seconds``, written at ``offset_minutes``."""
    local = seconds + offset_minutes * 60
    days, rem = divmod(local, SECONDS_PER_DAY)
    y, m, d = civil_from_days(days)
    return TimePoint(
        y, m, d, rem // 3600, rem % 3600 // 60, rem % 60, offset_minutes, Precision(precision)
    )


class EventSequence(Sequence[Event]):
    """A read-only view of some of a timeline's events; each Event is made when it is read."""

    __slots__ = ("_index", "_timeline")

    def __init__(self, timeline: Timeline, index: Sequence[int] | None = None) -> None:
        self._timeline = timeline
        self._index = index

    def __len__(self) -> int:
        return len(self._timeline) if self._index is None else len(self._index)

    @overload
    def __getitem__(self, i: int) -> Event: ...

    @overload
    def __getitem__(self, i: slice) -> list[Event]: ...

    def __getitem__(self, i: int | slice) -> Event | list[Event]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._timeline.event(i if self._index is None else self._index[i])

    def __iter__(self) -> Iterator[Event]:
        event = self._timeline.event
        if self._index is None:
            return (event(i) for i in range(len(self._timeline)))
        return (event(i) for i in self._index)


# Ranges are indexed by length class: class k holds the ranges at most 2**k seconds long,
# sorted by start, so that a query looks back by at most 2**k in each class rather than by
# the longest range of the lane.
def _length_class(length: float) -> int:
    return max(0, int(length).bit_length())


@dataclass(slots=True)
class Lane:
    """One category's events, as sorted index columns into the timeline.

    Points are found by bisecting their marker times. Ranges are kept in start order and, for
    queries, in classes by length: a query bisects each class and looks back only by that
    class's longest possible range, so a few long ranges never make a frame scan them all.
    """

    category: Category
    timeline: Timeline | None = None
    # The points' rows (ascending) and their marker times: in blocks, so that an edit
    # copies only the blocks around the rows it moves.
    point_index: Column[int] = field(default_factory=lambda: Column("i"))
    point_starts: Column[float] = field(default_factory=lambda: Column("d"))
    range_index: array[int] = field(default_factory=lambda: array("i"))
    range_starts: array[float] = field(default_factory=lambda: array("d"))
    range_ends: array[float] = field(default_factory=lambda: array("d"))
    # Per length class: (class, positions into range_*, their starts).
    range_classes: list[tuple[int, array[int], array[float]]] = field(default_factory=list)
    _sorted_ends: array[float] | None = None

    def __len__(self) -> int:
        return len(self.point_index) + len(self.range_index)

    @property
    def points(self) -> EventSequence:
        assert self.timeline is not None
        return EventSequence(self.timeline, self.point_index)

    @property
    def ranges(self) -> EventSequence:
        assert self.timeline is not None
        return EventSequence(self.timeline, self.range_index)

    def build(self, timeline: Timeline, members: Iterable[int]) -> None:
        """Fill the lane from event indices in time order."""
        self.timeline = timeline
        cols = timeline.columns
        tm, ends = flat(cols.tm), cols.ends
        if ends:
            ranges = [i for i in members if i in ends]
            points = array("i", [i for i in members if i not in ends])
        else:
            ranges = []
            points = array("i", members)
        self.point_index = Column("i", points)
        self.point_starts = Column("d", array("d", map(tm.__getitem__, points)))
        self.set_ranges(timeline, ranges)

    def set_ranges(self, timeline: Timeline, ranges: list[int]) -> None:
        """The range columns of the lane from its ranges' rows (sorted here, in place)."""
        cols = timeline.columns
        t0, t1, ids = cols.t0, cols.t1, cols.ids
        # A long range's middle can come after a short one's although it starts earlier.
        ranges.sort(key=lambda i: (t0[i], t1[i], ids[i]))
        self.range_index = array("i", ranges)
        self.range_starts = array("d", [t0[i] for i in ranges])
        self.range_ends = array("d", [t1[i] for i in ranges])
        classes: dict[int, array[int]] = {}
        for pos, i in enumerate(ranges):
            k = _length_class(t1[i] - t0[i])
            if k not in classes:
                classes[k] = array("i")
            classes[k].append(pos)
        starts = self.range_starts
        self.range_classes = [
            (k, positions, array("d", [starts[p] for p in positions]))
            for k, positions in sorted(classes.items())
        ]
        self._sorted_ends = None

    def sorted_range_ends(self) -> array[float]:
        """The ranges' ends in ascending order (made once), for counting by bisection."""
        if self._sorted_ends is None:
            self._sorted_ends = array("d", sorted(self.range_ends))
        return self._sorted_ends

    def points_between(self, t_from: float, t_to: float) -> tuple[int, int]:
        """Positions [lo, hi) of the points whose marker time lies in [t_from, t_to]."""
        starts = self.point_starts
        return starts.bisect_left(t_from), starts.bisect_right(t_to)

    def ranges_overlapping(self, t_from: float, t_to: float) -> list[int]:
        """Positions (into ``ranges``) of the ranges that overlap [t_from, t_to], in start
        order. The work is the ranges found plus, per length class, those that start at most
        that class's length before ``t_from`` and end before it."""
        ends = self.range_ends
        found: list[int] = []
        for k, positions, starts in self.range_classes:
            lo = bisect_left(starts, t_from - (1 << k))
            hi = bisect_right(starts, t_to)
            found.extend(p for p in positions[lo:hi] if ends[p] >= t_from)
        if len(self.range_classes) > 1:
            found.sort()
        return found

    def count_between(self, t_from: float, t_to: float) -> int:
        lo, hi = self.points_between(t_from, t_to)
        return hi - lo + len(self.ranges_overlapping(t_from, t_to))


class Timeline:
    """An immutable, time-sorted collection of events, kept as columns, with per-category
    lanes. Time order is the order in which events begin on the timeline: a point at its
    marker (the middle of the period its date names), a range at its start; events that tie
    keep the order they were given in. Events are read as Event objects one at a time
    (``event(i)``, ``events[i]``, ``get(id)``); the columns serve whole-timeline work without
    making them.

    Given EventColumns, the timeline takes them over: already in time order they are kept
    (not copied, which would double a million events' memory for a moment) and sealed, so
    they take no more rows."""

    _CACHE = 4096  # Event objects kept for reuse: more than a screen shows

    def __init__(
        self,
        events: Iterable[Event] | EventColumns,
        *,
        title: str = "",
        description: str = "",
        categories: Sequence[Category] = (),
        sources: Sequence[Source] = (),
        eras: Sequence[Era] = (),
        path: str = "",
    ) -> None:
        self.title = title
        # Eras in time order: by start, the longer first where two start together.
        self.eras: tuple[Era, ...] = tuple(sorted(eras, key=lambda e: (e.t0, -e.t1)))
        self.description = description
        self.path = path
        # What loaded but deserves a word to the author (formats.Problem items).
        self.warnings: tuple[object, ...] = ()
        # The kind of file it was read from, for people ("TimelineJS sheet"); "" for the
        # app's own format.
        self.format_name = ""
        # Places in the file of the events left out for their problems, when the user chose
        # to open the others (formats.partial): saving such a timeline would lose them.
        self.left_out: tuple[int, ...] = ()
        self.sources: tuple[Source, ...] = tuple(sources)
        if isinstance(events, EventColumns):
            cols = events
        else:
            cols = EventColumns()
            for e in events:
                cols.append(
                    e.id,
                    e.title,
                    e.start,
                    e.end,
                    e.precision,
                    e.category,
                    (
                        e.location,
                        e.participants,
                        e.summary,
                        e.date_source,
                        e.date_note,
                        e.notes,
                        e.quotes,
                        e.display_date,
                        e.media,
                    ),
                )
        self.columns = _sorted_columns(cols)
        self._cache: dict[int, Event] = {}
        self._id_table: array[int] | None = None
        # Ids whose row is not the one the id table holds (moved or added by edits since the
        # table was made): looked up first, so that an edit need not copy the table.
        self._id_moved: dict[str, int] = {}
        known = {c.id: c for c in categories}
        cats = list(categories)
        used = set(cols.categories)
        if any(cols.category_keys[k] not in known for k in used) and UNCATEGORISED.id not in known:
            cats.append(UNCATEGORISED)
        self.categories: tuple[Category, ...] = tuple(cats)
        # Per event: the position of its lane in ``lanes``.
        lane_pos = {c.id: k for k, c in enumerate(self.categories)}
        key_lane = [
            lane_pos.get(key, lane_pos.get(UNCATEGORISED.id, 0))
            for key in self.columns.category_keys
        ]
        event_lane = array("i", map(key_lane.__getitem__, self.columns.categories))
        self.event_lane: Column[int] = Column("i", event_lane)
        members: list[Sequence[int]]
        if len(self.categories) == 1:
            members = [range(len(self.columns))]
        else:
            split: list[list[int]] = [[] for _ in self.categories]
            for i, k in enumerate(event_lane):
                split[k].append(i)
            members = [m for m in split]
        self.lanes: tuple[Lane, ...] = tuple(Lane(c) for c in self.categories)
        for lane, indices in zip(self.lanes, members, strict=True):
            lane.build(self, indices)
        self._merged: dict[frozenset[str], Lane] = {}
        n = len(self.columns)
        # The latest instant: the last marker or the latest end of a range.
        self._latest = float(max(self.columns.tm)) if n else 0.0
        # The earliest start: a point with a coarse date (a year) starts before its marker,
        # so the first row does not always hold it.
        self._earliest = float(min(self.columns.t0)) if n else 0.0
        if self.columns.t1:
            self._latest = max(self._latest, float(max(self.columns.t1.values())))
        if self.eras:  # the whole timeline shows its eras too
            first, last = min(e.t0 for e in self.eras), max(e.t1 for e in self.eras)
            self._earliest = min(self._earliest, first) if n else float(first)
            self._latest = max(self._latest, last) if n else float(last)
        # Sealed last: the lanes above are built from the plain arrays a loader filled.
        self.columns.seal()

    def __len__(self) -> int:
        return len(self.columns)

    @property
    def events(self) -> EventSequence:
        """Every event in time order (made on reading; use ``columns`` for bulk work)."""
        return EventSequence(self)

    def event(self, i: int) -> Event:
        """The event at position ``i`` in time order."""
        event = self._cache.get(i)
        if event is None:
            c = self.columns
            code = c.start_codes[i]
            event = Event(
                c.ids[i],
                c.titles[i],
                point_at(c.t0[i], code & 3, code >> 2),
                c.ends.get(i),
                c.precision_of(i),
                c.category_keys[c.categories[i]],
                *c.extras.get(i, NO_EXTRAS),
            )
            if len(self._cache) >= self._CACHE:
                self._cache.clear()
            self._cache[i] = event
        return event

    def index_of(self, event_id: str) -> int:
        """Position of an event in time order, or -1."""
        table = self.id_table()
        moved = self._id_moved
        if moved:
            i = moved.get(event_id, -1)
            if i >= 0:
                return i
        ids = self.columns.ids
        n = len(ids)
        mask = len(table) - 1
        slot = hash(event_id) & mask
        # A row the table holds is taken only if that row has the id now: after edits the
        # table may name rows that were moved, or that are no longer there.
        while (i := table[slot]) >= 0:
            if i < n and ids[i] == event_id:
                return i
            slot = (slot + 1) & mask
        return -1

    def id_table(self) -> array[int]:
        """A hash table of positions by id (open addressing, at most half full): 8 bytes
        an event, where a dictionary would take about 70. Made on first use, by a loop that
        a worker thread can run without holding up the GUI thread for long."""
        if self._id_table is None:
            self._id_moved = {}
            ids = self.columns.ids
            size = 1 << max(4, (2 * len(ids) - 1).bit_length())
            mask = size - 1
            table = array("i", [-1]) * size
            for i, h in enumerate(map(hash, ids)):
                slot = h & mask
                while table[slot] >= 0:
                    slot = (slot + 1) & mask
                table[slot] = i
            self._id_table = table
        return self._id_table

    def get(self, event_id: str) -> Event | None:
        i = self.index_of(event_id)
        return None if i < 0 else self.event(i)

    def find_same(self, event: Event) -> str | None:
        """The id of this timeline's version of ``event`` (from an earlier version of the
        same file): the event with its id, or else the one with its title and start (formats
        without ids get ids from their titles, which an edit may change)."""
        if self.index_of(event.id) >= 0:
            return event.id
        t0 = event.start.start_seconds
        cols = self.columns
        for i, title in enumerate(cols.titles):  # once per reload: a scan is fine
            if title == event.title and cols.t0[i] == t0:
                return cols.ids[i]
        return None

    def extent(self) -> tuple[float, float]:
        """(earliest start, latest end) in seconds, eras included; (0, 0) for a timeline
        with neither events nor eras."""
        if not len(self.columns) and not self.eras:
            return 0.0, 0.0
        return self._earliest, self._latest

    def first_from(self, t: float) -> int:
        """The position of the first event that begins on the timeline at or after ``t``
        (``len(self)`` if none does): a bisection."""
        cols = self.columns
        tm, t0, ranges = cols.tm, cols.t0, cols.t1

        def begins(i: int) -> float:
            return float(t0[i]) if i in ranges else tm[i]

        return bisect_left(range(len(cols)), t, key=begins)

    def shown_lanes(self, hidden: Collection[str] = ()) -> set[int]:
        """Positions in ``lanes`` of the categories not in ``hidden``."""
        return {k for k, lane in enumerate(self.lanes) if lane.category.id not in hidden}

    def shown_indices(self, hidden: frozenset[str] = frozenset()) -> Sequence[int]:
        """Positions, in time order, of the events whose lane is not in ``hidden``."""
        shown = self.shown_lanes(hidden)
        if len(shown) == len(self.lanes):
            return range(len(self))
        return array("i", [i for i, k in enumerate(self.event_lane) if k in shown])

    def merged_lane(self, hidden: frozenset[str] = frozenset()) -> Lane:
        """One lane holding the events of every category not in ``hidden`` (cached)."""
        lane = self._merged.get(hidden)
        if lane is None:
            lane = Lane(Category(MERGED_LANE, _MERGED_LABEL))
            lane.build(self, self.shown_indices(hidden))
            if len(self._merged) > 8:
                self._merged.clear()
            self._merged[hidden] = lane
        return lane

    def lane_of(self, category_id: str) -> Lane | None:
        for lane in self.lanes:
            if lane.category.id == category_id:
                return lane
        return None


def _order_keys(cols: EventColumns) -> Sequence[float]:
    """Where each event begins on the timeline: a point at its marker, a range at its start
    (a two-day summit comes before what happened at it, not after its first day)."""
    if not cols.t1:
        return cols.tm
    keys = cols.tm[:]
    t0 = cols.t0
    for i in cols.t1:
        keys[i] = t0[i]
    return keys


def _sorted_columns(cols: EventColumns) -> EventColumns:
    """The columns in time order: by where each event begins on the timeline, then by start;
    events that tie keep the order they were given in (the file's)."""
    if isinstance(cols.t0, Column):
        return cols  # sealed: a timeline's columns, in time order
    keys, t0 = _order_keys(cols), cols.t0
    if _in_order(keys, t0):
        return cols  # the usual case for a file this app saved
    # Two stable sorts, by start and then by key, with keys looked up in C (a key function
    # of Python makes a tuple per row: several times slower).
    order = sorted(range(len(cols)), key=t0.__getitem__)
    order.sort(key=keys.__getitem__)
    return cols.permuted(order)


def _in_order(keys: Sequence[float], t0: Sequence[int]) -> bool:
    """Whether the rows are sorted by (key, t0); the comparisons run in C but for ties."""
    following = islice(keys, 1, None)
    if not all(map(operator.le, keys, following)):
        return False
    ties = compress(count(), map(operator.eq, keys, islice(keys, 1, None)))
    return all(t0[i] <= t0[i + 1] for i in ties)
