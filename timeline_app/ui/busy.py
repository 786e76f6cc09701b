"""Work that takes a moment, done in a worker thread while the window stays responsive.

``run_busy`` runs a function in a QThread and waits for it in a local event loop, so that the
caller gets its result as from a plain call (Save must answer True or False) while the window
keeps painting. Past a moment a window-modal progress dialog with Cancel shows what is being
done, as exports and downloads do; until then a second request is refused by the caller's own
guard. The function is handed a ``progress(done, total)`` that raises ``Cancelled`` once the
user has cancelled.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from timeline_app.i18n import context

tr = context("Busy")

Progress = Callable[[int, int], None]
SHOW_AFTER_MS = 400  # a shorter wait shows no dialog


class Cancelled(Exception):
    """The user pressed Cancel while the work ran."""


class _Worker(QObject):
    progressed = Signal(int)  # per mille done
    finished = Signal(object, object)  # (result, None) or (None, the exception)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.cancel = threading.Event()

    def _progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled
        self.progressed.emit(min(1000, done * 1000 // max(total, 1)))

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except Exception as err:  # handed to the caller, in the GUI thread
            if not isinstance(err, Cancelled):
                logging.getLogger(__name__).exception("work in the background failed")
            self.finished.emit(None, err)
        else:
            self.finished.emit(None if self.cancel.is_set() else result,
                               Cancelled() if self.cancel.is_set() else None)  # fmt: skip


class _Outcome(QObject):
    """Takes the worker's result in the GUI thread (a slot of an object living there is
    called queued; a plain function would be called in the worker's thread)."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.value: list[object] = []

    @Slot(object, object)
    def finished(self, result: object, error: object) -> None:
        self.value = [result, error]
        self.loop.quit()


def run_busy(parent: QWidget, text: str, work: Callable[[Progress], Any]) -> Any:
    """``work(progress)`` run in a worker thread; its result, or its exception raised here
    (``Cancelled`` where the user cancelled). ``text`` says what is being done."""
    worker = _Worker(work)
    thread = QThread()
    thread.setObjectName("busyWorker")
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    dialog = QProgressDialog(text, tr("Cancel"), 0, 1000, parent)
    dialog.setObjectName("busyProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(worker.cancel.set)
    dialog.setValue(0)  # starts the clock of the minimum duration
    loop = QEventLoop()
    outcome = _Outcome(loop)
    # The dialog and the outcome live in this thread: the worker's signals reach them queued.
    worker.progressed.connect(dialog.setValue)
    worker.finished.connect(outcome.finished)
    thread.start()
    loop.exec()  # (the result comes queued, so not before the loop runs)
    thread.quit()
    thread.wait()
    dialog.reset()
    dialog.close()
    dialog.deleteLater()
    worker.deleteLater()
    result, error = outcome.value
    if isinstance(error, BaseException):
        raise error
    return result
