"""An event's pictures, for the detail pane and the handout: read from beside the timeline
file or from the file itself (a data: address), never from the network.

A web address is never fetched here: it is shown as a link. A local path is read only when
it names a regular file of a sensible size, relative to the timeline's folder; an absolute
path or one that is not a file is not read (a timeline from a colleague must not make the app
read whatever lies elsewhere on the machine).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QImage, QImageReader, QTextDocument

from timeline_app.fsutil import read_regular_file
from timeline_app.model.timeline import Event, Media

MAX_IMAGE_BYTES = 32 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # decoded size limit: a small file can hold a huge picture


def local_media_path(media: Media, timeline_path: str) -> str | None:
    """The file a relative media address names, next to ``timeline_path``; None for web and
    data addresses, absolute paths and addresses with a scheme."""
    url = media.url.strip()
    if not url or media.is_web or ":" in url.split("/", 1)[0] or not timeline_path:
        return None
    if os.path.isabs(url) or url.startswith(("\\", "~")):
        return None
    base = os.path.dirname(os.path.abspath(timeline_path))
    return os.path.normpath(os.path.join(base, url.replace("\\", "/")))


def _read_regular(path: str, limit: int) -> bytes | None:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes (the one
    reading guard: never blocks on a pipe or device), else None."""
    try:
        return read_regular_file(path, limit)
    except OSError:
        return None


def download_folder(timeline_path: str) -> str:
    """Where File › Download Images… puts the pictures of a timeline: a folder beside it."""
    stem = os.path.basename(timeline_path).split(".")[0] or "timeline"
    return os.path.join(os.path.dirname(os.path.abspath(timeline_path)), f"{stem} images")


def downloaded_name(url: str) -> str:
    """The file name a web picture is kept under: stable for its address, never a path."""
    digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    ext = os.path.splitext(url.split("?", 1)[0].split("#", 1)[0])[1].lower()
    return digest + (ext if ext in _IMAGE_EXTENSIONS else ".img")


_IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff")


def downloaded_path(media: Media, timeline_path: str) -> str | None:
    """The copy of a web picture fetched by File › Download Images…, if there is one."""
    if not media.is_web or not timeline_path:
        return None
    path = os.path.join(download_folder(timeline_path), downloaded_name(media.url.strip()))
    return path if os.path.isfile(path) else None


def media_bytes(media: Media, timeline_path: str) -> bytes | None:
    """The picture's encoded bytes, from a data:image address, a file beside the timeline or
    the copy of a web picture that the user asked to download (the web is never asked)."""
    url = media.url.strip()
    if media.is_web:
        copy = downloaded_path(media, timeline_path)
        return None if copy is None else _read_regular(copy, MAX_IMAGE_BYTES)
    if url.lower().startswith("data:image/"):
        head, _, payload = url.partition(",")
        if not head.lower().endswith(";base64") or len(payload) > MAX_IMAGE_BYTES * 4 // 3 + 4:
            return None
        try:
            return base64.b64decode(payload, validate=False)
        except (binascii.Error, ValueError):
            return None
    path = local_media_path(media, timeline_path)
    return None if path is None else _read_regular(path, MAX_IMAGE_BYTES)


def media_image(media: Media, timeline_path: str, max_width: int) -> QImage | None:
    """The picture, at most ``max_width`` pixels wide, or None where there is none to show."""
    if media.resolved_kind != "image":
        return None
    data = media_bytes(media, timeline_path)
    if not data:
        return None
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_IMAGE_PIXELS:
        return None
    if size.width() > max_width > 0:
        reader.setScaledSize(size.scaled(max_width, 10**6, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


def event_images(event: Event, timeline_path: str, max_width: int) -> dict[int, QImage]:
    """The event's pictures that can be shown, by their place in ``event.media``."""
    found = {}
    for k, media in enumerate(event.media):
        image = media_image(media, timeline_path, max_width)
        if image is not None:
            found[k] = image
    return found


def add_images(doc: QTextDocument, images: dict[int, QImage]) -> None:
    """Hand the pictures to a document whose HTML names them media:N (see render.html)."""
    for k, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"media:{k}"), image)
