"""Right to left text on an SVG page: drawn as the outlines of the glyphs Qt shaped and ordered.

QSvgGenerator writes each run of a string as its own ``<text>`` element, with its characters
in the order they are stored, at the place Qt gave the run, and every viewer (a browser,
rsvg, Inkscape) lays each run out again, from left to right: a bracket, a comma, a number or
the '…' at either end of a right to left run then faces or sits the wrong way. So on an SVG
device a string with right to left letters is drawn as the outline of what Qt laid out, the
picture the window, the PNG and the PDF show; unless it is right to left words only (letters
and marks with spaces between them), which every viewer lays out as Qt does, and which stay
text like all other strings (searchable, and some 60 times smaller than their outlines).
"""

from __future__ import annotations

from unicodedata import bidirectional

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QPaintEngine, QPainter, QPainterPath

from timeline_app.render.shaping import has_rtl, needs_shaping

# Bidi classes of right to left letters and of the marks over them: a run of these, with
# spaces between, reads right to left in any paragraph.
_RIGHT_TO_LEFT = frozenset({"R", "AL", "NSM"})


def laid_out_alike(text: str) -> bool:
    """Whether an SVG viewer, laying ``text`` out again on its own, shows what Qt drew: text
    without right to left letters, whose runs each read left to right, or right to left words
    alone. A number, a bracket or a Latin word among right to left ones would move."""
    if not has_rtl(text):
        return True
    if text[0].isspace() or text[-1].isspace() or bidirectional(text[0]) == "NSM":
        return False
    return all(c == " " or bidirectional(c) in _RIGHT_TO_LEFT for c in text)


def as_outlines(painter: QPainter) -> bool:
    """Whether ``painter`` draws on an SVG, where some text is drawn as outlines."""
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
    SVG device (``outlines``, found from the painter when not given) text that a viewer would
    lay out otherwise is filled as its glyphs' outlines where ``drawText`` would put it."""
    if (
        not needs_shaping(text)  # cached: the usual answer, and no other test is needed
        or not (as_outlines(painter) if outlines is None else outlines)
        or laid_out_alike(text)
    ):
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
