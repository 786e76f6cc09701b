"""The presentation's state machine: clicker keys, numbers, blanking, reveal mode."""

from __future__ import annotations

from timeline_app.view.presentation import KEYS, Command, PresentationState

IDS = tuple(f"e{i}" for i in range(11))


def run(*commands: Command | str, state: PresentationState | None = None) -> PresentationState:
    s = state or PresentationState(IDS)
    for c in commands:
        s = s.apply(Command.DIGIT, c) if isinstance(c, str) else s.apply(c)
    return s


def test_next_and_previous_walk_in_order_and_stop_at_the_ends() -> None:
    s = run(Command.NEXT)
    assert s.current == "e0" and s.progress == "1 / 11"
    s = run(*[Command.NEXT] * 4)
    assert s.current == "e3" and s.progress == "4 / 11"
    assert run(*[Command.NEXT] * 30).current == "e10"
    assert run(Command.NEXT, Command.PREVIOUS, Command.PREVIOUS).current == "e0"
    assert run(Command.LAST).current == "e10" and run(Command.LAST, Command.FIRST).current == "e0"


def test_clicker_keys_map_to_next_and_previous() -> None:
    for key in ("Key_Right", "Key_Down", "Key_PageDown", "Key_Space"):
        assert KEYS[key] is Command.NEXT
    for key in ("Key_Left", "Key_Up", "Key_PageUp", "Key_Backspace"):
        assert KEYS[key] is Command.PREVIOUS
    assert KEYS["Key_Return"] is Command.GO and KEYS["Key_Home"] is Command.FIRST


def test_enter_alone_is_next_and_a_number_then_enter_jumps() -> None:
    assert run(Command.GO, Command.GO).current == "e1"
    s = run(Command.NEXT, "7")
    assert s.typed == "7" and s.current == "e0"
    s = s.apply(Command.GO)
    assert s.current == "e6" and s.typed == "" and s.progress == "7 / 11"
    assert run("9", "9", Command.GO).current == "e10"  # beyond the end: the last
    assert run(Command.NEXT, "4", Command.ESCAPE).typed == ""  # Esc cancels the number
    assert not run(Command.NEXT, "4", Command.ESCAPE).finished


def test_blanking_returns_with_the_same_key_and_holds_other_keys() -> None:
    s = run(Command.NEXT, Command.NEXT, Command.BLANK_BLACK)
    assert s.blank == "black"
    held = s.apply(Command.NEXT).apply(Command.BLANK_WHITE)
    assert held.blank == "black" and held.current == "e1"
    back = s.apply(Command.BLANK_BLACK)
    assert back.blank == "" and back.current == "e1"
    white = run(Command.BLANK_WHITE)
    assert white.blank == "white" and white.apply(Command.BLANK_WHITE).blank == ""
    assert run(Command.BLANK_BLACK, Command.ESCAPE).blank == ""
    assert not run(Command.BLANK_BLACK, Command.ESCAPE).finished


def test_reveal_mode_holds_date_and_quotes_until_the_next_click() -> None:
    s = run(Command.TOGGLE_REVEAL, Command.NEXT)
    assert s.current == "e0" and not s.revealed
    s = s.apply(Command.NEXT)
    assert s.current == "e0" and s.revealed
    s = s.apply(Command.NEXT)
    assert s.current == "e1" and not s.revealed
    assert s.apply(Command.PREVIOUS).current == "e0"
    off = s.apply(Command.TOGGLE_REVEAL)
    assert off.revealed and off.apply(Command.NEXT).current == "e2"


def test_help_and_escape() -> None:
    s = run(Command.HELP)
    assert s.help
    assert not s.apply(Command.HELP).help and not s.apply(Command.ESCAPE).help
    assert not s.apply(Command.ESCAPE).finished
    assert run(Command.NEXT, Command.ESCAPE).finished


def test_empty_presentation_is_safe() -> None:
    s = PresentationState(())
    for c in Command:
        s = s.apply(c, "1")
    assert s.current is None
