"""The viewport: mapping time to pixels, zooming about the pointer, and never leaving Limits."""

import math

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from timeline_app.view.viewport import (
    ABS_LIMIT,
    DAY,
    MAX_SPAN,
    MIN_SPAN,
    YEAR,
    Limits,
    Viewport,
    clamp,
    fit,
    frame_event,
    pan,
    show,
    wheel_factor,
    zoom,
)

# A failing hypothesis test makes hypothesis import libcst, whose mypy_extensions import warns;
# with warnings as errors that would abort the whole pytest session instead of failing a test.
pytestmark = pytest.mark.filterwarnings(
    "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
)
# No "explain" phase: it traces coverage and makes a failing run take a minute or more.
PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]

FAST = settings(max_examples=200, deadline=None, database=None, phases=PHASES)

times = st.floats(-ABS_LIMIT, ABS_LIMIT)
spans = st.floats(math.log(MIN_SPAN), math.log(MAX_SPAN)).map(math.exp)
widths = st.sampled_from([1.0, 37.0, 640.0, 1280.0, 3840.0]) | st.floats(1.0, 10_000.0)


@st.composite
def viewports(draw):
    span = draw(spans)
    centre = draw(st.floats(-ABS_LIMIT, ABS_LIMIT))
    return Viewport(centre - span / 2, span, draw(widths))


@st.composite
def limit_sets(draw):
    if draw(st.booleans()):
        return Limits()
    a, b = draw(times), draw(times)
    return Limits.around(a, b)


def slack(*values: float) -> float:
    """A few units in the last place of the largest magnitude involved."""
    return 4 * math.ulp(max(abs(v) for v in values))


def assert_within(vp: Viewport, limits: Limits) -> None:
    assert math.isfinite(vp.start) and math.isfinite(vp.span) and math.isfinite(vp.width)
    assert limits.min_span <= vp.span <= limits.max_span
    tol = slack(limits.lo, limits.hi, vp.span)
    assert limits.lo - tol <= vp.center <= limits.hi + tol
    assert vp.width >= 1


def test_time_and_x_map_linearly():
    vp = Viewport(start=1000.0, span=3600.0, width=1200.0)
    assert vp.time_to_x(1000.0) == 0
    assert vp.time_to_x(4600.0) == pytest.approx(1200.0)
    assert vp.x_to_time(600.0) == pytest.approx(2800.0)
    assert vp.seconds_per_px == 3.0
    assert vp.end == 4600.0 and vp.center == 2800.0


@FAST
@given(viewports(), st.floats(-0.5, 1.5))
def test_time_to_x_round_trip_within_a_pixel(vp, fraction):
    t = vp.start + fraction * vp.span
    x = vp.time_to_x(t)
    assert abs(vp.x_to_time(x) - t) <= vp.seconds_per_px
    # From pixels to time and back: within a pixel, or within what a float can tell apart
    # at this absolute time (at +-9 million years and 1 minute across 4K, a float's step is
    # larger than a pixel).
    resolution = slack(vp.start, vp.end) / vp.seconds_per_px
    x_back = vp.time_to_x(vp.x_to_time(fraction * vp.width))
    assert abs(x_back - fraction * vp.width) <= 1.0 + resolution


@FAST
@given(viewports(), st.floats(1 / 64, 64), st.floats(0.0, 1.0))
def test_zoom_keeps_the_time_under_the_pointer(vp, factor, where):
    limits = Limits()
    vp = clamp(vp, limits)
    anchor_x = where * vp.width
    anchor_t = vp.x_to_time(anchor_x)
    wanted_span = vp.span / factor
    out = zoom(vp, factor, anchor_x, limits)
    # Only when neither the span nor the centre had to be clamped.
    if not (limits.min_span < wanted_span < limits.max_span):
        return
    if not (limits.lo < out.center < limits.hi):
        return
    assert out.span == pytest.approx(wanted_span, rel=1e-9)
    assert abs(out.x_to_time(anchor_x) - anchor_t) <= out.seconds_per_px + slack(
        anchor_t, out.start
    )


def test_zoom_in_and_out_about_the_pointer():
    limits = Limits()
    vp = Viewport(0.0, 10 * DAY, 1000.0)
    t = vp.x_to_time(250.0)
    inner = zoom(vp, 2.0, 250.0, limits)
    assert inner.span == pytest.approx(5 * DAY)
    assert inner.x_to_time(250.0) == pytest.approx(t)
    outer = zoom(inner, 0.5, 250.0, limits)
    assert outer.start == pytest.approx(vp.start, abs=1e-6)
    assert outer.span == pytest.approx(vp.span)


def test_zoom_stops_at_the_span_limits():
    limits = Limits()
    vp = Viewport(0.0, 10 * MIN_SPAN, 800.0)
    assert zoom(vp, 1e6, 400.0, limits).span == MIN_SPAN
    assert zoom(vp, 1e-30, 400.0, limits).span == MAX_SPAN


@pytest.mark.parametrize("factor", [0.0, -2.0, math.inf, -math.inf, math.nan])
def test_nonsense_zoom_factors_change_nothing(factor):
    limits = Limits()
    vp = Viewport(5 * YEAR, 3 * YEAR, 800.0)
    assert zoom(vp, factor, 100.0, limits) == vp


def test_wheel_factor():
    assert wheel_factor(15) == pytest.approx(1.25)
    assert wheel_factor(-15) == pytest.approx(0.8)
    assert wheel_factor(0) == 1.0
    assert wheel_factor(120) == pytest.approx(1.25**8)


factors = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from(
    [0.0, -1.0, 1e-300, 1e300, math.inf, -math.inf, math.nan, 1.25, 0.8]
)
dxs = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from(
    [1e300, -1e300, 5.0, -5.0, 0.0]
)
actions = st.lists(
    st.tuples(st.just("zoom"), factors, st.floats(-1e4, 1e4) | st.sampled_from([0.0, math.nan]))
    | st.tuples(st.just("pan"), dxs, st.just(0.0))
    | st.tuples(
        st.just("width"), st.floats(0.0, 5000.0) | st.sampled_from([0.0, -3.0]), st.just(0.0)
    ),
    max_size=30,
)


@FAST
@given(viewports(), limit_sets(), actions)
def test_no_sequence_of_zooms_and_pans_leaves_the_limits(vp, limits, steps):
    vp = clamp(vp, limits)
    assert_within(vp, limits)
    for kind, amount, anchor in steps:
        if kind == "zoom":
            vp = zoom(vp, amount, anchor, limits)
        elif kind == "pan":
            vp = pan(vp, amount, limits)
        else:
            vp = clamp(vp.with_width(amount), limits)
        assert_within(vp, limits)


def test_pan_moves_content_right_by_dx():
    limits = Limits()
    vp = Viewport(0.0, 1000.0, 100.0)
    moved = pan(vp, 10.0, limits)
    assert moved.start == pytest.approx(-100.0)
    assert moved.time_to_x(0.0) == pytest.approx(10.0)


@pytest.mark.parametrize("dx", [1e300, math.inf])
def test_huge_pan_to_the_past_stops_at_the_first_event(dx):
    limits = Limits.around(0.0, 100 * YEAR)
    vp = Viewport(50 * YEAR, 10 * YEAR, 1000.0)
    assert pan(vp, dx, limits).center == pytest.approx(0.0, abs=1.0)


@pytest.mark.parametrize("span", [10 * YEAR, 1000 * YEAR])
@pytest.mark.parametrize("dx", [-1e300, -math.inf])
def test_huge_pan_to_the_future_stops_at_the_last_event(dx, span):
    # Content moving left by a huge amount shows later times: the view must end up at the
    # last event, never jump back to the first one.
    limits = Limits.around(0.0, 100 * YEAR)
    vp = Viewport(50 * YEAR - span / 2, span, 100.0)
    assert pan(vp, dx, limits).center == pytest.approx(100 * YEAR, rel=1e-12)


@FAST
@given(
    st.floats(-ABS_LIMIT, ABS_LIMIT - 0.5 * MAX_SPAN),
    st.floats(0, 0.5 * MAX_SPAN),
    st.sampled_from([320.0, 800.0, 1280.0, 3840.0]),
)
def test_fit_shows_the_whole_extent(t0, length, width):
    t1 = t0 + length
    limits = Limits.around(t0, t1)
    vp = fit(t0, t1, width, limits)
    assert_within(vp, limits)
    assert vp.width == width
    assert vp.start <= t0 and t1 <= vp.end
    if length > 10 * MIN_SPAN:
        # The extent fills most of the width, not a speck in the middle.
        assert (t1 - t0) / vp.span > 0.5


@FAST
@given(times, st.floats(0, 0.3 * MAX_SPAN), st.sampled_from([DAY, 14 * DAY, YEAR]))
def test_frame_event_contains_the_event(t0, duration, context):
    t1 = t0 + duration
    limits = Limits.around(min(t0, -ABS_LIMIT / 2), max(t1, ABS_LIMIT / 2))
    vp = frame_event(t0, t1, 1280.0, limits, context)
    assert_within(vp, limits)
    assert vp.start <= t0 and t1 <= vp.end
    assert vp.span >= min(context, MAX_SPAN)


def test_show_a_single_instant_is_centred():
    limits = Limits()
    vp = show(1e9, 1e9, 1000.0, limits)
    assert vp.span == MIN_SPAN
    assert vp.center == pytest.approx(1e9)


def test_limits_around_orders_and_caps_the_bounds():
    assert Limits.around(10.0, 5.0) == Limits(5.0, 10.0)
    wide = Limits.around(-1e30, 1e30)
    assert (wide.lo, wide.hi) == (-ABS_LIMIT, ABS_LIMIT)


def test_with_width_keeps_the_time_span():
    vp = Viewport(100.0, 500.0, 800.0)
    assert vp.with_width(1600).span == 500.0
    assert vp.with_width(1600).start == 100.0
    assert vp.with_width(0).width == 1.0


def test_a_timeline_longer_than_100000_years_can_be_seen_whole():
    from timeline_app.view.viewport import fit

    first, last = -300_000 * YEAR, 47 * YEAR
    limits = Limits.around(first, last)
    vp = fit(first, last, 1280, limits)
    assert vp.start <= first and last <= vp.end
