"""The search's matches on the timeline: a ring and an underline that read in every theme,
asked about only for the marks in the frame."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from timeline_app.formats import load_timeline
from timeline_app.render.painter import Highlight, QtTextMetrics, layout_style, render
from timeline_app.render.theme import DARK, LIGHT, PROJECTOR, Theme, contrast_ratio
from timeline_app.view.layout import layout
from timeline_app.view.scene import Scene
from timeline_app.view.viewport import Viewport


@pytest.mark.parametrize("theme", [LIGHT, DARK, PROJECTOR], ids=lambda t: t.name)
def test_the_match_colour_stands_out_from_what_it_is_drawn_on(theme: Theme) -> None:
    for under in (theme.lane_even, theme.lane_odd, theme.background, theme.hover, theme.selection):
        assert contrast_ratio(theme.match, under) >= 3.0, (theme.name, under)


def paint(scene: Scene, theme: Theme, highlight: Highlight) -> QImage:
    image = QImage(round(scene.width), round(scene.height), QImage.Format.Format_ARGB32)
    image.fill(QColor(theme.background))
    painter = QPainter(image)
    render(painter, scene, theme, highlight)
    painter.end()
    return image


@pytest.mark.parametrize("theme", [LIGHT, DARK, PROJECTOR], ids=lambda t: t.name)
def test_a_matched_mark_differs_from_an_unmatched_one_only_by_its_ring(
    theme: Theme, bundled_path: Path, qapp: object
) -> None:
    timeline = load_timeline(bundled_path)
    t0, t1 = timeline.extent()
    vp = Viewport(t0 - (t1 - t0) * 0.05, (t1 - t0) * 1.1, 1200)
    scene = layout(timeline, vp, 700, QtTextMetrics(theme), layout_style(theme))
    points = [m for m in scene.marks if not m.is_range]
    target = points[0]
    asked: list[str] = []

    def matched(event_id: str) -> bool:
        asked.append(event_id)
        return event_id == target.event_id

    plain = paint(scene, theme, Highlight())
    ringed = paint(scene, theme, Highlight(matched=matched))
    # Asked once for each mark drawn, and about nothing else.
    assert sorted(asked) == sorted(m.event_id for m in scene.marks)

    def changed(mark_rect: tuple[float, float, float, float]) -> int:
        x, y, w, h = mark_rect
        return sum(
            plain.pixelColor(px, py) != ringed.pixelColor(px, py)
            for px in range(max(0, int(x)), min(plain.width(), int(x + w) + 1))
            for py in range(max(0, int(y)), min(plain.height(), int(y + h) + 1))
        )

    def around(m: object) -> tuple[float, float, float, float]:
        r = m.marker  # type: ignore[attr-defined]
        return (r.x - 8, r.y - 8, r.w + 16, r.h + 16)

    assert changed(around(target)) > 20
    for other in points[1:]:
        if abs(other.marker.x - target.marker.x) > 30 or abs(other.marker.y - target.marker.y) > 30:
            assert changed(around(other)) == 0
    # The ring, in the theme's match colour, runs above the marker.
    m = target.marker
    want = QColor(theme.match)
    column = [ringed.pixelColor(round(m.x + m.w / 2), y) for y in range(int(m.y) - 7, int(m.y))]
    assert any(
        max(abs(c.red() - want.red()), abs(c.green() - want.green()), abs(c.blue() - want.blue()))
        <= 24
        for c in column
    )
