"""Never a lost edit: unsaved work goes to a recovery file a moment after each change; after a
SIGKILL the next start offers it back, and the restored timeline is the edited one."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from timeline_app.formats.timeline_json import load_timeline
from timeline_app.model import TimePoint
from timeline_app.model.edit import PutEvent, quoted, snapshot
from timeline_app.model.timeline import Timeline
from timeline_app.ui import recovery
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.recovery import find_recoveries, recovery_dir

ROOT = Path(__file__).resolve().parents[2]
WARSAW = "trump-warsaw-speech-2017-07-06"


@pytest.fixture
def own_file(tmp_path: Path, bundled_path: Path) -> Path:
    path = tmp_path / "lesson.timeline.json"
    shutil.copyfile(bundled_path, path)
    return path


def make_window(qtbot: QtBot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w.editing, "ask", lambda _d: "discard"))
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    w.recovery.set_delay(30)  # a few seconds in use
    return w


def moved(timeline: Timeline) -> PutEvent:
    e = timeline.get(WARSAW)
    assert e is not None
    return PutEvent(e.id, replace(e, start=TimePoint(2017, 7, 9)), f"Move {quoted(e.title)}")


def recovery_files() -> list[Path]:
    folder = recovery_dir()
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def test_unsaved_work_is_written_a_moment_after_a_change_and_removed_on_save(
    qtbot: QtBot, own_file: Path
) -> None:
    w = make_window(qtbot)
    assert w.open_path(str(own_file), wait=True)
    assert w.editing.do(moved(w.canvas.timeline))
    qtbot.waitUntil(lambda: len(recovery_files()) == 1)
    doc = json.loads(recovery_files()[0].read_text(encoding="utf-8"))
    assert doc["file"] == str(own_file)
    assert find_recoveries() == []  # the work of a window still open is not offered
    assert w.save_as(str(own_file))
    assert recovery_files() == []
    e = w.canvas.timeline.get(WARSAW)
    assert e is not None
    assert w.editing.do(PutEvent(e.id, replace(e, title="Warsaw"), "Rename"))
    qtbot.waitUntil(lambda: len(recovery_files()) == 1)
    w.editing.ask = lambda _doing: "discard"
    assert w.close()
    assert recovery_files() == []


def test_a_failed_save_keeps_the_edits_and_the_recovery_file(
    qtbot: QtBot, own_file: Path, tmp_path: Path
) -> None:
    w = make_window(qtbot)
    assert w.open_path(str(own_file), wait=True)
    assert w.editing.do(moved(w.canvas.timeline))
    qtbot.waitUntil(lambda: len(recovery_files()) == 1)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    assert not w.save_as(str(blocker / "lesson.timeline.json"))
    box = w.findChild(QMessageBox, "saveErrorDialog")
    assert box is not None and "could not be saved" in box.text()
    box.close()
    assert w.isWindowModified()
    assert w.canvas.timeline.get(WARSAW).date_text() == "9 July 2017"  # type: ignore[union-attr]
    assert len(recovery_files()) == 1


CHILD = textwrap.dedent(
    """
    import sys, time
    from dataclasses import replace
    from PySide6.QtWidgets import QApplication
    from timeline_app.model import TimePoint
    from timeline_app.model.edit import PutEvent
    from timeline_app.ui.main_window import MainWindow

    app = QApplication([])
    w = MainWindow()
    w.show()
    w.recovery.set_delay(50)
    assert w.open_path(sys.argv[1], wait=True)
    e = w.canvas.timeline.get(sys.argv[2])
    w.editing.do(PutEvent(e.id, replace(e, start=TimePoint(2017, 7, 9)), "Move"))
    while not w.recovery.path.exists():
        app.processEvents()
        time.sleep(0.01)
    print("ready", flush=True)
    app.exec()
    """
)


def test_after_sigkill_the_next_start_restores_the_edited_timeline(
    qtbot: QtBot, own_file: Path, tmp_path: Path
) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(own_file), WARSAW],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(60)
    assert child.returncode == -signal.SIGKILL
    expected, _ = moved(load_timeline(own_file)).apply(load_timeline(own_file))

    w = make_window(qtbot)
    assert w.open_bundled()
    shown: list[str] = []

    def restore() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, restore)
            return
        shown.append(f"{box.text()}\n{box.informativeText()}")
        path = tmp_path / "recovery-prompt.png"
        box.grab().save(str(path))
        box.findChild(type(box.defaultButton()), "restoreButton").click()

    QTimer.singleShot(0, restore)
    assert w.recovery.offer()
    assert shown and shown[0].startswith(
        "“lesson.timeline.json” was not saved when Timeline last closed."
    )
    assert "Last changed at " in shown[0] and "14 events" in shown[0]
    assert snapshot(w.canvas.timeline) == snapshot(expected)
    assert w.current_path == str(own_file) and w.isWindowModified()
    assert w.editing.save()
    assert snapshot(load_timeline(own_file))[5] == snapshot(expected)[5]
    assert recovery_files() == []
    assert find_recoveries() == []


def test_the_recovery_file_is_made_in_another_thread_while_the_window_goes_on(
    qtbot: QtBot, own_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window hands its timeline over and goes on: the file's text is made and written
    in the writer's thread, and the window's events are handled while it is written."""
    w = make_window(qtbot)
    assert w.open_path(str(own_file), wait=True)
    writers: list[int] = []
    real = recovery.recovery_chunks

    def slow(head: dict, timeline: Timeline):  # type: ignore[no-untyped-def]
        for chunk in real(head, timeline):
            writers.append(threading.get_ident())
            time.sleep(0.1)  # a large timeline's chunk
            yield chunk

    monkeypatch.setattr(recovery, "recovery_chunks", slow)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    w.recovery.set_delay(60_000)  # written below, not by the timer
    assert w.editing.do(moved(w.canvas.timeline))
    assert w.recovery.write_now()
    handed = len(ticks)
    assert w.recovery.writer.busy
    qtbot.waitUntil(lambda: not w.recovery.writer.busy, timeout=10_000)
    timer.stop()
    assert writers and threading.get_ident() not in writers
    assert len(ticks) - handed >= 5  # the window's timer kept running during the write
    (found,) = recovery_files()
    doc = json.loads(found.read_text(encoding="utf-8"))
    assert doc["file"] == str(own_file)
    expected, _ = moved(load_timeline(own_file)).apply(load_timeline(own_file))
    restored = recovery.loads_timeline(json.dumps(doc["timeline"]), str(found))
    assert snapshot(restored) == snapshot(expected)


def _blocking_chunks(gate: threading.Event, log: list[str], running: list[int]):  # type: ignore[no-untyped-def]
    """recovery_chunks that note each write's title and wait for ``gate`` mid-write."""
    real = recovery.recovery_chunks

    def chunks(head: dict, timeline: Timeline):  # type: ignore[no-untyped-def]
        running.append(1)
        try:
            assert len(running) == 1, "two writes at once"
            log.append(timeline.title)
            for k, chunk in enumerate(real(head, timeline)):
                if k == 1:
                    gate.wait(10)
                yield chunk
        finally:
            running.pop()

    return chunks


def test_a_newer_change_replaces_a_waiting_write_and_writes_never_overlap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate, log, running = threading.Event(), [], []  # type: ignore[var-annotated]
    monkeypatch.setattr(recovery, "recovery_chunks", _blocking_chunks(gate, log, running))
    writer = recovery.RecoveryWriter()
    path = tmp_path / "r.json"
    head = {"kind": recovery.KIND}
    writer.submit(path, head, Timeline([], title="first"))
    deadline = time.monotonic() + 10
    while not log:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    writer.submit(path, head, Timeline([], title="second"))  # waits behind the first
    writer.submit(path, head, Timeline([], title="third"))  # replaces the second
    gate.set()
    assert writer.wait(10)
    assert log == ["first", "third"]
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["timeline"]["title"] == "third" and writer.last_error == ""


def test_discarding_stops_a_write_in_flight_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saved or discarded work: a write under way stops at its next chunk and its
    temporary file goes, so that no recovery file comes back after the save."""
    gate, log, running = threading.Event(), [], []  # type: ignore[var-annotated]
    monkeypatch.setattr(recovery, "recovery_chunks", _blocking_chunks(gate, log, running))
    writer = recovery.RecoveryWriter()
    path = tmp_path / "r.json"
    path.write_text("the older work", encoding="utf-8")
    writer.submit(path, {"kind": recovery.KIND}, Timeline([], title="newer"))
    deadline = time.monotonic() + 10
    while not log:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    threading.Timer(0.2, gate.set).start()
    writer.cancel()  # returns once the write has stopped
    assert not writer.busy
    assert path.read_text(encoding="utf-8") == "the older work"  # not replaced
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]  # no temporary file left
