"""What assistive technology (Orca, NVDA, VoiceOver) reads of the timeline.

The canvas paints its events itself, so Qt alone would expose it as one node with nothing in
it. Here its accessible interface has one child per event mark and count badge of the scene
it paints (the scene is the one source: what is read is what is drawn), in time order, as
Qt's own tab bar exposes its tabs: child interfaces with no QObject of their own, kept per
event so that a screen reader keeps its place while the view moves.

Selecting an event moves the accessible focus to it; zooming and panning announce the new
range, politely and once the view has settled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QFont,
    QTextCursor,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser, QWidget

from timeline_app.i18n import context
from timeline_app.model.timeline import Event, Timeline, category_label
from timeline_app.view.scene import Badge, EventMark, Rect, Scene

if TYPE_CHECKING:
    from timeline_app.ui.canvas import TimelineCanvas
    from timeline_app.ui.detail_pane import DetailPane

# Item interfaces kept for events no longer in view, so that a reader coming back finds the
# same object; beyond this many, those out of view are let go.
KEEP_ITEMS = 2000
# A zoom or pan is announced once the view has been still this long (a wheel spin or a drag
# is one announcement, not a flood).
ANNOUNCE_AFTER_MS = 700

tr = context("Accessibility")

# Marked here, translated where it is read (tr(HOW_TO_LEAVE)).
HOW_TO_LEAVE = tr.mark(
    "Tab and Shift+Tab select the next or previous event; F6 or Ctrl+Tab moves to the next pane."
)


# The font size the canvas's type sizes are designed at: 10 pt at 96 dpi.
DESIGN_FONT_PX = 10 * 96 / 72


def user_text_scale(font: QFont, dpi: float) -> float:
    """How much larger than the design the user's font is, where it is larger: a 20 pt
    application font, or a platform that scales its fonts (a higher logical dpi), makes the
    canvas's text as large. Smaller fonts keep the design's sizes, which are already small."""
    px = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * dpi / 72
    return max(1.0, px / DESIGN_FONT_PX)


def event_name(event: Event) -> str:
    """What a screen reader says first: 'title, date'."""
    return tr("{title}, {date}").format(title=event.title, date=event.date_text())


def event_description(event: Event, category: str) -> str:
    """Then: category, place, the summary and how many quotes."""
    parts = [p for p in (category, event.location) if p]
    n = len(event.quotes)
    quotes = tr("no quotes") if n == 0 else tr.n("%n quotes", n, one="%n quote")
    head = ", ".join(parts)
    summary = event.summary.strip()
    return ". ".join(p for p in (head, summary, quotes) if p) + "."


def badge_name(badge: Badge, date_text: Callable[[float, float], str]) -> str:
    said = tr.n("%n more events, {dates}", badge.count, one="%n more event, {dates}")
    return said.format(dates=date_text(badge.t_from, badge.t_to))


_Key = tuple[str, str, float, float]


def _key_of(item: EventMark | Badge) -> _Key:
    if isinstance(item, EventMark):
        return ("event", item.event_id, 0.0, 0.0)
    return ("badge", str(item.lane), item.t_from, item.t_to)


class _Leaf(QAccessibleInterface):
    """An accessible part of a widget that has no QObject and no children of its own (as
    Qt's tabs of a QTabBar are): valid while its widget lives, read-only."""

    _owner: CanvasAccessible | DetailAccessible

    def isValid(self) -> bool:
        return self._owner.alive()

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass

    def relations(self, match: object = None) -> list[object]:  # type: ignore[override]
        return []


class TimelineItemAccessible(_Leaf):
    """One event or count badge on the canvas, as a list item (a badge as a button)."""

    def __init__(self, owner: CanvasAccessible, key: _Key) -> None:
        super().__init__()
        self._owner = owner
        self.key = key

    def _item(self) -> EventMark | Badge | None:
        return self._owner.item_for(self.key)

    def _event(self) -> Event | None:
        if self.key[0] != "event":
            return None
        return self._owner.canvas.timeline.get(self.key[1])

    def window(self) -> QWindow | None:  # type: ignore[override]
        if not self._owner.alive():
            return None
        return self._owner.canvas.window().windowHandle()

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        if not self._owner.alive():
            return None
        return QAccessible.queryAccessibleInterface(self._owner.canvas)

    def text(self, t: QAccessible.Text) -> str:
        if not self._owner.alive():
            return ""
        event = self._event()
        if event is not None:
            if t == QAccessible.Text.Name:
                return event_name(event)
            if t == QAccessible.Text.Description:
                return event_description(event, self._owner.category_label(event.category))
            return ""
        item = self._item()
        if isinstance(item, Badge):
            if t == QAccessible.Text.Name:
                return badge_name(item, self._owner.range_text)
            if t == QAccessible.Text.Description:
                return tr("Folded for lack of room. Click to zoom in and show them.")
        return ""

    def rect(self) -> QRect:
        item = self._item()
        if item is None or not self._owner.alive():
            return QRect()
        r = item.hit_rect if isinstance(item, EventMark) else item.rect
        return self._owner.screen_rect(r)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem if self.key[0] == "event" else QAccessible.Role.Button

    def state(self) -> QAccessible.State:
        s = QAccessible.State()
        item = self._item()
        if item is None:
            s.invisible = True
            s.offscreen = True
            return s
        if self.key[0] == "event":
            s.selectable = True
            s.focusable = True
            selected = self._owner.canvas.selected_id == self.key[1]
            s.selected = selected
            s.focused = selected and self._owner.canvas.hasFocus()
        else:
            s.focusable = False
        return s


class CanvasAccessible(QAccessibleWidget):
    """The canvas as a list of the events and badges it shows, in time order."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__(canvas, QAccessible.Role.List, tr("Timeline"))
        self.canvas = canvas
        self._scene: Scene | None = None
        self._timeline: Timeline | None = None
        self._order: list[EventMark | Badge] = []
        self._by_key: dict[_Key, EventMark | Badge] = {}
        self._interfaces: dict[_Key, TimelineItemAccessible] = {}

    # --- the scene, in time order ------------------------------------------------------

    def alive(self) -> bool:
        return shiboken6.isValid(self.canvas)

    def _items(self) -> list[EventMark | Badge]:
        if not self.alive():
            return []
        scene = self.canvas.scene()
        if scene is not self._scene or self.canvas.timeline is not self._timeline:
            self._scene, self._timeline = scene, self.canvas.timeline
            self._order = scene_items(scene, self.canvas.timeline)
            self._by_key = {_key_of(i): i for i in self._order}
            self._forget_unseen()
        return self._order

    def item_for(self, key: _Key) -> EventMark | Badge | None:
        self._items()
        return self._by_key.get(key)

    def interface_for(self, item: EventMark | Badge) -> TimelineItemAccessible:
        key = _key_of(item)
        iface = self._interfaces.get(key)
        if iface is None:
            iface = self._interfaces[key] = TimelineItemAccessible(self, key)
        return iface

    def _forget_unseen(self) -> None:
        if len(self._interfaces) <= KEEP_ITEMS:
            return
        for key in [k for k in self._interfaces if k not in self._by_key]:
            iface = self._interfaces.pop(key)
            # Qt's cache holds it once a reader has asked for it: it goes from there first.
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))

    def category_label(self, category_id: str) -> str:
        lane = self.canvas.timeline.lane_of(category_id)
        return category_label(lane.category) if lane is not None else ""

    def range_text(self, t0: float, t1: float) -> str:
        from timeline_app.ui.canvas import range_text

        return range_text(t0, t1, hours=False)

    def screen_rect(self, r: Rect) -> QRect:
        w, h = self.canvas.width(), self.canvas.height()
        x0, y0 = max(0, int(r.x)), max(0, int(r.y))
        x1, y1 = min(w, int(r.x + r.w + 0.999)), min(h, int(r.y + r.h + 0.999))
        if x1 <= x0 or y1 <= y0:
            return QRect()
        return QRect(
            self.canvas.mapToGlobal(QPoint(x0, y0)), self.canvas.mapToGlobal(QPoint(x1 - 1, y1 - 1))
        )

    # --- QAccessibleInterface ------------------------------------------------------------

    def childCount(self) -> int:
        return len(self._items())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        items = self._items()
        if 0 <= index < len(items):
            return self.interface_for(items[index])
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, TimelineItemAccessible):
            item = self.item_for(child.key)
            if item is not None:
                return self._order.index(item)
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        if not self.alive():
            return None
        p = self.canvas.mapFromGlobal(QPoint(x, y))
        self._items()
        hit = self.canvas.scene().hit(float(p.x()), float(p.y()), slop=0.0)
        return None if hit is None else self.interface_for(hit)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        """The selected event, where it is shown."""
        selected = self.canvas.selected_id if self.alive() else None
        if selected is None:
            return None
        item = self.item_for(("event", selected, 0.0, 0.0))
        return None if item is None else self.interface_for(item)

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self.canvas.accessibleName() if self.alive() else ""
        if t == QAccessible.Text.Description:
            if not self.alive():
                return ""
            from timeline_app.ui.canvas import span_text

            marks = sum(isinstance(i, EventMark) for i in self._items())
            said = tr.n(
                "%n events shown, {dates}. {how}", marks, one="%n event shown, {dates}. {how}"
            )
            return said.format(dates=span_text(self.canvas.viewport), how=tr(HOW_TO_LEAVE))
        return super().text(t)


def scene_items(scene: Scene, timeline: Timeline) -> list[EventMark | Badge]:
    """The scene's event marks and badges in the timeline's order, the order Tab follows
    (a badge where its first event would be)."""
    keyed: list[tuple[int, int, EventMark | Badge]] = []
    for mark in scene.marks:
        keyed.append((timeline.index_of(mark.event_id), 0, mark))
    for badge in scene.badges:
        keyed.append((timeline.first_from(badge.t_from), 1, badge))
    keyed.sort(key=lambda k: k[:2])
    return [k[2] for k in keyed]


# --- wiring ---------------------------------------------------------------------------------


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    from timeline_app.ui.canvas import TimelineCanvas

    if isinstance(obj, TimelineCanvas):
        iface = CanvasAccessible(obj)
        # Qt's cache owns the interface and deletes it with the widget; the widget keeps the
        # Python side alive until then.
        obj.accessible_interface = iface
        return iface
    if obj.objectName() == "qt_scrollarea_viewport" and isinstance(obj, QWidget):
        from timeline_app.ui.detail_pane import DetailPane

        browser = obj.parent()
        pane = browser.parent() if browser is not None else None
        if isinstance(pane, DetailPane) and browser is pane.browser:
            quotes = DetailAccessible(obj, pane)
            pane.viewport_accessible = quotes  # kept as long as the pane, as above
            return quotes
    return None


_installed = False


def install() -> None:
    """Register the factory (once per process; Qt asks it for every object it exposes)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def canvas_interface(canvas: TimelineCanvas) -> CanvasAccessible | None:
    iface = QAccessible.queryAccessibleInterface(canvas)
    return iface if isinstance(iface, CanvasAccessible) else None


def selection_moved(canvas: TimelineCanvas) -> None:
    """Tell readers the selected event changed: the focus moves to it while the canvas has
    the keyboard focus (Orca then reads its name and description), else the selection."""
    if not QAccessible.isActive():
        return
    iface = canvas_interface(canvas)
    child = iface.focusChild() if iface is not None else None
    if child is None:
        return
    kind = QAccessible.Event.Focus if canvas.hasFocus() else QAccessible.Event.Selection
    QAccessible.updateAccessibility(QAccessibleEvent(child, kind))


def announce(widget: QWidget, message: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``message`` (politely: after what it is saying)."""
    announced.append(message)
    del announced[:-20]
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


# The last messages announced, newest last: what a screen reader was given to say.
announced: list[str] = []


class RangeAnnouncer(QObject):
    """Says the visible range once a zoom or pan has settled, and only when it changed."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__(canvas)
        self._canvas = canvas
        self._last = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ANNOUNCE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        canvas.viewportChanged.connect(lambda _vp: self._timer.start())

    def flush(self) -> None:
        from timeline_app.ui.canvas import span_text

        self._timer.stop()
        if not self._canvas.isVisible():
            return
        text = span_text(self._canvas.viewport)
        if text != self._last:
            self._last = text
            announce(self._canvas, tr("Showing {dates}").format(dates=text))


# --- the detail pane's quotes --------------------------------------------------------------


def document_links(browser: QTextBrowser) -> list[tuple[str, int, int]]:
    """The links the pane shows, in reading order: (href, start, end) in the document."""
    links: list[tuple[str, int, int]] = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            href = frag.charFormat().anchorHref() if frag.isValid() else ""
            if href:
                start, end = frag.position(), frag.position() + frag.length()
                if links and links[-1][0] == href and links[-1][2] == start:
                    links[-1] = (href, links[-1][1], end)
                else:
                    links.append((href, start, end))
            it += 1
        block = block.next()
    return links


class DetailItemAccessible(_Leaf):
    """A quote of the shown event (its text, then its citation), or a link of the pane:
    'Copy quote with citation' and 'Show more quotes' are links to assistive technology."""

    def __init__(self, owner: DetailAccessible, kind: str, index: int) -> None:
        super().__init__()
        self._owner = owner
        self.kind = kind  # "quote", "copy", "more" or "web"
        self.index = index  # the quote's place in the event, or the link's place

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._owner.pane.window().windowHandle() if self._owner.alive() else None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        if not self._owner.alive():
            return None
        return QAccessible.queryAccessibleInterface(self._owner.pane.browser.viewport())

    def _quote_count(self) -> int:
        event = self._owner.pane.event if self._owner.alive() else None
        return len(event.quotes) if event is not None else 0

    def text(self, t: QAccessible.Text) -> str:
        if not self._owner.alive():
            return ""
        event = self._owner.pane.event
        n = self._quote_count()
        if self.kind == "quote" and event is not None and self.index < n:
            quote = event.quotes[self.index]
            if t == QAccessible.Text.Name:
                return tr("Quote {number} of {count}: {text}").format(
                    number=self.index + 1, count=n, text=quote.text
                )
            if t == QAccessible.Text.Description:
                return quote.with_citation()[len(quote.text) :].strip() or ""
            if t == QAccessible.Text.Value:
                return quote.with_citation()
        if self.kind == "copy":
            if t == QAccessible.Text.Name:
                return tr("Copy quote with citation")
            if t == QAccessible.Text.Description:
                return tr("Copies quote {number} of {count} and its citation").format(
                    number=self.index + 1, count=n
                )
        if self.kind == "more" and t == QAccessible.Text.Name:
            return tr("Show more quotes")
        if self.kind == "web":
            link = self._owner.link(self)
            if link is not None and t == QAccessible.Text.Name:
                return self._owner.pane.browser.document().toPlainText()[link[1] : link[2]]
            if link is not None and t == QAccessible.Text.Description:
                return tr("Web address {url}: asks before it opens").format(url=link[0])
        return ""

    def rect(self) -> QRect:
        return self._owner.rect_of(self)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Paragraph if self.kind == "quote" else QAccessible.Role.Link

    def state(self) -> QAccessible.State:
        s = QAccessible.State()
        s.offscreen = self._owner.alive() and self._owner.offscreen(self)
        if self.kind != "quote":
            s.focusable = True
            s.linked = True
            s.focused = self._owner.focused_link() == self._owner.link(self)
        else:
            s.readOnly = True
        return s


class DetailAccessible(QAccessibleWidget):
    """The detail pane's text area: besides the text Qt exposes, each shown quote and each
    of its links as a child of its own, in reading order."""

    def __init__(self, viewport: QWidget, pane: DetailPane) -> None:
        super().__init__(viewport, QAccessible.Role.Document, tr("Source quotes"))
        self.pane = pane
        self._items: dict[tuple[str, int], DetailItemAccessible] = {}
        self._key: tuple[int, int] | None = None
        self._order: list[DetailItemAccessible] = []
        self._links: list[tuple[str, int, int]] = []

    def alive(self) -> bool:
        return shiboken6.isValid(self.pane)

    def items(self) -> list[DetailItemAccessible]:
        if not self.alive():
            return []
        doc = self.pane.browser.document()
        key = (id(self.pane.event), doc.revision())
        if key != self._key:
            self._key = key
            self._links = document_links(self.pane.browser)
            order: list[DetailItemAccessible] = []
            web = 0
            for href, _s, _e in self._links:
                if href.startswith("copy:") and href[5:].isdigit():
                    i = int(href[5:])
                    order += [self._item("quote", i), self._item("copy", i)]
                elif href == "more:quotes":
                    order.append(self._item("more", 0))
                else:
                    order.append(self._item("web", web))
                    web += 1
            self._order = order
        return self._order

    def _item(self, kind: str, index: int) -> DetailItemAccessible:
        item = self._items.get((kind, index))
        if item is None:
            item = self._items[(kind, index)] = DetailItemAccessible(self, kind, index)
        return item

    def link(self, item: DetailItemAccessible) -> tuple[str, int, int] | None:
        self.items()
        if item.kind == "copy":
            wanted = f"copy:{item.index}"
            return next((lk for lk in self._links if lk[0] == wanted), None)
        if item.kind == "more":
            return next((lk for lk in self._links if lk[0] == "more:quotes"), None)
        if item.kind == "web":
            web = [lk for lk in self._links if not lk[0].startswith(("copy:", "more:"))]
            return web[item.index] if item.index < len(web) else None
        return None

    def focused_link(self) -> tuple[str, int, int] | None:
        """The link the keyboard is on (Tab in the pane moves between links)."""
        if not self.alive() or not self.pane.browser.hasFocus():
            return None
        self.items()
        cursor = self.pane.browser.textCursor()
        if not cursor.hasSelection():
            return None
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        return next((lk for lk in self._links if lk[1] == a and lk[2] == b), None)

    def rect_of(self, item: DetailItemAccessible) -> QRect:
        if not self.alive():
            return QRect()
        browser = self.pane.browser
        if item.kind == "quote":
            link = self.link(self._item("copy", item.index))
            prev = [lk for lk in self._links if link is not None and lk[2] <= link[1]]
            start = prev[-1][2] if prev else 0
            span = (start, link[1]) if link is not None else None
        else:
            found = self.link(item)
            span = (found[1], found[2]) if found is not None else None
        if span is None:
            return QRect()
        cursor = QTextCursor(browser.document())
        cursor.setPosition(span[0])
        top = browser.cursorRect(cursor)
        cursor.setPosition(span[1])
        bottom = browser.cursorRect(cursor)
        vp = browser.viewport()
        # Where it is now, scrolled out of sight or not (its state then says offscreen).
        r = QRect(0, top.top(), vp.width(), max(1, bottom.bottom() - top.top()))
        return QRect(vp.mapToGlobal(r.topLeft()), r.size())

    def offscreen(self, item: DetailItemAccessible) -> bool:
        r = self.rect_of(item)
        vp = self.pane.browser.viewport()
        return not r.intersects(QRect(vp.mapToGlobal(QPoint(0, 0)), vp.size()))

    def childCount(self) -> int:
        return len(self.items())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        items = self.items()
        return items[index] if 0 <= index < len(items) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        items = self.items()
        return items.index(child) if child in items else -1  # type: ignore[comparison-overlap]

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        link = self.focused_link()
        if link is None:
            return None
        return next((i for i in self.items() if self.link(i) == link), None)

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return tr("Source quotes")
        if t == QAccessible.Text.Description and self.alive():
            event = self.pane.event
            if event is None:
                return tr("No event selected")
            n = len(event.quotes)
            said = tr.n("%n quotes of {title}", n, one="%n quote of {title}")
            return said.format(title=event.title)
        return super().text(t)


def link_focused(pane: DetailPane) -> None:
    """The keyboard moved to a link of the pane: readers hear which."""
    if not QAccessible.isActive():
        return
    iface = QAccessible.queryAccessibleInterface(pane.browser.viewport())
    child = iface.focusChild() if isinstance(iface, DetailAccessible) else None
    if child is not None:
        QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Focus))


# --- presenting ----------------------------------------------------------------------------


def step_message(before: object, after: object, event: Event | None) -> str:
    """What a presentation step says: the event's title and date on a new step (the date
    held back in reveal mode), and what blanking, reveal mode and the key help did."""
    b, a = before, after
    parts: list[str] = []
    if getattr(a, "blank", "") != getattr(b, "blank", ""):
        blank = getattr(a, "blank", "")
        if not blank:
            parts.append(tr("Timeline shown again"))
        else:
            black = blank == "black"
            parts.append(tr("Screen blanked to black") if black else tr("Screen blanked to white"))
    if getattr(a, "reveal_mode", False) != getattr(b, "reveal_mode", False):
        parts.append(
            tr("Reveal mode on: the date and the quotes come on the next click")
            if getattr(a, "reveal_mode", False)
            else tr("Reveal mode off")
        )
    if getattr(a, "help", False) and not getattr(b, "help", False):
        parts.append(tr("Keys shown; press question mark again to hide them"))
    if getattr(a, "index", -1) != getattr(b, "index", -1):
        if event is None:
            parts.append(tr("The whole timeline"))
        else:
            revealed = getattr(a, "revealed", True)
            date = event.date_text() if revealed else tr("date not yet shown")
            progress = getattr(a, "progress", "")
            said = tr("{title}, {date}, {progress}") if progress else tr("{title}, {date}")
            parts.append(said.format(title=event.title, date=date, progress=progress))
    elif getattr(a, "revealed", True) and not getattr(b, "revealed", True) and event:
        parts.append(tr("{date}: the date and the quotes are shown").format(date=event.date_text()))
    return ". ".join(parts)


class PresentationAnnouncer(QObject):
    """Says each step of a presentation and what its keys did; the card is exposed as text
    (its accessible description) as it changes, and a further page of quotes is announced."""

    def __init__(self, window: QWidget, card: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._card = card
        self._state: object = getattr(window, "state", None)
        window.setAccessibleName(tr("Presentation"))
        card.setAccessibleName(tr("Event card"))
        window.stateChanged.connect(self._on_state)  # type: ignore[attr-defined]

    def _on_state(self, state: object) -> None:
        before, self._state = self._state, state
        self.card_changed()
        event = self._window.current_event()  # type: ignore[attr-defined]
        message = step_message(before, state, event)
        if message:
            announce(self._window, message)

    def card_changed(self, *, page_turned: bool = False) -> None:
        text = " ".join(self._card.text().split())  # type: ignore[attr-defined]
        self._card.setAccessibleDescription(text)
        if page_turned:
            pages = len(self._card.pages)  # type: ignore[attr-defined]
            page = self._card.page + 1  # type: ignore[attr-defined]
            said = (
                tr("More quotes, page {page} of {pages} (more follow): {text}")
                if self._card.has_next_page()  # type: ignore[attr-defined]
                else tr("More quotes, page {page} of {pages}: {text}")
            )
            announce(self._window, said.format(page=page, pages=pages, text=text))
