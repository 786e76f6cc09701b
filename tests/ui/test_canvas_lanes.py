"""The canvas's lanes: as high as their labels need, and still while the wheel zooms."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.formats import load_timeline
from timeline_app.ui.canvas import TimelineCanvas


@pytest.fixture
def canvas(qtbot: QtBot, bundled_path: Path) -> TimelineCanvas:
    c = TimelineCanvas()
    qtbot.addWidget(c)
    c.resize(1000, 520)
    c.show()
    qtbot.waitExposed(c)
    c.set_timeline(load_timeline(bundled_path))
    return c


def wheel_in(widget: TimelineCanvas, x: float) -> None:
    pos = QPointF(x, 200)
    ev = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 15 * 8),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, ev)


def test_the_opening_view_labels_every_event(canvas: TimelineCanvas) -> None:
    scene = canvas.scene()
    assert not scene.badges
    assert len(scene.marks) == len(canvas.timeline)


def test_lanes_keep_their_heights_at_every_wheel_step(canvas: TimelineCanvas) -> None:
    rects = [band.rect for band in canvas.scene().lanes]
    start = canvas.viewport
    for _step in range(10):
        wheel_in(canvas, 800)
        assert [band.rect for band in canvas.scene().lanes] == rects
    assert canvas.viewport.span < start.span / 4  # it did zoom


@pytest.mark.parametrize("width", [560, 800])
def test_no_label_is_cut_by_the_edge_of_a_small_window(canvas: TimelineCanvas, width: int) -> None:
    canvas.resize(width, 480)
    canvas.zoom_to_fit()
    for _step in range(8):
        scene = canvas.scene()
        for m in scene.marks:
            title = canvas.timeline.get(m.event_id).title  # type: ignore[union-attr]
            if m.label != title:
                kept = m.label.removesuffix("…")
                assert m.label.endswith("…") and title.startswith(kept), m.label
                assert title[len(kept)] in " ,;:.–—-/", m.label  # after a whole word
            assert m.label_rect.x >= 0 and m.label_rect.right <= width, m.label
        for tick in scene.ticks:
            assert not tick.label or tick.x < width - 20
        wheel_in(canvas, width * 0.9)
