"""Dates as teachers write them: the accepted forms, and helpful messages for the rest."""

import datetime as dt

import pytest

from timeline_app.formats.dates import DateError, parse_date
from timeline_app.model.timepoint import Precision, TimePoint

P = Precision


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("2017", TimePoint(2017, precision=P.YEAR)),
        ("2017-05", TimePoint(2017, 5, precision=P.MONTH)),
        ("2017-05-10", TimePoint(2017, 5, 10, precision=P.DAY)),
        ("2017-07-07T15:45+02:00", TimePoint(2017, 7, 7, 15, 45, 0, 120, P.MINUTE)),
        ("2017-07-07T13:45Z", TimePoint(2017, 7, 7, 13, 45, 0, 0, P.MINUTE)),
        ("2017-07-07T13:45:30-05:30", TimePoint(2017, 7, 7, 13, 45, 30, -330, P.MINUTE)),
        ("-0043", TimePoint(-43, precision=P.YEAR)),
        ("0000", TimePoint(0, precision=P.YEAR)),
        ("+12000", TimePoint(12_000, precision=P.YEAR)),
        ("-12000-03", TimePoint(-12_000, 3, precision=P.MONTH)),
        ("480 BCE", TimePoint(-479, precision=P.YEAR)),
        ("480 BC", TimePoint(-479, precision=P.YEAR)),
        ("1 BCE", TimePoint(0, precision=P.YEAR)),
        ("476 AD", TimePoint(476, precision=P.YEAR)),
        ("AD 476", TimePoint(476, precision=P.YEAR)),
        ("A.D. 476", TimePoint(476, precision=P.YEAR)),
        ("  2017-05-10  ", TimePoint(2017, 5, 10)),
    ],
)
def test_iso_and_era_forms(text, point):
    assert parse_date(text) == point


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("10 May 2017", TimePoint(2017, 5, 10, precision=P.DAY)),
        ("May 2017", TimePoint(2017, 5, precision=P.MONTH)),
        ("May 10, 2017", TimePoint(2017, 5, 10, precision=P.DAY)),
        ("7 July 2017", TimePoint(2017, 7, 7, precision=P.DAY)),
        ("September 1939", TimePoint(1939, 9, precision=P.MONTH)),
        # With an era, as the app shows dates before the common era: the year is taken as
        # written, never as this century's 44.
        ("15 March 44 BCE", TimePoint(-43, 3, 15, precision=P.DAY)),
        ("15 March 44 B.C.", TimePoint(-43, 3, 15, precision=P.DAY)),
        ("March 44 BC", TimePoint(-43, 3, precision=P.MONTH)),
        ("May 10, 476 AD", TimePoint(476, 5, 10, precision=P.DAY)),
        ("10 May 44 CE", TimePoint(44, 5, 10, precision=P.DAY)),
        ("29 February 45 BCE", TimePoint(-44, 2, 29, precision=P.DAY)),  # a leap year
        ("15 March AD 14", TimePoint(14, 3, 15, precision=P.DAY)),
    ],
)
def test_month_spelled_out(text, point):
    assert parse_date(text) == point


def test_a_spelled_out_date_with_a_time_of_day_is_refused_not_truncated():
    # The time of day would be lost; the parser must ask for the ISO form instead.
    with pytest.raises(DateError, match="YYYY-MM-DDThh:mm"):
        parse_date("10 May 2017 14:30")


def _error(text) -> str:
    with pytest.raises(DateError) as info:
        parse_date(text)
    return str(info.value)


def test_a_date_without_a_year_is_an_error_never_this_year():
    message = _error("10 May")
    assert "year" in message
    assert str(dt.date.today().year) not in message
    assert "no year" in _error("May")


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("01/02/03", ["ambiguous", "YYYY-MM-DD"]),
        ("10.05.2017", ["ambiguous"]),
        ("2017-02-30", ["February", "28 days", "30"]),
        ("2016-02-30", ["February", "29 days"]),
        ("2017-13-01", ["month 13"]),
        ("2017-07-07T15:45", ["UTC offset", "2017-07-07T15:45+02:00", "2017-07-07T15:45Z"]),
        ("2017-07-07T24:00Z", ["24:00"]),
        ("2017-07-07T10:00+15:00", ["+15:00", "out of range"]),
        ("12000", ["sign", "+12000"]),
        ("-0000", ["0000"]),
        ("0 BC", ["no year 0"]),
        ("0 BCE", ["no year 0"]),
        ("15 March 0 BC", ["no year 0"]),
        ("29 February 46 BCE", ["February 46 BCE", "28 days"]),
        ("-0043-02-30", ["February 44 BCE", "28 days"]),
        ("10 May 44", ["one or two digits", "44 CE", "44 BCE"]),
        ("Sunday 10 May 2017", ["Wednesday", "not a Sunday"]),
        ("31 June 44 BCE", ["no such day"]),
        ("31 June 2017", ["no such day"]),
        ("15 Mar 44 BC 10:00", ["time of day", "YYYY-MM-DDThh:mm"]),
        ("", ["empty"]),
        ("   ", ["empty"]),
        ("yesterday", ["YYYY-MM-DD"]),
    ],
)
def test_rejected_forms_say_what_to_write(text, fragments):
    message = _error(text)
    for fragment in fragments:
        assert fragment in message


@pytest.mark.parametrize("value", [2017, 2017.5, None, ["2017"]])
def test_a_number_or_other_value_is_not_a_date(value):
    message = _error(value)
    assert "text" in message
