"""A saved view is shown again only when zooming and panning could have reached it."""

import math

import pytest

from timeline_app.view.viewport import ABS_LIMIT, DAY, MAX_SPAN, YEAR, Limits, restorable

LIMITS = Limits.around(1_478_563_200.0, 1_499_558_400.0)  # the 2017 timeline's events


@pytest.mark.parametrize(
    ("start", "span"),
    [
        (1_490_000_000.0, 30 * DAY),
        (1_478_563_200.0 - 30, 60.0),  # the narrowest view, centred on the first event
        (1_489_000_000.0 - MAX_SPAN / 2, MAX_SPAN),  # zoomed out as far as it goes
    ],
)
def test_a_view_within_reach_is_restored(start: float, span: float) -> None:
    assert restorable(start, span, LIMITS)


@pytest.mark.parametrize(
    ("start", "span"),
    [
        (math.nan, 30 * DAY),
        (1_490_000_000.0, math.nan),
        (math.inf, 30 * DAY),
        (-math.inf, 30 * DAY),
        (1_490_000_000.0, math.inf),
        (1_490_000_000.0, 1e308),
        (1e308, 30 * DAY),
        (1e308, 1e308),  # a centre that overflows
        (1_490_000_000.0, 59.0),  # narrower than a minute
        (1_490_000_000.0, MAX_SPAN * 1.01),
        (1_499_558_400.0 + DAY, 30 * DAY),  # centred after the last event
        (-ABS_LIMIT, 30 * DAY),
        (1_478_563_200.0 - 10 * YEAR, 30 * DAY),
    ],
)
def test_a_view_out_of_reach_is_not(start: float, span: float) -> None:
    assert not restorable(start, span, LIMITS)
