"""Work in a worker thread that makes no Qt call: the GUI thread polls it.

A PySide worker that emits a signal, or makes, connects or deletes a QObject, holds Python's
lock while Qt takes one of its pooled signal/slot mutexes. The GUI thread may hold that very
mutex (the pool is shared by address) while it waits for Python's lock: deleting an object
connected to a widget made in Python asks Python whether the widget overrides
``disconnectNotify``. Each then waits for the other, for good (seen in an export).

So loads, downloads and checks run their pure Python work in a ``threading.Thread`` that only
sets Python attributes: the last progress it reported and, at the end, its outcome. A QTimer
of the GUI thread reads them and emits the signals there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 20  # how often the GUI thread looks: a load's end shows within this

Report = Callable[[object], None]


class PolledWork(QObject):
    """``work(report)`` run in a worker thread; ``progressed(value)`` for the last value it
    reported since the previous look, and ``finished(result, error)`` once it ends (error is
    the exception it raised, else None), both emitted in the thread this object lives in."""

    progressed = Signal(object)
    finished = Signal(object, object)

    def __init__(
        self, work: Callable[[Report], Any], name: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._latest: object = None
        self._shown: object = None
        self._outcome: tuple[object, BaseException | None] | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._ended = False

    def _report(self, value: object) -> None:
        self._latest = value  # (one assignment: the GUI thread sees the old or the new)

    def _run(self) -> None:
        try:
            outcome: tuple[object, BaseException | None] = (self._work(self._report), None)
        except BaseException as err:  # handed to the GUI thread, which decides
            outcome = (None, err)
        self._outcome = outcome

    def start(self) -> None:
        self._timer.start()
        self._thread.start()

    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self) -> None:
        """Block until the work has ended (its outcome is still emitted at the next look)."""
        if self._thread.ident is not None:
            self._thread.join()

    def _poll(self) -> None:
        latest = self._latest
        if latest is not self._shown:
            self._shown = latest
            self.progressed.emit(latest)
        outcome = self._outcome
        if outcome is not None and not self._ended:
            self._ended = True
            self._timer.stop()
            self._thread.join()  # (it has only to return)
            self.finished.emit(*outcome)
