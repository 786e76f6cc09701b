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
