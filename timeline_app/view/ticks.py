"""Calendar-aware axis ticks, readable at every zoom from millennia down to minutes.

The finest unit whose labels fit is chosen ("14:00", "Wed 10", "May", "2017", "500 BCE"), and
a context row names the level above ("May 2017" over the days). The number of ticks is bounded
by the width divided by the label spacing, whatever the span.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from timeline_app.i18n import ENGLISH, context, decimal, names
from timeline_app.model.timepoint import (
    SECONDS_PER_DAY,
    Precision,
    TimePoint,
    civil_from_days,
    days_from_civil,
    format_point,
    weekday,
    year_label,
)
from timeline_app.view.viewport import DAY, YEAR, Viewport

# Tick labels in the user's language: month and weekday names from i18n.names(), and the
# order of words from the patterns below, looked up as the ticks are made.
tr = context("Ticks")

Measure = Callable[[str], float]

MONTH = YEAR / 12
_UNITS: list[tuple[str, int, float]] = [
    ("second", 5, 5),
    ("second", 10, 10),
    ("second", 15, 15),
    ("second", 30, 30),
    ("minute", 1, 60),
    ("minute", 5, 300),
    ("minute", 10, 600),
    ("minute", 15, 900),
    ("minute", 30, 1800),
    ("hour", 1, 3600),
    ("hour", 2, 7200),
    ("hour", 3, 10800),
    ("hour", 6, 21600),
    ("hour", 12, 43200),
    ("day", 1, DAY),
    ("day", 2, 2 * DAY),
    ("week", 1, 7 * DAY),
    ("month", 1, MONTH),
    ("month", 2, 2 * MONTH),
    ("month", 3, 3 * MONTH),
    ("month", 6, 6 * MONTH),
]
for _exp in range(0, 11):  # up to 50 billion years a step: the age of the universe fits
    for _m in (1, 2, 5):
        _UNITS.append(("year", _m * 10**_exp, _m * 10**_exp * YEAR))

# From steps of this many years on, ticks count years before present (1950, as geology and
# archaeology count them): "12 ka", "65 Ma", "4.5 Ga", where a BCE year would mislead by
# the two thousand years since.
DEEP_STEP = 10_000
PRESENT_YEAR = 1950

_SAMPLES = {
    "second": "00:00:00",
    "minute": "00:00",
    "hour": "00:00",
}


def day_tick(weekday_short: str, day: int) -> str:
    """A day's tick: 'Wed 10'."""
    return tr("{weekday} {day}").format(weekday=weekday_short, day=day)


def _sample(name: str, widest_year: str, measure: Measure) -> str:
    """The widest label a tick of unit ``name`` can have, in the language shown (English
    keeps the samples its steps were chosen by: 'Wed 30', 'Sep')."""
    words = names()
    if name in ("day", "week"):
        if words is ENGLISH:
            return day_tick("Wed", 30)
        return max((day_tick(w, 30) for w in words.weekdays_short), key=measure)
    if name == "month":
        return "Sep" if words is ENGLISH else max(words.months_short, key=measure)
    return _SAMPLES.get(name, widest_year)


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    t: float
    label: str


@dataclass(frozen=True, slots=True)
class Axis:
    unit: str
    step: int
    ticks: tuple[Tick, ...]
    context: tuple[Tick, ...]


@dataclass(frozen=True, slots=True)
class Focus:
    """The event a view frames: the axis names its unit (its day, month or year) with a tick
    of its own, and no finer unit, since the event's date is known no closer."""

    t: float  # the start of the event's day, month or year
    precision: Precision

    @property
    def unit(self) -> str:
        return {Precision.YEAR: "year", Precision.MONTH: "month", Precision.DAY: "day"}.get(
            self.precision, "second"
        )


def choose_unit(
    vp: Viewport, measure: Measure, gap: float = 24.0, finest: str = "second"
) -> tuple[str, int]:
    """The finest (unit, step), no finer than ``finest``, whose tick labels fit side by side."""
    first, last = _year_at(vp.start), _year_at(vp.end)
    widest_year = year_label(first)
    alt = year_label(last)
    if len(alt) > len(widest_year):
        widest_year = alt
    start = next(i for i, u in enumerate(_UNITS) if u[0] == finest)
    for name, step, seconds in _UNITS[start:]:
        if name == "year" and step >= DEEP_STEP:
            sample = max((deep_label(first, step), deep_label(last, step)), key=len)
        else:
            sample = _sample(name, widest_year, measure)
        if seconds / vp.seconds_per_px >= measure(sample) + gap:
            return name, step
    return _UNITS[-1][0], _UNITS[-1][1]


def axis(vp: Viewport, measure: Measure, focus: Focus | None = None) -> Axis:
    """The ticks and context row of ``vp``; around a ``focus``, steps of its unit or coarser,
    counted from it so that its own day, month or year is named."""
    finest = focus.unit if focus is not None else "second"
    unit, step = choose_unit(vp, measure, finest=finest)
    anchor = focus.t if focus is not None and finest != "second" else None
    ticks = tuple(
        Tick(vp.time_to_x(t), t, label) for t, label in _ticks(unit, step, vp.start, vp.end, anchor)
    )
    if len(ticks) < 2 and not (anchor is not None and ticks):
        # Round steps can miss a narrow view entirely (no multiple of 50,000 years between
        # 43,000 BCE and 47,000 CE): take finer steps, keeping every tick whose label fits.
        index = _UNITS.index(next(u for u in _UNITS if (u[0], u[1]) == (unit, step)))
        for name, finer, _seconds in reversed(_UNITS[:index]):
            candidate = list(_ticks(name, finer, vp.start, vp.end))
            if len(candidate) > 400:
                break
            kept: list[Tick] = []
            for t, label in candidate:
                x = vp.time_to_x(t)
                if not kept or x >= kept[-1].x + measure(kept[-1].label) + 8:
                    kept.append(Tick(x, t, label))
            if len(kept) > len(ticks):
                unit, step, ticks = name, finer, tuple(kept)
            if len(ticks) >= 2:
                break
    context = tuple(_context(unit, vp))
    return Axis(unit, step, ticks, context)


def _year_at(t: float) -> int:
    return civil_from_days(math.floor(t / SECONDS_PER_DAY))[0]


def _ticks(
    unit: str, step: int, t0: float, t1: float, anchor: float | None = None
) -> Iterator[tuple[float, str]]:
    """The ticks between t0 and t1; with an ``anchor``, a step of days, months or years
    falls on the anchor's day, month or year (whole multiples otherwise)."""
    if unit in ("second", "minute", "hour"):
        size = step * {"second": 1, "minute": 60, "hour": 3600}[unit]
        t = math.ceil(t0 / size) * size
        while t <= t1:
            secs = int(t) % SECONDS_PER_DAY
            label = f"{secs // 3600:02d}:{secs % 3600 // 60:02d}"
            yield float(t), label + (f":{secs % 60:02d}" if unit == "second" else "")
            t += size
    elif unit in ("day", "week"):
        d = math.ceil(t0 / SECONDS_PER_DAY)
        weekdays = names().weekdays_short
        inc = 7 if unit == "week" else step
        if anchor is not None:
            d += (math.floor(anchor / SECONDS_PER_DAY) - d) % inc
        elif unit == "week":
            d += (7 - weekday(d)) % 7
        elif step > 1:
            d += d % step
        while d * SECONDS_PER_DAY <= t1:
            _, _, dom = civil_from_days(d)
            yield float(d * SECONDS_PER_DAY), day_tick(weekdays[weekday(d)], dom)
            d += inc
    elif unit == "month":
        months = names().months_short
        y, m, _ = civil_from_days(math.floor(t0 / SECONDS_PER_DAY))
        if anchor is not None:
            ay, am, _ = civil_from_days(math.floor(anchor / SECONDS_PER_DAY))
            m -= (y * 12 + m - ay * 12 - am) % step
            if m < 1:
                y, m = y - 1, m + 12
        else:
            m -= (m - 1) % step
        while True:
            t = days_from_civil(y, m, 1) * SECONDS_PER_DAY
            if t > t1:
                break
            if t >= t0:
                yield float(t), months[m - 1]
            m += step
            if m > 12:
                y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    elif step >= DEEP_STEP:
        yield from _deep_ticks(step, t0, t1)
    else:
        yield from _year_ticks(step, t0, t1, None if anchor is None else _year_at(anchor))


def deep_label(year: int, step: int) -> str:
    """A tick of deep time: years before present in thousands, millions or billions
    ("12 ka", "65 Ma", "4.5 Ga"), 'present' at 1950, and later years as years."""
    ago = PRESENT_YEAR - year
    if ago == 0:
        return tr("present", "the year 1950 on a scale of years before present")
    n = abs(ago)
    if n >= 1_000_000_000 and step >= 100_000_000:
        text = tr("{n} Ga", "billions of years").format(n=decimal(f"{n / 1e9:g}"))
    elif n >= 1_000_000 and step >= 100_000:
        text = tr("{n} Ma", "millions of years").format(n=decimal(f"{n / 1e6:g}"))
    else:
        text = tr("{n} ka", "thousands of years").format(n=decimal(f"{n / 1e3:g}"))
    return text if ago > 0 else tr("in {time}", "a time after 1950").format(time=text)


def _deep_ticks(step: int, t0: float, t1: float) -> Iterator[tuple[float, str]]:
    """Years a whole number of ``step`` years before present, oldest first."""
    first, last = _year_at(t0), _year_at(t1) + 1
    ago = (PRESENT_YEAR - first) // step * step
    while True:
        y = PRESENT_YEAR - ago
        if y > last:
            break
        t = days_from_civil(y, 1, 1) * SECONDS_PER_DAY
        if t0 <= t <= t1:
            yield float(t), deep_label(y, step)
        ago -= step


def _year_ticks(
    step: int, t0: float, t1: float, anchor: int | None = None
) -> Iterator[tuple[float, str]]:
    """Years whose printed number is a multiple of ``step``, on both sides of the era; with
    an ``anchor`` year, every ``step`` years from it.

    Astronomical year y <= 0 is printed as (1 - y) BCE, so BCE ticks fall on years where
    (1 - y) is a multiple of step: '100 BCE', '200 BCE', then '100', '200'.
    """
    first = _year_at(t0)
    last = _year_at(t1) + 1
    if anchor is not None:
        y = first + (anchor - first) % step
        while y <= last:
            t = days_from_civil(y, 1, 1) * SECONDS_PER_DAY
            if t > t1:
                break
            if t >= t0:
                yield float(t), year_label(y)
            y += step
        return
    if first <= 0:
        # BCE side: printed numbers n = 1 - y, descending as y rises.
        n = (1 - first) // step * step
        while n >= 1:
            y = 1 - n
            if y > last:
                break
            t = days_from_civil(y, 1, 1) * SECONDS_PER_DAY
            if t0 <= t <= t1:
                yield float(t), year_label(y)
            n -= step
    y = max(step, math.ceil(first / step) * step)
    while y <= last:
        t = days_from_civil(y, 1, 1) * SECONDS_PER_DAY
        if t > t1:
            break
        if t >= t0:
            yield float(t), year_label(y)
        y += step


def _month_year(year: int, month: int) -> str:
    return format_point(TimePoint(year, month, precision=Precision.MONTH))


def _context(unit: str, vp: Viewport) -> Iterator[Tick]:
    """The level above the ticks: the label at the left edge, then one at each boundary."""
    if unit in ("second", "minute", "hour"):
        weekdays = names().weekdays_short

        def label_day(days: int) -> str:
            date = format_point(TimePoint(*civil_from_days(days)))
            return tr("{weekday} {date}").format(weekday=weekdays[weekday(days)], date=date)

        d = math.floor(vp.start / SECONDS_PER_DAY)
        yield Tick(0.0, vp.start, label_day(d))
        d += 1
        while d * SECONDS_PER_DAY <= vp.end:
            t = float(d * SECONDS_PER_DAY)
            yield Tick(vp.time_to_x(t), t, label_day(d))
            d += 1
    elif unit in ("day", "week"):
        y, m, _ = civil_from_days(math.floor(vp.start / SECONDS_PER_DAY))
        yield Tick(0.0, vp.start, _month_year(y, m))
        while True:
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
            t = float(days_from_civil(y, m, 1) * SECONDS_PER_DAY)
            if t > vp.end:
                break
            yield Tick(vp.time_to_x(t), t, _month_year(y, m))
    elif unit == "month":
        y = _year_at(vp.start)
        yield Tick(0.0, vp.start, year_label(y))
        while True:
            y += 1
            t = float(days_from_civil(y, 1, 1) * SECONDS_PER_DAY)
            if t > vp.end:
                break
            yield Tick(vp.time_to_x(t), t, year_label(y))
