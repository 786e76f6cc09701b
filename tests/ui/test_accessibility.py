"""What a screen reader finds: the accessible tree of the canvas, the detail pane, the
presentation and the dialogs, walked in process (offscreen) as assistive technology would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from timeline_app.formats import load_timeline
from timeline_app.ui import accessibility
from timeline_app.ui.canvas import TimelineCanvas

MEETING = "putin-trump-meeting-2017-07-07"


@pytest.fixture
def canvas(qtbot: QtBot, bundled_path: Path) -> TimelineCanvas:
    c = TimelineCanvas()
    qtbot.addWidget(c)
    c.resize(1200, 600)
    c.show()
    qtbot.waitExposed(c)
    c.set_timeline(load_timeline(bundled_path))
    return c


def tree(widget: QWidget) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return iface


def children(iface: QAccessibleInterface) -> list[QAccessibleInterface]:
    out = []
    for i in range(iface.childCount()):
        child = iface.child(i)
        assert child is not None
        out.append(child)
    return out


def name(iface: QAccessibleInterface) -> str:
    return iface.text(QAccessible.Text.Name)


def test_every_visible_event_is_a_named_child_in_time_order(canvas: TimelineCanvas) -> None:
    root = tree(canvas)
    assert root.role() == QAccessible.Role.List
    assert name(root) == "Timeline"
    items = children(root)
    marks = canvas.scene().marks
    assert len(marks) == len(canvas.timeline) and not canvas.scene().badges
    assert len(items) == len(marks)
    tl = canvas.timeline
    shown = {m.event_id for m in marks}
    in_time = [e for e in tl.events if e.id in shown]
    assert [name(i) for i in items] == [f"{e.title}, {e.date_text()}" for e in in_time]
    for i, item in enumerate(items):
        assert item.role() == QAccessible.Role.ListItem
        assert root.indexOfChild(item) == i
        assert item.parent() is not None and name(item.parent()) == "Timeline"
    first = in_time[0]
    desc = items[0].text(QAccessible.Text.Description)
    assert first.summary[:40] in desc
    n = len(first.quotes)
    assert (f"{n} quotes" if n != 1 else "1 quote") in desc


def test_children_are_on_screen_where_the_events_are_drawn(canvas: TimelineCanvas) -> None:
    root = tree(canvas)
    window = canvas.rect().translated(canvas.mapToGlobal(QPoint(0, 0)))
    for item in children(root):
        r = item.rect()
        assert not r.isEmpty() and window.contains(r)
        assert root.childAt(r.center().x(), r.center().y()) is not None
        assert name(root.childAt(r.center().x(), r.center().y())) == name(item)  # type: ignore[arg-type]


def test_badges_are_children_too(canvas: TimelineCanvas, qtbot: QtBot) -> None:
    canvas.resize(400, 260)
    canvas.zoom_to_fit()
    scene = canvas.scene()
    assert scene.badges, "a narrow view folds some events"
    items = children(tree(canvas))
    assert len(items) == len(scene.marks) + len(scene.badges)
    badges = [i for i in items if i.role() == QAccessible.Role.Button]
    assert len(badges) == len(scene.badges)
    assert all(" more event" in name(b) for b in badges)


def test_selecting_moves_the_focus_child(canvas: TimelineCanvas, qtbot: QtBot) -> None:
    canvas.setFocus()
    root = tree(canvas)
    assert root.focusChild() is None
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    first = canvas.timeline.events[0]
    focus = root.focusChild()
    assert focus is not None and name(focus) == f"{first.title}, {first.date_text()}"
    assert focus.state().selected and focus.state().focused
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    second = canvas.timeline.events[1]
    focus = root.focusChild()
    assert focus is not None and name(focus) == f"{second.title}, {second.date_text()}"
    others = [i for i in children(root) if i is not focus]
    assert not any(i.state().selected for i in others)


def test_zoom_is_announced_once_when_it_settles(canvas: TimelineCanvas, qtbot: QtBot) -> None:
    accessibility.announced.clear()
    for _ in range(5):
        canvas.zoom_in()
    assert accessibility.announced == []
    canvas.range_announcer.flush()
    from timeline_app.ui.canvas import span_text

    assert accessibility.announced == [f"Showing {span_text(canvas.viewport)}"]
    canvas.range_announcer.flush()
    assert len(accessibility.announced) == 1  # nothing new to say


# --- the detail pane ---------------------------------------------------------------------


@pytest.fixture
def pane(qtbot: QtBot, bundled_path: Path):  # type: ignore[no-untyped-def]
    from timeline_app.ui.detail_pane import DetailPane

    p = DetailPane()
    qtbot.addWidget(p)
    p.resize(420, 700)
    p.show()
    qtbot.waitExposed(p)
    p.show_event(load_timeline(bundled_path).get(MEETING))
    return p


def test_the_quotes_are_read_one_by_one_with_their_copy_links(pane, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    browser = tree(pane.browser)
    assert name(browser) == "Event details"
    quotes = tree(pane.browser.viewport())
    assert name(quotes) == "Source quotes"
    items = children(quotes)
    event = pane.event
    n = len(event.quotes)
    assert n >= 1
    paragraphs = [i for i in items if i.role() == QAccessible.Role.Paragraph]
    links = [i for i in items if i.role() == QAccessible.Role.Link]
    assert len(paragraphs) == n
    for k, (para, quote) in enumerate(zip(paragraphs, event.quotes, strict=True)):
        assert name(para) == f"Quote {k + 1} of {n}: {quote.text}"
        assert quote.source.title in para.text(QAccessible.Text.Description)
    copies = [i for i in links if name(i) == "Copy quote with citation"]
    assert len(copies) == n
    # Reading order: each quote, then its link.
    assert items.index(copies[0]) == items.index(paragraphs[0]) + 1
    for item in items:
        r = item.rect()
        assert not r.isEmpty(), name(item)


def test_tab_in_the_pane_focuses_a_copy_link_that_readers_see(pane, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    pane.browser.setFocus()
    quotes = tree(pane.browser.viewport())
    assert quotes.focusChild() is None
    for _ in range(10):
        qtbot.keyClick(pane.browser, Qt.Key.Key_Tab)
        focus = quotes.focusChild()
        if focus is not None and name(focus) == "Copy quote with citation":
            break
    else:
        raise AssertionError("Tab never reached a copy link")
    assert focus.state().focused and focus.role() == QAccessible.Role.Link
    accessibility.announced.clear()
    qtbot.keyClick(pane.browser, Qt.Key.Key_Return)
    assert accessibility.announced == ["Quote copied with its citation"]
    from PySide6.QtGui import QGuiApplication

    assert pane.event.quotes[0].text in QGuiApplication.clipboard().text()
    QGuiApplication.clipboard().clear()


# --- presenting ----------------------------------------------------------------------------


@pytest.fixture
def show(qtbot: QtBot, bundled_path: Path):  # type: ignore[no-untyped-def]
    from timeline_app.ui.presentation import PresentationWindow

    w = PresentationWindow(load_timeline(bundled_path))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.setFocus()
    return w


def test_each_presentation_step_is_announced_and_the_card_is_text(show, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    events = list(show.timeline.events)
    accessibility.announced.clear()
    qtbot.keyClick(show, Qt.Key.Key_Right)
    first = events[0]
    assert accessibility.announced[-1] == (f"{first.title}, {first.date_text()}, 1 / {len(events)}")
    card = tree(show.card)
    assert name(card) == "Event card"
    desc = card.text(QAccessible.Text.Description)
    assert first.title in desc and first.summary[:30] in desc
    # The canvas follows: its accessible focus child is the event on the card.
    focus = tree(show.canvas).focusChild()
    assert focus is not None and name(focus) == f"{first.title}, {first.date_text()}"
    qtbot.keyClick(show, Qt.Key.Key_B)
    assert accessibility.announced[-1] == "Screen blanked to black"
    qtbot.keyClick(show, Qt.Key.Key_B)
    assert accessibility.announced[-1] == "Timeline shown again"
    qtbot.keyClick(show, Qt.Key.Key_R)
    assert accessibility.announced[-1].startswith("Reveal mode on")
    qtbot.keyClick(show, Qt.Key.Key_Right)
    second = events[1]
    assert accessibility.announced[-1] == (f"{second.title}, date not yet shown, 2 / {len(events)}")
    assert second.date_text() not in tree(show.card).text(QAccessible.Text.Description)
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert accessibility.announced[-1].startswith(second.date_text())
    assert name(tree(show)) == "Presentation"


def test_more_quotes_on_a_card_are_announced(show, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    meeting = [e.id for e in show.timeline.events].index(MEETING)
    qtbot.keyClicks(show, str(meeting + 1))
    qtbot.keyClick(show, Qt.Key.Key_Return)
    assert show.card.has_next_page()
    accessibility.announced.clear()
    qtbot.keyClick(show, Qt.Key.Key_Right)
    said = accessibility.announced[-1]
    assert said.startswith(f"More quotes, page 2 of {len(show.card.pages)}")
    assert " ".join(show.card.text().split())[:60] in said
    assert tree(show.card).text(QAccessible.Text.Description)[:60] in said


# --- names and tooltips ------------------------------------------------------------------


def test_tooltips_are_plain_text_shown_literally() -> None:
    from PySide6 import QtGui

    from timeline_app.ui.canvas import plain_tooltip

    for title in ("<b>Bold</b> claims", "Fish &amp; chips &lt;3", "Plain", "a < b > c"):
        tip = plain_tooltip(f"{title}\n7 July 2017")
        # Qt shows it, and hands it to a screen reader, as it is: no markup.
        assert not QtGui.Qt.mightBeRichText(tip), tip
        assert tip.replace("\u2060", "") == f"{title}\n7 July 2017"
    assert "<p" not in plain_tooltip("x") and "<br>" not in plain_tooltip("a\nb")


def _unnamed(root: QWidget) -> list[str]:
    """Every control the keyboard can reach in ``root`` whose accessible name is empty."""
    missing = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if w.objectName().startswith("qt_"):
            continue  # Qt's own parts (a scroll area's viewport): named by their owner
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is None or not name(iface).strip():
            missing.append(f"{type(w).__name__} {w.objectName()!r}")
    return missing


def test_every_control_of_the_window_and_the_export_dialog_has_a_name(
    window,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
) -> None:
    assert _unnamed(window) == []
    for widget in (window.legend, window.overview, window.tabs):
        assert name(tree(widget)), widget.objectName()
    dialog = window.export_dialog()
    qtbot.waitExposed(dialog)
    assert _unnamed(dialog) == []
    dialog.reject()
    shortcuts = window.show_shortcuts()
    assert _unnamed(shortcuts) == []
    shortcuts.close()
