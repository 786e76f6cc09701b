"""The presenter view: the projector's picture, its blanking, the next click, the notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from timeline_app.formats import load_timeline
from timeline_app.ui.presentation import PresentationWindow
from timeline_app.ui.presenter import PresenterWindow
from timeline_app.view.presentation import Command


@pytest.fixture
def both(qtbot: QtBot, bundled_path: Path) -> tuple[PresentationWindow, PresenterWindow]:
    audience = PresentationWindow(load_timeline(bundled_path))
    qtbot.addWidget(audience)
    audience.resize(1280, 800)
    audience.show()
    qtbot.waitExposed(audience)
    presenter = PresenterWindow(audience, QGuiApplication.primaryScreen())
    qtbot.addWidget(presenter)
    presenter.resize(1280, 800)
    presenter.show()
    qtbot.waitExposed(presenter)
    return audience, presenter


def go_to(audience: PresentationWindow, event_id: str) -> None:
    n = audience.state.event_ids.index(event_id) + 1
    for digit in str(n):
        audience.command(Command.DIGIT, digit)
    audience.command(Command.GO)
    audience.finish_animation()


def test_the_thumbnail_shows_what_the_projector_shows_as_it_changes(
    both: tuple[PresentationWindow, PresenterWindow], qtbot: QtBot
) -> None:
    audience, presenter = both
    thumb = presenter.thumbnail

    def centre() -> str:
        image = thumb.image
        return image.pixelColor(image.width() // 2, image.height() // 2).name()

    assert not thumb.image.isNull()
    ratio = thumb.image.width() / thumb.image.height()
    assert ratio == pytest.approx(audience.width() / audience.height(), rel=0.02)
    audience.command(Command.NEXT)
    before = thumb.renders
    audience.command(Command.BLANK_BLACK)
    assert thumb.renders > before and centre() == "#000000"
    assert presenter.blank.isVisible() and "blanked" in presenter.blank.text()
    audience.command(Command.NEXT)  # brings the picture back
    assert centre() != "#000000" and not presenter.blank.isVisible()
    audience.command(Command.BLANK_WHITE)
    assert centre() == "#ffffff" and "white" in presenter.blank.text()
    audience.command(Command.BLANK_WHITE)
    # While the projector glides to the next event, the thumbnail follows it.
    audience.command(Command.NEXT)
    count = thumb.renders
    qtbot.waitUntil(lambda: thumb.renders > count + 1, timeout=3000)


def test_the_next_click_is_named(
    both: tuple[PresentationWindow, PresenterWindow], qtbot: QtBot
) -> None:
    audience, presenter = both
    go_to(audience, "tillerson-syria-deescalation-2017-07-05")
    while audience.card.has_next_page():
        assert presenter.next.text() == "Next click: more quotes"
        audience.command(Command.NEXT)
    assert presenter.next.text() == "Next click: next: Trump's speech in Warsaw"
    audience.command(Command.NEXT)
    assert audience.card.has_next_page()
    assert presenter.next.text() == "Next click: more quotes"
    while audience.card.has_next_page():
        qtbot.keyClick(presenter, Qt.Key.Key_Right)  # keys work on the teacher's screen
    assert presenter.next.text() == "Next click: next: G20 summit in Hamburg"
    audience.command(Command.TOGGLE_REVEAL)
    audience.command(Command.NEXT)
    assert presenter.next.text() == "Next click: reveal the date"
    audience.command(Command.LAST)
    audience.command(Command.NEXT)
    assert presenter.next.text() == "Next click: the end slide"


def test_reveal_mode_is_noted_on_the_teacher_s_screen_and_not_on_the_projector(
    both: tuple[PresentationWindow, PresenterWindow],
) -> None:
    audience, presenter = both
    audience.command(Command.NEXT)
    card = audience.card.text()
    audience.command(Command.TOGGLE_REVEAL)
    assert presenter.note.text().startswith("Reveal mode on")
    audience.command(Command.TOGGLE_REVEAL)
    assert presenter.note.text() == "Reveal mode off"
    assert audience.card.text() == card
    shown = [label.text() for label in audience.findChildren(type(presenter.note))]
    assert not any("Reveal mode" in text for text in shown)


def test_the_notes_are_large_enough_to_read_at_arm_s_length(
    both: tuple[PresentationWindow, PresenterWindow],
) -> None:
    audience, presenter = both
    h = QGuiApplication.primaryScreen().geometry().height()
    for event_id in audience.state.event_ids:
        go_to(audience, event_id)
        event = audience.current_event()
        assert event is not None
        assert presenter.notes_px >= h / 30
        assert " ".join(presenter.notes.text().split())[:40] in " ".join(event.notes.split())
