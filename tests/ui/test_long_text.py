"""Long text on screen: the detail pane breaks long words and pages many quotes, the
presentation card lays out only the page shown, tooltips, list rows and fields are bounded."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from timeline_app.model.limits import MAX_TIMELINE_TITLE, MAX_TITLE
from timeline_app.model.timeline import Event, Quote, Source, Timeline
from timeline_app.model.timepoint import TimePoint
from timeline_app.render.html import QUOTES_PER_PAGE
from timeline_app.ui.canvas import TOOLTIP_LINE_CHARS, plain_tooltip
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.presentation import PresentationWindow
from timeline_app.ui.side_panels import LIST_TITLE_CHARS
from timeline_app.view.presentation import Command
from timeline_app.view.text import LONG_WORD, ZWSP

SOURCE = Source("s", "Our Shared Past", "Example School Press", 2021)


def many_quotes(n: int) -> Event:
    quotes = tuple(
        Quote(f"Quote {k + 1}: we agreed to keep talking about Syria.", SOURCE, f"¶{k + 1}")
        for k in range(n)
    )
    return Event("many", "An event with many quotes", TimePoint(2017, 4, 30), quotes=quotes)


def longest_run(text: str) -> int:
    return max(map(len, re.split(rf"[\s{ZWSP}]+", text)))


def test_the_detail_pane_breaks_a_title_of_one_long_word(qtbot: QtBot) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(420, 700)
    title = "W" * MAX_TITLE
    pane.show_event(Event("w", title, TimePoint(2017, 5, 10), summary="x" * 5_000))
    shown = pane.browser.document().toPlainText()
    # What the text layout gets has somewhere to break every few characters...
    assert longest_run(shown) < LONG_WORD
    assert shown.replace(ZWSP, "").startswith(title)
    # ...and what is copied from the pane is the title as it is.
    pane.browser.selectAll()
    pane.browser.copy()
    assert QGuiApplication.clipboard().text().startswith(title + "\n")


def test_the_detail_pane_shows_ten_thousand_quotes_a_page_at_a_time(qtbot: QtBot) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    event = many_quotes(10_000)
    pane.show_event(event)
    text = pane.browser.document().toPlainText()
    assert text.count("Copy quote with citation") == QUOTES_PER_PAGE
    assert f"{QUOTES_PER_PAGE} of 10,000 quotes shown" in text
    pane._on_anchor(QUrl("more:quotes"))
    text = pane.browser.document().toPlainText()
    assert text.count("Copy quote with citation") == 2 * QUOTES_PER_PAGE
    assert (
        f"Quote {2 * QUOTES_PER_PAGE}:" in text and f"Quote {2 * QUOTES_PER_PAGE + 1}:" not in text
    )
    # The copy links still copy the right quote.
    assert pane.copy_quote(2 * QUOTES_PER_PAGE - 1).startswith(f"“Quote {2 * QUOTES_PER_PAGE}:")


def test_a_card_with_ten_thousand_quotes_lays_out_only_the_page_shown(qtbot: QtBot) -> None:
    others = [Event(f"e{k}", f"Event {k}", TimePoint(2017, 5, 1 + k)) for k in range(3)]
    show = PresentationWindow(Timeline([many_quotes(10_000), *others]))
    qtbot.addWidget(show)
    show.resize(1024, 768)
    show.show()
    qtbot.waitExposed(show)
    show.command(Command.NEXT)
    card = show.card
    assert show.state.current == "many"
    per_page = card._most_per_page()
    assert per_page < 40
    # Each trial layout of a page holds at most the quotes that can fit, plus one.
    assert len(card.pages) == 1 and card.has_next_page()
    assert card.quotes_laid_out <= (per_page + 1) ** 2
    first = card.text()
    assert "Quote 1:" in first and "More quotes with the next click" in first
    shown_first = len(re.findall(r"Quote \d+:", first))
    card.quotes_laid_out = 0
    show.command(Command.NEXT)
    assert show.state.current == "many" and card.page == 1 and len(card.pages) == 2
    assert card.quotes_laid_out <= (per_page + 1) ** 2
    assert f"Quote {shown_first + 1}:" in card.text() and "(continued)" in card.text()
    show.command(Command.PREVIOUS)
    assert card.page == 0 and card.text() == first


def test_a_card_breaks_a_title_of_one_long_word(qtbot: QtBot) -> None:
    event = Event("w", "W" * MAX_TITLE, TimePoint(2017, 5, 10))
    show = PresentationWindow(Timeline([event]))
    qtbot.addWidget(show)
    show.resize(1024, 768)
    show.show()
    show.command(Command.NEXT)
    assert longest_run(show.card.text()) < LONG_WORD
    assert show.card.text().replace(ZWSP, "").startswith("W" * MAX_TITLE)


def test_tooltips_and_list_rows_show_the_beginning_of_a_long_title(qtbot: QtBot) -> None:
    tip = plain_tooltip("W" * 1_000_000 + "\n10 May 2017")
    assert len(tip) < 2 * TOOLTIP_LINE_CHARS and tip.endswith("\n10 May 2017")
    w = MainWindow()
    qtbot.addWidget(w)
    event = Event("w", "W" * MAX_TITLE, TimePoint(2017, 5, 10))
    w.set_timeline(Timeline([event]), "/tmp/long.timeline.json")
    model = w.event_list.view.model()
    row = str(model.data(model.index(0, 0)))
    assert len(row) <= len("10 May 2017\n") + LIST_TITLE_CHARS and row.endswith("W…")


@pytest.mark.parametrize(
    ("find", "limit"),
    [
        (lambda w: w.event_list.search, 200),
        (lambda w: w.export_dialog().title, MAX_TIMELINE_TITLE),
    ],
    ids=["search", "export title"],
)
def test_text_fields_are_bounded(qtbot: QtBot, find: object, limit: int) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_bundled()
    field = find(w)  # type: ignore[operator]
    field.setText("W" * 100_000)
    assert field.maxLength() == limit and len(field.text()) == limit
