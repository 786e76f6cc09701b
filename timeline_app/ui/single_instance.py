"""One running copy per user and display: a second launch hands its file to the first and
exits, saying so on the terminal.

Double-clicking a second timeline file should open it in the window that is already there
(and bring that window to the front) rather than start another copy of the app. But a copy
running on another display (a second X display, a Wayland session beside an X one, an SSH
session with X forwarding) has its window where the person who launched this one cannot see
it: the display is part of the server's name (``display_key``: ``WAYLAND_DISPLAY`` and
``DISPLAY``, the X screen number left out), so a launch on another display finds no copy
and opens its own window where it was started. Systems without these variables (Windows,
macOS) have one display per session and one copy.

A request is one frame: a 4-byte big-endian length, then that many bytes of UTF-8 JSON of the
shape ``{"open": ["/absolute/path", ...]}``. The server reads a frame whole however it arrives
(in one piece or many), refuses one larger than ``MAX_MESSAGE_BYTES`` before reading it, drops
a peer that stops part-way after ``MESSAGE_TIMEOUT_MS``, and turns each frame into exactly one
``HandOver``: the paths to open and every problem found, so that the window can say all of
them in one dialog.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from timeline_app.i18n import context, number
from timeline_app.settings import MAX_PATH_CHARS, json_kind

tr = context("SingleInstance")

CONNECT_MS = 400
WRITE_MS = 2_000
HEADER = struct.Struct(">I")
MAX_MESSAGE_BYTES = 4 * 1024 * 1024
MAX_PATHS = 1_000
MESSAGE_TIMEOUT_MS = 5_000
# Later launches are one at a time; more open connections than this are not one of them.
MAX_CONNECTIONS = 16
MAX_DISPLAY_KEY = 40

log = logging.getLogger(__name__)


def display_key(env: Mapping[str, str] | None = None) -> str:
    """The display a launch shows its window on, as part of a socket name: '' where the
    environment names none. ``:0`` and ``:0.0`` are one display (the screen number only says
    which screen of it), ``localhost:10.0`` (X over SSH) another; the characters a socket
    name cannot hold become '_'."""
    env = os.environ if env is None else env
    parts = []
    wayland = env.get("WAYLAND_DISPLAY", "").strip()
    if wayland:
        parts.append("w" + wayland)
    x11 = env.get("DISPLAY", "").strip()
    if x11:
        host, _, number = x11.rpartition(":")
        number = number.split(".", 1)[0]
        parts.append("x" + ("" if host in ("", "unix") else host) + ":" + number)
    key = re.sub(r"[^A-Za-z0-9_.:-]", "_", "-".join(parts)).replace(":", "_")
    if len(key) > MAX_DISPLAY_KEY:  # a socket's path has about 100 characters in all
        digest = hashlib.sha256(key.encode()).hexdigest()[:12]
        key = key[: MAX_DISPLAY_KEY - 13] + "-" + digest
    return key


def server_name() -> str:
    override = os.environ.get("TIMELINE_APP_INSTANCE")
    if override:
        return override
    try:
        user = getpass.getuser()
    except Exception:
        user = "user"
    display = display_key()
    return f"timeline-app-{user}-{display}" if display else f"timeline-app-{user}"


# --- the message ------------------------------------------------------------------------------


@dataclass(frozen=True)
class HandOver:
    """What one request asks for: the files to open (none: just come to the front) and what
    was wrong with it, each problem one line for people."""

    paths: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


def encode(paths: list[str]) -> bytes:
    """The frame that asks a running copy to open ``paths`` (made absolute here, since the
    running copy has its own working folder)."""
    payload = json.dumps({"open": [os.path.abspath(p) for p in paths]}).encode("ascii")
    return HEADER.pack(len(payload)) + payload


def shown(path: str, limit: int = 120) -> str:
    """A file's name for a message: one line, its odd characters escaped, at most ``limit``."""
    name = os.path.basename(path.rstrip("/")) or path
    # Only the start is ever shown: escape no more of a long name than that.
    out = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in name[:limit])
    return out if len(out) <= limit and len(name) <= limit else out[: limit - 1] + "…"


def _kind(value: Any) -> str:
    """What a JSON value is, in words, for a message (settings.json_kind, translated)."""
    return {
        "null": tr("null"),
        "true or false": tr("true or false"),
        "a number": tr("a number"),
        "text": tr("text"),
        "a list": tr("a list"),
        "an object": tr("an object"),
    }.get(json_kind(value), json_kind(value))


def _path_problem(value: Any, n: int) -> str:
    """'' if ``value`` is a file name a running copy can open, else why not."""
    if not isinstance(value, str):
        return tr("File {n} of the request is {kind}, not a file name.").format(
            n=n, kind=_kind(value)
        )
    if not value:
        return tr("File {n} of the request is an empty name.").format(n=n)
    if len(value) > MAX_PATH_CHARS:
        return tr(
            "“{name}”: a name of {length} characters is longer than any file system allows"
            " ({limit})."
        ).format(name=shown(value), length=number(len(value)), limit=number(MAX_PATH_CHARS))
    if "\0" in value:
        return tr("“{name}”: the name holds a NUL character, which no file name can.").format(
            name=shown(value)
        )
    try:
        os.fsencode(value)
    except UnicodeError:
        return tr("“{name}”: the name holds characters no file name can.").format(name=shown(value))
    if not os.path.isabs(value):
        return tr("“{name}”: not a full path, so it is unclear which folder it is in.").format(
            name=shown(value)
        )
    return ""


def parse(payload: bytes) -> HandOver:
    """One request's paths and problems. A request of the wrong shape opens nothing; within a
    well-formed one, each file that cannot be named is left out with its reason."""

    def refused(why: str) -> HandOver:
        return HandOver(problems=(why,))

    try:
        data = json.loads(payload.decode("utf-8"))
    except UnicodeDecodeError:
        return refused(
            tr("A request from another launch of Timeline was refused: it is not UTF-8 text.")
        )
    except RecursionError:
        return refused(
            tr("A request from another launch of Timeline was refused: it nests too deeply.")
        )
    except ValueError:
        return refused(
            tr("A request from another launch of Timeline was refused: it is not valid JSON.")
        )
    if not isinstance(data, dict):
        return refused(
            tr(
                "A request from another launch of Timeline was refused: it is {kind}, not an"
                " object."
            ).format(kind=_kind(data))
        )
    unknown = sorted(k for k in data if k != "open")
    if unknown:
        names = ", ".join(f"“{shown(k, 40)}”" for k in unknown[:3])
        return refused(
            tr(
                "A request from another launch of Timeline was refused: it has fields this"
                " version does not know: {names}."
            ).format(names=names)
        )
    files = data.get("open")
    if not isinstance(files, list):
        what = tr("missing") if "open" not in data else _kind(files)
        return refused(
            tr(
                "A request from another launch of Timeline was refused: its “open” is {what},"
                " not a list of files."
            ).format(what=what)
        )
    if len(files) > MAX_PATHS:
        return refused(
            tr.n(
                "A request from another launch of Timeline was refused: it names %n files; at"
                " most {limit} open at once.",
                len(files),
            ).format(limit=number(MAX_PATHS))
        )
    paths: list[str] = []
    problems: list[str] = []
    for n, value in enumerate(files, 1):
        problem = _path_problem(value, n)
        if problem:
            problems.append(problem)
        else:
            paths.append(value)
    return HandOver(tuple(paths), tuple(problems))


@dataclass
class FrameReader:
    """Cuts a byte stream into frames, however the bytes arrive; never holds more than one
    frame of at most ``limit`` bytes."""

    limit: int = MAX_MESSAGE_BYTES
    buffer: bytearray = field(default_factory=bytearray)
    expected: int | None = None  # the length of the frame being read, once its header is in
    broken: str = ""  # why the stream cannot go on (a frame over the limit)

    @property
    def pending(self) -> bool:
        """Part of a frame has arrived, not all of it."""
        return bool(self.buffer) or self.expected is not None

    def progress(self) -> str:
        if self.expected is None:
            return tr("{received} of the 4 bytes of its length").format(received=len(self.buffer))
        return tr("{received} of its {size} bytes").format(
            received=number(len(self.buffer)), size=number(self.expected)
        )

    def feed(self, data: bytes) -> list[bytes]:
        """The frames completed by ``data``. A frame over the limit sets ``broken`` and ends
        the stream: its bytes are never read."""
        if self.broken:
            return []
        self.buffer += data
        frames: list[bytes] = []
        while True:
            if self.expected is None:
                if len(self.buffer) < HEADER.size:
                    return frames
                (self.expected,) = HEADER.unpack_from(self.buffer)
                del self.buffer[: HEADER.size]
                if self.expected > self.limit:
                    self.broken = tr(
                        "A request from another launch of Timeline was refused: it is {size}"
                        " bytes long; at most {limit} are read."
                    ).format(size=number(self.expected), limit=number(self.limit))
                    self.buffer.clear()
                    return frames
            if len(self.buffer) < self.expected:
                return frames
            frames.append(bytes(self.buffer[: self.expected]))
            del self.buffer[: self.expected]
            self.expected = None


# --- the two ends -----------------------------------------------------------------------------


def hand_over(paths: list[str]) -> bool:
    """Give ``paths`` to a running copy; True if one took them (this copy may then exit)."""
    frame = encode(paths)
    if len(frame) - HEADER.size > MAX_MESSAGE_BYTES:
        return False  # too much for one request: this copy opens them itself
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(frame)
    # Wait until every byte has gone: exiting with some unwritten would cut the request off.
    while socket.bytesToWrite() > 0:
        if not socket.waitForBytesWritten(WRITE_MS):
            socket.abort()
            return False
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_MS)
    return True


class _Connection:
    """One later launch talking to this copy: its socket, the frame being read, a deadline."""

    def __init__(self, socket: QLocalSocket, timeout_ms: int) -> None:
        self.socket = socket
        self.reader = FrameReader()
        self.closed = False
        self.timer = QTimer(socket)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)


class InstanceServer(QObject):
    """Listens for later launches; emits ``handedOver`` once with a ``HandOver`` for every
    request, whole or broken (a request without files: come to the front)."""

    handedOver = Signal(object)

    def __init__(self, parent: QObject | None = None, timeout_ms: int = MESSAGE_TIMEOUT_MS) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self.bytes_read = 0  # over all connections: how far the server has got, for tests
        self._connections: list[_Connection] = []
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        name = server_name()
        if self.server.listen(name):
            return True
        # A copy that crashed may have left its socket behind.
        QLocalServer.removeServer(name)
        return self.server.listen(name)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if len(self._connections) >= MAX_CONNECTIONS:
                log.warning("Hand-over refused: %d connections are open", len(self._connections))
                socket.abort()
                socket.deleteLater()
                continue
            conn = _Connection(socket, self.timeout_ms)
            self._connections.append(conn)
            socket.readyRead.connect(lambda c=conn: self._read(c))
            socket.disconnected.connect(lambda c=conn: self._disconnected(c))
            conn.timer.timeout.connect(lambda c=conn: self._timed_out(c))
            self._read(conn)  # bytes that came with the connection

    def _read(self, conn: _Connection) -> None:
        if conn.closed:
            return
        data = bytes(conn.socket.readAll().data())
        self.bytes_read += len(data)
        for frame in conn.reader.feed(data):
            self.handedOver.emit(parse(frame))
        if conn.reader.broken:
            self.handedOver.emit(HandOver(problems=(conn.reader.broken,)))
            self._close(conn)
        elif conn.reader.pending:
            if not conn.timer.isActive():
                conn.timer.start()  # from a request's first byte: a deadline for all of it
        else:
            conn.timer.stop()

    def _timed_out(self, conn: _Connection) -> None:
        if conn.closed:
            return
        self._read(conn)
        if conn.closed or not conn.reader.pending:
            return
        self._cut_off(
            conn,
            tr(
                "A request from another launch of Timeline was lost: it stopped after {part}."
            ).format(part=conn.reader.progress()),
        )
        self._close(conn)

    def _disconnected(self, conn: _Connection) -> None:
        if conn.closed:
            return
        self._read(conn)  # what arrived just before the peer left
        if not conn.closed and conn.reader.pending:
            self._cut_off(
                conn,
                tr(
                    "A request from another launch of Timeline was lost: it was cut off after"
                    " {part}."
                ).format(part=conn.reader.progress()),
            )
        self._close(conn)

    def _cut_off(self, conn: _Connection, why: str) -> None:
        self.handedOver.emit(HandOver(problems=(why,)))

    def _close(self, conn: _Connection) -> None:
        conn.closed = True
        conn.timer.stop()
        if conn in self._connections:
            self._connections.remove(conn)
        conn.socket.abort()
        conn.socket.deleteLater()
