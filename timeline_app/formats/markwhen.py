"""markwhen (.mw) timelines: Markdown-like text where each event is a line ``DATE: text``.

The header (the lines before the first event) gives the title, the description, the time zone,
the colours of tags (``#Project1: #d336b1``) and the order of slashed dates
(``dateFormat: d/M/y``). An event line's date is EDTF (``2023``, ``2023-01``, ``2023-01-05``,
``2023-01-05T10:00Z``, a range ``2023-01/2023-03`` or ``2023-04/4 months``) or casual
(``1215``, ``3000 BC``, ``50 AD``, ``03/2023``, ``Jan 5 2023``, ``5 January 2023 10am``,
``1720-1772``, ``1914 - 1917``, ``Jan 2023 to Mar 2023``, ``now``). The lines under an event,
up to the next event, are its description (Markdown, kept as plain text); lines written
``key: value`` right under it are its properties (``location``, ``id``, ...).

Tags (``#war``) become lanes; an event without a tag goes in the lane of its group or section.
Web addresses in an event's line become links; ``[Paris](location)`` is the event's place.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline_app.formats.dates import DateError
from timeline_app.formats.errors import Problem
from timeline_app.formats.importkit import (
    Ids,
    hex_colour,
    no_events,
    plain_title,
    point,
    read_text,
    slug,
)
from timeline_app.formats.registry import Format, register
from timeline_app.formats.richtext import to_plain
from timeline_app.formats.timeline_json import Progress
from timeline_app.i18n import context
from timeline_app.model.timeline import Category, Event, Media, Timeline
from timeline_app.model.timepoint import (
    MONTH_NAMES,
    SECONDS_PER_DAY,
    Precision,
    TimePoint,
    days_in_month,
    format_point,
    point_from_seconds,
)

tr = context("Markwhen")

NAME = "markwhen timeline"
EXTENSIONS = (".mw", ".markwhen")
_PROGRESS_EVERY = 2000

# --- recognising the file ----------------------------------------------------------------------

_SNIFF_HEADER = re.compile(r"(?:title|description|timezone|dateFormat)\s*:\s*\S", re.IGNORECASE)
_SNIFF_TAG_COLOUR = re.compile(r"#\w+\s*:\s*\S")


def sniff(head: bytes, name: str) -> bool:
    """Does the start look like markwhen: a header line or two, then event lines whose date
    markwhen reads? (A plain text file with one 'word: text' line is not taken.) Any text
    file named .mw is taken too, so that its problems are told in markwhen's terms."""
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(head) - 3:
            return False  # not text
        text = head[: err.start].decode("utf-8")
    if "\x00" in text or text.lstrip("\ufeff \t\r\n").startswith(("{", "<", "[")):
        return False
    if name.lower().endswith(EXTENSIONS):
        return True  # text named .mw: the reader says what, if anything, is wrong with it
    events = header = other = 0
    for line in text.splitlines()[:60]:
        s = line.strip()
        if not s or s.startswith("//") or _GROUP_START.match(s) or _GROUP_END.match(s):
            continue
        try:
            found = _event_line(s, _Settings())
        except DateError:
            found = None
        if found is not None:
            events += 1
        elif _SNIFF_HEADER.match(s) or _SNIFF_TAG_COLOUR.match(s) or s == "---":
            header += 1
        else:
            other += 1
    return (events >= 2 and events >= other) or (events >= 1 and header >= 1)


# --- dates ------------------------------------------------------------------------------------


@dataclass
class _Settings:
    day_first: bool = False  # dateFormat: d/M/y
    zone: tzinfo | None = None
    now: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


_MONTHS = {m[:3].lower(): i + 1 for i, m in enumerate(MONTH_NAMES)}
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_CLOCK = r"(?P<h>\d{1,2})(?::(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?\s*(?P<ampm>[ap]\.?m\.?)?"
_ERA = r"(?P<era>BCE|BC|B\.C\.|AD|CE|A\.D\.|C\.E\.)"
_ISO_DATE = re.compile(
    r"(?P<y>[+-]?\d{4,})(?:-(?P<mo>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?)?)?)?"
)
_LONG_YEAR = re.compile(r"Y(?P<y>-?\d{5,})")  # EDTF: Y-13800000000
_YEAR_ERA = re.compile(r"(?P<y>\d{1,12})\s*" + _ERA + r"|(?:AD|A\.D\.|CE)\s*(?P<y2>\d{1,12})", re.I)
_SLASHED = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?:[\s,]+" + _CLOCK + ")?", re.I)
_MONTH_YEAR_SLASH = re.compile(r"(?P<mo>\d{1,2})/(?P<y>\d{4})")
_WORDS = [
    # January 5, 2023 10am / Jan 5 2023
    re.compile(
        r"(?P<month>" + _MONTH_WORD + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{1,6})"
        r"(?:\s*" + _ERA + r")?(?:[\s,]+" + _CLOCK + r")?",
        re.I,
    ),
    # 5 January 2023
    re.compile(
        r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>" + _MONTH_WORD + r"),?\s+(?P<y>\d{1,6})"
        r"(?:\s*" + _ERA + r")?(?:[\s,]+" + _CLOCK + r")?",
        re.I,
    ),
    # January 2023
    re.compile(r"(?P<month>" + _MONTH_WORD + r"),?\s+(?P<y>\d{1,6})(?:\s*" + _ERA + r")?", re.I),
]
_AMOUNT = re.compile(
    r"(?P<n>\d{1,6})\s*(?P<unit>years?|y|months?|weeks?|w|days?|d|hours?|h|minutes?|mins?)",
    re.I,
)
_RANGE_SPLIT = re.compile(r"\s*/\s*|\s+(?:-|–|—|to|until)\s+|(?<=\d)(?:-|–)(?=\d)", re.I)


class _NotADate(Exception):
    """The text is not a date at all (as opposed to a date that is wrong)."""


def parse_point(text: str, settings: _Settings) -> TimePoint:
    """One markwhen date; raises DateError for a date that cannot be, _NotADate for text
    that is not a date."""
    s = text.strip()
    if s.lower() == "now":
        now = settings.now.astimezone(timezone.utc)
        return TimePoint(now.year, now.month, now.day, now.hour, now.minute, 0, 0, Precision.MINUTE)
    m = _ISO_DATE.fullmatch(s)
    if m is not None and (len(m["y"].lstrip("+-")) == 4 or m["y"][0] in "+-"):
        year = int(m["y"])
        if m["mo"] is None:
            return point(year, precision=Precision.YEAR, text=s)
        if m["d"] is None:
            return point(year, int(m["mo"]), precision=Precision.MONTH, text=s)
        return _clocked(
            year, int(m["mo"]), int(m["d"]), m["h"], m["mi"], m["s"], None, m["zone"], s, settings
        )
    m = _LONG_YEAR.fullmatch(s)
    if m is not None:
        return point(int(m["y"]), precision=Precision.YEAR, text=s)
    if re.fullmatch(r"\d{1,4}", s):
        if len(s) < 3:
            raise DateError(
                tr(
                    "{text}: a year of one or two digits is never guessed; write it in full, or "
                    "with its era ({ad}, {bc})"
                ).format(text=repr(s), ad=f"{s} AD", bc=f"{s} BC")
            )
        return point(int(s), precision=Precision.YEAR, text=s)
    m = _YEAR_ERA.fullmatch(s)
    if m is not None:
        return point(
            _era_year(int(m["y"] or m["y2"]), m["era"] or "AD", s), precision=Precision.YEAR, text=s
        )
    m = _SLASHED.fullmatch(s)
    if m is not None:
        a, b = int(m["a"]), int(m["b"])
        month, day = (b, a) if settings.day_first else (a, b)
        return _clocked(
            int(m["y"]), month, day, m["h"], m["mi"], m["s"], m["ampm"], None, s, settings
        )
    m = _MONTH_YEAR_SLASH.fullmatch(s)
    if m is not None:
        return point(int(m["y"]), int(m["mo"]), precision=Precision.MONTH, text=s)
    for pattern in _WORDS:
        m = pattern.fullmatch(s)
        if m is None:
            continue
        g = m.groupdict()
        year = _era_year(int(g["y"]), g.get("era") or "AD", s)
        month = _MONTHS[g["month"][:3].lower()]
        if g.get("d") is None:
            return point(year, month, precision=Precision.MONTH, text=s)
        if len(g["y"]) < 3 and not g.get("era"):
            raise DateError(
                tr("{text}: a year of one or two digits is never guessed; write it in full").format(
                    text=repr(s)
                )
            )
        return _clocked(
            year,
            month,
            int(g["d"]),
            g.get("h"),
            g.get("mi"),
            g.get("s"),
            g.get("ampm"),
            None,
            s,
            settings,
        )
    raise _NotADate(s)


def _era_year(year: int, era: str, text: str) -> int:
    if era.upper().replace(".", "") in ("BC", "BCE"):
        if year == 0:
            raise DateError(
                tr("{text}: there is no year 0 BC; 1 BC is followed by AD 1").format(
                    text=repr(text)
                )
            )
        return 1 - year
    if year == 0:
        raise DateError(
            tr("{text}: there is no year 0 AD; 1 BC is followed by AD 1").format(text=repr(text))
        )
    return year


def _clocked(
    year: int,
    month: int,
    day: int,
    hour: str | None,
    minute: str | None,
    second: str | None,
    ampm: str | None,
    zone: str | None,
    text: str,
    settings: _Settings,
) -> TimePoint:
    if hour is None:
        return point(year, month, day, precision=Precision.DAY, text=text)
    h, mi, sec = int(hour), int(minute or 0), int(second or 0)
    if ampm:
        if not 1 <= h <= 12:
            raise DateError(
                tr("{text}: {hour} is not an hour of a 12-hour clock").format(
                    text=repr(text), hour=h
                )
            )
        h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
    offset = 0
    if zone is not None and zone != "Z":
        digits = zone[1:].replace(":", "")
        oh, om = int(digits[:2]), int(digits[2:])
        if om > 59 or oh * 60 + om > 14 * 60:
            raise DateError(
                tr("{text}: UTC offset {offset} is out of range (-14:00 to +14:00)").format(
                    text=repr(text), offset=zone
                )
            )
        offset = (oh * 60 + om) * (-1 if zone[0] == "-" else 1)
    elif zone is None and settings.zone is not None and 1 <= year <= 9999:
        try:
            local = datetime(year, month, day, min(h, 23), min(mi, 59), tzinfo=settings.zone)
        except ValueError:
            pass  # the date itself is wrong: point() below says how
        else:
            delta = local.utcoffset()
            offset = int(delta.total_seconds() // 60) if delta is not None else 0
    return point(year, month, day, h, mi, sec, offset, precision=Precision.MINUTE, text=text)


def parse_range(text: str, settings: _Settings) -> tuple[TimePoint, TimePoint | None]:
    """A markwhen date or range: 'A', 'A/B', 'A - B', 'A to B', 'A/4 months', 'A - 1 year'."""
    s = " ".join(text.split())
    try:
        return parse_point(s, settings), None
    except _NotADate:
        pass
    wrong: DateError | None = None  # a split whose parts look like dates but are not right
    for m in _RANGE_SPLIT.finditer(s):
        left, right = s[: m.start()], s[m.end() :]
        try:
            start = parse_point(left, settings)
            amounts = _amounts(right)
            if amounts is not None:
                return start, _after(start, amounts, s)
            return start, parse_point(right, settings)
        except _NotADate:
            continue
        except DateError as err:
            wrong = wrong or err
    if wrong is not None:
        raise wrong
    raise _NotADate(s)


def _amounts(text: str) -> list[tuple[int, str]] | None:
    """'4 months', '1 year, 2 days': a duration; None if the text is not one."""
    found, pos = [], 0
    for m in _AMOUNT.finditer(text):
        if text[pos : m.start()].strip(" ,") not in ("", "and"):
            return None
        found.append((int(m["n"]), m["unit"].lower()))
        pos = m.end()
    if not found or text[pos:].strip():
        return None
    return found


def _after(start: TimePoint, amounts: list[tuple[int, str]], text: str) -> TimePoint:
    """The last year, month, day or minute of a period that begins at ``start`` and lasts
    ``amounts`` (markwhen's '2023-04/4 months' ends with July 2023)."""
    finest = max([start.precision, *(_unit_precision(unit) for _, unit in amounts)])
    y, mo = start.year, start.month
    days = minutes = 0
    for n, unit in amounts:
        if unit.startswith("y"):
            y += n
        elif unit.startswith("mo"):
            y, mo = y + (mo - 1 + n) // 12, (mo - 1 + n) % 12 + 1
        elif unit.startswith("w"):
            days += 7 * n
        elif unit.startswith("d"):
            days += n
        elif unit.startswith("h"):
            minutes += 60 * n
        else:
            minutes += n
    d = min(start.day, days_in_month(y, mo))
    after = point(y, mo, d, start.hour, start.minute, precision=Precision.MINUTE, text=text)
    seconds = after.start_seconds + days * SECONDS_PER_DAY + minutes * 60
    if finest is Precision.YEAR:
        return TimePoint(point_from_seconds(seconds).year - 1, precision=Precision.YEAR)
    if finest is Precision.MONTH:
        p = point_from_seconds(seconds)
        y, mo = (p.year, p.month - 1) if p.month > 1 else (p.year - 1, 12)
        return TimePoint(y, mo, precision=Precision.MONTH)
    if finest is Precision.DAY:
        return point_from_seconds(seconds - SECONDS_PER_DAY, Precision.DAY)
    p = point_from_seconds(seconds - 60)
    return TimePoint(
        p.year, p.month, p.day, p.hour, p.minute, 0, start.offset_minutes, Precision.MINUTE
    )


def _unit_precision(unit: str) -> Precision:
    if unit.startswith("y"):
        return Precision.YEAR
    if unit.startswith("mo"):
        return Precision.MONTH
    if unit.startswith(("w", "d")):
        return Precision.DAY
    return Precision.MINUTE


# --- lines ------------------------------------------------------------------------------------

_GROUP_START = re.compile(r"(?P<kind>group|section)(?:\s+(?P<name>.*))?$", re.I)
_GROUP_END = re.compile(r"end(?:group|section)\b", re.I)
_TAG = re.compile(r"(?:^|(?<=\s))#(?!\d+(?:\s|$))(?P<tag>[\w-]+)")
_TAG_COLOUR = re.compile(r"#(?P<tag>[\w-]+)\s*:\s*(?P<colour>\S.*?)\s*$")
_HEADER = re.compile(r"(?P<key>[A-Za-z][\w-]*)\s*:\s*(?P<value>.*)$")
_PROPERTY = re.compile(r"(?P<key>[A-Za-z][\w-]*):\s+(?P<value>\S.*)$")
_KNOWN_PROPERTIES = frozenset(
    (
        "location",
        "id",
        "participants",
        "assignees",
        "percent",
        "completed",
        "tags",
        "link",
        "links",
        "image",
        "color",
        "colour",
        "place",
        "where",
    )
)
_URL = re.compile(r"(?<![(\w])(?:https?://|www\.)\S+")
_MD_LINK = re.compile(r"\[(?P<text>[^\]\n]+)\]\(\s*(?P<href>[^)\s]+)\s*\)")
_EVENT_ID = re.compile(r"(?:(?<=\W)|^)!(?P<id>\w+)")
_DATE_LIKE = re.compile(r"\d|\bnow\b", re.I)


_REPEAT = re.compile(r"(?P<when>.+?)\s+(?P<rule>every\s+.+)$", re.I)
_Found = tuple[TimePoint, TimePoint | None, str, str]


def _event_line(line: str, settings: _Settings) -> _Found | None:
    """(start, end, rest of the line, a note on repetition) for an event line; None for any
    other line. Raises DateError for a line written as an event whose date is wrong. A
    repeated event ('2023-01-03 every other week for 1 year') is read at its first date."""
    for m in re.finditer(r":(?=\s|$)", line):
        head = line[: m.start()].strip()
        if not head or len(head) > 80:
            break
        rest = line[m.end() :].strip()
        try:
            start, end = parse_range(head, settings)
        except _NotADate:
            repeat = _REPEAT.fullmatch(head)
            if repeat is None:
                continue
            try:
                start, end = parse_range(repeat["when"], settings)
            except _NotADate:
                continue
            return start, end, rest, f"Repeats {repeat['rule']} (only the first time is shown)."
        return start, end, rest, ""
    return None


def _looks_like_event(line: str) -> str | None:
    """The date part of a line written like an event line ('circa 1850: ...')."""
    m = re.match(r"\s*([^:]{1,40}?)\s*:(?:\s|$)", line)
    if m is None:
        return None
    head = m.group(1)
    return head if _DATE_LIKE.search(head) and not head.startswith("#") else None


@dataclass
class _Pending:
    line: int
    start: TimePoint
    end: TimePoint | None
    text: str
    groups: tuple[str, ...]
    group_tags: tuple[str, ...]
    repeats: str = ""
    description: list[str] = field(default_factory=list)
    properties: list[tuple[str, str]] = field(default_factory=list)


class _Reader:
    def __init__(self, text: str, file: str, progress: Progress | None) -> None:
        self.file = file
        self.lines = re.split(r"\r\n|\r|\n", text.lstrip("\ufeff"))
        self.progress = progress
        self.settings = _Settings()
        self.warnings: list[Problem] = []
        self.title = ""
        self.description: list[str] = []
        self.colours: dict[str, str] = {}
        self.ids = Ids()

    def warn(self, line: int, column: int, path: str, message: str) -> None:
        self.warnings.append(Problem(self.file, line, column, path, message))

    def read(self) -> Timeline:
        pending: list[_Pending] = []
        groups: list[tuple[str, tuple[str, ...]]] = []
        in_header = True
        front_matter = bool(self.lines) and self.lines[0].strip() == "---"
        total = len(self.lines)
        current: _Pending | None = None
        for number, raw in enumerate(self.lines, start=1):
            if self.progress is not None and number % _PROGRESS_EVERY == 0:
                self.progress(number, total)
            line = raw.strip()
            if front_matter:
                if line == "---" and number > 1:
                    front_matter = False
                elif number > 1:
                    self._header_line(number, raw)
                continue
            if line.startswith("//"):
                continue
            m = _GROUP_START.match(line)
            if m is not None and not line.lower().startswith(("groups", "sections")):
                name = m["name"] or ""
                tags = tuple(t.group("tag") for t in _TAG.finditer(name))
                label = " ".join(_TAG.sub("", name).split()) or m["kind"].title()
                groups.append((label, tags))
                current, in_header = None, False
                continue
            if _GROUP_END.match(line):
                if groups:
                    groups.pop()
                current = None
                continue
            try:
                found = _event_line(raw, self.settings)
            except DateError as err:
                self.warn(
                    number,
                    len(raw) - len(raw.lstrip()) + 1,
                    "date",
                    tr("the event is skipped: {problem}").format(problem=err),
                )
                current, in_header = None, False
                continue
            if found is not None:
                start, end, rest, repeats = found
                if end is not None and end.start_seconds < start.start_seconds:
                    self.warn(
                        number,
                        1,
                        "date",
                        tr(
                            "the event is skipped: the range {start} – {end} ends before it starts"
                        ).format(start=format_point(start), end=format_point(end)),
                    )
                    current, in_header = None, False
                    continue
                current = _Pending(
                    number,
                    start,
                    end,
                    rest,
                    tuple(g for g, _ in groups),
                    tuple(t for _, ts in reversed(groups) for t in ts),
                    repeats,
                )
                pending.append(current)
                in_header = False
                continue
            date_part = _looks_like_event(raw)
            # Under an event, only a line that starts like a date ('1850s: ...') is taken
            # for a broken event line; 'In 1850: ...' is the event's text, as markwhen reads it.
            if date_part is not None and (
                current is None or (not raw[:1].isspace() and date_part[:1].isdigit())
            ):
                self.warn(
                    number,
                    raw.index(date_part[0]) + 1,
                    "date",
                    tr(
                        "the event is skipped: {text} is not a date markwhen reads "
                        "(write 2023-05-10, 1215, 3000 BC, Jan 2023 or 05/10/2023)"
                    ).format(text=repr(date_part)),
                )
                current = None
                continue
            if in_header:
                self._header_line(number, raw)
                continue
            m = _TAG_COLOUR.fullmatch(line)
            if m is not None and _colour(m["colour"]) is not None and current is None:
                self.colours[m["tag"]] = _colour(m["colour"]) or ""
                continue
            if current is not None:
                prop = _PROPERTY.fullmatch(line)
                if (
                    prop is not None
                    and not current.description
                    and (prop["key"].lower() in _KNOWN_PROPERTIES or raw[:1].isspace())
                ):
                    current.properties.append((prop["key"], prop["value"].strip()))
                else:
                    current.description.append(raw)
            elif line:
                self.warn(
                    number,
                    1,
                    "text",
                    tr(
                        "this line belongs to no event and is not part of the header; "
                        "it is left out"
                    ),
                )
        if self.progress is not None:
            self.progress(total, total)
        events, categories = self._events(pending)
        if not events:
            where = Problem(self.file, 1, 1, "", "")
            raise no_events(where, tr("lines such as '2023-05-10: What happened'"), self.warnings)
        timeline = Timeline(
            events,
            title=self.title or _file_title(self.file),
            description="\n".join(self.description).strip(),
            categories=categories,
            path=self.file,
        )
        timeline.warnings = tuple(self.warnings)
        return timeline

    def _header_line(self, number: int, raw: str) -> None:
        line = raw.strip()
        if not line or line == "---":
            return
        m = _TAG_COLOUR.fullmatch(line)
        if m is not None:
            colour = _colour(m["colour"])
            if colour is None:
                self.warn(
                    number,
                    raw.index("#") + 1,
                    "colour",
                    tr(
                        "{colour} is not a colour this app knows "
                        "(write #rrggbb, #rgb, rgb(r, g, b) or a colour name); the tag keeps "
                        "its lane without it"
                    ).format(colour=repr(m["colour"][:30])),
                )
            else:
                self.colours[m["tag"]] = colour
            return
        m = _HEADER.fullmatch(line)
        if m is None:
            self.description.append(line)
            return
        key, value = m["key"].lower(), m["value"].strip()
        if key == "title":
            self.title = to_plain(value)
        elif key == "description":
            self.description.insert(0, to_plain(value))
        elif key in ("timezone", "tz"):
            zone = _zone(value)
            if zone is not None:
                self.settings.zone = zone
            else:
                self.warn(
                    number,
                    1,
                    "timezone",
                    tr("time zone {zone} is not known; times are kept as written").format(
                        zone=repr(value[:40])
                    ),
                )
        elif key == "dateformat":
            self.settings.day_first = value.replace(" ", "").lower().startswith("d/m")
        elif key in ("view", "edit"):
            return  # who may see or edit it on markwhen's site
        else:
            self.description.append(f"{m['key']}: {value}")

    def _events(self, pending: list[_Pending]) -> tuple[list[Event], list[Category]]:
        events: list[Event] = []
        lanes: dict[str, Category] = {}
        for tag, colour in self.colours.items():
            lanes[tag.lower()] = Category(slug(tag, "tag"), tag, colour)
        for p in pending:
            text = p.text
            tags = [t.group("tag") for t in _TAG.finditer(text)]
            text = _TAG.sub("", text)
            media: list[Media] = []
            location = ""
            place = re.search(r"\[(?P<text>[^\]\n]+)\]\(location\)", text, re.I)
            if place is not None:
                location = place["text"].strip()
                text = text[: place.start()] + place["text"] + text[place.end() :]
            for link in _MD_LINK.finditer(text):
                media.append(Media(link["href"], caption=link["text"].strip(), kind="link"))
            text = _MD_LINK.sub(lambda m: m["text"], text)
            text = _take_urls(text, media)
            own = ""
            marker = _EVENT_ID.search(text)
            if marker is not None:
                own = marker["id"]
                text = text[: marker.start()] + text[marker.end() :]
            title = plain_title(text)
            notes: list[str] = [p.repeats] if p.repeats else []
            for key, value in p.properties:
                k = key.lower()
                if k in ("location", "place", "where") and not location:
                    location = value
                elif k == "id" and not own:
                    own = value
                elif k in ("link", "links", "image"):
                    for url in re.split(r"[\s,]+", value.strip("[]")):
                        if url.strip("'\""):
                            kind = "image" if k == "image" else "link"
                            media.append(Media(url.strip("'\""), kind=kind))
                elif k == "tags":
                    tags += [t.strip(" #'\"") for t in value.strip("[]").split(",") if t.strip()]
                else:
                    notes.append(f"{key}: {value}")
            # Tags on the lines under the event are the event's too.
            written = "\n".join(p.description).strip("\n")
            tags += [t.group("tag") for t in _TAG.finditer(written) if t.group("tag") not in tags]
            description = to_plain(_TAG.sub("", written).strip())
            if not title:
                title = description.split("\n", 1)[0][:80] or "Untitled"
            category = ""
            chosen = tags[0] if tags else (p.group_tags[0] if p.group_tags else "")
            if chosen:
                key = chosen.lower()
                if key not in lanes:
                    lanes[key] = Category(slug(chosen, "tag"), chosen, "")
                category = lanes[key].id
            elif p.groups:
                key = "\0" + " › ".join(p.groups)
                if key not in lanes:
                    lanes[key] = Category(slug(p.groups[-1], "group"), " › ".join(p.groups), "")
                category = lanes[key].id
            if len(tags) > 1:
                notes.insert(0, "Tags: " + " ".join(f"#{t}" for t in tags))
            if p.groups and chosen:
                notes.insert(0, "Section: " + " › ".join(p.groups))
            events.append(
                Event(
                    self.ids.take(own, title),
                    title,
                    p.start,
                    p.end,
                    p.start.precision,
                    category,
                    location=location,
                    summary=description,
                    notes="\n".join(notes),
                    media=tuple(media),
                )
            )
        return events, _unique_ids(list(lanes.values()))


def _take_urls(text: str, media: list[Media]) -> str:
    """Bare web addresses become links (added to ``media``) and leave the text; punctuation
    after one, and a closing parenthesis it did not open, stay in the text."""

    def take(m: re.Match[str]) -> str:
        found = m.group(0)
        url = found.rstrip(".,;:!?'\"")
        while url.endswith(")") and url.count(")") > url.count("("):
            url = url[:-1]
        media.append(Media(url, kind="link"))
        return found[len(url) :]

    return _URL.sub(take, text)


def _unique_ids(categories: list[Category]) -> list[Category]:
    ids = Ids()
    return [Category(ids.take(c.id, c.label, "tag"), c.label, c.color) for c in categories]


_NAMED = {
    "black": (0, 0, 0),
    "white": (255, 255, 255),
    "red": (255, 0, 0),
    "green": (0, 128, 0),
    "blue": (0, 0, 255),
    "yellow": (255, 255, 0),
    "orange": (255, 165, 0),
    "purple": (128, 0, 128),
    "pink": (255, 192, 203),
    "brown": (165, 42, 42),
    "gray": (128, 128, 128),
    "grey": (128, 128, 128),
    "cyan": (0, 255, 255),
    "magenta": (255, 0, 255),
    "teal": (0, 128, 128),
    "navy": (0, 0, 128),
    "maroon": (128, 0, 0),
    "olive": (128, 128, 0),
    "lime": (0, 255, 0),
    "indigo": (75, 0, 130),
    "violet": (238, 130, 238),
    "gold": (255, 215, 0),
}


def _colour(text: str) -> str | None:
    s = text.strip().lower()
    m = re.fullmatch(r"#([0-9a-f]{3}|[0-9a-f]{6})", s)
    if m is not None:
        h = m.group(1)
        return "#" + (h if len(h) == 6 else "".join(c * 2 for c in h))
    m = re.fullmatch(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,[^)]*)?\)", s)
    if m is not None:
        r, g, b = (int(x) for x in m.groups())
        return hex_colour(r, g, b) if max(r, g, b) <= 255 else None
    if s in _NAMED:
        return hex_colour(*_NAMED[s])
    return None


def _zone(text: str) -> tzinfo | None:
    """'Europe/Berlin', 'UTC', '+05:30' or '-0400'; None for a zone that is not known."""
    m = re.fullmatch(r"(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?", text.strip(), re.I)
    if m is not None:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        if minutes > 14 * 60:
            return None
        return timezone(timedelta(minutes=-minutes if m.group(1) == "-" else minutes))
    if text.strip().upper() in ("UTC", "GMT", "Z"):
        return timezone.utc
    try:
        return ZoneInfo(text.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _file_title(file: str) -> str:
    return os.path.splitext(os.path.basename(file))[0]


def load(path: str | os.PathLike[str], progress: Progress | None = None) -> Timeline:
    file = os.fspath(path)
    return _Reader(read_text(file), file, progress).read()


def loads(text: str, file: str = "<text>", now: datetime | None = None) -> Timeline:
    """Read markwhen text (``now`` stands for the load time in tests)."""
    reader = _Reader(text, file, None)
    if now is not None:
        reader.settings.now = now
    return reader.read()


FORMAT = Format("markwhen", NAME, EXTENSIONS, sniff, load)
register(FORMAT)
