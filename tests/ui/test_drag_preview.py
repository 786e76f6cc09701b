"""Dragging an event on the timeline shows it moving live, snapped to its precision, with the
date it would land on; Escape puts it back; the release makes one undo step."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.render.theme import category_color
from timeline_app.ui.main_window import MainWindow

WARSAW = "trump-warsaw-speech-2017-07-06"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, bundled_path: Path) -> MainWindow:
    path = tmp_path / "lesson.timeline.json"
    shutil.copyfile(bundled_path, path)
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w.editing, "ask", lambda _d: "discard"))
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(str(path), wait=True)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.canvas.setFocus()
    return w


def send(w: MainWindow, kind: QEvent.Type, p: QPoint, buttons: Qt.MouseButton) -> None:
    c = w.canvas
    ev = QMouseEvent(
        kind, QPointF(p), QPointF(c.mapToGlobal(p)), LEFT, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(c, ev)


def marker_centre(w: MainWindow, event_id: str) -> QPoint:
    mark = w.canvas.scene().mark_for(event_id)
    assert mark is not None
    r = mark.marker
    return QPoint(round(r.x + r.w / 2), round(r.y + r.h / 2))


def pixel(w: MainWindow, p: QPoint) -> QColor:
    return w.canvas.grab().toImage().pixelColor(p)


def test_a_drag_shows_the_event_where_it_would_land_with_the_snapped_date(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window
    e = w.canvas.timeline.get(WARSAW)
    assert e is not None
    w.canvas.frame(e)
    vp = w.canvas.viewport
    at = marker_centre(w, WARSAW)
    day = vp.time_to_x(e.tm + 86_400) - vp.time_to_x(e.tm)
    layouts = w.canvas.layout_count
    undo_steps = w.editing.stack.count()
    send(w, QEvent.Type.MouseButtonPress, at, LEFT)
    # Three days and a third: snapped to the third day.
    end = at + QPoint(round(3.3 * day), 0)
    for k in range(1, 6):
        send(w, QEvent.Type.MouseMove, at + (end - at) * k / 5, LEFT)
    preview = w.canvas.drag_preview
    assert preview is not None and preview.event_id == WARSAW
    assert preview.date == "9 July 2017"
    # Drawn a whole number of days from where it was, not under the pointer's exact x.
    assert abs(preview.marker.x + preview.marker.w / 2 - (at.x() + 3 * day)) <= 1.5
    # Nothing is edited yet, and the moves laid out no new scene.
    assert w.canvas.timeline.get(WARSAW) == e and w.editing.stack.count() == undo_steps
    assert w.canvas.layout_count == layouts
    # The marker is painted at its new place, and a dashed outline where it was.
    landed = QPoint(round(preview.marker.x + preview.marker.w / 2), at.y())
    colour = QColor(category_color(w.canvas.scene().mark_for(WARSAW).color, 0))  # type: ignore[union-attr]
    image = w.canvas.grab()
    if os.environ.get("TIMELINE_SHOTS"):
        image.save(os.path.join(os.environ["TIMELINE_SHOTS"], "drag-preview.png"))
    got = image.toImage().pixelColor(landed)
    assert max(abs(got.red() - colour.red()), abs(got.green() - colour.green()),
               abs(got.blue() - colour.blue())) < 40  # fmt: skip
    send(w, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    moved = w.canvas.timeline.get(WARSAW)
    assert moved is not None and moved.date_text() == "9 July 2017"
    assert w.canvas.drag_preview is None
    assert w.editing.stack.count() == undo_steps + 1
    assert w.editing.act_undo.text() == "&Undo Move ‘Trump's speech in Warsaw’"
    w.editing.stack.undo()
    assert w.canvas.timeline.get(WARSAW) == e


def test_escape_during_a_drag_puts_the_event_back_and_makes_no_edit(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window
    e = w.canvas.timeline.get(WARSAW)
    assert e is not None
    w.canvas.frame(e)
    at = marker_centre(w, WARSAW)
    before = pixel(w, at)
    undo_steps = w.editing.stack.count()
    send(w, QEvent.Type.MouseButtonPress, at, LEFT)
    send(w, QEvent.Type.MouseMove, at + QPoint(40, 0), LEFT)
    send(w, QEvent.Type.MouseMove, at + QPoint(120, 0), LEFT)
    assert w.canvas.drag_preview is not None
    assert pixel(w, at) != before  # the marker has left its place (an outline is there)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Escape)
    assert w.canvas.drag_preview is None
    assert pixel(w, at) == before
    send(w, QEvent.Type.MouseMove, at + QPoint(160, 0), LEFT)
    send(w, QEvent.Type.MouseButtonRelease, at + QPoint(160, 0), Qt.MouseButton.NoButton)
    assert w.canvas.timeline.get(WARSAW) == e
    assert w.editing.stack.count() == undo_steps
    assert w.canvas.drag_preview is None


def test_a_year_event_snaps_to_years_and_a_range_end_to_its_precision(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The preview's date follows the event's own precision."""
    from dataclasses import replace

    from timeline_app.model import TimePoint
    from timeline_app.model.edit import PutEvent
    from timeline_app.model.timepoint import Precision

    w = window
    e = w.canvas.timeline.get(WARSAW)
    assert e is not None
    year = replace(e, start=TimePoint(2017, precision=Precision.YEAR), precision=Precision.YEAR)
    assert w.editing.do(PutEvent(e.id, year, "Year"), select=e.id)
    y = w.canvas.timeline.get(WARSAW)
    assert y is not None
    w.canvas.frame(y)
    vp = w.canvas.viewport
    at = marker_centre(w, WARSAW)
    one_year = vp.time_to_x(y.tm + 365.25 * 86_400) - vp.time_to_x(y.tm)
    send(w, QEvent.Type.MouseButtonPress, at, LEFT)
    send(w, QEvent.Type.MouseMove, at + QPoint(round(1.2 * one_year), 0), LEFT)
    preview = w.canvas.drag_preview
    assert preview is not None and preview.date == "2018"
    send(w, QEvent.Type.MouseButtonRelease, at, Qt.MouseButton.NoButton)


def test_dragging_a_range_s_end_previews_the_new_span_with_its_label_after_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window
    e = next(e for e in w.canvas.timeline.events if e.is_range and "G20" in e.title)
    w.canvas.frame(e)
    vp = w.canvas.viewport
    mark = w.canvas.scene().mark_for(e.id)
    assert mark is not None
    m = mark.marker
    at = QPoint(round(m.right - 2), round(m.y + m.h / 2))
    days = round(3 * (vp.time_to_x(e.t1 + 86_400) - vp.time_to_x(e.t1)))
    send(w, QEvent.Type.MouseButtonPress, at, LEFT)
    send(w, QEvent.Type.MouseMove, at + QPoint(days // 2, 0), LEFT)
    send(w, QEvent.Type.MouseMove, at + QPoint(days, 0), LEFT)
    preview = w.canvas.drag_preview
    assert preview is not None and preview.date == "7–11 July 2017"
    assert abs(preview.marker.x - m.x) < 0.5  # the start stays
    assert preview.label_rect.x >= preview.marker.right  # the title is not over the bar
    send(w, QEvent.Type.MouseButtonRelease, at + QPoint(days, 0), Qt.MouseButton.NoButton)
    assert w.editing.act_undo.text() == "&Undo Change the Dates of ‘G20 summit in Hamburg’"
    changed = w.canvas.timeline.get(e.id)
    assert changed is not None and changed.date_text() == "7–11 July 2017"
