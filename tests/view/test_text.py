"""Long words get places to break, long texts a bounded prefix, and the layout measures only
the beginning of a title that a label can show."""

from __future__ import annotations

import unicodedata

from timeline_app.model.timeline import Event, Timeline
from timeline_app.model.timepoint import TimePoint
from timeline_app.view.layout import ApproxMetrics, label_chars, layout
from timeline_app.view.text import (
    BREAK_EVERY,
    LONG_WORD,
    ZWSP,
    break_long_words,
    prefix,
    unbreak,
)
from timeline_app.view.viewport import Viewport


def test_ordinary_text_is_left_as_it_is() -> None:
    text = "Donaudampfschifffahrtsgesellschaft met Lavrov on 10 May 2017.\nA second line."
    assert break_long_words(text) == text


def test_a_long_word_breaks_every_few_characters_and_reads_the_same() -> None:
    word = "W" * 1_000_000
    broken = break_long_words(f"Title {word} end")
    assert unbreak(broken) == f"Title {word} end"
    longest_run = max(len(part) for part in broken.replace(" ", ZWSP).split(ZWSP))
    assert longest_run == BREAK_EVERY
    assert broken.count(ZWSP) == 1_000_000 // BREAK_EVERY - (1_000_000 % BREAK_EVERY == 0)


def test_no_break_lands_inside_a_character_made_of_several_code_points() -> None:
    accented = "e\u0301" * LONG_WORD  # é written as e and a combining accent
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467" * 20  # emoji joined by U+200D
    for word in (accented, family):
        broken = break_long_words(word)
        assert ZWSP in broken and unbreak(broken) == word
        for k, ch in enumerate(broken):
            if ch == ZWSP:
                after = broken[k + 1]
                assert unicodedata.combining(after) == 0 and after != "\u200d"
                assert broken[k - 1] != "\u200d"


def test_prefix_keeps_short_texts_and_marks_a_cut() -> None:
    assert prefix("Warsaw speech", 20) == "Warsaw speech"
    assert prefix("W" * 50, 10) == "W" * 9 + "…"


class CountingMetrics(ApproxMetrics):
    """Approximate metrics that remember the longest text they were handed."""

    def __init__(self) -> None:
        super().__init__(7.0)
        self.longest = 0

    def width(self, role: str, text: str) -> float:
        self.longest = max(self.longest, len(text))
        return super().width(role, text)

    def elide(self, role: str, text: str, width: float) -> str:
        self.longest = max(self.longest, len(text))
        return super().elide(role, text, width)


def test_layout_measures_only_the_beginning_of_a_title_a_megabyte_long() -> None:
    long_title = "W" * 1_000_000
    events = [
        Event("long", long_title, TimePoint(2017, 5, 10)),
        Event("range", long_title, TimePoint(2017, 5, 12), TimePoint(2017, 5, 20)),
        Event("short", "Warsaw speech", TimePoint(2017, 7, 6)),
    ]
    metrics = CountingMetrics()
    vp = Viewport(TimePoint(2017, 5, 1).start_seconds, 100 * 86_400, 1280)
    scene = layout(Timeline(events), vp, 600, metrics)
    assert {m.event_id for m in scene.marks} == {"long", "range", "short"}
    bound = label_chars(metrics, 1280)
    assert metrics.longest <= bound < 2_000
    for mark in scene.marks:
        assert mark.label_rect.w <= 1280
        if mark.event_id != "short":
            assert mark.label.startswith("WWW") and mark.label.endswith("…")


def test_the_bound_is_more_than_a_label_can_show() -> None:
    metrics = ApproxMetrics(7.0)
    # Even characters a twelfth of a line high would fill the widest label.
    narrow = metrics.line_height("label") / 12
    assert label_chars(metrics, 1280) * narrow >= 1280


def test_a_long_source_credit_is_elided_from_its_beginning_only() -> None:
    from timeline_app.view.compose import wrap_text

    metrics = CountingMetrics()
    lines = wrap_text("Our Shared Past, Example School Press; " * 20_000, 600, metrics, "footer", 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert metrics.longest < 2_000
