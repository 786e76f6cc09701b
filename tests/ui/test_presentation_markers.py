"""The opening view of a presentation shows every event's marker, and labels where they fit."""

from __future__ import annotations

import itertools
from pathlib import Path

from pytestqt.qtbot import QtBot

from timeline_app.formats import load_timeline
from timeline_app.render.theme import projector_for
from timeline_app.ui.presentation import PresentationWindow

MEETING = "putin-trump-meeting-2017-07-07"


def overlap(a, b) -> bool:  # type: ignore[no-untyped-def]
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def test_the_title_slide_on_a_1024_by_768_projector_shows_every_event(
    qtbot: QtBot, bundled_path: Path
) -> None:
    w = PresentationWindow(load_timeline(bundled_path))
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)
    w.theme = projector_for(768)
    w.canvas.set_theme(w.theme)
    w.canvas.zoom_to_fit()
    assert w.state.current is None  # the title view, before the first event
    scene = w.canvas.scene()
    assert not scene.badges
    assert {m.event_id for m in scene.marks} == {e.id for e in w.timeline.events}
    assert scene.mark_for(MEETING) is not None
    # Each marker can be told apart: none covers another.
    for a, b in itertools.combinations(scene.marks, 2):
        assert not overlap(a.marker, b.marker), (a.event_id, b.event_id)
    # As many labels as fit: most events keep theirs, each inside the screen.
    labelled = [m for m in scene.marks if m.label]
    assert len(labelled) >= 10
    for m in labelled:
        assert m.label_rect.x >= 0 and m.label_rect.right <= w.canvas.width()
    w.close()
