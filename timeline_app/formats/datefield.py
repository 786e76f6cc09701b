"""The date a person types into the event editor, read forgivingly and honestly.

Everything the file formats read (formats.dates.parse_date: ``1789-07-14``, ``14 July 1789``,
``July 1789``, ``480 BCE``) is read here too, and so are the numeric forms people type:
``14/07/1789``, ``14.7.1789``, ``1789/7/14``, ``07/1789``. The reading is always shown back
("14 July 1789"). Where the order of day and month is truly open (``03/04/1789``) both
readings are offered and none is chosen; a missing year and a year of one or two digits are
refused, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.formats.dates import DateError, parse_date
from timeline_app.i18n import context, names, number
from timeline_app.model.timepoint import (
    MAX_ABS_YEAR,
    Precision,
    TimePoint,
    days_in_month,
    format_point,
)

tr = context("DateField")

_DMY = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d+)")
_YMD = re.compile(r"(\d{3,})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})")
_MY = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d+)")
_DM = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})")


@dataclass(frozen=True)
class Reading:
    """What was typed, as read: ``point`` with its text for people, or ``choices`` when two
    readings are possible, or a ``problem`` saying why nothing was read."""

    point: TimePoint | None = None
    choices: tuple[TimePoint, ...] = ()
    problem: str = ""

    @property
    def shown(self) -> str:
        """How the reading is said back: '14 July 1789', or both readings, or the problem."""
        if self.point is not None:
            return format_point(self.point)
        if self.choices:
            a, b = (format_point(p) for p in self.choices)
            return tr("Ambiguous: {first} or {second}?").format(first=a, second=b)
        return self.problem


def read_date_field(text: str) -> Reading:
    """Read a date typed by a person (see the module's description)."""
    s = " ".join(text.split())
    if not s:
        return Reading(problem=tr("Type a date, such as 14 July 1789 or 1789-07-14"))
    m = _DMY.fullmatch(s)
    if m is not None:
        return _day_month_year(s, int(m[1]), int(m[2]), m[3])
    m = _YMD.fullmatch(s)
    if m is not None:
        return _checked(s, int(m[1]), int(m[2]), int(m[3]))
    m = _MY.fullmatch(s)
    if m is not None and len(m[2]) >= 3:
        year, month = int(m[2]), int(m[1])
        if not 1 <= month <= 12:
            return Reading(problem=_no_month(s, month))
        return Reading(TimePoint(year, month, precision=Precision.MONTH))
    if (m is not None and len(m[2]) <= 2) or _DM.fullmatch(s):
        return Reading(problem=_no_year(s))
    if s.isdigit() and len(s) <= 2:
        return Reading(
            problem=tr("“{typed}”: write the year in full (is it {a}, {b}…?)").format(
                typed=s, a=f"17{s:0>2}", b=f"19{s:0>2}"
            )
        )
    try:
        return Reading(parse_date(s))
    except DateError as err:
        message = str(err)
        if err.about_year and not re.search(r"\d{3,}", s):
            return Reading(problem=_no_year(s))
        return Reading(problem=message[:1].upper() + message[1:])


def _no_year(s: str) -> str:
    return tr("“{typed}” has no year: add it in full (for example 14 July 1789)").format(typed=s)


def _no_month(s: str, month: int) -> str:
    return tr("“{typed}”: there is no month {month}").format(typed=s, month=month)


def _day_month_year(s: str, a: int, b: int, year_text: str) -> Reading:
    if len(year_text) <= 2:
        return Reading(
            problem=tr(
                "“{typed}”: write the year in full; “{year}” could be {a}, {b} or {c}"
            ).format(
                typed=s,
                year=year_text,
                a=f"17{year_text:0>2}",
                b=f"19{year_text:0>2}",
                c=f"20{year_text:0>2}",
            )
        )
    year = int(year_text)
    if a > 12 and b > 12:
        return Reading(
            problem=tr("“{typed}”: neither {a} nor {b} is a month").format(typed=s, a=a, b=b)
        )
    if a == b or b > 12 or a > 12:
        day, month = (b, a) if b > 12 else (a, b)  # the only order that makes a date
        return _checked(s, year, month, day)
    readings = [_checked(s, year, b, a), _checked(s, year, a, b)]  # day first, then month
    points = tuple(r.point for r in readings if r.point is not None)
    if len(points) == 1:
        return Reading(points[0])
    if not points:
        return readings[0]
    return Reading(choices=points)


def _checked(s: str, year: int, month: int, day: int) -> Reading:
    if abs(year) > MAX_ABS_YEAR:
        return Reading(
            problem=tr("“{typed}”: the year {year} is too far away").format(
                typed=s, year=number(year)
            )
        )
    if not 1 <= month <= 12:
        return Reading(problem=_no_month(s, month))
    if not 1 <= day <= days_in_month(year, month):
        return Reading(
            problem=tr("“{typed}”: {month} {year} has {days} days, not {day}").format(
                typed=s,
                month=names().months[month - 1],
                year=year,
                days=days_in_month(year, month),
                day=day,
            )
        )
    return Reading(TimePoint(year, month, day, precision=Precision.DAY))
