"""Never a lost edit: unsaved work is written to a recovery file in the user data folder a few
seconds after each change (atomically), and removed once the work is saved or discarded.
After a crash or a kill, the next start offers to restore it, with the time of the last
change.

The file is written in a thread of its own: the window hands over the timeline it shows (an
immutable value, so nothing is copied) and goes on at once, where writing a million events
took seconds with the window frozen. One file is written at a time; a change made meanwhile
replaces any write still waiting, and discarding the work stops a write in flight between two
chunks before the file is removed, so no recovery file comes back after a save."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from timeline_app.formats.errors import TimelineFileError
from timeline_app.formats.timeline_json import loads_timeline
from timeline_app.formats.timeline_writer import iter_timeline_text
from timeline_app.fsutil import atomic_write_chunks, describe_os_error
from timeline_app.i18n import context, names
from timeline_app.model.timeline import Timeline
from timeline_app.settings import APP_NAME

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

tr = context("Recovery")
log = logging.getLogger(__name__)
KIND = "timeline-app-recovery"
DELAY_MS = 3000  # after the last change: a burst of edits is written once
# Events made into text at a time: the writer's thread holds the interpreter's lock for the
# longest step of a chunk (joining its pieces), which the window then waits out; 8,192 events
# keep that to a few milliseconds where the saver's 65,536 took tens.
CHUNK_ROWS = 8192
QUIT_WAIT_S = 30.0  # how long quitting waits for a recovery file being written


def recovery_dir() -> Path:
    override = os.environ.get("TIMELINE_APP_DATA_DIR")
    if override:
        return Path(override) / "recovery"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "recovery"


@dataclass(frozen=True)
class Found:
    """A recovery file left by a session that ended without saving."""

    path: Path
    file: str  # the file the work belonged to; '' for a timeline never saved
    changed_at: float  # the time of the last change, seconds since the epoch
    timeline: Timeline

    def when(self) -> str:
        """'14:05 on 3 April 2017', in the language's words and order."""
        at = datetime.fromtimestamp(self.changed_at)
        return tr("{time} on {day} {month} {year}").format(
            time=at.strftime("%H:%M"),
            day=at.day,
            month=names().months[at.month - 1],
            year=at.year,
        )

    def name(self) -> str:
        if self.file:
            return os.path.basename(self.file)
        return self.timeline.title or tr("Untitled")


def find_recoveries(folder: Path | None = None) -> list[Found]:
    """The recovery files of sessions that are gone, newest first. A file that does not read
    is set aside (renamed .damaged) and logged, never offered and never fatal."""
    folder = recovery_dir() if folder is None else folder
    found: list[Found] = []
    try:
        names = sorted(folder.glob("*.json"))
    except OSError:
        return []
    for path in names:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(doc, dict) or doc.get("kind") != KIND:
                raise ValueError("not a recovery file")
            if _alive(int(doc.get("pid", 0))):
                continue  # the work of a window still open (this app's, or another copy's)
            timeline = loads_timeline(json.dumps(doc["timeline"]), str(path))
            found.append(Found(path, str(doc.get("file", "")), float(doc["changed_at"]), timeline))
        except (OSError, ValueError, KeyError, TypeError, TimelineFileError) as err:
            log.warning("recovery file %s set aside: %s", path, err)
            with contextlib.suppress(OSError):
                path.rename(path.with_suffix(".damaged"))
    found.sort(key=lambda f: f.changed_at, reverse=True)
    return found


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def recovery_chunks(head: dict[str, Any], timeline: Timeline) -> Iterator[bytes]:
    """The recovery file's bytes: ``head`` (kind, pid, file, time of the change) with the
    timeline in the app's own format under "timeline", a chunk of events at a time."""
    yield (json.dumps(head, ensure_ascii=False)[:-1] + ', "timeline": ').encode("utf-8")
    for part in iter_timeline_text(timeline, CHUNK_ROWS):
        yield part.encode("utf-8")
    yield b"}\n"


class _Cancelled(Exception):
    """A write given up between two chunks: the work was saved or discarded meanwhile."""


@dataclass(frozen=True)
class _Job:
    path: Path
    head: dict[str, Any]
    timeline: Timeline
    generation: int


class RecoveryWriter:
    """Writes recovery files in a thread of its own, one at a time. ``submit`` replaces a
    write that has not begun; ``cancel`` drops it and stops one in flight."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._pending: _Job | None = None
        self._running = False
        self._generation = 0  # raised by cancel(): a write of an older one stops
        self._thread: threading.Thread | None = None
        self.last_error = ""

    def submit(self, path: Path, head: dict[str, Any], timeline: Timeline) -> None:
        with self._cond:
            self._pending = _Job(path, head, timeline, self._generation)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="recovery-writer", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def cancel(self) -> None:
        """No write waits or goes on after this returns (a write in flight stops at its
        next chunk, its temporary file removed)."""
        with self._cond:
            self._generation += 1
            self._pending = None
            self._cond.wait_for(lambda: not self._running)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until every write handed over is done; False if ``timeout`` ran out."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._running and self._pending is None, timeout)

    @property
    def busy(self) -> bool:
        with self._cond:
            return self._running or self._pending is not None

    def _run(self) -> None:
        """The writer's thread: writes while there is work, then ends (so that a window
        closed, or one that has nothing unsaved, keeps no thread)."""
        while True:
            with self._cond:
                job = self._pending
                if job is None:
                    self._thread = None
                    return
                self._pending = None
                self._running = True
            try:
                self._write(job)
            except _Cancelled:
                pass
            except OSError as err:
                self.last_error = describe_os_error(err)
                log.warning("recovery file %s not written: %s", job.path, self.last_error)
            except Exception:  # never let the thread die: the next change tries again
                log.exception("recovery file %s not written", job.path)
                self.last_error = "an internal error"
            else:
                self.last_error = ""
            finally:
                with self._cond:
                    self._running = False
                    self._cond.notify_all()

    def _write(self, job: _Job) -> None:
        def checked() -> Iterator[bytes]:
            for chunk in recovery_chunks(job.head, job.timeline):
                if self._generation != job.generation:
                    raise _Cancelled
                yield chunk
            if self._generation != job.generation:
                raise _Cancelled

        job.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_chunks(job.path, checked())


class Recovery(QObject):
    """Keeps the recovery file of one window up to date with its unsaved work."""

    def __init__(self, window: MainWindow, delay_ms: int = DELAY_MS) -> None:
        super().__init__(window)
        self.window = window
        self.path = recovery_dir() / f"{uuid.uuid4().hex}.json"
        self.changed_at = 0.0
        self.writer = RecoveryWriter()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.write_now)
        stack = window.editing.stack
        stack.indexChanged.connect(self._changed)
        stack.cleanChanged.connect(self._clean_changed)
        window.editing.discarded.connect(self.discard)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quitting)

    def set_delay(self, ms: int) -> None:
        """How long after the last change the work is written."""
        self._timer.setInterval(ms)

    def _changed(self, _index: int) -> None:
        if not shiboken6.isValid(self.window) or not self.window.editing.modified:
            return
        self.changed_at = time.time()
        self._timer.start()

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def write_now(self) -> bool:
        """Hand the unsaved work over to be written (atomically, in the writer's thread);
        False if there is none. A failure is logged and kept in ``last_error``; the edits
        stay in memory."""
        self._timer.stop()
        if not shiboken6.isValid(self.window) or not self.window.editing.modified:
            return False
        w = self.window
        head: dict[str, Any] = {
            "kind": KIND,
            "version": 1,
            "pid": os.getpid(),
            "file": w.current_path if not w.is_bundled(w.current_path) else "",
            "changed_at": self.changed_at or time.time(),
        }
        self.writer.submit(self.path, head, w.canvas.timeline)
        return True

    @property
    def last_error(self) -> str:
        """Why the last recovery file was not written ('' if it was)."""
        return self.writer.last_error

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the recovery file being written, if any; False if ``timeout`` ran out."""
        return self.writer.wait(timeout)

    def _quitting(self) -> None:
        if not self.writer.wait(QUIT_WAIT_S):
            log.warning("recovery file %s still being written at quit", self.path)

    def discard(self) -> None:
        """The work was saved or let go: no recovery file is left for it (a write waiting or
        in flight is stopped first, so that it cannot put the file back)."""
        self._timer.stop()
        self.writer.cancel()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def adopt(self, found: Found) -> None:
        """Restore ``found`` into the window: it is shown as unsaved work of its file, and
        its recovery file becomes this window's."""
        w = self.window
        if found.file and os.path.exists(found.file):
            w.show_unsaved_timeline(found.timeline, found.file)
        else:
            w.show_unsaved_timeline(found.timeline)
        w.editing.stack.resetClean()  # unsaved: Save writes it, closing asks
        w.setWindowModified(True)
        self.changed_at = found.changed_at
        with contextlib.suppress(OSError):
            found.path.replace(self.path)
        self.write_now()
        w.statusBar().showMessage(
            tr("Restored the unsaved work on {name}, last changed at {when}").format(
                name=found.name(), when=found.when()
            ),
            15000,
        )

    def offer(self, found: list[Found] | None = None) -> bool:
        """At start: offer to restore the newest work left unsaved; the others are kept for
        a later start. True if the user restored it."""
        found = find_recoveries() if found is None else found
        if not found:
            return False
        newest = found[0]
        box = QMessageBox(self.window)
        box.setObjectName("recoveryDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Restore unsaved work?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            tr(
                "“{name}” was not saved when Timeline last closed. Restore the unsaved work?"
            ).format(name=newest.name())
        )
        box.setInformativeText(
            tr.n(
                "Last changed at {when}: %n events. If you discard it, it cannot be brought back.",
                len(newest.timeline),
                one="Last changed at {when}: %n event. If you discard it, it cannot be brought "
                "back.",
            ).format(when=newest.when())
        )
        restore = box.addButton(tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restoreButton")
        discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardButton")
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            self.adopt(newest)
            return True
        if box.clickedButton() is discard:
            with contextlib.suppress(OSError):
                newest.path.unlink()
        return False
