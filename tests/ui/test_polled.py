"""Worker threads make no Qt call (ui/polled.py): a PySide worker that emits a signal or
makes a QObject can hang the app with the GUI thread, each holding what the other waits
for. Loads, the busy-work of Save and Download Images report through Python attributes that
a timer of the GUI thread reads."""

from __future__ import annotations

import threading
from pathlib import Path
from types import FrameType
from typing import Any

from pytestqt.qtbot import QtBot

from timeline_app.model.timeline import Timeline
from timeline_app.ui.busy import Cancelled, run_busy
from timeline_app.ui.loading import BackgroundLoad
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.polled import PolledWork


class _QtCallsInWorkers:
    """Notes each call into PySide6 or shiboken6 made by a thread other than the main one."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.watched: set[threading.Thread] = set()  # the threads looked at

    def __call__(self, frame: FrameType, event: str, arg: Any) -> None:
        if event != "c_call" or threading.current_thread() is threading.main_thread():
            return
        self.watched.add(threading.current_thread())
        owner = getattr(arg, "__self__", None)
        module = getattr(type(owner), "__module__", "") if owner is not None else ""
        module = module or getattr(arg, "__module__", "") or ""
        if module.startswith(("PySide6", "shiboken6")):
            self.seen.append(f"{module}.{getattr(arg, '__qualname__', arg)}")

    def __enter__(self) -> _QtCallsInWorkers:
        threading.setprofile(self)
        return self

    def __exit__(self, *exc: object) -> None:
        threading.setprofile(None)  # type: ignore[arg-type]


def test_polled_work_reports_in_the_gui_thread(qtbot: QtBot) -> None:
    def work(report: Any) -> str:
        for k in range(5):
            report(k)
        return "done"

    seen: list[tuple[str, object, threading.Thread]] = []
    with _QtCallsInWorkers() as calls:
        polled = PolledWork(work, "test")
        polled.progressed.connect(
            lambda v: seen.append(("progress", v, threading.current_thread()))
        )
        with qtbot.waitSignal(polled.finished, timeout=5000) as blocker:
            polled.start()
    assert blocker.args == ["done", None]
    assert all(t is threading.main_thread() for _, _, t in seen)
    assert seen and seen[-1][1] == 4  # (the last value; those between looks may be skipped)
    assert calls.seen == []


def test_a_background_load_makes_no_qt_call_in_its_thread(qtbot: QtBot, tmp_path: Path) -> None:
    steps = 50

    ran_in: list[threading.Thread] = []

    def loader(path: str, progress: Any) -> Timeline:
        ran_in.append(threading.current_thread())
        for k in range(steps):
            progress(k, steps)
        from timeline_app.formats.registry import open_any

        return open_any(path)

    lesson = Path(__file__).resolve().parents[2] / "resources" / "timeline-2017.json"
    found: list[object] = []
    with _QtCallsInWorkers() as calls:
        load = BackgroundLoad(str(lesson), loader)
        load.progressed.connect(found.append)
        with qtbot.waitSignal(load.done, timeout=20000) as blocker:
            load.start()
    timeline, error = blocker.args
    assert error is None and isinstance(timeline, Timeline) and len(timeline) > 0
    assert found and all(isinstance(v, int) and 0 <= v <= 1000 for v in found)
    assert ran_in and ran_in[0] in calls.watched  # (a Python thread: a QThread is not seen)
    assert calls.seen == []


def test_busy_work_gives_its_result_or_its_exception(window: MainWindow) -> None:
    with _QtCallsInWorkers() as calls:
        assert run_busy(window, "Checking…", lambda progress: progress(1, 2) or 42) == 42
        try:
            run_busy(window, "Checking…", lambda progress: (_ for _ in ()).throw(Cancelled()))
        except Cancelled:
            pass
        else:
            raise AssertionError("the exception was not raised in the caller")
    assert calls.seen == []
