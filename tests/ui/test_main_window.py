"""The main window as a user meets it: the bundled timeline, the detail pane, the list,
the legend, opening files (good and broken), settings and themes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from timeline_app.settings import load_settings, settings_path
from timeline_app.ui.canvas import plain_tooltip
from timeline_app.ui.main_window import MainWindow

MEETING = "putin-trump-meeting-2017-07-07"
WARSAW = "trump-warsaw-speech-2017-07-06"


def close_dialogs() -> None:
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QMessageBox) and top.isVisible():
            top.close()


def test_bundled_timeline_is_shown_with_every_event(window: MainWindow) -> None:
    assert len(window.canvas.timeline) >= 14
    scene = window.canvas.scene()
    shown = {m.event_id for m in scene.marks} | set()
    folded = sum(b.count for b in scene.badges)
    assert len(shown) + folded == len(window.canvas.timeline)
    assert window.event_list.model.rowCount() == len(window.canvas.timeline)
    assert "2016" in window.range_label.text() and "2017" in window.range_label.text()
    assert "Putin and Trump" in window.windowTitle()


def test_clicking_an_event_shows_its_quotes(window: MainWindow, qtbot: QtBot) -> None:
    mark = window.canvas.scene().mark_for(WARSAW)
    assert mark is not None
    pos = QPoint(round(mark.marker.x + mark.marker.w / 2), round(mark.marker.y + mark.marker.h / 2))
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=pos)
    text = window.detail.browser.toPlainText()
    assert "Trump’s speech in Warsaw" in text or "speech in Warsaw" in text
    assert "6 July 2017" in text
    assert (
        "The fundamental question of our time is whether the West has the will to survive" in text
    )
    assert "Donald Trump, quoted in" in text
    assert (
        "Putin and Trump Establish Bilateral Channel to Move Forward, Valdai Discussion Club"
        in text
    )
    assert "¶10" in text
    assert window.event_list.current_id() == WARSAW


def test_copy_quote_puts_the_quote_and_its_citation_on_the_clipboard(window: MainWindow) -> None:
    window.canvas.select(MEETING)
    copied = window.detail.copy_quote(0)
    clip = QGuiApplication.clipboard().text()
    assert clip == copied
    assert clip.startswith("“")
    assert "— Putin and Trump Establish Bilateral Channel to Move Forward, " in clip
    assert clip.rstrip().endswith(("¶1", "¶12", "¶13", "¶14"))
    # Word processors get HTML: the title in italics (and a link where the source has one).
    html = QGuiApplication.clipboard().mimeData().html()
    assert "<i>Putin and Trump Establish Bilateral Channel to Move Forward</i>" in html


def test_search_filters_the_list_and_enter_zooms_to_the_event(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.focus_search()
    qtbot.keyClicks(window.event_list.search, "warsaw")
    assert window.event_list.model.rowCount() == 1
    assert "1 of" in window.event_list.count.text()
    qtbot.keyClick(window.event_list.search, Qt.Key.Key_Down)
    assert window.canvas.selected_id == WARSAW
    qtbot.keyClick(window.event_list.search, Qt.Key.Key_Return)
    assert window.canvas.viewport.span < 60 * 86400
    window.event_list.search.clear()
    assert window.event_list.model.rowCount() == len(window.canvas.timeline)
    assert window.event_list.current_id() == WARSAW


def test_legend_toggle_hides_a_category_everywhere(window: MainWindow) -> None:
    box = window.legend.findChild(type(window.legend._boxes["speech"]), "legend-speech")
    assert box is not None and box.isChecked()
    box.setChecked(False)
    assert "speech" in window.canvas.hidden_categories
    assert window.canvas.scene().mark_for(WARSAW) is None
    assert window.event_list.model.row_of(WARSAW) == -1
    box.setChecked(True)
    assert window.canvas.scene().mark_for(WARSAW) is not None


def test_an_ampersand_in_a_category_name_is_shown_not_taken_for_a_shortcut(
    window: MainWindow,
) -> None:
    # Qt shows "&&" as "&" and takes a lone "&" as a shortcut mark, hiding it.
    box = window.legend._boxes["summit"]
    assert box.text() == "Summits && meetings (2)"
    assert box.shortcut().isEmpty()


def test_dataset_text_is_shown_literally_never_as_html(window: MainWindow, tmp_path: Path) -> None:
    doc = {
        "format": "timeline-app",
        "version": 1,
        "sources": [{"id": "s", "title": "<i>Src</i>"}],
        "events": [
            {
                "id": "x",
                "title": '<b>Bold?</b> <img src="/etc/hostname">',
                "start": "2017-05-10",
                "summary": "<script>alert(1)</script>",
                "quotes": [
                    {
                        "text": "<a href='javascript:alert(1)'>link</a>",
                        "source": "s",
                        "locator": "p. 1",
                    }
                ],
            }
        ],
    }
    path = tmp_path / "html.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert window.open_path(str(path))
    window.canvas.select("x")
    text = window.detail.browser.toPlainText()
    assert '<b>Bold?</b> <img src="/etc/hostname">' in text
    assert "<script>alert(1)</script>" in text
    assert "<a href='javascript:alert(1)'>link</a>" in text
    assert "<i>Src</i>" in text
    # Tooltips too: Qt cannot take the title for markup.
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    mark = window.canvas.scene().mark_for("x")
    assert mark is not None
    pos = QPoint(round(mark.marker.x + 5), round(mark.marker.y + 5))
    QApplication.sendEvent(
        window.canvas, QHelpEvent(QEvent.Type.ToolTip, pos, window.canvas.mapToGlobal(pos))
    )
    from PySide6 import QtGui

    # Plain text that Qt cannot take for markup: shown (and read out) as written.
    assert not QtGui.Qt.mightBeRichText(QToolTip.text())
    assert '<b>Bold?</b> <img src="/etc/hostname">' in QToolTip.text().replace("\u2060", "")
    assert "<img" not in QToolTip.text()
    QToolTip.hideText()
    index = window.event_list.model.index(0)
    tip = window.event_list.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert not QtGui.Qt.mightBeRichText(str(tip))
    assert "<b>Bold?</b>" in str(tip).replace("\u2060", "")


def test_broken_file_explains_itself_and_keeps_the_timeline(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    before = window.canvas.timeline
    bad = tmp_path / "broken.json"
    bad.write_text(
        '{\n  "format": "timeline-app",\n  "version": 1,\n  "events": [\n'
        '    {"id": "a", "title": "A", "start": "2017-02-30"}\n  ]\n}\n'
    )
    assert not window.open_path(str(bad))
    assert window.canvas.timeline is before
    assert window.last_error.startswith(f"{bad}:5:")
    assert "events[0].start" in window.last_error
    assert "February" in window.last_error
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "loadErrorDialog" and w.isVisible()
    ]
    assert dialogs
    # The window speaks to a teacher: line and column, the first event (not "events[0]"),
    # the field, and what is wrong; Show Details counts the same way.
    shown = dialogs[0].informativeText()  # type: ignore[attr-defined]
    assert shown.startswith("Line 5, column ")
    assert "event 1, “start”: '2017-02-30': February 2017 has 28 days, not 30" in shown
    assert "events[0]" not in shown
    close_dialogs()


def test_open_recent_lists_opened_files(
    window: MainWindow, tmp_path: Path, bundled_path: Path
) -> None:
    copy = tmp_path / "copy.json"
    copy.write_bytes(bundled_path.read_bytes())
    assert window.open_path(str(copy))
    titles = [a.toolTip() for a in window.recent_menu.actions()]
    assert str(copy) in titles
    assert window.recent_menu.isEnabled()


def test_settings_are_kept_and_restored(qtbot: QtBot, window: MainWindow) -> None:
    window.apply_theme_choice("dark")
    window.main_splitter.setSizes([800, 500])
    window.canvas.zoom_by(3.0)
    view = window.canvas.viewport
    assert window.store_settings() == ""
    data = json.loads(settings_path().read_text())
    assert data["theme"] == "dark"
    again = MainWindow()
    qtbot.addWidget(again)
    again.resize(1300, 800)
    again.show()
    again.open_bundled(restore_view=True)
    assert again.canvas.theme.name == "dark"
    assert again.canvas.viewport.start == pytest.approx(view.start)
    assert again.canvas.viewport.span == pytest.approx(view.span)


def test_corrupt_settings_are_moved_aside(qtbot: QtBot) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json")
    s = load_settings()
    assert "damaged" in s.notice
    [kept] = path.parent.glob("settings.json.damaged-*")
    assert kept.read_text() == "{not json" and kept.name in s.notice
    w = MainWindow(s)
    qtbot.addWidget(w)
    w.show()
    w.show_settings_notice()
    assert "damaged" in w.statusBar().currentMessage()


def test_theme_switch_repaints_in_dark_colours(window: MainWindow) -> None:
    # The theme is one of three, marked as such in the menu; choosing one unticks the others.
    group = window.theme_actions["dark"].actionGroup()
    assert group is not None and group.isExclusive()
    assert set(group.actions()) == set(window.theme_actions.values())
    window.theme_actions["dark"].trigger()
    assert [c for c, a in window.theme_actions.items() if a.isChecked()] == ["dark"]
    window.apply_theme_choice("dark")
    img = window.canvas.grab().toImage()
    assert img.pixelColor(img.width() - 5, img.height() - 5).lightness() < 80
    window.apply_theme_choice("light")
    img = window.canvas.grab().toImage()
    assert img.pixelColor(img.width() - 5, img.height() - 5).lightness() > 200


def test_in_the_dark_theme_an_unticked_box_stands_out_from_the_window(
    window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QCheckBox

    window.apply_theme_choice("dark")
    try:
        box = QCheckBox("Transparent background")
        qtbot.addWidget(box)
        box.resize(box.sizeHint())
        img = box.grab().toImage()
        back = img.pixelColor(img.width() - 2, 1).lightness()  # the window behind
        indicator = [
            img.pixelColor(x, y).lightness()
            for x in range(2, min(18, img.width()))
            for y in range(2, img.height() - 2)
        ]
        # The box's face is a clearly lighter patch than the window around it.
        assert sum(1 for v in indicator if v - back >= 12) >= 40
    finally:
        window.apply_theme_choice("light")


def test_no_keyboard_shortcut_is_ambiguous(window: MainWindow) -> None:
    """Qt triggers nothing for a key bound twice; every key must have one action."""
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text} is bound to {seen[text]!r} and {action.text()!r}"
            seen[text] = action.text()
    assert {"Ctrl+Q", "Ctrl+O", "Ctrl+0"} <= set(seen)


def test_dropping_a_file_on_the_window_opens_it(
    window: MainWindow, tmp_path: Path, bundled_path: Path, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    copy = tmp_path / "dropped.json"
    copy.write_bytes(
        bundled_path.read_bytes().replace(
            b'"title": "Putin and Trump', b'"title": "Dropped: Putin and Trump', 1
        )
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(copy))])
    enter = QDragEnterEvent(
        QPoint(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.current_path == str(copy), timeout=3000)
    assert window.windowTitle().startswith("Dropped: Putin and Trump")


def test_dragging_the_overview_window_moves_the_view(window: MainWindow, qtbot: QtBot) -> None:
    canvas, strip = window.canvas, window.overview
    canvas.zoom_by(8.0)
    before = canvas.viewport
    ov = strip._overview()
    x0, x1 = ov.window(before)
    y = strip.height() // 2
    start = QPoint(round((x0 + x1) / 2), y)
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=start)
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(start.x() - 150, y),
        QPointF(strip.mapToGlobal(QPoint(start.x() - 150, y))),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(strip, move)
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=QPoint(start.x() - 150, y))
    after = canvas.viewport
    assert after.span == pytest.approx(before.span)
    assert after.center < before.center  # dragged left: earlier times
    assert abs(ov.x_of(after.center) - (start.x() - 150)) < 3


def test_hovering_an_event_shows_its_title_and_date(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    mark = window.canvas.scene().mark_for(WARSAW)
    assert mark is not None
    pos = QPoint(round(mark.marker.x + 5), round(mark.marker.y + 5))
    QApplication.sendEvent(
        window.canvas, QHelpEvent(QEvent.Type.ToolTip, pos, window.canvas.mapToGlobal(pos))
    )
    assert QToolTip.isVisible()
    title = window.canvas.timeline.get(WARSAW).title  # type: ignore[union-attr]
    assert QToolTip.text() == plain_tooltip(f"{title}\n6 July 2017")
    QToolTip.hideText()


def test_about_names_the_licences_and_how_to_replace_qt(window: MainWindow) -> None:
    window.show_about()
    box = window.about_box
    assert "MIT" in box.informativeText() and "LGPL-3.0" in box.informativeText()
    details = box.detailedText()
    assert "LGPL" in details and "Replacing Qt" in details and "platformdirs" in details
    box.close()


def test_a_file_opened_by_the_desktop_while_running_comes_to_this_window(
    window: MainWindow, tmp_path: Path, bundled_path: Path
) -> None:
    from PySide6.QtGui import QFileOpenEvent

    from timeline_app.ui.app import _FileOpenFilter

    copy = tmp_path / "mac.json"
    copy.write_bytes(bundled_path.read_bytes())
    flt = _FileOpenFilter(window, QApplication.instance())
    QApplication.instance().installEventFilter(flt)
    try:
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(copy)))
        assert window.current_path == str(copy)
    finally:
        QApplication.instance().removeEventFilter(flt)


def test_a_json_file_of_another_kind_says_so_in_the_dialogs_first_line(
    window: MainWindow, tmp_path: Path
) -> None:
    geojson = tmp_path / "battles.json"
    geojson.write_text(json.dumps({"type": "FeatureCollection", "features": []}))
    before = window.canvas.timeline
    assert not window.open_path(str(geojson))
    assert window.canvas.timeline is before
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "loadErrorDialog" and w.isVisible()
    ]
    assert dialogs
    shown = dialogs[0].informativeText()  # type: ignore[attr-defined]
    assert shown.splitlines()[0] == (
        "This is not a timeline file: it looks like a GeoJSON file (map data)"
    )
    assert "more problem" not in shown
    close_dialogs()
