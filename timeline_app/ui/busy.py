"""Work that takes a moment, done in a worker thread while the window stays responsive.

``run_busy`` runs a function in a worker thread (ui/polled.py) and waits for it in a local
event loop, so that the caller gets its result as from a plain call (Save must answer True or
False) while the window keeps painting. Past a moment a window-modal progress dialog with
Cancel shows what is being done, as exports and downloads do; until then a second request is
refused by the caller's own guard. The function is handed a ``progress(done, total)`` that
raises ``Cancelled`` once the user has cancelled.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from timeline_app.i18n import context
from timeline_app.ui.polled import PolledWork, Report

tr = context("Busy")

Progress = Callable[[int, int], None]
SHOW_AFTER_MS = 400  # a shorter wait shows no dialog


class Cancelled(Exception):
    """The user pressed Cancel while the work ran."""


def run_busy(parent: QWidget, text: str, work: Callable[[Progress], Any]) -> Any:
    """``work(progress)`` run in a worker thread; its result, or its exception raised here
    (``Cancelled`` where the user cancelled). ``text`` says what is being done."""
    cancel = threading.Event()

    def run(report: Report) -> Any:
        def progress(done: int, total: int) -> None:
            if cancel.is_set():
                raise Cancelled
            report(min(1000, done * 1000 // max(total, 1)))

        try:
            result = work(progress)
        except Cancelled:
            raise
        except Exception:
            logging.getLogger(__name__).exception("work in the background failed")
            raise
        if cancel.is_set():
            raise Cancelled
        return result

    dialog = QProgressDialog(text, tr("Cancel"), 0, 1000, parent)
    dialog.setObjectName("busyProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(cancel.set)
    dialog.setValue(0)  # starts the clock of the minimum duration
    loop = QEventLoop()
    outcome: list[object] = []
    polled = PolledWork(run, "busyWorker")
    polled.progressed.connect(lambda value: dialog.setValue(int(value)))

    def finished(result: object, error: object) -> None:
        outcome[:] = [result, error]
        loop.quit()

    polled.finished.connect(finished)
    polled.start()
    loop.exec()  # (the outcome comes from the GUI thread's timer, so not before the loop runs)
    dialog.reset()
    dialog.close()
    dialog.deleteLater()
    polled.deleteLater()
    result, error = outcome
    if isinstance(error, BaseException):
        raise error
    return result
