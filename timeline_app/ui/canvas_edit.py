"""Editing on the timeline itself: drag an event's marker to move it in time (snapped to its
precision: a day, a month, a year), drag a range's end to change it, double-click empty space
to add an event there. Each is one undoable edit; the canvas keeps panning, zooming and
selecting as before everywhere else."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QToolTip

from timeline_app.i18n import context
from timeline_app.model.edit import PutEvent, quoted
from timeline_app.model.timeline import MERGED_LANE, Event, point_at
from timeline_app.model.timepoint import MAX_ABS_YEAR, Precision, TimePoint, format_point
from timeline_app.view.scene import EventMark

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
        if watched is not self.canvas or not isinstance(event, QMouseEvent):
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
        self._grab, self._moving = None, False  # a drag whose release never came is over
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

    def _move(self, event: QMouseEvent) -> bool:
        assert self._grab is not None
        if not event.buttons() & Qt.MouseButton.LeftButton:
            # The release went to another window: the drag is over, nothing is moved.
            self._grab, self._moving = None, False
            self.canvas.unsetCursor()
            QToolTip.hideText()
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
            QToolTip.showText(
                event.globalPosition().toPoint() + QPoint(12, 12),
                target.calendar_date_text(),
                self.canvas,
            )
        return True

    def _release(self, event: QMouseEvent) -> bool:
        assert self._grab is not None
        event_id, part, _x0 = self._grab
        moving, self._moving, self._grab = self._moving, False, None
        self.canvas.unsetCursor()
        QToolTip.hideText()
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
        naming = tr("Move {title}") if part == "move" else tr("Change the Dates of {title}")
        edit = PutEvent(e.id, target, naming.format(title=quoted(e.title)))
        self.editing.do(edit, select=e.id)
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
        naming = tr("Add Event on {date}").format(date=format_point(start))
        self.editing.add_event_at(start, naming, category)
        return True
