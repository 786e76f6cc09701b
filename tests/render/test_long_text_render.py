"""Drawing a frame shapes only the beginning of a long label that the frame can show."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPainter

from timeline_app.model.timeline import Category, Event, Timeline
from timeline_app.model.timepoint import TimePoint
from timeline_app.render import painter as painter_mod
from timeline_app.render.painter import QtTextMetrics, layout_style, render
from timeline_app.render.theme import LIGHT
from timeline_app.view.layout import layout
from timeline_app.view.viewport import Viewport


def test_a_lane_name_a_megabyte_long_is_measured_only_as_far_as_the_band_is_wide(
    qapp: object,
) -> None:
    label = "W" * 1_000_000
    tl = Timeline(
        [Event("e", "Warsaw speech", TimePoint(2017, 7, 6), category="c")],
        categories=[Category("c", label, "#0072B2")],
    )
    vp = Viewport(TimePoint(2017, 7, 1).start_seconds, 10 * 86_400, 800)
    scene = layout(tl, vp, 300, QtTextMetrics(LIGHT), layout_style(LIGHT))
    painter_mod._ADVANCES.clear()
    image = QImage(800, 300, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(image)
    try:
        render(p, scene, LIGHT)
    finally:
        p.end()
    measured = [text for (_fm, text) in painter_mod._ADVANCES]
    assert measured and max(map(len, measured)) < 2_000
