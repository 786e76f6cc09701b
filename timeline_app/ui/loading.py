"""Opening a large file in a worker thread, with progress and Cancel in the status bar.

The timeline on screen stays, and stays usable, until the new one has loaded; a cancelled
or failed load leaves it as it was.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from timeline_app.formats import TimelineFileError
from timeline_app.formats.registry import open_any
from timeline_app.formats.timeline_json import LoadCancelled
from timeline_app.i18n import context
from timeline_app.model.timeline import Timeline

tr = context("Loading")

# How a file is read: open_any, or a reader that leaves out the events at fault.
Loader = Callable[[str, Callable[[int, int], None] | None], Timeline]

# Files at least this large load in the background; smaller ones take well under 0.1 s.
BACKGROUND_BYTES = 2_000_000
CANCELLED = "cancelled"


class _LoadWorker(QObject):
    progressed = Signal(int)  # per mille of the file read
    # (timeline or None, None | TimelineFileError | CANCELLED | a message for people)
    finished = Signal(object, object)

    def __init__(self, path: str, loader: Loader = open_any) -> None:
        super().__init__()
        self.path = path
        self.loader = loader
        self.cancel = threading.Event()

    def _progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise LoadCancelled
        self.progressed.emit(int(done * 1000 / max(total, 1)))

    @Slot()
    def run(self) -> None:
        try:
            timeline = self.loader(self.path, self._progress)
            if not self.cancel.is_set():
                timeline.id_table()  # made here, not on the first click in the GUI thread
        except LoadCancelled:
            self.finished.emit(None, CANCELLED)
        except TimelineFileError as err:
            self.finished.emit(None, err)
        except MemoryError:
            self.finished.emit(None, tr("There is not enough memory to open this file."))
        except Exception as err:  # a bug: logged, reported, never a crash
            logging.getLogger(__name__).exception("loading %s failed", self.path)
            self.finished.emit(
                None, tr("An unexpected error stopped the loading ({reason}).").format(reason=err)
            )
        else:
            if self.cancel.is_set():
                self.finished.emit(None, CANCELLED)
            else:
                self.finished.emit(timeline, None)


_RUNNING: set[BackgroundLoad] = set()  # loads whose thread runs; kept alive until it ends
_QUIT_HOOK: object = None  # the application whose aboutToQuit stops the loads


def stop_all_loads() -> None:
    """Cancel every running load and wait for its thread: a QThread destroyed while it runs
    aborts the process. Runs when the application quits."""
    for load in list(_RUNNING):
        load.cancel()
        load.wait()


class BackgroundLoad(QObject):
    """One load in its own thread. ``done(timeline, error)`` comes in the GUI thread.

    It has no parent: a window deleted during a load does not take the running thread with
    it. The module keeps it until its thread ends."""

    progressed = Signal(int)
    done = Signal(object, object)

    def __init__(self, path: str, loader: Loader = open_any) -> None:
        super().__init__()
        self.path = path
        self._worker = _LoadWorker(path, loader)
        self._thread = QThread()
        self._thread.setObjectName("timelineLoader")
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # This object lives in the GUI thread: the worker's signals reach it queued.
        self._worker.progressed.connect(self.progressed)
        self._worker.finished.connect(self._on_finished)

    def start(self) -> None:
        global _QUIT_HOOK
        app = QCoreApplication.instance()
        if app is not None and _QUIT_HOOK is not app:
            app.aboutToQuit.connect(stop_all_loads)
            _QUIT_HOOK = app
        _RUNNING.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._worker.cancel.set()

    def wait(self) -> None:
        """Block until the thread has ended (after ``cancel``, within a moment)."""
        self._thread.quit()
        self._thread.wait()
        _RUNNING.discard(self)

    @Slot(object, object)
    def _on_finished(self, timeline: object, error: object) -> None:
        self._thread.quit()
        self._thread.wait()
        _RUNNING.discard(self)
        self.done.emit(timeline, error)


class LoadingBar(QWidget):
    """'Opening big.json…', a progress bar and Cancel, for the status bar."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadingBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("loadingProgress")
        self.bar.setRange(0, 1000)
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelLoading")
        self.cancel_button.setToolTip(tr("Stop opening this file; the timeline on screen stays"))
        self.cancel_button.clicked.connect(self.cancelRequested)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._name = ""
        self.hide()

    def begin(self, path: str) -> None:
        self._name = os.path.basename(path)
        self.label.setText(tr("Opening {name}…").format(name=self._name))
        self.bar.setAccessibleName(tr("Progress of opening {name}").format(name=self._name))
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.show()

    @Slot(int)
    def set_progress(self, per_mille: int) -> None:
        if per_mille >= 1000:
            # The whole file is read; sorting and indexing have no steps to show.
            self.label.setText(
                tr("Opening {name}: preparing the timeline…").format(name=self._name)
            )
            self.bar.setRange(0, 0)
        else:
            self.bar.setValue(per_mille)
