"""File › Download Images…: the web pictures of a timeline, fetched once, when the user asks,
into a folder beside the timeline file, with progress and Cancel.

Nothing is fetched otherwise: a timeline shown in a school network must not call out on its
own. Only http and https addresses are asked for, each answer must be a picture (by its type
and its first bytes) of at most ``MAX_IMAGE_BYTES``, and every file is written whole or not
at all. The timeline file itself is not changed: the pictures are found by their address.
"""

from __future__ import annotations

import os
import threading
import urllib.error
import urllib.request
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from timeline_app import __version__
from timeline_app.formats.summary import web_images
from timeline_app.fsutil import atomic_write_bytes, describe_os_error
from timeline_app.i18n import context
from timeline_app.model.timeline import Timeline
from timeline_app.render.media import (
    MAX_IMAGE_BYTES,
    download_folder,
    downloaded_name,
)
from timeline_app.ui.polled import PolledWork, Report

tr = context("Downloads")

TIMEOUT_S = 20
_CHUNK = 64 * 1024
_SIGNATURES = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
)


def looks_like_picture(data: bytes) -> bool:
    head = data[:512].lstrip()
    if data.startswith(_SIGNATURES):
        return True
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return True
    return head.startswith((b"<svg", b"<?xml")) and b"<svg" in data[:4096]


def fetch(url: str, cancelled: Callable[[], bool]) -> bytes:
    """The picture at ``url``; raises ValueError or OSError with a message for people."""
    if not url.lower().startswith(("http://", "https://")):
        raise ValueError(tr("only http:// and https:// addresses are fetched"))
    request = urllib.request.Request(
        url, headers={"User-Agent": f"timeline-app/{__version__}", "Accept": "image/*"}
    )
    with urllib.request.urlopen(request, timeout=TIMEOUT_S) as answer:
        kind = answer.headers.get_content_type()
        if not kind.startswith("image/"):
            raise ValueError(tr("the address gives {kind}, not a picture").format(kind=kind))
        too_large = tr("the picture is larger than {size} MB").format(size=MAX_IMAGE_BYTES // 2**20)
        length = answer.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > MAX_IMAGE_BYTES:
            raise ValueError(too_large)
        chunks: list[bytes] = []
        size = 0
        while chunk := answer.read(_CHUNK):
            if cancelled():
                raise InterruptedError
            size += len(chunk)
            if size > MAX_IMAGE_BYTES:
                raise ValueError(too_large)
            chunks.append(chunk)
    data = b"".join(chunks)
    if not looks_like_picture(data):
        raise ValueError(tr("what the address gives is not a picture"))
    return data


def _reason(err: BaseException) -> str:
    if isinstance(err, urllib.error.HTTPError):
        return tr("the server answered {code} {reason}").format(code=err.code, reason=err.reason)
    if isinstance(err, urllib.error.URLError):
        reason = err.reason
        return str(reason.strerror if isinstance(reason, OSError) and reason.strerror else reason)
    if isinstance(err, OSError):
        return describe_os_error(err)
    return str(err)


class _Worker:
    """The fetching, in the worker thread: no Qt call (see ui/polled.py)."""

    def __init__(self, urls: list[str], folder: str) -> None:
        self.urls = urls
        self.folder = folder
        self.cancel = threading.Event()

    def run(self, report: Report) -> tuple[int, list[tuple[str, str]]]:
        """How many were saved, and [(url, reason)] for those that failed; ``report`` is
        given (done, total) after each address."""
        saved = 0
        failed: list[tuple[str, str]] = []
        try:
            os.makedirs(self.folder, exist_ok=True)
        except OSError as err:
            return 0, [("", describe_os_error(err))]
        for k, url in enumerate(self.urls):
            if self.cancel.is_set():
                break
            target = os.path.join(self.folder, downloaded_name(url))
            if os.path.isfile(target):
                saved += 1  # fetched before: once is enough
            else:
                try:
                    atomic_write_bytes(target, fetch(url, self.cancel.is_set))
                    saved += 1
                except InterruptedError:
                    break
                except Exception as err:  # every failure is reported, none stops the rest
                    failed.append((url, _reason(err)))
            report((k + 1, len(self.urls)))
        return saved, failed


class ImageDownload(QObject):
    """One run of File › Download Images… in its own thread (ui/polled.py); ``done(saved,
    failed)`` comes in the GUI thread."""

    progressed = Signal(int, int)
    done = Signal(int, object)

    def __init__(self, timeline: Timeline, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.urls = web_images(timeline)
        self.folder = download_folder(timeline.path)
        self.cancelled = False
        self._worker = _Worker(self.urls, self.folder)
        self._work = PolledWork(self._worker.run, "imageDownload", self)
        self._work.progressed.connect(self._on_progress)
        self._work.finished.connect(self._on_finished)

    def start(self) -> None:
        self._work.start()

    def cancel(self) -> None:
        self.cancelled = True
        self._worker.cancel.set()

    def wait(self) -> None:
        self._work.wait()

    def _on_progress(self, value: object) -> None:
        if isinstance(value, tuple):
            self.progressed.emit(*value)

    def _on_finished(self, outcome: object, error: object) -> None:
        if error is not None:  # (run catches what it expects: this is a bug)
            self.done.emit(0, [("", str(error))])
            return
        assert isinstance(outcome, tuple)
        self.done.emit(*outcome)
