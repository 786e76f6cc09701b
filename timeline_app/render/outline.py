"""Shaped text on an SVG page: drawn as the outlines of the glyphs Qt shaped and ordered.

QSvgGenerator writes each run of a string as its own ``<text>`` element, with its characters
in the order they are stored, and every viewer (a browser, rsvg, Inkscape) lays each run out
again, from left to right: a bracket, a comma or the '…' at the end of a right to left run
then faces or sits the wrong way, and the runs of mixed text trade places. So on an SVG
device a string that needs shaping (``shaping.needs_shaping``: Arabic, Hebrew, Indic...) is
drawn as the outline of what Qt laid out, which is the picture the window, the PNG and the
PDF show; text that needs no shaping stays text, as do all strings on every other device.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QPaintEngine, QPainter, QPainterPath

from timeline_app.render.shaping import needs_shaping


def as_outlines(painter: QPainter) -> bool:
    """Whether shaped text must be drawn as outlines on ``painter``'s device (an SVG)."""
    engine = painter.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.SVG


def draw_text(
    painter: QPainter,
    at: QPointF | QRectF,
    text: str,
    flags: int = 0,
    *,
    outlines: bool | None = None,
) -> None:
    """``painter.drawText`` at a baseline point, or in a box with alignment ``flags``; on an
    SVG device (``outlines``, found from the painter when not given) text that needs shaping
    is filled as its glyphs' outlines at the place ``drawText`` would put it."""
    if not needs_shaping(text) or not (as_outlines(painter) if outlines is None else outlines):
        if isinstance(at, QRectF):
            painter.drawText(at, flags, text)
        else:
            painter.drawText(at, text)
        return
    font = painter.font()
    if isinstance(at, QRectF):
        # Where drawText in this box puts the line: the same layout code finds it.
        box = painter.boundingRect(at, flags, text)
        at = QPointF(box.left(), box.top() + QFontMetricsF(font, painter.device()).ascent())
    path = QPainterPath()
    # Laid out by QTextLayout in the painter's direction, each run shaped and placed in its
    # visual order from ``at``, as drawText does.
    path.addText(at, font, text)
    painter.fillPath(path, painter.pen().brush())
