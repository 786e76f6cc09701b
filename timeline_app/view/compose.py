"""Pages for export: the timeline scene with an optional title, legend and source footer.

Pure geometry like the layout: a ``Page`` says where each piece goes in logical pixels, and
``render_page`` draws it. The timeline part is an ordinary Scene laid out for the page's own
size, so labels are placed for the export, never stretched from the screen.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace

from timeline_app.i18n import context
from timeline_app.model.timeline import Timeline, category_label
from timeline_app.view.layout import (
    DEFAULT_STYLE,
    LayoutStyle,
    TextMetrics,
    elide_words,
    layout,
)
from timeline_app.view.scene import Rect, Scene
from timeline_app.view.text import prefix
from timeline_app.view.viewport import Viewport

tr = context("PageCompose")


@dataclass(frozen=True, slots=True)
class PageOptions:
    title: str = ""
    legend: bool = False
    axis: bool = True
    footer: str = ""
    margin: float = 0.0
    # The legend on the title's line, after it, where it fits: a poster's title fills the
    # beginning of one sheet, and a row of its own for the legend would take height from
    # the lanes across all of them.
    legend_beside_title: bool = False


@dataclass(frozen=True, slots=True)
class LegendItem:
    x: float
    y: float
    h: float
    color: str
    label: str
    index: int


@dataclass(slots=True)
class Page:
    width: float
    height: float
    scene: Scene
    origin_x: float
    origin_y: float
    axis: bool = True
    title: str = ""
    title_rect: Rect | None = None
    footer: str = ""  # lines separated by "\n", one row each in footer_rect
    footer_rect: Rect | None = None
    legend: list[LegendItem] = field(default_factory=list)


def sources_footer(timeline: Timeline) -> str:
    """'Source: Title, Publisher, Year' for the sources the events quote (or list)."""
    cited: dict[str, str] = {}
    extras = timeline.columns.extras  # only events with quotes or notes have extras
    for row in sorted(extras):
        for quote in extras[row][6]:
            cited.setdefault(quote.source.id, quote.source.citation())
    if not cited:
        cited = {s.id: s.citation() for s in timeline.sources}
    if not cited:
        return ""
    if len(cited) == 1:
        return tr("Source: {source}").format(source=next(iter(cited.values())))
    return tr("Sources: {sources}").format(sources="; ".join(cited.values()))


FOOTER_MAX_LINES = 3  # the source credit wraps rather than lose a citation


def wrap_text(
    text: str, width: float, metrics: TextMetrics, role: str, max_lines: int
) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width``; past ``max_lines`` the
    last line is shortened with an ellipsis (and so is a single word too wide for a line)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        wider = f"{line} {word}" if line else word
        if not line or metrics.width(role, wider) <= width:
            line = wider
        else:
            lines.append(line)
            line = word
    lines.append(line)
    if len(lines) > max_lines:
        lines[max_lines - 1 :] = [" ".join(lines[max_lines - 1 :])]
    # Only what a line can show is elided: the rest of a long credit is never measured.
    chars = int(width * 12 / metrics.line_height(role)) + 2
    return [elide_words(metrics, role, prefix(ln, chars), width) for ln in lines]


def compose(
    timeline: Timeline,
    t0: float,
    t1: float,
    width: float,
    height: float,
    metrics: TextMetrics,
    options: PageOptions = PageOptions(),
    style: LayoutStyle = DEFAULT_STYLE,
    hidden: Collection[str] = (),
) -> Page:
    """Lay out a page of ``width`` × ``height`` logical pixels showing [t0, t1]."""
    m = options.margin
    inner_w = max(1.0, width - 2 * m)
    y = m
    title_rect = footer_rect = None
    title = ""
    # Where the legend begins: its first row's x and y, and how far down a row that does not
    # fit after the title goes.
    legend_x, legend_y, below_title = m, y, y
    if options.title:
        h = metrics.line_height("title") * 1.6
        # Only the beginning that can show is elided, however long the title given.
        shown = prefix(options.title, int(inner_w * 12 / metrics.line_height("title")) + 2)
        title = elide_words(metrics, "title", shown, inner_w)
        title_rect = Rect(m, y, inner_w, h)
        y += h
        legend_x, legend_y, below_title = m, y, y
        if options.legend_beside_title:
            legend_x = m + metrics.width("title", title) + 2 * style.item_gap
            legend_y = m + max(0.0, (h - style.row_height) / 2)
    legend: list[LegendItem] = []
    if options.legend:
        row_h = style.row_height
        x, y = legend_x, legend_y
        lanes = [
            (i, lane)
            for i, lane in enumerate(timeline.lanes)
            if len(lane) and lane.category.id not in hidden
        ]
        for i, lane in lanes:
            label = category_label(lane.category)
            w = style.marker + style.label_gap + metrics.width("legend", label) + 2 * style.item_gap
            if x + w > m + inner_w and x > m:
                x = m
                y = max(y + row_h, below_title)
            legend.append(LegendItem(x, y, row_h, lane.category.color, label, i))
            x += w
        y = max(y + row_h + style.lane_gap, below_title) if lanes else below_title
    footer = ""
    bottom = height - m
    if options.footer:
        lines = wrap_text(options.footer, inner_w, metrics, "footer", FOOTER_MAX_LINES)
        h = style.row_height * len(lines)
        footer = "\n".join(lines)
        footer_rect = Rect(m, bottom - h, inner_w, h)
        bottom -= h
    area_h = max(1.0, bottom - y)
    if not options.axis:
        style = replace(style, context_height=0.0, tick_height=0.0)
    vp = Viewport(t0, max(t1 - t0, 1.0), inner_w)
    scene = layout(timeline, vp, area_h, metrics, style, hidden)
    return Page(
        width, height, scene, m, y, options.axis, title, title_rect, footer, footer_rect, legend
    )


def poster_tiles(page_w: float, overlap: float, pages: int) -> list[tuple[float, float]]:
    """The [x0, x1) of each poster page in one wide layout: consecutive pages share
    ``overlap`` pixels, so the printed sheets can be trimmed and glued without a gap."""
    step = page_w - overlap
    return [(i * step, i * step + page_w) for i in range(max(1, pages))]
