"""Special files never block: a FIFO, a socket, a device or a folder given where a timeline
file is expected is refused at once, on every way in, with a message saying what it is.

A FIFO without a writer blocks open() and read() for ever, and /dev/zero never ends: a
regression here hangs instead of failing, so every case runs under a timeout (subprocesses
with ``timeout=``, in-process cases with pytest-timeout).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from timeline_app.formats import TimelineFileError, load_timeline
from timeline_app.fsutil import NotAFileError, read_regular_file, read_regular_head
from timeline_app.ui import loading
from timeline_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
KINDS = {
    "fifo": "a FIFO (named pipe)",
    "socket": "a socket",
    "null": "a character device",  # /dev/null: reads as an empty file
    "zero": "a character device",  # /dev/zero: never ends
    "folder": "a folder (directory)",
}


def refusal(kind: str) -> str:
    return f"it is {KINDS[kind]}, not a file"


class Specials:
    """Makes 'lesson.json' of a kind in a short folder of its own (a Unix socket's path must
    be short); the devices are symbolic links to /dev/null and /dev/zero."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="tl-special-", dir="/tmp"))
        self.path = self.folder / "lesson.json"
        self.sockets: list[socket.socket] = []

    def make(self, kind: str) -> Path:
        path = self.path
        if path.is_dir() and not path.is_symlink():
            path.rmdir()
        elif os.path.lexists(path):
            path.unlink()
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "socket":
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.bind(str(path))
            self.sockets.append(s)
        elif kind in ("null", "zero"):
            path.symlink_to(f"/dev/{kind}")
        else:
            path.mkdir()
        return path

    def unblock(self) -> None:
        """Let a reader stuck opening the FIFO go on (it then reads an empty file), so that a
        regression fails its test instead of hanging the window's loader thread for ever."""
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            return  # not a FIFO, or nobody is waiting on it
        os.close(fd)

    def close(self) -> None:
        self.unblock()
        for s in self.sockets:
            s.close()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def specials() -> Iterator[Specials]:
    made = Specials()
    yield made
    made.close()


# --- the one guard ------------------------------------------------------------------------------


@pytest.mark.timeout(20)
@pytest.mark.parametrize("kind", KINDS)
def test_the_guard_names_what_it_is(kind: str, specials: Specials) -> None:
    path = specials.make(kind)
    with pytest.raises(NotAFileError) as info:
        read_regular_file(path, limit=1000)
    assert str(info.value) == refusal(kind)
    with pytest.raises(NotAFileError, match=re.escape(refusal(kind))):
        read_regular_head(path, 64)  # how a format is told from the first bytes
    with pytest.raises(TimelineFileError) as loaded:
        load_timeline(path)
    assert str(loaded.value) == f"{path}:1:1: (file): {refusal(kind)}"


def test_the_head_of_a_regular_file_is_its_first_bytes(bundled_path: Path) -> None:
    data = bundled_path.read_bytes()
    assert read_regular_head(bundled_path, 64) == data[:64]
    assert read_regular_head(bundled_path, len(data) * 2) == data


@pytest.mark.timeout(20)
def test_a_path_swapped_for_a_fifo_after_the_look_is_refused_too(
    specials: Specials, bundled_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """stat() said 'a file', then the path became a FIFO before open(): the open must not
    wait for a writer, and the opened file's own type decides."""
    fifo = specials.make("fifo")
    real_stat = os.stat
    looks_regular = real_stat(bundled_path)

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if os.fspath(path) == str(fifo):  # type: ignore[call-overload]
            return looks_regular
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", stat)
    with pytest.raises(TimelineFileError) as info:
        load_timeline(fifo)
    assert info.value.first.message == refusal("fifo")


# --- the command line ---------------------------------------------------------------------------


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *args],
        capture_output=True,
        text=True,
        timeout=20,  # a FIFO that is read blocks for ever: fail instead
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        cwd=ROOT,
    )


@pytest.mark.timeout(60)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", ["validate", "events", "export", "gui", "present"])
def test_every_command_refuses_at_once(
    command: str, kind: str, specials: Specials, tmp_path: Path
) -> None:
    path = str(specials.make(kind))
    out = tmp_path / "out.png"
    if command == "validate":
        r = run("validate", path)
    elif command == "events":
        r = run("events", path, "--json")
    elif command == "export":
        r = run("export", path, "-o", str(out))
    elif command == "gui":
        r = run(path)
    else:
        r = run("present", path)
    if command in ("gui", "present"):
        # Refused before a window opens, or before the file is handed to a running copy.
        assert (r.returncode, r.stderr) == (2, f"timeline-app: {path}: {refusal(kind)}\n")
    else:
        assert (r.returncode, r.stderr) == (1, f"{path}:1:1: (file): {refusal(kind)}\n")
    assert r.stdout == ""
    assert not out.exists()


@pytest.mark.timeout(60)
@pytest.mark.parametrize("kind", ["fifo", "zero", "folder"])
def test_the_window_given_it_as_an_argument_paints_and_explains(
    kind: str, specials: Specials
) -> None:
    """Past the command line's check (a file that changed since): the window still paints
    its first frame, with the bundled timeline, and says what the file is."""
    path = str(specials.make(kind))
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from timeline_app.ui.app import run_gui\n"
        "run_gui(sys.argv[1])\n"
        "(w,) = [w for w in QApplication.topLevelWidgets() if w.objectName() == 'mainWindow']\n"
        "print(w.last_error)\n"
        "print(w.canvas.timeline.title)\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", script, path],
        capture_output=True,
        text=True,
        timeout=30,
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "TIMELINE_APP_QUIT_AFTER_FIRST_FRAME": "1",
        },
        cwd=ROOT,
    )
    lines = r.stdout.splitlines()
    assert lines[0] == "first-frame", r.stderr
    assert lines[1] == f"{path}:1:1: (file): {refusal(kind)}"
    assert lines[2].startswith("Putin and Trump")
    assert "Traceback" not in r.stderr


# --- every way into the window --------------------------------------------------------------------


def error_box() -> QMessageBox | None:
    for top in QApplication.topLevelWidgets():
        if top.objectName() == "loadErrorDialog" and top.isVisible():
            assert isinstance(top, QMessageBox)
            return top
    return None


def close_boxes() -> None:
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QMessageBox) and top.isVisible():
            top.close()


def open_recent(window: MainWindow, path: Path) -> None:
    (action,) = [a for a in window.recent_menu.actions() if a.toolTip() == str(path)]
    action.trigger()


def drop(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(100, 100), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        window, QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, buttons, keys)
    )


WAYS = ["argument", "open", "recent", "drop", "hand-over", "background"]


@pytest.mark.timeout(20)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("way", WAYS)
def test_every_way_into_the_window_refuses_at_once(
    way: str,
    kind: str,
    window: MainWindow,
    qtbot: QtBot,
    specials: Specials,
    bundled_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = specials.path
    if way == "recent":
        # A file that was shown, and has since been replaced by a special file.
        shutil.copyfile(bundled_path, path)
        assert window.open_path(str(path))
    shown, shown_path = window.canvas.timeline, window.current_path
    path = specials.make(kind)
    window.last_error = ""
    try:
        open_by(way, window, path, monkeypatch)
        qtbot.waitUntil(lambda: bool(window.last_error), timeout=5000)
    finally:
        specials.unblock()
    assert window.last_error == f"{path}:1:1: (file): {refusal(kind)}"
    box = error_box()
    assert box is not None
    assert box.informativeText().startswith(f"It is {KINDS[kind]}, not a file")
    assert window.canvas.timeline is shown and window.current_path == shown_path
    assert window.loading_path == ""
    close_boxes()


def open_by(way: str, window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if way == "argument":
        window.open_path(str(path), restore_view=True)  # as run_gui opens its argument
    elif way == "open":
        from PySide6.QtWidgets import QFileDialog

        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "All files (*)")
        )
        window.open_dialog()
    elif way == "recent":
        open_recent(window, path)
    elif way == "drop":
        drop(window, path)
    elif way == "hand-over":
        from timeline_app.ui.single_instance import InstanceServer, hand_over

        server = InstanceServer(window)
        assert server.listen()
        server.handedOver.connect(window.open_handed_over)
        assert hand_over([str(path)])
    else:
        monkeypatch.setattr(loading, "BACKGROUND_BYTES", 0)  # every file in the worker
        window.open_path(str(path))
