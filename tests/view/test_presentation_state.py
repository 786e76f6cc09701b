"""The presentation's state machine: clicker keys, numbers, blanking, reveal mode."""

from __future__ import annotations

from timeline_app.view.presentation import KEYS, Command, PresentationState, share_height

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
    assert run(*[Command.NEXT] * 30).at_end  # the end slide, and there it stays
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
    held = s.apply(Command.DIGIT, "3").apply(Command.HELP).apply(Command.TOGGLE_REVEAL)
    assert held == s  # nothing happens behind a black screen
    assert s.apply(Command.BLANK_WHITE).blank == "white"  # the other colour
    back = s.apply(Command.BLANK_BLACK)
    assert back.blank == "" and back.current == "e1"
    white = run(Command.BLANK_WHITE)
    assert white.blank == "white" and white.apply(Command.BLANK_WHITE).blank == ""
    assert run(Command.BLANK_BLACK, Command.ESCAPE).blank == ""
    assert not run(Command.BLANK_BLACK, Command.ESCAPE).finished


def test_any_navigation_key_brings_a_blanked_picture_back_and_only_that() -> None:
    # As presentation programs do: the class sees again what it saw before the blank.
    s = run(Command.NEXT, Command.NEXT)
    for blank in (Command.BLANK_BLACK, Command.BLANK_WHITE):
        for key in (Command.NEXT, Command.PREVIOUS, Command.FIRST, Command.LAST, Command.GO):
            back = s.apply(blank).apply(key)
            assert back.blank == "" and back.current == "e1", (blank, key)
    # The list of keys, drawn over the picture, closes the same way.
    assert run(Command.NEXT, Command.HELP, Command.NEXT) == run(Command.NEXT)


def test_one_more_click_after_the_last_event_shows_the_end_slide() -> None:
    s = run(*[Command.NEXT] * 11)
    assert s.current == "e10" and not s.at_end
    end = s.apply(Command.NEXT)
    assert end.at_end and end.current is None and end.progress == ""
    assert end.apply(Command.NEXT) == end and not end.apply(Command.NEXT).finished
    assert end.apply(Command.PREVIOUS).current == "e10"
    assert end.apply(Command.FIRST).current == "e0"
    assert end.apply(Command.ESCAPE).finished
    # In reveal mode the last event is revealed first, then the end slide comes.
    r = run(Command.TOGGLE_REVEAL, Command.LAST)
    assert not r.revealed and not r.apply(Command.NEXT).at_end
    assert r.apply(Command.NEXT).apply(Command.NEXT).at_end
    assert PresentationState(()).apply(Command.NEXT) == PresentationState(())


def test_the_next_click_is_named_for_the_presenter() -> None:
    def title(event_id: str) -> str:
        return f"Title of {event_id}"

    s = run(Command.NEXT)
    assert s.next_click(False, title) == "next: Title of e1"
    assert s.next_click(True, title) == "more quotes"
    assert run().next_click(False, title) == "next: Title of e0"
    assert run(Command.TOGGLE_REVEAL, Command.NEXT).next_click(False, title) == "reveal the date"
    assert run(Command.LAST).next_click(False, title) == "the end slide"
    assert run(Command.LAST, Command.NEXT).next_click(False, title) == "nothing more: Esc leaves"
    assert s.apply(Command.BLANK_BLACK).next_click(True, title) == "bring the picture back"
    assert s.apply(Command.HELP).next_click(False, title) == "close the list of keys"


def test_turning_reveal_mode_on_or_off_leaves_a_note_for_the_teacher() -> None:
    on = run(Command.NEXT, Command.TOGGLE_REVEAL)
    assert on.reveal_mode and on.note.startswith("Reveal mode on")
    assert on.current == "e0" and on.revealed  # what is on screen stays as it is
    off = on.apply(Command.TOGGLE_REVEAL)
    assert not off.reveal_mode and off.note == "Reveal mode off"
    assert on.apply(Command.NEXT).note == ""  # the note goes with the next command


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


def test_the_timeline_takes_what_its_step_needs_and_the_card_the_rest() -> None:
    room, least = 1000.0, 150.0
    assert share_height(room, 300.0, float("inf"), least) == 300  # its rows, no more
    assert share_height(room, 40.0, float("inf"), least) == 150  # never less than the least
    assert share_height(room, 5000.0, float("inf"), least) == 600  # never most of the screen
    # A short card at its largest type leaves the spare to the timeline.
    assert share_height(room, 300.0, 500.0, least) == 500
    assert share_height(room, 300.0, 990.0, least) == 300
    assert share_height(100.0, 300.0, float("inf"), least) == 100  # a tiny window: all there is
