"""Exports: PNG, SVG and PDF (a page, a poster over several pages, a classroom handout).

Every format is drawn by ``render_page``, the same code that paints the window; nothing here
takes a screenshot. Files are produced in memory and written atomically, so a failed export
never touches an existing file. Needs a QGuiApplication (for fonts) but no widgets.
"""

from __future__ import annotations

import math
import os
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from weakref import WeakKeyDictionary

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
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
)

from timeline_app.formats.dates import DateError, parse_date
from timeline_app.formats.oneline import shown
from timeline_app.fsutil import (
    WriteProtectedError,
    atomic_write_bytes,
    describe_os_error,
    write_target,
)
from timeline_app.i18n import context, number
from timeline_app.model.rows import flat
from timeline_app.model.timeline import Lane, Timeline
from timeline_app.model.timepoint import Precision, format_seconds
from timeline_app.render.handout import (
    CARD_PX,
    RUNNING_PX,
    Placed,
    column_width,
    draw_running_line,
    pack_cards,
    paper_font,
    running_height,
)
from timeline_app.render.html import event_html, sources_html
from timeline_app.render.media import event_images
from timeline_app.render.painter import (
    NO_HIGHLIGHT,
    Highlight,
    QtTextMetrics,
    layout_style,
    render_page,
)
from timeline_app.render.theme import TEXT_SIZE_RANGE, THEMES, Theme, with_text_size
from timeline_app.view import viewport as vpm
from timeline_app.view.compose import Page, PageOptions, compose, poster_tiles, sources_footer

tr = context("Export")

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
MM_PX = 96 / 25.4  # logical pixels (1/96 inch) in a millimetre
# A poster is read from farther off the larger it is, so its type grows with it: by the
# square root of its printed area over one A4 sheet's, which keeps about as many labels on
# it as on one page, only larger (9.75 pt labels on a page; on four A3 sheets up to 25 pt,
# legible at 3 m).
A4_AREA_PX = (210 * MM_PX) * (297 * MM_PX)
LEGIBLE_PT = 18.0  # labels read from 3 m

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportError(Exception):
    """An export that cannot be made; the message is one line for people."""


class WriteProtected(ExportError):
    """The file to write exists and is write-protected: replaced only when confirmed."""


class ExportCancelled(ExportError):
    def __init__(self) -> None:
        super().__init__(tr("the export was cancelled"))


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
    # Every type size times this (View › Text Size on screen; chosen in the export dialog).
    text_size: float = 1.0


def format_of(path: str | os.PathLike[str]) -> str:
    ext = Path(path).suffix.lower()
    if ext not in FORMATS:
        known = ", ".join(FORMATS)
        raise ExportError(
            tr("unknown file type {type} for {name}; use {known}").format(
                type=repr(ext or tr("(none)")), name=Path(path).name, known=known
            )
        )
    return FORMATS[ext]


def theme_of(options: ExportOptions) -> Theme:
    try:
        theme = THEMES[options.theme]
    except KeyError:
        raise ExportError(
            tr("unknown theme {theme}; choose {themes}").format(
                theme=repr(options.theme), themes=", ".join(THEMES)
            )
        ) from None
    return with_text_size(theme, options.text_size)


def check_options(options: ExportOptions, fmt: str) -> None:
    if fmt != "pdf":
        sizes = (
            (tr("width {value} px is out of range ({least} to {most} px)"), options.width),
            (tr("height {value} px is out of range ({least} to {most} px)"), options.height),
        )
        for message, value in sizes:
            if not MIN_PX <= value <= MAX_PX:
                raise ExportError(message.format(value=value, least=MIN_PX, most=number(MAX_PX)))
    if not 24 <= options.dpi <= 2400:
        raise ExportError(
            tr("{dpi} dpi is out of range (24 to 2400)").format(dpi=f"{options.dpi:g}")
        )
    if options.page not in PAGE_SIZES:
        raise ExportError(
            tr("unknown page size {page}; use {sizes}").format(
                page=repr(options.page), sizes=", ".join(PAGE_SIZES)
            )
        )
    if not 0 <= options.margin_mm <= 50:
        raise ExportError(
            tr("margin {margin} mm is out of range (0 to 50 mm)").format(
                margin=f"{options.margin_mm:g}"
            )
        )
    if not 1 <= options.poster_pages <= 20:
        raise ExportError(
            tr("{pages} poster pages is out of range (1 to 20)").format(pages=options.poster_pages)
        )
    theme_of(options)
    lo, hi = TEXT_SIZE_RANGE
    if not lo <= options.text_size <= hi:
        raise ExportError(
            tr("text size {size} is out of range ({least} to {most})").format(
                size=f"{options.text_size:g}", least=f"{lo:g}", most=f"{hi:g}"
            )
        )


# --- what to show ---------------------------------------------------------------------------


# A range is two dates and "..": the longest date the reader takes ("Wednesday 15 March 44
# BCE", an ISO time with seconds and offset) is under 40 characters.
MAX_RANGE_CHARS = 200
# What of a range is echoed in a message: a whole real range, and the two ends of a wrong one.
RANGE_ECHO = 80
# Where a date ends in dots itself ("480 B.C...479 B.C."), the ".." is one of a run of dots;
# a run longer than this is not a range of dates, and is not tried place by place.
MAX_RANGE_CUTS = 4


def parse_range(text: str) -> tuple[float, float]:
    """'2017-05..2017-07' as (start of May, end of July) in seconds.

    Linear in the text's length: the places where it may split are found in one pass, and
    at most MAX_RANGE_CUTS of them are tried, each reading both sides once.
    """
    if len(text) > MAX_RANGE_CHARS:
        raise ExportError(
            tr(
                "range '{range}' is {length} characters long; "
                "write FROM..TO in at most {most}, for example 2017-05..2017-07"
            ).format(range=shown(text, RANGE_ECHO), length=number(len(text)), most=MAX_RANGE_CHARS)
        )
    cuts: list[int] = []
    cut = text.find("..")
    while cut >= 0 and len(cuts) <= MAX_RANGE_CUTS:
        cuts.append(cut)
        cut = text.find("..", cut + 1)
    if not cuts:
        raise ExportError(
            tr("range '{range}' must look like FROM..TO, for example 2017-05..2017-07").format(
                range=shown(text, RANGE_ECHO)
            )
        )
    if len(cuts) > MAX_RANGE_CUTS:
        raise ExportError(
            tr(
                "range '{range}' has too many dots to tell where FROM ends; "
                "write FROM..TO, for example 2017-05..2017-07"
            ).format(range=shown(text, RANGE_ECHO))
        )
    # A date may end in dots itself ("480 B.C...479 B.C."): split at the first ".." after
    # which both sides read as dates.
    first_error: DateError | None = None
    for cut in cuts:
        try:
            start, end = parse_date(text[:cut]), parse_date(text[cut + 2 :])
        except DateError as err:
            first_error = first_error or err
            continue
        break
    else:
        raise ExportError(
            tr("range '{range}': {problem}").format(
                range=shown(text, RANGE_ECHO), problem=first_error
            )
        ) from None
    t0, t1 = float(start.start_seconds), float(end.end_seconds())
    if t1 <= t0:
        raise ExportError(
            tr("range '{range}' ends before it starts").format(range=shown(text, RANGE_ECHO))
        )
    return t0, t1


def whole_range(timeline: Timeline, width: float) -> tuple[float, float]:
    lo, hi = timeline.extent()
    vp = vpm.fit(lo, hi, width, vpm.Limits.around(lo, hi))
    return vp.start, vp.end


# An event is in a range when its whole period overlaps the range [t0, t1): a range from its
# first instant to the one just after its end, a date the whole day, month, year or minute
# it names, so that "10 May 2017" is in a range that covers only its morning. A date's
# marker sits in the middle of its period: by precision, no further than this from either
# end (the longest month or year, and a day more for a UTC offset).
_DAY = 86_400
_HALF_PERIOD = {
    Precision.YEAR: 184 * _DAY,
    Precision.MONTH: 16 * _DAY,
    Precision.DAY: _DAY,
    Precision.MINUTE: 120,
}
# Per timeline, per lane: its dates split by precision, as (reach, markers, rows), sorted.
_DATES_BY_PRECISION: WeakKeyDictionary[
    Timeline, dict[str, list[tuple[int, array[float], array[int]]]]
] = WeakKeyDictionary()


def period(timeline: Timeline, i: int) -> tuple[float, float]:
    """Event ``i``'s whole period [start, end) in seconds."""
    cols = timeline.columns
    start = cols.t0[i]
    end = cols.t1.get(i)
    # tm is the middle of a date's period: (start + end) / 2, exact in a double.
    return float(start), float(end) if end is not None else 2 * cols.tm[i] - start


def in_range(timeline: Timeline, i: int, t0: float, t1: float) -> bool:
    start, end = period(timeline, i)
    return start < t1 and end > t0


def _dates_by_precision(
    timeline: Timeline, lane: Lane
) -> list[tuple[int, array[float], array[int]]]:
    """The lane's dates split by precision, each with how far its markers can lie from the
    ends of their periods; made once per timeline (one pass over the lane's dates)."""
    per_lane = _DATES_BY_PRECISION.setdefault(timeline, {})
    found = per_lane.get(lane.category.id)
    if found is None:
        cols = timeline.columns
        codes, overrides = flat(cols.start_codes), cols.precisions  # indexed in C
        split: dict[int, tuple[array[float], array[int]]] = {}
        for marker, row in zip(lane.point_starts, lane.point_index, strict=True):
            p = overrides.get(row)
            key = codes[row] & 3 if p is None else int(p)
            if key not in split:
                split[key] = (array("d"), array("i"))
            split[key][0].append(marker)
            split[key][1].append(row)
        found = [(_HALF_PERIOD[Precision(k)], m, r) for k, (m, r) in sorted(split.items())]
        per_lane[lane.category.id] = found
    return found


def _markers_outside(timeline: Timeline, lane: Lane, t0: float, t1: float) -> Iterator[float]:
    """The markers, outside [t0, t1), of the lane's dates that are in it: dates whose periods
    reach into the range. The work is, per precision, the dates marked within that
    precision's reach of the range's ends: a day for days, half a year for years."""
    for reach, markers, rows in _dates_by_precision(timeline, lane):
        k = bisect_left(markers, t0) - 1
        while k >= 0 and markers[k] >= t0 - reach:
            if in_range(timeline, rows[k], t0, t1):
                yield markers[k]
            k -= 1
        k = bisect_left(markers, t1)
        while k < len(markers) and markers[k] <= t1 + reach:
            if in_range(timeline, rows[k], t0, t1):
                yield markers[k]
            k += 1


def _drawn_in(timeline: Timeline, lane: Lane, t0: float, t1: float) -> bool:
    """Whether a view of [t0, t1) draws one of the lane's events: a date marked inside it, or
    a range that overlaps it. By bisection."""
    markers = lane.point_starts
    if markers.bisect_left(t0) < markers.bisect_left(t1):
        return True
    ranges = lane.range_index
    return any(in_range(timeline, ranges[p], t0, t1) for p in lane.ranges_overlapping(t0, t1))


def _lane_has_events(timeline: Timeline, lane: Lane, t0: float, t1: float) -> bool:
    """Whether any of the lane's events is in [t0, t1)."""
    return (
        _drawn_in(timeline, lane, t0, t1)
        or next(_markers_outside(timeline, lane, t0, t1), None) is not None
    )


def range_to_show(
    timeline: Timeline, t0: float, t1: float, hidden: frozenset[str]
) -> tuple[float, float]:
    """The span an export of the range [t0, t1) shows: the range itself when it draws an
    event; else, where dates in it have their markers outside it ("10 May 2017", marked at
    noon, in a range of that morning), the range widened to those markers and a little
    beyond, so that the export shows what it holds instead of an empty timeline."""
    lanes = [lane for lane in timeline.lanes if lane.category.id not in hidden]
    if any(_drawn_in(timeline, lane, t0, t1) for lane in lanes):
        return t0, t1
    lo, hi = t0, t1
    for lane in lanes:
        for x in _markers_outside(timeline, lane, t0, t1):
            lo, hi = min(lo, x), max(hi, x)
    room = (hi - lo) * 0.04
    return (lo - room if lo < t0 else t0), (hi + room if hi > t1 else t1)


def check_has_events(timeline: Timeline, t0: float, t1: float, hidden: frozenset[str]) -> None:
    if not any(
        _lane_has_events(timeline, lane, t0, t1)
        for lane in timeline.lanes
        if lane.category.id not in hidden
    ):
        a = format_seconds(t0, Precision.DAY)
        b = format_seconds(t1, Precision.DAY)
        raise ExportError(
            tr("no events between {start} and {end}; nothing to export").format(start=a, end=b)
        )


# --- pages ----------------------------------------------------------------------------------


def page_options(
    timeline: Timeline, options: ExportOptions, margin: float = 0.0, *, poster: bool = False
) -> PageOptions:
    return PageOptions(
        title=options.title,
        legend=options.legend,
        axis=options.axis,
        footer=sources_footer(timeline) if options.footer else "",
        margin=margin,
        legend_beside_title=poster,
    )


def scaled_theme(theme: Theme, type_scale: float) -> Theme:
    """``theme`` with its type and layout sizes (see painter.layout_style) times
    ``type_scale``."""
    return theme if type_scale == 1.0 else replace(theme, scale=theme.scale * type_scale)


def poster_size_px(options: ExportOptions) -> tuple[float, float]:
    """The printed area of a poster, in logical pixels: its pages side by side in landscape,
    inside their margins, overlapping by POSTER_OVERLAP_MM."""
    size = QPageSize(PAGE_SIZES[options.page]).size(QPageSize.Unit.Millimeter)
    long_mm, short_mm = max(size.width(), size.height()), min(size.width(), size.height())
    page_w = (long_mm - 2 * options.margin_mm) * MM_PX
    height = (short_mm - 2 * options.margin_mm) * MM_PX
    tiles = poster_tiles(page_w, POSTER_OVERLAP_MM * MM_PX, options.poster_pages)
    return tiles[-1][1], height


def make_page(
    timeline: Timeline,
    t0: float,
    t1: float,
    width: float,
    height: float,
    options: ExportOptions,
    margin: float = 0.0,
    *,
    poster_scale: float | None = None,
) -> Page:
    """The page; or with ``poster_scale``, a poster's: its type and rows that many times
    larger (drawn with ``scaled_theme(theme, poster_scale)``), its legend beside the title."""
    theme = scaled_theme(theme_of(options), poster_scale or 1.0)
    return compose(
        timeline,
        t0,
        t1,
        width,
        height,
        QtTextMetrics(theme),
        page_options(timeline, options, margin, poster=poster_scale is not None),
        layout_style(theme),
        options.hidden,
    )


def poster_page(
    timeline: Timeline, t0: float, t1: float, width: float, height: float, options: ExportOptions
) -> tuple[Page, float]:
    """The poster's page and its type scale: as large as its area asks (A4_AREA_PX), within
    the room its rows have.

    Larger type needs taller rows, and a lane too short for the rows its events need folds
    them into counts. So the type is the largest, in whole pixels of label, at which the
    poster still labels every event it labels in a page's type (a bisection: a handful of
    layouts of the poster). A crowded timeline would stay in a page's type that way, which
    nobody reads from across a room: where its size asks for at least LEGIBLE_PT, it gets
    that, with fewer labels and more counts, as long as every lane keeps a label."""
    theme = theme_of(options)
    base_px = theme.label_px * theme.scale
    wanted_px = round(base_px * math.sqrt(width * height / A4_AREA_PX))

    def at(px: int) -> Page:
        return make_page(timeline, t0, t1, width, height, options, poster_scale=px / base_px)

    first = at(round(base_px))
    best, lo, hi = first, round(base_px), wanted_px
    while lo < hi:
        px = (lo + hi + 1) // 2
        trial = at(px)
        if len(trial.scene.marks) >= len(first.scene.marks):
            best, lo = trial, px
        else:
            hi = px - 1
    # A poster large enough to be read from across the room must be legible from there; a
    # smaller one is read from nearer, and keeps its labels.
    legible = round(LEGIBLE_PT * 96 / 72)
    if lo < legible <= wanted_px:
        trial = at(legible)
        if {m.lane for m in trial.scene.marks} >= {m.lane for m in first.scene.marks}:
            best, lo = trial, legible
    return best, lo / base_px


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
    *,
    poster_scale: float | None = None,
) -> QImage:
    """The export as an image of options.width × options.height pixels at options.dpi
    (``poster_scale``: see make_page; the export dialog's preview of a poster)."""
    scale = options.dpi / 96.0
    logical_w, logical_h = options.width / scale, options.height / scale
    margin = image_margin(options)
    page = make_page(
        timeline, t0, t1, logical_w, logical_h, options, margin, poster_scale=poster_scale
    )
    image = QImage(options.width, options.height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    dots_per_meter = round(options.dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        theme = scaled_theme(theme_of(options), poster_scale or 1.0)
        render_page(painter, page, theme, highlight, transparent=options.transparent)
    finally:
        painter.end()
    return image


def pdf_area(options: ExportOptions) -> tuple[float, float]:
    """The logical size (96 to the inch) inside the margins of one PDF page of ``options``,
    as ``paint_document`` lays out a PDF."""
    layout_ = _page_layout(options, options.landscape or options.poster)
    r = layout_.paintRectPixels(PDF_RESOLUTION)
    scale = PDF_RESOLUTION / 96.0
    return r.width() / scale, r.height() / scale


def pdf_timeline_page(timeline: Timeline, t0: float, t1: float, options: ExportOptions) -> Page:
    """The timeline as a PDF of ``options`` lays it out: one page, or a poster's whole width."""
    return pdf_page_and_scale(timeline, t0, t1, options)[0]


def pdf_page_and_scale(
    timeline: Timeline, t0: float, t1: float, options: ExportOptions
) -> tuple[Page, float]:
    """pdf_timeline_page, and the type scale it is drawn in: a poster's type grows with its
    size (poster_page), a page's is 1."""
    w, h = pdf_area(options)
    if options.poster:
        w = poster_tiles(w, POSTER_OVERLAP_MM / 25.4 * 96, options.poster_pages)[-1][1]
        return poster_page(timeline, t0, t1, w, h, options)
    return make_page(timeline, t0, t1, w, h, options), 1.0


def preview_image(
    timeline: Timeline, t0: float, t1: float, options: ExportOptions, fmt: str, w: int, h: int
) -> tuple[QImage, Page]:
    """The export drawn to fit in ``w`` × ``h`` pixels, and the page it shows: for a PDF the
    very page the file holds (the paper with its margins), for an image the image, so that
    the preview has the file's layout and events."""
    theme = theme_of(options)
    if fmt == "pdf":
        page, type_scale = pdf_page_and_scale(timeline, t0, t1, options)
        theme = scaled_theme(theme, type_scale)
        m = options.margin_mm / 25.4 * 96  # the paper's margins, around the page
    else:
        logical_w, logical_h = options.width * 96 / options.dpi, options.height * 96 / options.dpi
        page = make_page(timeline, t0, t1, logical_w, logical_h, options, image_margin(options))
        m = 0.0
    paper_w, paper_h = page.width + 2 * m, page.height + 2 * m
    scale = min(w / paper_w, h / paper_h)
    image = QImage(
        max(1, round(paper_w * scale)),
        max(1, round(paper_h * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(QColor(0, 0, 0, 0) if options.transparent else QColor(theme.background))
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        painter.translate(m, m)
        render_page(painter, page, theme, transparent=options.transparent)
    finally:
        painter.end()
    return image, page


MAX_POSTER_PAGES = 20  # as check_options allows
POSTERS_TRIED = 4  # poster sizes a fit warning tries, from one page more than chosen


def unfitted(page: Page) -> int:
    """How many events of ``page`` are folded into count badges instead of labelled."""
    return sum(badge.count for badge in page.scene.badges)


def fit_warning(
    timeline: Timeline, t0: float, t1: float, options: ExportOptions, fmt: str, page: Page
) -> str:
    """A line saying how many events ``page`` (the export of ``options``) cannot label, and
    which larger paper or poster would label them all; '' when every event fits."""
    hidden = unfitted(page)
    if not hidden:
        return ""
    if fmt != "pdf":
        said = tr.n(
            "%n events do not fit on {width} × {height} px: try a larger size",
            hidden,
            one="%n event does not fit on {width} × {height} px: try a larger size",
        )
        return said.format(width=number(options.width), height=number(options.height))
    where = (
        tr("{page} poster over {pages} pages").format(page=options.page, pages=options.poster_pages)
        if options.poster
        else options.page
    )
    tries = []
    # The next larger paper, then posters of a few more pages: each tried is laid out once.
    area = pdf_area(options)[0]
    larger = [size for size in PAGE_SIZES if pdf_area(replace(options, page=size))[0] > area]
    if larger and not options.poster:
        size = min(larger, key=lambda name: pdf_area(replace(options, page=name))[0])
        if not unfitted(pdf_timeline_page(timeline, t0, t1, replace(options, page=size))):
            tries.append(size)
    first = options.poster_pages + 1 if options.poster else 2
    for pages in range(first, min(first + POSTERS_TRIED, MAX_POSTER_PAGES + 1)):
        poster = replace(options, poster=True, poster_pages=pages)
        if not unfitted(pdf_timeline_page(timeline, t0, t1, poster)):
            tries.append(tr("a {pages}-page poster").format(pages=pages))
            break
    if not tries:
        said = tr.n(
            "%n events do not fit on {paper}: try a shorter range of dates",
            hidden,
            one="%n event does not fit on {paper}: try a shorter range of dates",
        )
        return said.format(paper=where)
    said = tr.n(
        "%n events do not fit on {paper}: try {remedy}",
        hidden,
        one="%n event does not fit on {paper}: try {remedy}",
    )
    remedy = (
        tries[0]
        if len(tries) == 1
        else tr("{first} or {second}").format(first=tries[0], second=tries[1])
    )
    return said.format(paper=where, remedy=remedy)


def _memory_file() -> tuple[QByteArray, QBuffer]:
    """An in-memory file to render into: nothing reaches the disk until the export is whole."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return data, buffer


def png_bytes(image: QImage) -> bytes:
    data, buffer = _memory_file()
    if not image.save(buffer, "PNG"):
        raise ExportError(tr("the image could not be encoded as PNG"))
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
    gen.setTitle(options.title or timeline.title or tr("Timeline"))
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
    writer.setTitle(options.title or timeline.title or tr("Timeline"))
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
    handout = _lay_out_handout(timeline, t0, t1, options, resolution) if options.handout else None
    first = options.poster_pages if options.poster else 1
    total = first + (len(handout.pages) if handout else 0)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(tr("the page device could not be opened"))
    try:
        painter.scale(scale, scale)
        area = logical_rect()
        if options.poster:
            # The sheets of a poster make one picture: no running line across it.
            _paint_poster(
                painter, device, timeline, t0, t1, options, area, scale, progress, cancelled
            )
        elif handout is None:
            page = make_page(timeline, t0, t1, area.width(), area.height(), options)
            render_page(painter, page, theme)
        else:
            # The timeline is page 1 of the handout, and says so at its foot.
            room = running_height(handout.running_font)
            page = make_page(timeline, t0, t1, area.width(), area.height() - room, options)
            render_page(painter, page, theme)
            painter.fillRect(
                QRectF(0, area.height() - room, area.width(), room), QColor(theme.background)
            )
            page_1 = tr("page {page} of {pages}").format(page=1, pages=total)
            font, w, h = handout.running_font, area.width(), area.height()
            draw_running_line(painter, font, theme.muted_text, w, h, handout.title, page_1)
        if handout is not None:
            _paint_handout(painter, device, handout, first, total, scale, progress, cancelled)
    finally:
        painter.end()
    return total


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
    """One long timeline across several pages, overlapping, with cut marks; its type as
    large as the poster (poster_page)."""
    n = options.poster_pages
    overlap = POSTER_OVERLAP_MM * MM_PX
    tiles = poster_tiles(area.width(), overlap, n)
    total_w = tiles[-1][1]
    page, type_scale = poster_page(timeline, t0, t1, total_w, area.height(), options)
    theme = scaled_theme(theme_of(options), type_scale)
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
    """The handout as HTML pieces: one card per event in the range (each ending in a rule),
    then the list of the sources they quote."""
    return [html for html, _images in handout_cards(timeline, t0, t1, theme, hidden)]


HANDOUT_IMAGE_PX = 340  # a picture on a card: a column of a two-column A4 page


def handout_cards(
    timeline: Timeline,
    t0: float,
    t1: float,
    theme: Theme,
    hidden: frozenset[str],
    image_px: int = HANDOUT_IMAGE_PX,
) -> list[tuple[str, dict[int, QImage]]]:
    """The handout's pieces, each with the pictures its HTML names (media:N), pictures at
    most ``image_px`` wide."""
    # One pass over the columns, for an export.
    events = [
        timeline.event(i) for i in timeline.shown_indices(hidden) if in_range(timeline, i, t0, t1)
    ]
    cards: list[tuple[str, dict[int, QImage]]] = []
    for e in events:
        images = event_images(e, timeline.path, image_px) if e.media else {}
        html = event_html(e, theme, copy_links=False, shown_media=images)
        cards.append((f"<div>{html}</div><hr>", images))
    cited: dict[str, tuple[str, str]] = {}
    for e in events:
        for q in e.quotes:
            cited.setdefault(q.source.id, (q.source.citation(), q.source.note))
    if cited:
        cards.append((sources_html(list(cited.values())), {}))
    return cards


@dataclass
class _Handout:
    """The handout's card pages, laid out before anything is drawn so that every page can
    say how many there are."""

    pages: list[list[Placed]]
    layout: QPageLayout
    title: str
    running_font: QFont


def _lay_out_handout(
    timeline: Timeline, t0: float, t1: float, options: ExportOptions, resolution: int
) -> _Handout:
    """The cards (always in the light theme: they are text to read and write on) packed
    on portrait pages of the export's paper and margins."""
    from timeline_app.render.theme import LIGHT

    scale = resolution / 96.0
    layout = _page_layout(options, landscape=False)
    r = layout.paintRectPixels(resolution)
    w, h = r.width() / scale, r.height() / scale
    running_font = paper_font(RUNNING_PX)
    # Pictures as wide as a column at most, so that a card with one still fits a column.
    image_px = max(1, min(HANDOUT_IMAGE_PX, int(column_width(w))))
    pieces = handout_cards(timeline, t0, t1, LIGHT, options.hidden, image_px)
    pages = pack_cards(pieces, paper_font(CARD_PX), w, h - running_height(running_font))
    title = options.title or timeline.title or tr("Timeline")
    return _Handout(pages, layout, title, running_font)


def _paint_handout(
    painter: QPainter,
    device: QPagedPaintDevice,
    handout: _Handout,
    first: int,
    total: int,
    scale: float,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    """After the timeline: the card pages, each with the title and its page number."""
    from timeline_app.render.theme import LIGHT

    device.setPageLayout(handout.layout)
    resolution = device.logicalDpiX()
    r = device.pageLayout().paintRectPixels(resolution)
    w, h = r.width() / scale, r.height() / scale
    for k, placed in enumerate(handout.pages):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        device.newPage()
        for piece in placed:
            piece.draw(painter)
        page_n = tr("page {page} of {pages}").format(page=first + k + 1, pages=total)
        draw_running_line(
            painter, handout.running_font, LIGHT.muted_text, w, h, handout.title, page_n
        )
        if progress is not None:
            progress(k + 1, len(handout.pages))


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
    *,
    force: bool = False,
) -> None:
    """Write the export to ``path`` atomically, or raise ExportError and leave it untouched.

    The place is checked before anything is drawn (a missing folder, a symbolic-link loop, a
    write-protected file) and again when the file is written. A write-protected file raises
    WriteProtected unless ``force``; a symbolic link is written through and kept.
    """
    fmt = format_of(path)
    check_output(path, force=force)
    data = export_bytes(timeline, fmt, t0, t1, options, progress, cancelled)
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    _write(path, data, force)


def check_output(path: str | os.PathLike[str], *, force: bool = False) -> None:
    """Raise ExportError (WriteProtected for a write-protected file, unless ``force``) when
    ``path`` cannot be written, before anything is drawn; see fsutil.write_target."""
    _write(path, None, force)


def _write(path: str | os.PathLike[str], data: bytes | None, force: bool) -> None:
    """Write ``data`` to ``path`` (only check the place when None), as an ExportError."""
    try:
        if data is None:
            write_target(path, force=force)
        else:
            atomic_write_bytes(path, data, force=force)
    except WriteProtectedError as err:
        raise WriteProtected(
            tr("cannot write {path}: {reason}").format(path=os.fspath(path), reason=err.reason)
        ) from None
    except OSError as err:
        raise ExportError(
            tr("cannot write {path}: {reason}").format(
                path=os.fspath(path), reason=describe_os_error(err)
            )
        ) from None


def clipboard_image(
    timeline: Timeline, t0: float, t1: float, width: int, height: int, options: ExportOptions
) -> QImage:
    """The current view at twice the window's size, for pasting sharply into slides."""
    opts = replace(options, width=width * 2, height=height * 2, dpi=192.0)
    return render_image(timeline, t0, t1, opts)
