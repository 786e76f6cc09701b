"""The keyboard reaches every pane and never gets stuck: Tab goes on from the timeline, F6
goes round the panes, the overview strip moves the view, the focus always shows, and
Help › Keyboard Shortcuts lists every key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from timeline_app.ui.main_window import MainWindow


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def press(
    qtbot: QtBot, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, mods)


def test_tab_leaves_the_timeline_and_comes_back(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.canvas.setFocus()
    n = len(window.canvas.timeline)
    seen: list[QWidget] = []
    for _ in range(n + 40):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(focused())
    # Tab selects each event in turn, then goes on round the window and back.
    assert seen[: n - 1] == [window.canvas] * (n - 1)
    others = seen[n - 1 :]
    assert window.canvas in others, "Tab came back to the timeline"
    assert window.event_list.search in others
    # No control keeps the focus for long (a trap would hold every press).
    runs, last, run = [], None, 0
    for w in others:
        run = run + 1 if w is last else 1
        last = w
        runs.append(run)
    assert max(runs) <= 3


def test_shift_tab_and_ctrl_tab_leave_at_once(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.canvas.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert window.canvas.hasFocus() and window.canvas.selected_id is not None
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert not window.canvas.hasFocus()
    window.canvas.setFocus()
    window.canvas.select(None)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    # Nothing selected: Shift+Tab selects the event before the view's start, or there is
    # none and the focus goes back a control.
    first = window.canvas.timeline.events[0].id
    if window.canvas.selected_id in (None, first):
        press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not window.canvas.hasFocus()


def test_f6_goes_round_the_panes(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.canvas.setFocus()
    names = [window.panes.move(+1) for _ in range(5)]
    assert names == ["details", "events", "categories", "overview", "timeline"]
    assert window.canvas.hasFocus()
    press(qtbot, Qt.Key.Key_F6)
    assert window.detail.browser.hasFocus()
    press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.canvas.hasFocus()
    press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.overview.hasFocus()
    press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.legend.isAncestorOf(focused())
    # From the search box too (a text field does not swallow F6).
    window.focus_search()
    press(qtbot, Qt.Key.Key_F6)
    assert window.legend.isAncestorOf(focused())


def test_the_overview_strip_moves_the_view_from_the_keyboard(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    canvas = window.canvas
    canvas.zoom_by(8.0)
    window.overview.setFocus()
    start = canvas.viewport.start
    press(qtbot, Qt.Key.Key_Right)
    assert canvas.viewport.start > start
    press(qtbot, Qt.Key.Key_Home)
    assert canvas.viewport.start <= window.canvas.fit_viewport().start + canvas.viewport.span / 50
    home = canvas.viewport.start
    press(qtbot, Qt.Key.Key_PageDown)
    assert canvas.viewport.start - home == pytest.approx(canvas.viewport.span, rel=0.01)
    press(qtbot, Qt.Key.Key_End)
    assert canvas.viewport.end >= canvas.timeline.extent()[1]  # the last event in view


def test_the_focus_shows_on_the_timeline_with_nothing_selected(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    canvas = window.canvas
    canvas.select(None)
    focus = QColor(canvas.theme.focus)
    window.detail.browser.setFocus()
    qtbot.wait(10)
    assert canvas.grab().toImage().pixelColor(1, canvas.height() // 2) != focus
    canvas.setFocus()
    qtbot.waitUntil(lambda: canvas.grab().toImage().pixelColor(1, canvas.height() // 2) == focus)
    window.overview.setFocus()
    qtbot.waitUntil(lambda: window.overview.grab().toImage().pixelColor(1, 20) == focus)


def test_keyboard_shortcuts_lists_every_key(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.show_shortcuts()
    qtbot.waitExposed(dialog)
    table = dialog.table
    keys = {table.item(r, 1).text() for r in range(table.rowCount())}
    text = " | ".join(keys)
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            assert seq.toString(QKeySequence.SequenceFormat.NativeText) in text, action.text()
    for key in ("F6 / Shift+F6", "Tab / Shift+Tab", "Ctrl+Tab / Ctrl+Shift+Tab", "Esc"):
        assert key in keys
    # The presentation's keys are there too.
    assert any("Page Down" in k for k in keys)
    assert table.accessibleName() == "Keyboard shortcuts"
    dialog.close()
