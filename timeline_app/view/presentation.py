"""Presentation state: which event is shown, what is revealed, whether the screen is blank.

Pure and Qt-free: the presentation window turns key presses into ``Command``s, applies them
here, and draws what the state says. Keys follow presentation clickers and software: a
clicker sends Right/Left, Page Down/Page Up, or Space/Backspace.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from enum import Enum

from timeline_app.i18n import context
from timeline_app.model.timeline import Timeline

tr = context("PresentationSteps")


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

# The key list, marked here and translated where it is drawn (tr(keys), tr(what)).
KEY_HELP: list[tuple[str, str]] = [
    (tr.mark("→  ↓  Page Down  Space  Enter"), tr.mark("Next")),
    (tr.mark("←  ↑  Page Up  Backspace"), tr.mark("Previous")),
    (tr.mark("Home / End"), tr.mark("First / last event")),
    (tr.mark("number, then Enter"), tr.mark("Go to that event")),
    (tr.mark("B or ."), tr.mark("Black screen (again, or any arrow, to return)")),
    (tr.mark("W or ,"), tr.mark("White screen (again, or any arrow, to return)")),
    (tr.mark("R"), tr.mark("Reveal mode: date and quotes after the next click")),
    (tr.mark("Wheel, drag"), tr.mark("Zoom and move the timeline")),
    (tr.mark("?"), tr.mark("Show or hide this list")),
    (tr.mark("Esc"), tr.mark("Leave the presentation")),
]


def key_help() -> list[tuple[str, str]]:
    """The presentation's keys and what they do, in the user's language."""
    return [(tr(keys), tr(what)) for keys, what in KEY_HELP]


# The commands that move through the steps: while the screen is blanked or the key list is
# up, any of them first brings the picture back, as presentation programs do.
NAVIGATION = frozenset({Command.NEXT, Command.PREVIOUS, Command.FIRST, Command.LAST, Command.GO})

# Marked here, translated where they are shown (tr(state.note)).
REVEAL_ON_NOTE = tr.mark("Reveal mode on: each date and its quotes wait for a click")
REVEAL_OFF_NOTE = tr.mark("Reveal mode off")


def note_text(note: str) -> str:
    """A state's note in the user's language."""
    return tr(note) if note else ""


@dataclass(frozen=True, slots=True)
class PresentationState:
    """Where the presentation is. ``index`` -1 means the title view before the first event,
    ``len(event_ids)`` the end slide after the last one."""

    event_ids: tuple[str, ...]
    index: int = -1
    reveal_mode: bool = False
    revealed: bool = True
    blank: str = ""  # "", "black" or "white"
    typed: str = ""  # digits typed before Enter
    help: bool = False
    finished: bool = False  # Esc pressed: leave
    note: str = ""  # a word for the teacher (not the class) about the last command

    @property
    def current(self) -> str | None:
        return self.event_ids[self.index] if 0 <= self.index < len(self.event_ids) else None

    @property
    def next_id(self) -> str | None:
        i = self.index + 1
        return self.event_ids[i] if 0 <= i < len(self.event_ids) else None

    @property
    def at_end(self) -> bool:
        """The end slide: the whole timeline with its title, after the last event."""
        return bool(self.event_ids) and self.index >= len(self.event_ids)

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
        state = self._apply(command, digit)
        if state.note and state.reveal_mode == self.reveal_mode:
            state = replace(state, note="")  # a note lasts until the next command
        return state

    def _apply(self, command: Command, digit: str) -> PresentationState:
        if self.blank:
            # A blanked screen returns with its own key, Esc or any navigation key (which
            # does nothing more: the class sees again what it saw); the other blank key
            # changes the colour, and other keys wait.
            if command in NAVIGATION or command is Command.ESCAPE:
                return replace(self, blank="")
            if command is Command.BLANK_BLACK:
                return replace(self, blank="" if self.blank == "black" else "black")
            if command is Command.BLANK_WHITE:
                return replace(self, blank="" if self.blank == "white" else "white")
            return self
        if self.help and command in (Command.HELP, Command.ESCAPE, *NAVIGATION):
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
            on = not self.reveal_mode
            return replace(
                self,
                reveal_mode=on,
                revealed=True,
                note=REVEAL_ON_NOTE if on else REVEAL_OFF_NOTE,
            )
        if command is Command.GO and self.typed:
            return self._go(int(self.typed) - 1)
        if command in (Command.NEXT, Command.GO):
            if self.current and not self.revealed:
                return replace(self, revealed=True)
            if self.at_end or not self.event_ids:
                return self
            if self.index + 1 >= len(self.event_ids):
                return replace(self, index=len(self.event_ids), revealed=True, typed="")
            return self._go(self.index + 1)
        if command is Command.PREVIOUS:
            return self._go(self.index - 1) if self.index > 0 else self
        if command is Command.FIRST:
            return self._go(0)
        if command is Command.LAST:
            return self._go(len(self.event_ids) - 1)
        return self

    def next_click(self, more_quotes: bool, title_of: Callable[[str], str]) -> str:
        """What the next click (→, Space, a clicker's button) will do, in a few words for the
        presenter view. ``more_quotes``: the card shown has a further page of quotes."""
        if self.blank:
            return tr("bring the picture back")
        if self.help:
            return tr("close the list of keys")
        if self.current and not self.revealed:
            return tr("reveal the date")
        if more_quotes:
            return tr("more quotes")
        if self.at_end or not self.event_ids:
            return tr("nothing more: Esc leaves")
        if self.next_id is None:
            return tr("the end slide")
        return tr("next: {title}").format(title=title_of(self.next_id))


# The timeline's part of the screen, in rows of its type, and at most this part of the room:
# the rest is the card's.
TIMELINE_LEAST_ROWS = 2
TIMELINE_MOST = 0.6


def share_height(room: float, timeline_need: float, card_need: float, least: float) -> int:
    """The timeline's height out of ``room`` pixels, the card having the rest.

    The timeline gets what its step needs (its rows down to the lowest label), no less than
    ``least`` and no more than TIMELINE_MOST of the room, so that the quotes are as large as
    the room allows; when the card holds everything at its largest type with room to spare,
    the spare goes back to the timeline."""
    most = max(least, TIMELINE_MOST * room)
    height = min(max(timeline_need, least), most)
    spare = room - height - card_need
    if spare > 0:
        height += spare
    return round(max(0.0, min(height, room)))


def steps(timeline: Timeline, hidden: Collection[str] = ()) -> tuple[str, ...]:
    """The events a presentation steps through: time order, over the shown categories."""
    ids = timeline.columns.ids
    return tuple(ids[i] for i in timeline.shown_indices(frozenset(hidden)))
