"""What every reader of another tool's files needs: ids the app accepts, colours as #rrggbb,
years checked against the supported range, and one way to collect row problems."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from timeline_app.formats import dates
from timeline_app.formats.encoding import decode_bytes
from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.richtext import to_plain
from timeline_app.formats.timeline_json import MAX_FILE_BYTES
from timeline_app.fsutil import (
    FileRefused,
    FileTooLargeError,
    check_regular_file,
    read_regular_file,
)
from timeline_app.i18n import context, number
from timeline_app.model import timepoint
from timeline_app.model.timepoint import Precision, TimePoint

tr = context("ImportKit")

ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_NOT_ID = re.compile(r"[^A-Za-z0-9._-]+")


def head_as_utf8(head: bytes) -> bytes:
    """The start of a file for sniffing, as UTF-8 without a BOM and leading blanks: a file
    saved as UTF-16 (with its BOM) is recognised by the same patterns."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head[: len(head) // 2 * 2].decode("utf-16", "ignore").encode("utf-8")
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")


def slug(text: str, fallback: str = "event") -> str:
    """A lower-case id from a title: accents dropped, other characters joined by dashes."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    s = _NOT_ID.sub("-", ascii_text.lower()).strip("-._")[:100].rstrip("-._")
    return s or fallback


class Ids:
    """Hands out unique ids: the file's own id where it is a valid one, else a slug of the
    title; a taken id gets -2, -3, ... (stable: the same file gives the same ids)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()
        # Per base, the last suffix it was given: the next search for a free one starts
        # there (ids are never given back, so the ones below stay taken). Without it, N
        # events of one title cost N²/2 tries.
        self._last: dict[str, int] = {}

    def take(self, own: str, title: str, fallback: str = "event") -> str:
        base = own if own and ID.fullmatch(own) else slug(title or own, fallback)
        candidate = base
        if candidate in self._taken:
            n = self._last.get(base, 1)
            while candidate in self._taken:
                n += 1
                candidate = f"{base[:120]}-{n}"
            self._last[base] = n
        self._taken.add(candidate)
        return candidate


_MARKUP = re.compile(r"[<>&\[\]*_`#!\n\r]|^\s*(?:[-+]|\d+[.)])\s")


def plain_title(text: str) -> str:
    """A one-line title as plain text on one line: HTML and Markdown become text (links as
    'text (address)'); a title without any markup is only trimmed (most are)."""
    if _MARKUP.search(text) is not None:
        text = to_plain(text)
    return " ".join(text.split())


def hex_colour(r: int, g: int, b: int) -> str:
    return f"#{r:02x}{g:02x}{b:02x}"


def check_year(year: int) -> None:
    """Raise DateError for a year the app cannot place (the model's limit, read at call time)."""
    limit = timepoint.MAX_ABS_YEAR
    if abs(year) > limit:
        said = (
            tr("year {year} BCE is outside the supported range (±{limit} years)")
            if year <= 0
            else tr("year {year} is outside the supported range (±{limit} years)")
        )
        shown = number(1 - year) if year <= 0 else number(year)
        raise dates.DateError(said.format(year=shown, limit=number(limit)))


def point(
    year: int,
    month: int = 1,
    day: int = 1,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    offset: int = 0,
    *,
    precision: Precision,
    text: str,
) -> TimePoint:
    """A checked time point (the same checks and messages as dates.parse_date)."""
    check_year(year)
    return dates._point(
        year, month, day, hour, minute, second, offset, precision=precision, text=text
    )


def no_events(where: Problem, what: str, warnings: list[Problem]) -> TimelineFileError:
    """The error for a file in which no event could be read: ``where`` places it, ``what``
    (translated by the caller) says what an event looks like in the format; the problems
    that cost the events follow it, so that a person sees why."""
    if warnings:
        message = tr.n(
            "the file holds no events that could be read ({what}); %n problems in it, the "
            "first: {first}",
            len(warnings),
            one="the file holds no events that could be read ({what}); %n problem in it, the "
            "first: {first}",
        ).format(what=what, first=warnings[0].for_people())
    else:
        message = tr("the file holds no events that could be read ({what})").format(what=what)
    return TimelineFileError([replace(where, message=message), *warnings])


def read_bytes(file: str) -> bytes:
    """A file's bytes, through the same guards as the app's own reader (a FIFO, socket,
    device or folder is refused at once, saying what it is; so is a file over the size
    limit), reading what the file holds rather than setting the whole limit aside."""
    try:
        st = check_regular_file(file)
        if st.st_size > MAX_FILE_BYTES:
            raise FileTooLargeError(file, st.st_size, MAX_FILE_BYTES)
        try:
            # A file whose size is not known in advance (in /proc) says 0: up to the limit.
            return read_regular_file(file, st.st_size or MAX_FILE_BYTES)
        except FileTooLargeError as err:
            if err.size is not None or not st.st_size:
                raise
            return read_regular_file(file, MAX_FILE_BYTES)  # it grew while it was read
    except FileRefused as err:
        raise whole_file(file, err.reason) from None
    except OSError as err:
        raise whole_file(
            file, tr("cannot read the file: {reason}").format(reason=err.strerror or err)
        ) from None


def read_text(file: str) -> str:
    """A text file's text: UTF-8 (with or without BOM) or UTF-16 with a BOM, with the
    messages of the app's own reader."""
    return decode_bytes(read_bytes(file), file)


def whole_file(file: str, message: str) -> TimelineFileError:
    """An error about the whole file (it has no place in the file)."""
    return TimelineFileError([Problem(file, 1, 1, "", message)])
