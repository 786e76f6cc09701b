"""Deep time: years back to the Big Bang and ahead as far, with ticks in thousands, millions
and billions of years before present ("12 ka", "65 Ma", "4.5 Ga")."""

from __future__ import annotations

import pytest

from timeline_app.formats.dates import DateError, parse_date
from timeline_app.model import Event, Precision, Timeline, TimePoint
from timeline_app.model.timepoint import MAX_ABS_YEAR
from timeline_app.view.layout import ApproxMetrics, layout
from timeline_app.view.ticks import axis, deep_label
from timeline_app.view.viewport import YEAR, Limits, Viewport, fit

METRICS = ApproxMetrics()


@pytest.mark.parametrize(
    ("written", "year"),
    [
        ("-13800000000", -13_800_000_000),
        ("13,800,000,000 BCE", -13_799_999_999),  # as the app shows it
        ("4540000000 BC", -4_539_999_999),
        ("+20000000000", 20_000_000_000),
    ],
)
def test_years_to_twenty_billion_are_read(written: str, year: int) -> None:
    point = parse_date(written)
    assert point.year == year and point.precision is Precision.YEAR


def test_beyond_twenty_billion_years_is_refused_naming_the_range() -> None:
    with pytest.raises(DateError, match="outside the supported range"):
        parse_date("-20000000001")
    assert MAX_ABS_YEAR == 20_000_000_000


@pytest.mark.parametrize(
    ("year", "step", "label"),
    [
        (1950 - 65_000_000, 1_000_000, "65 Ma"),
        (1950 - 4_500_000_000, 100_000_000, "4.5 Ga"),
        (1950 - 12_000, 10_000, "12 ka"),
        (1950 - 300_000, 100_000, "300 ka"),
        (1950, 1_000_000, "present"),
        (1950 + 2_000_000_000, 1_000_000_000, "in 2 Ga"),
    ],
)
def test_deep_ticks_count_years_before_present(year: int, step: int, label: str) -> None:
    assert deep_label(year, step) == label


def big_history() -> Timeline:
    def ago(years: int) -> TimePoint:
        return TimePoint(1950 - years, precision=Precision.YEAR)

    return Timeline(
        [
            Event("bb", "Big Bang", ago(13_800_000_000), precision=Precision.YEAR),
            Event("earth", "Earth forms", ago(4_540_000_000), precision=Precision.YEAR),
            Event("kt", "Dinosaurs die out", ago(66_000_000), precision=Precision.YEAR),
            Event("w", "Writing", TimePoint(-3199, precision=Precision.YEAR)),
        ]
    )


def test_the_whole_of_big_history_fits_with_billions_on_the_axis() -> None:
    tl = big_history()
    t0, t1 = tl.extent()
    vp = fit(t0, t1, 1400.0, Limits.around(t0, t1))
    ticks = axis(vp, lambda s: len(s) * 7.0).ticks
    labels = [t.label for t in ticks]
    assert any(label.endswith(" Ga") for label in labels), labels
    assert 3 <= len(ticks) <= 30
    xs = [t.x for t in ticks]
    assert xs == sorted(xs)
    scene = layout(tl, vp, 400.0, METRICS)
    assert {m.event_id for m in scene.marks} | set() >= {"bb", "earth"}


def test_a_view_of_ten_million_years_counts_in_millions() -> None:
    start = TimePoint(1950 - 70_000_000, precision=Precision.YEAR).start_seconds
    vp = Viewport(float(start), 10_000_000 * YEAR, 1400.0)
    labels = [t.label for t in axis(vp, lambda s: len(s) * 7.0).ticks]
    assert "66 Ma" in labels and "65 Ma" in labels
