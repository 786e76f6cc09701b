"""Keeping a window the app places itself on its screen (see ``view.window_fit``).

The main window is fitted when it is made, from its default size or the geometry saved last
time, against the screen it will open on; the window manager's frame is not known yet, so
a title bar and borders are allowed for. Once the window is shown and its real frame is
known, it is fitted once more, if it still has the geometry chosen here: a size a caller
set on purpose afterwards (a test, a script) is left as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QStyle, QStyleOptionTitleBar, QWidget

from timeline_app.view.window_fit import Box, Frame, fit_window, frame_fits

BORDER = 4  # a window manager's border, allowed for until the real one is known


def _box(rect: QRect) -> Box:
    return Box(rect.x(), rect.y(), rect.width(), rect.height())


def _rect(box: Box) -> QRect:
    return QRect(box.x, box.y, box.width, box.height)


def estimated_frame(window: QWidget) -> Frame:
    """The frame a window will get: the real one once it is shown, else the style's title
    bar height and a thin border."""
    if window.isVisible():
        outer, inner = window.frameGeometry(), window.geometry()
        real = Frame(
            inner.left() - outer.left(),
            inner.top() - outer.top(),
            outer.right() - inner.right(),
            outer.bottom() - inner.bottom(),
        )
        if real != Frame():
            return real
    option = QStyleOptionTitleBar()
    option.initFrom(window)
    title = window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, option, window)
    return Frame(BORDER, max(title, 20) + BORDER, BORDER, BORDER)


def screen_for(window: QWidget) -> QScreen | None:
    """The screen the window's middle is on, else the one Qt gives it (the primary)."""
    return QGuiApplication.screenAt(window.geometry().center()) or window.screen()


def fit_to_screen(window: QWidget, *, centre: bool) -> bool:
    """Shrink and move ``window`` so that its frame lies in its screen's available area
    (centred there when ``centre``); a maximised or full-screen window is the screen's
    already. True if the geometry changed."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return False
    screen = screen_for(window)
    if screen is None:
        return False
    available = _box(screen.availableGeometry())
    frame = estimated_frame(window)
    now = _box(window.geometry())
    if not centre and frame_fits(now, frame, available):
        return False
    fitted = fit_window(now, frame, available, centre=centre)
    if fitted == now:
        return False
    window.setGeometry(_rect(fitted))
    return True


class ScreenFit(QObject):
    """Fits a window now, and once more when it has been shown and its real frame is known,
    if nothing else has set its geometry in between. The frame comes when the platform
    says: at once offscreen and on Wayland, a few events later from an X window manager
    (no event of its own says so), so each event after the show is a moment to look, for
    at most ``WATCH_MS``."""

    WATCH_MS = 3_000

    def __init__(self, window: QWidget, *, centre: bool) -> None:
        super().__init__(window)
        self.window = window
        fit_to_screen(window, centre=centre)
        self.placed = window.geometry()  # what was chosen here
        self.shown = False
        window.installEventFilter(self)

    def stop(self) -> None:
        self.window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window:
            return False
        if not self.shown:
            if event.type() == QEvent.Type.Show:
                self.shown = True
                QTimer.singleShot(self.WATCH_MS, self, self.stop)
            else:
                return False
        if self.window.geometry() != self.placed:  # set by someone else: theirs to keep
            self.stop()
        elif self.window.frameGeometry() != self.placed:  # the frame is known now
            self.stop()
            fit_to_screen(self.window, centre=False)
        return False
