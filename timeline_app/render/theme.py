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
    font_family: str = ""
    label_px: float = 13.0
    tick_px: float = 12.0
    context_px: float = 13.0
    lane_px: float = 11.0
    badge_px: float = 11.0
    scale: float = 1.0
    dark: bool = False

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
    dark=True,
)

THEMES = {t.name: t for t in (LIGHT, DARK)}


def theme_named(name: str) -> Theme:
    try:
        return THEMES[name]
    except KeyError:
        raise KeyError(f"unknown theme {name!r}; choose one of {', '.join(THEMES)}") from None


def category_color(color: str, index: int) -> str:
    """A category's own colour, or one from the palette by its position."""
    return color or PALETTE[index % len(PALETTE)]


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
