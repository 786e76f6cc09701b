"""The Timeline Project's .timeline files (XML, written by its versions 0.10 to 2.x).

What maps where (see docs/importing.md):

- Categories become lanes with their r,g,b colour; a child category's label keeps its path
  ("Parent › Child").
- A container (its text written "[7]Name") becomes a lane of its own holding the container,
  drawn as a range, and its sub-events ("(7)Name"), so that they stay together as they do in
  The Timeline Project; the category a sub-event had is kept in its notes.
- Times are local times without a zone and are kept as written. An event whose start and end
  are both at 00:00:00 is read as whole days (The Timeline Project shows no time for it).
- A milestone, or an event that starts where it ends, is a point.
- Fuzzy dates say so in the event's date note; hyperlinks (several joined by ";") become
  links; an icon becomes an image; labels, progress, alerts and colours are kept in notes.

A numeric timeline (timetype numtime) and the text files of versions before 0.10 are refused
with a message that says which kind of file it is.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from timeline_app.formats.dates import DateError
from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.importkit import (
    Ids,
    head_as_utf8,
    hex_colour,
    no_events,
    point,
    read_bytes,
)
from timeline_app.formats.registry import Format, register
from timeline_app.formats.timeline_json import Progress
from timeline_app.formats.xmlread import (
    PROLOG,
    Children,
    XmlDocument,
    child_text,
    parse_xml,
    xml_text,
)
from timeline_app.i18n import context
from timeline_app.model.timeline import (
    NO_EXTRAS,
    Category,
    Era,
    EventColumns,
    Media,
    Timeline,
)
from timeline_app.model.timepoint import Precision, TimePoint

tr = context("TimelineProject")

NAME = "The Timeline Project file"
EXTENSIONS = (".timeline",)
OLD_TEXT_FORMAT = "# Written by Timeline "
FUZZY_NOTE = "The date is uncertain (fuzzy in the original file)."
_SNIFF = re.compile(
    PROLOG + rb"<timeline\s*>\s*(?:<!--.*?-->\s*)*"
    rb"<(?:version|timetype|eras|categories|events)>",
    re.DOTALL,
)
_TIME = re.compile(r"\s*(-?\d{1,12})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{1,2}):(\d{1,2})\s*")
_VERSION = re.compile(r"\s*(\d+)\.(\d+)\.(\d+)")
_COLOUR = re.compile(r"\s*(\d{1,3}),(\d{1,3}),(\d{1,3})\s*")
_CALENDARS = {
    "bosparaniantime": tr.mark("the Bosparanian calendar of The Dark Eye"),
    "coptictime": tr.mark("the Coptic calendar"),
    "pharaonictime": tr.mark("the Pharaonic calendar"),
}
_PROGRESS_EVERY = 1000


def sniff(head: bytes, name: str) -> bool:
    text = head_as_utf8(head)
    if text.startswith(OLD_TEXT_FORMAT.encode()):
        return True
    return _SNIFF.match(text[:4096]) is not None


def load(path: str | os.PathLike[str], progress: Progress | None = None) -> Timeline:
    file = os.fspath(path)
    text = xml_text(read_bytes(file), file)
    if text.lstrip("\ufeff").startswith(OLD_TEXT_FORMAT):
        written_by = text.lstrip("\ufeff").split("\n", 1)[0][2:].split(" on ")[0]
        written_by = written_by.removeprefix("Written by ").strip()
        raise TimelineFileError(
            [
                Problem(
                    file,
                    1,
                    1,
                    "",
                    tr(
                        "this is a text file of an early version of The Timeline Project "
                        "({written_by}), from before its XML format (0.10); open it in "
                        "The Timeline Project 0.21.1, which converts it, and open the saved file"
                    ).format(written_by=written_by[:60]),
                )
            ]
        )
    return _Reader(parse_xml(text, file), progress).read()


@dataclass
class _Row:
    """One event as read, before containers are resolved."""

    element: Element
    number: int  # from 1, in file order
    title: str
    start: TimePoint
    end: TimePoint | None
    precision: Precision
    category: str  # a category id, "" for none
    container: int | None = None  # "[7]Name": this event is container 7
    part_of: int | None = None  # "(7)Name": this event belongs to container 7
    colour: str = ""
    summary: str = ""
    date_note: str = ""
    notes: list[str] = field(default_factory=list)
    media: tuple[Media, ...] = ()


class _Reader:
    def __init__(self, doc: XmlDocument, progress: Progress | None) -> None:
        self.doc = doc
        self.file = doc.file
        self.progress = progress
        self.warnings: list[Problem] = []
        self.category_ids: dict[str, str] = {}  # name -> id
        self.category_names: dict[str, str] = {}  # id -> name
        self.categories: list[Category] = []
        self.ids = Ids()  # events
        self.lane_ids = Ids()  # categories and containers
        self.era_ids = Ids()

    def fail(self, element: Element, path: str, message: str) -> TimelineFileError:
        return TimelineFileError([self.doc.problem(element, path, message)])

    def warn(self, element: Element, path: str, message: str) -> None:
        self.warnings.append(self.doc.problem(element, path, message))

    def read(self) -> Timeline:
        root = self.doc.root
        if root.tag != "timeline":
            raise self.fail(
                root,
                "",
                tr("the root element is {element}; a .timeline file has <timeline>").format(
                    element=f"<{root.tag[:40]}>"
                ),
            )
        version = root.find("version")
        if version is None or _VERSION.match(version.text or "") is None:
            raise self.fail(
                root if version is None else version,
                "version",
                tr(
                    "the file has no version number such as <version>2.5.0</version>; "
                    "it is not a file of The Timeline Project"
                ),
            )
        self._check_time_type(root)
        self._read_categories(root)
        eras = self._read_eras(root)
        events_element = root.find("events")
        rows = self._read_rows(events_element) if events_element is not None else []
        events = self._resolve(rows)
        if not len(events):
            where = root if events_element is None else events_element
            raise no_events(
                self.doc.problem(where, "events", ""),
                tr("<event> elements with a <start>, an <end> and a <text>"),
                self.warnings,
            )
        title = os.path.basename(self.file)
        if title.lower().endswith(".timeline"):
            title = title[: -len(".timeline")]
        timeline = Timeline(
            events, title=title, categories=self.categories, eras=eras, path=self.file
        )
        timeline.warnings = tuple(self.warnings)
        return timeline

    def _check_time_type(self, root: Element) -> None:
        element = root.find("timetype")
        kind = (element.text or "").strip() if element is not None else "gregoriantime"
        if element is None or kind == "gregoriantime":
            return
        if kind == "numtime":
            message = tr(
                "this is a numeric timeline (timetype numtime): its times are plain numbers "
                "such as 5 or 24, not dates, so they cannot be placed on a calendar"
            )
        elif kind in _CALENDARS:
            message = tr(
                "this timeline uses {calendar} (timetype {kind}); only timelines of "
                "the Gregorian calendar (gregoriantime) can be opened"
            ).format(calendar=tr(_CALENDARS[kind]), kind=kind)
        else:
            message = tr("unknown timetype {kind}; expected gregoriantime").format(
                kind=repr(kind[:40])
            )
        raise self.fail(element, "timetype", message)

    # --- categories and eras ----------------------------------------------------------------

    def _read_categories(self, root: Element) -> None:
        parents: dict[str, str] = {}
        colours: dict[str, str] = {}
        order: list[tuple[Element, str]] = []
        for n, element in enumerate(root.iterfind("categories/category")):
            path = f"categories[{n}]"
            name = (child_text(element, "name") or "").strip()
            if not name:
                self.warn(element, f"{path}.name", tr("a category without a name is skipped"))
                continue
            if name in self.category_ids:
                continue  # The Timeline Project keeps the first of two with one name
            cid = self.lane_ids.take("", name, "category")
            self.category_ids[name] = cid
            self.category_names[cid] = name
            colour = child_text(element, "color")
            if colour is not None:
                try:
                    colours[name] = _colour(colour)
                except ValueError as err:
                    self.warn(
                        element,
                        f"{path}.color",
                        tr("category {name}: {problem}").format(name=repr(name), problem=err),
                    )
            parent = (child_text(element, "parent") or "").strip()
            if parent:
                parents[name] = parent
            order.append((element, name))
        for n, (element, name) in enumerate(order):
            chain = [name]
            above: str | None = parents.get(name)
            while above is not None and above not in chain:
                if above not in self.category_ids:
                    self.warn(
                        element,
                        f"categories[{n}].parent",
                        tr("category {name}: its parent {parent} is not in the file").format(
                            name=repr(name), parent=repr(above)
                        ),
                    )
                    break
                chain.append(above)
                above = parents.get(above)
            label = " › ".join(reversed(chain))
            self.categories.append(Category(self.category_ids[name], label, colours.get(name, "")))

    def _read_eras(self, root: Element) -> list[Era]:
        eras = []
        for n, element in enumerate(root.iterfind("eras/era")):
            path = f"eras[{n}]"
            name = (child_text(element, "name") or "").strip() or f"Era {n + 1}"
            try:
                start, end, precision = self._period(element, Children(element), path)
            except _RowError as err:
                self.warn(
                    err.element,
                    err.path,
                    tr("era {name} is skipped: {problem}").format(
                        name=repr(name), problem=err.message
                    ),
                )
                continue
            colour = ""
            written = child_text(element, "color")
            if written is not None:
                try:
                    colour = _colour(written)
                except ValueError as err:
                    self.warn(
                        element,
                        f"{path}.color",
                        tr("era {name}: {problem}").format(name=repr(name), problem=err),
                    )
            end_point = end if end is not None else start
            eras.append(
                Era(name, start, end_point, precision, colour, self.era_ids.take("", name, "era"))
            )
        return eras

    # --- events -----------------------------------------------------------------------------

    def _period(
        self, element: Element, kids: Children, path: str
    ) -> tuple[TimePoint, TimePoint | None, Precision]:
        """Start, end (None where it equals the start) and precision of an event or era."""
        start_el, end_el = kids.element("start"), kids.element("end")
        if start_el is None:
            raise _RowError(element, f"{path}.start", tr("it has no <start>"))
        start = _time(start_el.text or "", self.doc, start_el, f"{path}.start")
        end = start
        if end_el is not None:
            end = _time(end_el.text or "", self.doc, end_el, f"{path}.end")
        if end.start_seconds < start.start_seconds:
            raise _RowError(
                end_el if end_el is not None else element,
                f"{path}.end",
                tr("it ends ({end}) before it starts ({start})").format(
                    end=_shown(end), start=_shown(start)
                ),
            )
        whole_days = _midnight(start) and _midnight(end)
        if whole_days:
            start, end = _day(start), _day(end)
        precision = Precision.DAY if whole_days else Precision.MINUTE
        return start, (None if end == start else end), precision

    def _read_rows(self, events: Element) -> list[_Row]:
        elements = events.findall("event")
        total = len(elements)
        rows = []
        for n, element in enumerate(elements):
            if self.progress is not None and n % _PROGRESS_EVERY == 0:
                self.progress(n, total)
            try:
                rows.append(self._row(element, n))
            except _RowError as err:
                self.warn(err.element, err.path, err.message)
        if self.progress is not None:
            self.progress(total, total)
        return rows

    def _row(self, element: Element, n: int) -> _Row:
        path = f"events[{n}]"
        kids = Children(element)
        text = kids.text("text")
        title, container, part_of = _split_title(text or "")
        shown = repr(title[:60]) if title else tr("event {number}").format(number=n + 1)
        if not title.strip():
            raise _RowError(
                element,
                f"{path}.text",
                tr("event {number} has no text (title); skipped").format(number=n + 1),
            )
        try:
            start, end, precision = self._period(element, kids, path)
        except _RowError as err:
            raise _RowError(
                err.element,
                err.path,
                tr("{event} is skipped: {problem}").format(event=shown, problem=err.message),
            ) from None
        if kids.flag("milestone"):
            end = None
        notes: list[str] = []
        category = ""
        names = [kids.text("category") or ""]
        if kids.element("categories") is not None:  # (most events have one category)
            names += ["".join(c.itertext()) for c in element.iterfind("categories/category")]
        names = list(dict.fromkeys(x.strip() for x in names if x.strip()))
        known = [x for x in names if x in self.category_ids]
        for missing in (x for x in names if x not in self.category_ids):
            self.warn(
                element,
                f"{path}.category",
                tr(
                    "{event}: category {category} is not among the file's categories; "
                    "it is kept in the event's notes"
                ).format(event=shown, category=repr(missing)),
            )
            notes.append(f"Category: {missing}")
        if known:
            category = self.category_ids[known[0]]
        if len(known) > 1:
            notes.append(f"Also in categories: {', '.join(known[1:])}")
        row = _Row(element, n + 1, title.strip(), start, end, precision, category)
        row.container, row.part_of = container, part_of
        row.summary = (kids.text("description") or "").strip()
        row.date_note = _fuzziness(kids)
        media: list[Media] = []
        for link in (kids.text("hyperlink") or "").split(";"):
            if link.strip():
                media.append(Media(link.strip(), kind="link"))
        icon = "".join((kids.text("icon") or "").split())
        if icon:
            media.append(Media(f"data:image/png;base64,{icon}", caption="Icon", kind="image"))
        row.media = tuple(media)
        labels = (kids.text("labels") or "").strip()
        if labels:
            notes.append(f"Labels: {labels}")
        progress = (kids.text("progress") or "").strip()
        if progress and progress != "0":
            notes.append(f"Progress: {progress}%")
        alert = (kids.text("alert") or "").strip()
        if alert:
            when, _, what = alert.partition(";")
            notes.append(f"Alert at {when.strip()}: {what.strip()}")
        if kids.flag("ends_today"):
            notes.append("Ends today (in The Timeline Project it grows with the current date).")
        colour = kids.text("default_color")
        if colour is not None:
            try:
                row.colour = _colour(colour)
            except ValueError as err:
                self.warn(element, f"{path}.default_color", f"{shown}: {err}")
        if row.colour and not category and container is None:
            notes.append(f"Colour: {row.colour}")
        row.notes = notes
        return row

    def _resolve(self, rows: list[_Row]) -> EventColumns:
        """Containers become lanes holding themselves and their sub-events. The events go
        straight into the timeline's columns (no Event object is made of each)."""
        lanes: dict[int, str] = {}
        names: dict[int, str] = {}
        for row in rows:
            if row.container is not None and row.container not in lanes:
                lane_id = self.lane_ids.take("", f"container-{row.title}", "container")
                lanes[row.container] = lane_id
                names[row.container] = row.title
                colour = self._colour_of(row.category) or row.colour
                self.categories.append(Category(lane_id, row.title, colour))
        events = EventColumns()
        for row in rows:
            group = row.container if row.container is not None else row.part_of
            category = row.category
            if group is not None and group in lanes:
                if row.category:
                    row.notes.insert(0, f"Category: {self.category_names[row.category]}")
                if row.part_of is not None:
                    row.notes.insert(0, f"Part of: {names[group]}")
                category = lanes[group]
            elif row.part_of is not None:
                self.warn(
                    row.element,
                    f"events[{row.number - 1}].text",
                    tr(
                        "{event} belongs to container {container}, which is not in the file; "
                        "it is shown on its own"
                    ).format(event=repr(row.title[:60]), container=row.part_of),
                )
            notes = "\n".join(row.notes)
            events.append(
                self.ids.take("", row.title),
                row.title,
                row.start,
                row.end,
                row.precision,
                category,
                ("", (), row.summary, "", row.date_note, notes, (), "", row.media)
                if row.summary or row.date_note or notes or row.media
                else NO_EXTRAS,
            )
        return events

    def _colour_of(self, category_id: str) -> str:
        for c in self.categories:
            if c.id == category_id:
                return c.color
        return ""


class _RowError(Exception):
    def __init__(self, element: Element, path: str, message: str) -> None:
        super().__init__(message)
        self.element, self.path, self.message = element, path, message


def _split_title(text: str) -> tuple[str, int | None, int | None]:
    """'[7]Name' is container 7, '(7)Name' belongs to container 7; a title that really
    starts with a bracket is written with a space before it, which is dropped."""
    if text[:2] in (" (", " ["):
        return text[1:], None, None
    m = re.match(r"\[(-?\d{1,9})\]", text)
    if m is not None:
        return text[m.end() :], int(m.group(1)), None
    m = re.match(r"\((-?\d{1,9})\)", text)
    if m is not None:
        return text[m.end() :], None, int(m.group(1))
    return text, None, None


def _time(text: str, doc: XmlDocument, element: Element, path: str) -> TimePoint:
    m = _TIME.fullmatch(text)
    if m is None:
        raise _RowError(
            element,
            path,
            tr(
                "{value} is not a time as The Timeline Project writes it (YYYY-MM-DD hh:mm:ss)"
            ).format(value=repr(text.strip()[:40])),
        )
    y, mo, d, h, mi, s = map(int, m.groups())
    try:
        return point(y, mo, d, h, mi, s, precision=Precision.MINUTE, text=text.strip())
    except DateError as err:
        raise _RowError(element, path, str(err)) from None


def _midnight(p: TimePoint) -> bool:
    return p.hour == 0 and p.minute == 0 and p.second == 0


def _day(p: TimePoint) -> TimePoint:
    return TimePoint(p.year, p.month, p.day, precision=Precision.DAY)


def _shown(p: TimePoint) -> str:
    return f"{p.year}-{p.month:02d}-{p.day:02d} {p.hour:02d}:{p.minute:02d}:{p.second:02d}"


def _colour(text: str) -> str:
    """'#rrggbb' for a colour written r,g,b; raises ValueError saying what is wrong. (Most
    events of a file share a few colours: each is read once.)"""
    found = _COLOURS.get(text)
    if found is None:
        found = _read_colour(text)
        if len(_COLOURS) >= _COLOURS_KEPT:
            _COLOURS.clear()
        _COLOURS[text] = found
    return found


_COLOURS: dict[str, str] = {}
_COLOURS_KEPT = 256


def _read_colour(text: str) -> str:
    m = _COLOUR.fullmatch(text)
    if m is None:
        raise ValueError(
            tr("colour {value} is not written r,g,b; it is left out").format(
                value=repr(text.strip()[:40])
            )
        )
    r, g, b = (int(x) for x in m.groups())
    if max(r, g, b) > 255:
        raise ValueError(
            tr("colour {value} has a part over 255; it is left out").format(
                value=repr(text.strip())
            )
        )
    return hex_colour(r, g, b)


def _fuzziness(kids: Children) -> str:
    if kids.flag("fuzzy"):
        return FUZZY_NOTE
    start, end = kids.flag("fuzzy_start"), kids.flag("fuzzy_end")
    if start and end:
        return FUZZY_NOTE
    if start:
        return "The start date is uncertain (fuzzy in the original file)."
    if end:
        return "The end date is uncertain (fuzzy in the original file)."
    return ""


FORMAT = Format("thetimelineproject", NAME, EXTENSIONS, sniff, load)
register(FORMAT)
