"""A right to left window: the panels mirror, the time axis still runs left to right, and
right to left titles are drawn in their own direction on the canvas and in the detail pane."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication

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
