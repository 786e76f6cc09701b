"""Axis ticks: readable, non-overlapping and bounded at every zoom from minutes to millennia."""

import itertools
import math
import re

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from timeline_app.model.timepoint import MONTH_ABBR, days_from_civil
from timeline_app.view.layout import ApproxMetrics
from timeline_app.view.ticks import axis
from timeline_app.view.viewport import DAY, MAX_SPAN, MIN_SPAN, YEAR, Viewport

# A failing hypothesis test makes hypothesis import libcst, whose mypy_extensions import warns;
# with warnings as errors that would abort the whole pytest session instead of failing a test.
pytestmark = pytest.mark.filterwarnings(
    "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
)
# No "explain" phase: it traces coverage and makes a failing run take a minute or more.
PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]


WIDTH = 1280.0
METRICS = ApproxMetrics()


def measure(text: str) -> float:
    return METRICS.width("tick", text)


def at(y: int, m: int = 1, d: int = 1, hh: int = 0, mm: int = 0, ss: int = 0) -> float:
    return float(days_from_civil(y, m, d) * 86_400 + hh * 3600 + mm * 60 + ss)


def view(centre: float, span: float, width: float = WIDTH) -> Viewport:
    return Viewport(centre - span / 2, span, width)


YEAR_ZERO_BCE = re.compile(r"(^|\D)0 BCE")


def check_axis(vp: Viewport) -> None:
    ax = axis(vp, measure)
    ticks = ax.ticks
    labels = [t.label for t in ticks]
    assert len(ticks) >= 2, f"{ax.unit}×{ax.step} over {vp.span:.0f} s shows {labels}"
    assert len(ticks) <= vp.width / 10
    xs = [t.x for t in ticks]
    assert xs == sorted(xs)
    for a, b in itertools.pairwise(ticks):
        assert b.x - a.x >= max(measure(a.label), measure(b.label)), (a, b)
    for t in ticks:
        assert -1e-6 <= t.x <= vp.width + 1e-6
        assert vp.start <= t.t <= vp.end
        assert t.x == pytest.approx(vp.time_to_x(t.t), abs=1e-6)
    for label in labels + [c.label for c in ax.context]:
        assert label and not YEAR_ZERO_BCE.search(label), label
        assert "-" not in label, label


CENTRES = {
    "2017-05-10T14:07:13Z": at(2017, 5, 10, 14, 7, 13),
    "0001-01-01": at(1, 1, 1),
    "480 BCE mid-year": at(-479, 6, 15, 9, 30, 41),
    "9 million years ago": -9_000_000 * YEAR + 12_345.6,
}
SPANS = [
    math.exp(x)
    for x in [math.log(MIN_SPAN) + i * (math.log(MAX_SPAN / MIN_SPAN) / 39) for i in range(40)]
]


@pytest.mark.parametrize("centre", list(CENTRES.values()), ids=list(CENTRES))
@pytest.mark.parametrize("span", SPANS, ids=lambda s: f"{s:.3g}s")
def test_axis_is_readable_at_every_zoom(span, centre):
    check_axis(view(centre, span))


@settings(max_examples=200, deadline=None, database=None, phases=PHASES)
@given(st.data())
def test_axis_is_readable_anywhere(data):
    # st.data() keeps hypothesis from writing a patch file into the working tree on failure.
    span = math.exp(data.draw(st.floats(math.log(MIN_SPAN), math.log(MAX_SPAN)), label="log span"))
    centre = data.draw(st.floats(-10_000 * YEAR, 10_000 * YEAR), label="centre")
    width = data.draw(st.sampled_from([WIDTH, 640.0, 1920.0]), label="width")
    check_axis(view(centre, span, width))


def labels_of(vp: Viewport) -> tuple[str, list[str], list[str]]:
    ax = axis(vp, measure)
    return ax.unit, [t.label for t in ax.ticks], [c.label for c in ax.context]


def test_ten_year_view_names_the_years():
    unit, ticks, context = labels_of(view(at(2017, 7, 1), 10 * YEAR))
    shown = ticks + context
    for year in range(2013, 2022):
        assert str(year) in shown
    assert unit in ("month", "year")


def test_one_year_view_shows_months_in_their_year():
    unit, ticks, context = labels_of(view(at(2017, 7, 1), YEAR))
    assert unit == "month"
    assert set(ticks) <= set(MONTH_ABBR)
    assert {"Jan", "May", "Jun", "Dec"} <= set(ticks) or {"Feb", "May", "Jun"} <= set(ticks)
    assert "2017" in context


def test_two_week_view_shows_weekdays_under_the_month():
    unit, ticks, context = labels_of(view(at(2017, 5, 10, 12), 14 * DAY))
    assert unit == "day"
    assert "Wed 10" in ticks and "Thu 11" in ticks
    assert all(re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2}", t) for t in ticks)
    assert context[0] == "May 2017"


def test_two_week_view_across_a_month_boundary_names_both_months():
    unit, ticks, context = labels_of(view(at(2017, 7, 1), 14 * DAY))
    assert context == ["June 2017", "July 2017"]
    assert "Sat 1" in ticks


def test_six_hour_view_shows_clock_times_under_the_day():
    unit, ticks, context = labels_of(view(at(2017, 5, 10, 14, 7), 6 * 3600))
    assert unit in ("minute", "hour")
    assert "14:00" in ticks
    assert all(re.fullmatch(r"\d\d:\d\d", t) for t in ticks)
    assert context == ["Wed 10 May 2017"]


def test_day_view_across_midnight_names_both_days():
    _, ticks, context = labels_of(view(at(2017, 5, 11), DAY))
    assert context == ["Wed 10 May 2017", "Thu 11 May 2017"]
    assert "00:00" in ticks


def test_five_thousand_year_view_around_year_one():
    unit, ticks, _ = labels_of(view(at(1), 5000 * YEAR))
    assert unit == "year"
    bce = [t for t in ticks if t.endswith(" BCE")]
    ce = [t for t in ticks if not t.endswith(" BCE")]
    assert bce and ce
    assert all(re.fullmatch(r"[1-9][\d,]* BCE", t) for t in bce)
    assert all(re.fullmatch(r"[1-9][\d,]*", t) for t in ce)
    # BCE years count down towards the era, then CE years count up.
    numbers = [-int(t[:-4].replace(",", "")) for t in bce] + [int(t.replace(",", "")) for t in ce]
    assert numbers == sorted(numbers)


def test_around_the_era_at_single_years():
    _, ticks, _ = labels_of(view(at(1), 16 * YEAR))
    assert "1 BCE" in ticks and "1" in ticks
    assert ticks.index("1") == ticks.index("1 BCE") + 1


def test_year_labels_in_the_tens_of_thousands_use_separators():
    _, ticks, _ = labels_of(view(at(-15_000), 60_000 * YEAR))
    assert any(t.endswith(",000 BCE") for t in ticks)
    assert any(re.fullmatch(r"\d{2},000", t) for t in ticks)


def test_a_narrow_view_of_tens_of_thousands_of_years_still_has_an_axis():
    """Round 50,000-year steps miss a 320 px view of -38,000..+42,000: a finer step is used."""
    from timeline_app.view.layout import ApproxMetrics
    from timeline_app.view.ticks import axis
    from timeline_app.view.viewport import Viewport

    measure = ApproxMetrics().width
    ax = axis(Viewport(-1260799516800.0, 2524556160000.0, 320.0), lambda s: measure("tick", s))
    assert len(ax.ticks) >= 2
    for start, span in ((-1.5e12, 1.1e12), (-2.9e12, 2.9e12)):
        ax = axis(Viewport(start, span, 320.0), lambda s: measure("tick", s))
        assert ax.ticks, (start, span)


def test_absurd_wheel_turns_neither_overflow_nor_vanish():
    from timeline_app.view.viewport import wheel_factor

    assert wheel_factor(1e9) == wheel_factor(1500.0) > 1
    assert 0 < wheel_factor(-1e9) == wheel_factor(-1500.0) < 1
    assert wheel_factor(float("nan")) == 1.0
