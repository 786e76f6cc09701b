"""The editor's date field: it says how it read what was typed, asks when day and month could
be either way round, and never guesses a missing or two-digit year."""

from __future__ import annotations

import pytest

from timeline_app.formats.datefield import read_date_field
from timeline_app.formats.dates import DateError, parse_date
from timeline_app.model import Precision, TimePoint


@pytest.mark.parametrize(
    ("typed", "shown", "point"),
    [
        ("14/07/1789", "14 July 1789", TimePoint(1789, 7, 14)),
        ("14.7.1789", "14 July 1789", TimePoint(1789, 7, 14)),
        ("7/14/1789", "14 July 1789", TimePoint(1789, 7, 14)),  # only one order makes a date
        ("07/07/1789", "7 July 1789", TimePoint(1789, 7, 7)),  # both orders agree
        ("1789/7/14", "14 July 1789", TimePoint(1789, 7, 14)),
        ("1789-07-14", "14 July 1789", TimePoint(1789, 7, 14)),
        ("  14   July 1789 ", "14 July 1789", TimePoint(1789, 7, 14)),
        ("07/1789", "July 1789", TimePoint(1789, 7, precision=Precision.MONTH)),
        ("July 1789", "July 1789", TimePoint(1789, 7, precision=Precision.MONTH)),
        ("1789", "1789", TimePoint(1789, precision=Precision.YEAR)),
        ("480 BCE", "480 BCE", TimePoint(-479, precision=Precision.YEAR)),
        ("31/12/476", "31 December 476", TimePoint(476, 12, 31)),
    ],
)
def test_what_is_typed_is_read_and_said_back(typed: str, shown: str, point: TimePoint) -> None:
    reading = read_date_field(typed)
    assert reading.point == point and reading.point.precision == point.precision
    assert reading.shown == shown and not reading.choices and not reading.problem


def test_day_and_month_either_way_round_are_both_offered_and_none_chosen() -> None:
    reading = read_date_field("03/04/1789")
    assert reading.point is None
    assert reading.choices == (TimePoint(1789, 4, 3), TimePoint(1789, 3, 4))
    assert reading.shown == "Ambiguous: 3 April 1789 or 4 March 1789?"


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("14/07/89", "“14/07/89”: write the year in full; “89” could be 1789, 1989 or 2089"),
        ("3/4/05", "“3/4/05”: write the year in full; “05” could be 1705, 1905 or 2005"),
        ("89", "“89”: write the year in full (is it 1789, 1989…?)"),
        ("14/07", "“14/07” has no year: add it in full (for example 14 July 1789)"),
        ("14 July", "“14 July” has no year: add it in full (for example 14 July 1789)"),
        ("31/02/1789", "“31/02/1789”: February 1789 has 28 days, not 31"),
        ("13/14/1789", "“13/14/1789”: neither 13 nor 14 is a month"),
        ("13/1789", "“13/1789”: there is no month 13"),
        ("", "Type a date, such as 14 July 1789 or 1789-07-14"),
    ],
)
def test_a_missing_or_short_year_and_an_impossible_date_are_refused(
    typed: str, problem: str
) -> None:
    reading = read_date_field(typed)
    assert reading.point is None and not reading.choices
    assert reading.problem == problem == reading.shown


def test_what_no_rule_reads_says_which_forms_are_read() -> None:
    reading = read_date_field("the day the Bastille fell")
    assert reading.point is None and reading.problem.startswith("Cannot read")


DAY, MONTH, YEAR = Precision.DAY, Precision.MONTH, Precision.YEAR


@pytest.mark.parametrize(
    ("typed", "point"),
    [
        ("14 juillet 1789", TimePoint(1789, 7, 14)),
        ("14. Juli 1789", TimePoint(1789, 7, 14)),
        ("Juli 1789", TimePoint(1789, 7, precision=MONTH)),
        ("juillet 1789", TimePoint(1789, 7, precision=MONTH)),
        ("1er mai 1789", TimePoint(1789, 5, 1)),
        ("14 juil. 1789", TimePoint(1789, 7, 14)),
        ("14. Okt. 1789", TimePoint(1789, 10, 14)),
        ("3 févr. 1789", TimePoint(1789, 2, 3)),
        ("14 DÉC. 1789", TimePoint(1789, 12, 14)),
        ("14. März 1789", TimePoint(1789, 3, 14)),
        ("14. Maerz 1789", TimePoint(1789, 3, 14)),
        ("14. marz 1789", TimePoint(1789, 3, 14)),
        ("1 août 1789", TimePoint(1789, 8, 1)),
        ("1 aout 1789", TimePoint(1789, 8, 1)),
        ("15 mars 44 av. J.-C.", TimePoint(-43, 3, 15)),
        ("15. März 44 v. Chr.", TimePoint(-43, 3, 15)),
        ("480 av. J.-C.", TimePoint(-479, precision=YEAR)),
        ("Dienstag, 14. Juli 1789", TimePoint(1789, 7, 14)),
        ("mardi 14 juillet 1789", TimePoint(1789, 7, 14)),
    ],
)
def test_german_and_french_dates_are_read_whatever_the_language_shown(
    typed: str, point: TimePoint
) -> None:
    assert read_date_field(typed).point == point


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("1er juillet", "has no year"),
        ("31 juin 1789", "that month has no such day"),
        ("Montag, 14. Juli 1789", "14 July 1789 was a Tuesday, not a Monday"),
    ],
)
def test_german_and_french_dates_are_refused_as_english_ones_are(typed: str, problem: str) -> None:
    with pytest.raises(DateError) as refused:
        parse_date(typed)
    assert problem in str(refused.value)
    assert repr(typed) in str(refused.value)  # quoted as typed, not as read
