"""A TimelineJS date written as most files write it (a whole year, a month, a day) is read
without the general checks, to the same time point; anything else is left to them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.formats.timelinejs_common import (
    _PLAIN_YEAR,
    DateText,
    PartError,
    _plain_date,
    _read_point,
    read_point,
)
from timeline_app.model.timepoint import Precision, TimePoint

_YEARS = st.sampled_from(["1815", "-500", "0", "-0", "007", "2024", "-1", "999999999"]) | st.text(
    alphabet="-+0123456789 ,x", max_size=11
)
_MONTHS = st.sampled_from(["", "1", "01", "12", "13", "0", "2", "9", "09", "012"]) | st.text(
    alphabet="0123456789 ", max_size=3
)
_DAYS = st.sampled_from(["", "1", "01", "28", "29", "30", "31", "32", "0"]) | st.text(
    alphabet="0123456789", max_size=3
)


@settings(max_examples=600)
@given(_YEARS, _MONTHS, _DAYS)
def test_a_plain_date_is_the_time_point_the_general_checks_give(
    year: str, month: str, day: str
) -> None:
    date = DateText(year, month, day)
    try:
        general: TimePoint | PartError = _read_point(date, "", False)
    except PartError as err:
        general = err
    plain = _plain_date(year, month, day) if _PLAIN_YEAR.fullmatch(year) else None
    if plain is not None:
        assert plain == general
    try:
        assert read_point(date) == general
    except PartError as err:
        assert isinstance(general, PartError)
        assert (err.part, err.message) == (general.part, general.message)


def test_the_dates_of_a_sheet_are_plain() -> None:
    assert _plain_date("-500", "", "") == TimePoint(-499, precision=Precision.YEAR)
    assert _plain_date("1815", "6", "18") == TimePoint(1815, 6, 18, precision=Precision.DAY)
    assert _plain_date("2024", "02", "29") == TimePoint(2024, 2, 29, precision=Precision.DAY)
    assert _plain_date("1900", "2", "29") is None  # (not a day of that month: the checks say so)
    assert _plain_date("1815", "13", "") is None
