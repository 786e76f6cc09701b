"""The timeline canvas: a plain QWidget that asks the layout for a Scene and paints it.

All geometry lives in ``view``; this widget only turns input into viewport changes and
selection, keeps a cached scene (a new layout only when the viewport, size, theme, timeline or
visible categories change: never for selection or hover) and calls ``render``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from timeline_app.i18n import context
from timeline_app.model.search import Matches
from timeline_app.model.timeline import Event, Timeline
from timeline_app.model.timepoint import Precision, date_range
from timeline_app.render.painter import (
    DragPreview,
    Highlight,
    QtTextMetrics,
    layout_style,
    render,
)
from timeline_app.render.shaping import has_rtl, isolate
from timeline_app.render.theme import LIGHT, Theme, with_text_size
from timeline_app.ui import accessibility
from timeline_app.view import viewport as vpm
from timeline_app.view.layout import layout
from timeline_app.view.scene import Badge, EventMark, Scene
from timeline_app.view.text import prefix
from timeline_app.view.ticks import Focus
from timeline_app.view.viewport import Limits, Viewport

tr = context("TimelineCanvas")

KEY_ZOOM = 1.5
# Framing an event halves the span at most this often to give its label a row (to 1/32).
FRAME_ZOOM_STEPS = 5
FIT_LABEL_ROOM = 220.0  # pixels kept free right of the last event in the whole view
DRAG_THRESHOLD = 4
CONTEXT_BY_PRECISION = {
    Precision.YEAR: 30 * vpm.YEAR,
    Precision.MONTH: 3 * vpm.YEAR,
    Precision.DAY: 21 * vpm.DAY,
    Precision.MINUTE: 8 * 3600.0,
}


@dataclass(frozen=True)
class _SceneKey:
    timeline: int
    vp: Viewport
    height: int
    theme: Theme
    hidden: frozenset[str]
    focus: Focus | None


class TimelineCanvas(QWidget):
    """The zoomable, pannable timeline."""

    selectionChanged = Signal(object)  # event id or None
    viewportChanged = Signal(object)  # Viewport
    eventActivated = Signal(str)
    firstPainted = Signal()  # once: the first frame with events in it is on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted_events = False
        self.setObjectName("timelineCanvas")
        self.setAccessibleName(tr("Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._timeline = Timeline([])
        self._limits = Limits()
        self._vp = Viewport(0.0, vpm.YEAR, 800.0)
        self._theme = self._base_theme = LIGHT
        self._text_size = 1.0  # View › Text Size times the user's own font size
        self._metrics = QtTextMetrics(self._theme)
        self._hidden: frozenset[str] = frozenset()
        self._selected: str | None = None
        self._hovered: str | None = None
        self._preview: DragPreview | None = None  # an event being dragged (ui.canvas_edit)
        self._scene: Scene | None = None
        self._scene_key: _SceneKey | None = None
        self._press: QPointF | None = None
        self._press_vp: Viewport | None = None
        self._dragging = False
        self._fitted = True  # showing the whole timeline: a resize fits it again
        self._framed: Event | None = None  # framing this event: a resize frames it again
        self._axis_labels = True  # False: the dates along the top are left out
        self.layout_count = 0  # layouts computed; tests check it does not grow on selection
        # The search's matches in the timeline they were found in.
        self._matches: Matches | None = None
        # What screen readers read: one child per event and badge drawn (ui.accessibility).
        accessibility.install()
        self.accessible_interface: object = None
        self.range_announcer = accessibility.RangeAnnouncer(self)

    # --- state -----------------------------------------------------------------------------

    @property
    def timeline(self) -> Timeline:
        return self._timeline

    @property
    def viewport(self) -> Viewport:
        return self._vp

    @property
    def limits(self) -> Limits:
        return self._limits

    @property
    def selected_id(self) -> str | None:
        return self._selected

    @property
    def drag_preview(self) -> DragPreview | None:
        return self._preview

    def set_drag_preview(self, preview: DragPreview | None) -> None:
        """Draw an event being dragged where it would land (None: where it is). A repaint
        only: the scene is not laid out again."""
        if preview != self._preview:
            self._preview = preview
            self.update()

    @property
    def fitted(self) -> bool:
        """Whether the view shows the whole timeline (and so follows it as it changes)."""
        return bool(self._fitted)

    @property
    def theme(self) -> Theme:
        return self._theme

    @property
    def text_size(self) -> float:
        return self._text_size

    def set_text_size(self, factor: float) -> None:
        """Draw every text (and the rows that hold it) ``factor`` times the theme's size."""
        if factor != self._text_size:
            self._text_size = factor
            self.set_theme(self._base_theme)

    @property
    def hidden_categories(self) -> frozenset[str]:
        return self._hidden

    def set_timeline(self, timeline: Timeline, view: tuple[float, float] | None = None) -> None:
        """Show a new timeline, fitted (or at ``view`` = (start, span) when given and
        within the timeline's reach)."""
        self._timeline = timeline
        lo, hi = timeline.extent()
        self._limits = Limits.around(lo, hi) if len(timeline) else Limits()
        self._selected = None
        self._hovered = None
        self._hidden = frozenset(h for h in self._hidden if timeline.lane_of(h) is not None)
        if view is not None and vpm.restorable(view[0], view[1], self._limits):
            self._set_vp(vpm.clamp(Viewport(view[0], view[1], self._width()), self._limits))
        else:
            self.zoom_to_fit()
        self.selectionChanged.emit(None)
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._base_theme = theme
        theme = with_text_size(theme, self._text_size)
        self._theme = theme
        self._metrics = QtTextMetrics(theme)
        if self._fitted:
            self.zoom_to_fit()  # the room for labels follows the type size
        self.update()

    def set_matches(self, timeline: Timeline, rows: Sequence[int] | None) -> None:
        """Ring the events at ``rows`` (positions in ``timeline``, ascending) as matches of
        the search; None: no search. Needs no new layout."""
        self._matches = None if rows is None else Matches(timeline, rows)
        self.update()

    def matches(self) -> Matches | None:
        """The search's matches, asked only about what the frame shows (a lookup and a
        bisection each). None without a search, or for another timeline."""
        m = self._matches
        return m if m is not None and m.timeline is self._timeline else None

    def set_axis_labels(self, shown: bool) -> None:
        """Show or leave out the dates along the top (a presentation's reveal mode hides
        them until the class has guessed)."""
        if shown != self._axis_labels:
            self._axis_labels = shown
            self.update()

    def set_hidden_categories(self, hidden: frozenset[str]) -> None:
        self._hidden = frozenset(hidden)
        if self._selected is not None:
            event = self._timeline.get(self._selected)
            if event is not None and event.category in self._hidden:
                self.select(None)
        self.update()

    def _width(self) -> float:
        return float(max(1, self.width()))

    def _set_vp(self, vp: Viewport, *, fitted: bool = False, framed: Event | None = None) -> None:
        self._fitted = fitted
        self._framed = framed
        vp = vpm.clamp(vp, self._limits)
        if vp != self._vp:
            self._vp = vp
            self.viewportChanged.emit(vp)
            self.update()

    def set_viewport(self, vp: Viewport) -> None:
        self._set_vp(vp.with_width(self._width()))

    # --- navigation ----------------------------------------------------------------------------

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        x = self._vp.width / 2 if anchor_x is None else anchor_x
        self._set_vp(vpm.zoom(self._vp, factor, x, self._limits))

    def zoom_in(self) -> None:
        self.zoom_by(KEY_ZOOM, self._selected_x())

    def zoom_out(self) -> None:
        self.zoom_by(1 / KEY_ZOOM, self._selected_x())

    def _selected_x(self) -> float | None:
        """Keyboard zoom centres on the selected event when it is in view."""
        event = self._timeline.get(self._selected) if self._selected else None
        if event is None:
            return None
        x = self._vp.time_to_x(event.tm)
        return x if 0 <= x <= self._vp.width else None

    def pan_by(self, dx: float) -> None:
        self._set_vp(vpm.pan(self._vp, dx, self._limits))

    def zoom_to_fit(self) -> None:
        if len(self._timeline):
            self._set_vp(self.fit_viewport(), fitted=True)
        else:
            self._set_vp(Viewport(0.0, 10 * vpm.YEAR, self._width()), fitted=True)

    def frame(self, event: Event) -> None:
        """Zoom to show ``event`` with some context around it (again after a resize, until
        the view is moved)."""
        self._set_vp(self.frame_viewport(event), framed=event)

    def frame_viewport(self, event: Event) -> Viewport:
        """The view that frames ``event`` with some context, for its date's precision, and
        with its label: where its neighbours take every row and fold it into a count badge,
        the view zooms in around it until it has a row of its own. Events that share its
        date share its place at any zoom: where they are more than the rows, the plain frame
        is kept rather than a deep zoom that shows no more."""
        context = CONTEXT_BY_PRECISION[event.precision]
        t0, t1 = (event.t0, event.t1) if event.is_range else (event.tm, event.tm)
        framed = vpm.frame_event(t0, t1, self._width(), self._limits, context)
        if event.category in self._hidden:
            return framed  # not drawn at all: no zoom would show it
        vp = framed
        for _ in range(FRAME_ZOOM_STEPS):
            if self._mark_in(self._scene_for(vp), event.id):
                return vp
            closer = vpm.zoom(vp, 2.0, vp.time_to_x(max(t0, vp.start)), self._limits)
            if closer.span >= vp.span:
                break  # as close as the limits allow
            vp = closer
        return framed

    def fit_viewport(self) -> Viewport:
        """The view of the whole timeline."""
        lo, hi = self._timeline.extent()
        # Room on the right for the last labels, in the theme's type size (the projector's is
        # larger).
        return vpm.fit(lo, hi, self._width(), self._limits, FIT_LABEL_ROOM * self._theme.scale)

    def select(self, event_id: str | None, *, ensure_visible: bool = True) -> None:
        if event_id is not None and self._timeline.get(event_id) is None:
            event_id = None
        if ensure_visible and event_id is not None:
            self.ensure_visible(event_id)
        if event_id != self._selected:
            self._selected = event_id
            if self._framed is not None and self._framed.id != event_id:
                self._framed = None  # a resize keeps the view; it no longer frames another
            self.selectionChanged.emit(event_id)
            self.update()
            accessibility.selection_moved(self)

    def ensure_visible(self, event_id: str) -> None:
        """Keep the event on screen with its label: pan to it, and zoom in if it is folded."""
        event = self._timeline.get(event_id)
        if event is None:
            return
        if event.category in self._hidden:
            self._hidden = self._hidden - {event.category}
        if self._mark_in(self._scene_for(self._vp), event_id):
            return
        x = self._vp.time_to_x(event.tm)
        if not 0 <= x <= self._vp.width:
            panned = vpm.clamp(
                Viewport(event.tm - self._vp.span / 2, self._vp.span, self._vp.width), self._limits
            )
            if self._mark_in(self._scene_for(panned), event_id):
                self._set_vp(panned)
                return
        self.frame(event)

    @staticmethod
    def _mark_in(scene: Scene, event_id: str) -> bool:
        """Whether the event is drawn with its label (a marker alone does not name it)."""
        mark = scene.mark_for(event_id)
        return mark is not None and bool(mark.label)

    def step_selection(self, delta: int) -> None:
        """Select the next (or previous) event in time among the shown categories.

        The work is the distance to that event, not the number of events."""
        tl = self._timeline
        lanes = tl.event_lane
        shown = tl.shown_lanes(self._hidden)

        def next_shown(j: int, step: int) -> int:
            while 0 <= j < len(tl):
                if lanes[j] in shown:
                    return j
                j += step
            return -1

        if not any(len(tl.lanes[k]) for k in shown):
            return
        step = 1 if delta > 0 else -1
        i = tl.index_of(self._selected) if self._selected else -1
        if i >= 0 and lanes[i] in shown:
            for _ in range(abs(delta)):
                j = next_shown(i + step, step)
                if j < 0:
                    break  # at the first or last event: stay there
                i = j
        else:
            # Start from the view: the first event at or after its left edge.
            i = next_shown(tl.first_from(self._vp.start), 1)
            if i < 0:
                i = next_shown(0, 1)
            elif delta < 0:
                before = next_shown(i - 1, -1)
                i = before if before >= 0 else i
        self.select(tl.columns.ids[i])

    # --- scene -----------------------------------------------------------------------------

    def _scene_for(self, vp: Viewport) -> Scene:
        # A framed event's unit (its day, month or year) is what the axis names around it.
        ev = self._framed
        focus = Focus(float(ev.t0), ev.precision) if ev is not None else None
        key = _SceneKey(id(self._timeline), vp, self.height(), self._theme, self._hidden, focus)
        if key == self._scene_key and self._scene is not None:
            return self._scene
        # The lanes keep the heights of the frame before while their labels fit in them, so
        # that they do not jump at every wheel step (see view.layout._layout_lanes).
        before = self._scene
        scene = layout(
            self._timeline,
            vp,
            float(self.height()),
            self._metrics,
            layout_style(self._theme),
            self._hidden,
            focus=focus,
            lane_rows={b.category_id: b.rows for b in before.lanes} if before else None,
        )
        self.layout_count += 1
        self._scene, self._scene_key = scene, key
        return scene

    def scene(self) -> Scene:
        """The scene currently shown."""
        return self._scene_for(self._vp)

    # --- Qt events -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            render(
                painter,
                self.scene(),
                self._theme,
                self._highlight(),
                axis=self._axis_labels,
            )
            if self.hasFocus() and (
                self._selected is None or self.scene().mark_for(self._selected) is None
            ):
                # The keyboard is here but no event shows it: a ring round the whole canvas.
                pen = QPen(QColor(self._theme.focus))
                pen.setWidthF(2.0)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(1, 1, self.width() - 2, self.height() - 2))
        finally:
            painter.end()
        if not self._painted_events and len(self._timeline):
            self._painted_events = True
            self.firstPainted.emit()

    def _highlight(self) -> Highlight:
        m = self.matches()
        return Highlight(
            self._selected,
            self._hovered,
            self.hasFocus(),
            None if m is None else m.has_id,
            None if m is None else m.any_between,
            self._preview,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        old = event.oldSize().width()
        if self._fitted:
            self.zoom_to_fit()
        elif self._framed is not None:
            self.frame(self._framed)
        elif old > 0:
            # Keep the same time under the left edge and the same scale: resizing reveals more.
            spp = self._vp.seconds_per_px
            self._set_vp(Viewport(self._vp.start, spp * self._width(), self._width()))
        else:
            self._set_vp(self._vp.with_width(self._width()))
        super().resizeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        pixel = event.pixelDelta()
        angle = event.angleDelta()
        x = event.position().x()
        horizontal = angle.x() if angle.x() else 0
        vertical = angle.y()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if shift and not horizontal:
            horizontal, vertical = vertical, 0
        if horizontal:
            dx = pixel.x() if (pixel.x() and not shift) else horizontal / 120 * 0.1 * self._vp.width
            self.pan_by(dx)
        elif vertical:
            degrees = vertical / 8
            self.zoom_by(vpm.wheel_factor(degrees), x)
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.NativeGesture:
            gesture = event
            assert isinstance(gesture, QNativeGestureEvent)
            if gesture.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + gesture.value(), gesture.position().x())
                return True
        if event.type() == QEvent.Type.Gesture:
            from PySide6.QtWidgets import QGestureEvent, QPinchGesture

            assert isinstance(event, QGestureEvent)
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                center = self.mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), float(center.x()))
                return True
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            self._show_tooltip(pos, event.globalPos())  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def _show_tooltip(self, pos: QPoint, global_pos: QPoint) -> None:
        hit = self.scene().hit(float(pos.x()), float(pos.y()))
        if isinstance(hit, EventMark):
            ev = self._timeline.get(hit.event_id)
            if ev is not None:
                # Without the axis (a presentation's reveal mode) the date is not given away.
                date = f"\n{ev.date_text()}" if self._axis_labels else ""
                QToolTip.showText(global_pos, plain_tooltip(f"{ev.title}{date}"), self)
                return
        if isinstance(hit, Badge):
            said = tr.n("%n more events here. Click to zoom in.", hit.count)
            QToolTip.showText(global_pos, said, self)
            return
        QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_vp = self._vp
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is not None and not (event.buttons() & Qt.MouseButton.LeftButton):
            # The release never arrived (it went to another window): the drag is over.
            self._press = self._press_vp = None
            self._dragging = False
            self.unsetCursor()
        if self._press is not None and self._press_vp is not None:
            dx = pos.x() - self._press.x()
            if self._dragging or abs(dx) >= DRAG_THRESHOLD:
                if not self._dragging:
                    self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._dragging = True
                # From where the drag began, at the width the canvas has now.
                start = self._press_vp.with_width(self._width())
                self._set_vp(vpm.pan(start, dx, self._limits))
            return
        hit = self.scene().hit(pos.x(), pos.y())
        hovered = hit.event_id if isinstance(hit, EventMark) else None
        if isinstance(hit, (EventMark, Badge)):
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        if hovered != self._hovered:
            self._hovered = hovered
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        was_drag = self._dragging
        self._press = None
        self._press_vp = None
        self._dragging = False
        self.unsetCursor()
        if was_drag:
            return
        hit = self.scene().hit(event.position().x(), event.position().y())
        if isinstance(hit, EventMark):
            self.select(hit.event_id, ensure_visible=False)
        elif isinstance(hit, Badge):
            self.zoom_to_badge(hit)
        else:
            self.select(None)

    def zoom_to_badge(self, badge: Badge) -> None:
        span = max(badge.t_to - badge.t_from, 0.0)
        if span <= 0:
            self._set_vp(vpm.zoom(self._vp, 4.0, self._vp.time_to_x(badge.t_from), self._limits))
        else:
            self._set_vp(vpm.show(badge.t_from, badge.t_to, self._width(), self._limits, 0.1))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.scene().hit(event.position().x(), event.position().y())
        if isinstance(hit, EventMark):
            event_obj = self._timeline.get(hit.event_id)
            if event_obj is not None:
                self.select(hit.event_id, ensure_visible=False)
                self.frame(event_obj)
                self.eventActivated.emit(hit.event_id)
        elif hit is None:
            self.zoom_by(2.0, event.position().x())

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
        super().leaveEvent(event)

    def focusInEvent(self, event: object) -> None:
        self.update()
        super().focusInEvent(event)  # type: ignore[arg-type]
        # A reader then reads the selected event, not only "Timeline".
        accessibility.selection_moved(self)

    def focusOutEvent(self, event: object) -> None:
        self.update()
        super().focusOutEvent(event)  # type: ignore[arg-type]

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab and Shift+Tab move the selection between events (keyPressEvent); past the last
        # or first event, or with Ctrl, they move the focus on (leave_canvas).
        return False

    def leave_canvas(self, forward: bool) -> None:
        """Move the keyboard focus to the next (or previous) control of the window."""
        super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        step = 0.1 * self._vp.width
        if mods & Qt.KeyboardModifier.ShiftModifier:
            step = 0.5 * self._vp.width
        if key == Qt.Key.Key_Left:
            self.pan_by(step)
        elif key == Qt.Key.Key_Right:
            self.pan_by(-step)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.zoom_to_fit()
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
            before = self._selected
            if not mods & Qt.KeyboardModifier.ControlModifier:
                self.step_selection(+1 if forward else -1)
            if self._selected == before:
                # Ctrl+Tab, or past the last (first) event: on to the next control, so
                # that the keyboard is never caught here.
                self.leave_canvas(forward)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event_obj = self._timeline.get(self._selected) if self._selected else None
            if event_obj is not None:
                self.frame(event_obj)
                self.eventActivated.emit(event_obj.id)
        elif key == Qt.Key.Key_Escape:
            self.select(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


def span_text(vp: Viewport) -> str:
    """The visible range for the status bar: '3 May 2017 – 12 July 2017'."""
    return range_text(vp.start, vp.end)


def range_text(start: float, end: float, *, hours: bool = True) -> str:
    """A range of time for people, as precise as its length needs (to the day at most
    without ``hours``)."""
    from timeline_app.model.timepoint import format_seconds

    span = end - start
    if span < 2 * vpm.DAY and hours:
        prec = Precision.MINUTE
    elif span < 3 * vpm.YEAR:
        prec = Precision.DAY
    elif span < 60 * vpm.YEAR:
        prec = Precision.MONTH
    else:
        prec = Precision.YEAR
    a = format_seconds(start, prec)
    b = format_seconds(end, prec)
    return a if a == b else date_range(a, b)


TOOLTIP_LINE_CHARS = 300  # a tooltip is a glance: the beginning of each line
TOOLTIP_WRAP = 80
# U+2060 WORD JOINER: invisible, and not read out by screen readers.
_JOINER = "\u2060"


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally, as plain text (which is what a screen reader
    then reads: Qt hands a tooltip's markup to it as it is). Qt takes a tooltip for rich text
    when its first line starts a known tag ('<b>x</b>') or holds '&lt;': an invisible word
    joiner after each '<' and '&' keeps any title from being taken for markup. Each line shows
    its beginning only, wrapped, so that a tooltip stays small and quick. A tooltip with
    right to left letters has each line isolated: Qt gives all its lines the direction of the
    first, which turned the date under an Arabic title into 'May 1453 29'."""
    lines = []
    for line in text.split("\n"):
        short = prefix(line, TOOLTIP_LINE_CHARS)
        lines.append(textwrap.fill(short, TOOLTIP_WRAP) if len(short) > TOOLTIP_WRAP else short)
    joined = "\n".join(lines)
    if has_rtl(joined):
        joined = "\n".join(isolate(line, rtl_around=True) for line in joined.split("\n"))
    return joined.replace("<", "<" + _JOINER).replace("&", "&" + _JOINER)
