"""The open file changes on disk while there are unsaved edits: the window says so and lets
the user reload or keep editing; a later Save asks before writing over the newer file."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timeline_app.formats.timeline_json import load_timeline
from timeline_app.model import TimePoint
from timeline_app.model.edit import PutEvent
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.recovery import recovery_dir

WARSAW = "trump-warsaw-speech-2017-07-06"


@pytest.fixture
def edited(qtbot: QtBot, tmp_path: Path, bundled_path: Path) -> tuple[MainWindow, Path]:
    path = tmp_path / "lesson.timeline.json"
    shutil.copyfile(bundled_path, path)
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w.editing, "ask", lambda _d: "discard"))
    w.show()
    qtbot.waitExposed(w)
    w.recovery.set_delay(20)
    assert w.open_path(str(path), wait=True)
    e = w.canvas.timeline.get(WARSAW)
    assert e is not None
    assert w.editing.do(PutEvent(e.id, replace(e, start=TimePoint(2017, 7, 9)), "Move"))
    qtbot.waitUntil(lambda: any(recovery_dir().glob("*.json")))
    # Someone else saves the file: a title changed in a text editor.
    text = path.read_text(encoding="utf-8").replace(
        "Trump's speech in Warsaw", "Speech in Warsaw (checked)", 1
    )
    path.write_text(text, encoding="utf-8")
    qtbot.waitUntil(lambda: w.editing.conflict_bar.isVisible(), timeout=5000)
    return w, path


def test_a_change_on_disk_is_announced_and_the_edits_stay(edited: tuple[MainWindow, Path]) -> None:
    w, _path = edited
    bar = w.editing.conflict_bar
    assert bar.label.text().startswith("“lesson.timeline.json” was changed on disk, and you")
    e = w.canvas.timeline.get(WARSAW)
    assert e is not None and e.date_text() == "9 July 2017"  # the edit is still there
    assert e.title == "Trump's speech in Warsaw" and w.isWindowModified()


def test_keep_my_changes_then_save_asks_before_overwriting(
    edited: tuple[MainWindow, Path],
) -> None:
    w, path = edited
    w.editing.conflict_bar.keep_button.click()
    assert not w.editing.conflict_bar.isVisible()
    asked: list[str] = []
    w.editing.ask_overwrite = lambda: asked.append("asked") or "cancel"  # type: ignore[func-returns-value]
    assert not w.editing.save()
    assert asked and "(checked)" in path.read_text(encoding="utf-8")  # nothing written
    w.editing.ask_overwrite = lambda: "overwrite"
    assert w.editing.save()
    saved = load_timeline(path).get(WARSAW)
    assert saved is not None and saved.date_text() == "9 July 2017"
    assert not w.isWindowModified()


def test_reload_from_disk_lets_the_edits_go(qtbot: QtBot, edited: tuple[MainWindow, Path]) -> None:
    w, _path = edited
    w.editing.conflict_bar.reload_button.click()
    qtbot.waitUntil(lambda: not w.isWindowModified(), timeout=5000)
    e = w.canvas.timeline.get(WARSAW)
    assert e is not None and e.title == "Speech in Warsaw (checked)"
    assert e.date_text() == "6 July 2017"
    assert not list(recovery_dir().glob("*.json"))
    assert not w.editing.act_undo.isEnabled()


def test_a_reload_from_disk_that_fails_keeps_the_edits_and_the_recovery_file(
    qtbot: QtBot, edited: tuple[MainWindow, Path]
) -> None:
    """The file on disk is now broken: Reload from Disk says why and changes nothing, so the
    edits, still in the window, are still in the recovery file too."""
    w, path = edited
    path.write_text('{"format": "timeline-app", "events": [', encoding="utf-8")
    w.editing.conflict_bar.reload_button.click()
    qtbot.waitUntil(lambda: w.reload_bar.isVisible(), timeout=5000)
    assert "lesson.timeline.json" in w.reload_bar.label.text()
    e = w.canvas.timeline.get(WARSAW)
    assert e is not None and e.date_text() == "9 July 2017"
    assert w.isWindowModified()
    files = list(recovery_dir().glob("*.json"))
    assert len(files) == 1 and "2017-07-09" in files[0].read_text(encoding="utf-8")


def test_after_a_failed_reload_save_still_asks_before_overwriting_the_file_on_disk(
    qtbot: QtBot, edited: tuple[MainWindow, Path]
) -> None:
    """The reload failed, so the window still shows the older version: the file on disk is
    still newer than what is on screen, and Save must ask before writing over it."""
    w, path = edited
    broken = '{"format": "timeline-app", "events": ['
    path.write_text(broken, encoding="utf-8")
    w.editing.conflict_bar.reload_button.click()
    qtbot.waitUntil(lambda: w.reload_bar.isVisible(), timeout=5000)
    asked: list[str] = []
    w.editing.ask_overwrite = lambda: asked.append("asked") or "cancel"  # type: ignore[func-returns-value]
    assert not w.editing.save()
    assert asked == ["asked"]
    assert path.read_text(encoding="utf-8") == broken  # nothing written unasked
