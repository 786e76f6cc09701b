"""The overview strip under the timeline: the whole range, with the visible window to drag
and a tick wherever the search finds events."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline_app.i18n import context
from timeline_app.model.timeline import Timeline
from timeline_app.render.painter import era_color
from timeline_app.render.theme import LIGHT, Theme, category_color
from timeline_app.view.overview import Overview, match_counts, overview
from timeline_app.view.viewport import Viewport

tr = context("OverviewStrip")


class OverviewStrip(QWidget):
    """Shows where events are; the highlighted window is the part the timeline shows."""

    centerRequested = Signal(float)  # a time to centre the main view on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self.setAccessibleName(tr("Overview of the whole timeline"))
        self.setToolTip(
            tr("Overview of the whole timeline: drag the window or click to move there")
        )
        self.setAccessibleDescription(
            tr(
                "The whole timeline, with the part shown above framed. Left and Right move the "
                "view, Page Up and Page Down by its width, Home and End to either end."
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedHeight(46)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._timeline = Timeline([])
        self._hidden: frozenset[str] = frozenset()
        self._vp = Viewport(0.0, 1.0, 1.0)
        self._theme = LIGHT
        self._ov: Overview | None = None
        self._drag_offset: float | None = None
        self._bins: QPixmap | None = None
        self._bins_key: tuple[object, ...] | None = None
        self._whole: tuple[float, float] | None = None  # the main view's whole timeline
        self._matches: tuple[Timeline, Sequence[int]] | None = None
        self._match_bins: tuple[Overview, tuple[int, ...]] | None = None

    def set_timeline(self, timeline: Timeline) -> None:
        self._timeline = timeline
        self._ov = None
        self.update()

    def set_hidden(self, hidden: frozenset[str]) -> None:
        self._hidden = hidden
        self._ov = None
        self.update()

    def set_viewport(self, vp: Viewport, whole: Viewport | None = None) -> None:
        """Show ``vp`` as the window; ``whole`` is the main view of the whole timeline,
        whose time scale the strip takes (at its own width)."""
        self._vp = vp
        span = None if whole is None else (whole.start, whole.end)
        if span != self._whole:
            self._whole = span
            self._ov = None
        self.update()

    def set_matches(self, timeline: Timeline, rows: Sequence[int] | None) -> None:
        """Tick the bins that hold matches of the search (positions in ``timeline``)."""
        self._matches = None if rows is None else (timeline, rows)
        self._match_bins = None
        self.update()

    def _match_ticks(self, ov: Overview) -> tuple[int, ...]:
        m = self._matches
        if m is None or m[0] is not self._timeline:
            return ()
        if self._match_bins is None or self._match_bins[0] is not ov:
            self._match_bins = (ov, match_counts(m[0], m[1], ov))
        return self._match_bins[1]

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def _overview(self) -> Overview:
        if self._ov is None or self._ov.width != self.width():
            self._ov = overview(
                self._timeline, float(max(1, self.width())), self._hidden, whole=self._whole
            )
        return self._ov

    def _bins_image(self, ov: Overview) -> QPixmap:
        """The density bins, drawn once per timeline, size and theme: a change of the view
        repaints only the window over them."""
        ratio = self.devicePixelRatioF()
        key = (ov, self.width(), self.height(), self._theme, ratio)
        if (
            self._bins is not None
            and self._bins_key is not None
            and all(a is b or a == b for a, b in zip(self._bins_key, key, strict=True))
        ):
            return self._bins
        w, h = float(self.width()), float(self.height())
        pixmap = QPixmap(max(1, round(w * ratio)), max(1, round(h * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        try:
            lane_h = (h - 4) / len(ov.counts)
            bin_w = w / max(1, len(ov.counts[0]))
            for i, (color, row) in enumerate(zip(ov.colors, ov.counts, strict=True)):
                c = QColor(category_color(color, ov.palette[i]))
                top = 2 + i * lane_h
                for k, n in enumerate(row):
                    if n:
                        c.setAlphaF(min(1.0, 0.45 + 0.18 * math.log10(n + 1)))
                        p.fillRect(QRectF(k * bin_w, top + 1, max(bin_w, 1.5), lane_h - 2), c)
        finally:
            p.end()
        self._bins, self._bins_key = pixmap, key
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            theme = self._theme
            w, h = float(self.width()), float(self.height())
            p.fillRect(QRectF(0, 0, w, h), QColor(theme.lane_even))
            ov = self._overview()
            for x0, x1, color, index in ov.eras:  # behind the events, as on the timeline
                tint = QColor(era_color(color, index))
                tint.setAlphaF(0.22 if theme.dark else 0.18)
                p.fillRect(QRectF(x0, 0, max(1.0, x1 - x0), h), tint)
            if len(ov.counts) and len(self._timeline):
                p.drawPixmap(0, 0, self._bins_image(ov))
                ticks = self._match_ticks(ov)
                if ticks:
                    # Above and below the bins, as a scroll bar marks the matches of a find.
                    color = QColor(theme.match)
                    bin_w = w / len(ticks)
                    tick_w, tick_h = max(2.0, bin_w), 7.0
                    for k, n in enumerate(ticks):
                        if n:
                            x = k * bin_w + bin_w / 2 - tick_w / 2
                            p.fillRect(QRectF(x, 0, tick_w, tick_h), color)
                            p.fillRect(QRectF(x, h - tick_h, tick_w, tick_h), color)
                # The window, its frame drawn inside the strip: also the whole strip when
                # the whole timeline is shown.
                x0, x1 = ov.window(self._vp)
                window = QColor(theme.label_text)
                window.setAlphaF(0.10)
                p.fillRect(QRectF(x0, 0, x1 - x0, h), window)
                pen = QPen(QColor(theme.label_text))
                pen.setWidthF(1.5)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(x0 + 0.75, 0.75, max(0.0, x1 - x0 - 1.5), h - 1.5))
            pen = QPen(QColor(theme.grid))
            p.setPen(pen)
            p.drawLine(0, 0, int(w), 0)
            if self.hasFocus():
                focus = QPen(QColor(theme.focus))
                focus.setWidthF(2.0)
                p.setPen(focus)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(1, 1, w - 2, h - 2))
        finally:
            p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not len(self._timeline):
            return
        ov = self._overview()
        x = event.position().x()
        x0, x1 = ov.window(self._vp)
        if x0 - 2 <= x <= x1 + 2:
            self._drag_offset = x - (x0 + x1) / 2
        else:
            self._drag_offset = 0.0
            self.centerRequested.emit(ov.t_of(x))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_offset is None:
            return
        ov = self._overview()
        self.centerRequested.emit(ov.t_of(event.position().x() - self._drag_offset))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_offset = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Move the main view from the keyboard: a tenth of its width with the arrows, its
        width with Page Up / Page Down, to either end with Home / End."""
        key = event.key()
        vp = self._vp
        centre = vp.start + vp.span / 2
        whole = self._whole or (vp.start, vp.end)
        moves = {
            Qt.Key.Key_Left: centre - vp.span / 10,
            Qt.Key.Key_Right: centre + vp.span / 10,
            Qt.Key.Key_PageUp: centre - vp.span,
            Qt.Key.Key_PageDown: centre + vp.span,
            Qt.Key.Key_Home: whole[0] + vp.span / 2,
            Qt.Key.Key_End: whole[1] - vp.span / 2,
        }
        target = moves.get(Qt.Key(key))
        if target is None or not len(self._timeline):
            super().keyPressEvent(event)
            return
        self.centerRequested.emit(target)
        event.accept()

    def focusInEvent(self, event: object) -> None:
        self.update()
        super().focusInEvent(event)  # type: ignore[arg-type]

    def focusOutEvent(self, event: object) -> None:
        self.update()
        super().focusOutEvent(event)  # type: ignore[arg-type]
