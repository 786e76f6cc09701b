"""A right to left window: the panels mirror, the time axis still runs left to right, and
right to left titles are drawn in their own direction on the canvas and in the detail pane;
dates, counts and messages read as written in the mirrored window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QStatusTipEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication

RTL_FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "rtl" / "rtl-history.json"


def test_a_right_to_left_window_mirrors_its_panels_but_not_time(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.main_window import MainWindow

    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        w.resize(1300, 800)
        w.show()
        qtbot.waitExposed(w)
        assert w.open_path(str(RTL_FIXTURE))
        qtbot.wait(50)
        canvas_x = w.canvas.mapTo(w, QPoint(0, 0)).x()
        detail_x = w.detail.mapTo(w, QPoint(0, 0)).x()
        # The side panels are on the left of the timeline, as a right to left reader expects.
        assert detail_x < canvas_x
        # Time still runs left to right: later ticks and later events further right.
        scene = w.canvas.scene()
        xs = [t.x for t in scene.ticks]
        assert len(xs) >= 3 and xs == sorted(xs)
        years = [int(t.label) for t in scene.ticks if t.label.lstrip("-").isdigit()]
        assert len(years) >= 3 and years == sorted(years)
        # Lane captions stay at the left edge of each band, next to the category strip.
        image = w.canvas.grab().toImage()
        band = next(b for b in scene.lanes if b.label == "Diplomacy")
        y = round(band.rect.y + 10)
        text = QColor(w.canvas.theme.lane_text).rgb()
        dark = [x for x in range(image.width()) if image.pixel(x, y) == text]
        assert dark and dark[0] < 40 and dark[-1] < 150
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _word_order(text: str, direction: Qt.LayoutDirection) -> list[str]:
    """The words of ``text`` from left to right as a widget of ``direction`` lays it out."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(2000)
    layout.endLayout()
    words = text.replace("\u2068", "").replace("\u2069", "").split()
    lefts = {}
    for word in words:
        runs = layout.glyphRuns(text.index(word), len(word))
        lefts[word] = min(run.boundingRect().left() for run in runs)
    return sorted(words, key=lambda word: lefts[word])


def test_dates_and_counts_read_left_to_right_in_a_right_to_left_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.ui.canvas import plain_tooltip
    from timeline_app.ui.main_window import MainWindow

    rtl = Qt.LayoutDirection.RightToLeft
    QGuiApplication.setLayoutDirection(rtl)
    try:
        w = MainWindow()
        qtbot.addWidget(w)
        assert w.open_path(str(RTL_FIXTURE))
        # The status bar: '11 events from …', not 'events from … 11'.
        message = w.statusBar().currentMessage()
        assert message.startswith("\u2068") and message.endswith("\u2069")
        assert _word_order(message, rtl) == ["11", "events", "from", "rtl-history.json"]
        # So is an action's status tip, which the window hands to its status bar itself.
        QApplication.sendEvent(w, QStatusTipEvent("Zoom in 2 times"))
        tip = w.statusBar().currentMessage()
        assert tip == "\u2068Zoom in 2 times\u2069"
        # The event list: each row's date reads as written, its title in its own direction.
        model = w.event_list.model
        rows = [str(model.data(model.index(r))) for r in range(model.rowCount())]
        dates = {row.split("\n")[0] for row in rows}
        assert "\u206829 May 1453\u2069" in dates
        assert _word_order("\u206829 May 1453\u2069", rtl) == ["29", "May", "1453"]
        assert "\u206815 May 1948 – 20 July 1949\u2069" in dates
        for date in dates:
            assert _word_order(date, rtl) == date[1:-1].split(), date
        # A tooltip takes the direction of its first line: an Arabic title's date under it
        # reads as written too.
        tip = plain_tooltip("معركة حطين\n4 July 1187")
        assert _word_order(tip.split("\n")[1], rtl) == ["4", "July", "1187"]
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    # In a left to right window English text is shown as it is.
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_bundled()
    assert w.statusBar().currentMessage().startswith(tuple("0123456789"))
    first = str(w.event_list.model.data(w.event_list.model.index(0)))
    assert "\u2068" not in first
