"""Live reload: the open file, saved by another program, shows its new version by itself,
where the old one was; a save caught halfway keeps the last good timeline and says why."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from timeline_app.ui.main_window import MainWindow


def doc(*titles: str, first: str = "") -> str:
    """Events e0, e1 … a month apart; ``first`` adds one before them, with an id of its own."""
    events = [
        {"id": f"e{k}", "title": t, "start": f"2017-0{k + 2}-10", "category": "c"}
        for k, t in enumerate(titles)
    ]
    if first:
        events.insert(0, {"id": "new", "title": first, "start": "2017-01-10", "category": "c"})
    return json.dumps(
        {
            "format": "timeline-app",
            "version": 1,
            "title": "Lesson",
            "categories": [{"id": "c", "label": "Events"}],
            "events": events,
        }
    )


def save_in_place(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def save_by_rename(path: Path, text: str) -> None:
    """As editors that save atomically do: a new file renamed over the old one."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


@pytest.fixture
def opened(tmp_path: Path, qtbot: QtBot) -> tuple[MainWindow, Path]:
    path = tmp_path / "lesson.timeline.json"
    path.write_text(doc("Flynn resigns", "Lavrov at the White House"), encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(str(path), wait=True)
    return w, path


def titles(w: MainWindow) -> list[str]:
    return [e.title for e in w.canvas.timeline.events]


@pytest.mark.parametrize("save", [save_in_place, save_by_rename])
def test_a_saved_change_shows_by_itself_keeping_view_and_selection(
    opened: tuple[MainWindow, Path], qtbot: QtBot, save: object
) -> None:
    w, path = opened
    w.canvas.zoom_in()
    view = w.canvas.viewport
    w.canvas.select("e1")
    assert save is not None
    save(path, doc("Flynn resigns", "Lavrov at the White House", "Warsaw speech"))  # type: ignore[operator]
    qtbot.waitUntil(lambda: "Warsaw speech" in titles(w), timeout=3000)
    assert w.canvas.viewport == view
    assert w.canvas.selected_id == "e1"
    assert w.detail.event is not None and w.detail.event.title == "Lavrov at the White House"
    assert "changed on disk" in w.statusBar().currentMessage()
    # And again: after a rename the new file is followed too.
    save(path, doc("Flynn resigns"))  # type: ignore[operator]
    qtbot.waitUntil(lambda: titles(w) == ["Flynn resigns"], timeout=3000)


def test_a_broken_save_keeps_the_last_good_timeline_and_says_why(
    opened: tuple[MainWindow, Path], qtbot: QtBot
) -> None:
    w, path = opened
    good = titles(w)
    save_in_place(path, doc("Flynn resigns", "Lavrov")[:-30])  # cut off mid-way
    qtbot.waitUntil(lambda: w.reload_bar.isVisible(), timeout=3000)
    assert titles(w) == good
    message = w.reload_bar.label.text()
    assert "lesson.timeline.json" in message and "Line 1" in message
    save_in_place(path, doc("Flynn resigns", "Lavrov", "Hamburg"))
    qtbot.waitUntil(lambda: not w.reload_bar.isVisible(), timeout=3000)
    assert titles(w) == ["Flynn resigns", "Lavrov", "Hamburg"]


def test_a_burst_of_writes_is_read_once(
    opened: tuple[MainWindow, Path], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    w, path = opened
    reads: list[str] = []
    real = w.reload
    monkeypatch.setattr(w, "reload", lambda **kw: (reads.append("r"), real(**kw)))
    w.follower.changed.disconnect()
    w.follower.changed.connect(lambda _p: w.reload())
    for k in range(6):  # a spreadsheet program writing a temporary file, then the file
        (path.parent / f"~lock.{k}").write_text("x")
        save_in_place(path, doc("Flynn resigns", f"Version {k}"))
        qtbot.wait(30)
    qtbot.waitUntil(lambda: "Version 5" in titles(w), timeout=3000)
    qtbot.wait(600)
    assert reads == ["r"]


def test_reload_by_hand_with_ctrl_r(opened: tuple[MainWindow, Path], qtbot: QtBot) -> None:
    w, path = opened
    w.follower.follow("")  # as if the change had not been noticed
    save_in_place(path, doc("Only this"))
    w.canvas.setFocus()
    qtbot.keyClick(w.canvas, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: titles(w) == ["Only this"], timeout=3000)


def test_the_presentation_and_the_export_preview_follow_the_file(
    opened: tuple[MainWindow, Path], qtbot: QtBot
) -> None:
    w, path = opened
    dialog = w.export_dialog()
    presentation = w.present()
    qtbot.keyClick(presentation, Qt.Key.Key_Right)
    qtbot.keyClick(presentation, Qt.Key.Key_Right)
    assert presentation.state.current == "e1"
    save_by_rename(path, doc("Flynn resigns", "Lavrov at the White House", first="Inauguration"))
    qtbot.waitUntil(lambda: len(presentation.timeline) == 3, timeout=3000)
    # The same event, now the third step.
    assert presentation.state.current == "e1" and presentation.state.index == 2
    assert len(dialog.timeline) == 3
    presentation.close()
    dialog.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.timeout(30)
def test_a_file_replaced_by_a_fifo_is_refused_at_once(
    opened: tuple[MainWindow, Path], qtbot: QtBot
) -> None:
    w, path = opened
    good = titles(w)
    fifo = path.with_name(".swap")
    os.mkfifo(fifo)
    os.replace(fifo, path)  # nothing ever writes to it: a read would wait for ever
    qtbot.waitUntil(lambda: w.reload_bar.isVisible(), timeout=5000)
    assert "FIFO" in w.reload_bar.label.text()
    assert titles(w) == good
