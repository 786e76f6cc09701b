"""Presentation state: which event is shown, what is revealed, whether the screen is blank.

Pure and Qt-free: the presentation window turns key presses into ``Command``s, applies them
here, and draws what the state says. Keys follow presentation clickers and software: a
clicker sends Right/Left, Page Down/Page Up, or Space/Backspace.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from enum import Enum

from timeline_app.model.timeline import Timeline


class Command(Enum):
    NEXT = "next"
    PREVIOUS = "previous"
    FIRST = "first"
    LAST = "last"
    BLANK_BLACK = "black"
    BLANK_WHITE = "white"
    DIGIT = "digit"
    GO = "go"
    TOGGLE_REVEAL = "reveal"
    HELP = "help"
    ESCAPE = "escape"


# Key names as Qt spells them (Qt.Key.Key_Right.name == "Key_Right"), so this table stays
# free of Qt; the window looks keys up by name.
KEYS: dict[str, Command] = {
    "Key_Right": Command.NEXT,
    "Key_Down": Command.NEXT,
    "Key_PageDown": Command.NEXT,
    "Key_Space": Command.NEXT,
    "Key_Return": Command.GO,
    "Key_Enter": Command.GO,
    "Key_Left": Command.PREVIOUS,
    "Key_Up": Command.PREVIOUS,
    "Key_PageUp": Command.PREVIOUS,
    "Key_Backspace": Command.PREVIOUS,
    "Key_Home": Command.FIRST,
    "Key_End": Command.LAST,
    "Key_B": Command.BLANK_BLACK,
    "Key_Period": Command.BLANK_BLACK,
    "Key_W": Command.BLANK_WHITE,
    "Key_Comma": Command.BLANK_WHITE,
    "Key_R": Command.TOGGLE_REVEAL,
    "Key_Question": Command.HELP,
    "Key_F1": Command.HELP,
    "Key_Escape": Command.ESCAPE,
}

KEY_HELP: list[tuple[str, str]] = [
    ("→  ↓  Page Down  Space  Enter", "Next"),
    ("←  ↑  Page Up  Backspace", "Previous"),
    ("Home / End", "First / last event"),
    ("number, then Enter", "Go to that event"),
    ("B or .", "Black screen (press again to return)"),
    ("W or ,", "White screen (press again to return)"),
    ("R", "Reveal mode: date and quotes after the next click"),
    ("Wheel, drag", "Zoom and move the timeline"),
    ("?", "Show or hide this list"),
    ("Esc", "Leave the presentation"),
]


@dataclass(frozen=True, slots=True)
class PresentationState:
    """Where the presentation is. ``index`` -1 means the title view before the first event."""

    event_ids: tuple[str, ...]
    index: int = -1
    reveal_mode: bool = False
    revealed: bool = True
    blank: str = ""  # "", "black" or "white"
    typed: str = ""  # digits typed before Enter
    help: bool = False
    finished: bool = False  # Esc pressed: leave

    @property
    def current(self) -> str | None:
        return self.event_ids[self.index] if 0 <= self.index < len(self.event_ids) else None

    @property
    def next_id(self) -> str | None:
        i = self.index + 1
        return self.event_ids[i] if 0 <= i < len(self.event_ids) else None

    @property
    def progress(self) -> str:
        """The discreet progress mark: '4 / 11'."""
        return f"{self.index + 1} / {len(self.event_ids)}" if self.current else ""

    def _go(self, index: int) -> PresentationState:
        index = max(0, min(index, len(self.event_ids) - 1))
        if not self.event_ids:
            return self
        return replace(self, index=index, revealed=not self.reveal_mode, typed="")

    def apply(self, command: Command, digit: str = "") -> PresentationState:
        """The state after one command; unknown or impossible commands change nothing."""
        if self.blank:
            # A blanked screen returns with its own key (or Esc); other keys wait.
            if (
                (command is Command.BLANK_BLACK and self.blank == "black")
                or (command is Command.BLANK_WHITE and self.blank == "white")
                or command is Command.ESCAPE
            ):
                return replace(self, blank="")
            return self
        if self.help and command in (Command.HELP, Command.ESCAPE):
            return replace(self, help=False)
        if command is Command.HELP:
            return replace(self, help=True)
        if command is Command.ESCAPE:
            if self.typed:
                return replace(self, typed="")
            return replace(self, finished=True)
        if command is Command.BLANK_BLACK:
            return replace(self, blank="black", typed="")
        if command is Command.BLANK_WHITE:
            return replace(self, blank="white", typed="")
        if command is Command.DIGIT:
            return replace(self, typed=(self.typed + digit)[-4:])
        if command is Command.TOGGLE_REVEAL:
            return replace(self, reveal_mode=not self.reveal_mode, revealed=True)
        if command is Command.GO and self.typed:
            return self._go(int(self.typed) - 1)
        if command in (Command.NEXT, Command.GO):
            if self.current and not self.revealed:
                return replace(self, revealed=True)
            if self.index + 1 >= len(self.event_ids):
                return self
            return self._go(self.index + 1)
        if command is Command.PREVIOUS:
            return self._go(self.index - 1) if self.index > 0 else self
        if command is Command.FIRST:
            return self._go(0)
        if command is Command.LAST:
            return self._go(len(self.event_ids) - 1)
        return self


def steps(timeline: Timeline, hidden: Collection[str] = ()) -> tuple[str, ...]:
    """The events a presentation steps through: time order, over the shown categories."""
    ids = timeline.columns.ids
    return tuple(ids[i] for i in timeline.shown_indices(frozenset(hidden)))
