"""The timeline widget: wheel zoom at the pointer, drag to pan, keys, clicks and hover."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.formats import load_timeline
from timeline_app.ui.canvas import TimelineCanvas
from timeline_app.view.scene import EventMark

MEETING = "putin-trump-meeting-2017-07-07"
LAVROV = "white-house-lavrov-2017-05-10"


@pytest.fixture
def canvas(qtbot: QtBot, bundled_path: Path) -> TimelineCanvas:
    c = TimelineCanvas()
    qtbot.addWidget(c)
    c.resize(1200, 600)
    c.show()
    qtbot.waitExposed(c)
    c.set_timeline(load_timeline(bundled_path))
    return c


def wheel(
    widget: TimelineCanvas,
    x: float,
    degrees_y: int = 0,
    degrees_x: int = 0,
    mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    pos = QPointF(x, 300)
    ev = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(degrees_x * 8, degrees_y * 8),
        Qt.MouseButton.NoButton,
        mods,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, ev)


def mouse(
    widget: TimelineCanvas,
    kind: QEvent.Type,
    x: float,
    y: float,
    buttons: Qt.MouseButton = Qt.MouseButton.LeftButton,
) -> None:
    pos = QPointF(x, y)
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    ev = QMouseEvent(
        kind,
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, ev)


def center_of(mark: EventMark) -> QPoint:
    r = mark.marker
    return QPoint(round(r.x + r.w / 2), round(r.y + r.h / 2))


def test_wheel_zooms_in_around_the_pointer(canvas: TimelineCanvas) -> None:
    before = canvas.viewport
    x = 900.0
    t_under = before.x_to_time(x)
    wheel(canvas, x, degrees_y=15)
    after = canvas.viewport
    assert after.span < before.span * 0.85
    assert abs(after.time_to_x(t_under) - x) < 1.0


def test_wheel_back_zooms_out_and_stops_at_the_limit(canvas: TimelineCanvas) -> None:
    before = canvas.viewport.span
    wheel(canvas, 600, degrees_y=-15)
    assert canvas.viewport.span > before
    for _ in range(200):
        wheel(canvas, 600, degrees_y=-120)
    assert canvas.viewport.span == pytest.approx(canvas.limits.max_span)


def test_shift_wheel_and_horizontal_wheel_pan(canvas: TimelineCanvas) -> None:
    span = canvas.viewport.span
    canvas.zoom_by(4.0)
    start = canvas.viewport.start
    wheel(canvas, 600, degrees_y=-15, mods=Qt.KeyboardModifier.ShiftModifier)
    assert canvas.viewport.start != start
    moved = canvas.viewport.start
    wheel(canvas, 600, degrees_x=15)
    assert canvas.viewport.start != moved
    assert canvas.viewport.span == pytest.approx(span / 4.0)


def test_drag_pans_with_the_pointer(canvas: TimelineCanvas) -> None:
    canvas.zoom_by(3.0)
    before = canvas.viewport
    t_grabbed = before.x_to_time(600)
    mouse(canvas, QEvent.Type.MouseButtonPress, 600, 560)
    mouse(canvas, QEvent.Type.MouseMove, 650, 560)
    mouse(canvas, QEvent.Type.MouseMove, 700, 560)
    mouse(canvas, QEvent.Type.MouseButtonRelease, 700, 560, Qt.MouseButton.NoButton)
    after = canvas.viewport
    assert after.span == pytest.approx(before.span)
    assert abs(after.time_to_x(t_grabbed) - 700) < 1.0
    assert canvas.selected_id is None  # a drag is not a click


def test_click_selects_the_event_under_the_pointer(canvas: TimelineCanvas, qtbot: QtBot) -> None:
    mark = canvas.scene().mark_for(LAVROV)
    assert mark is not None
    with qtbot.waitSignal(canvas.selectionChanged) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=center_of(mark))
    assert blocker.args == [LAVROV]
    assert canvas.selected_id == LAVROV
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(5, 590))
    assert canvas.selected_id is None


def test_tab_moves_the_selection_in_time_order(canvas: TimelineCanvas, qtbot: QtBot) -> None:
    canvas.setFocus()
    events = [e.id for e in canvas.timeline.events]
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.selected_id == events[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.selected_id == events[1]
    qtbot.keyClick(canvas, Qt.Key.Key_Backtab)
    assert canvas.selected_id == events[0]
    for _ in range(len(events) + 3):
        qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.selected_id == events[-1]
    assert canvas.hasFocus()  # Tab moved the selection, not the keyboard focus


def test_selection_is_kept_in_view_with_its_label(canvas: TimelineCanvas) -> None:
    canvas.frame(canvas.timeline.get(LAVROV))  # type: ignore[arg-type]
    canvas.select(MEETING)  # two months away: out of view
    assert canvas.scene().mark_for(MEETING) is not None
    assert 0 <= canvas.viewport.time_to_x(canvas.timeline.get(MEETING).tm) <= canvas.width()  # type: ignore[union-attr]


def test_keys_zoom_pan_and_fit(canvas: TimelineCanvas, qtbot: QtBot) -> None:
    canvas.setFocus()
    fitted = canvas.viewport
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.viewport.span < fitted.span
    zoomed = canvas.viewport
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.viewport.start > zoomed.start
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.viewport.start == pytest.approx(zoomed.start)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.viewport.span > zoomed.span
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.viewport == fitted


def test_double_click_frames_the_event(canvas: TimelineCanvas, qtbot: QtBot) -> None:
    mark = canvas.scene().mark_for(LAVROV)
    assert mark is not None
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=center_of(mark))
    vp = canvas.viewport
    assert vp.span < 40 * 86400
    event = canvas.timeline.get(LAVROV)
    assert event is not None and vp.start < event.tm < vp.end
    assert canvas.selected_id == LAVROV


def test_selection_and_hover_need_no_new_layout(canvas: TimelineCanvas, qtbot: QtBot) -> None:
    canvas.repaint()
    count = canvas.layout_count
    mark = canvas.scene().mark_for(LAVROV)
    assert mark is not None
    mouse(
        canvas,
        QEvent.Type.MouseMove,
        center_of(mark).x(),
        center_of(mark).y(),
        Qt.MouseButton.NoButton,
    )
    canvas.select(LAVROV)
    canvas.repaint()
    canvas.select(None)
    canvas.repaint()
    assert canvas.layout_count == count
    canvas.zoom_by(1.5)
    canvas.repaint()
    assert canvas.layout_count == count + 1


def test_painted_pixels_show_the_selected_event(canvas: TimelineCanvas) -> None:
    """The selection highlight is drawn where the event's label is."""
    mark = canvas.scene().mark_for(LAVROV)
    assert mark is not None
    probe = QPoint(round(mark.label_rect.right + 1), round(mark.label_rect.y + 3))
    before = canvas.grab().toImage().pixelColor(probe)
    canvas.select(LAVROV)
    after = canvas.grab().toImage().pixelColor(probe)
    assert before != after
    assert after.name().upper() == canvas.theme.selection.upper()


def test_hidden_category_disappears_from_the_timeline(canvas: TimelineCanvas) -> None:
    assert canvas.scene().mark_for(MEETING) is not None
    canvas.set_hidden_categories(frozenset({"summit"}))
    scene = canvas.scene()
    assert scene.mark_for(MEETING) is None
    assert "summit" not in [lane.category_id for lane in scene.lanes]


def test_resize_keeps_the_whole_timeline_fitted_until_the_user_navigates(
    canvas: TimelineCanvas,
) -> None:
    lo, hi = canvas.timeline.extent()
    canvas.resize(700, 600)
    vp = canvas.viewport
    assert vp.start < lo and hi < vp.end
    assert vp.span < 1.5 * (hi - lo)  # fitted again, not the old scale cut short
    canvas.zoom_by(2.0)
    spp = canvas.viewport.seconds_per_px
    canvas.resize(1000, 600)
    assert canvas.viewport.seconds_per_px == pytest.approx(spp)  # same scale, more shown


def test_a_resize_during_a_drag_keeps_the_view_at_the_new_width(canvas: TimelineCanvas) -> None:
    mouse(canvas, QEvent.Type.MouseButtonPress, 600, 560)
    canvas.resize(700, 500)
    mouse(canvas, QEvent.Type.MouseMove, 650, 560)
    assert canvas.viewport.width == canvas.width() == 700
    assert canvas.scene().width == 700
    # A release lost to another window: the next plain move ends the drag.
    plain = QMouseEvent(QEvent.Type.MouseMove, QPointF(300, 300), QPointF(canvas.mapToGlobal(QPoint(300, 300))),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(canvas, plain)
    before = canvas.viewport
    QApplication.sendEvent(canvas, QMouseEvent(QEvent.Type.MouseMove, QPointF(100, 300), QPointF(canvas.mapToGlobal(QPoint(100, 300))),
                                               Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))  # fmt: skip
    assert canvas.viewport == before


def test_a_huge_wheel_turn_zooms_to_the_limit_without_error(canvas: TimelineCanvas) -> None:
    wheel(canvas, 600, degrees_y=10_000_000 // 8)
    assert canvas.viewport.span == pytest.approx(canvas.limits.min_span)
    for _ in range(3):  # each absurd turn counts as 100 notches at most
        wheel(canvas, 600, degrees_y=-(10_000_000 // 8))
    assert canvas.viewport.span == pytest.approx(canvas.limits.max_span)


def test_framing_an_event_among_many_on_its_day_keeps_the_plain_frame(qtbot: QtBot) -> None:
    # Forty events on one day share one place at any zoom: zooming in cannot give each a
    # row, so the frame stays at the day's context instead of a deep, empty zoom.
    from timeline_app.model import Category, Event, Timeline, TimePoint
    from timeline_app.ui.canvas import CONTEXT_BY_PRECISION, FRAME_ZOOM_STEPS

    cats = [Category("c", "C")]
    day = [Event(f"e{k}", f"Event {k}", TimePoint(2017, 5, 1), category="c") for k in range(40)]
    others = [
        Event("early", "Early", TimePoint(2017, 1, 1), category="c"),
        Event("late", "Late", TimePoint(2017, 9, 1), category="c"),
    ]
    c = TimelineCanvas()
    qtbot.addWidget(c)
    c.resize(1000, 400)
    c.show()
    c.set_timeline(Timeline(day + others, categories=cats))
    before = c.layout_count
    target = c.timeline.get("e39")
    assert target is not None
    vp = c.frame_viewport(target)
    assert vp.span == pytest.approx(CONTEXT_BY_PRECISION[target.precision])
    assert c.layout_count - before <= FRAME_ZOOM_STEPS + 1


def test_a_framed_event_is_framed_again_after_a_resize_until_another_is_chosen(
    canvas: TimelineCanvas, qtbot: QtBot
) -> None:
    lavrov = canvas.timeline.get(LAVROV)
    assert lavrov is not None
    canvas.select(LAVROV)
    canvas.frame(lavrov)
    canvas.resize(900, 600)
    qtbot.waitUntil(lambda: canvas.width() == 900)
    assert canvas.viewport == canvas.frame_viewport(lavrov)
    # Another event chosen where it already shows: the next resize keeps the view as it is
    # (the same start and scale), instead of framing the first one again.
    shown = [m.event_id for m in canvas.scene().marks if m.event_id != LAVROV]
    canvas.select(shown[0])
    start, spp = canvas.viewport.start, canvas.viewport.seconds_per_px
    canvas.resize(1100, 600)
    qtbot.waitUntil(lambda: canvas.width() == 1100)
    assert canvas.viewport.start == start
    assert canvas.viewport.seconds_per_px == pytest.approx(spp)


def test_without_the_axis_dates_the_tooltip_leaves_out_the_date(
    canvas: TimelineCanvas, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QToolTip

    mark = canvas.scene().mark_for(LAVROV)
    assert mark is not None
    at = QPoint(int(mark.marker.x + mark.marker.w / 2), int(mark.marker.y + mark.marker.h / 2))
    event = canvas.timeline.get(LAVROV)
    assert event is not None
    canvas._show_tooltip(at, canvas.mapToGlobal(at))
    assert event.date_text() in QToolTip.text()
    canvas.set_axis_labels(False)
    canvas._show_tooltip(at, canvas.mapToGlobal(at))
    assert event.title in QToolTip.text() and event.date_text() not in QToolTip.text()
    QToolTip.hideText()
