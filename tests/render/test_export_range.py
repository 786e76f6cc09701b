"""Ranges of dates for exports: read in linear time and echoed short, for the command line
and the Export dialog alike."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.formats.dates import parse_date
from timeline_app.model import Precision, TimePoint
from timeline_app.render import export as ex


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text that parse_range hands to the date reader."""
    seen: list[str] = []

    def counting(text: str) -> TimePoint:
        seen.append(text)
        return parse_date(text)

    monkeypatch.setattr(ex, "parse_date", counting)
    return seen


def attempt(text: str) -> str:
    try:
        ex.parse_range(text)
    except ex.ExportError as err:
        return str(err)
    return ""


@pytest.mark.parametrize(
    "text",
    [
        "." * 10_000,  # took 2.2 s
        "." * 120_000,  # hung
        "2017" + "." * 10_000 + "2018",
        "2017.." * 50,
        "480 B.C" + ". " * 90 + "..479 B.C.",
    ],
)
def test_a_long_or_dotted_range_reads_few_dates(counted: list[str], text: str) -> None:
    message = attempt(text)
    # The range is echoed short; a date's own message echoes that side, at most the cap.
    assert message and "\n" not in message and len(message) < 450
    assert len(counted) <= 2 * ex.MAX_RANGE_CUTS


# Texts made of what ranges are made of, with runs of dots of every length.
_PIECES = st.sampled_from(["2017", "-05", "10 May ", "B.C.", "BCE", " ", ".", "..", "...", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=200).map("".join))
def test_the_dates_read_are_bounded_whatever_the_text(text: str) -> None:
    seen: list[str] = []
    real = ex.parse_date

    def counting(side: str) -> TimePoint:
        seen.append(side)
        return real(side)

    ex.parse_date = counting  # type: ignore[assignment]
    try:
        attempt(text)
    finally:
        ex.parse_date = real
    # At most MAX_RANGE_CUTS places tried, both sides each, and no side longer than the cap.
    assert len(seen) <= 2 * ex.MAX_RANGE_CUTS
    assert sum(map(len, seen)) <= 2 * ex.MAX_RANGE_CUTS * ex.MAX_RANGE_CHARS


def test_an_over_long_range_says_how_long_and_echoes_little() -> None:
    message = attempt("2017-05-10" + "x" * 360_000 + "..2017-06")
    assert "360,019 characters long" in message
    assert f"at most {ex.MAX_RANGE_CHARS}" in message
    assert len(message) < 250


def test_odd_characters_in_a_range_are_echoed_escaped() -> None:
    message = attempt("2017-05\n..\x1b[31mJune")
    assert "\n" not in message and "\x1b" not in message
    assert message.startswith("range '2017-05\\n..\\x1b[31mJune': ")


def test_ranges_that_end_in_dots_still_read() -> None:
    t0, t1 = ex.parse_range("480 B.C...479 B.C.")
    assert ex.format_seconds(t0, Precision.YEAR) == "480 BCE"
    assert ex.format_seconds(t1 - 1, Precision.YEAR) == "479 BCE"
    assert "has too many dots" in attempt("2017" + "." * 7 + "2018")
