"""Events, quotes, sources and the timeline that indexes them for range queries."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from timeline_app.model.timepoint import Precision, TimePoint, format_span


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    publisher: str = ""
    year: int | None = None
    author: str = ""
    url: str = ""
    note: str = ""

    def citation(self) -> str:
        """'Title, Publisher, Year' with whatever parts are known."""
        return ", ".join(p for p in (self.title, self.publisher, self._year_text()) if p)

    def _year_text(self) -> str:
        return "" if self.year is None else str(self.year)


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    source: Source
    locator: str
    speaker: str = ""

    def citation(self) -> str:
        """The full citation: 'Title, Publisher, Year, ¶13'."""
        return ", ".join(p for p in (self.source.citation(), self.locator) if p)

    def with_citation(self) -> str:
        """The quote as it is copied: the text in quotation marks, the speaker, the citation."""
        speaker = f"{self.speaker}, quoted in " if self.speaker else ""
        return f"“{self.text}”\n— {speaker}{self.citation()}"


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    label: str
    color: str = ""


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

    t0: int = field(init=False, repr=False, compare=False)
    t1: int = field(init=False, repr=False, compare=False)
    tm: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # First instant and the instant just after the event (the end of its last day, month,
        # year or minute), in seconds since the Unix epoch; computed once, used per frame.
        t0 = self.start.start_seconds
        t1 = (
            t0
            if self.end is None
            else self.end.end_seconds(min(self.precision, self.end.precision))
        )
        object.__setattr__(self, "t0", t0)
        object.__setattr__(self, "t1", t1)
        # Where a point's marker sits: the middle of its day, month or year, so that at any
        # zoom the marker lies inside the period the date names.
        period_end = self.start.end_seconds(self.precision) if self.end is None else t1
        object.__setattr__(self, "tm", (t0 + period_end) / 2)

    @property
    def is_range(self) -> bool:
        return self.end is not None

    def date_text(self) -> str:
        return format_span(self.start, self.end, self.precision)


UNCATEGORISED = Category("uncategorised", "Other", "#7f7f7f")
MERGED_LANE = "*"  # the id of the lane that holds every shown category


@dataclass(slots=True)
class Lane:
    """One category's events as compact sorted columns, for O(log n) range queries.

    Points and ranges are kept apart: points are found by bisecting their starts; ranges by
    bisecting theirs, looking back by the longest range so that none that overlaps is missed.
    """

    category: Category
    points: list[Event] = field(default_factory=list)
    point_starts: array[float] = field(default_factory=lambda: array("d"))
    ranges: list[Event] = field(default_factory=list)
    range_starts: array[float] = field(default_factory=lambda: array("d"))
    range_ends: array[float] = field(default_factory=lambda: array("d"))
    longest_range: float = 0.0

    def __len__(self) -> int:
        return len(self.points) + len(self.ranges)

    def add(self, event: Event) -> None:
        """Append an event; callers add events in time order."""
        if event.is_range:
            self.ranges.append(event)  # the range columns are built by finish()
            self.longest_range = max(self.longest_range, event.t1 - event.t0)
        else:
            self.points.append(event)
            self.point_starts.append(event.tm)

    def finish(self) -> None:
        """Order the ranges by start: events arrive sorted by their middles, and a long
        range's middle can come after a short one's although it starts earlier."""
        self.ranges.sort(key=lambda e: (e.t0, e.t1, e.id))
        self.range_starts = array("d", (e.t0 for e in self.ranges))
        self.range_ends = array("d", (e.t1 for e in self.ranges))

    def points_between(self, t_from: float, t_to: float) -> tuple[int, int]:
        """Indices [lo, hi) of the points whose marker time lies in [t_from, t_to]."""
        return bisect_left(self.point_starts, t_from), bisect_right(self.point_starts, t_to)

    def ranges_overlapping(self, t_from: float, t_to: float) -> list[int]:
        """Indices of the ranges that overlap [t_from, t_to], in start order."""
        lo = bisect_left(self.range_starts, t_from - self.longest_range)
        hi = bisect_right(self.range_starts, t_to)
        ends = self.range_ends
        return [i for i in range(lo, hi) if ends[i] >= t_from]

    def count_between(self, t_from: float, t_to: float) -> int:
        lo, hi = self.points_between(t_from, t_to)
        return hi - lo + len(self.ranges_overlapping(t_from, t_to))


class Timeline:
    """An immutable, sorted collection of events with per-category lanes."""

    def __init__(
        self,
        events: Iterable[Event],
        *,
        title: str = "",
        description: str = "",
        categories: Sequence[Category] = (),
        sources: Sequence[Source] = (),
        path: str = "",
    ) -> None:
        self.title = title
        self.description = description
        self.path = path
        # What loaded but deserves a word to the author (formats.Problem items).
        self.warnings: tuple[object, ...] = ()
        self.sources: tuple[Source, ...] = tuple(sources)
        self.events: tuple[Event, ...] = tuple(sorted(events, key=lambda e: (e.tm, e.t0, e.id)))
        known = {c.id: c for c in categories}
        cats = list(categories)
        if any(e.category not in known for e in self.events) and UNCATEGORISED.id not in known:
            cats.append(UNCATEGORISED)
        self.categories: tuple[Category, ...] = tuple(cats)
        self._by_id = {e.id: i for i, e in enumerate(self.events)}
        self.starts = array("d", (e.t0 for e in self.events))
        lanes = {c.id: Lane(c) for c in self.categories}
        for event in self.events:
            lane = lanes.get(event.category)
            (lane if lane is not None else lanes[UNCATEGORISED.id]).add(event)
        self.lanes: tuple[Lane, ...] = tuple(lanes[c.id] for c in self.categories)
        for lane in self.lanes:
            lane.finish()
        self._category_ids = {c.id for c in self.categories}
        self._merged: dict[frozenset[str], Lane] = {}
        self._latest = float(max((max(e.t1, e.tm) for e in self.events), default=0))

    def __len__(self) -> int:
        return len(self.events)

    def index_of(self, event_id: str) -> int:
        """Position of an event in time order, or -1."""
        return self._by_id.get(event_id, -1)

    def get(self, event_id: str) -> Event | None:
        i = self._by_id.get(event_id)
        return None if i is None else self.events[i]

    def extent(self) -> tuple[float, float]:
        """(earliest start, latest end) in seconds; (0, 0) for an empty timeline."""
        if not self.events:
            return 0.0, 0.0
        return float(self.events[0].t0), self._latest

    def merged_lane(self, hidden: frozenset[str] = frozenset()) -> Lane:
        """One lane holding the events of every category not in ``hidden`` (cached)."""
        lane = self._merged.get(hidden)
        if lane is None:
            shown = {lane.category.id for lane in self.lanes if lane.category.id not in hidden}
            lane = Lane(Category(MERGED_LANE, "All shown categories"))
            for event in self.events:
                category = (
                    event.category if event.category in self._category_ids else UNCATEGORISED.id
                )
                if category in shown:
                    lane.add(event)
            lane.finish()
            if len(self._merged) > 8:
                self._merged.clear()
            self._merged[hidden] = lane
        return lane

    def lane_of(self, category_id: str) -> Lane | None:
        for lane in self.lanes:
            if lane.category.id == category_id:
                return lane
        return None
