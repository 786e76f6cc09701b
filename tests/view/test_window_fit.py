"""Where a window goes on a screen: the whole frame inside the available area."""

from __future__ import annotations

import pytest

from timeline_app.view.window_fit import DEFAULT_SIZE, Box, Frame, fit_window, frame_fits

FRAME = Frame(4, 28, 4, 4)
PROJECTOR = Box(0, 0, 1024, 768)


def test_the_default_size_shrinks_to_a_projector_and_is_centred() -> None:
    got = fit_window(Box(0, 0, *DEFAULT_SIZE), FRAME, PROJECTOR, centre=True)
    assert (got.width, got.height) == (1024 - 8, 768 - 32)
    assert frame_fits(got, FRAME, PROJECTOR)


def test_a_window_that_fits_keeps_its_size_and_is_centred_when_new() -> None:
    screen = Box(0, 0, 1920, 1200)
    got = fit_window(Box(0, 0, *DEFAULT_SIZE), FRAME, screen, centre=True)
    assert (got.width, got.height) == DEFAULT_SIZE
    assert got.x - FRAME.left - screen.x == screen.right - got.right - FRAME.right
    assert frame_fits(got, FRAME, screen)


def test_at_scale_factor_two_a_full_hd_screen_is_960_by_540() -> None:
    logical = Box(0, 0, 1920 // 2, 1080 // 2)
    got = fit_window(Box(0, 0, *DEFAULT_SIZE), FRAME, logical, centre=True)
    assert got.width <= 960 and got.height <= 540
    assert frame_fits(got, FRAME, logical)


@pytest.mark.parametrize(
    "saved",
    [
        Box(1930, 40, 800, 600),  # on a second screen that is gone
        Box(-500, -300, 800, 600),  # up and left, its title bar out of reach
        Box(600, 500, 800, 600),  # hanging off the bottom right
        Box(100, 100, 1900, 1150),  # from a larger screen
    ],
)
def test_a_restored_window_comes_back_inside_the_screen(saved: Box) -> None:
    got = fit_window(saved, FRAME, PROJECTOR)
    assert frame_fits(got, FRAME, PROJECTOR)
    assert got.width == min(saved.width, 1016) and got.height == min(saved.height, 736)


def test_a_restored_window_that_fits_stays_where_it_was() -> None:
    saved = Box(100, 80, 700, 500)
    assert frame_fits(saved, FRAME, PROJECTOR)
    assert fit_window(saved, FRAME, PROJECTOR) == saved


def test_a_screen_that_does_not_start_at_the_origin() -> None:
    # A second screen to the right, below a panel 30 px high.
    right = Box(1920, 30, 1024, 738)
    got = fit_window(Box(0, 0, 1280, 800), FRAME, right)
    assert frame_fits(got, FRAME, right)
    assert got.x == 1920 + FRAME.left and got.y == 30 + FRAME.top
