"""The presenter view: the teacher's screen during a presentation with a second screen.

It shows what the projector shows (a live thumbnail, and plainly whether it is blanked), what
the next click will do, the notes in type readable at arm's length, and the elapsed time.
Keys pressed here drive the presentation as on the projector.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QElapsedTimer, QPoint, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QScreen,
)
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from timeline_app.i18n import context
from timeline_app.ui.presentation import PresentationWindow, place_full_screen
from timeline_app.view.presentation import PresentationState, note_text
from timeline_app.view.text import break_long_words, prefix

PRESENTER_TITLE_CHARS = 200
NOTE_MS = 4000  # how long a note about reveal mode stays
THUMBNAIL_MS = 100  # a thumbnail is drawn again at most this often while the projector moves
TEXT = "#F2F2F2"
BACKGROUND = "#111111"
ALERT = "#FFD54F"  # the blank and reveal-mode notices: amber on the dark background

tr = context("PresenterWindow")


def shown(title: str) -> str:
    """A title as the presenter view shows it: its beginning, long words broken."""
    return break_long_words(prefix(title, PRESENTER_TITLE_CHARS))


def fitting_px(text: str, width: float, height: float, largest: float, smallest: float) -> float:
    """The largest type size from ``largest`` down to ``smallest`` at which ``text``, word
    wrapped to ``width``, is no taller than ``height``."""
    px = largest
    font = QFont()
    while px > smallest:
        font.setPixelSize(max(1, round(px)))
        flags = int(Qt.TextFlag.TextWordWrap)
        box = QFontMetricsF(font).boundingRect(QRectF(0, 0, max(1.0, width), 1e6), flags, text)
        if box.height() <= height:
            return px
        px = max(smallest, px * 0.92)
    return smallest


class ProjectorThumbnail(QWidget):
    """What the projector shows, drawn small: the audience window rendered into an image
    whenever it changes (at most every THUMBNAIL_MS while it moves)."""

    def __init__(self, audience: PresentationWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterThumbnail")
        self.audience = audience
        self.image = QImage()
        self.renders = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(THUMBNAIL_MS)
        self._timer.timeout.connect(self.refresh)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * self._aspect())

    def sizeHint(self) -> QSize:
        return QSize(480, self.heightForWidth(480))

    def schedule(self) -> None:
        """Draw again soon; many changes in a row make one drawing."""
        if not self._timer.isActive():
            self._timer.start()

    def _aspect(self) -> float:
        size = self.audience.size()
        return size.height() / size.width() if size.width() > 0 else 9 / 16

    def _target(self) -> QSize:
        w = self.width()
        h = round(w * self._aspect())
        if h > self.height():
            h = self.height()
            w = round(h / self._aspect())
        return QSize(max(1, w), max(1, h))

    def refresh(self) -> None:
        audience = self.audience
        if not shiboken6.isValid(audience) or audience.width() <= 0:
            return
        size = self._target()
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor(BACKGROUND))
        p = QPainter(image)
        try:
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            p.scale(size.width() / audience.width(), size.height() / audience.height())
            audience.render(p, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        finally:
            p.end()
        self.image = image
        self.renders += 1
        self.update()

    def resizeEvent(self, event: object) -> None:
        self.schedule()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            if self.image.isNull():
                return
            size = self._target()
            x = (self.width() - size.width()) / 2
            p.drawImage(QRectF(x, 0, size.width(), size.height()), self.image)
            p.setPen(QColor("#5A5A5A"))
            p.drawRect(QRectF(x, 0, size.width() - 1, size.height() - 1))
        finally:
            p.end()


class PresenterWindow(QWidget):
    """The teacher's screen: the projector's picture, whether it is blanked, what the next
    click does, the notes, and the elapsed time; keys drive the show."""

    def __init__(self, audience: PresentationWindow, screen: QScreen) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(tr("Presenter view"))
        self.audience = audience
        self._screen = screen
        self.clock = QElapsedTimer()
        self.clock.start()
        h = screen.geometry().height()
        self.big, self.mid = max(18, round(h / 22)), max(14, round(h / 30))
        # Notes at arm's length: from 1/16 of the screen height down to no less than 1/30.
        self.notes_largest, self.notes_smallest = h / 16, max(14.0, h / 30)
        self.time = self._label("presenterTime", self.big)
        self.blank = self._label("presenterBlank", self.mid)
        self.blank.setWordWrap(False)
        self.blank.setStyleSheet(
            f"QLabel {{ font-size: {self.mid}px; font-weight: bold; color: {BACKGROUND};"
            f" background: {ALERT}; padding: 4px 12px; }}"
        )
        self.thumbnail = ProjectorThumbnail(audience, self)
        self.now = self._label("presenterNow", self.mid)
        self.next = self._label("presenterNext", self.mid)
        self.next.setStyleSheet(
            f"QLabel {{ font-size: {self.mid}px; font-weight: bold; color: {TEXT}; }}"
        )
        self.note = self._label("presenterNote", self.mid)
        self.note.setStyleSheet(f"QLabel {{ font-size: {self.mid}px; color: {ALERT}; }}")
        self.notes = self._label("presenterNotes", round(self.notes_largest))
        self.notes.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.notes.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.notes_px = self.notes_largest
        self.setStyleSheet(f"QWidget#presenterWindow {{ background: {BACKGROUND}; }}")
        m = round(h / 40)
        lay = QGridLayout(self)
        lay.setContentsMargins(m, m, m, m)
        lay.setHorizontalSpacing(2 * m)
        lay.setVerticalSpacing(round(m / 2))
        lay.addWidget(self.time, 0, 0)
        lay.addWidget(self.blank, 0, 1, Qt.AlignmentFlag.AlignRight)
        lay.addWidget(self.thumbnail, 1, 0)
        lay.addWidget(self.now, 2, 0)
        lay.addWidget(self.next, 3, 0)
        lay.addWidget(self.note, 4, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.notes, 1, 1, 4, 1)
        lay.setColumnStretch(0, 9)
        lay.setColumnStretch(1, 11)
        lay.setRowStretch(4, 1)  # the thumbnail, now and next at the top; space below
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_MS)
        self._note_timer.timeout.connect(self.note.clear)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_time)
        self._tick.start()
        audience.stateChanged.connect(self.show_state)
        audience.canvas.viewportChanged.connect(self.thumbnail.schedule)
        audience.finished.connect(self.close)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._notes_text = ""
        self.show_state(audience.state)
        self._update_time()

    def _label(self, name: str, px: int) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet(f"QLabel {{ font-size: {px}px; color: {TEXT}; }}")
        return label

    def start(self) -> None:
        place_full_screen(self, self._screen)
        self.activateWindow()
        self.setFocus()

    def show_state(self, state: PresentationState) -> None:
        if not shiboken6.isValid(self.audience):
            return
        tl = self.audience.timeline
        cur = tl.get(state.current) if state.current else None
        if cur is not None:
            now = (
                tr("Now: {title} — {date}  (date not yet shown)")
                if not state.revealed
                else tr("Now: {title} — {date}")
            ).format(title=shown(cur.title), date=cur.date_text())
        else:
            now = tr("The end slide") if state.at_end else tr("The title slide")
        self.now.setText(now)

        def title(event_id: str) -> str:
            event = tl.get(event_id)
            return shown(event.title) if event is not None else event_id

        more = self.audience.card.has_next_page() and not state.at_end
        self.next.setText(tr("Next click: {what}").format(what=state.next_click(more, title)))
        blanked = {
            "black": tr("Projector blanked (black)"),
            "white": tr("Projector blanked (white)"),
        }.get(state.blank, "")
        self.blank.setText(blanked)
        self.blank.setVisible(bool(blanked))
        if state.note:
            self.note.setText(note_text(state.note))
            self._note_timer.start()
        notes = cur.notes if cur and cur.notes else tr("(no notes for this event)")
        self._set_notes(break_long_words(notes))
        self._update_time()
        self.setWindowTitle(
            tr("Presenter view — {progress}").format(progress=state.progress)
            if state.progress
            else tr("Presenter view — title")
        )
        self.thumbnail.refresh()  # a step, a page, a blank: at once

    def _set_notes(self, text: str) -> None:
        self._notes_text = text
        self.notes.setText(text)
        self._fit_notes()

    def _fit_notes(self) -> None:
        w, h = self.notes.width(), self.notes.height()
        if w <= 1 or h <= 1:
            return
        px = fitting_px(self._notes_text, w, h, self.notes_largest, self.notes_smallest)
        if px != self.notes_px:
            self.notes_px = px
            self.notes.setStyleSheet(f"QLabel {{ font-size: {round(px)}px; color: {TEXT}; }}")

    def resizeEvent(self, event: object) -> None:
        self._fit_notes()

    def _time_text(self) -> str:
        secs = self.clock.elapsed() // 1000
        return f"{secs // 60:02d}:{secs % 60:02d}"

    def _update_time(self) -> None:
        if not shiboken6.isValid(self.audience):
            return
        progress = self.audience.state.progress
        self.time.setText(self._time_text() + (f"   {progress}" if progress else ""))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not shiboken6.isValid(self.audience) or not self.audience.handle_key(event):
            super().keyPressEvent(event)

    def closeEvent(self, event: object) -> None:
        self._tick.stop()
        self._note_timer.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
