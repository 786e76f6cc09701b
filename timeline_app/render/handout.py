"""The handout's pages: event cards packed in two columns, never split, and a running line
with the title and "page n of m" at the foot of every page.

Cards are rich text (render/html.py) laid out by QTextDocument, each measured once per
width it is tried at; nothing here knows about timelines or files.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTextDocument

from timeline_app.render.media import add_images

# Body text of 13 px is 9.75 pt on paper, the size of the timeline's own labels and of the
# two-column journals; the running line is smaller and grey.
CARD_PX = 13
RUNNING_PX = 11
# Between the two columns, and between the cards and the running line.
GUTTER = 20.0
RUNNING_GAP = 8.0
# A card on paper wastes less than in the detail pane: headings without a gap above,
# paragraphs and the bars of the quotes closer together. (The quotes' own inline margins,
# shared with the pane, stay.)
CARD_CSS = (
    "h2 { margin-top: 0px; font-size: large; }"
    " h3 { margin-top: 6px; font-size: medium; }"
    " p { margin-top: 4px; margin-bottom: 4px; }"
    " td { padding: 2px; }"
)


def paper_font(px: int) -> QFont:
    """The handout's font at ``px`` pixels, without ligatures: a student who copies or
    searches a quote in the PDF must get its letters ("fi", not the single character "ﬁ")."""
    font = QTextDocument().defaultFont()
    font.setPixelSize(px)
    for feature in ("liga", "clig", "dlig", "hlig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


@dataclass(frozen=True, slots=True)
class Placed:
    """The part [top, top + height) of a card's document, drawn at (x, y) of a page."""

    doc: QTextDocument
    x: float
    y: float
    top: float
    height: float

    def draw(self, painter: QPainter) -> None:
        painter.save()
        painter.translate(self.x, self.y - self.top)
        self.doc.drawContents(painter, QRectF(0, self.top, self.doc.textWidth(), self.height))
        painter.restore()


def column_width(width: float) -> float:
    """The width of each of the two columns of a page ``width`` wide."""
    return (width - GUTTER) / 2


def _card(html: str, images: dict[int, QImage], font: QFont, width: float) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(CARD_CSS)
    doc.setDocumentMargin(0)
    add_images(doc, images)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def pack_cards(
    pieces: list[tuple[str, dict[int, QImage]]], font: QFont, width: float, height: float
) -> list[list[Placed]]:
    """Cards (and the sources) in order down two columns of pages ``width`` × ``height``.

    A card goes in a column when it fits one (no picture or unbroken line wider than the
    column, and no taller than the page); else across the page, below both columns, and
    the columns begin again under it. A card that does not fit in what is left of a column
    goes to the next column or page, so none is split (a page that opens with the end of
    somebody's citation helps nobody); only a card taller than a page starts a page and
    runs over as many as it needs, its lines kept whole. Cards keep their order: down the
    first column, then the second. Each card is laid out at most twice (a column, the
    page's width), so 400 cards take well under a second."""
    column = column_width(width)
    pages: list[list[Placed]] = [[]]
    band = 0.0  # where the columns of this part of the page begin
    bottoms = [0.0, 0.0]  # how far down each column is filled
    col = 0

    def new_page() -> None:
        nonlocal band, col
        pages.append([])
        band, col = 0.0, 0
        bottoms[:] = [0.0, 0.0]

    for html, images in pieces:
        doc = _card(html, images, font, column)
        h = doc.size().height()
        if doc.idealWidth() <= column + 0.5 and h <= height:
            if bottoms[col] + h > height and col == 0:
                col = 1
            if bottoms[col] + h > height:
                new_page()
            pages[-1].append(Placed(doc, col * (column + GUTTER), bottoms[col], 0.0, h))
            bottoms[col] += h
            continue
        # Across the page, under both columns.
        doc.setTextWidth(width)
        h = doc.size().height()
        y = max(bottoms)
        if h <= height:
            if y > 0 and y + h > height:
                new_page()
                y = 0.0
            pages[-1].append(Placed(doc, 0.0, y, 0.0, h))
            band = y + h
        else:
            if y > 0:
                new_page()
            doc.setPageSize(QSizeF(width, height))  # Qt moves a line that would be cut
            n = doc.pageCount()
            for k in range(n):
                if k:
                    new_page()
                pages[-1].append(Placed(doc, 0.0, 0.0, k * height, height))
            last = doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom()
            band = last - (n - 1) * height
        bottoms[:] = [band, band]
        col = 0
    return pages


def running_height(font: QFont) -> float:
    """The room the running line takes at the foot of a page."""
    return QFontMetricsF(font).height() + RUNNING_GAP


def draw_running_line(
    painter: QPainter, font: QFont, color: str, width: float, bottom: float, title: str, page: str
) -> None:
    """The title on the left and ``page`` ("page 2 of 5") on the right, in one line whose
    foot is at ``bottom``, a hairline above it. The title is elided to leave the number."""
    metrics = QFontMetricsF(font)
    line_h = metrics.height()
    top = bottom - line_h
    painter.save()
    pen = painter.pen()
    pen.setColor(QColor(color))
    pen.setWidthF(0.5)
    painter.setPen(pen)
    painter.setFont(font)
    rule = top - RUNNING_GAP / 2
    painter.drawLine(QPointF(0, rule), QPointF(width, rule))
    room = max(0.0, width - metrics.horizontalAdvance(page) - 2 * GUTTER)
    shown = metrics.elidedText(title[:500], Qt.TextElideMode.ElideRight, room)
    painter.drawText(QRectF(0, top, width, line_h), Qt.AlignmentFlag.AlignLeft, shown)
    painter.drawText(QRectF(0, top, width, line_h), Qt.AlignmentFlag.AlignRight, page)
    painter.restore()
