"""Edits in the window: named Undo and Redo with the keys, the unsaved mark in the title bar,
File › New and Save, and Save/Discard/Cancel before unsaved changes would be lost."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from timeline_app.formats.timeline_json import load_timeline
from timeline_app.model import TimePoint
from timeline_app.model.edit import PutEvent, quoted, snapshot
from timeline_app.ui import editing
from timeline_app.ui.main_window import MainWindow

WARSAW = "trump-warsaw-speech-2017-07-06"


@pytest.fixture
def own_file(tmp_path: Path, bundled_path: Path) -> Path:
    path = tmp_path / "lesson.timeline.json"
    shutil.copyfile(bundled_path, path)
    return path


def open_window(qtbot: QtBot, path: Path) -> MainWindow:
    w = MainWindow()
    # Closed by the test's end, unsaved changes are let go without a question.
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w.editing, "ask", lambda _d: "discard"))
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(str(path), wait=True)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)  # shortcuts reach it
    w.canvas.setFocus()
    return w


def move_warsaw(w: MainWindow, day: int = 9) -> None:
    e = w.canvas.timeline.get(WARSAW)
    assert e is not None
    moved = replace(e, start=TimePoint(2017, 7, day))
    assert w.editing.do(PutEvent(e.id, moved, f"Move {quoted(e.title)}"), select=e.id)


def answer_next_question(button: QMessageBox.StandardButton) -> list[str]:
    """Press ``button`` in the next Unsaved changes dialog; its text goes in the list."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(f"{box.objectName()}: {box.text()}")
        box.button(button).click()

    QTimer.singleShot(0, press)
    return seen


def test_an_edit_shows_at_once_and_undo_redo_are_named_and_on_the_keys(
    qtbot: QtBot, own_file: Path
) -> None:
    w = open_window(qtbot, own_file)
    before = snapshot(w.canvas.timeline)
    assert not w.isWindowModified() and not w.editing.act_undo.isEnabled()
    move_warsaw(w)
    tl = w.canvas.timeline
    assert tl.get(WARSAW).date_text() == "9 July 2017"  # type: ignore[union-attr]
    assert w.isWindowModified()
    assert w.editing.act_undo.text() == "&Undo Move ‘Trump's speech in Warsaw’"
    # The panes show the edited timeline: the detail pane the moved event, the list its date.
    assert w.canvas.selected_id == WARSAW
    assert "9 July 2017" in w.detail.browser.toPlainText()
    model = w.event_list.model
    row = model.index(model.row_of(WARSAW), 0)
    assert "9 July 2017" in str(model.data(row, Qt.ItemDataRole.DisplayRole))
    assert w.canvas.scene().mark_for(WARSAW) is not None
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(w.canvas.timeline) == before
    assert not w.isWindowModified()
    assert w.editing.act_redo.text() == "&Redo Move ‘Trump's speech in Warsaw’"
    qtbot.keyClick(
        w.canvas,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert w.canvas.timeline.get(WARSAW).date_text() == "9 July 2017"  # type: ignore[union-attr]
    assert w.isWindowModified()
    assert [a.text() for a in w.editing.edit_menu.actions()][:2] == [
        "&Undo Move ‘Trump's speech in Warsaw’",
        "&Redo",
    ]
    assert w.menuBar().actions()[1].text() == "&Edit"


def test_ctrl_s_saves_the_app_s_own_file_in_place(qtbot: QtBot, own_file: Path) -> None:
    w = open_window(qtbot, own_file)
    move_warsaw(w)
    qtbot.keyClick(w.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not w.isWindowModified()
    again = load_timeline(own_file)
    assert again.get(WARSAW).date_text() == "9 July 2017"  # type: ignore[union-attr]
    assert w.current_path == str(own_file)


def test_save_never_overwrites_a_file_of_another_program(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    csv = tmp_path / "lesson.csv"
    csv.write_text(
        "Year,Month,Day,Headline,Text\n2017,7,6,Warsaw speech,Trump speaks\n2017,7,7,Hamburg,G20\n",
        encoding="utf-8",
    )
    original = csv.read_bytes()
    w = open_window(qtbot, csv)
    assert w.canvas.timeline.format_name
    e = w.canvas.timeline.events[0]
    assert w.editing.do(PutEvent(e.id, replace(e, title="Warsaw speech, revised"), "Rename"))
    asked: list[str] = []

    def dialog(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "lesson-own"), ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", dialog)
    questions: list[tuple[bool, list[str]]] = []

    def own_format(is_csv: bool, lost: list[str]) -> str:
        questions.append((is_csv, lost))
        return editing.OWN_FORMAT

    w.editing.ask_import_save = own_format
    assert w.editing.save()
    assert questions == [(True, [])]  # asked first, though writing back would lose nothing
    assert asked and asked[0].endswith("lesson.timeline.json")
    assert csv.read_bytes() == original
    saved = load_timeline(tmp_path / "lesson-own.timeline.json")
    assert saved.events[0].title == "Warsaw speech, revised"
    assert not w.isWindowModified()
    assert w.current_path.endswith("lesson-own.timeline.json")


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(
    qtbot: QtBot, own_file: Path
) -> None:
    w = open_window(qtbot, own_file)
    move_warsaw(w)
    seen = answer_next_question(QMessageBox.StandardButton.Cancel)
    assert not w.close()
    assert w.isVisible() and w.isWindowModified()
    title = w.canvas.timeline.title
    assert seen == [f"unsavedChangesDialog: Save the changes to “{title}” before closing?"]
    answer_next_question(QMessageBox.StandardButton.Save)
    assert w.close()
    assert load_timeline(own_file).get(WARSAW).date_text() == "9 July 2017"  # type: ignore[union-attr]


def test_discard_closes_without_writing(qtbot: QtBot, own_file: Path) -> None:
    w = open_window(qtbot, own_file)
    before = own_file.read_bytes()
    move_warsaw(w)
    answer_next_question(QMessageBox.StandardButton.Discard)
    assert w.close()
    assert own_file.read_bytes() == before


def test_opening_another_file_asks_first(qtbot: QtBot, own_file: Path, bundled_path: Path) -> None:
    w = open_window(qtbot, own_file)
    move_warsaw(w)
    answer_next_question(QMessageBox.StandardButton.Cancel)
    assert not w.open_path(str(bundled_path))
    assert w.current_path == str(own_file) and w.isWindowModified()
    answer_next_question(QMessageBox.StandardButton.Discard)
    assert w.open_path(str(bundled_path))
    assert not w.isWindowModified() and not w.editing.act_undo.isEnabled()


def test_new_starts_an_empty_timeline_with_one_category(qtbot: QtBot, own_file: Path) -> None:
    w = open_window(qtbot, own_file)
    qtbot.keyClick(w.canvas, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    tl = w.canvas.timeline
    assert len(tl) == 0 and tl.categories == (editing.NEW_CATEGORY,)
    assert w.current_path == "" and w.windowTitle() == "Untitled[*] — Timeline"
    assert not w.isWindowModified()


def test_delete_and_duplicate_act_on_the_selected_event(qtbot: QtBot, own_file: Path) -> None:
    w = open_window(qtbot, own_file)
    n = len(w.canvas.timeline)
    w.canvas.select(WARSAW)
    qtbot.keyClick(w.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    tl = w.canvas.timeline
    assert len(tl) == n + 1
    copy = tl.get(w.canvas.selected_id or "")
    assert copy is not None and copy.id != WARSAW
    assert replace(copy, id=WARSAW) == tl.get(WARSAW)  # quotes and all
    assert w.editing.act_undo.text() == "&Undo Duplicate ‘Trump's speech in Warsaw’"
    w.canvas.select(WARSAW)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Delete)
    assert w.canvas.timeline.get(WARSAW) is None and len(w.canvas.timeline) == n
    assert w.canvas.scene().mark_for(WARSAW) is None
    assert w.editing.act_undo.text() == "&Undo Delete ‘Trump's speech in Warsaw’"
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.canvas.timeline.get(WARSAW) is not None
    assert w.canvas.selected_id == WARSAW  # selected again, as before the deletion


def test_the_editor_is_driven_by_keys_and_asks_which_date_is_meant(
    qtbot: QtBot, own_file: Path, tmp_path: Path
) -> None:
    w = open_window(qtbot, own_file)
    mark = w.canvas.scene().mark_for(WARSAW)
    assert mark is not None
    r = mark.marker
    qtbot.mouseClick(
        w.canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(r.x + r.w / 2), int(r.y + r.h / 2))
    )
    assert w.canvas.selected_id == WARSAW
    qtbot.keyClick(w.canvas, Qt.Key.Key_F2)
    ed = w.editing.editor
    assert ed.isVisible() and QApplication.focusWidget() is ed.title
    assert ed.title.text() == "Trump's speech in Warsaw"
    focused = QApplication.focusWidget
    qtbot.keyClicks(focused(), "Warsaw speech")  # the title was selected: typed over
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is ed.start.edit
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "03/04/2017")
    assert ed.start.said.text() == "Ambiguous: 3 April 2017 or 4 March 2017?"
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ed.message.text() == (
        "The start: Ambiguous: 3 April 2017 or 4 March 2017? Choose one in the list."
    )
    assert w.canvas.timeline.get(WARSAW).title == "Trump's speech in Warsaw"  # type: ignore[union-attr]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is ed.start.choice
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert ed.start.said.text() == "Read as 3 April 2017"
    w.grab().save(str(tmp_path / "editor.png"))
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    e = w.canvas.timeline.get(WARSAW)
    assert e is not None and e.title == "Warsaw speech" and e.date_text() == "3 April 2017"
    assert e.quotes  # the parts the editor does not show are kept
    assert w.editing.act_undo.text() == "&Undo Edit ‘Warsaw speech’"
    assert "3 April 2017" in w.detail.browser.toPlainText()
    # Escape puts back fields typed over but not applied.
    ed.title.setFocus()
    qtbot.keyClicks(ed.title, " (draft)")
    qtbot.keyClick(ed.title, Qt.Key.Key_Escape)
    assert ed.title.text() == "Warsaw speech"


def test_a_new_event_is_added_mid_view_and_named_in_the_editor(
    qtbot: QtBot, own_file: Path
) -> None:
    w = open_window(qtbot, own_file)
    n = len(w.canvas.timeline)
    qtbot.keyClick(
        w.canvas,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(w.canvas.timeline) == n + 1
    ed = w.editing.editor
    assert QApplication.focusWidget() is ed.title and ed.title.text() == "New event"
    qtbot.keyClicks(ed.title, "Helsinki summit")
    qtbot.keyClick(ed.title, Qt.Key.Key_Tab)
    qtbot.keyClick(ed.start.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ed.start.edit, "16 July 2018")
    qtbot.keyClick(ed.start.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    added = w.canvas.timeline.get(w.canvas.selected_id or "")
    assert added is not None and added.title == "Helsinki summit"
    assert added.date_text() == "16 July 2018"
    # Two steps: the addition, then the naming; both undo.
    w.editing.stack.undo()
    w.editing.stack.undo()
    assert len(w.canvas.timeline) == n


def drag(qtbot: QtBot, w: MainWindow, start: QPoint, end: QPoint) -> None:
    """A press, moves and a release with the left button, as a hand drags."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    canvas = w.canvas
    left = Qt.MouseButton.LeftButton

    def send(kind: QEvent.Type, p: QPoint, buttons: Qt.MouseButton) -> None:
        ev = QMouseEvent(
            kind, QPointF(p), QPointF(canvas.mapToGlobal(p)), left, buttons,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(canvas, ev)

    send(QEvent.Type.MouseButtonPress, start, left)
    steps = 5
    for k in range(1, steps + 1):
        p = start + (end - start) * k / steps
        send(QEvent.Type.MouseMove, p, left)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_dragging_an_event_moves_it_by_whole_days_and_undo_puts_it_back(
    qtbot: QtBot, own_file: Path
) -> None:
    w = open_window(qtbot, own_file)
    tl = w.canvas.timeline
    e = tl.get(WARSAW)
    assert e is not None
    w.canvas.frame(e)
    vp = w.canvas.viewport
    mark = w.canvas.scene().mark_for(WARSAW)
    assert mark is not None
    r = mark.marker
    at = QPoint(round(r.x + r.w / 2), round(r.y + r.h / 2))
    three_days = round(vp.time_to_x(e.tm + 3 * 86_400) - vp.time_to_x(e.tm))
    drag(qtbot, w, at, at + QPoint(three_days + 2, 0))  # a little past: snapped to the day
    moved_e = w.canvas.timeline.get(WARSAW)
    assert moved_e is not None and moved_e.date_text() == "9 July 2017"
    assert moved_e.start.precision == e.start.precision
    assert w.editing.act_undo.text() == "&Undo Move ‘Trump's speech in Warsaw’"
    w.editing.stack.undo()
    assert w.canvas.timeline.get(WARSAW) == e
    # Dragged far past the canvas's edge, it stops at the edge of the view.
    drag(qtbot, w, at, at + QPoint(90_000, 0))
    far = w.canvas.timeline.get(WARSAW)
    assert far is not None
    assert 0 < far.start.start_seconds - e.start.start_seconds <= vp.span
    w.editing.stack.undo()
    # A click without a drag only selects, as before.
    w.canvas.select(None)
    qtbot.mouseClick(w.canvas, Qt.MouseButton.LeftButton, pos=at)
    assert w.canvas.selected_id == WARSAW and not w.editing.act_redo.text().endswith("Move")


def test_double_click_on_empty_space_adds_an_event_on_that_day(
    qtbot: QtBot, own_file: Path
) -> None:
    w = open_window(qtbot, own_file)
    n = len(w.canvas.timeline)
    vp = w.canvas.viewport
    scene = w.canvas.scene()
    y = int(scene.axis_rect.bottom + 8)
    x = next(
        x for x in range(40, int(vp.width) - 40, 7)
        if scene.hit(x, y) is None and scene.hit(x, y + 3) is None
    )  # fmt: skip
    qtbot.mouseDClick(w.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    tl = w.canvas.timeline
    assert len(tl) == n + 1
    added = tl.get(w.canvas.selected_id or "")
    assert added is not None and added.title == "New event"
    t = vp.x_to_time(x)
    assert abs(added.start.start_seconds - t) <= 86_400
    assert w.editing.act_undo.text().startswith("&Undo Add Event on ")
    assert QApplication.focusWidget() is w.editing.editor.title


def test_copy_and_paste_carry_an_event_with_its_quotes_to_another_timeline(
    qtbot: QtBot, own_file: Path
) -> None:
    from timeline_app.ui.event_clipboard import MIME

    w = open_window(qtbot, own_file)
    w.canvas.select(WARSAW)
    qtbot.keyClick(w.canvas, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clip = QApplication.clipboard().mimeData()
    assert clip.hasFormat(MIME)
    assert clip.text().startswith("Trump's speech in Warsaw — 6 July 2017\n\n“")
    original = w.canvas.timeline.get(WARSAW)
    assert original is not None and original.quotes
    # Another window, a new timeline: the event arrives with its quotes and its category.
    other = open_window(qtbot, own_file)
    qtbot.keyClick(other.canvas, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(other.canvas, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    tl = other.canvas.timeline
    assert len(tl) == 1
    pasted = tl.events[0]
    assert replace(pasted, category=original.category) == original
    assert [c.label for c in tl.categories] == ["Events", "Speeches"]
    assert pasted.category == tl.categories[1].id
    assert other.editing.act_undo.text() == "&Undo Paste 1 Event"
    # Pasted again into its own timeline: a copy with a new id beside it.
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(w.canvas, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    copies = [e for e in w.canvas.timeline.events if e.title == original.title]
    assert len(copies) == 2 and len({e.id for e in copies}) == 2
    # Cut: copied and removed in one step.
    w.canvas.select(WARSAW)
    qtbot.keyClick(w.canvas, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert w.canvas.timeline.get(WARSAW) is None
    assert w.editing.act_undo.text() == "&Undo Cut ‘Trump's speech in Warsaw’"
    QApplication.clipboard().clear()


def test_a_pasted_quote_whose_source_id_means_another_source_here_is_renamed() -> None:
    from timeline_app.model import Category, Event, Quote, Source, Timeline
    from timeline_app.ui.event_clipboard import paste_edit

    here = Source("s1", "Memoirs", "Press A", 1990)
    there = Source("s1", "Diaries", "Press B", 2001)
    target = Timeline(
        [Event("a", "A", TimePoint(1990, 1, 1), quotes=(Quote("x", here, "p. 1"),))],
        categories=[Category("c", "Wars")],
    )
    pasted = Timeline(
        [Event("a", "B", TimePoint(1991, 1, 1), category="w", quotes=(Quote("y", there, "p. 2"),))],
        categories=[Category("w", "wars")],
    )
    edit, ids = paste_edit(target, pasted)
    result, _ = edit.apply(target)
    new = result.get(ids[0])
    assert new is not None and ids[0] != "a"
    assert new.category == "c"  # matched by name
    assert new.quotes[0].source == Source("s1-2", "Diaries", "Press B", 2001)
    assert result.get("a").quotes[0].source == here  # type: ignore[union-attr]


def test_an_event_added_by_double_click_goes_to_the_lane_under_the_pointer(
    qtbot: QtBot, own_file: Path
) -> None:
    w = open_window(qtbot, own_file)
    scene = w.canvas.scene()
    band = next(b for b in scene.lanes if b.category_id == "us-politics")
    y = int(band.rect.y + band.rect.h - 4)
    x = next(x for x in range(40, int(band.rect.w) - 40, 7) if scene.hit(x, y) is None)
    qtbot.mouseDClick(w.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    added = w.canvas.timeline.get(w.canvas.selected_id or "")
    assert added is not None and added.category == "us-politics"
    # With the first category hidden, Ctrl+Shift+N uses the first one shown.
    w.legend._boxes["summit"].setChecked(False)
    assert w.editing.add_event_here()
    added = w.canvas.timeline.get(w.canvas.selected_id or "")
    assert added is not None and added.category == "diplomacy"
