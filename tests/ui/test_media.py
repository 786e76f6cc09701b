"""An event's media where a teacher sees them: pictures from beside the file or from the file
itself in the detail pane and the handout; web addresses as links, never fetched."""

from __future__ import annotations

import base64
import json
import os
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from timeline_app.formats import load_timeline
from timeline_app.model.timeline import Media
from timeline_app.render.media import local_media_path, media_image
from timeline_app.ui.main_window import MainWindow


def _png(width: int, height: int, color: str) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


@pytest.fixture
def media_file(tmp_path: Path, qapp: object) -> Path:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "square.png").write_bytes(_png(800, 400, "#4477AA"))
    embedded = "data:image/png;base64," + base64.b64encode(_png(20, 10, "#EE6677")).decode()
    doc = {
        "format": "timeline-app",
        "version": 1,
        "events": [
            {
                "id": "w",
                "title": "Warsaw speech",
                "start": "2017-07-06",
                "media": [
                    {
                        "url": "images/square.png",
                        "caption": "Krasiński Square",
                        "credit": "Example Agency",
                        "alt": "A crowd",
                    },
                    {"url": "https://example.org/film.mp4", "caption": "The speech"},
                    {"url": embedded, "caption": "Embedded"},
                    {"url": "images/missing.png"},
                ],
            }
        ],
    }
    path = tmp_path / "lesson.timeline.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_the_detail_pane_shows_pictures_and_links(media_file: Path, qtbot: QtBot) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    assert w.open_path(str(media_file), wait=True)
    w._on_selection("w")
    pane = w.detail
    assert sorted(pane.browser.images) == [0, 2]  # the file beside it and the embedded one
    assert pane.browser.images[0].width() <= 480  # scaled to the pane, not 800 px wide
    text = pane.browser.toPlainText()
    assert "Krasiński Square — © Example Agency" in text
    assert "Video: https://example.org/film.mp4" in text
    assert "images/missing.png (not found beside the timeline file)" in text
    html = pane.browser.toHtml()
    assert "media:0" in html and "https://example.org/film.mp4" in html
    # The document really holds the picture (what the pane draws).
    doc = pane.browser.document()
    image = doc.resource(doc.ResourceType.ImageResource.value, "media:0")
    assert isinstance(image, QImage) and not image.isNull()


def test_pictures_are_read_only_from_beside_the_timeline(tmp_path: Path, qapp: object) -> None:
    timeline = str(tmp_path / "t.timeline.json")
    assert local_media_path(Media("https://example.org/a.png"), timeline) is None
    assert local_media_path(Media("/etc/hosts"), timeline) is None
    assert local_media_path(Media("a.png"), timeline) == str(tmp_path / "a.png")
    (tmp_path / "not-a-picture.png").write_bytes(b"hello")
    assert media_image(Media("not-a-picture.png"), timeline, 300) is None
    assert media_image(Media("nothing-here.png"), timeline, 300) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.timeout(20)
def test_a_fifo_named_as_a_picture_never_blocks(tmp_path: Path, qapp: object) -> None:
    os.mkfifo(tmp_path / "pipe.png")
    assert media_image(Media("pipe.png"), str(tmp_path / "t.timeline.json"), 300) is None


def test_the_handout_carries_the_pictures(media_file: Path, tmp_path: Path, qapp: object) -> None:
    from pypdf import PdfReader

    from timeline_app.render.export import ExportOptions, export_file

    timeline = load_timeline(media_file)
    out = tmp_path / "handout.pdf"
    t0, t1 = timeline.extent()
    export_file(timeline, out, t0 - 86_400, t1 + 86_400, ExportOptions(handout=True, page="A4"))
    reader = PdfReader(str(out))

    def pictures(page: object) -> int:
        xobjects = page["/Resources"].get("/XObject", {})  # type: ignore[index]
        return sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")

    # The picture beside the file and the embedded one, on the cards after the timeline.
    assert sum(pictures(page) for page in reader.pages[1:]) >= 2
    # (NFKC: the PDF's text may carry ligatures such as "ﬁ" and tabs between words.)
    text = " ".join(
        unicodedata.normalize("NFKC", "".join(p.extract_text() for p in reader.pages)).split()
    )
    assert "Krasiński Square" in text and "https://example.org/film.mp4" in text


def test_a_presentation_card_shows_the_picture_and_its_caption(
    media_file: Path, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt

    from timeline_app.ui.presentation import PresentationWindow

    w = PresentationWindow(load_timeline(media_file))
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)
    qtbot.keyClick(w, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: "Warsaw speech" in w.card.text())
    assert sorted(w.card.images) == [0]  # the first picture; the card's quotes need room
    text = w.card.text()
    assert "Krasiński Square — © Example Agency" in text
    assert "https://example.org/film.mp4" in text
    assert "missing.png" not in text  # no word on the projector about a missing picture
    assert not w.card.clipped
    if os.environ.get("TIMELINE_APP_SHOTS"):
        w.grab().save(os.path.join(os.environ["TIMELINE_APP_SHOTS"], "card-media.png"))
