"""Exports: PNG, SVG and PDF (a page, a poster over several pages, a classroom handout).

Every format is drawn by ``render_page``, the same code that paints the window; nothing here
takes a screenshot. Files are produced in memory and written atomically, so a failed export
never touches an existing file. Needs a QGuiApplication (for fonts) but no widgets.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from timeline_app.formats.dates import DateError, parse_date
from timeline_app.fsutil import atomic_write_bytes, describe_os_error
from timeline_app.model.timeline import Timeline
from timeline_app.model.timepoint import Precision, format_seconds
from timeline_app.render.html import event_html, sources_html
from timeline_app.render.media import add_images, event_images
from timeline_app.render.painter import (
    NO_HIGHLIGHT,
    Highlight,
    QtTextMetrics,
    layout_style,
    render_page,
)
from timeline_app.render.theme import THEMES, Theme
from timeline_app.view import viewport as vpm
from timeline_app.view.compose import Page, PageOptions, compose, poster_tiles, sources_footer

MAX_PX = 16_384
MIN_PX = 16
FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
PAGE_SIZES = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "Letter": QPageSize.PageSizeId.Letter,
}
# name: (width px, height px, dpi)
PNG_PRESETS: dict[str, tuple[int, int, float]] = {
    "1920 × 1080 (Full HD)": (1920, 1080, 96),
    "3840 × 2160 (4K, sharp)": (3840, 2160, 192),
    "A4 landscape, 300 dpi": (3508, 2480, 300),
    "A3 landscape, 300 dpi": (4961, 3508, 300),
}
PDF_RESOLUTION = 1200
POSTER_OVERLAP_MM = 10.0

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportError(Exception):
    """An export that cannot be made; the message is one line for people."""


class ExportCancelled(ExportError):
    def __init__(self) -> None:
        super().__init__("the export was cancelled")


@dataclass(frozen=True)
class ExportOptions:
    width: int = 1920
    height: int = 1080
    dpi: float = 96.0
    theme: str = "light"
    title: str = ""
    legend: bool = True
    axis: bool = True
    footer: bool = True
    transparent: bool = False
    page: str = "A4"
    landscape: bool = True
    margin_mm: float = 10.0
    poster: bool = False
    poster_pages: int = 3
    handout: bool = False
    hidden: frozenset[str] = field(default_factory=frozenset)


def format_of(path: str | os.PathLike[str]) -> str:
    ext = Path(path).suffix.lower()
    if ext not in FORMATS:
        known = ", ".join(FORMATS)
        raise ExportError(
            f"unknown file type {ext or '(none)'!r} for {Path(path).name}; use {known}"
        )
    return FORMATS[ext]


def theme_of(options: ExportOptions) -> Theme:
    try:
        return THEMES[options.theme]
    except KeyError:
        raise ExportError(f"unknown theme {options.theme!r}; choose {', '.join(THEMES)}") from None


def check_options(options: ExportOptions, fmt: str) -> None:
    if fmt != "pdf":
        for name, value in (("width", options.width), ("height", options.height)):
            if not MIN_PX <= value <= MAX_PX:
                raise ExportError(f"{name} {value} px is out of range ({MIN_PX} to {MAX_PX:,} px)")
    if not 24 <= options.dpi <= 2400:
        raise ExportError(f"{options.dpi:g} dpi is out of range (24 to 2400)")
    if options.page not in PAGE_SIZES:
        raise ExportError(f"unknown page size {options.page!r}; use {', '.join(PAGE_SIZES)}")
    if not 0 <= options.margin_mm <= 50:
        raise ExportError(f"margin {options.margin_mm:g} mm is out of range (0 to 50 mm)")
    if not 1 <= options.poster_pages <= 20:
        raise ExportError(f"{options.poster_pages} poster pages is out of range (1 to 20)")
    theme_of(options)


# --- what to show ---------------------------------------------------------------------------


def parse_range(text: str) -> tuple[float, float]:
    """'2017-05..2017-07' as (start of May, end of July) in seconds."""
    if ".." not in text:
        raise ExportError(f"range {text!r} must look like FROM..TO, for example 2017-05..2017-07")
    # A date may end in dots itself ("480 B.C...479 B.C."): split at the first ".." after
    # which both sides read as dates.
    first_error: DateError | None = None
    for cut in (i for i in range(len(text) - 1) if text.startswith("..", i)):
        try:
            start, end = parse_date(text[:cut]), parse_date(text[cut + 2 :])
        except DateError as err:
            first_error = first_error or err
            continue
        break
    else:
        raise ExportError(f"range {text!r}: {first_error}") from None
    t0, t1 = float(start.start_seconds), float(end.end_seconds())
    if t1 <= t0:
        raise ExportError(f"range {text!r} ends before it starts")
    return t0, t1


def whole_range(timeline: Timeline, width: float) -> tuple[float, float]:
    lo, hi = timeline.extent()
    vp = vpm.fit(lo, hi, width, vpm.Limits.around(lo, hi))
    return vp.start, vp.end


def check_has_events(timeline: Timeline, t0: float, t1: float, hidden: frozenset[str]) -> None:
    if not any(
        lane.count_between(t0, t1) for lane in timeline.lanes if lane.category.id not in hidden
    ):
        a = format_seconds(t0, Precision.DAY)
        b = format_seconds(t1, Precision.DAY)
        raise ExportError(f"no events between {a} and {b}; nothing to export")


# --- pages ----------------------------------------------------------------------------------


def page_options(timeline: Timeline, options: ExportOptions, margin: float = 0.0) -> PageOptions:
    return PageOptions(
        title=options.title,
        legend=options.legend,
        axis=options.axis,
        footer=sources_footer(timeline) if options.footer else "",
        margin=margin,
    )


def make_page(
    timeline: Timeline,
    t0: float,
    t1: float,
    width: float,
    height: float,
    options: ExportOptions,
    margin: float = 0.0,
) -> Page:
    theme = theme_of(options)
    return compose(
        timeline,
        t0,
        t1,
        width,
        height,
        QtTextMetrics(theme),
        page_options(timeline, options, margin),
        # A bare view stays the window's pixel for pixel; a page with a title, legend or
        # footer is a document, whose labels end at the edge rather than run off it.
        replace(
            layout_style(theme),
            fit_labels_at_edge=bool(options.title or options.legend or options.footer),
        ),
        options.hidden,
    )


def image_margin(options: ExportOptions) -> float:
    """A frame around images that carry a title, legend or footer; none for a bare view,
    which then matches the window pixel for pixel."""
    return 16.0 if (options.title or options.legend or options.footer) else 0.0


def render_image(
    timeline: Timeline,
    t0: float,
    t1: float,
    options: ExportOptions,
    highlight: Highlight = NO_HIGHLIGHT,
) -> QImage:
    """The export as an image of options.width × options.height pixels at options.dpi."""
    scale = options.dpi / 96.0
    logical_w, logical_h = options.width / scale, options.height / scale
    page = make_page(timeline, t0, t1, logical_w, logical_h, options, image_margin(options))
    image = QImage(options.width, options.height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    dots_per_meter = round(options.dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        render_page(painter, page, theme_of(options), highlight, transparent=options.transparent)
    finally:
        painter.end()
    return image


def _memory_file() -> tuple[QByteArray, QBuffer]:
    """An in-memory file to render into: nothing reaches the disk until the export is whole."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return data, buffer


def png_bytes(image: QImage) -> bytes:
    data, buffer = _memory_file()
    if not image.save(buffer, "PNG"):
        raise ExportError("the image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def svg_bytes(timeline: Timeline, t0: float, t1: float, options: ExportOptions) -> bytes:
    """A vector SVG of width × height at options.dpi (its physical size is set from both)."""
    from PySide6.QtSvg import QSvgGenerator

    scale = options.dpi / 96.0
    logical_w, logical_h = options.width / scale, options.height / scale
    page = make_page(timeline, t0, t1, logical_w, logical_h, options, image_margin(options))
    data, buffer = _memory_file()
    gen = QSvgGenerator()
    gen.setOutputDevice(buffer)
    gen.setResolution(round(options.dpi))
    gen.setSize(QSize(options.width, options.height))
    gen.setViewBox(QRectF(0, 0, logical_w, logical_h))
    gen.setTitle(options.title or timeline.title or "Timeline")
    gen.setDescription(sources_footer(timeline))
    painter = QPainter(gen)
    try:
        render_page(painter, page, theme_of(options), transparent=options.transparent)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def pdf_bytes(
    timeline: Timeline,
    t0: float,
    t1: float,
    options: ExportOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    data, buffer = _memory_file()
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(options.title or timeline.title or "Timeline")
    writer.setCreator("timeline-app")
    paint_document(writer, timeline, t0, t1, options, progress, cancelled)
    buffer.close()
    return bytes(data.data())


def _page_layout(options: ExportOptions, landscape: bool) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    m = options.margin_mm
    return QPageLayout(
        QPageSize(PAGE_SIZES[options.page]),
        orientation,
        QMarginsF(m, m, m, m),
        QPageLayout.Unit.Millimeter,
    )


def paint_document(
    device: QPagedPaintDevice,
    timeline: Timeline,
    t0: float,
    t1: float,
    options: ExportOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    use_device_layout: bool = False,
) -> int:
    """Paint a PDF or a printout: one page, a poster, or a handout. Returns the page count.

    Used by PDF export and by printing, so both show the same pages. A printer keeps the
    paper, orientation and margins chosen in its dialog (``use_device_layout``).
    """
    if not use_device_layout:
        device.setPageLayout(_page_layout(options, options.landscape or options.poster))
    resolution = device.logicalDpiX()
    scale = resolution / 96.0

    def logical_rect() -> QRectF:
        r = device.pageLayout().paintRectPixels(resolution)
        return QRectF(0, 0, r.width() / scale, r.height() / scale)

    theme = theme_of(options)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("the page device could not be opened")
    pages = 0
    try:
        painter.scale(scale, scale)
        area = logical_rect()
        if options.poster:
            pages = _paint_poster(
                painter, device, timeline, t0, t1, options, area, scale, progress, cancelled
            )
        else:
            page = make_page(timeline, t0, t1, area.width(), area.height(), options)
            render_page(painter, page, theme)
            pages = 1
        if options.handout:
            pages += _paint_handout(
                painter, device, timeline, t0, t1, options, scale, progress, cancelled
            )
    finally:
        painter.end()
    return pages


def _paint_poster(
    painter: QPainter,
    device: QPagedPaintDevice,
    timeline: Timeline,
    t0: float,
    t1: float,
    options: ExportOptions,
    area: QRectF,
    scale: float,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    """One long timeline across several pages, overlapping, with cut marks."""
    n = options.poster_pages
    overlap = POSTER_OVERLAP_MM / 25.4 * 96
    tiles = poster_tiles(area.width(), overlap, n)
    total_w = tiles[-1][1]
    page = make_page(timeline, t0, t1, total_w, area.height(), options)
    theme = theme_of(options)
    mark_pen = QPen(QColor("#000000"))
    mark_pen.setWidthF(0.5)
    for i, (x0, _x1) in enumerate(tiles):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if i:
            device.newPage()
        painter.save()
        painter.setClipRect(QRectF(0, 0, area.width(), area.height()))
        painter.translate(-x0, 0)
        render_page(painter, page, theme)
        painter.restore()
        # Cut marks in the margin: where this page's overlap with its neighbours begins.
        painter.setPen(mark_pen)
        m = options.margin_mm / 25.4 * 96
        for x in ([overlap] if i > 0 else []) + ([area.width() - overlap] if i < n - 1 else []):
            painter.drawLine(QPointF(x, -m), QPointF(x, -m * 0.2))
            painter.drawLine(QPointF(x, area.height() + m * 0.2), QPointF(x, area.height() + m))
        if progress is not None:
            progress(i + 1, n)
    return n


def handout_parts(
    timeline: Timeline, t0: float, t1: float, theme: Theme, hidden: frozenset[str]
) -> list[str]:
    """The handout as HTML pieces: one card per event that touches the range (each ending
    in a rule), then the list of the sources they quote."""
    return [html for html, _images in handout_cards(timeline, t0, t1, theme, hidden)]


HANDOUT_IMAGE_PX = 360  # a picture on a card: about half the width of an A4 page


def handout_cards(
    timeline: Timeline, t0: float, t1: float, theme: Theme, hidden: frozenset[str]
) -> list[tuple[str, dict[int, QImage]]]:
    """The handout's pieces, each with the pictures its HTML names (media:N)."""
    # The events that touch the range: begun by its end and not over (or, for a date, not
    # past its middle) before its start. One pass over the columns, for an export.
    cols = timeline.columns
    first, middle, ends = cols.t0, cols.tm, cols.t1
    events = [
        timeline.event(i)
        for i in timeline.shown_indices(hidden)
        if first[i] <= t1 and max(ends.get(i, first[i]), middle[i]) >= t0
    ]
    cards: list[tuple[str, dict[int, QImage]]] = []
    for e in events:
        images = event_images(e, timeline.path, HANDOUT_IMAGE_PX) if e.media else {}
        html = event_html(e, theme, copy_links=False, shown_media=images)
        cards.append((f"<div>{html}</div><hr>", images))
    cited: dict[str, tuple[str, str]] = {}
    for e in events:
        for q in e.quotes:
            cited.setdefault(q.source.id, (q.source.citation(), q.source.note))
    if cited:
        cards.append((sources_html(list(cited.values())), {}))
    return cards


def _paint_handout(
    painter: QPainter,
    device: QPagedPaintDevice,
    timeline: Timeline,
    t0: float,
    t1: float,
    options: ExportOptions,
    scale: float,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    """After the timeline: one card per event with its quotes, then the sources."""
    from timeline_app.render.theme import LIGHT

    device.setPageLayout(_page_layout(options, landscape=False))
    device.newPage()
    resolution = device.logicalDpiX()
    r = device.pageLayout().paintRectPixels(resolution)
    w, h = r.width() / scale, r.height() / scale
    font = QTextDocument().defaultFont()
    font.setPixelSize(14)
    # No ligatures: a student who copies or searches a quote in the PDF must get its letters
    # ("fi", not the single character "ﬁ").
    for feature in ("liga", "clig", "dlig", "hlig"):
        font.setFeature(QFont.Tag(feature), 0)
    pieces = handout_cards(timeline, t0, t1, LIGHT, options.hidden)
    pages = _handout_pages(pieces, font, w, h)
    for k, placed in enumerate(pages):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if k:
            device.newPage()
        for doc, y, top, height in placed:
            painter.save()
            painter.translate(0, y - top)
            doc.drawContents(painter, QRectF(0, top, w, height))
            painter.restore()
        if progress is not None:
            progress(k + 1, len(pages))
    return len(pages)


# A piece of a handout page: the document, where it goes on the page, and which part of it.
_Placed = tuple[QTextDocument, float, float, float]


def _handout_pages(
    pieces: list[tuple[str, dict[int, QImage]]], font: QFont, width: float, height: float
) -> list[list[_Placed]]:
    """Cards (and the sources) stacked down the pages, each measured once: a card that
    does not fit in what is left of a page starts the next one, so no card is split (a page
    that opens with the end of somebody's citation helps nobody). A card taller than a
    page starts a page and runs over as many as it needs, its lines kept whole. Quick (400
    cards in well under a second), so only the drawing checks for Cancel."""
    pages: list[list[_Placed]] = [[]]
    y = 0.0
    for html, images in pieces:
        doc = QTextDocument()
        doc.setDefaultFont(font)
        add_images(doc, images)
        doc.setHtml(html)
        doc.setTextWidth(width)
        h = doc.size().height()
        if h <= height:
            if y > 0 and y + h > height:
                pages.append([])
                y = 0.0
            pages[-1].append((doc, y, 0.0, h))
            y += h
            continue
        if y > 0:
            pages.append([])
        doc.setPageSize(QSizeF(width, height))  # Qt moves a line that would be cut
        n = doc.pageCount()
        for k in range(n):
            if k:
                pages.append([])
            pages[-1].append((doc, 0.0, k * height, height))
        last = doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom()
        y = last - (n - 1) * height
    return pages


# --- files ----------------------------------------------------------------------------------


def export_bytes(
    timeline: Timeline,
    fmt: str,
    t0: float,
    t1: float,
    options: ExportOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    check_options(options, fmt)
    check_has_events(timeline, t0, t1, options.hidden)
    if fmt == "png":
        return png_bytes(render_image(timeline, t0, t1, options))
    if fmt == "svg":
        return svg_bytes(timeline, t0, t1, options)
    return pdf_bytes(timeline, t0, t1, options, progress, cancelled)


def export_file(
    timeline: Timeline,
    path: str | os.PathLike[str],
    t0: float,
    t1: float,
    options: ExportOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Write the export to ``path`` atomically, or raise ExportError and leave it untouched."""
    fmt = format_of(path)
    folder = Path(path).resolve().parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: the folder {folder} does not exist")
    data = export_bytes(timeline, fmt, t0, t1, options, progress, cancelled)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    try:
        atomic_write_bytes(path, data)
    except OSError as err:
        raise ExportError(f"cannot write {path}: {describe_os_error(err)}") from None


def clipboard_image(
    timeline: Timeline, t0: float, t1: float, width: int, height: int, options: ExportOptions
) -> QImage:
    """The current view at twice the window's size, for pasting sharply into slides."""
    opts = replace(options, width=width * 2, height=height * 2, dpi=192.0)
    return render_image(timeline, t0, t1, opts)
