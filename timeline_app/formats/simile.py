"""SIMILE Timeline event files, XML (``<data><event start="..." .../></data>``) and JSON
(``{"dateTimeFormat": ..., "events": [{"start": ...}]}``).

Dates are read as SIMILE reads them: text of fewer than eight characters is a year ("1840",
"200 BC", "1 AD"); other text is a date as a browser reads it ("Nov 14 1840 00:00:00 GMT",
"Sat May 20 1961 00:00:00 GMT-0600", "1961-05-20"), or ISO 8601 where the file says
``dateTimeFormat: iso8601``. A time of day at midnight is a day; other times keep their minutes
and their UTC offset (a time without a zone is kept as written).

An event with an end is a range. SIMILE draws an "instant" event that has an end as a date
known only to lie in that period, and ``latestStart`` / ``earliestEnd`` as the uncertain parts
of a duration: both are said in the event's date note. The element's text (or the JSON
``description``) is HTML: it becomes plain text. ``image`` is an image, ``link`` a link; the
rest (icon, colours, class names, tracks, hover texts) is kept in the notes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any
from xml.etree.ElementTree import Element

from timeline_app.formats.dates import DateError
from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.importkit import (
    Ids,
    head_as_utf8,
    no_events,
    plain_title,
    point,
    read_bytes,
    read_text,
)
from timeline_app.formats.jsonscan import line_col, locate
from timeline_app.formats.registry import Format, register
from timeline_app.formats.richtext import to_plain
from timeline_app.formats.timeline_json import Progress, parse_json
from timeline_app.formats.xmlread import PROLOG, parse_xml, xml_text
from timeline_app.i18n import context
from timeline_app.model.timeline import Event, Media, Timeline
from timeline_app.model.timepoint import MONTH_ABBR, Precision, TimePoint, format_point

tr = context("Simile")

XML_NAME = "SIMILE Timeline XML file"
JSON_NAME = "SIMILE Timeline JSON file"
_PROGRESS_EVERY = 1000

# --- recognising the files ---------------------------------------------------------------------

_XML_SNIFF = re.compile(PROLOG + rb"<data(?:\s[^>]*)?>", re.DOTALL | re.IGNORECASE)
_EVENT_WITH_START = re.compile(rb"<event\s[^>]*?\bstart\s*=", re.IGNORECASE)


def sniff_xml(head: bytes, name: str) -> bool:
    text = head_as_utf8(head)
    m = _XML_SNIFF.match(text)
    return m is not None and _EVENT_WITH_START.search(text, m.end()) is not None


def sniff_json(head: bytes, name: str) -> bool:
    text = head_as_utf8(head)
    if not text.startswith(b"{") or b'"events"' not in text:
        return False
    if re.search(rb'"(?:format|\$schema|start_date)"\s*:', text):
        return False  # the app's own files (even with a wrong format name), TimelineJS
    has_start = re.search(rb'"(?:start|s)"\s*:', text) is not None
    keys = (b'"dateTimeFormat"', b'"durationEvent"', b'"isDuration"', b'"title"')
    return has_start and any(k in text for k in keys)


# --- dates --------------------------------------------------------------------------------------

_ISO = re.compile(
    r"(?P<sign>-?)(?P<y>\d{4})(?:-?(?P<mo>\d{2})(?:-?(?P<d>\d{2}))?)?"
    r"(?:[T ](?P<h>\d{2}):?(?P<mi>\d{2})(?::?(?P<s>\d{2})(?:\.\d+)?)?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?"
)
_MONTH = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_CLOCK = (
    r"(?:[\sT,]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?\s*(?P<ampm>[ap]\.?m\.?)?)?"
    r"(?:\s*(?:GMT|UTC|UT|Z)?\s*(?P<zone>[+-]\d{2}:?\d{2})?)?(?:\s*\([^)]*\))?"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_BROWSER = [
    re.compile(
        _WEEKDAY + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>-?\d{1,6})" + _CLOCK,
        re.IGNORECASE,
    ),
    re.compile(
        _WEEKDAY + r"(?P<d>\d{1,2})\s+" + _MONTH + r",?\s+(?P<y>-?\d{1,6})" + _CLOCK, re.IGNORECASE
    ),
    re.compile(_WEEKDAY + _MONTH + r",?\s+(?P<y>\d{4})", re.IGNORECASE),
    re.compile(r"(?P<y>\d{4})/(?P<mo>\d{1,2})/(?P<d>\d{1,2})" + _CLOCK, re.IGNORECASE),
    re.compile(r"(?P<mo>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})" + _CLOCK, re.IGNORECASE),
]


def parse_simile_date(text: str, iso_only: bool = False) -> TimePoint:
    """A date as SIMILE Timeline reads it (see the module's doc); raises DateError."""
    s = text.strip()
    if not s:
        raise DateError(tr("the date is empty"))
    m = _ISO.fullmatch(s)
    if m is None and len(s) < 8 and not iso_only:
        return _short_year(s)
    if m is not None:
        year = int(m["y"]) * (-1 if m["sign"] else 1)
        if m["mo"] is None:
            return point(year, precision=Precision.YEAR, text=s)
        if m["d"] is None:
            return point(year, int(m["mo"]), precision=Precision.MONTH, text=s)
        return _dated(year, int(m["mo"]), int(m["d"]), m["h"], m["mi"], m["s"], None, m["zone"], s)
    if iso_only:
        raise DateError(
            tr("{text} is not an ISO 8601 date, which this file says it uses").format(
                text=repr(s[:40])
            )
        )
    for pattern in _BROWSER:
        m = pattern.fullmatch(s)
        if m is None:
            continue
        groups = m.groupdict()
        if groups.get("month"):
            month = MONTH_ABBR.index(groups["month"][:3].title()) + 1
        else:
            month = int(groups["mo"])
        if groups.get("d") is None:
            return point(int(m["y"]), month, precision=Precision.MONTH, text=s)
        return _dated(
            int(m["y"]),
            month,
            int(m["d"]),
            groups.get("h"),
            groups.get("mi"),
            groups.get("s"),
            groups.get("ampm"),
            groups.get("zone"),
            s,
        )
    raise DateError(
        tr(
            "{text} is not a date SIMILE Timeline reads; write a year (1840, 200 BC) or a "
            "date such as 'Nov 14 1840 00:00:00 GMT' or 1840-11-14"
        ).format(text=repr(s[:40]))
    )


def _short_year(s: str) -> TimePoint:
    """'1840', '200 BC', '1 AD': SIMILE reads text of under eight characters as a year."""
    m = re.fullmatch(r"(-?\d{1,6})(?:\s+(BCE?|B\.C\.|AD|CE|A\.D\.))?", s, re.IGNORECASE)
    if m is None:
        raise DateError(
            tr("{text} is not a year (SIMILE reads a date this short as a year)").format(
                text=repr(s)
            )
        )
    year = int(m.group(1))
    era = (m.group(2) or "").upper().replace(".", "")
    if era in ("BC", "BCE"):
        if year <= 0:
            raise DateError(
                tr("{text}: a year before the common era counts from 1").format(text=repr(s))
            )
        year = 1 - year
    return point(year, precision=Precision.YEAR, text=s)


def _dated(
    year: int,
    month: int,
    day: int,
    hour: str | None,
    minute: str | None,
    second: str | None,
    ampm: str | None,
    zone: str | None,
    text: str,
) -> TimePoint:
    h, mi, sec = int(hour or 0), int(minute or 0), int(second or 0)
    if ampm:
        if not 1 <= h <= 12:
            raise DateError(
                tr("{text}: {hour} is not an hour of a 12-hour clock").format(
                    text=repr(text), hour=h
                )
            )
        h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
    if (h, mi, sec) == (0, 0, 0):
        return point(year, month, day, precision=Precision.DAY, text=text)
    offset = 0
    if zone and zone != "Z":
        digits = zone[1:].replace(":", "")
        oh, om = int(digits[:2]), int(digits[2:] or 0)
        if om > 59 or oh * 60 + om > 14 * 60:
            raise DateError(
                tr("{text}: UTC offset {offset} is out of range (-14:00 to +14:00)").format(
                    text=repr(text), offset=zone
                )
            )
        offset = (oh * 60 + om) * (-1 if zone[0] == "-" else 1)
    return point(year, month, day, h, mi, sec, offset, precision=Precision.MINUTE, text=text)


# --- events -------------------------------------------------------------------------------------

# JSON's short names for the same attributes.
_SYNONYMS = {
    "eid": "eventID",
    "s": "start",
    "e": "end",
    "ls": "latestStart",
    "ee": "earliestEnd",
    "d": "description",
    "de": "durationEvent",
    "t": "title",
    "c": "classname",
}
_NOTED = (
    ("icon", "Icon"),
    ("color", "Colour"),
    ("textColor", "Text colour"),
    ("classname", "Class"),
    ("trackNum", "Track"),
    ("caption", "Caption"),
    ("hoverText", "Hover text"),
    ("tapeImage", "Tape image"),
    ("tapeRepeat", "Tape repeat"),
)


class _Skip(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field, self.message = field, message


def _event(
    attrs: Mapping[str, str], description: str, instant: bool, iso: bool, ids: Ids, number: int
) -> Event:
    """One event from its attributes (XML attributes or JSON members, as text)."""
    title = plain_title(attrs.get("title", ""))
    # HTML: runs of blanks and line breaks are one space; <p> and <br> make the lines.
    text = to_plain(" ".join(description.split()))
    if not title:
        title = text.split("\n", 1)[0][:80].strip()
    if not title:
        raise _Skip(
            "title",
            tr("event {number} has neither a title nor a description; skipped").format(
                number=number
            ),
        )
    shown = repr(title[:60])

    def date(field: str) -> TimePoint | None:
        value = attrs.get(field, "")
        if not value.strip():
            return None
        try:
            return parse_simile_date(value, iso)
        except DateError as err:
            raise _Skip(
                field, tr("{title} is skipped: {problem}").format(title=shown, problem=err)
            ) from None

    start = date("start")
    if start is None:
        raise _Skip("start", tr("{title} has no start date; skipped").format(title=shown))
    end = date("end")
    latest_start, earliest_end = date("latestStart"), date("earliestEnd")
    if end is not None and end.start_seconds < start.start_seconds:
        raise _Skip("end", tr("{title} is skipped: it ends before it starts").format(title=shown))
    if end is not None and end == start:
        end = None
    notes = []
    if latest_start is not None:
        notes.append(f"The start is uncertain: between {_shown(start)} and {_shown(latest_start)}.")
    if earliest_end is not None and end is not None:
        notes.append(f"The end is uncertain: between {_shown(earliest_end)} and {_shown(end)}.")
    elif earliest_end is not None:
        notes.append(f"The end is uncertain: not before {_shown(earliest_end)}.")
    if instant and end is not None:
        notes.insert(
            0,
            f"The exact date is not known: some time between {_shown(start)} and {_shown(end)}.",
        )
    media = []
    if attrs.get("image", "").strip():
        media.append(Media(attrs["image"].strip(), kind="image"))
    if attrs.get("link", "").strip():
        media.append(Media(attrs["link"].strip(), kind="link"))
    extra = [
        f"{label}: {attrs[key].strip()}" for key, label in _NOTED if attrs.get(key, "").strip()
    ]
    own = attrs.get("id", "") or attrs.get("eventID", "")
    return Event(
        ids.take(own.strip(), title),
        title,
        start,
        end,
        start.precision,
        summary=text,
        date_note=" ".join(notes),
        notes="\n".join(extra),
        media=tuple(media),
    )


def _shown(p: TimePoint) -> str:
    """A date in the notes an import keeps: English, as the notes' sentences are."""
    return format_point(p, english=True)


def _title(file: str) -> str:
    base = os.path.basename(file)
    stem, _ = os.path.splitext(base)
    return stem or base


def _finish(events: list[Event], warnings: list[Problem], file: str, where: Problem) -> Timeline:
    if not events:
        raise no_events(where, tr("events with a start date and a title"), warnings)
    timeline = Timeline(events, title=_title(file), path=file)
    timeline.warnings = tuple(warnings)
    return timeline


# --- XML ----------------------------------------------------------------------------------------


def load_xml(path: str | os.PathLike[str], progress: Progress | None = None) -> Timeline:
    file = os.fspath(path)
    doc = parse_xml(xml_text(read_bytes(file), file), file)
    root = doc.root
    if root.tag != "data":
        raise TimelineFileError(
            [
                doc.problem(
                    root,
                    "",
                    tr("the root element is {element}; SIMILE files have <data>").format(
                        element=f"<{root.tag[:40]}>"
                    ),
                )
            ]
        )
    iso = root.get("date-time-format", "").replace(" ", "").lower() == "iso8601"
    ids = Ids()
    events: list[Event] = []
    warnings: list[Problem] = []
    elements = [e for e in root if isinstance(e.tag, str)]
    total = len(elements)
    for n, element in enumerate(elements):
        if progress is not None and n % _PROGRESS_EVERY == 0:
            progress(n, total)
        path_n = f"events[{n}]"
        if element.tag != "event":
            warnings.append(
                doc.problem(
                    element,
                    path_n,
                    tr("{element} is not an event; skipped").format(
                        element=f"<{element.tag[:40]}>"
                    ),
                )
            )
            continue
        is_duration = element.get("isDuration")
        duration_event = element.get("durationEvent")
        instant = (
            (is_duration is None and duration_event is None)
            or is_duration == "false"
            or duration_event == "false"
        )
        try:
            events.append(_event(element.attrib, _description(element), instant, iso, ids, n + 1))
        except _Skip as err:
            warnings.append(doc.problem(element, f"{path_n}.{err.field}", err.message))
    if progress is not None:
        progress(total, total)
    return _finish(events, warnings, file, doc.problem(root, "events", ""))


def _description(element: Element) -> str:
    """The event's text: SIMILE takes the text inside the element (HTML written escaped)."""
    return "".join(element.itertext())


# --- JSON ---------------------------------------------------------------------------------------


def load_json(path: str | os.PathLike[str], progress: Progress | None = None) -> Timeline:
    file = os.fspath(path)
    text = read_text(file)
    data = parse_json(text, file)
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise TimelineFileError(
            [Problem(file, 1, 1, "", tr('a SIMILE JSON file is an object with a list "events"'))]
        )
    iso = str(data.get("dateTimeFormat", "")).replace(" ", "").lower() == "iso8601"
    ids = Ids()
    events: list[Event] = []
    pending: list[tuple[tuple[str | int, ...], str, str]] = []  # (path, shown path, message)
    items = data["events"]
    for n, item in enumerate(items):
        if progress is not None and n % _PROGRESS_EVERY == 0:
            progress(n, len(items))
        if not isinstance(item, dict):
            message = tr("event {number} is not an object").format(number=n + 1)
            pending.append((("events", n), f"events[{n}]", message))
            continue
        attrs: dict[str, Any] = {_SYNONYMS.get(str(k), str(k)): v for k, v in item.items()}
        instant = bool(attrs.get("isDuration")) or (
            "durationEvent" in attrs and not attrs["durationEvent"]
        )
        as_text = {k: _json_text(v) for k, v in attrs.items() if k not in ("durationEvent",)}
        try:
            events.append(_event(as_text, as_text.get("description", ""), instant, iso, ids, n + 1))
        except _Skip as err:
            key = next((k for k, v in _SYNONYMS.items() if v == err.field and k in item), err.field)
            pending.append((("events", n, key), f"events[{n}].{key}", err.message))
    if progress is not None:
        progress(len(items), len(items))
    offsets = locate(text, {p for p, _, _ in pending} | {("events",)})
    warnings = []
    for p, shown, message in pending:
        line, column = line_col(text, offsets.get(p, offsets.get(p[:2], 0)))
        warnings.append(Problem(file, line, column, shown, message))
    line, column = line_col(text, offsets.get(("events",), 0))
    return _finish(events, warnings, file, Problem(file, line, column, "events", ""))


def _json_text(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else str(value)
    if isinstance(value, str):
        return value
    return ""


XML_FORMAT = Format("simile-xml", XML_NAME, (".xml",), sniff_xml, load_xml)
JSON_FORMAT = Format("simile-json", JSON_NAME, (".json",), sniff_json, load_json)
register(XML_FORMAT)
register(JSON_FORMAT)
