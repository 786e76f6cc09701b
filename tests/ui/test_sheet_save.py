"""Save of an imported TimelineJS sheet: never silent. A CSV sheet that would lose nothing
may be written back (once chosen, later Saves write back); one that would lose something,
and any workbook, is saved in the app's own format, each with a sentence saying why."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from timeline_app.formats import timelinejs_sheet
from timeline_app.model.edit import PutEvent
from timeline_app.ui import editing
from timeline_app.ui.main_window import MainWindow

SHEET = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
    "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n"
    ",,,,,,,,,Summer 2017,Two summits,,,,,title,,\r\n"
    "2017,7,6,,,,,,,Warsaw speech,Trump speaks,,,,,,Speeches,\r\n"
    "2017,7,7,,2017,7,8,,,G20 in Hamburg,,,,,,,Summits,\r\n"
)


def open_window(qtbot: QtBot, path: Path) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w.editing, "ask", lambda _d: "discard"))
    w.resize(1100, 700)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(str(path), wait=True)
    return w


def rename_first(w: MainWindow, title: str) -> None:
    e = w.canvas.timeline.events[0]
    assert w.editing.do(PutEvent(e.id, replace(e, title=title), "Rename"))


def press_in_next_box(label: str, seen: list[str]) -> None:
    """Click the button whose text (without '&') starts with ``label`` in the next dialog."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        buttons = "|".join(b.text().replace("&", "") for b in box.findChildren(QPushButton))
        seen.append(f"{box.objectName()}|{box.text()}|{box.informativeText()}|{buttons}")
        if os.environ.get("TIMELINE_SHOTS"):
            box.grab().save(os.path.join(os.environ["TIMELINE_SHOTS"], f"{label[:5]}.png"))
        for b in box.findChildren(QPushButton):
            if b.text().replace("&", "").startswith(label):
                b.click()
                return
        raise AssertionError(f"no button {label!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, press)


def test_a_sheet_that_loses_nothing_is_written_back_when_the_user_says_so(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "summer.csv"
    path.write_bytes(SHEET.encode("utf-8"))
    w = open_window(qtbot, path)
    rename_first(w, "Warsaw speech, revised")
    seen: list[str] = []
    press_in_next_box("Write Back", seen)
    assert w.editing.save()
    assert seen and seen[0].startswith("importSaveDialog|")
    assert "Nothing would be lost" in seen[0] and "Save in the App's Format…" in seen[0]
    assert not w.isWindowModified()
    again = timelinejs_sheet.load(path)
    assert [e.title for e in again.events] == ["Warsaw speech, revised", "G20 in Hamburg"]
    assert again.title == "Summer 2017" and [c.label for c in again.categories] == [
        "Speeches",
        "Summits",
    ]
    # Chosen once, a later Save writes back without asking again.
    rename_first(w, "Warsaw speech, final")
    w.editing.ask_import_save = lambda *_a: pytest.fail("asked again")  # type: ignore[assignment]
    assert w.editing.save()
    assert timelinejs_sheet.load(path).events[0].title == "Warsaw speech, final"


def test_a_sheet_that_would_lose_something_says_what_and_offers_the_app_s_format(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "summer.csv"
    path.write_bytes(SHEET.encode("utf-8"))
    w = open_window(qtbot, path)
    e = w.canvas.timeline.events[0]
    assert w.editing.do(PutEvent(e.id, replace(e, location="Warsaw"), "Place"))
    suggested: list[str] = []

    def dialog(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return "", ""  # cancelled

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", dialog)
    seen: list[str] = []
    press_in_next_box("Save in the App", seen)
    assert not w.editing.save()
    assert "would lose: places (‘Warsaw speech’)" in seen[0]
    assert "Write Back" not in seen[0]
    assert suggested == [str(tmp_path / "summer.timeline.json")]  # beside the sheet
    assert path.read_bytes() == SHEET.encode("utf-8")
    assert w.isWindowModified()
    # The question cannot be answered with a write back.
    w.editing.ask_import_save = lambda *_a: editing.WRITE_BACK  # type: ignore[assignment]
    assert not w.editing.save()
    assert path.read_bytes() == SHEET.encode("utf-8")


def test_a_workbook_is_saved_in_the_app_s_format_and_the_dialog_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.formats.tljs_helpers import sheetfiles

    path = tmp_path / "summer.xlsx"
    sheetfiles.write_xlsx(path, [sheetfiles.HEADER, *sheetfiles.timeline_rows(3)])
    before = path.read_bytes()
    w = open_window(qtbot, path)
    rename_first(w, "Renamed")
    seen: list[str] = []
    press_in_next_box("Cancel", seen)
    assert not w.editing.save()
    assert "other sheets and formatting" in seen[0] and "Write Back" not in seen[0]
    assert path.read_bytes() == before and w.isWindowModified()


def slowed_sheet(monkeypatch: pytest.MonkeyPatch, steps: int, seen: dict[str, object]) -> None:
    """The sheet's check made slow (``steps`` pauses of 20 ms, each reporting progress),
    noting the thread it runs in."""
    import threading
    import time

    from timeline_app.formats import timelinejs_sheet_writer as writer

    real = writer.sheet

    def slow(timeline: object, progress: object = None) -> object:
        seen["thread"] = threading.current_thread()
        for k in range(steps):
            if progress is not None:
                progress(k, steps)  # type: ignore[operator]
            time.sleep(0.02)
        return real(timeline, progress)  # type: ignore[arg-type]

    monkeypatch.setattr(writer, "sheet", slow)
    monkeypatch.setattr(editing, "BACKGROUND_EVENTS", 0)


def test_a_large_sheet_is_checked_in_the_background_while_the_window_keeps_working(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    path = tmp_path / "summer.csv"
    path.write_bytes(SHEET.encode("utf-8"))
    w = open_window(qtbot, path)
    rename_first(w, "Warsaw speech, revised")
    seen: dict[str, object] = {}
    slowed_sheet(monkeypatch, 15, seen)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    boxes: list[str] = []
    press_in_next_box("Write Back", boxes)
    assert w.editing.save()
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    assert len(ticks) >= 10  # the window's event loop ran all through the check
    assert timelinejs_sheet.load(path).events[0].title == "Warsaw speech, revised"
    assert not w.isWindowModified()


def test_the_check_of_a_large_sheet_can_be_cancelled(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    path = tmp_path / "summer.csv"
    path.write_bytes(SHEET.encode("utf-8"))
    w = open_window(qtbot, path)
    rename_first(w, "Warsaw speech, revised")
    slowed_sheet(monkeypatch, 200, {})
    shown: list[str] = []

    def cancel() -> None:
        dialog = w.findChild(QProgressDialog, "busyProgress")
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, cancel)
            return
        shown.append(dialog.labelText())
        if os.environ.get("TIMELINE_SHOTS"):
            dialog.grab().save(os.path.join(os.environ["TIMELINE_SHOTS"], "checking.png"))
        (button,) = dialog.findChildren(QPushButton)
        button.click()

    QTimer.singleShot(0, cancel)
    w.editing.ask_import_save = lambda *_a: pytest.fail("asked after a cancel")  # type: ignore[assignment]
    assert not w.editing.save()
    assert shown == ["Checking what the sheet “summer.csv” can hold…"]
    assert w.statusBar().currentMessage() == "Not saved: the check was cancelled"
    assert path.read_bytes() == SHEET.encode("utf-8") and w.isWindowModified()
