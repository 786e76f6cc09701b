"""Calendar arithmetic, time points and how dates read, for any year."""

import datetime as dt

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from timeline_app.formats.dates import parse_date
from timeline_app.model.timepoint import (
    Precision,
    TimePoint,
    civil_from_days,
    days_from_civil,
    days_in_month,
    format_point,
    format_span,
    weekday,
)

# A failing hypothesis test makes hypothesis import libcst, whose mypy_extensions import warns;
# with warnings as errors that would abort the whole pytest session instead of failing a test.
pytestmark = pytest.mark.filterwarnings(
    "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
)
# No "explain" phase: it traces coverage and makes a failing run take a minute or more.
PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]

FAST = settings(max_examples=200, deadline=None, database=None, phases=PHASES)
P = Precision
UNIX_EPOCH = dt.date(1970, 1, 1)

# Day numbers of 1 January -100000 and 31 December +100000, and a little beyond.
DAY_RANGE = (days_from_civil(-100_001, 1, 1), days_from_civil(100_001, 12, 31))


def utc(*args: int) -> int:
    """Seconds since the epoch of a UTC datetime (within datetime's range)."""
    return int(dt.datetime(*args, tzinfo=dt.timezone.utc).timestamp())


@st.composite
def civil_dates(draw, min_year=-100_000, max_year=100_000):
    year = draw(st.integers(min_year, max_year))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, days_in_month(year, month)))
    return year, month, day


# --- days_from_civil / civil_from_days ----------------------------------------------------


@FAST
@given(st.integers(*DAY_RANGE))
def test_day_number_round_trips_through_the_calendar(days):
    y, m, d = civil_from_days(days)
    assert 1 <= m <= 12
    assert 1 <= d <= days_in_month(y, m)
    assert days_from_civil(y, m, d) == days


@FAST
@given(civil_dates())
def test_calendar_date_round_trips_through_the_day_number(ymd):
    assert civil_from_days(days_from_civil(*ymd)) == ymd


@FAST
@given(civil_dates())
def test_consecutive_days_have_consecutive_numbers(ymd):
    y, m, d = ymd
    n = days_from_civil(y, m, d)
    if d < days_in_month(y, m):
        nxt = (y, m, d + 1)
    elif m < 12:
        nxt = (y, m + 1, 1)
    else:
        nxt = (y + 1, 1, 1)
    assert days_from_civil(*nxt) == n + 1
    assert civil_from_days(n + 1) == nxt


@FAST
@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_day_numbers_agree_with_datetime(date):
    n = (date - UNIX_EPOCH).days
    assert days_from_civil(date.year, date.month, date.day) == n
    assert civil_from_days(n) == (date.year, date.month, date.day)
    assert weekday(n) == date.weekday()


def test_calendar_edges():
    assert days_from_civil(1970, 1, 1) == 0
    assert civil_from_days(-1) == (1969, 12, 31)
    # Year 0 (1 BCE) is a leap year in the proleptic Gregorian calendar; 1900 is not.
    assert civil_from_days(days_from_civil(0, 2, 28) + 1) == (0, 2, 29)
    assert civil_from_days(days_from_civil(1900, 2, 28) + 1) == (1900, 3, 1)
    assert days_from_civil(1, 1, 1) - days_from_civil(0, 1, 1) == 366
    assert days_from_civil(-100_000, 1, 1) < days_from_civil(-99_999, 1, 1)


@pytest.mark.parametrize(
    ("ymd", "name"),
    [
        ((2017, 5, 10), "Wed"),
        ((2017, 7, 7), "Fri"),
        ((1970, 1, 1), "Thu"),
        ((2000, 2, 29), "Tue"),
        ((1, 1, 1), "Mon"),
        ((0, 12, 31), "Sun"),  # the day before 1 January 1 CE
    ],
)
def test_weekday_of_known_dates(ymd, name):
    assert ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[weekday(days_from_civil(*ymd))] == name


# --- instants -------------------------------------------------------------------------------


def test_start_seconds_applies_the_utc_offset():
    local = TimePoint(2017, 7, 7, 15, 45, offset_minutes=120, precision=P.MINUTE)
    same = TimePoint(2017, 7, 7, 13, 45, precision=P.MINUTE)
    assert local.start_seconds == same.start_seconds == utc(2017, 7, 7, 13, 45)
    west = TimePoint(2017, 7, 7, 8, 15, offset_minutes=-330, precision=P.MINUTE)
    assert west.start_seconds == utc(2017, 7, 7, 13, 45)


def test_start_seconds_of_a_plain_date_is_the_utc_midnight():
    assert TimePoint(2017, 5, 10).start_seconds == utc(2017, 5, 10)
    assert TimePoint(2017, precision=P.YEAR).start_seconds == utc(2017, 1, 1)


@pytest.mark.parametrize(
    ("point", "end"),
    [
        (TimePoint(2017, precision=P.YEAR), utc(2018, 1, 1)),
        (TimePoint(2017, 5, precision=P.MONTH), utc(2017, 6, 1)),
        (TimePoint(2017, 12, precision=P.MONTH), utc(2018, 1, 1)),
        (TimePoint(2016, 2, precision=P.MONTH), utc(2016, 3, 1)),
        (TimePoint(2016, 2, 28), utc(2016, 2, 29)),
        (TimePoint(2016, 2, 29), utc(2016, 3, 1)),
        (TimePoint(2017, 2, 28), utc(2017, 3, 1)),
        (TimePoint(2017, 12, 31), utc(2018, 1, 1)),
        (TimePoint(2017, 7, 7, 15, 45, precision=P.MINUTE), utc(2017, 7, 7, 15, 46)),
        (
            TimePoint(2017, 7, 7, 15, 45, offset_minutes=120, precision=P.MINUTE),
            utc(2017, 7, 7, 13, 46),
        ),
    ],
    ids=lambda v: v.iso() if isinstance(v, TimePoint) else str(v),
)
def test_end_seconds_is_the_instant_after_the_period(point, end):
    assert point.end_seconds() == end


def test_end_seconds_at_a_coarser_precision():
    p = TimePoint(2017, 12, 31)
    assert p.end_seconds(P.MONTH) == utc(2018, 1, 1)
    assert p.end_seconds(P.YEAR) == utc(2018, 1, 1)
    assert TimePoint(2017, 3, 10).end_seconds(P.MONTH) == utc(2017, 4, 1)


@FAST
@given(civil_dates(), st.sampled_from(list(P)))
def test_every_period_has_positive_length(ymd, precision):
    p = TimePoint(*ymd, precision=precision).with_precision(precision)
    assert p.end_seconds() > p.start_seconds


# --- ISO text round trip --------------------------------------------------------------------


@st.composite
def time_points(draw, min_year=-100_000, max_year=100_000):
    year, month, day = draw(civil_dates(min_year, max_year))
    precision = draw(st.sampled_from(list(P)))
    if precision is P.YEAR:
        return TimePoint(year, precision=P.YEAR)
    if precision is P.MONTH:
        return TimePoint(year, month, precision=P.MONTH)
    if precision is P.DAY:
        return TimePoint(year, month, day, precision=P.DAY)
    return TimePoint(
        year, month, day,
        draw(st.integers(0, 23)), draw(st.integers(0, 59)),
        draw(st.sampled_from([0, 0, 0, 1, 30, 59])),
        draw(st.integers(-14 * 60, 14 * 60)),
        P.MINUTE,
    )  # fmt: skip


@FAST
@given(time_points())
def test_iso_text_round_trips_through_parse_date(point):
    text = point.iso()
    assert parse_date(text) == point


@pytest.mark.parametrize(
    ("point", "text"),
    [
        (TimePoint(2017, precision=P.YEAR), "2017"),
        (TimePoint(2017, 5, precision=P.MONTH), "2017-05"),
        (TimePoint(2017, 5, 10), "2017-05-10"),
        (
            TimePoint(2017, 7, 7, 15, 45, offset_minutes=120, precision=P.MINUTE),
            "2017-07-07T15:45+02:00",
        ),
        (TimePoint(2017, 7, 7, 13, 45, precision=P.MINUTE), "2017-07-07T13:45Z"),
        (TimePoint(2017, 7, 7, 13, 45, 30, -330, P.MINUTE), "2017-07-07T13:45:30-05:30"),
        (TimePoint(-43, precision=P.YEAR), "-0043"),
        (TimePoint(0, precision=P.YEAR), "0000"),
        (TimePoint(12_000, precision=P.YEAR), "+12000"),
        (TimePoint(-12_000, 3, precision=P.MONTH), "-12000-03"),
        (TimePoint(10_000, 2, 29), "+10000-02-29"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_iso_text(point, text):
    assert point.iso() == text
    assert parse_date(text) == point


# --- text for reading ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("point", "text"),
    [
        (TimePoint(2017, 5, 10), "10 May 2017"),
        (TimePoint(2017, 7, precision=P.MONTH), "July 2017"),
        (TimePoint(2017, precision=P.YEAR), "2017"),
        (TimePoint(-43, precision=P.YEAR), "44 BCE"),
        (TimePoint(0, precision=P.YEAR), "1 BCE"),
        (TimePoint(1, precision=P.YEAR), "1"),
        (TimePoint(-479, 9, precision=P.MONTH), "September 480 BCE"),
        (
            TimePoint(2017, 7, 7, 15, 45, offset_minutes=120, precision=P.MINUTE),
            "7 July 2017, 15:45 UTC+02:00",
        ),
        (TimePoint(2017, 7, 7, 13, 45, precision=P.MINUTE), "7 July 2017, 13:45 UTC"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_format_point(point, text):
    assert format_point(point) == text


def test_format_point_at_a_coarser_precision():
    assert format_point(TimePoint(2017, 5, 10), P.MONTH) == "May 2017"
    assert format_point(TimePoint(2017, 5, 10), P.YEAR) == "2017"


@FAST
@given(time_points(min_year=-20_000, max_year=20_000))
def test_format_point_never_writes_year_zero_or_a_minus_sign(point):
    text = format_point(point)
    assert "-" not in text.replace("UTC-", "UTC+")
    assert not text.startswith("0 ") and " 0 BCE" not in text


@pytest.mark.parametrize(
    ("start", "end", "precision", "text"),
    [
        (TimePoint(2017, 7, 7), TimePoint(2017, 7, 8), P.DAY, "7–8 July 2017"),
        (TimePoint(2017, 1, 28), TimePoint(2017, 5, 2), P.DAY, "28 January – 2 May 2017"),
        (
            TimePoint(2016, 12, 28),
            TimePoint(2017, 1, 2),
            P.DAY,
            "28 December 2016 – 2 January 2017",
        ),
        (TimePoint(2017, 7, 7), TimePoint(2017, 7, 7), P.DAY, "7 July 2017"),
        (TimePoint(2017, 7, 7), None, P.DAY, "7 July 2017"),
        (
            TimePoint(2017, 3, precision=P.MONTH),
            TimePoint(2017, 5, precision=P.MONTH),
            P.MONTH,
            "March – May 2017",
        ),
        (TimePoint(2016, precision=P.YEAR), TimePoint(2017, precision=P.YEAR), P.YEAR, "2016–2017"),
        (
            TimePoint(2017, 7, 7, 15, 45, offset_minutes=120, precision=P.MINUTE),
            TimePoint(2017, 7, 7, 17, 0, offset_minutes=120, precision=P.MINUTE),
            P.MINUTE,
            "7 July 2017, 15:45–17:00 UTC+02:00",
        ),
        (
            TimePoint(2017, 7, 7, 13, 0, precision=P.MINUTE),
            TimePoint(2017, 7, 7, 17, 0, precision=P.MINUTE),
            P.MINUTE,
            "7 July 2017, 13:00–17:00 UTC",
        ),
        (
            TimePoint(2017, 7, 7, 23, 0, precision=P.MINUTE),
            TimePoint(2017, 7, 8, 1, 0, precision=P.MINUTE),
            P.MINUTE,
            "7 July 2017, 23:00 UTC – 8 July 2017, 01:00 UTC",
        ),
        (
            TimePoint(2017, 3, 10),
            TimePoint(2017, 5, precision=P.MONTH),
            P.DAY,
            "10 March 2017 – May 2017",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_format_span(start, end, precision, text):
    assert format_span(start, end, precision) == text
