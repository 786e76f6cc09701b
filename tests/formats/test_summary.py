"""The sentence that says what an import read."""

from __future__ import annotations

from timeline_app.formats.summary import import_summary
from timeline_app.model import Event, Precision, Timeline, TimePoint
from timeline_app.model.timeline import Era, Media


def test_events_eras_web_pictures_and_problems_are_counted() -> None:
    y = TimePoint(1990, precision=Precision.YEAR)
    web = (Media("https://example.org/a.jpg"), Media("https://example.org/b.png"))
    events = [
        Event("a", "A", y, precision=Precision.YEAR, media=web),
        Event("b", "B", y, precision=Precision.YEAR, media=(Media("local.jpg"),)),
        Event("c", "C", y, precision=Precision.YEAR, media=(Media("https://example.org/v"),)),
    ]
    tl = Timeline(events, eras=[Era("E", y, y, Precision.YEAR)] * 3)
    tl.format_name = "TimelineJS sheet"
    assert import_summary(tl) == (
        "3 events and 3 eras from a TimelineJS sheet; 2 pictures are on the web "
        "(File › Download Images… fetches them)"
    )
    one = Timeline([Event("x", "X", y, precision=Precision.YEAR)])
    one.format_name = "The Timeline Project file"
    one.warnings = ("w",)
    assert import_summary(one) == "1 event from The Timeline Project file; 1 problem (see Details)"
