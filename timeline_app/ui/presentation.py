"""Classroom presentation: full screen, legible from the back row, driven by a clicker.

The audience window shows the timeline in the projector theme and a card for the current
event; an optional presenter window on a second screen shows the current and next event, the
teacher's notes and the elapsed time. Both send keys to one PresentationState.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import overload

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QScreen,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from timeline_app.i18n import context
from timeline_app.model.timeline import Event, Quote, Timeline, category_label, quotation, quoted_in
from timeline_app.render.html import media_html
from timeline_app.render.media import add_images, event_images
from timeline_app.render.painter import QtTextMetrics, draw_marker, layout_style, shape_for
from timeline_app.render.theme import (
    SMALLEST_TEXT_FRACTION,
    Theme,
    category_color,
    projector_for,
)
from timeline_app.ui.accessibility import PresentationAnnouncer
from timeline_app.ui.canvas import TimelineCanvas
from timeline_app.view.layout import layout
from timeline_app.view.presentation import (
    KEYS,
    TIMELINE_LEAST_ROWS,
    Command,
    PresentationState,
    key_help,
    share_height,
    steps,
)
from timeline_app.view.text import break_long_words
from timeline_app.view.viewport import Viewport, interpolate

ANIMATION_MS = 500
_SMOOTH = Qt.TransformationMode.SmoothTransformation
POINTER_HIDE_MS = 2000

tr = context("PresentationWindow")


def _e(text: str) -> str:
    return html.escape(break_long_words(text)).replace("\n", "<br>")


class QuoteParts(Sequence[str]):
    """The quotes of a card as HTML, each made when the card first lays it out."""

    def __init__(self, quotes: Sequence[Quote], theme: Theme) -> None:
        self._quotes, self._theme = quotes, theme

    def __len__(self) -> int:
        return len(self._quotes)

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        q = self._quotes[i]
        citation = (
            f"{_e(q.source.author) + ', ' if q.source.author else ''}"
            f"<i>{_e(q.source.title)}</i>, {_e(q.source.publisher)}"
            f"{', ' + str(q.source.year) if q.source.year is not None else ''}"
            f"{', ' + _e(q.locator) if q.locator else ''}"
        )
        if q.speaker:
            citation = quoted_in(_e(q.speaker), citation)
        return (
            f"<p style='margin-left:1em; margin-bottom:0'>{quotation(_e(q.text))}</p>"
            f"<p style='margin-left:1em; margin-top:2px; color:{self._theme.muted_text}'>"
            f"— {citation}</p>"
        )


def card_parts(
    event: Event | None,
    timeline: Timeline,
    revealed: bool,
    theme: Theme,
    shown_media: Collection[int] = (),
    end: bool = False,
) -> tuple[str, Sequence[str]]:
    """The audience card as (head, quotes): title, date, summary and media, then each quote
    with its citation. Unrevealed, the date is a question mark and the quotes wait.
    ``shown_media``: the places of the pictures the card's document holds (media:N).
    Without an event, the title card before the first step, or the end slide after the last."""
    if event is None:
        title = _e(timeline.title or tr("Timeline"))
        desc = _e(timeline.description)
        what = (
            tr("The end. Esc leaves the presentation.")
            if end
            else tr.n("%n events. Press → to begin.", len(timeline))
        )
        return (
            f"<p style='font-size:xx-large'><b>{title}</b></p>"
            f"<p>{desc}</p>"
            f"<p style='color:{theme.muted_text}'>{what}</p>",
            [],
        )
    date = _e(event.date_text()) if revealed else tr("Date: ?")
    head = (
        f"<p style='font-size:xx-large; margin-bottom:0'><b>{_e(event.title)}</b></p>"
        f"<p style='font-size:x-large; margin-top:4px'>{date}</p>"
    )
    if event.summary:
        head += f"<p>{_e(event.summary)}</p>"
    for k, media in enumerate(event.media):
        # The pictures that can be shown, and web addresses (for the teacher to open); no
        # links on the projector, and no word about a picture that is missing.
        if k in shown_media or media.is_web:
            head += media_html(k, media, theme, k in shown_media, links=False, small=False)
    if not revealed:
        waiting = tr("The date and the sources come with the next click.")
        head += f"<p style='color:{theme.muted_text}'><i>{waiting}</i></p>"
        return head, []
    return head, QuoteParts(event.quotes, theme)


def place_full_screen(widget: QWidget, screen: QScreen, retries: int = 3) -> None:
    """Full screen on ``screen``. On X11 the window's position, not setScreen alone, picks
    the monitor, so the window is moved there first; and since a window manager may still
    place a new window on the monitor that has the focus, the result is checked once the
    window manager has answered, and the placement repeated if it landed elsewhere."""
    widget.setScreen(screen)
    widget.move(screen.geometry().topLeft())
    widget.showFullScreen()

    def check() -> None:
        if not widget.isVisible() or retries <= 0:
            return
        if widget.geometry() != screen.geometry():
            widget.showNormal()
            widget.setGeometry(screen.geometry())
            place_full_screen(widget, screen, retries - 1)

    QTimer.singleShot(250, widget, check)  # no call once the window is gone


class EventCard(QWidget):
    """Draws the card, shrinking the type to fit, never below 1/40 of the screen height.

    When even the smallest type cannot hold every quote, the quotes continue on further
    pages of the card, which the next click shows before moving on. Pages are laid out as
    they are reached: a card with ten thousand quotes lays out the first page only, and no
    more quotes than can fit on one page are ever laid out at once.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentationCard")
        self._head = ""
        self._quotes: Sequence[str] = []
        self.images: dict[int, QImage] = {}  # the shown event's pictures (media:N)
        self._theme = projector_for(768)
        self._screen_h = 768.0
        self.font_px = 0.0
        self.pages: list[QTextDocument] = [QTextDocument()]
        self._next_quote = 0  # the first quote of the page after the last one laid out
        self.page = 0
        self.quotes_laid_out = 0  # quotes handed to a text layout since set_content

    def set_content(
        self, head: str, quotes: Sequence[str], theme: Theme, screen_h: float, fit: bool = True
    ) -> None:
        """Show new content from its first page; ``fit`` False leaves the laying out to the
        resize that follows (or to ``fit``), so that it is done once."""
        self._head, self._quotes, self._theme, self._screen_h = head, quotes, theme, screen_h
        self.page = 0
        self.quotes_laid_out = 0
        self.pages, self._next_quote = [QTextDocument()], len(quotes)
        if fit:
            self.fit()

    def fit(self) -> None:
        """Lay the content out for the card's size, from its first page."""
        self.page = 0
        self._fit()
        self.update()

    def set_page(self, page: int) -> None:
        while len(self.pages) <= page and self._next_quote < len(self._quotes):
            self._add_page()
        self.page = max(0, min(page, len(self.pages) - 1))
        self.update()

    def has_next_page(self) -> bool:
        """Whether the next click shows more of this card (pages not yet laid out count)."""
        return self.page + 1 < len(self.pages) or self._next_quote < len(self._quotes)

    def resizeEvent(self, event: object) -> None:
        page = self.page
        self._fit()
        self.set_page(page)

    def _doc(self, body: str, px: float) -> QTextDocument:
        doc = QTextDocument()
        font = QFont()
        font.setPixelSize(max(1, round(px)))
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(f"body {{ color: {self._theme.label_text}; }}")
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        doc.setDefaultTextOption(option)
        # A picture takes at most a third of the card's height: the text shrinks to fit, a
        # picture is made smaller with it.
        most = max(16, round(self._available() / 3))
        add_images(
            doc,
            {
                k: image if image.height() <= most else image.scaledToHeight(most, _SMOOTH)
                for k, image in self.images.items()
            },
        )
        doc.setHtml(f"<body>{body}</body>")
        doc.setTextWidth(max(50.0, self.width() - 2 * self._margin()))
        return doc

    def _margin(self) -> float:
        return self._screen_h / 30

    @property
    def floor_px(self) -> float:
        return self._screen_h * SMALLEST_TEXT_FRACTION

    def _available(self) -> float:
        # Room below for the progress mark, which sits in the bottom corner.
        return self.height() - 2 * self._margin() - 1.5 * self.floor_px

    def _most_per_page(self) -> int:
        """At least as many quotes as one page can hold at the smallest type: a quote is at
        least two lines (its words and its citation), each at least the type size high."""
        return max(1, int(self._available() // (2 * self.floor_px)) + 1)

    @property
    def largest_px(self) -> float:
        return self._screen_h / 22

    def natural_height(self) -> float:
        """The height that holds the whole card at its largest type; infinite when even the
        smallest type needs more than a screen (without laying those quotes out)."""
        if self.width() <= 0 or len(self._quotes) > int(self._screen_h // (2 * self.floor_px)):
            return float("inf")
        self.quotes_laid_out += len(self._quotes)
        doc = self._doc(self._head + "".join(self._quotes), self.largest_px)
        return doc.size().height() + 2 * self._margin() + 1.5 * self.floor_px

    def _fit(self) -> None:
        """The largest size from 1/22 down to 1/40 of the screen height that holds the card;
        at the smallest size, as many quotes a page as fit."""
        self.pages, self._next_quote = [QTextDocument()], 0
        if self.width() <= 0 or self.height() <= 0:
            self._next_quote = len(self._quotes)  # nothing to page until it has a size
            return
        avail = self._available()
        px = self.largest_px
        if len(self._quotes) > self._most_per_page():
            # They cannot all fit at any size: the smallest type, page by page.
            self.font_px = self.floor_px
            self.pages = []
            self._add_page()
            self.page = 0
            return
        while True:
            self.quotes_laid_out += len(self._quotes)
            doc = self._doc(self._head + "".join(self._quotes), px)
            if doc.size().height() <= avail or px <= self.floor_px:
                break
            px = max(self.floor_px, px * 0.93)
        self.font_px = px
        if doc.size().height() <= avail or not self._quotes:
            self.pages = [doc]
            self._next_quote = len(self._quotes)
            self.page = min(self.page, 0)
            return
        self.pages = []
        self._add_page()
        self.page = 0

    def _add_page(self) -> None:
        """Lay out the next page: the quotes from the first not yet shown, as many as fit
        (at least one), with a line saying more follow when they do."""
        px, avail = self.font_px, self._available()
        more = (
            f"<p style='color:{self._theme.muted_text}'>"
            f"<i>{tr('More quotes with the next click…')}</i></p>"
        )
        head = self._head if not self.pages else self._continued_head()
        quotes, k = self._quotes, self._next_quote
        chunk: list[str] = []
        page = QTextDocument()
        while k < len(quotes):
            tail = more if k + 1 < len(quotes) else ""
            self.quotes_laid_out += len(chunk) + 1
            quote = quotes[k]
            trial = self._doc(head + "".join([*chunk, quote]) + tail, px)
            if chunk and trial.size().height() > avail:
                break
            chunk.append(quote)
            page = trial  # the page as it stands, with its line about more quotes
            k += 1
        self._next_quote = k
        self.pages.append(page)

    def _continued_head(self) -> str:
        doc = QTextDocument()
        doc.setHtml(self._head)
        first = doc.firstBlock().text()
        continued = tr("{title} (continued)").format(title=f"<b>{html.escape(first)}</b>")
        return f"<p style='font-size:x-large'>{continued}</p>"

    @property
    def clipped(self) -> bool:
        return self.pages[self.page].size().height() > self._available() + 1

    def text(self) -> str:
        return self.pages[self.page].toPlainText()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            p.fillRect(self.rect(), QColor(self._theme.background))
            pen = QPen(QColor(self._theme.grid))
            pen.setWidthF(self._theme.line_width)
            p.setPen(pen)
            p.drawLine(0, 0, self.width(), 0)
            m = self._margin()
            p.translate(m, m * 0.6)
            self.pages[self.page].drawContents(p, QRectF(0, 0, self.width() - 2 * m, self.height()))
        finally:
            p.end()


class LegendStrip(QWidget):
    """The shown categories, each with its colour and marker shape, in one line."""

    def __init__(self, timeline: Timeline, hidden: frozenset[str], theme: Theme, px: float,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("presentationLegend")
        self.set_timeline(timeline, hidden)
        self.theme = theme
        self.px = px
        self.setFixedHeight(round(px * 1.9))

    def set_timeline(self, timeline: Timeline, hidden: frozenset[str]) -> None:
        self.items = [
            (i, category_label(lane.category), lane.category.color)
            for i, lane in enumerate(timeline.lanes)
            if len(lane) and lane.category.id not in hidden
        ]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.fillRect(self.rect(), QColor(self.theme.background))
            font = QFont()
            font.setPixelSize(round(self.px))
            p.setFont(font)
            fm = p.fontMetrics()
            x = self.px
            d = self.px * 0.8
            y = (self.height() - d) / 2
            base = (self.height() + fm.ascent() - fm.descent()) / 2
            outline = QPen(QColor(self.theme.marker_outline))
            outline.setWidthF(1.5)
            for i, label, color in self.items:
                p.setPen(outline)
                p.setBrush(QColor(category_color(color, i)))
                draw_marker(p, shape_for(i, self.theme), QRectF(x, y, d, d))
                x += d + self.px * 0.4
                p.setPen(QColor(self.theme.label_text))
                p.drawText(QPointF(x, base), label)
                x += fm.horizontalAdvance(label) + self.px * 1.5
        finally:
            p.end()


class _Overlay(QWidget):
    """A full-window layer: black or white for blanking, or the key help."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.color = QColor("#000000")
        self.help_rows: list[tuple[str, str]] = []
        self.font_px = 24.0
        self.min_px = 12.0
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            p.fillRect(self.rect(), self.color)
            if not self.help_rows:
                return
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            font = QFont()
            font.setPixelSize(round(self.font_px))
            bold = QFont(font)
            bold.setBold(True)
            keys_w = max(QFontMetricsF(bold).horizontalAdvance(k) for k, _ in self.help_rows)
            text_w = max(QFontMetricsF(font).horizontalAdvance(t) for _, t in self.help_rows)
            gap = self.font_px * 1.5
            # Both columns centred together; narrower screens get the text a little smaller,
            # as far as the legibility floor allows.
            scale = min(1.0, self.width() * 0.92 / (keys_w + gap + text_w))
            if scale < 1.0:
                px = max(self.min_px, self.font_px * scale)
                font.setPixelSize(round(px))
                bold.setPixelSize(round(px))
                keys_w *= px / self.font_px
                text_w *= px / self.font_px
                gap *= px / self.font_px
            line = QFontMetricsF(font).height() * 1.45
            x_keys = max(8.0, (self.width() - keys_w - gap - text_w) / 2)
            x_text = x_keys + keys_w + gap
            y = (self.height() - line * (len(self.help_rows) + 1)) / 2 + line
            p.setPen(QColor("#FFFFFF"))
            p.setFont(bold)
            p.drawText(QPointF(x_keys, y), tr("Keys"))
            for keys, what in self.help_rows:
                y += line
                p.setFont(bold)
                p.drawText(QPointF(x_keys, y), keys)
                p.setFont(font)
                p.drawText(QPointF(x_text, y), what)
        finally:
            p.end()


class PresentationWindow(QWidget):
    """The audience view: timeline above, event card below, full screen."""

    presenter: QWidget | None = None  # the presenter view on the teacher's screen, if any

    stateChanged = Signal(object)
    finished = Signal()

    def __init__(self, timeline: Timeline, hidden: frozenset[str] = frozenset(),
                 screen: QScreen | None = None) -> None:  # fmt: skip
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presentationWindow")
        self.setWindowTitle(
            tr("{title} — Presentation").format(title=timeline.title or tr("Timeline"))
        )
        self.timeline = timeline
        self.state = PresentationState(steps(timeline, hidden))
        self._screen = screen or QGuiApplication.primaryScreen()
        self.theme = projector_for(self._screen.geometry().height())
        self.canvas = TimelineCanvas(self)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.canvas.set_theme(self.theme)
        self.canvas.set_hidden_categories(hidden)
        self.canvas.set_timeline(timeline)
        self.card = EventCard(self)
        floor = self._screen.geometry().height() * SMALLEST_TEXT_FRACTION
        self.legend = LegendStrip(timeline, hidden, self.theme, floor, self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.canvas)
        lay.addWidget(self.legend)
        lay.addWidget(self.card, 1)
        self.progress = QLabel(self)
        self.progress.setObjectName("presentationProgress")
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        self.typed = QLabel(self)
        self.typed.setObjectName("presentationTyped")
        self.typed.setTextFormat(Qt.TextFormat.PlainText)
        self.overlay = _Overlay(self)
        # Screen readers hear each step and what the keys did (ui.accessibility).
        self.announcer = PresentationAnnouncer(self, self.card)
        self.animation = QVariantAnimation(self)
        self.animation.setDuration(ANIMATION_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.valueChanged.connect(self._animate)
        self.animation.finished.connect(self._settle)
        self._framing: Event | None = None
        self._from: Viewport | None = None
        self._to: Viewport | None = None
        self._pointer_timer = QTimer(self)
        self._pointer_timer.setSingleShot(True)
        self._pointer_timer.setInterval(POINTER_HIDE_MS)
        self._pointer_timer.timeout.connect(self._hide_pointer)
        self.setMouseTracking(True)
        self.canvas.setMouseTracking(True)
        for w in (self.canvas, self.card):
            w.installEventFilter(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._syncing = False
        self._card_key: tuple[object, ...] | None = None
        self.canvas.selectionChanged.connect(self._on_canvas_selection)
        self._style_labels()
        self._show_state(animate=False)

    # --- showing ---------------------------------------------------------------------------

    def set_timeline(self, timeline: Timeline) -> None:
        """A new version of the file (live reload): the same step, by the event's id (or its
        title and date), and the view where it was."""
        current = self.timeline.get(self.state.current) if self.state.current else None
        self.timeline = timeline
        vp = self.canvas.viewport
        self.canvas.set_timeline(timeline, (vp.start, vp.span))
        hidden = self.canvas.hidden_categories
        self.legend.set_timeline(timeline, hidden)
        ids = steps(timeline, hidden)
        same = timeline.find_same(current) if current is not None else None
        if same is not None and same in ids:
            index = ids.index(same)
        else:
            index = min(self.state.index, len(ids) - 1)
        self.state = replace(self.state, event_ids=tuple(ids), index=index, typed="")
        self._show_state(animate=None)
        self.stateChanged.emit(self.state)

    def start(self) -> None:
        """Full screen on the chosen screen."""
        place_full_screen(self, self._screen)
        self.activateWindow()
        self.raise_()
        self.setFocus()
        self._pointer_timer.start()

    def _style_labels(self) -> None:
        h = self._screen.geometry().height()
        px = max(12, round(h * SMALLEST_TEXT_FRACTION))
        for label in (self.progress, self.typed):
            label.setStyleSheet(
                f"QLabel {{ color: {self.theme.muted_text}; background: {self.theme.background};"
                f" font-size: {px}px; padding: 2px 8px; }}"
            )
        self.overlay.font_px = px * 1.2
        self.overlay.min_px = px

    def resizeEvent(self, event: object) -> None:
        self.overlay.setGeometry(self.rect())
        self._share_screen()
        self._place_labels()

    def _share_screen(self) -> None:
        """The timeline gets the height its step needs, the card the rest (share_height).

        What the step needs is measured on its view at the most the timeline may have: the
        rows down to its lowest label. At any height from there down to that need, the same
        rows hold the same labels, so the view framed at the final height is the one
        measured."""
        room = self.height() - self.legend.minimumHeight()  # the legend has a fixed height
        if room <= 0 or self.width() <= 0:
            return
        style = layout_style(self.theme)
        least = style.axis_height + TIMELINE_LEAST_ROWS * style.row_height
        card = self.card.natural_height()
        most = share_height(room, float("inf"), card, least)
        if self.canvas.height() != most:
            self.canvas.resize(self.width(), most)
        height = share_height(room, self._timeline_need(most), card, least)
        if height != self.canvas.height() or self.canvas.maximumHeight() != height:
            self.canvas.setFixedHeight(height)
            layout = self.layout()
            if layout is not None:
                layout.activate()

    def _timeline_need(self, height: float) -> float:
        """The timeline's height down to its lowest label (or count badge) in the view this
        step shows, its event framed or the whole timeline, on a canvas ``height`` high."""
        event = self.current_event()
        vp = self.canvas.frame_viewport(event) if event is not None else self.canvas.fit_viewport()
        style = layout_style(self.theme)
        scene = layout(
            self.timeline,
            vp,
            height,
            QtTextMetrics(self.theme),
            style,
            self.canvas.hidden_categories,
        )
        bottoms = [max(m.marker.bottom, m.label_rect.bottom) for m in scene.marks]
        bottoms += [b.rect.bottom for b in scene.badges]
        # A lane keeps room for a row of count badges under its last row.
        return max(bottoms, default=0.0) + style.badge_height + style.lane_gap + 1

    def _place_labels(self) -> None:
        for label in (self.progress, self.typed):
            label.adjustSize()
        m = 8
        self.progress.move(
            self.width() - self.progress.width() - m, self.height() - self.progress.height() - m
        )
        self.typed.move(m, self.height() - self.typed.height() - m)
        self.progress.raise_()
        self.typed.raise_()
        if self.overlay.isVisible():
            self.overlay.raise_()

    def current_event(self) -> Event | None:
        cid = self.state.current
        return self.timeline.get(cid) if cid else None

    def _show_state(self, animate: bool | None = True) -> None:
        """Show the state; ``animate`` True moves smoothly to the event, False jumps there,
        None leaves the view where the teacher put it (blanking, help, revealing)."""
        s = self.state
        event = self.current_event()
        screen_h = self._screen.geometry().height()
        # The card is laid out again only when what it shows changes: blanking, the key list
        # or reveal mode turned on over a revealed card keep the page of quotes on screen.
        card_key = (id(self.timeline), s.current, s.revealed, s.at_end, self.theme, screen_h)
        if card_key != self._card_key:
            self._card_key = card_key
            # The first picture only, so that the quotes keep their room.
            images = (
                event_images(event, self.timeline.path, round(screen_h * 0.45))
                if event is not None and event.media
                else {}
            )
            images = dict(list(images.items())[:1])
            self.card.images = images
            head, quotes = card_parts(
                event, self.timeline, s.revealed, self.theme, images, end=s.at_end
            )
            self.card.set_content(head, quotes, self.theme, screen_h, fit=False)
            before, size = self.canvas.viewport, self.card.size()
            self._share_screen()
            if self.card.size() == size or not self.card.isVisible():
                self.card.fit()  # no resize came to lay it out
            if animate:
                self.canvas.set_viewport(before)  # the move starts from what was on screen
        # Until the date is revealed, the axis would give it away.
        self.canvas.set_axis_labels(s.revealed or event is None)
        self._syncing = True
        try:
            self.canvas.select(event.id if event else None, ensure_visible=False)
        finally:
            self._syncing = False
        if animate is not None:
            self._go_to(event, animate)
        self.progress.setText(s.progress)
        self.progress.setVisible(bool(s.progress))
        self.typed.setText(tr("Go to {number}…").format(number=s.typed) if s.typed else "")
        self.typed.setVisible(bool(s.typed))
        if s.blank:
            self.overlay.color = QColor("#000000" if s.blank == "black" else "#FFFFFF")
            self.overlay.help_rows = []
            self.overlay.setGeometry(self.rect())
            self.overlay.show()
            self.overlay.raise_()
        elif s.help:
            self.overlay.color = QColor(0, 0, 0, 245)
            self.overlay.help_rows = key_help()
            self.overlay.setGeometry(self.rect())
            self.overlay.show()
            self.overlay.raise_()
        else:
            self.overlay.hide()
        self.overlay.update()
        self._place_labels()
        self.stateChanged.emit(s)

    def _on_canvas_selection(self, event_id: str | None) -> None:
        """A click on the timeline goes to that event; a click on empty space keeps the
        current one selected, so the card and the highlight always agree."""
        if self._syncing:
            return
        if event_id in self.state.event_ids and event_id != self.state.current:
            index = self.state.event_ids.index(event_id)
            self.state = replace(
                self.state, index=index, revealed=not self.state.reveal_mode, typed=""
            )
            self._show_state(animate=True)
        else:
            self._show_state(animate=None)

    def _go_to(self, event: Event | None, animate: bool) -> None:
        """Move the view to frame ``event`` (the whole timeline for None); a move in progress
        is cut short, from where it is."""
        self.animation.stop()
        self._framing = event
        if not animate:
            self._settle()
            return
        target = self.canvas.frame_viewport(event) if event else self.canvas.fit_viewport()
        self._from, self._to = self.canvas.viewport, target
        self.animation.start()

    def _settle(self) -> None:
        """End on the canvas's own framing, so that a resize (going full screen, a projector
        with another resolution) frames the event, or fits the timeline, again."""
        if self._framing is not None:
            self.canvas.frame(self._framing)
        else:
            self.canvas.zoom_to_fit()

    def _animate(self, t: object) -> None:
        if self._from is not None and self._to is not None:
            self.canvas.set_viewport(interpolate(self._from, self._to, float(t)))  # type: ignore[arg-type]

    def finish_animation(self) -> None:
        """Jump to the end of a running move (tests, and leaving)."""
        if self.animation.state() == QVariantAnimation.State.Running:
            self.animation.setCurrentTime(self.animation.duration())

    # --- input -----------------------------------------------------------------------------

    def command(self, command: Command, digit: str = "") -> None:
        # A card whose quotes run over several pages turns its pages first.
        if not self.state.blank and not self.state.help and not self.state.typed:
            if command in (Command.NEXT, Command.GO) and self.card.has_next_page():
                self.card.set_page(self.card.page + 1)
                self.stateChanged.emit(self.state)  # the presenter view follows the page
                self.announcer.card_changed(page_turned=True)
                return
            if command is Command.PREVIOUS and self.card.page > 0:
                self.card.set_page(self.card.page - 1)
                self.stateChanged.emit(self.state)
                self.announcer.card_changed(page_turned=True)
                return
        before = self.state
        self.state = self.state.apply(command, digit)
        if self.state.finished:
            self.close()
            return
        self._show_state(animate=True if before.index != self.state.index else None)

    def handle_key(self, event: QKeyEvent) -> bool:
        text = event.text()
        if text and text.isdigit():
            self.command(Command.DIGIT, text)
            return True
        if text == "?":
            self.command(Command.HELP)
            return True
        try:
            name = Qt.Key(event.key()).name
        except ValueError:
            return False
        command = KEYS.get(str(name))
        if command is None:
            return False
        self.command(command)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseMove:
            self._show_pointer()
        return super().eventFilter(watched, event)

    def mouseMoveEvent(self, event: object) -> None:
        self._show_pointer()

    def _show_pointer(self) -> None:
        if self.cursor().shape() == Qt.CursorShape.BlankCursor:
            self.unsetCursor()
            self.canvas.unsetCursor()
        self._pointer_timer.start()

    def _hide_pointer(self) -> None:
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.canvas.setCursor(Qt.CursorShape.BlankCursor)

    @property
    def pointer_hidden(self) -> bool:
        return self.cursor().shape() == Qt.CursorShape.BlankCursor

    def closeEvent(self, event: object) -> None:
        self.animation.stop()
        self._pointer_timer.stop()
        self.finished.emit()
        super().closeEvent(event)  # type: ignore[arg-type]


def start_presentation(
    timeline: Timeline,
    hidden: frozenset[str],
    screen: QScreen | None = None,
    presenter_screen: QScreen | None = None,
) -> PresentationWindow:
    """Open the audience view (and, given a second screen, the presenter view)."""
    audience = PresentationWindow(timeline, hidden, screen)
    audience.finished.connect(audience.deleteLater)
    audience.start()
    if presenter_screen is not None and presenter_screen is not screen:
        from timeline_app.ui.presenter import PresenterWindow

        presenter = PresenterWindow(audience, presenter_screen)
        audience.finished.connect(presenter.deleteLater)
        presenter.start()
        audience.presenter = presenter
        audience.activateWindow()
    return audience
