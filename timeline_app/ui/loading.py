"""Opening a large file in a worker thread, with progress and Cancel in the status bar.

The timeline on screen stays, and stays usable, until the new one has loaded; a cancelled
or failed load leaves it as it was.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from timeline_app.formats import TimelineFileError
from timeline_app.formats.registry import open_any
from timeline_app.formats.timeline_json import LoadCancelled
from timeline_app.i18n import context
from timeline_app.model.timeline import Timeline
from timeline_app.ui.polled import PolledWork, Report

tr = context("Loading")

# How a file is read: open_any, or a reader that leaves out the events at fault.
Loader = Callable[[str, Callable[[int, int], None] | None], Timeline]

# Files at least this large load in the background; smaller ones take well under 0.1 s.
BACKGROUND_BYTES = 2_000_000
CANCELLED = "cancelled"


class _LoadWorker:
    """The load itself, in the worker thread: no Qt call (see ui/polled.py)."""

    def __init__(self, path: str, loader: Loader = open_any) -> None:
        self.path = path
        self.loader = loader
        self.cancel = threading.Event()

    def run(self, report: Report) -> tuple[Timeline | None, object]:
        """(timeline or None, None | TimelineFileError | CANCELLED | a message for people);
        ``report`` is given the per mille of the file read."""

        def progress(done: int, total: int) -> None:
            if self.cancel.is_set():
                raise LoadCancelled
            report(int(done * 1000 / max(total, 1)))

        try:
            timeline = self.loader(self.path, progress)
            if not self.cancel.is_set():
                timeline.id_table()  # made here, not on the first click in the GUI thread
        except LoadCancelled:
            return None, CANCELLED
        except TimelineFileError as err:
            return None, err
        except MemoryError:
            return None, tr("There is not enough memory to open this file.")
        except Exception as err:  # a bug: logged, reported, never a crash
            logging.getLogger(__name__).exception("loading %s failed", self.path)
            return None, tr("An unexpected error stopped the loading ({reason}).").format(
                reason=err
            )
        if self.cancel.is_set():
            return None, CANCELLED
        return timeline, None


_RUNNING: set[BackgroundLoad] = set()  # loads whose thread runs; kept alive until it ends
_QUIT_HOOK: object = None  # the application whose aboutToQuit stops the loads


def stop_all_loads() -> None:
    """Cancel every running load and wait for its thread, so that none reads on while the
    application ends. Runs when the application quits."""
    for load in list(_RUNNING):
        load.cancel()
        load.wait()


class BackgroundLoad(QObject):
    """One load in its own thread (ui/polled.py). ``done(timeline, error)`` comes in the GUI
    thread.

    It has no parent: a window deleted during a load does not take the running thread with
    it. The module keeps it until its thread ends."""

    progressed = Signal(int)
    done = Signal(object, object)

    def __init__(self, path: str, loader: Loader = open_any) -> None:
        super().__init__()
        self.path = path
        self._worker = _LoadWorker(path, loader)
        self._work = PolledWork(self._worker.run, "timelineLoader", self)
        self._work.progressed.connect(self._on_progress)
        self._work.finished.connect(self._on_finished)

    def start(self) -> None:
        global _QUIT_HOOK
        app = QCoreApplication.instance()
        if app is not None and _QUIT_HOOK is not app:
            app.aboutToQuit.connect(stop_all_loads)
            _QUIT_HOOK = app
        _RUNNING.add(self)
        self._work.start()

    def cancel(self) -> None:
        self._worker.cancel.set()

    def wait(self) -> None:
        """Block until the thread has ended (after ``cancel``, within a moment)."""
        self._work.wait()
        _RUNNING.discard(self)

    def _on_progress(self, permille: object) -> None:
        if isinstance(permille, int):
            self.progressed.emit(permille)

    def _on_finished(self, outcome: object, error: object) -> None:
        _RUNNING.discard(self)
        if error is not None:  # (run catches everything it expects: this is a bug)
            timeline, problem = None, str(error)
        else:
            assert isinstance(outcome, tuple)
            timeline, problem = outcome
        self.done.emit(timeline, problem)


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
