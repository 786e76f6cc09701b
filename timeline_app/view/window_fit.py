"""Where a window goes on a screen: its frame inside the screen's available area.

A window placed by size alone (1280 × 800) is larger than a 1024 × 768 projector, and at a
scale factor of 2 larger than a 1920 × 1080 laptop (960 × 540 logical pixels): its panes
and status bar are then off screen, out of reach. The size and place chosen here keep the
whole frame, title bar included, inside the area a screen offers to windows (the screen
less its panels and docks). Plain integers in logical pixels; no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

# The size a first window asks for; on a smaller screen it takes what the screen has.
DEFAULT_SIZE = (1280, 800)


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in logical pixels: its top-left corner and its size."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """The first x past the box."""
        return self.x + self.width

    @property
    def bottom(self) -> int:
        """The first y past the box."""
        return self.y + self.height


@dataclass(frozen=True, slots=True)
class Frame:
    """What the window manager draws around a window: the title bar on top, borders."""

    left: int = 0
    top: int = 0
    right: int = 0
    bottom: int = 0


def fit_window(window: Box, frame: Frame, available: Box, *, centre: bool = False) -> Box:
    """The window's inner geometry, no larger than it was, with its frame inside
    ``available``: shrunk where it is larger, moved where it sticks out, and centred when
    ``centre`` (a first window, which has no place of its own yet)."""
    room_w = max(1, available.width - frame.left - frame.right)
    room_h = max(1, available.height - frame.top - frame.bottom)
    width = max(1, min(window.width, room_w))
    height = max(1, min(window.height, room_h))
    lo_x, lo_y = available.x + frame.left, available.y + frame.top
    if centre:
        return Box(lo_x + (room_w - width) // 2, lo_y + (room_h - height) // 2, width, height)
    x = min(max(window.x, lo_x), lo_x + room_w - width)
    y = min(max(window.y, lo_y), lo_y + room_h - height)
    return Box(x, y, width, height)


def frame_fits(window: Box, frame: Frame, available: Box) -> bool:
    """Whether the whole frame of ``window`` lies inside ``available``."""
    return (
        window.x - frame.left >= available.x
        and window.y - frame.top >= available.y
        and window.right + frame.right <= available.right
        and window.bottom + frame.bottom <= available.bottom
    )
