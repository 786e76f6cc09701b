"""File › Download Images…: web pictures fetched once, on request, into a folder beside the
timeline, against a server on 127.0.0.1; never anything without the request."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from timeline_app.ui.main_window import MainWindow


def _png(color: str) -> bytes:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


class _Server(http.server.ThreadingHTTPServer):
    requests: list[str]


@pytest.fixture
def server(qapp: object) -> Iterator[tuple[str, _Server]]:
    pictures = {"/a.png": _png("#4477AA"), "/b.jpg": _png("#EE6677")}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.server.requests.append(self.path)  # type: ignore[attr-defined]
            if self.path in pictures:
                body, kind = pictures[self.path], "image/png"
            elif self.path == "/page.png":
                body, kind = b"<html>not a picture</html>", "text/html"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    srv = _Server(("127.0.0.1", 0), Handler)
    srv.requests = []
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}", srv
    finally:
        srv.shutdown()
        srv.server_close()


def test_pictures_are_fetched_only_when_asked_and_then_shown(
    server: tuple[str, _Server], tmp_path: Path, qtbot: QtBot
) -> None:
    base, srv = server
    doc = {
        "format": "timeline-app",
        "version": 1,
        "events": [
            {
                "id": "a",
                "title": "A",
                "start": "2017-05-10",
                "media": [{"url": f"{base}/a.png", "caption": "Blue"}],
            },
            {
                "id": "b",
                "title": "B",
                "start": "2017-07-07",
                "media": [
                    {"url": f"{base}/b.jpg"},
                    {"url": f"{base}/missing.png"},
                    {"url": f"{base}/page.png"},
                    {"url": f"{base}/a.png"},
                ],
            },
        ],
    }
    path = tmp_path / "lesson.timeline.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    assert w.open_path(str(path), wait=True)
    w._on_selection("a")
    assert srv.requests == []  # opening and showing fetch nothing
    assert w.detail.browser.images == {}
    run = w.download_images()
    assert run is not None and len(run.urls) == 4  # a.png once
    qtbot.waitUntil(lambda: w.download is None, timeout=15000)
    saved, failed = w.last_download
    assert saved == 2
    assert sorted(why for _url, why in failed) == [
        "the address gives text/html, not a picture",
        "the server answered 404 Not Found",
    ]
    folder = tmp_path / "lesson images"
    assert len(list(folder.iterdir())) == 2
    assert sorted(w.detail.browser.images) == [0]  # the blue picture now shows
    assert "2 of 4 pictures" in w.statusBar().currentMessage()
    assert w.download_report.detailedText().count(base) == 2
    # Once is enough: a second run asks only for what is still missing.
    srv.requests.clear()
    w.download_report.close()
    w.download_images()
    qtbot.waitUntil(lambda: w.download is None, timeout=15000)
    assert sorted(srv.requests) == ["/missing.png", "/page.png"]


def test_a_timeline_without_web_pictures_fetches_nothing(window: MainWindow, qtbot: QtBot) -> None:
    assert window.download_images() is None
    assert "no pictures on the web" in window.statusBar().currentMessage()


def test_cancel_stops_the_download(tmp_path: Path, qtbot: QtBot, qapp: object) -> None:
    import time

    class Slow(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            time.sleep(0.3)
            body = _png("#228833")
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{srv.server_address[1]}"
        media = [{"url": f"{base}/{k}.png"} for k in range(20)]
        doc = {
            "format": "timeline-app",
            "version": 1,
            "events": [{"id": "a", "title": "A", "start": "2017", "media": media}],
        }
        path = tmp_path / "slow.timeline.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        w = MainWindow()
        qtbot.addWidget(w)
        assert w.open_path(str(path), wait=True)
        run = w.download_images()
        assert run is not None
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog, QPushButton

        progress = w.findChild(QProgressDialog, "downloadProgress")
        qtbot.waitUntil(lambda: progress.value() >= 1, timeout=10000)
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.download is None, timeout=10000)
        saved, _failed = w.last_download
        assert 1 <= saved < 20
        assert "(stopped)" in w.statusBar().currentMessage()
    finally:
        srv.shutdown()
        srv.server_close()
