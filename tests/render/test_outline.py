"""SVG exports of right to left and shaped text: what a viewer shows is what the PNG shows.

An SVG viewer lays every <text> out again on its own, run by run, from left to right; so the
labels that need shaping are drawn as outlines, and the rest stay text."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from timeline_app.formats import load_timeline
from timeline_app.model import Timeline
from timeline_app.render import export as ex
from timeline_app.render.outline import draw_text, laid_out_alike
from timeline_app.render.painter import shaped_fonts_for
from timeline_app.render.shaping import has_rtl
from timeline_app.render.theme import LIGHT
from timeline_app.view.scene import Rect

RTL_FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "rtl" / "rtl-history.json"
SVG = "{http://www.w3.org/2000/svg}"
# Titles a viewer's own layout gets wrong: a bracket and a comma at the end of a right to
# left run, and a title long enough to be shortened with '…' at the end of its reading.
TITLES = {
    "hattin-1187": "معركة حطين (1187)",
    "suez-1869": "افتتاح قناة السويس، 17 نوفمبر 1869",
    "constantinople-1453": "فتح القسطنطينية على يد السلطان محمد الفاتح وبعدها الكثير من الكلام",
    "independence-1948": "הכרזת העצמאות (1948)",
}
W, H = 1000, 500


@pytest.fixture
def timeline(qapp: object, tmp_path: Path) -> Timeline:
    data = json.loads(RTL_FIXTURE.read_text(encoding="utf-8"))
    for event in data["events"]:
        event["title"] = TITLES.get(event["id"], event["title"])
    path = tmp_path / "rtl-mixed.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return load_timeline(path)


def _exports(timeline: Timeline) -> tuple[bytes, QImage, list[tuple[str, Rect]]]:
    """The SVG and the PNG image of the whole timeline, and each label's box on the page."""
    options = ex.ExportOptions(width=W, height=H)
    t0, t1 = ex.whole_range(timeline, W)
    svg = ex.svg_bytes(timeline, t0, t1, options)
    png = ex.render_image(timeline, t0, t1, options)
    page = ex.make_page(timeline, t0, t1, W, H, options, ex.image_margin(options))
    boxes = [
        (m.label, Rect(m.label_rect.x + page.origin_x, m.label_rect.y + page.origin_y,
                       m.label_rect.w, m.label_rect.h))
        for m in page.scene.marks
        if m.label
    ]  # fmt: skip
    return svg, png, boxes


def _gray(image: QImage, x: int, y: int) -> float:
    """Lightness 0..1 of a pixel over white."""
    c = image.pixelColor(x, y)
    a = c.alphaF()
    return (c.red() + c.green() + c.blue()) / 765 * a + (1 - a)


def _difference(a: QImage, b: QImage, box: Rect, block: int = 3) -> float:
    """The mean difference in lightness of ``a`` and ``b`` over ``box``, in blocks of
    ``block`` px: antialiasing may differ between renderers, a misplaced glyph may not."""
    x0, y0 = int(box.x), int(box.y)
    x1, y1 = int(box.x + box.w) + 1, int(box.y + box.h) + 1
    total, count = 0.0, 0
    for by in range(y0, y1, block):
        for bx in range(x0, x1, block):
            cells = [
                (x, y)
                for y in range(by, min(by + block, y1))
                for x in range(bx, min(bx + block, x1))
            ]
            da = sum(_gray(a, x, y) for x, y in cells)
            db = sum(_gray(b, x, y) for x, y in cells)
            total += abs(da - db) / len(cells)
            count += 1
    return total / count


def test_svg_keeps_no_right_to_left_text_for_a_viewer_to_lay_out_again(timeline: Timeline) -> None:
    svg, _png, boxes = _exports(timeline)
    root = ET.fromstring(svg)
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    # Qt writes each run of a string as its own <text> in stored order, which the viewer lays
    # out again: no right to left run with a number, a bracket, a comma or '…' is left.
    assert all(laid_out_alike(t) for t in texts)
    assert not [t for t in texts if has_rtl(t) and re.search(r"[0-9()،…]", t)]
    # Right to left words alone stay text (searchable), as does text with no such letters.
    assert "معركة عين جالوت" in texts and "פתיחת האוניברסיטה העברית" in texts
    assert "Sykes–Picot Agreement" in texts and "Diplomacy" in texts
    # The titles a viewer would turn are drawn, as outlines.
    outlined = [label for label, _box in boxes if not laid_out_alike(label)]
    assert len(outlined) >= 4 and any(label.endswith("…") for label in outlined)
    assert len(root.findall(f".//{SVG}path")) >= len(outlined)


def _rendered_by_rsvg(svg: bytes, tmp_path: Path) -> QImage:
    rsvg = shutil.which("rsvg-convert")
    if rsvg is None:
        pytest.skip("rsvg-convert (librsvg2-bin) is not installed")
    (tmp_path / "t.svg").write_bytes(svg)
    subprocess.run([rsvg, str(tmp_path / "t.svg"), "-o", str(tmp_path / "t.png")], check=True)
    return QImage(str(tmp_path / "t.png")).convertToFormat(
        QImage.Format.Format_ARGB32_Premultiplied
    )


def test_svg_labels_look_as_in_the_png_export(timeline: Timeline, tmp_path: Path) -> None:
    # librsvg, the SVG renderer of GNOME, lays each <text> out again as browsers do.
    svg, png, boxes = _exports(timeline)
    shown = _rendered_by_rsvg(svg, tmp_path)
    # rsvg rounds the page's size in millimetres up to whole pixels: a row more at most.
    assert shown.width() == png.width() and 0 <= shown.height() - png.height() <= 1
    far = {
        label: round(diff, 3)
        for label, box in boxes
        if (diff := _difference(png, shown, box)) > 0.03
    }
    # A bracket, comma or '…' moved to the other end of its label differs by 0.045 or more;
    # the same glyphs rendered by another rasteriser by about 0.015.
    assert not far, far


def test_outline_is_where_the_text_would_be(qapp: object) -> None:
    font = shaped_fonts_for(LIGHT)["label"]
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for text in (TITLES["hattin-1187"], TITLES["independence-1948"], "Battle of עין ג'לוד"):
        for at in (QPointF(20.3, 25), QRectF(20, 3, 400, 30)):
            inks = []
            for outlines in (False, True):
                image = QImage(440, 40, QImage.Format.Format_RGB32)
                image.fill(QColor("white"))
                p = QPainter(image)
                p.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
                p.setRenderHint(QPainter.RenderHint.Antialiasing)
                p.setFont(font)
                p.setPen(QColor("black"))
                draw_text(p, at, text, flags, outlines=outlines)
                p.end()
                dark = [
                    (x, y)
                    for y in range(image.height())
                    for x in range(image.width())
                    if image.pixelColor(x, y).red() < 128
                ]
                xs, ys = [x for x, _ in dark], [y for _, y in dark]
                inks.append((min(xs), max(xs), min(ys), max(ys)))
            assert all(abs(a - b) <= 1 for a, b in zip(*inks, strict=True)), (text, at, inks)


@pytest.mark.parametrize(
    ("text", "alike"),
    [
        ("Balfour Declaration", True),
        ("स्वतंत्रता दिवस", True),  # left to right runs: placed by Qt, each read alike
        ("معركة عين جالوت", True),
        ("פתיחת האוניברסיטה העברית", True),
        ("معركة حطين (1187)", False),  # the bracket and the number would move
        ("افتتاح قناة السويس، 17 نوفمبر", False),
        ("فتح القسطنطينية…", False),
        ("Battle of עין ג'לוד", False),
        (" معركة", False),
        ("\u064bمعركة", False),  # a mark with no letter before it
    ],
)
def test_which_text_a_viewer_lays_out_alike(text: str, alike: bool) -> None:
    assert laid_out_alike(text) is alike
