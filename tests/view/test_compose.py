"""Export pages: the source credit wraps instead of losing a citation."""

from __future__ import annotations

from timeline_app.model import Event, Quote, Source, Timeline, TimePoint
from timeline_app.view.compose import FOOTER_MAX_LINES, PageOptions, compose, wrap_text
from timeline_app.view.layout import ApproxMetrics

METRICS = ApproxMetrics(7.0)


def _timeline() -> Timeline:
    sources = [
        Source(f"s{k}", f"A rather long article title number {k}", "A Publisher", 2017)
        for k in range(3)
    ]
    events = [
        Event(f"e{k}", f"Event {k}", TimePoint(2017, 5, 1 + k), quotes=(Quote("w", s, "¶1"),))
        for k, s in enumerate(sources)
    ]
    return Timeline(events, sources=sources)


def test_a_long_source_credit_wraps_onto_lines_that_fit_the_page() -> None:
    tl = _timeline()
    credit = "Sources: " + "; ".join(s.citation() for s in tl.sources)
    lo, hi = tl.extent()
    page = compose(tl, lo, hi, 600.0, 600.0, METRICS, PageOptions(footer=credit, margin=20.0))
    lines = page.footer.split("\n")
    assert 1 < len(lines) <= FOOTER_MAX_LINES
    assert all(METRICS.width("footer", line) <= 560.0 for line in lines)
    assert " ".join(lines) == credit  # every citation whole, nothing elided
    assert page.footer_rect is not None and page.footer_rect.h == 24.0 * len(lines)
    # The timeline gives up the room the credit takes.
    one_line = compose(tl, lo, hi, 4000.0, 600.0, METRICS, PageOptions(footer=credit))
    assert "\n" not in one_line.footer


def test_wrapping_past_the_last_line_ends_in_an_ellipsis() -> None:
    words = " ".join(f"word{k}" for k in range(60))
    lines = wrap_text(words, 100.0, METRICS, "footer", 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(METRICS.width("footer", line) <= 100.0 for line in lines)
    assert wrap_text("short", 100.0, METRICS, "footer", 3) == ["short"]
