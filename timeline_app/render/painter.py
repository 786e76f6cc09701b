"""The one drawing path: a Scene and a Theme onto any QPainter (widget, image, SVG, PDF).

Coordinates are logical pixels; exports scale the painter instead of laying out again at a
different size, so the screen and an export of the same view are the same picture. Everything
is clamped before it reaches QPainter (the raster engine misbehaves far outside the canvas).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
    QTransform,
)

from timeline_app.model.timeline import MERGED_LANE
from timeline_app.render.outline import as_outlines, draw_text
from timeline_app.render.shaping import needs_shaping
from timeline_app.render.theme import Theme, category_color, marker_edge, text_on
from timeline_app.view.compose import Page
from timeline_app.view.layout import DEFAULT_STYLE, LayoutStyle, elide_words
from timeline_app.view.scene import Badge, EventMark, LaneBand, Rect, Scene
from timeline_app.view.text import prefix

# Raster devices, where point markers are stamped from cached pixmaps; vector devices
# (SVG, PDF, printers) get real ellipses.
_RASTER_DEVICES = frozenset({1, 2, 3})  # QInternal::Widget, Pixmap, Image
_FAR = 4000.0


def fonts_for(theme: Theme) -> dict[str, QFont]:
    """The fonts of each text role, at the theme's pixel sizes.

    Cached per thread: exports render in a worker thread, and Qt's font objects must not
    be shared between threads."""
    return _fonts_for(theme, threading.get_ident())


@lru_cache(maxsize=32)
def _fonts_for(theme: Theme, _thread: int) -> dict[str, QFont]:
    sizes = {
        "label": theme.label_px,
        "tick": theme.tick_px,
        "context": theme.context_px,
        "lane": theme.lane_px,
        "era": theme.lane_px,
        "badge": theme.badge_px,
        "title": theme.label_px * 1.9,
        "legend": theme.label_px,
        "footer": theme.tick_px,
    }
    fonts = {}
    for role, px in sizes.items():
        font = QFont(theme.font_family) if theme.font_family else QFont()
        font.setPixelSize(max(1, round(px * theme.scale)))
        if role in ("context", "lane", "era", "badge", "title"):
            font.setWeight(QFont.Weight.DemiBold)
        # Vertical hinting: stems sit on whole pixel rows, which reads more crisply and draws
        # about a sixth quicker than no hinting, while the advances stay the design's, at any
        # scale. So a label measures the same on screen, in a 300 dpi image, an SVG or a PDF,
        # and every export of a view lays out the labels the window shows. (Full hinting
        # draws quicker still but rounds advances to pixels of the size it is drawn at.)
        font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
        # No shaping where a script does not need it (Latin, Cyrillic, Greek...): labels are
        # then drawn about a quarter faster, and measure exactly as the sum of their
        # characters. Text that needs shaping is drawn with shaped_fonts_for (Qt does not
        # shape Arabic under this flag).
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        fonts[role] = font
    return fonts


def shaped_fonts_for(theme: Theme) -> dict[str, QFont]:
    """The fonts of ``fonts_for`` with shaping: for text where ``needs_shaping`` (Arabic
    letters joined, Indic clusters formed, the brackets of right to left text mirrored)."""
    return _shaped_fonts_for(theme, threading.get_ident())


@lru_cache(maxsize=32)
def _shaped_fonts_for(theme: Theme, _thread: int) -> dict[str, QFont]:
    shaped = {}
    for role, font in fonts_for(theme).items():
        font = QFont(font)
        font.setStyleStrategy(QFont.StyleStrategy.PreferDefault)
        shaped[role] = font
    return shaped


def font_for(fonts: dict[str, QFont], shaped: dict[str, QFont], role: str, text: str) -> QFont:
    """The font of ``role`` that draws ``text`` right: the fast one unless it needs shaping."""
    return shaped[role] if needs_shaping(text) else fonts[role]


class QtTextMetrics:
    """TextMetrics backed by Qt's font metrics, with a cache of measured strings."""

    def __init__(self, theme: Theme) -> None:
        self._metrics = {role: QFontMetricsF(font) for role, font in fonts_for(theme).items()}
        self._shaped = {role: QFontMetricsF(font) for role, font in shaped_fonts_for(theme).items()}
        self._cache: dict[tuple[str, str], float] = {}
        self._chars: dict[str, dict[str, float]] = {role: {} for role in self._metrics}

    def width(self, role: str, text: str) -> float:
        key = (role, text)
        w = self._cache.get(key)
        if w is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            w = self._measure(role, text)
            self._cache[key] = w
        return w

    def _measure(self, role: str, text: str) -> float:
        """Plain Latin text is the sum of cached character advances (half the cost of
        shaping it); anything else (combining marks, other scripts) is measured whole."""
        fm = self._metrics[role]
        if not text.isascii() or not text.isprintable():
            # Measured with the font it is drawn with: joined Arabic is narrower than its
            # letters' isolated forms.
            return (self._shaped[role] if needs_shaping(text) else fm).horizontalAdvance(text)
        chars = self._chars[role]
        total = 0.0
        for ch in text:
            a = chars.get(ch)
            if a is None:
                a = chars[ch] = fm.horizontalAdvance(ch)
            total += a
        # Without kerning the sum is within a pixel of the shaped width; labels keep a
        # 12 px gap, so that pixel never makes two of them touch.
        return total

    def elide(self, role: str, text: str, width: float) -> str:
        fm = self._shaped[role] if needs_shaping(text) else self._metrics[role]
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)

    def line_height(self, role: str) -> float:
        return self._metrics[role].height()


@dataclass(frozen=True, slots=True)
class DragPreview:
    """An event being dragged on screen, before the edit is made at the release: where its
    marker (``marker``) and label (``label_rect``) would land, and the date it would take
    (``date``, e.g. '14 July 1789'). Drawn over the frame's own marks, so that a drag costs a
    repaint and no new layout."""

    event_id: str
    marker: Rect
    label_rect: Rect
    date: str


@dataclass(frozen=True, slots=True)
class Highlight:
    """Per-frame state that is not part of the layout: the selection, the hover and the
    events that match the search (``matched`` tells by event id; asked only for the marks
    in the frame, so a search among a million events costs a frame no more than a few;
    ``badge_matched`` tells whether a match of a category begins between two times, for the
    count badges)."""

    selected: str | None = None
    hovered: str | None = None
    focus: bool = False
    matched: Callable[[str], bool] | None = None
    badge_matched: Callable[[str, float, float], bool] | None = None
    preview: DragPreview | None = None


NO_HIGHLIGHT = Highlight()


def _clamp_x(x: float, width: float) -> float:
    return min(max(x, -_FAR), width + _FAR)


def _qrect(r: Rect, width: float) -> QRectF:
    x0 = _clamp_x(r.x, width)
    x1 = _clamp_x(r.x + r.w, width)
    return QRectF(x0, r.y, max(0.0, x1 - x0), r.h)


def render(
    painter: QPainter,
    scene: Scene,
    theme: Theme,
    highlight: Highlight = NO_HIGHLIGHT,
    *,
    transparent: bool = False,
    axis: bool = True,
) -> None:
    """Draw ``scene`` with ``theme``. The painter is in logical pixels of the scene.

    ``transparent`` leaves the background and the lane bands unpainted (for PNG exports
    over slides); ``axis`` False leaves out the tick labels (exports without an axis)."""
    fonts = fonts_for(theme)
    w, h = scene.width, scene.height
    painter.save()
    # Each string's direction from its own first strong letter, whatever the window's: a
    # Hebrew title reads right to left and a Latin one left to right in a mirrored window
    # too, and AlignLeft means left (the time axis runs left to right in every language).
    painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setClipRect(QRectF(0, 0, w, h))
    # Background and lane bands on whole device pixels: no row is left partly painted (the
    # canvas does not clear itself), and band edges stay sharp.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    if not transparent:
        _fill_background(painter, scene, theme)
    _draw_lanes(painter, scene, theme, filled=not transparent)
    if scene.eras:
        _draw_era_tints(painter, scene, theme)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    _draw_grid(painter, scene, theme)
    if scene.eras:  # over the grid lines, so that none runs through an era's name
        _draw_era_names(painter, scene, theme, fonts)
    _draw_lane_captions(painter, scene, theme, fonts, filled=not transparent)
    if axis:
        _draw_axis(painter, scene, theme, fonts, transparent)
    preview = highlight.preview
    dragged = scene.mark_for(preview.event_id) if preview is not None else None
    if dragged is None:
        _draw_marks(painter, scene.marks, theme, fonts, highlight, w)
    else:
        # The event under the hand is drawn where it would land, not where it is.
        assert preview is not None
        moved = dragged._replace(marker=preview.marker, label_rect=preview.label_rect)
        marks = [moved if m is dragged else m for m in scene.marks]
        _draw_marks(painter, marks, theme, fonts, highlight, w)
        _draw_drag_preview(painter, dragged, preview, theme, fonts, w)
    if highlight.badge_matched is not None and scene.badges:
        _draw_badge_rings(painter, scene, theme, highlight.badge_matched)
    _draw_badges(painter, scene.badges, theme, fonts, w)
    if scene.empty_message:
        painter.setFont(font_for(fonts, shaped_fonts_for(theme), "context", scene.empty_message))
        painter.setPen(QColor(theme.muted_text))
        body = QRectF(0, scene.axis_rect.bottom, w, max(0.0, h - scene.axis_rect.bottom))
        draw_text(painter, body, scene.empty_message, int(Qt.AlignmentFlag.AlignCenter))
    painter.restore()


def _fill_background(painter: QPainter, scene: Scene, theme: Theme) -> None:
    """The background colour wherever no lane band is painted over it (the lanes cover most
    of a frame, and filling it all twice costs a fifth of a millisecond)."""
    color = QColor(theme.background)
    top = 0.0
    for band in scene.lanes:  # top to bottom
        # Whole pixel rows, and one more into each band (painted over it next): a band edge
        # that falls on the middle of a device pixel row leaves no row to either fill.
        y = math.ceil(band.rect.y) + 1
        if y > top:
            painter.fillRect(QRectF(0, top, scene.width, y - top), color)
        top = max(top, math.floor(band.rect.bottom) - 1)
    if top < scene.height:
        painter.fillRect(QRectF(0, top, scene.width, scene.height - top), color)


def _draw_lanes(painter: QPainter, scene: Scene, theme: Theme, *, filled: bool) -> None:
    """Each lane's band and the strip of its category's colour at the left edge."""
    s = theme.scale
    for band in scene.lanes:
        r = band.rect
        if filled:
            painter.fillRect(QRectF(0, r.y, scene.width, r.h), _band_color(theme, band))
        if band.category_id != MERGED_LANE:
            color = QColor(category_color(band.color, band.palette))
            painter.fillRect(QRectF(0, r.y, 4 * s, r.h), color)


# Quiet colours for eras that name none: they lie behind the events, and must not be taken
# for a category's colour.
ERA_PALETTE = ("#8DA0CB", "#A6D854", "#E5C494", "#B3B3B3", "#FC8D62", "#66C2A5")


def era_color(color: str, index: int) -> str:
    return color or ERA_PALETTE[index % len(ERA_PALETTE)]


def _blend(color: str, alpha: float, over: str) -> str:
    """``color`` at ``alpha`` over ``over``, as #rrggbb (to choose text that reads on it)."""
    a, b = QColor(color), QColor(over)
    pairs = zip(a.getRgb()[:3], b.getRgb()[:3], strict=True)
    mix = [round(x * alpha + y * (1 - alpha)) for x, y in pairs]
    return "#{:02X}{:02X}{:02X}".format(*mix)


def _era_alphas(theme: Theme) -> tuple[float, float]:
    """How strongly an era tints the lanes, and its band in the era strip."""
    return (0.16, 0.55) if theme.dark else (0.12, 0.45)


def _draw_era_tints(painter: QPainter, scene: Scene, theme: Theme) -> None:
    """Each era's tint over the lanes between its start and end."""
    tint_alpha = _era_alphas(theme)[0]
    for era in scene.eras:
        tint = QColor(era_color(era.color, era.index))
        tint.setAlphaF(tint_alpha)
        painter.fillRect(_qrect(era.span, scene.width), tint)


def _draw_era_names(painter: QPainter, scene: Scene, theme: Theme, fonts: dict[str, QFont]) -> None:
    """Each era's name on a band of its colour in the era strip, in black or white,
    whichever reads better there."""
    band_alpha = _era_alphas(theme)[1]
    shaped = shaped_fonts_for(theme)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(
        Qt.TextFlag.TextSingleLine
    )
    w = scene.width
    background = QColor(theme.background)
    for era in scene.eras:
        color = era_color(era.color, era.index)
        band = QColor(color)
        band.setAlphaF(band_alpha)
        r = _qrect(era.label_rect, w)
        painter.fillRect(r, background)  # the grid stops at the band
        painter.fillRect(r, band)
        # Edges mark where the era begins and ends, also where eras of one colour meet.
        edge = QColor(color)
        painter.fillRect(QRectF(r.x(), r.y(), theme.line_width, r.height()), edge)
        if era.label:
            painter.setPen(QColor(text_on(_blend(color, band_alpha, theme.background))))
            right = min(era.label_rect.right, w)
            box = QRectF(era.text_x, r.y(), max(0.0, right - era.text_x), r.height())
            painter.setFont(font_for(fonts, shaped, "era", era.label))
            draw_text(painter, box, era.label, flags)


def _band_color(theme: Theme, band: LaneBand) -> QColor:
    return QColor(theme.lane_even if band.index % 2 == 0 else theme.lane_odd)


def _draw_lane_captions(
    painter: QPainter, scene: Scene, theme: Theme, fonts: dict[str, QFont], *, filled: bool
) -> None:
    """Lane names, over the grid lines, on a patch of their band's colour (a line through a
    word makes it hard to read)."""
    fast = _font_metrics(fonts["lane"])
    shaped_font = shaped_fonts_for(theme)["lane"]
    widths = _FontWidths(fast, _font_metrics(shaped_font))
    painter.setPen(QColor(theme.lane_text))
    s = theme.scale
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(
        Qt.TextFlag.TextSingleLine
    )
    for band in scene.lanes:
        if band.category_id == MERGED_LANE:
            continue  # the shared lane of one_lane: the legend names the categories
        r = band.rect
        box = QRectF(10 * s, r.y + 2 * s, scene.width - 20 * s, 16 * s)
        # No more of a label than the band's width can show is shaped.
        label = prefix(band.label, int(box.width() * 12 / fast.height()) + 2)
        text = label.upper() if label.isascii() else label
        if widths.width("lane", text) > box.width():
            # A narrow window: shortened after a word, never cut by the edge.
            text = elide_words(widths, "lane", text, box.width())
        painter.setFont(shaped_font if needs_shaping(text) else fonts["lane"])
        if filled:
            w = min(widths.width("lane", text), box.width())
            painter.fillRect(
                QRectF(box.x() - 3 * s, box.y(), w + 6 * s, box.height()), _band_color(theme, band)
            )
        draw_text(painter, box, text, flags)


def _draw_grid(painter: QPainter, scene: Scene, theme: Theme) -> None:
    # Straight lines on whole pixels are filled rectangles: an antialiased drawLine costs
    # twice as much for the same pixels.
    color = QColor(theme.grid)
    lw = theme.line_width
    top = scene.axis_rect.bottom
    for tick in scene.ticks:
        x = round(tick.x) + 0.5
        painter.fillRect(QRectF(x - lw / 2, top, lw, scene.height - top), color)


def _draw_axis(
    painter: QPainter, scene: Scene, theme: Theme, fonts: dict[str, QFont], transparent: bool
) -> None:
    a = scene.axis_rect
    if not transparent:
        painter.fillRect(QRectF(a.x, a.y, a.w, a.h), QColor(theme.axis_background))
    s = theme.scale
    ctx_h = a.h * 20 / 42
    shaped = shaped_fonts_for(theme)
    painter.setPen(QColor(theme.context_text))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(
        Qt.TextFlag.TextSingleLine
    )
    for c in scene.context:
        painter.setFont(font_for(fonts, shaped, "context", c.label))
        draw_text(painter, QRectF(_clamp_x(c.x, a.w), a.y, 2000, ctx_h), c.label, flags)
    painter.setFont(fonts["tick"])
    painter.setPen(QColor(theme.axis_text))
    tick_base = _baseline(fonts["tick"], a.y + ctx_h, a.h - ctx_h - 4 * s)
    tick_color = QColor(theme.axis_text)
    for t in scene.ticks:
        x = round(t.x)
        painter.fillRect(QRectF(x, a.bottom - 5 * s, 1.0, 5 * s), tick_color)
        if needs_shaping(t.label):  # month names of a language that needs it
            painter.setFont(shaped["tick"])
            draw_text(painter, QPointF(x + 0.5 + 3 * s, tick_base), t.label)
            painter.setFont(fonts["tick"])
            continue
        painter.drawText(QPointF(x + 0.5 + 3 * s, tick_base), t.label)
    painter.fillRect(QRectF(0, a.bottom - 1.0, a.w, 1.0), QColor(theme.grid))


def _baseline(font: QFont, top: float, height: float) -> float:
    """The baseline that centres one line of ``font`` vertically in [top, top + height]."""
    fm = _font_metrics(font)
    return top + (height - fm.ascent() - fm.descent()) / 2 + fm.ascent()


_METRICS: dict[tuple[str, int], QFontMetricsF] = {}


def _font_metrics(font: QFont) -> QFontMetricsF:
    key = (font.key(), threading.get_ident())
    fm = _METRICS.get(key)
    if fm is None:
        fm = _METRICS[key] = QFontMetricsF(font)
    return fm


_TX_TRANSLATE = QTransform.TransformationType.TxTranslate.value
_STAMPS: dict[tuple[str, str, float, float, float, str, int], QImage] = {}


SHAPES = ("circle", "square", "diamond", "triangle", "hexagon", "triangle-down", "star", "cross")


def shape_for(lane: int, theme: Theme) -> str:
    """The marker shape of a lane: circles, or one shape per category where colour alone
    must not carry the meaning."""
    return SHAPES[lane % len(SHAPES)] if theme.marker_shapes else "circle"


def draw_marker(painter: QPainter, shape: str, r: QRectF) -> None:
    """One point marker of ``shape`` filling ``r``, with the painter's pen and brush."""
    if shape == "circle":
        painter.drawEllipse(r)
        return
    if shape == "square":
        painter.drawRect(
            r.adjusted(r.width() * 0.08, r.height() * 0.08, -r.width() * 0.08, -r.height() * 0.08)
        )
        return
    cx, cy, w, h = r.center().x(), r.center().y(), r.width() / 2, r.height() / 2
    if shape == "diamond":
        pts = [(0, -1), (1, 0), (0, 1), (-1, 0)]
    elif shape == "triangle":
        pts = [(0, -1), (1, 0.8), (-1, 0.8)]
    elif shape == "triangle-down":
        pts = [(0, 1), (1, -0.8), (-1, -0.8)]
    elif shape == "hexagon":
        pts = [(math.cos(a), math.sin(a)) for a in (math.pi / 3 * k for k in range(6))]
    elif shape == "star":
        pts = [
            (
                (1 if k % 2 == 0 else 0.45) * math.sin(math.pi / 5 * k),
                -(1 if k % 2 == 0 else 0.45) * math.cos(math.pi / 5 * k),
            )
            for k in range(10)
        ]
    else:  # cross
        t = 0.35
        pts = [
            (-t, -1),
            (t, -1),
            (t, -t),
            (1, -t),
            (1, t),
            (t, t),
            (t, 1),
            (-t, 1),
            (-t, t),
            (-1, t),
            (-1, -t),
            (-t, -t),
        ]
    painter.drawPolygon(QPolygonF([QPointF(cx + x * w, cy + y * h) for x, y in pts]))


def _marker_stamp(
    color: str, outline: str, size: float, pen_w: float, dpr: float, shape: str = "circle"
) -> QImage:
    """A point marker drawn once per colour, shape and size, for stamping on raster devices."""
    # QImage, not QPixmap: exports stamp markers from a worker thread too; per thread.
    key = (color, outline, size, pen_w, dpr, shape, threading.get_ident())
    pm = _STAMPS.get(key)
    if pm is None:
        if len(_STAMPS) > 256:
            _STAMPS.clear()
        full = size + pen_w * 2
        side = max(1, math.ceil(full * dpr))
        pm = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
        pm.setDevicePixelRatio(dpr)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(QColor(outline))
        pen.setWidthF(pen_w)
        p.setPen(pen)
        p.setBrush(QColor(color))
        off = (side / dpr - size) / 2
        draw_marker(p, shape, QRectF(off, off, size, size))
        p.end()
        _STAMPS[key] = pm
    return pm


def _draw_marks(
    painter: QPainter,
    marks: list[EventMark],
    theme: Theme,
    fonts: dict[str, QFont],
    highlight: Highlight,
    width: float,
) -> None:
    """All event marks, batched by state: highlights, then markers by colour, then labels."""
    s = theme.scale
    painter.setPen(Qt.PenStyle.NoPen)
    for mark in marks:
        selected = mark.event_id == highlight.selected
        if not (selected or mark.event_id == highlight.hovered):
            continue
        pad = 3 * s
        back = _qrect(mark.hit_rect, width).adjusted(-pad, 1 * s, pad, -1 * s)
        # The fill is light enough for the label's text; the border is what stands out from
        # the lane (3:1, as any shape that carries meaning).
        edge = QPen(QColor(theme.selection_edge if selected else theme.hover_edge))
        edge.setWidthF((1.5 if selected else 1.0) * s)
        painter.setPen(edge)
        painter.setBrush(QColor(theme.selection if selected else theme.hover))
        painter.drawRoundedRect(back, 4 * s, 4 * s)
        if selected and highlight.focus:
            # The keyboard focus: a ring of its own colour just outside the selection.
            pen = QPen(QColor(theme.focus))
            pen.setWidthF(2.0 * s)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ring = back.adjusted(-2.5 * s, -2.5 * s, 2.5 * s, 2.5 * s)
            painter.drawRoundedRect(ring, 6 * s, 6 * s)
    if highlight.matched is not None:
        _draw_match_rings(painter, marks, theme, fonts, highlight.matched, width)
    outline = QPen(QColor(theme.marker_outline))
    outline.setWidthF(1.5 * s)
    painter.setPen(outline)
    pens: dict[str, QPen] = {}
    brushes: dict[str, QBrush] = {}
    current = ""
    device = painter.device()
    # On screens and images, point markers are stamped from a cached pixmap (an antialiased
    # ellipse costs ~15 µs); vector devices and scaled painters draw real ellipses.
    raster = device.devType() in _RASTER_DEVICES
    stamps = raster and painter.worldTransform().type().value <= _TX_TRANSLATE
    dpr = device.devicePixelRatioF() if stamps else 1.0
    # Per frame: each colour and shape's stamp and its offset, looked up once.
    stamp_of: dict[tuple[str, int, float], tuple[QImage, float]] = {}
    far_right = width + _FAR
    for mark in marks:
        if stamps and not mark.is_range:
            m = mark.marker
            key = (mark.color, mark.palette, m.w)
            found = stamp_of.get(key)
            if found is None:
                fill = category_color(mark.color, mark.palette)
                pm = _marker_stamp(
                    fill,
                    marker_edge(theme, fill),
                    m.w,
                    1.5 * s,
                    dpr,
                    shape_for(mark.palette, theme),
                )
                found = stamp_of[key] = (pm, (pm.width() / dpr - m.w) / 2)
            pm, half_pad = found
            x = min(max(m.x, -_FAR), far_right)  # _clamp_x, inline: once per mark
            painter.drawImage(QPointF(x - half_pad, m.y - half_pad), pm)
            continue
        color = category_color(mark.color, mark.palette)
        marker = _qrect(mark.marker, width)
        if color != current:
            brush = brushes.get(color)
            if brush is None:
                brush = brushes[color] = QBrush(QColor(color))
                pen = pens[color] = QPen(QColor(marker_edge(theme, color)))
                pen.setWidthF(1.5 * s)
            painter.setBrush(brush)
            painter.setPen(pens[color])
            current = color
        if mark.is_range:
            painter.drawRoundedRect(marker, marker.height() / 2, marker.height() / 2)
        else:
            draw_marker(painter, shape_for(mark.palette, theme), marker)
    font = fonts["label"]
    painter.setFont(font)
    fm = _font_metrics(font)
    # drawText at a baseline point is less than half the cost of drawText in a rectangle
    # with alignment flags; labels are already elided by the layout.
    offset = (fm.ascent() - fm.descent()) / 2
    normal = QColor(theme.label_text)
    painter.setPen(normal)
    selected_id = highlight.selected
    # Labels that need shaping are drawn after the rest, in the shaping font: one change of
    # font a frame, and the others keep the fast path.
    shaped: list[EventMark] = []
    for mark in marks:
        if not mark.label.isascii() and needs_shaping(mark.label):
            shaped.append(mark)
            continue
        r = mark.label_rect
        x = min(max(r.x, -_FAR), far_right)  # _clamp_x, inline: once per label
        if mark.is_range or mark.event_id == selected_id:
            bar = mark.marker
            inside = mark.is_range and r.x >= bar.x and r.right <= bar.right
            painter.setPen(
                QColor(
                    text_on(category_color(mark.color, mark.palette))
                    if inside
                    else theme.selection_text
                    if mark.event_id == selected_id
                    else theme.label_text
                )
            )
            painter.drawText(QPointF(x, r.y + r.h / 2 + offset), mark.label)
            painter.setPen(normal)
            continue
        painter.drawText(QPointF(x, r.y + r.h / 2 + offset), mark.label)
    if shaped:
        _draw_shaped_labels(painter, shaped, theme, selected_id, width)


def _draw_drag_preview(
    painter: QPainter,
    origin: EventMark,
    preview: DragPreview,
    theme: Theme,
    fonts: dict[str, QFont],
    width: float,
) -> None:
    """Where a dragged event was (a dashed outline of its marker) and, above where it would
    land, the date it would take in a small box."""
    s = theme.scale
    pen = QPen(QColor(theme.muted_text))
    pen.setWidthF(1.2 * s)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    was = _qrect(origin.marker, width)
    if origin.is_range:
        painter.drawRoundedRect(was, was.height() / 2, was.height() / 2)
    else:
        painter.drawEllipse(was)
    painter.setFont(font_for(fonts, shaped_fonts_for(theme), "context", preview.date))
    fm = _font_metrics(painter.font())
    pad = 4 * s
    tw = _advance(fm, preview.date)
    box_w, box_h = tw + 2 * pad, fm.height() + pad
    m = preview.marker
    # Centred over the marker's start (the date it names), kept inside the frame.
    x = min(max(_clamp_x(m.x + (0 if origin.is_range else m.w / 2), width) - box_w / 2, 1.0),
            max(1.0, width - box_w - 1))  # fmt: skip
    y = max(1.0, m.y - box_h - 3 * s)
    box = QRectF(x, y, box_w, box_h)
    edge = QPen(QColor(theme.selection_edge))
    edge.setWidthF(1.0 * s)
    painter.setPen(edge)
    painter.setBrush(QColor(theme.selection))
    painter.drawRoundedRect(box, 3 * s, 3 * s)
    painter.setPen(QColor(theme.selection_text))
    offset = (fm.ascent() - fm.descent()) / 2
    painter.drawText(QPointF(x + pad, y + box_h / 2 + offset), preview.date)


def _draw_shaped_labels(
    painter: QPainter, marks: list[EventMark], theme: Theme, selected_id: str | None, width: float
) -> None:
    """Labels that need shaping (Arabic, Hebrew, Indic...), in the shaping font, each in
    the direction of its own text, from the left end of the box the layout measured."""
    font = shaped_fonts_for(theme)["label"]
    painter.setFont(font)
    fm = _font_metrics(font)
    offset = (fm.ascent() - fm.descent()) / 2
    outlines = as_outlines(painter)
    for mark in marks:
        r = mark.label_rect
        inside = mark.is_range and r.x >= mark.marker.x and r.right <= mark.marker.right
        painter.setPen(
            QColor(
                text_on(category_color(mark.color, mark.palette))
                if inside
                else theme.selection_text
                if mark.event_id == selected_id
                else theme.label_text
            )
        )
        at = QPointF(_clamp_x(r.x, width), r.y + r.h / 2 + offset)
        draw_text(painter, at, mark.label, outlines=outlines)


def _draw_match_rings(
    painter: QPainter,
    marks: list[EventMark],
    theme: Theme,
    fonts: dict[str, QFont],
    matched: Callable[[str], bool],
    width: float,
) -> None:
    """A ring around the marker or bar of each event that matches the search, and a line
    under its label, in the theme's match colour: seen in every theme, also on the
    selection, and not by colour of the event alone."""
    s = theme.scale
    pen = QPen(QColor(theme.match))
    pen.setWidthF(2.0 * s * max(1.0, theme.line_width * 0.75))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    fm = _font_metrics(fonts["label"])
    under = (fm.ascent() - fm.descent()) / 2 + fm.underlinePos() + pen.widthF() / 2
    gap = 2.5 * s + pen.widthF() / 2
    for mark in marks:
        if not matched(mark.event_id):
            continue
        ring = _qrect(mark.marker, width).adjusted(-gap, -gap, gap, gap)
        if mark.is_range:
            painter.drawRoundedRect(ring, ring.height() / 2, ring.height() / 2)
        else:
            painter.drawEllipse(ring)
        r = mark.label_rect
        if r.w > 0 and mark.label:
            y = r.y + r.h / 2 + under
            x0, x1 = _clamp_x(r.x, width), _clamp_x(r.right, width)
            painter.drawLine(QPointF(x0, y), QPointF(x1, y))
    painter.setPen(Qt.PenStyle.NoPen)


def _draw_badge_rings(
    painter: QPainter, scene: Scene, theme: Theme, matched: Callable[[str, float, float], bool]
) -> None:
    """A ring around each count badge that holds a match of the search."""
    s = theme.scale
    pen = QPen(QColor(theme.match))
    pen.setWidthF(2.0 * s * max(1.0, theme.line_width * 0.75))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    gap = 1.5 * s + pen.widthF() / 2
    category = {band.index: band.category_id for band in scene.lanes}
    for badge in scene.badges:
        cid = category.get(badge.lane)
        if cid is None or not matched(cid, badge.t_from, badge.t_to):
            continue
        r = _qrect(badge.rect, scene.width).adjusted(-gap, -gap, gap, gap)
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
    painter.setPen(Qt.PenStyle.NoPen)


def _draw_badges(
    painter: QPainter, badges: list[Badge], theme: Theme, fonts: dict[str, QFont], width: float
) -> None:
    """Count badges: the pills first, a pen per colour, then every count in one font."""
    if not badges:
        return
    s = theme.scale
    pens: dict[tuple[str, int], QPen] = {}
    painter.setBrush(QColor(theme.badge_background))
    rects = []
    for badge in badges:
        r = _qrect(badge.rect, width)
        rects.append(r)
        key = (badge.color, badge.palette)
        pen = pens.get(key)
        if pen is None:
            pen = pens[key] = QPen(QColor(category_color(badge.color, badge.palette)))
            pen.setWidthF(1.5 * s)
        painter.setPen(pen)
        radius = r.height() / 2
        painter.drawRoundedRect(r, radius, radius)
    font = fonts["badge"]  # counts: digits, on the fast path
    painter.setFont(font)
    painter.setPen(QColor(theme.badge_text))
    fm = _font_metrics(font)
    offset = (fm.ascent() - fm.descent()) / 2
    # At a baseline point, centred by the text's advance: about half the cost of drawing in
    # a rectangle with alignment flags.
    for badge, r in zip(badges, rects, strict=True):
        text = badge.text
        x = r.x() + (r.width() - _advance(fm, text)) / 2
        painter.drawText(QPointF(x, r.y() + r.height() / 2 + offset), text)


_ADVANCES: dict[tuple[int, str], float] = {}


class _FontWidths:
    """One font's metrics as the layout's TextMetrics, for text the painter places itself:
    ``fm`` for text on the fast path, ``shaped`` for text that needs shaping."""

    def __init__(self, fm: QFontMetricsF, shaped: QFontMetricsF) -> None:
        self.fm = fm
        self.shaped = shaped

    def _for(self, text: str) -> QFontMetricsF:
        return self.shaped if needs_shaping(text) else self.fm

    def width(self, role: str, text: str) -> float:
        return _advance(self._for(text), text)

    def elide(self, role: str, text: str, width: float) -> str:
        return self._for(text).elidedText(text, Qt.TextElideMode.ElideRight, width)

    def line_height(self, role: str) -> float:
        return self.fm.height()


def _advance(fm: QFontMetricsF, text: str) -> float:
    """``fm.horizontalAdvance(text)``, remembered: badge counts repeat from frame to frame."""
    key = (id(fm), text)
    w = _ADVANCES.get(key)
    if w is None:
        if len(_ADVANCES) > 4096:
            _ADVANCES.clear()
        w = _ADVANCES[key] = fm.horizontalAdvance(text)
    return w


def render_page(
    painter: QPainter,
    page: Page,
    theme: Theme,
    highlight: Highlight = NO_HIGHLIGHT,
    *,
    transparent: bool = False,
) -> None:
    """Draw an export page: title, legend, the timeline scene and the source footer."""
    fonts = fonts_for(theme)
    shaped = shaped_fonts_for(theme)
    painter.save()
    painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # as in render()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if not transparent:
        painter.fillRect(QRectF(0, 0, page.width, page.height), QColor(theme.background))
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(
        Qt.TextFlag.TextSingleLine
    )
    if page.title_rect is not None:
        r = page.title_rect
        painter.setFont(font_for(fonts, shaped, "title", page.title))
        painter.setPen(QColor(theme.context_text))
        draw_text(painter, QRectF(r.x, r.y, r.w, r.h), page.title, left)
    s = theme.scale
    for item in page.legend:
        d = 10 * s
        fill = category_color(item.color, item.index)
        edge = marker_edge(theme, fill)
        if edge == theme.marker_outline:
            painter.setPen(Qt.PenStyle.NoPen)
        else:  # a faint colour gets the edge it has on the timeline
            pen = QPen(QColor(edge))
            pen.setWidthF(1.5 * s)
            painter.setPen(pen)
        painter.setBrush(QColor(fill))
        draw_marker(
            painter, shape_for(item.index, theme), QRectF(item.x, item.y + (item.h - d) / 2, d, d)
        )
        painter.setFont(font_for(fonts, shaped, "legend", item.label))
        painter.setPen(QColor(theme.label_text))
        draw_text(painter, QRectF(item.x + d + 6 * s, item.y, 2000, item.h), item.label, left)
    painter.save()
    painter.translate(page.origin_x, page.origin_y)
    render(painter, page.scene, theme, highlight, transparent=transparent, axis=page.axis)
    painter.restore()
    if page.footer_rect is not None:
        r = page.footer_rect
        painter.setPen(QColor(theme.muted_text))
        lines = page.footer.split("\n")
        row = r.h / len(lines)
        for k, line in enumerate(lines):
            painter.setFont(font_for(fonts, shaped, "footer", line))
            draw_text(painter, QRectF(r.x, r.y + k * row, r.w, row), line, left)
    painter.restore()


PROJECTOR_BARE_MARKERS = 200  # a lesson's events, with room to spare; beyond, counts


def layout_style(theme: Theme) -> LayoutStyle:
    """The layout sizes that go with a theme's type scale."""
    style = DEFAULT_STYLE if theme.scale == 1.0 else DEFAULT_STYLE.scaled(theme.scale)
    if not theme.labels_on_bars:
        style = replace(style, labels_on_bars=False)
    if theme.one_lane:
        # The projector: every event in view shows at least its marker (a class follows
        # the markers; a count hides the event being talked about).
        style = replace(style, one_lane=True, bare_markers=PROJECTOR_BARE_MARKERS)
    return style
