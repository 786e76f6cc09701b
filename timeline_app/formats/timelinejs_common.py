"""What TimelineJS's spreadsheet and its JSON share: its dates, its slides and its ids.

TimelineJS (Knight Lab) keeps a date as parts (year, month, day, time), each written as text
or a number. Its rules, followed here (TimelineJS3 src/js/core/ConfigFactory.js,
src/js/date/TLDate.js, DateUtil.js):

- a year is a whole number, perhaps negative; spaces and commas in it are ignored ("1,815");
- a negative year is shown as BCE: "-500" is "500 BCE". That is astronomical year -499, so a
  written year y < 0 is read as y + 1 here, and the date reads as TimelineJS shows it. Year 0,
  which TimelineJS shows as "0", falls on 1 BCE, where TimelineJS draws it;
- the finest part given sets the precision: a year alone is a year, not 1 January;
- times of day as "3:30 pm", "15:30", "1530" or "15.30" (DateUtil.parseTime);
- an end date the same as the start is dropped; an end of a bare year is that year;
- a slide's id is its unique_id, else made from its headline.

A slide is first read into a ``Slide`` (plain values and the problems found), then turned
into an event, an era or the title by ``SlideBuilder``, so that both readers share one
mapping onto the model.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from timeline_app.formats.errors import Problem
from timeline_app.formats.plaintext import plain, visible
from timeline_app.i18n import context, number
from timeline_app.model import timepoint
from timeline_app.model.text import is_blank
from timeline_app.model.timeline import (
    NO_EXTRAS,
    Category,
    Era,
    EventColumns,
    Media,
    Quote,
    Source,
    Timeline,
)
from timeline_app.model.timepoint import (
    DAY,
    MONTH,
    YEAR,
    Precision,
    TimePoint,
    days_in_month,
    format_point,
    year_label,
)

tr = context("TimelineJs")

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_INTEGER = re.compile(r"-?\d+")
_SPACES_COMMAS = re.compile(r"[\s,]+")
_PERIOD = re.compile(r"(\s*[AaPp]\.?[Mm]\.?\s*)$")
_NO_SEPARATORS = re.compile(r"\s*(\d{1,2})(\d{2})\s*")
_WEB_OR_PATH = re.compile(r"^(https?:)?//?", re.IGNORECASE)
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+):")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# A year, month and day as most files write them (see _plain_date).
_PLAIN_YEAR = re.compile(r"-?[0-9]{1,9}")
_MONTHS = {f"{m}": m for m in range(1, 13)} | {f"{m:02d}": m for m in range(1, 10)}
_DAYS = {f"{d}": d for d in range(1, 32)} | {f"{d:02d}": d for d in range(1, 10)}
TITLE_CHARS = 200  # a title made from an event's text stops at about this many characters


class PartError(ValueError):
    """One part of a slide that cannot be read; ``part`` names it ('year', 'end_time'...)."""

    def __init__(self, part: str, message: str) -> None:
        super().__init__(message)
        self.part = part
        self.message = message


@dataclass
class DateText:
    """A TimelineJS date as written: each part as text ('' where not given)."""

    year: str = ""
    month: str = ""
    day: str = ""
    hour: str = ""
    minute: str = ""
    second: str = ""
    millisecond: str = ""
    time: str = ""  # a sheet's Time cell, read by parse_time
    display_date: str = ""

    def is_empty(self) -> bool:
        return not any(
            (self.year, self.month, self.day, self.hour, self.minute, self.second, self.time)
        )


def clean_integer(text: str) -> str:
    """A number cell as TimelineJS reads it: spaces and commas taken out ('1,815' -> '1815')."""
    return _SPACES_COMMAS.sub("", text)


def astronomical_year(written: int) -> int:
    """The astronomical year of a TimelineJS year: -500 is shown as 500 BCE, which is -499."""
    return written + 1 if written < 0 else written


MAX_DIGITS = 24  # more is no date (and int() of thousands of digits is refused or slow)


def _whole(text: str, part: str, what: str) -> int:
    """``text`` as a whole number; else PartError saying it is not ``what`` (a marked
    phrase: 'an hour (0 to 23)')."""
    if not _INTEGER.fullmatch(text) or len(text) > MAX_DIGITS:
        raise PartError(part, _is_not(text[:40], what))
    return int(text)


def _whole_cleaned(text: str, part: str, what: str) -> int:
    """A whole number as TimelineJS reads a sheet's number cell; the message quotes the
    cell as written."""
    if text.isdigit() and text.isascii() and len(text) <= MAX_DIGITS:
        return int(text)
    cleaned = clean_integer(text)
    if not _INTEGER.fullmatch(cleaned) or len(cleaned) > MAX_DIGITS:
        raise PartError(part, _is_not(text.strip()[:40], what))
    return int(cleaned)


def _is_not(written: str, what: str) -> str:
    return tr("{value} is not {what}").format(value=repr(written), what=tr(what))


def parse_time(text: str, part: str = "time") -> tuple[int, int, int, str]:
    """(hour, minute, second, fraction of a second as written) of a time of day as
    TimelineJS reads it: '3:30 pm', '15:30', '1530', '15.30', '9 am', '15:30:12.5'."""
    s = text.strip()
    hint = tr("{value} is not a time of day (write 3:30 pm, 15:30, 1530 or 15.30)").format(
        value=repr(text)
    )
    period = ""
    found = _PERIOD.search(s)
    if found:
        period = found.group(0).strip()
        s = s[: s.rfind(period)].strip()
    plain = _NO_SEPARATORS.fullmatch(s)
    if plain:
        parts = [plain.group(1), plain.group(2)]
    else:
        parts = s.split(":")
        if len(parts) == 1:
            parts = s.split(".")
    if len(parts) > 3:
        raise PartError(part, hint)
    parts = [p.strip() for p in parts]
    if not all(p.isdigit() and p.isascii() for p in parts[:2]):
        raise PartError(part, hint)
    hour = int(parts[0])
    p = period[:1].lower()
    if p == "p" and hour != 12:
        hour += 12
    elif p == "a" and hour == 12:
        hour = 0
    if not 0 <= hour <= 23 or (period and not 1 <= int(parts[0]) <= 12):
        raise PartError(part, hint)
    minute = int(parts[1]) if len(parts) > 1 else 0
    second, fraction = 0, ""
    if len(parts) > 2:
        sec, _, fraction = parts[2].replace(",", ".").partition(".")
        if not (sec.isdigit() and sec.isascii()) or (fraction and not fraction.isdigit()):
            raise PartError(part, hint)
        second = int(sec)
    if minute > 59 or second > 59:
        raise PartError(part, hint)
    return hour, minute, second, fraction


def read_point(d: DateText, prefix: str = "", *, years_only: bool = False) -> TimePoint:
    """The time point of a TimelineJS date; raises PartError naming the part at fault
    (``prefix`` is '' for a start, 'end_' for an end). ``years_only`` reads the year alone,
    as TimelineJS's cosmological scale does."""
    if (
        not (d.time or d.hour or d.minute or d.second or years_only)
        and _PLAIN_YEAR.fullmatch(d.year)
        and (found := _plain_date(d.year, d.month, d.day)) is not None
    ):
        return found
    return _read_point(d, prefix, years_only)


def _read_point(d: DateText, prefix: str, years_only: bool) -> TimePoint:
    """read_point with every check, for any date."""
    if not d.year:
        raise PartError(f"{prefix}year", tr("the year is empty"))
    written = _whole_cleaned(d.year, f"{prefix}year", tr.mark("a year"))
    year = astronomical_year(written)
    limit = timepoint.MAX_ABS_YEAR  # read at each call: the supported range may change
    if abs(year) > limit:
        raise PartError(
            f"{prefix}year",
            tr("the year {year} is beyond the supported range (±{limit} years)").format(
                year=year_label(year), limit=number(limit)
            ),
        )
    if years_only:
        return TimePoint(year, precision=Precision.YEAR)
    month = day = 1
    precision = Precision.YEAR
    if d.month:
        month = _whole_cleaned(d.month, f"{prefix}month", tr.mark("a month (1 to 12)"))
        if not 1 <= month <= 12:
            raise PartError(f"{prefix}month", _is_not(d.month, tr.mark("a month (1 to 12)")))
        precision = Precision.MONTH
    if d.day:
        day = _whole_cleaned(d.day, f"{prefix}day", tr.mark("a day of the month"))
        if not 1 <= day <= days_in_month(year, month):
            raise PartError(f"{prefix}day", _is_not(d.day, tr.mark("a day of that month")))
        precision = Precision.DAY
    hour = minute = second = 0
    if d.time:
        hour, minute, second, _ = parse_time(d.time, f"{prefix}time")
        precision = Precision.MINUTE
    elif d.hour or d.minute or d.second:
        hour_is = tr.mark("an hour (0 to 23)")
        minute_is = tr.mark("a minute (0 to 59)")
        second_is = tr.mark("a second (0 to 59)")
        hour = _whole(d.hour.strip() or "0", f"{prefix}hour", hour_is)
        minute = _whole(d.minute.strip() or "0", f"{prefix}minute", minute_is)
        second = _whole(d.second.strip() or "0", f"{prefix}second", second_is)
        if not 0 <= hour <= 23:
            raise PartError(f"{prefix}hour", _is_not(d.hour, hour_is))
        if not 0 <= minute <= 59:
            raise PartError(f"{prefix}minute", _is_not(d.minute, minute_is))
        if not 0 <= second <= 59:
            raise PartError(f"{prefix}second", _is_not(d.second, second_is))
        precision = Precision.MINUTE
    return TimePoint(year, month, day, hour, minute, second, 0, precision)


def _plain_date(year: str, month: str, day: str) -> TimePoint | None:
    """What read_point reads from a whole year (at most nine digits, perhaps negative), a
    month 1 to 12 and a day of that month, each as most files write them ('' where not
    given), read without its general checks; None for anything else, which they read (and
    give their messages for)."""
    written = int(year)
    y = written + 1 if written < 0 else written  # (astronomical_year)
    if abs(y) > timepoint.MAX_ABS_YEAR:
        return None
    m = d = 1
    precision = YEAR
    if month:
        m = _MONTHS.get(month, 0)
        if not m:
            return None
        precision = MONTH
    if day:
        d = _DAYS.get(day, 0)
        if not d or d > days_in_month(y, m):
            return None
        precision = DAY
    return TimePoint(y, m, d, 0, 0, 0, 0, precision)


_JS_INT = re.compile(r"\s*([+-]?\d+)")
_ISO_SHORT = re.compile(r"([+-]?\d+?)(?:-(\d{2}))?(?:-(\d{2}))?")
_ISO_CLOCK = re.compile(
    r"([+-]?\d{4,})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"(?:Z|[+-]\d{2}(?::?\d{2})?)?",
    re.IGNORECASE,
)
_SLASHES = re.compile(r"(\d+)/(\d+)(?:/(\d+))?(?:\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?")
_CLOCK_DIGITS = re.compile(r"(\d{4,})(\d{2})(\d{2})(\d{2})(\d{2})")


def js_int(text: str) -> str:
    """JavaScript's parseInt as text: the leading whole number, '' where there is none."""
    found = _JS_INT.match(text)
    if found is None:
        return ""
    digits = found.group(1)
    return digits if len(digits) > MAX_DIGITS else str(int(digits))


def parse_date_text(text: str, *, version2: bool = False, part: str = "year") -> DateText:
    """A date written in one piece, as the first TimelineJS sheets (Start Date, End Date)
    and TimelineJS 2 (startDate) take it: '1990,4,1' (year, month, day, hour, minute,
    second), '1943-06-05', '1943-06-05T14:30', '6/5/1943', '6/1943' or '1943'. TimelineJS 2
    reads any text of up to 8 characters as a year ('-500')."""
    s = text.strip()
    if not s:
        return DateText()
    if "," in s:
        # TimelineJS 2 takes each part with parseInt and leaves out those that give 0.
        p = [js_int(x) for x in s.split(",")] + [""] * 6
        p = ["" if x in ("", "0") else x for x in p]
        return DateText(p[0], p[1], p[2], p[3], p[4], p[5])
    short = _ISO_SHORT.fullmatch(s)
    if short:
        return DateText(short.group(1).lstrip("+"), short.group(2) or "", short.group(3) or "")
    clock = _ISO_CLOCK.fullmatch(s)
    if clock:
        y, mo, d, h, mi, sec = clock.groups()
        return DateText(y.lstrip("+"), mo, d, h, mi, sec or "")
    slashes = _SLASHES.fullmatch(s)
    if slashes:
        a, b, c, h, mi, sec = slashes.groups()
        if c is not None:  # month/day/year
            return DateText(c, a, b, h or "", mi or "", sec or "")
        if len(b) > 2:  # month/year
            return DateText(b, a)
    if version2 and len(s) <= 8 and js_int(s):
        return DateText(js_int(s))
    digits = _CLOCK_DIGITS.fullmatch(s) if version2 else None
    if digits:
        return DateText(*digits.groups())
    raise PartError(
        part,
        tr("{value} is not a date (write 1943-06-05, 6/5/1943 or 1943)").format(value=repr(text)),
    )


def slugify(text: str) -> str:
    """An id made from a title: ASCII letters and digits joined by '-' ('' if none)."""
    if not text.isascii():
        # Accents come off their letters ('é' -> 'e'); any other character outside ASCII
        # (a dash, a letter of another script) separates words like a space.
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = text.lower()
    if text.replace(" ", "").isalnum() and text.isascii():  # (words and spaces: most titles)
        return "-".join(text.split())[:100].strip("-")
    return _NOT_SLUG.sub("-", text).strip("-")[:100].strip("-")


def one_line(text: str) -> str:
    return " ".join(text.split())


def first_shown(*texts: str) -> str:
    """The first of ``texts`` that shows something ('' if none does): blank by the model's
    one definition (spaces, controls, invisible characters), as the app's reader refuses."""
    return next((t for t in texts if not is_blank(t)), "")


def end_of_span(start: TimePoint, end: TimePoint | None) -> TimePoint | None:
    """The end of a slide as the app keeps it: None where it is the same as the start
    (TimelineJS drops it too); raises PartError for an end before the start."""
    if end is None:
        return None
    prec = min(start.precision, end.precision)
    if end.with_precision(prec) == start.with_precision(prec) and (
        prec is not Precision.MINUTE or end.start_seconds == start.start_seconds
    ):
        return None
    if end.end_seconds(prec) <= start.start_seconds:
        raise PartError(
            "end_year",
            tr("the end ({end}) is before the start ({start}); it is left out").format(
                end=end.iso(), start=start.iso()
            ),
        )
    return end


@dataclass
class Slide:
    """One TimelineJS slide (a sheet row or a JSON event) as plain values."""

    # A Problem at one of its parts ('' for the whole slide, 'year', 'end_time', 'media'...).
    where: Callable[[str, str], Problem]
    headline: str = ""
    text: str = ""
    start: DateText = field(default_factory=DateText)
    end: DateText | None = None
    display_date: str = ""
    media_url: str = ""
    media_caption: str = ""
    media_credit: str = ""
    media_thumbnail: str = ""
    media_alt: str = ""
    group: str = ""
    background: str = ""  # as notes: 'Background: ...' lines
    unique_id: str = ""
    kind: str = ""  # 'title', 'era' or '' (an event)
    notes: list[str] = field(default_factory=list)
    # Each quote as (text, speaker, source as cited, locator).
    quotes: list[tuple[str, str, str, str]] = field(default_factory=list)
    error: PartError | None = None  # found while the slide was read: it is left out


def background_notes(url: str = "", color: str = "", opacity: str = "") -> list[str]:
    """A slide's background, which the app does not draw, kept as notes."""
    notes = []
    if color:
        notes.append(f"Background: {color}")
    if url:
        notes.append(f"Background image: {url}")
    if opacity:
        notes.append(f"Background opacity: {opacity}")
    return notes


def background_cell(value: str) -> list[str]:
    """A sheet's Background cell: an address (http, https, // or /) or a colour."""
    value = value.strip()
    if not value:
        return []
    if _WEB_OR_PATH.match(value):
        return background_notes(url=value)
    return background_notes(color=value)


class SlideBuilder:
    """Turns slides into the events, eras, categories and sources of one timeline."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.columns = EventColumns()
        self.eras: list[Era] = []
        self.categories: dict[str, Category] = {}
        self._category_by_label: dict[str, str] = {}
        self._category_by_group: dict[str, str] = {}
        self._category_ids: set[str] = set()
        self.sources: dict[tuple[str, str, int | None], Source] = {}
        self._source_ids: set[str] = set()
        self._cited: dict[str, Source] = {}  # each citation as written -> its source
        self.warnings: list[Problem] = []
        self.title = ""
        self.description = ""
        self._title_seen = False
        self._ids: set[str] = set()
        self._next_suffix: dict[str, int] = {}
        self.years_only = False

    # --- ids ----------------------------------------------------------------------------------

    def unique(self, wanted: str, fallback: str, used: set[str], kind: str = "event") -> str:
        """The file's id where it is one, else an id made from ``fallback`` (a title), else
        ``kind``; made unique among ``used`` with -2, -3."""
        base = wanted if not wanted or ID_PATTERN.fullmatch(wanted) else slugify(wanted)
        if not base:
            base = slugify(fallback) or kind
        base = base[:120]
        if base not in used:
            used.add(base)
            return base
        candidate, n = base, self._next_suffix.get(base, 2)
        while candidate in used:
            candidate = f"{base}-{n}"
            n += 1
        self._next_suffix[base] = n  # a title used 10,000 times costs no 10,000 tries each
        used.add(candidate)
        return candidate

    def category_for(self, group: str) -> str:
        """The category of a group as written (one per label, in the order first met)."""
        cid = self._category_by_group.get(group)
        if cid is None:
            label = one_line(plain(group))
            if is_blank(label):  # (only invisible characters: no category, as no group)
                label = ""
            cid = self._category_by_label.get(label, "") if label else ""
            if label and not cid:
                cid = self.unique("", label, self._category_ids, "group")
                self.categories[cid] = Category(cid, label)
                self._category_by_label[label] = cid
            self._category_by_group[group] = cid
        return cid

    def source_for(self, cited: str) -> Source:
        """A source named 'Title', 'Title, Year' or 'Title, Publisher, Year': one Source
        (with a stable id made from its title) for each distinct citation."""
        known = self._cited.get(cited)
        if known is not None:  # (most quotes cite a source cited before, written the same)
            return known
        pieces = [p.strip() for p in cited.split(",")]
        year: int | None = None
        if len(pieces) >= 2 and _INTEGER.fullmatch(pieces[-1]):
            year = int(pieces.pop())
        title, publisher = pieces[0], ", ".join(pieces[1:])
        if len(pieces) > 2 and year is None:
            title, publisher = cited.strip(), ""
        key = (title, publisher, year)
        source = self.sources.get(key)
        if source is None:
            sid = self.unique("", title, self._source_ids, "source")
            source = self.sources[key] = Source(sid, title, publisher, year)
        self._cited[cited] = source
        return source

    # --- slides -------------------------------------------------------------------------------

    def warn(self, problem: Problem) -> None:
        self.warnings.append(problem)

    def add(self, slide: Slide) -> None:
        """Add one slide as the title, an era or an event; a slide that cannot be read is
        left out with a warning naming it."""
        if slide.error is not None:
            self.warn(slide.where(slide.error.part, slide.error.message))
            return
        kind = slide.kind.strip().lower()
        if kind == "title":
            if not self._title_seen:
                self._title_seen = True
                self._set_title(slide)
                return
            self.warn(
                slide.where("type", "a second title row: read as an event, as TimelineJS does")
            )
        if kind == "era":
            self._add_era(slide)
            return
        self._add_event(slide)

    def _set_title(self, slide: Slide) -> None:
        self.title = one_line(plain(slide.headline))
        lines = [plain(slide.text)] if slide.text.strip() else []
        media = self._media(slide, [])
        if media is not None:
            described = ", ".join(p for p in (media.caption, media.credit) if p)
            lines.append(f"Title media: {media.url}" + (f" ({described})" if described else ""))
        if slide.display_date:
            lines.append(f"Date: {plain(slide.display_date)}")
        elif not slide.start.is_empty():
            try:
                # Kept in the event's notes, so in English, whatever the language shown.
                lines.append(f"Date: {format_point(read_point(slide.start), english=True)}")
            except PartError:
                lines.append(f"Date: {slide.start.year}")
        lines.extend(slide.background.splitlines())
        lines.extend(slide.notes)
        lines = [visible(line) for line in lines]
        if not self.title and lines:
            self.title = one_line(lines[0])[:TITLE_CHARS]
        self.description = "\n\n".join(line for line in lines if line)

    def _point(self, slide: Slide, d: DateText, prefix: str) -> TimePoint | None:
        try:
            return read_point(d, prefix, years_only=self.years_only)
        except PartError as err:
            self.warn(slide.where(err.part, err.message))
            return None

    def _dates(self, slide: Slide) -> tuple[TimePoint, TimePoint | None] | None:
        start = self._point(slide, slide.start, "")
        if start is None:
            return None
        end: TimePoint | None = None
        if slide.end is not None and not slide.end.is_empty():
            end = self._point(slide, slide.end, "end_")
            if end is None:
                return None
        try:
            return start, end_of_span(start, end)
        except PartError as err:
            self.warn(slide.where(err.part, err.message))
            return None

    def _media(self, slide: Slide, notes: list[str]) -> Media | None:
        if not slide.media_url:
            return None
        return self.media(
            slide.media_url,
            slide.media_caption,
            slide.media_credit,
            slide.media_alt,
            slide.media_thumbnail,
            notes,
        )

    def media(
        self, address: str, caption: str, credit: str, alt: str, thumbnail: str, notes: list[str]
    ) -> Media | None:
        """A slide's media from its parts as written; an address never opened is kept in
        ``notes`` instead."""
        url = visible(address.strip())
        if is_blank(url):
            return None  # an address that shows nothing (a C1 control, a zero-width space)
        caption = one_line(plain(caption)) if caption else ""
        credit = one_line(plain(credit)) if credit else ""
        alt = one_line(plain(alt)) if alt else ""
        thumbnail = visible(thumbnail.strip()) if thumbnail else ""
        if url.startswith("<"):
            # HTML written into the Media cell (a block quote, an embedded frame): kept as
            # written, with its text as the caption so that it can be read without it.
            text = plain(url)
            return Media(url, caption or text, credit, alt, thumbnail, "embed")
        scheme = _SCHEME.match(url)
        if scheme and scheme.group(1).lower() not in ("http", "https", "data"):
            notes.append(f"Media: {url}")  # mailto:, javascript:...: never opened
            return None
        if url.lower().startswith("data:") and not url.lower().startswith("data:image/"):
            notes.append("Media: a data: address that is not an image (not kept)")
            return None
        return Media(url, caption, credit, alt, thumbnail)

    def _add_era(self, slide: Slide) -> None:
        dated = self._dates(slide)
        if dated is None:
            return
        start, end = dated
        if end is None:
            self.warn(slide.where("end_year", tr("an era needs an end date; it is left out")))
            return
        title = first_shown(one_line(plain(slide.headline))) or start.iso()
        era = Era(title, start, end, min(start.precision, end.precision))
        self.eras.append(era)
        lost = [
            name
            for name, value in (
                ("text", slide.text),
                ("media", slide.media_url),
                ("group", slide.group),
            )
            if value.strip()
        ]
        if lost:
            said = tr(
                "the era {title} keeps its headline and dates only; its {fields} is not shown "
                "(as in TimelineJS)"
            )
            self.warn(slide.where("", said.format(title=repr(title), fields=", ".join(lost))))

    def _add_event(self, slide: Slide) -> None:
        dated = self._dates(slide)
        if dated is None:
            return
        start, end = dated
        self.event(
            start,
            end,
            slide.headline,
            slide.text,
            slide.display_date,
            slide.group,
            list(slide.notes),
            (
                slide.media_url,
                slide.media_caption,
                slide.media_credit,
                slide.media_alt,
                slide.media_thumbnail,
            ),
            slide.background,
            slide.quotes,
            slide.unique_id,
        )

    def event(
        self,
        start: TimePoint,
        end: TimePoint | None,
        headline: str,
        text: str,
        display_date: str,
        group: str,
        notes: list[str],
        media_parts: tuple[str, str, str, str, str],
        background: str = "",
        slide_quotes: list[tuple[str, str, str, str]] | tuple[()] = (),
        unique_id: str = "",
    ) -> None:
        """Add one event from a slide's parts as written (``notes`` already holds the
        slide's own notes; ``media_parts`` are its address, caption, credit, alt text and
        thumbnail)."""
        summary = plain(text) if text else ""
        # The app needs a title to show; TimelineJS shows a slide without one. (The other
        # candidates are made only where the headline shows nothing.)
        title = " ".join(plain(headline).split()) if headline else ""
        first = title[:1]
        if not (first.isascii() and first.isalnum()) and is_blank(title):  # (a letter shows)
            title = (
                first_shown(one_line(summary)[:TITLE_CHARS], one_line(display_date)) or start.iso()
            )
        media = self.media(*media_parts, notes) if media_parts[0] else None
        if background:
            notes.extend(background.splitlines())
        quotes: list[Quote] = []
        for quote in slide_quotes:
            made = self.quote(quote, notes)
            if made is not None:
                quotes.append(made)
        ids = self._ids
        if unique_id:
            event_id = self.unique(unique_id.strip(), title, ids)
        else:  # (unique's own way for a row with no id, where the title's slug is new)
            event_id = (slugify(title) or "event")[:120]
            if event_id in ids:
                event_id = self.unique("", title, ids)
            else:
                ids.add(event_id)
        display = one_line(plain(display_date)) if display_date else ""
        self.columns.append(
            event_id,
            title,
            start,
            end,
            start.precision,
            self._category_by_group.get(group) or self.category_for(group),
            (
                "",
                (),
                summary,
                "",
                "",
                visible("\n".join(notes)) if notes else "",
                tuple(quotes),
                display,
                () if media is None else (media,),
            )
            if (summary or notes or quotes or display or media)
            else NO_EXTRAS,
        )

    def quote(self, parts: tuple[str, str, str, str], notes: list[str]) -> Quote | None:
        """A quote from its cells as read (text, speaker, source as cited, locator): None
        where its text shows nothing, or where it names no source or no locator, which
        cannot be cited (then it is kept word for word in ``notes``)."""
        text, speaker, cited, locator = map(visible, parts)
        if is_blank(text):
            return None  # nothing of it would show
        if not is_blank(cited) and not is_blank(locator):
            return Quote(text, self.source_for(cited), locator, speaker)
        who = ", ".join(p for p in (speaker, cited, locator) if p)
        notes.append(f"Quote: “{text}”" + (f" — {who}" if who else ""))
        return None

    def source_list(self) -> list[Source]:
        return list(self.sources.values())

    def timeline(self, file: str, warnings: list[Problem]) -> Timeline:
        """The timeline read, with the problems that cost some of its rows or slides."""
        timeline = Timeline(
            self.columns,
            title=self.title,
            description=self.description,
            categories=list(self.categories.values()),
            sources=self.source_list(),
            eras=self.eras,
            path=file,
        )
        timeline.warnings = tuple(warnings)
        return timeline
