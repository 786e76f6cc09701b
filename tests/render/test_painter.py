"""The drawing path, pixel by pixel: what a frame leaves on the image, and how text is drawn."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from timeline_app.formats import load_timeline
from timeline_app.model import Timeline
from timeline_app.render.painter import QtTextMetrics, layout_style, render
from timeline_app.render.theme import DARK, LIGHT, PROJECTOR, Theme, projector_for
from timeline_app.view.layout import layout
from timeline_app.view.scene import AxisTick, Badge, LaneBand, Rect, Scene
from timeline_app.view.viewport import Viewport


@pytest.fixture
def timeline(bundled_path: Path, qapp: object) -> Timeline:
    return load_timeline(bundled_path)


def frame(
    timeline: Timeline, theme: Theme, width: int, height: int, over: QColor, dpr: float = 1.0
) -> QImage:
    """One frame of the whole timeline painted over an image filled with ``over``, at
    ``dpr`` device pixels a logical pixel (as on a high-dpi screen)."""
    t0, t1 = timeline.extent()
    pad = (t1 - t0) * 0.05
    vp = Viewport(t0 - pad, t1 - t0 + 2 * pad, width)
    scene = layout(timeline, vp, height, QtTextMetrics(theme), layout_style(theme))
    image = QImage(
        round(width * dpr), round(height * dpr), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.setDevicePixelRatio(dpr)
    image.fill(over)
    painter = QPainter(image)
    render(painter, scene, theme)
    painter.end()
    return image


@pytest.mark.parametrize(
    ("theme", "height", "dpr"),
    # Heights, a scaled theme and device pixel ratios that put lane edges between pixel rows.
    [
        (LIGHT, 720, 1.0),
        (LIGHT, 601, 1.0),
        (DARK, 533, 1.0),
        (projector_for(1000), 767, 1.0),
        (PROJECTOR, 700, 1.0),
        (LIGHT, 601, 1.25),
        (projector_for(1000), 767, 1.5),
        (DARK, 533, 1.75),
    ],
)
def test_a_frame_repaints_every_pixel(
    timeline: Timeline, theme: Theme, height: int, dpr: float
) -> None:
    # The canvas does not clear itself before painting (it is opaque): a pixel the frame
    # leaves alone, or covers only in part, would show some of what was there before. So the
    # same frame over two different images must come out the same.
    over_magenta = frame(timeline, theme, 1111, height, QColor("#ff00ff"), dpr)
    over_green = frame(timeline, theme, 1111, height, QColor("#00ff00"), dpr)
    stale = [
        (x, y)
        for y in range(over_magenta.height())
        for x in range(0, over_magenta.width(), 3)
        if over_magenta.pixel(x, y) != over_green.pixel(x, y)
    ]
    assert stale == []


def test_count_badge_text_is_centred_in_its_pill(qapp: object) -> None:
    scene = Scene(400, 200, Rect(0, 0, 400, 42))
    scene.badges.append(Badge(Rect(100, 100, 60, 18), 1234, 0.0, 1.0, 0, "#0072B2", 0))
    image = QImage(400, 200, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    render(painter, scene, LIGHT)
    painter.end()
    # The count's dark pixels, inside the pill (its outline is the category colour).
    text = QColor(LIGHT.badge_text)
    xs, ys = [], []
    for y in range(101, 117):
        for x in range(102, 158):
            c = image.pixelColor(x, y)
            if abs(c.red() - text.red()) + abs(c.green() - text.green()) < 90 and c.blue() < 140:
                xs.append(x)
                ys.append(y)
    assert len(xs) > 20, "the count is drawn"
    assert abs((min(xs) + max(xs)) / 2 - 130) <= 1.5
    assert abs((min(ys) + max(ys)) / 2 - 109) <= 1.5


def test_grid_lines_are_solid_one_pixel_lines(timeline: Timeline) -> None:
    image = frame(timeline, LIGHT, 1000, 500, QColor("#ffffff"))
    grid = QColor(LIGHT.grid)
    # A row in the lanes, below the axis, between event rows: the lane colour and grid lines.
    row = [image.pixelColor(x, 480) for x in range(1000)]
    columns = [x for x, c in enumerate(row) if c == grid]
    assert len(columns) >= 3
    for x in columns:
        assert row[x - 1] != grid and row[x + 1] != grid  # one pixel wide, not smeared


def _lane_name_over_grid(name: str, xs: list[int]) -> QImage:
    """A lane called ``name`` painted with grid lines at ``xs``."""
    scene = Scene(400, 200, Rect(0, 0, 400, 42))
    scene.lanes.append(LaneBand("c", name, "#0072B2", Rect(0, 42, 400, 150), 0, 0))
    scene.ticks = [AxisTick(x, "") for x in xs]
    image = QImage(400, 200, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    render(painter, scene, LIGHT)
    painter.end()
    return image


def test_lane_names_are_drawn_over_the_grid_lines(qapp: object) -> None:
    xs = list(range(14, 90, 3))  # grid lines through the name, letters and gaps alike
    image = _lane_name_over_grid("MMMMMMMMMMMM", xs)
    grid = QColor(LIGHT.grid)
    # Where a line crosses a letter, the letter shows: a column of the name's rows that is
    # grid colour from top to bottom is a line drawn over the name.
    crossed = [x for x in xs if any(image.pixelColor(x, y) != grid for y in range(46, 60))]
    assert len(crossed) >= len(xs) // 2


def test_no_grid_line_shows_between_the_letters_of_a_lane_name(qapp: object) -> None:
    # "SUMMITS & | MEETINGS": a line in the gap between two words reads as a divider.
    xs = list(range(14, 150, 2))
    image = _lane_name_over_grid("Summits and meetings", xs)
    grid = QColor(LIGHT.grid)
    # Within the caption's rows, no column is grid colour from top to bottom; below them the
    # lines run on.
    rows = range(45, 59)
    assert not [x for x in xs if all(image.pixelColor(x, y) == grid for y in rows)]
    assert all(image.pixelColor(x, 120) == grid for x in xs)
