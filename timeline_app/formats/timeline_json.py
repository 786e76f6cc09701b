"""The timeline file format, version 1: JSON a teacher can write by hand.

See docs/file-format.md and resources/timeline.schema.json. Loading is strict and explains
itself: every problem names the file, line:column and field path. Saving is atomic.
"""

from __future__ import annotations

import contextlib
import difflib
import gc
import json
import json.scanner
import operator
import os
import re
from array import array
from collections.abc import Callable, Mapping
from typing import Any

from timeline_app.formats.dates import DateError, number_date_message, parse_date
from timeline_app.formats.encoding import decode_bytes
from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.foreign import not_a_timeline
from timeline_app.formats.jsonscan import (
    MAX_DEPTH,
    MAX_NUMBER_CHARS,
    Path,
    find_problem,
    format_path,
    line_col,
    locate,
)
from timeline_app.formats.timeline_writer import (
    FORMAT_NAME,
    FORMAT_VERSION,
)
from timeline_app.formats.timeline_writer import (
    dumps_timeline as dumps_timeline,
)
from timeline_app.formats.timeline_writer import (
    era_to_dict as era_to_dict,
)
from timeline_app.formats.timeline_writer import (
    event_to_dict as event_to_dict,
)
from timeline_app.formats.timeline_writer import (
    media_to_dict as media_to_dict,
)
from timeline_app.formats.timeline_writer import (
    save_timeline as save_timeline,
)
from timeline_app.formats.timeline_writer import (
    timeline_to_dict as timeline_to_dict,
)
from timeline_app.fsutil import FileRefused, read_regular_file
from timeline_app.i18n import context, number
from timeline_app.model.limits import (
    LONG_TITLE,
    MAX_DATE,
    MAX_FIELD,
    MAX_MEDIA_URL,
    MAX_NOTES,
    MAX_QUOTE,
    MAX_SUMMARY,
    MAX_TIMELINE_TITLE,
    MAX_TITLE,
    MAX_URL,
)
from timeline_app.model.text import any_blank, invisible_names, is_blank
from timeline_app.model.timeline import (
    MEDIA_KINDS,
    NO_EXTRAS,
    Category,
    Era,
    EventColumns,
    Extras,
    Media,
    Quote,
    Source,
    Timeline,
    start_code,
)
from timeline_app.model.timepoint import (
    SECONDS_PER_DAY,
    Precision,
    TimePoint,
    days_from_civil,
    days_in_month,
)

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_PROBLEMS = 100
DATE_SOURCES = ("article", "public-record")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_COLOR = re.compile(r"#[0-9A-Fa-f]{6}")
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

# "$schema" is last: editors that know JSON Schema add it, and people rarely write it.
TOP_FIELDS = (
    "format",
    "version",
    "title",
    "description",
    "sources",
    "categories",
    "eras",
    "events",
    "$schema",
)
ERA_FIELDS = ("title", "start", "end", "precision", "color", "id")
MEDIA_FIELDS = ("url", "caption", "credit", "alt", "thumbnail", "kind")
SOURCE_FIELDS = ("id", "title", "publisher", "year", "author", "url", "note", "text")
CATEGORY_FIELDS = ("id", "label", "color")
QUOTE_FIELDS = ("text", "speaker", "source", "locator")
EVENT_FIELDS = (
    "id",
    "title",
    "start",
    "end",
    "precision",
    "category",
    "location",
    "participants",
    "summary",
    "date_source",
    "date_note",
    "notes",
    "quotes",
    "display_date",
    "media",
)


class _Syntax(Exception):
    """Raised from the fast parser's hooks; the scanner then finds the exact place."""


def _reject_constant(name: str) -> Any:
    raise _Syntax(name)


tr = context("TimelineJson")


def _checked_int(token: str) -> int:
    if len(token) > MAX_NUMBER_CHARS:
        raise _Syntax(token)
    return int(token)


def _checked_float(token: str) -> float:
    value = float(token)
    if len(token) > MAX_NUMBER_CHARS or value in (float("inf"), float("-inf")):
        raise _Syntax(token)
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _Syntax("duplicate key")
    return result


def parse_json(text: str, file: str) -> Any:
    """Parse strictly; on any problem raise TimelineFileError with line:column and path."""
    if not text.strip():
        raise TimelineFileError(
            [Problem(file, 1, 1, "", tr("the file is empty; expected a JSON object"))]
        )
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_reject_constant,
            parse_int=_checked_int,
            parse_float=_checked_float,
        )
        return value
    except (json.JSONDecodeError, _Syntax, RecursionError, ValueError) as err:
        found = find_problem(text, MAX_DEPTH)
        if found is not None:
            line, col = line_col(text, found.offset)
            message = found.message
            number = _NUMBER_TOKEN.match(text, found.offset)
            colon = text.rfind(":", 0, found.offset)
            if (
                number is not None
                and _is_date_path(found.path)
                and not text[colon + 1 : found.offset].strip()  # the whole value, not a part
            ):
                # A number where a date belongs that JSON itself refuses (-1e400, 5,000
                # digits, NaN): the advice is the date's, not the number's.
                message = number_date_message(number.group())
            problem = Problem(file, line, col, format_path(found.path), message)
        elif isinstance(err, json.JSONDecodeError):
            problem = Problem(file, err.lineno, err.colno, "", err.msg)
        else:
            problem = Problem(file, 1, 1, "", tr("not valid JSON ({reason})").format(reason=err))
        raise TimelineFileError([problem]) from None


_NUMBER_TOKEN = re.compile(r"-?(?:[0-9][0-9.eE+-]*|Infinity)|NaN")


def _is_date_path(path: Path) -> bool:
    """Whether ``path`` is where an event's date is written: events[n].start or .end."""
    return len(path) == 3 and path[0] == "events" and path[2] in ("start", "end")


def read_file(path: str | os.PathLike[str]) -> str:
    """The text of a file, refusing anything but a regular file within the size limit before
    reading it (a FIFO, socket, device or folder is named for what it is)."""
    file = os.fspath(path)
    try:
        data = read_regular_file(file, MAX_FILE_BYTES)
    except FileRefused as err:
        raise TimelineFileError([Problem(file, 1, 1, "", err.reason)]) from None
    except OSError as err:
        reason = err.strerror or str(err)
        raise TimelineFileError(
            [Problem(file, 1, 1, "", tr("cannot read the file: {reason}").format(reason=reason))]
        ) from None
    return decode_bytes(data, file)


def load_timeline(path: str | os.PathLike[str], progress: Progress | None = None) -> Timeline:
    """Read and check a timeline file; raise TimelineFileError naming every problem found.

    ``progress(done, total)`` is called now and then while the events are read; it may raise
    (for example LoadCancelled) to stop the load.
    """
    file = os.fspath(path)
    text = read_file(file)
    return loads_timeline(text, file, progress)


def loads_timeline(text: str, file: str = "<text>", progress: Progress | None = None) -> Timeline:
    # Reading makes and drops millions of small objects and keeps a few large ones: the
    # cyclic collector would only walk the growing columns again and again (up to a second
    # at a million events), so it waits until the timeline is built.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _loads(text, file, progress)
    finally:
        # One look at what reading made, here rather than in the first frame (65 ms at a
        # million events): the columns' tuples of strings drop out of the collector's sight.
        gc.collect(0)
        if collecting:
            gc.enable()


def _loads(text: str, file: str, progress: Progress | None) -> Timeline:
    builder = _Builder(file, progress)
    try:
        data = builder.walk(text)
    except (_Syntax, json.JSONDecodeError, StopIteration, RecursionError, ValueError):
        data = parse_json(text, file)  # raises with the exact place of the problem
        # The streaming reader and the full parser disagree about valid JSON: read it whole.
        builder = _Builder(file, progress)
    timeline = builder.build(data)
    if builder.problems:
        more = builder.problem_count - len(builder.problems)
        raise TimelineFileError(builder.resolve(text, builder.problems), more)
    assert timeline is not None
    if builder.warnings:
        timeline.warnings = tuple(builder.resolve(text, builder.warnings))
    return timeline


class LoadCancelled(Exception):
    """Raised by a progress callback to stop a load."""


Progress = Callable[[int, int], None]
_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder(
    object_pairs_hook=_no_duplicates,
    parse_constant=_reject_constant,
    parse_int=_checked_int,
    parse_float=_checked_float,
)
_make_scanner: Any = json.scanner.make_scanner
_SCAN: Callable[[str, int], tuple[Any, int]] = _make_scanner(_DECODER)
_FAST_FIELDS = frozenset(("id", "title", "start", "category"))
# What an event read by the fast path may have besides (see _Builder._extras_of).
_EXTRA_FIELDS = _FAST_FIELDS | {
    "location",
    "participants",
    "summary",
    "date_source",
    "date_note",
    "notes",
    "quotes",
}
_QUOTE_KEYS = frozenset(QUOTE_FIELDS)
_DAY_KEY = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK_KEY = re.compile(r"T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})")
# Parses without the duplicate-key and number checks, for the plain events only.
_PLAIN = json.JSONDecoder()
_PLAIN_SCAN: Callable[[str, int], tuple[Any, int]] = _make_scanner(_PLAIN)
_CHUNK = 1 << 20  # characters of the events list parsed at once
_MIN_CHUNK = 4096
_RUN = 256  # items read one by one are stored in runs of this many
_READ_DATES = 1 << 16  # dates read by the full way that are remembered
_ITEM_END = re.compile(r"\}[ \t\n\r]*,")
# The end of an event where the next one begins with its id, as saved files write them: a
# chunk cut there does not end inside an event's list of quotes ("}, {" ends a quote too).
_EVENT_END = re.compile(r"\}[ \t\n\r]*,(?=[ \t\n\r]*\{[ \t\n\r]*\"id\")")
_EVENT_END_WINDOW = 1 << 16  # characters searched for one after the chunk's length
_IDS = re.compile(f"(?:{_ID.pattern}\n)*{_ID.pattern}")  # ids joined by newlines
_plain_loads = _PLAIN.decode
_GET_ID = operator.itemgetter("id")
_GET_TITLE = operator.itemgetter("title")
_GET_START = operator.itemgetter("start")
_GET_CATEGORY = operator.methodcaller("get", "category", "")
_DAY_PART = operator.itemgetter(slice(None, 10))
_CLOCK_PART = operator.itemgetter(slice(10, None))
_SEPARATOR = re.compile(r"[ \t\n\r]*([,\]])[ \t\n\r]*")


def _skip_ws(text: str, i: int) -> int:
    m = _WS.match(text, i)
    return i if m is None else m.end()


class _Builder:
    """Turns parsed JSON into a Timeline, collecting problems with their field paths."""

    def __init__(self, file: str, progress: Progress | None = None) -> None:
        self.file = file
        self.progress = progress
        self.problems: list[tuple[Path, str]] = []
        self.warnings: list[tuple[Path, str]] = []
        self.event_problems: list[tuple[Path, str]] = []
        self.event_warnings: list[tuple[Path, str]] = []
        self.sources: dict[str, Source] = {}
        self.categories: dict[str, Category] = {}
        self.eras: list[Era] = []
        self.columns = EventColumns()
        self.file_pos = array("i")  # each column row's place in the file's events list
        self.failed_ids: list[tuple[int, str]] = []  # ids of events that did not load
        self.failed_categories: list[tuple[int, str]] = []  # and the categories they name
        self.failed_quotes: list[list[tuple[str, str, str, str, Path]]] = []
        self.pending_quotes: list[tuple[int, list[tuple[str, str, str, str, Path]]]] = []
        self.valid_categories: set[str] = {""}
        # Quotes without a source: said once the file's sources are all known, with their ids.
        self.sourceless: list[Path] = []
        # For dates seen before: "2017-05-10" -> its first second; "T15:45+02:00" (or "" for
        # a plain date) -> seconds to add, half the length of the period, the start code.
        self.day_seconds: dict[str, int] = {}
        self.clock_shift: dict[str, int] = {}
        self.clock_half: dict[str, float] = {}
        self.clock_code: dict[str, int] = {}
        # Day and clock keys that are not plain dates ("10 May", "T25:00"): events that have
        # them are read the full way at once, without trying the fast path again and again.
        self.odd_days: set[str] = set()
        self.odd_clocks: set[str] = set()
        # What reading a date by the full way gave, by its text: the point or the message.
        self.read_dates: dict[str, TimePoint | str] = {}
        self.problem_count = 0  # every problem found, listed or beyond MAX_PROBLEMS
        self.events_at = -1  # where the events list begins in the text, once read
        # Events are read (and their problems found) before the rest of the document is
        # checked; their problems are listed after those of the sources and categories.
        self._problem_sink = self.event_problems
        self._warning_sink = self.event_warnings

    # --- reading the text ----------------------------------------------------------------

    def walk(self, text: str) -> dict[str, Any]:
        """Parse the top-level object, handing each event to ``event`` as it is read, so
        that a large file never exists as a whole tree of Python objects."""
        scan, ws = _SCAN, _skip_ws
        i = ws(text, 0)
        if text[i : i + 1] != "{":
            raise _Syntax("expected an object")
        i = ws(text, i + 1)
        top: dict[str, Any] = {}
        if text[i : i + 1] == "}":
            i += 1
        else:
            while True:
                if text[i : i + 1] != '"':
                    raise _Syntax("expected a key")
                key, i = scan(text, i)
                i = ws(text, i)
                if text[i : i + 1] != ":" or key in top:
                    raise _Syntax("expected ':'")
                i = ws(text, i + 1)
                if key == "events" and text[i : i + 1] == "[":
                    self.events_at = i
                    top[key], i = self._walk_events(text, i + 1)
                else:
                    top[key], i = scan(text, i)
                i = ws(text, i)
                c = text[i : i + 1]
                i += 1
                if c == "}":
                    break
                if c != ",":
                    raise _Syntax("expected ',' or '}'")
                i = ws(text, i)
        if ws(text, i) != len(text):
            raise _Syntax("extra data")
        return top

    def _walk_events(self, text: str, i: int) -> tuple[list[Any], int]:
        """Read the events list: in chunks of about a megabyte while every event in them is
        plain (see _plain_chunk), else item by item; an event that is not plain is parsed
        again strictly and goes through ``event``. Progress is reported as it goes."""
        ws = _skip_ws
        i = ws(text, i)
        n = 0
        if text[i : i + 1] == "]":
            return _STREAMED, i + 1
        plain_scan, sep = _PLAIN_SCAN, _SEPARATOR.match
        progress, total = self.progress, len(text)
        slow_until = 0  # after a chunk that is not all plain, read its items one by one
        # (begin, end, value as the plain parser read it) of items read but not yet stored
        pending: list[tuple[int, int, Any]] = []
        while True:
            step = min(_CHUNK, (total - i) // 2)  # near the end, half of what is left
            if i >= slow_until and step >= _MIN_CHUNK and not pending:
                # Many plain events at once: a stretch of whole items parsed in one call.
                m = _EVENT_END.search(text, i + step, i + step + _EVENT_END_WINDOW)
                if m is None:
                    m = _ITEM_END.search(text, i + step)
                if m is not None:
                    cut = m.start() + 1
                    chunk = text[i:cut]
                    got = self._plain_chunk(chunk, n)
                    if got:
                        n += got
                        i = _skip_ws(text, m.end())
                        if progress is not None:
                            progress(i, total)
                        continue
                    slow_until = cut
            # Item by item: the items' places are noted, and the plain ones among them are
            # still stored a run at a time (see _read_items).
            begin = i
            value, i = plain_scan(text, i)
            pending.append((begin, i, value))
            m = sep(text, i)
            if m is None:
                raise _Syntax("expected ',' or ']'")
            last = m.group(1) == "]"
            if last or len(pending) >= _RUN or i >= slow_until:
                n = self._read_items(text, pending, n)
                pending = []
                if progress is not None:
                    progress(i, total)
            i = m.end()
            if last:
                break
        if progress is not None:
            progress(total, total)  # all read; what is left is sorting and indexing
        return _STREAMED, i

    def fail(self, path: Path, message: str) -> None:
        self.problem_count += 1
        if len(self._problem_sink) < MAX_PROBLEMS:
            self._problem_sink.append((path, message))

    def warn(self, path: Path, message: str) -> None:
        """Something that loads but that the author should know about."""
        if len(self._warning_sink) < MAX_PROBLEMS:
            self._warning_sink.append((path, message))

    def resolve(self, text: str, found: list[tuple[Path, str]]) -> list[Problem]:
        """Attach line:column to each problem: one scan of the text for all paths, except
        that an event's place is found by skipping the events before it with the fast
        parser and scanning only that event."""
        wanted: set[Path] = set()
        for path, _ in found:
            for k in range(len(path), -1, -1):
                wanted.add(path[:k])
        offsets: dict[Path, int] = {}
        in_events = {
            p for p in wanted if len(p) >= 2 and p[0] == "events" and isinstance(p[1], int)
        }
        if self.events_at >= 0 and in_events:
            spans = self._event_spans(text, {int(p[1]) for p in in_events})
            for n, (begin, end) in spans.items():
                inner = {p[2:] for p in in_events if p[1] == n}
                for rel, offset in locate(text[begin:end], inner).items():
                    offsets[("events", n, *rel)] = begin + offset
            offsets[("events",)] = self.events_at
            wanted -= in_events | {("events",)}
        offsets.update(locate(text, wanted))
        out = []
        for path, message in found:
            k = len(path)
            while path[:k] not in offsets and k > 0:
                k -= 1
            line, col = line_col(text, offsets.get(path[:k], 0))
            out.append(Problem(self.file, line, col, format_path(path), message))
        return out

    def _event_spans(self, text: str, wanted: set[int]) -> dict[int, tuple[int, int]]:
        """Where the events numbered in ``wanted`` begin and end in the text."""
        spans: dict[int, tuple[int, int]] = {}
        last = max(wanted)
        i = _skip_ws(text, self.events_at + 1)
        try:
            for n in range(last + 1):
                begin = i
                _, i = _PLAIN_SCAN(text, i)
                if n in wanted:
                    spans[n] = (begin, i)
                m = _SEPARATOR.match(text, i)
                if m is None or m.group(1) == "]":
                    break
                i = m.end()
        except (StopIteration, ValueError):
            pass
        return spans

    # --- typed field access -------------------------------------------------------------

    def obj(self, value: Any, path: Path, fields: tuple[str, ...], what: str) -> bool:
        if not isinstance(value, dict):
            self.fail(
                path,
                tr("{what} must be an object {object}, not {kind}").format(
                    what=tr(what), object="{...}", kind=_kind(value)
                ),
            )
            return False
        for key in value:
            if key not in fields:
                self.fail((*path, key), _unknown_field(key, fields, what))
        return True

    def text(
        self,
        d: Mapping[str, Any],
        key: str,
        path: Path,
        *,
        required: bool = False,
        limit: int | None = MAX_FIELD,
        rest: str = "",
    ) -> str:
        """The text at ``key``, or "" after a problem: not text, a control character, empty
        where required, or longer than ``limit`` characters (``rest`` names the field where
        the rest of such a text belongs)."""
        value = d.get(key)
        if value is None:
            if required:
                self.fail(
                    (*path, key), tr("{key} is required and must be text").format(key=repr(key))
                )
            elif key in d:
                self.fail(
                    (*path, key),
                    tr("{key} must be text, not null; or leave it out").format(key=repr(key)),
                )
            return ""
        if not isinstance(value, str):
            self.fail(
                (*path, key),
                tr("{key} must be text in double quotes, not {kind}").format(
                    key=repr(key), kind=_kind(value)
                ),
            )
            return ""
        if limit is not None and len(value) > limit:
            self.fail((*path, key), _too_long(key, len(value), limit, rest))
            return ""
        bad = _BAD_CHARS.search(value)
        if bad is not None:
            self.fail(
                (*path, key),
                tr(
                    "contains the invisible control character {code} at position {position}; "
                    "remove it"
                ).format(code=f"U+{ord(bad.group()):04X}", position=bad.start() + 1),
            )
            return ""
        if required and is_blank(value):
            invisible = invisible_names(value)
            said = (
                tr("{key} must not be empty: it has only invisible characters ({names})")
                if invisible
                else tr("{key} must not be empty")
            )
            self.fail((*path, key), said.format(key=repr(key), names=", ".join(invisible)))
        return value

    def ident(self, d: Mapping[str, Any], key: str, path: Path, *, required: bool = True) -> str:
        # No length limit of its own: the id's pattern allows 128 characters and says so.
        value = self.text(d, key, path, required=required, limit=None)
        if value and not _ID.fullmatch(value):
            self.fail(
                (*path, key),
                tr(
                    "{value} is not a valid id: use letters, digits, '.', '_' and '-' "
                    "(start with a letter or digit, at most 128 characters)"
                ).format(value=repr(value[:60])),
            )
        return value

    def date(self, d: Mapping[str, Any], key: str, path: Path) -> TimePoint | None:
        value = d.get(key)
        if value is None:
            if key in d:
                self.fail(
                    (*path, key),
                    tr('{key} must be a date such as "2017-05-10"').format(key=repr(key)),
                )
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            self.fail((*path, key), number_date_message(value))
            return None
        if isinstance(value, str) and len(value) > MAX_DATE:
            self.fail((*path, key), _too_long(key, len(value), MAX_DATE))
            return None
        if type(value) is not str:
            try:
                return parse_date(value)
            except DateError as err:
                self.fail((*path, key), str(err))
                return None
        # A date written the same way many times (a file of bad dates) is read once.
        read = self.read_dates.get(value)
        if read is None:
            try:
                read = parse_date(value)
            except DateError as err:
                read = str(err)
            if len(self.read_dates) >= _READ_DATES:
                self.read_dates.clear()
            self.read_dates[value] = read
        if isinstance(read, str):
            self.fail((*path, key), read)
            return None
        return read

    def each(
        self, d: Mapping[str, Any], key: str, path: Path, fn: Callable[[Any, Path], None]
    ) -> None:
        items = d.get(key)
        if items is None:
            if key in d:
                self.fail((*path, key), tr("{key} must be a list [...]").format(key=repr(key)))
            return
        if not isinstance(items, list):
            self.fail(
                (*path, key),
                tr("{key} must be a list [...], not {kind}").format(
                    key=repr(key), kind=_kind(items)
                ),
            )
            return
        for i, item in enumerate(items):
            fn(item, (*path, key, i))

    # --- the document ----------------------------------------------------------------------

    def build(self, data: Any) -> Timeline | None:
        self._problem_sink, self._warning_sink = self.problems, self.warnings
        root: Path = ()
        if not isinstance(data, dict):
            self.fail(
                root,
                tr("the top level must be an object {object}, not {kind}").format(
                    object="{...}", kind=_kind(data)
                ),
            )
            return None
        foreign = not_a_timeline(data)
        if foreign is not None:
            # One line, the one the window shows first, instead of a field-by-field list.
            self.fail(root, foreign)
            return None
        self.obj(data, root, TOP_FIELDS, tr.mark("the top level"))
        if data.get("format") != FORMAT_NAME:
            self.fail(
                ("format",),
                tr('must be "{name}" (is this a timeline-app file?)').format(name=FORMAT_NAME),
            )
        version = data.get("version")
        if version != FORMAT_VERSION or isinstance(version, bool):
            self.fail(
                ("version",),
                tr("this app reads format version {version}; the file says {found}").format(
                    version=FORMAT_VERSION, found=_json_text(version)
                ),
            )
        if "events" not in data:
            self.fail(root, tr("the file has no 'events' list"))
        self.each(data, "sources", root, self.source)
        self.each(data, "categories", root, self.category)
        self.each(data, "eras", root, self.era)
        if data.get("events") is not _STREAMED:
            self._problem_sink, self._warning_sink = self.event_problems, self.event_warnings
            self.each(data, "events", root, lambda item, path: self.event(item, int(path[-1])))
        # The checks made at the end have a quota of their own, so that what they find about
        # an early event is not lost to the problems already found further on.
        deferred: list[tuple[Path, str]] = []
        self._problem_sink = deferred
        self.finish_events()
        self.event_problems.extend(deferred)
        for found in (self.event_problems, self.event_warnings):
            found.sort(key=_event_number)  # stable: in file order, each event's in its order
        self._problem_sink, self._warning_sink = self.problems, self.warnings
        self.problems.extend(self.event_problems[: MAX_PROBLEMS - len(self.problems)])
        self.warnings.extend(self.event_warnings[: MAX_PROBLEMS - len(self.warnings)])
        title = self.text(data, "title", root, limit=MAX_TIMELINE_TITLE, rest="description")
        description = self.text(data, "description", root, limit=MAX_NOTES)
        schema = data.get("$schema")
        if schema is not None and not isinstance(schema, str):
            self.fail(("$schema",), "'$schema' must be the schema's address, as text")
        if self.problems:
            return None
        return Timeline(
            self.columns,
            title=title,
            description=description,
            categories=list(self.categories.values()),
            sources=list(self.sources.values()),
            eras=self.eras,
            path=self.file,
        )

    def finish_events(self) -> None:
        """What can be checked only once the whole file is read: references to sources and
        categories (which may come after the events) and ids used twice."""
        cols = self.columns
        keys = cols.category_keys
        unknown = {k for k, key in enumerate(keys) if key and key not in self.categories}
        named = (
            [(self.file_pos[row], keys[k]) for row, k in enumerate(cols.categories) if k in unknown]
            if unknown
            else []
        )
        named.extend((n, key) for n, key in self.failed_categories if key not in self.categories)
        for n, key in sorted(named):
            self.fail(("events", n, "category"), _unknown_ref(key, self.categories, "category"))
        for row, items in self.pending_quotes:
            quotes: list[Quote] = []
            for text, sid, locator, speaker, path in items:
                source = self.sources.get(sid)
                if source is None:
                    self.fail((*path, "source"), _unknown_ref(sid, self.sources, "source"))
                else:
                    quotes.append(Quote(text, source, locator, speaker))
            extras = cols.extras.get(row, NO_EXTRAS)
            cols.extras[row] = (*extras[:6], (*extras[6], *quotes), *extras[7:])
        for items in self.failed_quotes:  # of events that did not load: the sources only
            for _text, sid, _locator, _speaker, path in items:
                if sid not in self.sources:
                    self.fail((*path, "source"), _unknown_ref(sid, self.sources, "source"))
        for path in self.sourceless:
            self.fail(path, _source_required(self.sources))
        ids = cols.ids
        if self.failed_ids or len(set(ids)) != len(ids):
            seen: dict[str, int] = {}
            for n, eid in sorted([*zip(self.file_pos, ids, strict=True), *self.failed_ids]):
                if eid in seen:
                    self.fail(
                        ("events", n, "id"),
                        tr("event id {id} is used twice (first at {first})").format(
                            id=repr(eid), first=f"events[{seen[eid]}]"
                        ),
                    )
                else:
                    seen[eid] = n

    def source(self, item: Any, path: Path) -> None:
        if not self.obj(item, path, SOURCE_FIELDS, tr.mark("a source")):
            return
        sid = self.ident(item, "id", path)
        year = item.get("year")
        if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
            self.fail(
                (*path, "year"),
                tr("'year' must be a whole number such as 2017, not {kind}").format(
                    kind=_kind(year)
                ),
            )
            year = None
        url = self.text(item, "url", path, limit=MAX_URL)
        if url and not url.lower().startswith(("http://", "https://")):
            self.fail((*path, "url"), tr("only http:// and https:// links are allowed"))
        source = Source(
            sid,
            self.text(item, "title", path, required=True),
            self.text(item, "publisher", path),
            year,
            self.text(item, "author", path),
            url,
            self.text(item, "note", path, limit=MAX_NOTES),
            self.source_text_path(item, path),
        )
        if sid in self.sources:
            self.fail((*path, "id"), tr("source id {id} is used twice").format(id=_echo(sid)))
        self.sources[sid] = source

    def source_text_path(self, item: Mapping[str, Any], path: Path) -> str:
        """A source's 'text': the path of its full text, relative to the timeline file."""
        from timeline_app.formats.quotecheck import text_path_problem

        value = self.text(item, "text", path)
        problem = text_path_problem(value) if value else ""
        if problem:
            self.fail((*path, "text"), problem)
            return ""
        return value

    def category(self, item: Any, path: Path) -> None:
        if not self.obj(item, path, CATEGORY_FIELDS, tr.mark("a category")):
            return
        cid = self.ident(item, "id", path)
        color = self.text(item, "color", path)
        if color and not _COLOR.fullmatch(color):
            self.fail((*path, "color"), _not_a_colour(_echo(color)))
        if cid in self.categories:
            self.fail((*path, "id"), tr("category id {id} is used twice").format(id=_echo(cid)))
        self.categories[cid] = Category(cid, self.text(item, "label", path, required=True), color)

    def era(self, item: Any, path: Path) -> None:
        if not self.obj(item, path, ERA_FIELDS, tr.mark("an era")):
            return
        eid = self.ident(item, "id", path, required=False)
        title = self.text(item, "title", path, required=True, limit=MAX_TITLE)
        color = self.text(item, "color", path)
        if color and not _COLOR.fullmatch(color):
            self.fail((*path, "color"), _not_a_colour(repr(color)))
        for key in ("start", "end"):
            if key not in item:
                self.fail(
                    path,
                    tr("the era has no 'start' date")
                    if key == "start"
                    else tr("the era has no 'end' date"),
                )
        start, end = self.date(item, "start", path), self.date(item, "end", path)
        if start is None or end is None or not title:
            return
        precision = min(start.precision, end.precision)
        label = item.get("precision")
        if label is not None:
            names = [p.label for p in Precision]
            if label not in names:
                self.fail((*path, "precision"), _one_of(names, repr(label)))
                return
            precision = min(precision, Precision.from_label(label))
        era = Era(title, start, end, precision, color, eid)
        if era.t1 <= era.t0:
            self.fail((*path, "end"), _end_before_start(end, start))
            return
        self.eras.append(era)

    def media(self, item: Any, path: Path, out: list[Media]) -> None:
        if not self.obj(item, path, MEDIA_FIELDS, tr.mark("a media item")):
            return
        url = self.text(item, "url", path, required=True, limit=MAX_MEDIA_URL)
        kind = self.text(item, "kind", path)
        if kind and kind not in MEDIA_KINDS:
            self.fail((*path, "kind"), _one_of(MEDIA_KINDS, repr(kind)))
            return
        # Any address is kept as the file wrote it (files of other tools hold all sorts):
        # only http and https addresses are ever offered as links, only files beside the
        # timeline and data:image addresses are ever read, and nothing else is opened.
        if url:
            out.append(
                Media(
                    url,
                    self.text(item, "caption", path, limit=MAX_SUMMARY),
                    self.text(item, "credit", path),
                    self.text(item, "alt", path),
                    self.text(item, "thumbnail", path, limit=MAX_MEDIA_URL),
                    kind,
                )
            )

    def _read_items(self, text: str, spans: list[tuple[int, int, Any]], n: int) -> int:
        """Store the items at ``spans`` (consecutive, the first being the n-th; each with its
        value as the plain parser read it). An item whose date the fast path has already
        refused ("10 May") is parsed again strictly and checked fully at once; the items
        between such ones are stored as runs (see _read_run). Returns the number of the next
        item."""
        odd_days, odd_clocks = self.odd_days, self.odd_clocks
        first = 0
        for k, (begin, _, value) in enumerate(spans):
            start = value.get("start") if type(value) is dict else None
            if type(start) is str and start[:10] not in odd_days and start[10:] not in odd_clocks:
                continue
            if k > first:
                n = self._read_run(text, spans[first:k], n)
            item, _ = _SCAN(text, begin)
            self.event(item, n)
            n += 1
            first = k + 1
        if first < len(spans):
            n = self._read_run(text, spans[first:], n)
        return n

    def _read_run(self, text: str, spans: list[tuple[int, int, Any]], n: int) -> int:
        """Store the items at ``spans``: a run of plain ones at once, else the run in halves,
        down to single items; an item that is not plain is parsed again strictly and checked
        fully. Returns the number of the next item."""
        begin, end = spans[0][0], spans[-1][1]
        if self._plain_chunk(text[begin:end], n):
            return n + len(spans)
        if len(spans) > 4:
            half = len(spans) // 2
            n = self._read_run(text, spans[:half], n)
            return self._read_run(text, spans[half:], n)
        for begin, end, _ in spans:
            if len(spans) == 1 or not self._plain_chunk(text[begin:end], n):
                item, _ = _SCAN(text, begin)
                self.event(item, n)
            n += 1
        return n

    def _plain_chunk(self, chunk: str, n: int) -> int:
        """Store the events of ``chunk`` (whole items of the events list, the first being the
        n-th) if every one is plain; return how many, or 0 to have them read one by one.

        Plain: an object of id, title, start and perhaps category, the start written
        YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss] with Z or ±hh:mm, and perhaps a place, people,
        a summary, notes and quotes whose sources are known (see _extras_of); all values are
        text, lists of text or quotes, with no \\u escapes. Such an event gets exactly the
        checks the full way would make.

        If ``[chunk]`` parses, the chunk ends between two items: a cut inside a string or a
        nested value leaves it unbalanced. Every check of the four columns works on a whole
        column at once.
        """
        escaped = "\\" in chunk
        if escaped and "\\u" in chunk:
            return 0
        try:
            items = _plain_loads("[" + chunk + "]")
            ids = list(map(_GET_ID, items))
            titles = list(map(_GET_TITLE, items))
            starts = list(map(_GET_START, items))
            cats = list(map(_GET_CATEGORY, items))
            joined_ids = "\n".join(ids)
            joined_titles = "\n".join(titles)
            joined_starts = "".join(starts)
            joined_cats = "".join(cats)
        except (ValueError, KeyError, TypeError, AttributeError):
            return 0
        keys = set().union(*items)
        extras: list[Extras] | None = None
        waiting: list[_Pending] = []
        # A key written twice is merged by the plain parser (the strict one refuses it); it
        # shows as quotation marks the values do not account for: two for each key and for
        # each text value, plus those inside the text (written \\").
        marks = 4 * sum(map(len, items))
        inner = 0
        if not keys <= _FAST_FIELDS:
            if not keys <= _EXTRA_FIELDS:
                return 0
            found = self._extras_of(items, n)
            if found is None:
                return 0
            extras, waiting, more_marks, more_text = found
            marks += more_marks
            if _BAD_CHARS.search(more_text):
                return 0
            if escaped:
                inner += more_text.count('"')
        if escaped:
            inner += sum(
                t.count('"') for t in (joined_ids, joined_titles, joined_starts, joined_cats)
            )
        if (
            chunk.count('"') != marks + inner
            or not _IDS.fullmatch(joined_ids)
            # Length first: a title too long for this path is not searched through.
            or max(map(len, titles)) > LONG_TITLE
            or _BAD_CHARS.search(joined_titles)
            or not all(map(str.strip, titles))
            # Other blanks (U+200B, U+3164, ...) are not ASCII: a chunk of ASCII titles has
            # none, and is checked at the cost of a flag CPython keeps for each string.
            or (not joined_titles.isascii() and any_blank(titles))
        ):
            return 0
        cols = self.columns
        new_cats = set(cats) - self.valid_categories
        if new_cats:
            if not all(_ID.fullmatch(c) for c in new_cats):
                return 0
            self.valid_categories.update(new_cats)
        day_keys = list(map(_DAY_PART, starts))
        clock_keys = list(map(_CLOCK_PART, starts))
        day_seconds = list(map(self.day_seconds.get, day_keys))
        shifts = list(map(self.clock_shift.get, clock_keys))
        if None in day_seconds or None in shifts:
            # (Not set - dict.keys(): that would walk the whole dictionary.)
            for k in {k for k in day_keys if k not in self.day_seconds} - self.odd_days:
                self.learn_day(k)
            for k in {k for k in clock_keys if k not in self.clock_shift} - self.odd_clocks:
                self.learn_date("2000-01-01" + k)
                if k not in self.clock_shift:
                    self.odd_clocks.add(k)
            day_seconds = list(map(self.day_seconds.get, day_keys))
            shifts = list(map(self.clock_shift.get, clock_keys))
            if None in day_seconds or None in shifts:
                return 0
        t0 = list(map(operator.add, day_seconds, shifts))
        assert isinstance(cols.ids, list) and isinstance(cols.titles, list)
        assert isinstance(cols.t0, array) and isinstance(cols.tm, array)
        assert isinstance(cols.categories, array) and isinstance(cols.start_codes, array)
        cols.ids.extend(ids)
        cols.titles.extend(titles)
        distinct = set(cats)
        for c in distinct:
            cols.category_key(c)
        if len(distinct) == 1:  # the usual case: one category over a whole chunk
            cols.categories.extend(array("i", [cols.category_key(cats[0])]) * len(cats))
        else:
            cols.categories.extend(map(cols.category_index.__getitem__, cats))
        cols.t0.extend(t0)
        cols.tm.extend(map(operator.add, t0, map(self.clock_half.__getitem__, clock_keys)))
        cols.start_codes.extend(map(self.clock_code.__getitem__, clock_keys))
        if extras is not None:
            first = len(cols.t0) - len(items)
            cols.extras.update((first + k, e) for k, e in enumerate(extras) if e != NO_EXTRAS)
            self.pending_quotes.extend((first + k, pending) for k, pending in waiting)
        self.file_pos.extend(range(n, n + len(items)))
        return len(items)

    def _extras_of(
        self, items: list[dict[str, Any]], n: int
    ) -> tuple[list[Extras], list[_Pending], int, str] | None:
        """The extras of events read by the plain parser (the first being the n-th): place,
        people, summary, source of the date, notes and quotes, if each is what the full way
        would accept without a word: text where text goes, lists of names and of quotes
        (text, source, locator, perhaps a speaker). Quotes whose source is not known yet are
        left to finish_events, as the full way leaves them. Also how many quotation marks the
        extras add to the four of a field of text (two for its key, two for its value), and
        all their text joined (for one search for control characters). None if any event
        needs the full way."""
        sources = self.sources
        out: list[Extras] = []
        waiting: list[_Pending] = []
        marks = 0
        texts: list[str] = []
        add_text = texts.append
        for k, item in enumerate(items):
            if len(item) <= 4 and item.keys() <= _FAST_FIELDS:
                out.append(NO_EXTRAS)
                continue
            get = item.get
            location, summary = get("location", ""), get("summary", "")
            date_source, date_note = get("date_source", ""), get("date_note", "")
            notes = get("notes", "")
            if not (
                type(location) is str
                and type(summary) is str
                and type(date_note) is str
                and type(notes) is str
                and (date_source == "" or date_source in DATE_SOURCES)
                # Longer than the full way takes: it says so (model/limits.py).
                and len(location) <= MAX_FIELD
                and len(summary) <= MAX_SUMMARY
                and len(date_note) <= MAX_FIELD
                and len(notes) <= MAX_NOTES
            ):
                return None
            add_text(location)
            add_text(summary)
            add_text(date_note)
            add_text(notes)
            participants = get("participants", [])
            quotes_in = get("quotes", [])
            if type(participants) is not list or type(quotes_in) is not list:
                return None
            for name in participants:
                if type(name) is not str or len(name) > MAX_FIELD:
                    return None
                add_text(name)
            marks += 2 * len(participants)
            marks -= 2 * ("participants" in item) + 2 * ("quotes" in item)  # lists, not text
            quotes: list[Quote] = []
            pending: list[tuple[str, str, str, str, Path]] = []
            for j, q in enumerate(quotes_in):
                if type(q) is not dict or not q.keys() <= _QUOTE_KEYS:
                    return None
                qget = q.get
                text, sid, locator = qget("text"), qget("source"), qget("locator")
                speaker = qget("speaker", "")
                if not (
                    type(text) is str
                    and type(locator) is str
                    and type(speaker) is str
                    and type(sid) is str
                    and len(text) <= MAX_QUOTE
                    and len(locator) <= MAX_FIELD
                    and len(speaker) <= MAX_FIELD
                    and not is_blank(text)
                    and not is_blank(locator)
                    and _ID.fullmatch(sid)
                ):
                    return None
                add_text(text)
                add_text(locator)
                add_text(speaker)
                marks += 4 * len(q)
                source = sources.get(sid)
                if source is not None:
                    quotes.append(Quote(text, source, locator, speaker))
                else:
                    pending.append((text, sid, locator, speaker, ("events", n + k, "quotes", j)))
            if pending:
                waiting.append((k, pending))
            out.append(
                (
                    location,
                    tuple(participants),
                    summary,
                    date_source,
                    date_note,
                    notes,
                    tuple(quotes),
                    "",  # display_date and media: events with them go the full way
                    (),
                )
            )
        return out, waiting, marks, "\n".join(texts)

    def learn_day(self, key: str) -> None:
        """Remember a YYYY-MM-DD day, checked as the date reader checks it (digits, month,
        day of the month; year 0000 is left to the full way, which warns about it)."""
        if _DAY_KEY.fullmatch(key) and not key.startswith("0000"):
            year, month, day = int(key[:4]), int(key[5:7]), int(key[8:])
            if 1 <= month <= 12 and 1 <= day <= days_in_month(year, month):
                self.day_seconds[key] = days_from_civil(year, month, day) * SECONDS_PER_DAY
                return
        self.odd_days.add(key)

    def learn_date(self, written: str) -> None:
        """Read a date the fast path has not seen, to remember its day and time of day."""
        if len(written) <= MAX_DATE and _DAY_KEY.match(written):
            # A date that does not read (or is too long to) is left to the full way, which
            # reports it.
            with contextlib.suppress(DateError):
                self.remember_date(written, parse_date(written))

    def remember_date(self, written: str, point: TimePoint) -> None:
        """Keep the day and the time of day of a plain ISO date for the fast path."""
        if written.startswith("0000") or not _DAY_KEY.match(written):
            return
        day, clock = written[:10], written[10:]
        if point.precision is Precision.DAY and not clock:
            shift, half, code = 0, SECONDS_PER_DAY / 2, _DAY_CODE
        elif point.precision is Precision.MINUTE and _CLOCK_KEY.fullmatch(clock):
            local = point.hour * 3600 + point.minute * 60 + point.second
            shift = local - point.offset_minutes * 60
            half = 30.0 if point.second == 0 else 0.5
            code = start_code(Precision.MINUTE, point.offset_minutes)
        else:
            return
        self.day_seconds[day] = days_from_civil(point.year, point.month, point.day) * 86_400
        self.clock_shift[clock], self.clock_half[clock] = shift, half
        self.clock_code[clock] = code

    def event(self, item: Any, n: int) -> None:
        """Read and check the n-th event fully (the plain ones are stored column-wise)."""
        path: Path = ("events", n)
        if not self.obj(item, path, EVENT_FIELDS, tr.mark("an event")):
            return
        eid = self.ident(item, "id", path)
        title = self.text(item, "title", path, required=True, limit=MAX_TITLE, rest="summary")
        if "start" not in item:
            self.fail(path, tr("the event has no 'start' date"))
        start = self.date(item, "start", path)
        if start is not None and "precision" not in item and "end" not in item:
            self.remember_date(item["start"], start)
        end = self.date(item, "end", path)
        precision = start.precision if start else Precision.DAY
        if "precision" in item:
            label = item["precision"]
            names = [p.label for p in Precision]
            if label not in names:
                self.fail((*path, "precision"), _one_of(names, _echo(label)))
            elif start and Precision.from_label(label) > start.precision:
                self.fail(
                    (*path, "precision"),
                    tr("{label} is finer than the start date {start} says").format(
                        label=repr(label), start=repr(start.iso())
                    ),
                )
            else:
                precision = Precision.from_label(label)
        if start is not None and end is not None:
            end_prec = min(precision, end.precision)
            if end.end_seconds(end_prec) <= start.start_seconds:
                self.fail((*path, "end"), _end_before_start(end, start))
            elif end.with_precision(end_prec) == start.with_precision(end_prec) or (
                end_prec is Precision.MINUTE and end.start_seconds == start.start_seconds
            ):
                self.warn(
                    (*path, "end"),
                    tr(
                        "event {id}: the end is the same as the start ({start}); it is shown as "
                        "a single date"
                    ).format(id=repr(eid), start=start.iso()),
                )
        for key, point in (("start", start), ("end", end)):
            written = str(item.get(key, "")).strip()
            if point is not None and point.year == 0 and re.match(r"[+-]?0000", written):
                self.warn(
                    (*path, key),
                    tr(
                        "event {id}: year 0000 is 1 BCE (ISO 8601 counts a year 0); "
                        'write "1 BCE" to say so plainly, or 0001 for 1 CE'
                    ).format(id=repr(eid)),
                )
        if title and len(title) > LONG_TITLE:
            self.warn(
                (*path, "title"),
                tr(
                    "event {id}: the title has {length} characters; the timeline shows the "
                    "beginning, the detail pane all of it"
                ).format(id=repr(eid), length=number(len(title))),
            )
        category = self.ident(item, "category", path, required=False)
        participants: list[str] = []

        def participant(value: Any, p: Path) -> None:
            if isinstance(value, str) and len(value) > MAX_FIELD:
                self.fail(p, _too_long("participant", len(value), MAX_FIELD))
            elif isinstance(value, str) and not _BAD_CHARS.search(value):
                participants.append(value)
            else:
                self.fail(p, tr("each participant must be a name in double quotes"))

        self.each(item, "participants", path, participant)
        date_source = self.text(item, "date_source", path)
        if date_source and date_source not in DATE_SOURCES:
            self.fail(
                (*path, "date_source"),
                tr("must be one of {names}").format(names=", ".join(DATE_SOURCES)),
            )
        quotes: list[Quote] = []
        pending: list[tuple[str, str, str, str, Path]] = []
        self.each(item, "quotes", path, lambda q, p: self.quote(q, p, quotes, pending))
        media: list[Media] = []
        self.each(item, "media", path, lambda m, p: self.media(m, p, media))
        if start is None or not eid or not title:
            # Not loaded; its id and references are still checked against the whole file.
            if eid:
                self.failed_ids.append((n, eid))
            if category:
                self.failed_categories.append((n, category))
            if pending:
                self.failed_quotes.append(pending)
            return
        self.columns.append(
            eid,
            title,
            start,
            end,
            precision,
            category,
            (
                self.text(item, "location", path),
                tuple(participants),
                self.text(item, "summary", path, limit=MAX_SUMMARY),
                date_source,
                self.text(item, "date_note", path),
                self.text(item, "notes", path, limit=MAX_NOTES),
                tuple(quotes),
                self.text(item, "display_date", path),
                tuple(media),
            ),
        )
        self.file_pos.append(n)
        if pending:
            self.pending_quotes.append((len(self.columns) - 1, pending))

    def quote(
        self,
        item: Any,
        path: Path,
        out: list[Quote],
        pending: list[tuple[str, str, str, str, Path]],
    ) -> None:
        if not self.obj(item, path, QUOTE_FIELDS, tr.mark("a quote")):
            return
        text = self.text(item, "text", path, required=True, limit=MAX_QUOTE)
        if item.get("source") is None:
            self.sourceless.append((*path, "source"))
            sid = ""
        else:
            sid = self.ident(item, "source", path)
        locator = self.text(item, "locator", path, required=True)
        speaker = self.text(item, "speaker", path)
        if not (text and sid):
            return
        source = self.sources.get(sid)
        if source is not None:
            out.append(Quote(text, source, locator, speaker))
        else:  # the sources may come later in the file: resolved by finish_events
            pending.append((text, sid, locator, speaker, path))


def _event_number(found: tuple[Path, str]) -> int:
    path = found[0]
    return path[1] if len(path) > 1 and isinstance(path[1], int) else -1


# Quotes of the k-th event of a chunk whose sources are looked up once the file is read.
_Pending = tuple[int, list[tuple[str, str, str, str, Path]]]
_STREAMED: list[Any] = []  # stands for the events list, already read while parsing
_DAY_CODE = start_code(Precision.DAY, 0)


def _json_text(value: Any) -> str:
    """A value as it is written in JSON (true, null), for messages."""
    return json.dumps(value, ensure_ascii=False)[:60]


def _kind(value: Any) -> str:
    """What a JSON value is, as a message names it ('a number', 'a list')."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return tr("a number")
    if isinstance(value, str):
        return tr("text")
    if isinstance(value, list):
        return tr("a list")
    return tr("an object")


def _not_a_colour(shown: str) -> str:
    return tr("{value} is not a colour; write #rrggbb, e.g. #0072B2").format(value=shown)


def _one_of(names: Any, got: str) -> str:
    return tr("must be one of {names}; got {value}").format(names=", ".join(names), value=got)


def _end_before_start(end: TimePoint, start: TimePoint) -> str:
    return tr("the end {end} is before the start {start}").format(end=end.iso(), start=start.iso())


def _echo(value: object) -> str:
    """A value from the file as a message quotes it: its beginning only, however long."""
    if isinstance(value, str) and len(value) > 60:
        return repr(value[:60] + "…")
    return _json_text(value) if not isinstance(value, str) else repr(value)


def _too_long(key: str, length: int, limit: int, rest: str = "") -> str:
    """'title' is 1,048,576 characters long; the limit is 1,000 (...)."""
    said = (
        tr("{key} is {length} characters long; the limit is {limit}; put the rest in {rest}")
        if rest
        else tr("{key} is {length} characters long; the limit is {limit}")
    )
    return said.format(key=repr(key), length=number(length), limit=number(limit), rest=repr(rest))


# Field names a first-time author writes for the app's own, from speech or other timeline
# tools: spelling alone does not lead from "date" to "start" (it leads to "date_note").
# Each name lists the fields it can mean, the first one the object has is suggested.
_MEANT = {
    "date": ("start", "year"),
    "start_date": ("start",),
    "startdate": ("start",),
    "begin": ("start",),
    "from": ("start",),
    "when": ("start",),
    "end_date": ("end",),
    "enddate": ("end",),
    "until": ("end",),
    "to": ("end",),
    "name": ("title", "label"),
    "headline": ("title",),
    "description": ("summary",),
    "text": ("summary",),
    "place": ("location",),
    "where": ("location",),
    "people": ("participants",),
    "who": ("participants", "speaker"),
    "quote": ("quotes", "text"),
    "image": ("media",),
    "images": ("media",),
    "author": ("speaker",),
    "citation": ("source",),
    "cite": ("source",),
    "page": ("locator",),
    "link": ("url",),
    "colour": ("color",),
}


def _unknown_field(key: str, fields: tuple[str, ...], what: str) -> str:
    meant = [f for f in _MEANT.get(key.strip().lower(), ()) if f in fields]
    close = meant[:1] or difflib.get_close_matches(key, fields, n=1)
    if close:
        return tr("unknown field {key}; did you mean {close}?").format(
            key=repr(key[:60]), close=repr(close[0])
        )
    return tr("unknown field {key}; {what} may have: {fields}").format(
        key=repr(key[:60]), what=tr(what), fields=", ".join(fields)
    )


def _source_required(known: Mapping[str, object]) -> str:
    """A quote without its source: the ids it can name, or where to define one."""
    if not known:
        return tr(
            "'source' is required: the id of the source the quote is from; the file defines "
            "no sources yet, so add one to 'sources' first"
        )
    ids = list(known)
    listed = ", ".join(ids[:8])
    if len(ids) > 8:
        listed = tr.n("{ids} and %n more", len(ids) - 8, one="{ids} and %n more").format(ids=listed)
    return tr(
        "'source' is required: the id of the source the quote is from (defined: {ids})"
    ).format(ids=listed)


def _unknown_ref(ref: str, known: Mapping[str, object], what: str) -> str:
    close = difflib.get_close_matches(ref, list(known), n=1)
    category = what == "category"
    if close:
        said = (
            tr("unknown category {ref}; did you mean {close}?")
            if category
            else tr("unknown source {ref}; did you mean {close}?")
        )
    elif known:
        said = (
            tr("unknown category {ref} (defined: {ids})")
            if category
            else tr("unknown source {ref} (defined: {ids})")
        )
    else:
        said = (
            tr("unknown category {ref} (no category is defined)")
            if category
            else tr("unknown source {ref} (no source is defined)")
        )
    return said.format(
        ref=repr(ref[:60]),
        close=repr(close[0]) if close else "",
        ids=", ".join(list(known)[:8]),
    )
