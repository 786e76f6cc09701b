"""The axis around a framed event names the event's own unit: its day, month or year."""

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from timeline_app.model.timepoint import Precision, civil_from_days, days_from_civil
from timeline_app.view.layout import ApproxMetrics
from timeline_app.view.ticks import Focus, axis
from timeline_app.view.viewport import DAY, YEAR, Viewport

pytestmark = pytest.mark.filterwarnings(
    "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
)
PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]
METRICS = ApproxMetrics(char_px=12.0)  # the projector's large type
ORDER = ["second", "minute", "hour", "day", "week", "month", "year"]


def measure(text: str) -> float:
    return METRICS.width("tick", text)


def start_of(unit: str, t: float) -> float:
    """The start of the day, month or year holding ``t``."""
    days = int(t // DAY)
    y, m, _ = civil_from_days(days)
    if unit == "month":
        days = days_from_civil(y, m, 1)
    elif unit == "year":
        days = days_from_civil(y, 1, 1)
    return float(days * DAY)


def test_the_8_july_step_names_sat_8_not_hours() -> None:
    # The breakfast of 8 July 2017 framed on a 1920 px projector: the axis used to show
    # 00:00 / 12:00 ticks, or every other day with Sat 8 left out.
    day = float(days_from_civil(2017, 7, 8) * DAY)
    for span in (3.5 * DAY, 5 * DAY, 12 * DAY, 21 * DAY):
        vp = Viewport(day + 0.5 * DAY - span / 2, span, 1920.0)
        ax = axis(vp, measure, Focus(day, Precision.DAY))
        labels = [t.label for t in ax.ticks]
        assert "Sat 8" in labels, (span / DAY, labels)
        assert not any(":" in label for label in labels)
        assert ax.unit in ("day", "week")


@settings(max_examples=300, deadline=None, phases=PHASES)
@given(
    day=st.integers(-300_000, 100_000),
    precision=st.sampled_from([Precision.DAY, Precision.MONTH, Precision.YEAR]),
    spans=st.floats(0.6, 60.0),
    width=st.floats(500.0, 4000.0),
    where=st.floats(0.05, 0.95),
)
def test_the_framed_event_s_unit_always_has_a_tick_and_nothing_finer_is_shown(
    day: int, precision: Precision, spans: float, width: float, where: float
) -> None:
    unit = {Precision.DAY: "day", Precision.MONTH: "month", Precision.YEAR: "year"}[precision]
    size = {"day": DAY, "month": YEAR / 12, "year": YEAR}[unit]
    t = start_of(unit, float(day * DAY))
    span = spans * size * 2
    vp = Viewport(t - where * span, span, width)
    ax = axis(vp, measure, Focus(t, precision))
    if ORDER.index(ax.unit) < ORDER.index(unit):
        # Finer only where the view is so narrow that the event's own start is out of it.
        assert not (vp.start <= t <= vp.end)
        return
    named = start_of("month" if ax.unit == "month" else "year" if ax.unit == "year" else "day", t)
    if vp.start <= named <= vp.end:
        assert named in [tick.t for tick in ax.ticks], (ax.unit, ax.step)
    xs = [tick.x for tick in ax.ticks]
    assert xs == sorted(xs)
    for a, b in zip(ax.ticks, ax.ticks[1:], strict=False):
        assert b.x - a.x >= measure(a.label)  # labels still do not overlap
