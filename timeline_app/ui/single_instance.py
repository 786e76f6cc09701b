"""One running copy per user: a second launch hands its file to the first and exits.

Double-clicking a second timeline file should open it in the window that is already there
(and bring that window to the front) rather than start another copy of the app.
"""

from __future__ import annotations

import getpass
import json
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 400


def server_name() -> str:
    override = os.environ.get("TIMELINE_APP_INSTANCE")
    if override:
        return override
    try:
        user = getpass.getuser()
    except Exception:
        user = "user"
    return f"timeline-app-{user}"


def hand_over(paths: list[str]) -> bool:
    """Give ``paths`` to a running copy; True if one took them (this copy may then exit)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(json.dumps({"open": [os.path.abspath(p) for p in paths]}).encode("utf-8"))
    ok = socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    """Listens for later launches; emits ``openRequested`` with each file, or '' to raise."""

    openRequested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
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
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        raw = bytes(socket.readAll().data())
        try:
            message = json.loads(raw.decode("utf-8"))
            paths = [p for p in message.get("open", []) if isinstance(p, str)]
        except (ValueError, AttributeError):
            return
        if not paths:
            self.openRequested.emit("")
        for path in paths:
            self.openRequested.emit(path)
