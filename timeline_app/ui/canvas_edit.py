"""Editing on the timeline itself: drag an event's marker to move it in time (snapped to its
precision: a day, a month, a year), drag a range's end to change it, double-click empty space
to add an event there. Each is one undoable edit; the canvas keeps panning, zooming and
selecting as before everywhere else.

While a drag goes on, the event is drawn where it would land with that date above it (a
``DragPreview`` the painter draws over the frame: no edit and no new layout per move);
Escape puts it back, and the release makes the one edit."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from timeline_app.i18n import context
from timeline_app.model.edit import PutEvent, quoted
from timeline_app.model.timeline import MERGED_LANE, Event, point_at
from timeline_app.model.timepoint import MAX_ABS_YEAR, Precision, TimePoint, format_point
from timeline_app.render.painter import DragPreview
from timeline_app.view.scene import EventMark, Rect

if TYPE_CHECKING:
    from timeline_app.ui.editing import Editing

tr = context("CanvasEditing")

_FAR = 2 * MAX_ABS_YEAR * 366 * 86_400  # seconds: beyond any year a timeline holds
DRAG_THRESHOLD = 4  # pixels before a press on a marker becomes a move
END_GRIP = 5  # pixels at each end of a range's bar that change that end
# Half of each precision's unit, in seconds: a drag snaps to the nearest unit.
_HALF = {
    Precision.YEAR: 365.2425 * 86_400 / 2,
    Precision.MONTH: 30.436875 * 86_400 / 2,
    Precision.DAY: 43_200,
    Precision.MINUTE: 30,
}


def snapped(seconds: float, like: TimePoint) -> TimePoint:
    """The time point of ``like``'s precision and offset nearest to ``seconds``."""
    prec = like.precision
    # A view zoomed out to the edge of time can name instants no date holds: kept within
    # reach (the edit then refuses a year beyond the model's range, with a reason).
    seconds = min(max(seconds, -_FAR), _FAR) if math.isfinite(seconds) else 0.0
    p = point_at(int(seconds + _HALF.get(prec, 0)), Precision.MINUTE, like.offset_minutes)
    if prec >= Precision.MINUTE:
        return p
    return TimePoint(
        p.year,
        p.month if prec >= Precision.MONTH else 1,
        p.day if prec >= Precision.DAY else 1,
        precision=prec,
    )


def moved(e: Event, delta: float, part: str = "move") -> Event:
    """``e`` moved by ``delta`` seconds (``part`` 'move'), or with its 'start' or 'end' end
    moved, snapped to its dates' precision; a range never ends before it starts."""
    start, end = e.start, e.end
    if part in ("move", "start"):
        start = snapped(start.start_seconds + delta, start)
    if end is not None and part == "move":
        end = snapped(end.start_seconds + (start.start_seconds - e.start.start_seconds), end)
    elif end is not None and part == "end":
        end = snapped(end.start_seconds + delta, end)
    if end is not None and end.start_seconds < start.start_seconds:
        return e
    return replace(e, start=start, end=end, display_date="")


class CanvasEditing(QObject):
    """An event filter on the canvas (see the module's description)."""

    def __init__(self, editing: Editing) -> None:
        super().__init__(editing)
        self.editing = editing
        self.canvas = editing.window.canvas
        self._grab: tuple[str, str, float] | None = None  # event id, part, press x
        self._moving = False
        self.canvas.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.canvas:
            return False
        if isinstance(event, QKeyEvent):
            return self._key(event)
        if not isinstance(event, QMouseEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            return self._press(event)
        if kind == QEvent.Type.MouseMove and self._grab is not None:
            return self._move(event)
        if kind == QEvent.Type.MouseButtonRelease and self._grab is not None:
            return self._release(event)
        if kind == QEvent.Type.MouseButtonDblClick and event.button() == Qt.MouseButton.LeftButton:
            return self._double_click(event)
        return False

    def _mark_at(self, x: float, y: float) -> tuple[EventMark, str] | None:
        """The event whose marker (not its label) is under (x, y), and which part of it."""
        for mark in reversed(self.canvas.scene().marks):
            r = mark.marker
            if r.x - 3 <= x <= r.right + 3 and r.y - 3 <= y <= r.bottom + 3:
                if mark.is_range and r.w > 3 * END_GRIP:
                    if x <= r.x + END_GRIP:
                        return mark, "start"
                    if x >= r.right - END_GRIP:
                        return mark, "end"
                return mark, "move"
        return None

    def _press(self, event: QMouseEvent) -> bool:
        if self._grab is not None:
            self._end_drag()  # a drag whose release never came is over
        pos = event.position()
        found = self._mark_at(pos.x(), pos.y())
        if found is None:
            return False
        mark, part = found
        self._grab = (mark.event_id, part, pos.x())
        self._moving = False
        return True

    def _target(self, x: float) -> Event | None:
        assert self._grab is not None
        event_id, part, x0 = self._grab
        e = self.canvas.timeline.get(event_id)
        if e is None:
            return None
        vp = self.canvas.viewport
        # An event goes only where the view shows: a pointer dragged past the canvas's edge
        # (or a synthetic one, far beyond it) stops there.
        x = min(max(x, 0.0), float(self.canvas.width()))
        return moved(e, vp.x_to_time(x) - vp.x_to_time(x0), part)

    def _key(self, event: QKeyEvent) -> bool:
        """Escape during a drag puts the event back where it was; the drag is over."""
        if self._grab is None or not self._moving or event.key() != Qt.Key.Key_Escape:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes here, not to a shortcut of the window
            return True
        if event.type() == QEvent.Type.KeyPress:
            self._end_drag()
            self.editing.window.statusBar().showMessage(tr("Move cancelled"), 3000)
            return True
        return False

    def _end_drag(self) -> None:
        self._grab, self._moving = None, False
        self.canvas.unsetCursor()
        self.canvas.set_drag_preview(None)

    def preview(self, event_id: str, target: Event) -> DragPreview | None:
        """Where the event's marker and label would be drawn with ``target``'s dates, from
        where the frame draws them now (None where the frame does not draw it)."""
        e = self.canvas.timeline.get(event_id)
        mark = self.canvas.scene().mark_for(event_id)
        if e is None or mark is None:
            return None
        x = self.canvas.viewport.time_to_x
        m, lab = mark.marker, mark.label_rect
        if mark.is_range:
            dx0 = x(target.t0) - x(e.t0)
            dx1 = x(target.t1) - x(e.t1)
            marker = Rect(m.x + dx0, m.y, max(m.w + dx1 - dx0, m.h), m.h)
            # A label beside the bar's end goes with that end, one inside it with its start.
            label = lab._replace(x=lab.x + (dx1 if lab.x >= m.right - 1 else dx0))
        else:
            dx0 = x(target.tm) - x(e.tm)
            marker = m._replace(x=m.x + dx0)
            label = lab._replace(x=lab.x + dx0)
        return DragPreview(event_id, marker, label, target.calendar_date_text())

    def _move(self, event: QMouseEvent) -> bool:
        assert self._grab is not None
        if not event.buttons() & Qt.MouseButton.LeftButton:
            # The release went to another window: the drag is over, nothing is moved.
            self._end_drag()
            return False
        x = event.position().x()
        if not self._moving and abs(x - self._grab[2]) < DRAG_THRESHOLD:
            return True
        self._moving = True
        part = self._grab[1]
        self.canvas.setCursor(
            Qt.CursorShape.SizeHorCursor if part != "move" else Qt.CursorShape.ClosedHandCursor
        )
        target = self._target(x)
        if target is not None:
            self.canvas.set_drag_preview(self.preview(self._grab[0], target))
        return True

    def _release(self, event: QMouseEvent) -> bool:
        assert self._grab is not None
        event_id, part, _x0 = self._grab
        moving = self._moving
        self._end_drag()
        if not moving:
            if self.canvas.scene().mark_for(event_id) is not None:  # still drawn, so shown
                self.canvas.select(event_id, ensure_visible=False)
            return True
        self._grab = (event_id, part, _x0)
        target = self._target(event.position().x())
        self._grab = None
        e = self.canvas.timeline.get(event_id)
        if target is None or e is None or target == e:
            return True
        title = quoted(e.title)
        name = (
            tr("Move {title}").format(title=title)
            if part == "move"
            else tr("Change the Dates of {title}").format(title=title)
        )
        self.editing.do(PutEvent(e.id, target, name), select=e.id)
        return True

    def _double_click(self, event: QMouseEvent) -> bool:
        """Empty space between the lanes' top and bottom: a new event on that date."""
        pos = event.position()
        scene = self.canvas.scene()
        if scene.hit(pos.x(), pos.y()) is not None or pos.y() < scene.axis_rect.bottom:
            return False
        t = self.canvas.viewport.x_to_time(pos.x())
        span = self.canvas.viewport.span
        prec = Precision.DAY if span < 3 * 365 * 86_400 else (
            Precision.MONTH if span < 60 * 365 * 86_400 else Precision.YEAR
        )  # fmt: skip
        start = snapped(t - _HALF[prec], TimePoint(1970, precision=prec))
        # In the lane under the pointer (a lane of all shown categories names none).
        lane = next((b.category_id for b in scene.lanes if b.rect.y <= pos.y() <= b.rect.bottom),
                    MERGED_LANE)  # fmt: skip
        category = None if lane == MERGED_LANE else lane
        name = tr("Add Event on {date}").format(date=format_point(start))
        self.editing.add_event_at(start, name, category)
        return True
