"""Contrast in every theme, computed for every pair of colours the timeline draws: text at
least 4.5:1 (the projector's 7:1), and every shape that carries meaning (markers, the
selection, the hover and the focus ring) at least 3:1 against the lanes (WCAG 2.1, 1.4.3
and 1.4.11). Then checked in pixels: the edge really is painted."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from timeline_app.formats import load_timeline
from timeline_app.render.painter import Highlight, QtTextMetrics, layout_style, render
from timeline_app.render.theme import (
    DARK,
    LIGHT,
    PALETTE,
    PROJECTOR,
    Theme,
    contrast_ratio,
    marker_edge,
)
from timeline_app.view.layout import layout
from timeline_app.view.viewport import Viewport

THEMES = [LIGHT, DARK, PROJECTOR]


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_every_text_reads(theme: Theme) -> None:
    least = 7.0 if theme.name == "projector" else 4.5
    low = [
        (what, fg, bg, round(contrast_ratio(fg, bg), 2))
        for what, fg, bg in theme.text_pairs()
        if contrast_ratio(fg, bg) < least
    ]
    assert not low


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_every_shape_stands_out_from_its_lane(theme: Theme) -> None:
    pairs = theme.non_text_pairs()
    assert len(pairs) >= len(PALETTE) * 3 + 10
    low = [
        (what, fg, bg, round(contrast_ratio(fg, bg), 2))
        for what, fg, bg in pairs
        if contrast_ratio(fg, bg) < 3.0
    ]
    assert not low


def test_the_faint_colours_get_an_edge_and_the_strong_keep_theirs() -> None:
    # Orange and sky blue are faint on the light lanes; the Okabe-Ito blue and black are
    # faint on the dark ones.
    for color in ("#E69F00", "#56B4E9", "#F0E442"):
        assert marker_edge(LIGHT, color) == LIGHT.marker_edge
    assert marker_edge(LIGHT, "#0072B2") == LIGHT.marker_outline
    for color in ("#0072B2", "#000000"):
        assert marker_edge(DARK, color) == DARK.marker_edge
    assert marker_edge(DARK, "#E69F00") == DARK.marker_outline


def _dark_pixels_around(image: QImage, x: float, y: float, r: int, ground: str) -> int:
    """Pixels near (x, y) that contrast 3:1 or more with the lane ``ground``."""
    n = 0
    for dx in range(-r, r + 1):
        for dy in range(-r, r + 1):
            c = image.pixelColor(round(x) + dx, round(y) + dy).name()
            if contrast_ratio(c, ground) >= 3.0:
                n += 1
    return n


def test_an_orange_marker_is_outlined_on_the_light_lane(qapp: object, bundled_path: object) -> None:
    tl = load_timeline(bundled_path)  # type: ignore[arg-type]
    lo, hi = tl.extent()
    vp = Viewport(lo - 86400 * 20, hi - lo + 86400 * 40, 1200)
    scene = layout(tl, vp, 600, QtTextMetrics(LIGHT), layout_style(LIGHT))
    image = QImage(1200, 600, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    render(painter, scene, LIGHT, Highlight())
    painter.end()
    orange = [m for m in scene.marks if not m.is_range and m.color == "#E69F00"]
    assert orange, "the bundled timeline has orange events"
    m = orange[0].marker
    lane = next(b for b in scene.lanes if b.rect.y <= m.y <= b.rect.bottom)
    ground = LIGHT.lane_even if lane.index % 2 == 0 else LIGHT.lane_odd
    ring = _dark_pixels_around(image, m.x + m.w / 2, m.y + m.h / 2, round(m.w / 2) + 1, ground)
    assert ring >= 8, "the edge of the marker is drawn"


def test_the_selection_has_a_border_that_stands_out(qapp: object, bundled_path: object) -> None:
    tl = load_timeline(bundled_path)  # type: ignore[arg-type]
    lo, hi = tl.extent()
    vp = Viewport(lo - 86400 * 20, hi - lo + 86400 * 40, 1200)
    scene = layout(tl, vp, 600, QtTextMetrics(LIGHT), layout_style(LIGHT))
    mark = scene.marks[0]

    def paint(selected: str | None) -> QImage:
        image = QImage(1200, 600, QImage.Format.Format_ARGB32)
        image.fill(QColor(LIGHT.background))
        painter = QPainter(image)
        render(painter, scene, LIGHT, Highlight(selected=selected))
        painter.end()
        return image

    before, after = paint(None), paint(mark.event_id)
    r = mark.hit_rect
    y = round(r.y + r.h / 2)
    # Left of the label, where the selection's border runs down its side.
    edge = [after.pixelColor(x, y).name() for x in range(round(r.x) - 6, round(r.x))]
    assert any(contrast_ratio(c, before.pixelColor(round(r.x) - 8, y).name()) >= 3.0 for c in edge)
