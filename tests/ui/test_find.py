"""Finding events as a user does: typing in the search box (real key events), the count under
the list, the rings on the timeline and the ticks in the overview strip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from timeline_app.ui.main_window import MainWindow
from timeline_app.view.scene import EventMark

WHITE_HOUSE = "white-house-lavrov-2017-05-10"


def search(window: MainWindow, qtbot: QtBot, text: str) -> None:
    window.focus_search()
    qtbot.keyClicks(window.event_list.search, text)


def found(window: MainWindow) -> list[str]:
    model = window.event_list.model
    return [model.event_at(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]


def test_a_word_in_a_quote_finds_its_event(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "knaves")
    assert found(window) == [WHITE_HOUSE]
    assert window.event_list.count.text() == f"1 of {len(window.canvas.timeline)} events match"


def test_the_count_says_which_match_is_current(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "putin trump")
    n = window.event_list.model.rowCount()
    assert n >= 3
    assert window.event_list.count.text() == f"{n} of 14 events match"
    qtbot.keyClick(window.event_list.search, Qt.Key.Key_Down)
    assert window.event_list.count.text() == f"1 of {n} matches"
    qtbot.keyClick(window.event_list.search, Qt.Key.Key_Down)
    assert window.event_list.count.text() == f"2 of {n} matches"
    assert window.canvas.selected_id == found(window)[1]
    window.event_list.search.clear()
    qtbot.keyClicks(window.event_list.search, "zzzz")
    assert window.event_list.count.text() == "No match among 14 events"
    window.event_list.search.clear()
    assert window.event_list.count.text() == "14 events"


@pytest.fixture
def lesson(tmp_path: Path) -> Path:
    """Names only in quotes, as a speaker, and with accents."""
    doc = {
        "format": "timeline-app",
        "version": 1,
        "sources": [{"id": "s", "title": "Article"}],
        "events": [
            {
                "id": "talks",
                "title": "Talks at the White House",
                "start": "2017-05-10",
                "quotes": [
                    {"text": "the president met Sergei Lavrov", "source": "s", "locator": "¶1"}
                ],
            },
            {
                "id": "press",
                "title": "Press conference",
                "start": "2017-05-11",
                "quotes": [
                    {
                        "text": "We talked about Syria.",
                        "source": "s",
                        "locator": "¶2",
                        "speaker": "Sergei Lavrov",
                    }
                ],
            },
            {
                "id": "koeln",
                "title": "Treffen in Köln",
                "start": "2017-06-01",
                "participants": ["Angela Merkel", "François Hollande"],
            },
            {"id": "other", "title": "Something else", "start": "2017-06-20"},
        ],
    }
    path = tmp_path / "lesson.timeline.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Lavrov", ["talks", "press"]),  # in a quote's text, and as its speaker
        ("koln", ["koeln"]),  # without the accent
        ("KÖLN", ["koeln"]),
        ("francois merkel", ["koeln"]),  # people, any order, any case
        ("MERKEL", ["koeln"]),
    ],
)
def test_names_are_found_in_quotes_speakers_and_people_whatever_the_accents(
    window: MainWindow, qtbot: QtBot, lesson: Path, query: str, expected: list[str]
) -> None:
    assert window.open_path(str(lesson), wait=True)
    search(window, qtbot, query)
    assert found(window) == expected


def pixel(image: QImage, x: float, y: float) -> QColor:
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(x * ratio), round(y * ratio))


def near(a: QColor, b: str, tolerance: int = 40) -> bool:
    c = QColor(b)
    return max(abs(a.red() - c.red()), abs(a.green() - c.green()), abs(a.blue() - c.blue())) <= (
        tolerance
    )


def ringed(image: QImage, mark: EventMark, color: str) -> bool:
    """Whether a ring of ``color`` runs just above a point marker."""
    m = mark.marker
    return any(
        near(pixel(image, m.x + m.w / 2, y), color, 24) for y in range(int(m.y) - 7, int(m.y))
    )


def test_matched_marks_are_ringed_on_the_timeline(window: MainWindow, qtbot: QtBot) -> None:
    for theme in ("light", "dark"):
        window.apply_theme_choice(theme)
        search(window, qtbot, "knaves")
        scene = window.canvas.scene()
        matched = scene.mark_for(WHITE_HOUSE)
        assert matched is not None and not matched.is_range
        others = [m for m in scene.marks if m.event_id != WHITE_HOUSE and not m.is_range]
        match = window.canvas.theme.match
        image = window.canvas.grab().toImage()
        assert ringed(image, matched, match)
        assert others and not any(ringed(image, other, match) for other in others)
        window.event_list.search.clear()
        image = window.canvas.grab().toImage()
        assert not ringed(image, matched, match)


def test_the_overview_window_spans_the_strip_at_the_whole_view(window: MainWindow) -> None:
    window.canvas.zoom_to_fit()
    strip = window.overview
    ov = strip._overview()
    assert ov.window(window.canvas.viewport) == (0.0, float(strip.width()))
    # Its frame is drawn, inside the strip's edges.
    image = strip.grab().toImage()
    frame = window.canvas.theme.label_text
    assert near(pixel(image, 1, strip.height() / 2), frame, 60)
    assert near(pixel(image, strip.width() - 1.5, strip.height() / 2), frame, 60)


def test_the_overview_maps_time_as_the_whole_view_does(window: MainWindow) -> None:
    window.canvas.zoom_to_fit()
    whole = window.canvas.viewport
    ov = window.overview._overview()
    scale = window.overview.width() / window.canvas.width()
    event = window.canvas.timeline.get(WHITE_HOUSE)
    assert event is not None
    assert ov.x_of(event.tm) == pytest.approx(whole.time_to_x(event.tm) * scale, abs=0.5)
    # Zoomed in, the window covers the times the view shows, and stays within the strip.
    window.canvas.zoom_by(4.0, whole.time_to_x(event.tm))
    vp = window.canvas.viewport
    x0, x1 = ov.window(vp)
    assert x0 == pytest.approx(ov.x_of(vp.start)) and x1 == pytest.approx(ov.x_of(vp.end))
    assert x0 <= ov.x_of(event.tm) <= x1
    # Zoomed out beyond the whole timeline, the window is the whole strip, still drawn.
    for _ in range(20):
        window.canvas.zoom_out()
    assert ov.window(window.canvas.viewport) == (0.0, float(window.overview.width()))


def test_the_overview_ticks_where_the_matches_are(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "knaves")
    strip = window.overview
    event = window.canvas.timeline.get(WHITE_HOUSE)
    assert event is not None
    x = strip._overview().x_of(event.tm)
    image = strip.grab().toImage()
    match = window.canvas.theme.match
    assert near(pixel(image, x, 2), match) and near(pixel(image, x, strip.height() - 2), match)
    # No tick where nothing matched: the far left of the strip, before the first event.
    assert not near(pixel(image, 4, 2), match)
    window.event_list.search.clear()
    image = strip.grab().toImage()
    assert not near(pixel(image, x, 2), match)


def test_a_count_badge_holding_a_match_is_ringed(window: MainWindow, qtbot: QtBot) -> None:
    # A window too low for every label (lanes get the rows their labels need, where there
    # is room): the breakfast of 8 July is folded into a badge of its lane.
    window.resize(1300, 560)
    qtbot.waitUntil(lambda: window.canvas.height() < 450)
    window.canvas.zoom_to_fit()
    search(window, qtbot, "breakfast")
    (event_id,) = found(window)
    event = window.canvas.timeline.get(event_id)
    assert event is not None
    scene = window.canvas.scene()
    assert scene.mark_for(event_id) is None, "the event is folded into a badge at this size"
    lanes = {band.index: band.category_id for band in scene.lanes}
    holding = [
        b
        for b in scene.badges
        if lanes[b.lane] == event.category and b.t_from <= event.tm <= b.t_to
    ]
    assert len(holding) == 1
    match = window.canvas.theme.match

    def badge_ringed(image: QImage, badge: object) -> bool:
        r = badge.rect  # type: ignore[attr-defined]
        return any(
            near(pixel(image, r.x + r.w / 2, y), match, 24) for y in range(int(r.y) - 5, int(r.y))
        )

    image = window.canvas.grab().toImage()
    assert badge_ringed(image, holding[0])
    assert not any(badge_ringed(image, b) for b in scene.badges if b is not holding[0])
    window.event_list.search.clear()
    assert not badge_ringed(window.canvas.grab().toImage(), holding[0])
