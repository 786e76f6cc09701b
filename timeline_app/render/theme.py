"""Themes: colours and type sizes for the screen and every export. Plain data, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, replace

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000")


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    background: str
    lane_even: str
    lane_odd: str
    lane_text: str
    grid: str
    axis_background: str
    axis_text: str
    context_text: str
    label_text: str
    muted_text: str
    selection: str
    selection_text: str
    hover: str
    badge_text: str
    badge_background: str
    marker_outline: str
    # The ring and underline of events that match the search: at least 3:1 against the
    # lanes, the background, the hover and the selection (tests/render/test_search_highlight).
    match: str = "#C2185B"
    # Non-text contrast (WCAG 1.4.11), at least 3:1 against the lanes: the edge of a marker
    # whose own colour is too faint there, the border of the selected and hovered event, and
    # the keyboard focus ring (tests/render/test_contrast).
    marker_edge: str = "#3A3F47"
    selection_edge: str = "#7A5C00"
    hover_edge: str = "#65758C"
    focus: str = "#0B57D0"
    font_family: str = ""
    label_px: float = 13.0
    tick_px: float = 12.0
    context_px: float = 13.0
    lane_px: float = 11.0
    badge_px: float = 11.0
    scale: float = 1.0
    dark: bool = False
    # A second cue besides colour: each category's markers get their own shape.
    marker_shapes: bool = False
    # Labels over coloured bars need the bar colour to contrast with the text; themes that
    # promise a contrast ratio put labels beside bars instead.
    labels_on_bars: bool = True
    line_width: float = 1.0
    # All categories in one lane, told apart by colour and shape (see LayoutStyle.one_lane).
    one_lane: bool = False

    @property
    def smallest_text_px(self) -> float:
        return (
            min(self.label_px, self.tick_px, self.context_px, self.lane_px, self.badge_px)
            * self.scale
        )

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, text colour, background) for every kind of text this theme draws."""
        pairs = [
            ("event label", self.label_text, self.lane_even),
            ("event label", self.label_text, self.lane_odd),
            ("event label", self.label_text, self.background),
            ("selected label", self.selection_text, self.selection),
            ("lane name", self.lane_text, self.lane_even),
            ("lane name", self.lane_text, self.lane_odd),
            ("axis ticks", self.axis_text, self.axis_background),
            ("axis context", self.context_text, self.axis_background),
            ("count badge", self.badge_text, self.badge_background),
            ("notes and credits", self.muted_text, self.background),
            ("hovered label", self.label_text, self.hover),
        ]
        if self.labels_on_bars:
            pairs += [("label on a bar", text_on(c), c) for c in PALETTE]
        return pairs

    def non_text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, colour, what it must stand out from) for every shape that carries meaning:
        markers (by their edge where their colour is too faint), the selection, the hover and
        the focus ring, each against every lane colour."""
        grounds = (self.lane_even, self.lane_odd, self.background)
        pairs = [(f"marker {c}", marker_boundary(self, c, g), g) for c in PALETTE for g in grounds]
        for what, colour in (
            ("selection border", self.selection_edge),
            ("hover border", self.hover_edge),
            ("focus ring", self.focus),
        ):
            pairs += [(what, colour, g) for g in grounds]
        pairs.append(("focus ring on the selection", self.focus, self.selection))
        return pairs

    def with_font_family(self, family: str) -> Theme:
        return replace(self, font_family=family)


LIGHT = Theme(
    name="light",
    background="#FFFFFF",
    lane_even="#F6F7F9",
    lane_odd="#FFFFFF",
    lane_text="#3A3F47",
    grid="#E1E4E8",
    axis_background="#FFFFFF",
    axis_text="#3A3F47",
    context_text="#111418",
    label_text="#16191D",
    muted_text="#5A616B",
    selection="#FFE08A",
    selection_text="#111418",
    hover="#E8EEF7",
    badge_text="#16191D",
    badge_background="#FFFFFF",
    marker_outline="#FFFFFF",
)

DARK = Theme(
    name="dark",
    background="#1B1D21",
    lane_even="#22252A",
    lane_odd="#1B1D21",
    lane_text="#C9CED6",
    grid="#33373E",
    axis_background="#1B1D21",
    axis_text="#C9CED6",
    context_text="#F2F4F7",
    label_text="#ECEFF3",
    muted_text="#A4ABB5",
    selection="#6B5A1E",
    selection_text="#FFFFFF",
    hover="#2C323B",
    badge_text="#ECEFF3",
    badge_background="#2A2E34",
    marker_outline="#1B1D21",
    match="#FF9AD5",
    marker_edge="#C9CED6",
    selection_edge="#F2C94C",
    hover_edge="#8C9BB0",
    focus="#8AB4F8",
    dark=True,
)

# For projectors: black on white (a lit classroom washes out dark backgrounds), text at
# least 7:1 against its background (WCAG AAA), shapes as well as colours, thick lines. The
# type scale is set from the screen's height by ``projector_for``.
PROJECTOR = Theme(
    name="projector",
    background="#FFFFFF",
    lane_even="#F0F0F0",
    lane_odd="#FFFFFF",
    lane_text="#000000",
    grid="#B8B8B8",
    axis_background="#FFFFFF",
    axis_text="#000000",
    context_text="#000000",
    label_text="#000000",
    muted_text="#333333",
    selection="#FFD23F",
    selection_text="#000000",
    hover="#E3E3E3",
    badge_text="#000000",
    badge_background="#FFFFFF",
    marker_outline="#000000",
    match="#B5006B",
    marker_edge="#000000",
    selection_edge="#000000",
    hover_edge="#333333",
    label_px=14.0,
    tick_px=13.0,
    context_px=14.0,
    lane_px=13.0,
    badge_px=13.0,
    marker_shapes=True,
    labels_on_bars=False,
    line_width=2.0,
    one_lane=True,
)

# View › Text Size and the export dialog's choice: a factor on every type size (and the
# lanes and rows that hold the text), on top of what the user's own font size asks for.
TEXT_SIZES = (0.75, 0.9, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
TEXT_SIZE_RANGE = (0.5, 4.0)


def with_text_size(theme: Theme, factor: float) -> Theme:
    """``theme`` with its type, and the layout that follows it, ``factor`` times larger."""
    lo, hi = TEXT_SIZE_RANGE
    factor = min(max(factor, lo), hi)
    return theme if factor == 1.0 else replace(theme, scale=theme.scale * factor)


# Nothing smaller than 1/40 of the screen height, so the back row can read it.
SMALLEST_TEXT_FRACTION = 1 / 40


def projector_for(screen_height: float) -> Theme:
    """The projector theme with type sized from the screen's height."""
    smallest = min(
        PROJECTOR.label_px,
        PROJECTOR.tick_px,
        PROJECTOR.context_px,
        PROJECTOR.lane_px,
        PROJECTOR.badge_px,
    )
    scale = max(1.0, screen_height * SMALLEST_TEXT_FRACTION / smallest)
    return replace(PROJECTOR, scale=scale)


THEMES = {t.name: t for t in (LIGHT, DARK, PROJECTOR)}


def theme_named(name: str) -> Theme:
    try:
        return THEMES[name]
    except KeyError:
        raise KeyError(f"unknown theme {name!r}; choose one of {', '.join(THEMES)}") from None


def category_color(color: str, index: int) -> str:
    """A category's own colour, or one from the palette by its position."""
    return color or PALETTE[index % len(PALETTE)]


# Non-text shapes (markers, borders, focus rings) stand out from their ground at least this
# much (WCAG 2.1, 1.4.11).
NON_TEXT_CONTRAST = 3.0


def marker_edge(theme: Theme, color: str) -> str:
    """The outline of a marker of ``color``: the theme's quiet outline where the colour
    stands out from every lane by itself, else the theme's edge colour, which does."""
    grounds = (theme.lane_even, theme.lane_odd, theme.background)
    if min(contrast_ratio(color, g) for g in grounds) >= NON_TEXT_CONTRAST:
        return theme.marker_outline
    return theme.marker_edge


def marker_boundary(theme: Theme, color: str, ground: str) -> str:
    """What sets a marker of ``color`` apart from ``ground``: its fill, or its edge."""
    edge = marker_edge(theme, color)
    return max((color, edge), key=lambda c: contrast_ratio(c, ground))


def relative_luminance(hex_color: str) -> float:
    """WCAG 2 relative luminance of #rrggbb."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two colours, 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    return (
        "#000000"
        if contrast_ratio(background, "#000000") >= contrast_ratio(background, "#FFFFFF")
        else "#FFFFFF"
    )
