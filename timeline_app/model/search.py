"""Finding events by their words: every text an event shows, folded so that case and accents
do not matter ("merkel" finds "Merkel", "koln" finds "Köln", "strasse" finds "Straße").

The folded text of every event is made once per timeline and kept; a search then only tests
its words against those strings. Pure Python, no Qt.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Sequence

from timeline_app.model.timeline import MERGED_LANE, NO_EXTRAS, Timeline, point_at
from timeline_app.model.timepoint import format_span

# Up to this many events, each event's calendar date ("10 May 2017") is searched too; writing
# it takes about 30 µs an event (0.3 s for 10,000, once), so larger timelines search all but it.
DATED_SEARCH_EVENTS = 10_000


def fold(text: str) -> str:
    """``text`` for comparing: compatibility-decomposed (NFKD, so 'ﬁ' is 'fi' and 'é' is
    'e' plus a mark), combining marks dropped, then case-folded. Plain ASCII, the usual case,
    takes a fast path with the same result."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def query_words(query: str) -> tuple[str, ...]:
    """The folded words of a search; an event matches when it holds all of them."""
    return tuple(fold(query).split())


class SearchIndex:
    """The folded searchable text of each event of one timeline, by position in time order:
    title, summary, place, participants, each quote's text and speaker, the date as the file
    wrote it for people and (up to DATED_SEARCH_EVENTS events) the calendar date."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self._texts: list[str] | None = None

    def texts(self) -> list[str]:
        """Made on first use, from the columns, without making an Event."""
        if self._texts is None:
            tl = self.timeline
            cols = tl.columns
            if len(tl) <= DATED_SEARCH_EVENTS:
                self._texts = [self._text_of(i) for i in range(len(tl))]
            else:
                texts = _folded_titles(cols.titles)
                for i in cols.extras:  # the few events that carry more than a title
                    texts[i] = self._text_of(i, dated=False)
                self._texts = texts
        return self._texts

    def _text_of(self, i: int, *, dated: bool = True) -> str:
        cols = self.timeline.columns
        loc, people, summary, _src, _note, _notes, quotes, shown, _media = cols.extras.get(
            i, NO_EXTRAS
        )
        parts = [cols.titles[i], summary, loc, *people, shown]
        for q in quotes:
            parts.append(q.text)
            parts.append(q.speaker)
        if dated:
            code = cols.start_codes[i]
            start = point_at(cols.t0[i], code & 3, code >> 2)
            parts.append(format_span(start, cols.ends.get(i), cols.precision_of(i)))
        # A line break between parts: no word is made of the end of one and the start of the
        # next (a search word never holds one).
        return fold("\n".join(p for p in parts if p))

    def matching(self, words: Sequence[str], within: Sequence[int]) -> array[int]:
        """The positions in ``within`` (ascending) whose text holds every word."""
        texts = self.texts()
        rows: Sequence[int] = within
        # One word at a time, the longest (most likely the rarest) first: each pass is one
        # comprehension over the rows left, with no generator per row.
        for word in sorted(set(words), key=len, reverse=True):
            rows = array("i", [i for i in rows if word in texts[i]])
        return rows if isinstance(rows, array) else array("i", rows)


def contains(rows: Sequence[int], i: int) -> bool:
    """Whether the ascending ``rows`` hold ``i``: a bisection."""
    k = bisect_left(rows, i)
    return k < len(rows) and rows[k] == i


def _folded_titles(titles: Sequence[str]) -> list[str]:
    """Every title folded. Plain ASCII titles, as large generated files have, are lowered
    all at once, joined and split again: about half the time of one call per title."""
    joined = "\n".join(titles)
    if joined.isascii():
        folded = joined.lower().split("\n")
        if len(folded) == len(titles):  # else some title holds a line break
            return folded
    return [fold(t) for t in titles]


class Matches:
    """The search's matches in one timeline (positions in time order, ascending), asked
    about by what a frame draws: an event by its id, a count badge by its category and
    times. Each question is a lookup and bisections, whatever the number of matches."""

    def __init__(self, timeline: Timeline, rows: Sequence[int]) -> None:
        self.timeline = timeline
        self.rows = rows
        self._by_lane: dict[int, array[int]] | None = None

    def has_id(self, event_id: str) -> bool:
        return contains(self.rows, self.timeline.index_of(event_id))

    def _begins(self, i: int) -> float:
        cols = self.timeline.columns
        return float(cols.t0[i]) if i in cols.t1 else cols.tm[i]

    def _lane_rows(self, category_id: str) -> Sequence[int] | None:
        """The matches in one category's lane, or in all of them for the lane that merges
        the shown categories; split by lane once, on the first question."""
        tl = self.timeline
        if category_id == MERGED_LANE:
            return self.rows
        lane = next((k for k, ln in enumerate(tl.lanes) if ln.category.id == category_id), -1)
        if lane < 0:
            return None
        if self._by_lane is None:
            by_lane: dict[int, array[int]] = {}
            event_lane = tl.event_lane.to_array()  # indexed in C, once a match
            for i in self.rows:
                k = event_lane[i]
                if k not in by_lane:
                    by_lane[k] = array("i")
                by_lane[k].append(i)
            self._by_lane = by_lane
        return self._by_lane.get(lane, ())

    def any_between(self, category_id: str, t_from: float, t_to: float) -> bool:
        """Whether a match of that category begins in [t_from, t_to] (a badge's events)."""
        rows = self._lane_rows(category_id)
        if not rows:
            return False
        k = bisect_left(rows, t_from, key=self._begins)
        return k < len(rows) and self._begins(rows[k]) <= t_to
