"""Presentation mode on screen: clicker keys, animation, reveal, blanking, legibility."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.formats import load_timeline
from timeline_app.render.painter import QtTextMetrics, layout_style
from timeline_app.render.theme import LIGHT, PROJECTOR, contrast_ratio, projector_for
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.presentation import PresentationWindow
from timeline_app.view.layout import layout
from timeline_app.view.presentation import Command


@pytest.fixture
def show(qtbot: QtBot, bundled_path: Path) -> PresentationWindow:
    w = PresentationWindow(load_timeline(bundled_path))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.setFocus()
    return w


def press(qtbot: QtBot, w: PresentationWindow, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(w, key)


def test_clicker_keys_step_through_events_in_time_order(
    show: PresentationWindow, qtbot: QtBot
) -> None:
    order = [e.id for e in show.timeline.events]
    assert show.state.current is None and "Press → to begin" in show.card.text()
    press(qtbot, show, Qt.Key.Key_Right)
    assert show.state.current == order[0]
    assert show.progress.text() == f"1 / {len(order)}"
    press(qtbot, show, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down)
    assert show.state.current == order[3]
    press(qtbot, show, Qt.Key.Key_Left, Qt.Key.Key_PageUp)
    assert show.state.current == order[1]
    press(qtbot, show, Qt.Key.Key_End)
    assert show.state.current == order[-1]
    press(qtbot, show, Qt.Key.Key_Home)
    assert show.state.current == order[0]


def test_each_step_ends_framing_the_event_and_shows_its_card(
    show: PresentationWindow, qtbot: QtBot
) -> None:
    press(qtbot, show, Qt.Key.Key_Right)
    show.finish_animation()
    event = show.current_event()
    assert event is not None
    vp = show.canvas.viewport
    assert vp.start < event.tm < vp.end
    assert vp == show.canvas.frame_viewport(event)
    assert event.title in show.card.text() and event.date_text() in show.card.text()
    assert show.canvas.selected_id == event.id
    assert show.canvas.scene().mark_for(event.id) is not None  # its label is on screen


def test_animation_is_smooth_and_an_interrupting_key_lands_on_the_new_target(
    show: PresentationWindow, qtbot: QtBot
) -> None:
    start = show.canvas.viewport
    press(qtbot, show, Qt.Key.Key_Right)
    assert show.animation.state() == show.animation.State.Running
    # Moving (however busy the machine: no fixed wait, which a loaded machine can outlast
    # before the animation's first step).
    qtbot.waitUntil(lambda: show.canvas.viewport != start, timeout=2000)
    assert show.animation.state() == show.animation.State.Running
    press(qtbot, show, Qt.Key.Key_Right, Qt.Key.Key_Right)  # interrupt twice
    target = show.canvas.frame_viewport(show.current_event())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: show.animation.state() != show.animation.State.Running, timeout=3000)
    assert show.canvas.viewport == target
    assert show.state.current == [e.id for e in show.timeline.events][2]


def test_number_then_enter_jumps(show: PresentationWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(show, "12")
    assert show.typed.isVisible() and show.typed.text() == "Go to 12…"
    press(qtbot, show, Qt.Key.Key_Return)
    assert show.progress.text().startswith("12 / ")
    assert not show.typed.isVisible()


def test_blank_black_and_white_return_with_the_same_key(
    show: PresentationWindow, qtbot: QtBot
) -> None:
    press(qtbot, show, Qt.Key.Key_Right)
    press(qtbot, show, Qt.Key.Key_B)
    img = show.grab().toImage()
    assert (
        img.pixelColor(300, 300).name() == "#000000"
        and img.pixelColor(1000, 700).name() == "#000000"
    )
    press(qtbot, show, Qt.Key.Key_Period)
    assert not show.overlay.isVisible()
    qtbot.keyClicks(show, ",")
    assert show.grab().toImage().pixelColor(640, 400).name() == "#ffffff"
    press(qtbot, show, Qt.Key.Key_W)
    assert not show.overlay.isVisible()


def test_any_navigation_key_brings_the_picture_back_without_moving_on(
    show: PresentationWindow, qtbot: QtBot
) -> None:
    press(qtbot, show, Qt.Key.Key_Right)
    shown = show.card.text()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageUp, Qt.Key.Key_Space, Qt.Key.Key_End):
        for blank in (Qt.Key.Key_B, Qt.Key.Key_W):
            press(qtbot, show, blank)
            assert show.overlay.isVisible()
            press(qtbot, show, key)
            assert not show.overlay.isVisible(), (blank, key)
            assert show.state.index == 0 and show.card.text() == shown


def test_reveal_mode_hides_date_and_quotes_until_the_next_click(
    show: PresentationWindow, qtbot: QtBot
) -> None:
    press(qtbot, show, Qt.Key.Key_R, Qt.Key.Key_Right)
    event = show.current_event()
    assert event is not None
    text = show.card.text()
    assert event.title in text and "Date: ?" in text and event.date_text() not in text
    assert event.quotes[0].text not in text

    def axis_colours() -> int:
        # The dates along the top of the timeline: text there means more than one colour.
        show.finish_animation()
        img = show.canvas.grab().toImage()
        strip = show.canvas.scene().axis_rect
        return len(
            {
                img.pixelColor(x, y).rgb()
                for x in range(0, img.width(), 2)
                for y in range(1, int(strip.h) - 2)
            }
        )

    assert axis_colours() == 1  # no date to read off the axis either
    press(qtbot, show, Qt.Key.Key_Right)
    assert show.current_event() is event
    assert event.date_text() in show.card.text() and event.quotes[0].text[:40] in show.card.text()
    assert axis_colours() > 1


def test_long_quotes_shrink_but_never_below_a_fortieth_and_continue_on_the_next_click(
    show: PresentationWindow, qtbot: QtBot
) -> None:
    meeting = [e.id for e in show.timeline.events].index("putin-trump-meeting-2017-07-07")
    qtbot.keyClicks(show, str(meeting + 1))
    press(qtbot, show, Qt.Key.Key_Return)
    floor = show.screen().geometry().height() / 40
    assert show.card.font_px >= floor - 0.01
    seen = show.card.text()
    assert not show.card.clipped
    assert show.card.has_next_page()
    while show.card.has_next_page():
        press(qtbot, show, Qt.Key.Key_Right)
        assert show.state.current == "putin-trump-meeting-2017-07-07"
        assert not show.card.clipped
        seen += show.card.text()
    event = show.current_event()
    assert event is not None
    for quote in event.quotes:
        assert quote.text[:50] in " ".join(seen.split())
    press(qtbot, show, Qt.Key.Key_Right)
    assert show.state.current != "putin-trump-meeting-2017-07-07"


def test_help_overlay_and_escape_leaves(show: PresentationWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(show, "?")
    assert show.overlay.isVisible() and show.overlay.help_rows
    press(qtbot, show, Qt.Key.Key_Escape)
    assert not show.overlay.isVisible() and show.isVisible()
    with qtbot.waitSignal(show.finished):
        press(qtbot, show, Qt.Key.Key_Escape)


def test_pointer_hides_after_two_seconds_and_returns_on_movement(
    show: PresentationWindow, qtbot: QtBot
) -> None:
    show._pointer_timer.setInterval(50)
    show._pointer_timer.start()
    qtbot.waitUntil(lambda: show.pointer_hidden, timeout=2000)
    qtbot.mouseMove(show.canvas, show.canvas.rect().center())
    assert not show.pointer_hidden
    assert show._pointer_timer.isActive()


def test_wheel_still_zooms_during_the_presentation(show: PresentationWindow) -> None:
    before = show.canvas.viewport.span
    show.canvas.zoom_by(2.0, 400)
    assert show.canvas.viewport.span < before
    show.command(Command.BLANK_BLACK)
    show.command(Command.BLANK_BLACK)
    assert show.canvas.viewport.span < before  # blanking does not reset the teacher's view


def test_projector_theme_is_legible_from_the_back_row() -> None:
    for what, fg, bg in PROJECTOR.text_pairs():
        assert contrast_ratio(fg, bg) >= 7.0, what
    for h in (600, 768, 1080, 2160):
        assert projector_for(h).smallest_text_px >= h / 40 - 1e-9
    assert PROJECTOR.marker_shapes and not LIGHT.marker_shapes
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)


def test_every_presentation_text_is_at_least_a_fortieth_of_the_screen(
    show: PresentationWindow,
) -> None:
    floor = show.screen().geometry().height() / 40
    theme = show.theme
    assert theme.smallest_text_px >= floor - 1e-9
    assert show.legend.px >= floor - 1e-9
    assert show.card.font_px >= floor - 1e-9
    assert show.overlay.font_px >= floor
    scene = layout(
        show.timeline,
        show.canvas.viewport,
        show.canvas.height(),
        QtTextMetrics(theme),
        layout_style(theme),
    )
    assert scene.marks  # the one-lane layout has room for labels in the projector's type


def test_f5_presents_and_escape_leaves_the_window_as_it_was(qtbot: QtBot) -> None:
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1200, 760)
    main.show()
    qtbot.waitExposed(main)
    main.open_bundled()
    main.canvas.select("trump-warsaw-speech-2017-07-06")
    main.canvas.zoom_by(3.0)
    before = (
        main.canvas.viewport,
        main.canvas.selected_id,
        main.main_splitter.sizes(),
        main.size(),
    )
    main.act_present.trigger()
    show = main.presentation
    qtbot.waitExposed(show)
    assert show.isFullScreen()
    for _ in range(5):
        show.command(Command.NEXT)
    show.command(Command.ESCAPE)
    qtbot.waitUntil(lambda: not show.isVisible(), timeout=2000)
    after = (main.canvas.viewport, main.canvas.selected_id, main.main_splitter.sizes(), main.size())
    assert after == before
    QApplication.processEvents()


def test_clicking_an_event_on_the_timeline_goes_to_it(
    show: PresentationWindow, qtbot: QtBot
) -> None:
    press(qtbot, show, Qt.Key.Key_End)
    show.finish_animation()
    marks = [m for m in show.canvas.scene().marks if m.event_id != show.state.current]
    assert marks
    target = marks[0]
    r = target.marker
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(
        show.canvas,
        Qt.MouseButton.LeftButton,
        pos=QPoint(round(r.x + r.w / 2), round(r.y + r.h / 2)),
    )
    assert show.state.current == target.event_id
    assert show.canvas.selected_id == target.event_id
    assert show.timeline.get(target.event_id).title in show.card.text()  # type: ignore[union-attr]
    qtbot.mouseClick(
        show.canvas, Qt.MouseButton.LeftButton, pos=QPoint(3, show.canvas.height() - 3)
    )
    assert show.canvas.selected_id == show.state.current == target.event_id


def test_every_step_shows_the_presented_event_with_its_label_never_folded_into_a_count(
    qtbot: QtBot, bundled_path: Path
) -> None:
    # On a projector the type is large: around 7 July five events share a day and a half,
    # and the breakfast of 8 July used to be framed folded into a "+1" badge.
    w = PresentationWindow(load_timeline(bundled_path))
    qtbot.addWidget(w)
    w.resize(1920, 1080)
    w.show()
    qtbot.waitExposed(w)
    w.theme = projector_for(1080)
    w.canvas.set_theme(w.theme)
    for step, event_id in enumerate(w.state.event_ids, start=1):
        for _ in range(10):  # a card with many quotes turns its pages first
            w.command(Command.NEXT)
            if w.state.current == event_id:
                break
        w.finish_animation()
        assert w.state.current == event_id
        mark = w.canvas.scene().mark_for(event_id)
        assert mark is not None, f"step {step}: {event_id} is not drawn"
        assert mark.label and 0 <= mark.label_rect.x < w.canvas.width(), step


def test_the_opening_view_fits_the_timeline_after_the_window_takes_its_full_size(
    qtbot: QtBot, bundled_path: Path
) -> None:
    # The window is built at a default size and then goes full screen: the opening view
    # must be the whole timeline at the final width, not the small window's view stretched.
    w = PresentationWindow(load_timeline(bundled_path))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.resize(1920, 1080)
    qtbot.waitUntil(lambda: w.canvas.width() > 1800)
    lo, hi = w.timeline.extent()
    vp = w.canvas.viewport
    assert vp.start <= lo and hi <= vp.end
    assert vp.span < 1.6 * (hi - lo)  # the data fill most of the width
    # And a framed event stays framed when the size changes again.
    w.command(Command.LAST)
    w.finish_animation()
    w.resize(1280, 800)
    qtbot.waitUntil(lambda: w.canvas.width() < 1300)
    event = w.current_event()
    assert event is not None
    assert w.canvas.viewport == w.canvas.frame_viewport(event)


def test_the_steps_tell_the_summit_before_what_happened_at_it(
    qtbot: QtBot, bundled_path: Path
) -> None:
    # The G20 summit (7-8 July) begins before the meeting held at it, and the meeting comes
    # before the agreements made there, as the file lists them.
    steps = PresentationWindow(load_timeline(bundled_path)).state.event_ids
    assert steps[-5:] == (
        "g20-hamburg-2017-07-07",
        "putin-trump-meeting-2017-07-07",
        "ukraine-bilateral-channel-2017-07-07",
        "cyber-security-working-group-2017-07-07",
        "putin-merkel-macron-breakfast-2017-07-08",
    )


def test_every_click_shows_something_new_even_after_reveal_mode_is_turned_on_or_off(
    show: PresentationWindow, qtbot: QtBot
) -> None:
    # R on a "(continued)" page used to lay the card out again from its first page, so the
    # next click brought back a page the class had seen: nothing new, once per page.
    seen: list[str] = [show.card.text()]
    toggled_on_continued = 0
    for _ in range(80):
        if show.state.at_end:
            break
        if "(continued)" in show.card.text():
            press(qtbot, show, Qt.Key.Key_R)
            assert show.card.text() == seen[-1]  # the page stays
            toggled_on_continued += 1
        before = (show.state.index, show.state.revealed, show.card.text())
        press(qtbot, show, Qt.Key.Key_Right)
        after = (show.state.index, show.state.revealed, show.card.text())
        assert after != before and show.card.text() not in seen[-1:], before
        seen.append(show.card.text())
    assert show.state.at_end and toggled_on_continued >= 2
    show.finish_animation()
    assert "The end" in show.card.text() and show.canvas.fitted  # the whole timeline


def test_one_more_click_after_the_last_event_shows_the_timeline_whole_with_its_title(
    show: PresentationWindow, qtbot: QtBot
) -> None:
    press(qtbot, show, Qt.Key.Key_End)
    show.finish_animation()
    assert not show.canvas.fitted
    press(qtbot, show, Qt.Key.Key_Right)
    show.finish_animation()
    assert show.state.at_end and show.canvas.fitted
    assert show.timeline.title in show.card.text() and "Esc" in show.card.text()
    assert not show.progress.isVisible()
    press(qtbot, show, Qt.Key.Key_Left)
    assert show.state.index == len(show.state.event_ids) - 1


def test_the_axis_around_each_step_names_the_event_s_own_day(
    qtbot: QtBot, bundled_path: Path
) -> None:
    # On the 8 July step a 1920 × 1080 projector showed 00:00 / 12:00 ticks for events known
    # to the day, and every other day with Sat 8 left out.
    w = PresentationWindow(load_timeline(bundled_path))
    qtbot.addWidget(w)
    w.resize(1920, 1080)
    w.show()
    qtbot.waitExposed(w)
    w.theme = projector_for(1080)
    w.canvas.set_theme(w.theme)
    while not w.state.at_end:
        w.command(Command.NEXT)
        w.finish_animation()
        event = w.current_event()
        if event is None:
            continue
        labels = [t.label for t in w.canvas.scene().ticks]
        day = event.start.day
        assert any(label.endswith(f" {day}") for label in labels), (event.id, labels)
        assert not any(":" in label for label in labels), (event.id, labels)


def test_the_timeline_takes_the_rows_its_step_needs_and_the_quotes_the_rest(
    show: PresentationWindow, qtbot: QtBot
) -> None:
    # The timeline had five elevenths of the screen at every step: at 1920 × 1080 quotes
    # shrank to the smallest type under an almost empty grey band.
    style = layout_style(show.theme)
    room_for_badges = style.badge_height + style.lane_gap + 2
    least = style.axis_height + 2 * style.row_height
    for step, event_id in enumerate(show.state.event_ids, start=1):
        while show.state.current != event_id:
            press(qtbot, show, Qt.Key.Key_Right)
        show.finish_animation()
        scene = show.canvas.scene()
        mark = scene.mark_for(event_id)
        assert mark is not None and mark.label, step  # the event and its label still show
        lowest = max(
            [max(m.marker.bottom, m.label_rect.bottom) for m in scene.marks]
            + [b.rect.bottom for b in scene.badges]
        )
        empty = show.canvas.height() - lowest
        at_largest = show.card.font_px >= show.screen().geometry().height() / 22 - 0.01
        assert at_largest or empty <= room_for_badges or show.canvas.height() <= least + 1, (
            step,
            empty,
            show.card.font_px,
        )
        assert show.canvas.height() + show.legend.height() + show.card.height() == show.height()
