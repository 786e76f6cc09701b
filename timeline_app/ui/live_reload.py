"""Following the open file: when it changes on disk, the timeline is read again by itself.

Editors save in two ways: in place (the file is truncated and written) or by writing a new
file and renaming it over the old one (an atomic save, which also leaves the old file's watch
pointing at nothing). Spreadsheet programs write temporary and lock files beside it first.
So the file's folder is watched as well as the file; every burst of changes is waited out
(``DEBOUNCE_MS``); and a read starts only when the file's identity (size, time, inode) differs
from the version on screen. A save caught halfway fails to read: the last good timeline stays
and the window says what is wrong until the file reads again.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from timeline_app.i18n import context

tr = context("LiveReload")

DEBOUNCE_MS = 250  # a save is a burst of writes and renames; one read after it has settled
RETRY_MS = 400  # a file missing between an unlink and a rename is looked for again
RETRIES = 5

Signature = tuple[int, int, int]


def signature(path: str) -> Signature | None:
    """What tells one version of a file from the next; None while it is missing."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


class FileFollower(QObject):
    """Watches one file; ``changed`` is emitted once per settled change of its content."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = ""
        self._seen: Signature | None = None
        # The version of the file the window shows (read or saved); what a Save compares
        # with, to ask before writing over a newer one.
        self.on_screen: Signature | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._settled)
        self._retries = 0

    def follow(self, path: str) -> None:
        """Follow ``path`` (the file now on screen); '' stops following."""
        self._timer.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self.path = os.path.abspath(path) if path else ""
        self._seen = signature(self.path) if path else None
        self.on_screen = self._seen
        if self.path:
            self._watch()

    def mark_seen(self) -> None:
        """The file as it is now is the version on screen (after a reload by hand)."""
        if self.path:
            self._seen = signature(self.path)
            self.on_screen = self._seen

    def mark_noticed(self) -> None:
        """The file as it is now has been dealt with (a reload by hand that failed): no new
        change is announced for it, yet the window still shows the older version, so a Save
        still asks before writing over it."""
        if self.path:
            self._seen = signature(self.path)

    def mark_on_screen(self) -> None:
        """The window now shows the file as it is on disk (a reload was applied)."""
        if self.path:
            self.on_screen = signature(self.path)

    def newer_on_disk(self) -> bool:
        """Whether the file on disk differs from the version on screen."""
        return bool(self.path) and signature(self.path) not in (None, self.on_screen)

    def _watch(self) -> None:
        folder = os.path.dirname(self.path)
        if folder and folder not in self._watcher.directories() and os.path.isdir(folder):
            self._watcher.addPath(folder)
        # After a rename over it, the old file's watch is gone: watch the new one.
        if self.path not in self._watcher.files() and os.path.isfile(self.path):
            self._watcher.addPath(self.path)

    def _poke(self, _changed: str = "") -> None:
        if self.path:
            self._retries = 0
            self._timer.start()  # restarted by every change of a burst

    def _settled(self) -> None:
        if not self.path:
            return
        self._watch()
        now = signature(self.path)
        if now is None:  # between an unlink and a rename: look again shortly
            if self._retries < RETRIES:
                self._retries += 1
                self._timer.start(RETRY_MS)
            return
        if now != self._seen:
            self._seen = now
            self.changed.emit(self.path)


class NoteBar(QWidget):
    """A quiet bar over the timeline, for what a person should know but need not answer:
    what an import read, or that the file on disk does not read right now. Details, where
    there are any, open in a window of their own."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAutoFillBackground(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}Message")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_button = QPushButton(tr("Details…"), self)
        self.details_button.setObjectName(f"{name}Details")
        self.details_button.clicked.connect(self.show_details)
        close = QPushButton(tr("Hide"), self)
        close.setObjectName(f"{name}Hide")
        close.clicked.connect(self.hide)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.details_button)
        lay.addWidget(close)
        self.details = ""
        self.hide()

    def say(self, text: str, details: str = "") -> None:
        self.label.setText(text)
        self.details = details
        self.details_button.setVisible(bool(details))
        self.setAccessibleDescription(text)
        self.show()

    def show_details(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window())
        box.setObjectName(f"{self.objectName()}DetailsDialog")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Details"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.label.text())
        box.setDetailedText(self.details)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        self.details_dialog = box
        box.open()


def reload_problem(name: str, problem: str) -> str:
    return tr(
        "{name} changed on disk but does not read as it is now ({problem}). The timeline "
        "shown is the last version that did; it updates when the file is saved again."
    ).format(name=name, problem=problem)


class ConflictBar(QWidget):
    """Says that the open file changed on disk while there are unsaved changes, and offers
    to reload it (letting the changes go) or to keep editing. Neither side is picked
    silently."""

    reloadRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setAutoFillBackground(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setObjectName("conflictBarMessage")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.reload_button = QPushButton(tr("&Reload from Disk"), self)
        self.reload_button.setObjectName("conflictReload")
        self.reload_button.setToolTip(tr("Show the file as it is on disk; your changes are lost"))
        self.reload_button.clicked.connect(self.reloadRequested.emit)
        self.keep_button = QPushButton(tr("&Keep My Changes"), self)
        self.keep_button.setObjectName("conflictKeep")
        self.keep_button.setToolTip(tr("Go on editing; Save will ask before writing over the file"))
        self.keep_button.clicked.connect(self.hide)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.reload_button)
        lay.addWidget(self.keep_button)
        self.hide()

    def say(self, name: str) -> None:
        text = tr(
            "“{name}” was changed on disk, and you have unsaved changes here. Reload it "
            "(your changes are lost), or keep your changes (Save will ask before writing "
            "over the file)."
        ).format(name=name)
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()
