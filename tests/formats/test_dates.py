"""Dates as teachers write them: the accepted forms, and helpful messages for the rest."""

import datetime as dt
import re

import pytest

from timeline_app.formats.dates import DateError, number_date_message, parse_date
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


# --- leap seconds and numbers: the advice is itself a date that reads --------------------------


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("2016-12-31T23:59:60Z", "2016-12-31T23:59:59Z", "2017-01-01T00:00Z"),
        ("2015-07-01T01:59:60+02:00", "2015-07-01T01:59:59+02:00", "2015-07-01T02:00+02:00"),
        ("2016-12-31T18:59:60-05:00", "2016-12-31T18:59:59-05:00", "2016-12-31T19:00-05:00"),
    ],
)
def test_a_leap_second_is_explained_with_two_dates_that_read(
    text: str, before: str, after: str
) -> None:
    with pytest.raises(DateError) as info:
        parse_date(text)
    clock = text[11:19]
    assert str(info.value) == (
        f"{text!r}: {clock} is a leap second, which the app cannot place; "
        f"write {before}, or the next minute, {after}"
    )
    assert parse_date(before).start_seconds + 1 == parse_date(after).start_seconds


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2016-12-31T23:59:61Z", "time of day 23:59:61 does not exist"),
        ("2016-12-31T24:59:60Z", "time of day 24:59:60 does not exist"),
        ("2017-02-30T23:59:60Z", "February 2017 has 28 days, not 30"),
    ],
)
def test_second_60_of_a_time_or_day_that_does_not_exist_is_not_called_a_leap_second(
    text: str, says: str
) -> None:
    with pytest.raises(DateError, match=says):
        parse_date(text)


@pytest.mark.parametrize(
    ("number", "advice"),
    [
        (2017, "2017"),
        (2017.0, "2017"),
        (476, "0476"),
        (0, "0000"),
        (-44, "44 BCE"),
        (12000, "+12000"),
        (20170510, "2017-05-10"),
    ],
)
def test_a_year_written_as_a_number_is_answered_with_that_date_as_text(
    number: int | float, advice: str
) -> None:
    assert number_date_message(number) == (
        f'write the date as text in quotes, "{advice}", not as a number'
    )
    parse_date(advice)  # the advice reads


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        (1e308, "1e+308"),
        (1.5, "1.5"),
        (-2.5e-7, "-2.5e-07"),
        (20171310, "20171310"),  # eight digits, but no month 13
        (123456789012, "123456789012"),  # beyond the years the app can show (±20 billion)
        ("-1e400", "-1e400"),  # as written: JSON itself refuses it
        ("NaN", "NaN"),
        ("1" * 60, "1" * 20 + "…"),
    ],
)
def test_a_number_that_is_no_date_is_answered_with_the_forms_a_date_takes(
    number: int | float | str, shown: str
) -> None:
    message = number_date_message(number)
    assert message == (
        'write the date as text in quotes, such as "2017" or "2017-05-10"; '
        f"the number {shown} is not a date"
    )
    for advice in re.findall(r'"([^"]+)"', message):
        parse_date(advice)
